"""Each generated request model accepts what its spec allows and rejects what it forbids."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any

import pydantic
import pytest

from imagegen_specgen.contract.samples import invalid_cases, minimal_input, valid_cases
from imagegen_specgen.parser import ir
from imagegen_specgen.parser.project import load_project

from .conftest import GENERATED

PROJECT = load_project(Path(__file__).resolve().parent.parent / "specs")


def _request_model(model: ir.Model) -> type[pydantic.BaseModel]:
    module = importlib.import_module(f"imagegen_typed.{model.provider_id}.models.{model.module_name}")
    cls: type[pydantic.BaseModel] = getattr(module, model.class_name)
    return cls


def _cases(kind: str) -> list[Any]:
    params = []
    for model in PROJECT.models:
        # A file parameter's value never reaches the request model: the client checks it is a file and hands the
        # model a placeholder (its contract tests cover those cases).
        for param in (p for p in model.parameters if not p.is_file):
            cases = valid_cases(param) if kind == "valid" else invalid_cases(param)
            for case in cases:
                params.append(
                    pytest.param(
                        model,
                        param,
                        case.value,
                        id=f"{model.provider_id}/{model.model_id}/{param.wire_name}/{case.label}",
                    )
                )
    return params


@pytest.mark.parametrize(("model", "param", "value"), _cases("valid"))
def test_accepts_allowed_value(model: ir.Model, param: ir.Parameter, value: Any) -> None:
    body = _request_model(model).model_validate({**minimal_input(model), param.wire_name: value})
    if param.secret:  # a pydantic SecretStr: dumped masked, read with get_secret_value()
        assert body.model_dump(by_alias=True, mode="json")[param.wire_name] != value
        assert getattr(body, param.python_name).get_secret_value() == value
        return
    assert body.model_dump(by_alias=True, mode="json")[param.wire_name] == value


@pytest.mark.parametrize(("model", "param", "value"), _cases("invalid"))
def test_rejects_forbidden_value(model: ir.Model, param: ir.Parameter, value: Any) -> None:
    with pytest.raises(pydantic.ValidationError) as caught:
        _request_model(model).model_validate({**minimal_input(model), param.wire_name: value})
    assert caught.value.errors()[0]["loc"][0] == param.wire_name


@pytest.mark.parametrize("model", PROJECT.models, ids=lambda m: f"{m.provider_id}/{m.model_id}")
def test_required_and_unknown_keys(model: ir.Model) -> None:
    cls = _request_model(model)
    cls.model_validate(minimal_input(model))
    for param in (p for p in model.parameters if p.required):
        incomplete = {k: v for k, v in minimal_input(model).items() if k != param.wire_name}
        with pytest.raises(pydantic.ValidationError, match="Field required"):
            cls.model_validate(incomplete)
    with pytest.raises(pydantic.ValidationError, match="Extra inputs are not permitted"):
        cls.model_validate({**minimal_input(model), "promt": "typo"})


@pytest.mark.parametrize("model", PROJECT.models, ids=lambda m: f"{m.provider_id}/{m.model_id}")
def test_model_schema_matches_spec_constraints(model: ir.Model) -> None:
    """The pydantic model is no looser than the spec: every bound and enum survives generation."""
    schema = _request_model(model).model_json_schema(by_alias=True)
    for param in model.parameters:
        prop = schema["properties"][param.wire_name]
        options = prop.get("anyOf", [prop])
        text = repr(options)
        for key, value in (
            ("minimum", param.minimum),
            ("maximum", param.maximum),
            ("multipleOf", param.multiple_of),
            ("minItems", param.min_items),
            ("maxItems", param.max_items),
        ):
            if value is not None:
                assert f"'{key}': {value!r}" in text or f"'{key}': {float(value)!r}" in text, (param.wire_name, key)
        for value in param.enum:
            assert repr(value) in text, (param.wire_name, value)


def test_forked_workers_and_the_cache_give_what_one_call_gives(tmp_path: Path) -> None:
    from imagegen_specgen.emit import request_models
    from imagegen_specgen.speed.cache import Cache

    one_call = request_models._generate(PROJECT.models)
    cache = Cache(tmp_path / "cache")
    in_workers = request_models.start_request_models(PROJECT, cache, package="imagegen_typed")()
    assert in_workers.modules == one_call
    # ... and formatted there as the pipeline formats them: the checked-in modules (no workers on one core)
    workers = (os.cpu_count() or 1) > 1 and sys.platform.startswith("linux")
    assert in_workers.formatted == {
        where: (GENERATED / f"imagegen_typed/{where[0]}/models/{where[1]}.py").read_text(encoding="utf-8")
        for where in one_call
        if workers
    }
    from_cache = request_models.start_request_models(PROJECT, cache)()
    assert from_cache.modules == one_call and from_cache.formatted == {}
    assert cache.hits == len(PROJECT.models)


def test_workers_started_before_the_specs_load_give_the_checked_in_output(monkeypatch: pytest.MonkeyPatch) -> None:
    from imagegen_specgen import pipeline
    from imagegen_specgen.emit import request_models

    from .conftest import SPECS

    started: list[object] = []
    start = request_models.Workers.start

    def counted(cls: type[request_models.Workers]) -> request_models.Workers | None:
        started.append(start())
        return started[-1]  # type: ignore[return-value]

    monkeypatch.setattr(request_models.Workers, "start", classmethod(counted))
    assert pipeline.check(SPECS, GENERATED, use_cache=False) == []
    assert len(started) == 1


def test_models_with_one_schema_are_generated_once_and_named_each_as_alone() -> None:
    """Catalogues hold many models with the same inputs: such a group is generated once and the class renamed,
    which must give, for every model, what generating it alone gives."""
    from dataclasses import replace

    from imagegen_specgen.emit import request_models

    model = next(m for m in PROJECT.models if m.module_name == "p_image" and m.provider_id == "segmind")
    twins = tuple(
        replace(model, module_name=f"p_image_twin_{n}", class_name=f"PImageTwin{n}Request", model_id=f"twin-{n}")
        for n in range(3)
    )
    calls: list[int] = []
    run = request_models._run

    def counted(schema: dict[str, Any], aliases: dict[str, str]) -> Any:
        calls.append(len(schema["$defs"]))
        return run(schema, aliases)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(request_models, "_run", counted)
        grouped = request_models._generate((model, *twins))
    assert calls == [1], "one call for one schema"
    alone = {}
    for each in (model, *twins):
        alone |= request_models._generate((each,))
    assert grouped == alone
    assert "class PImageTwin2Request(BaseModel):" in grouped[("segmind", "p_image_twin_2")]
