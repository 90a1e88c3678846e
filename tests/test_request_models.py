"""How the request models are made: forked workers, the cache and grouped identical schemas give what one call
gives. What each model accepts and refuses is proved once, through the client, by the generated contract tests
(generated/contract_tests: every allowed and forbidden value, missing and unknown keys, the JSON Schema)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from imagegen_specgen.parser import ir

from .conftest import GENERATED


def test_forked_workers_and_the_cache_give_what_one_call_gives(
    tmp_path: Path, project: ir.Project, warm_request_models: None
) -> None:
    from imagegen_specgen.emit import request_models
    from imagegen_specgen.speed.cache import Cache

    one_call = request_models._generate(project.models)
    cache = Cache(tmp_path / "cache")
    in_workers = request_models.start_request_models(project, cache, package="imagegen_typed")()
    assert in_workers.modules == one_call
    # ... and formatted there as the pipeline formats them: the checked-in modules (no workers on one core)
    workers = (os.cpu_count() or 1) > 1 and sys.platform.startswith("linux")
    assert in_workers.formatted == {
        where: (GENERATED / f"imagegen_typed/{where[0]}/models/{where[1]}.py").read_text(encoding="utf-8")
        for where in one_call
        if workers
    }
    from_cache = request_models.start_request_models(project, cache)()
    assert from_cache.modules == one_call and from_cache.formatted == {}
    assert cache.hits == len(project.models)


def test_workers_started_before_the_specs_load_give_the_checked_in_output(
    monkeypatch: pytest.MonkeyPatch, warm_request_models: None
) -> None:
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


def test_models_with_one_schema_are_generated_once_and_named_each_as_alone(project: ir.Project) -> None:
    """Catalogues hold many models with the same inputs: such a group is generated once and the class renamed,
    which must give, for every model, what generating it alone gives."""
    from dataclasses import replace

    from imagegen_specgen.emit import request_models

    model = next(m for m in project.models if m.module_name == "p_image" and m.provider_id == "segmind")
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
