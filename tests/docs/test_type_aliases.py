"""Every enum parameter's allowed values are an importable type, `<package>.<provider>.types.<Name>`,
and the model methods are annotated with it."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import typing
from pathlib import Path

import imagegen_typed

from imagegen_specgen.parser import ir
from imagegen_specgen.parser.type_aliases import provider_aliases, reserved_names

from ..conftest import GENERATED
from .conftest import mini_provider, model_spec

WIDE = '  - {name: aspect_ratio, type: string, enum: ["1:1", "16:9"], description: Ratio.}\n'
SQUARE = '  - {name: aspect_ratio, type: string, enum: ["1:1"], description: Ratio.}\n'
STYLES = "  - {name: styles, type: array, items: {type: string, enum: [a, b]}, description: Styles.}\n"


def test_one_name_per_distinct_set_of_values_named_from_the_parameter(tmp_path: Path) -> None:
    provider = mini_provider(
        tmp_path,
        {
            "a.yaml": model_spec("alpha", WIDE + STYLES),
            "b.yaml": model_spec("beta", WIDE),
            "c.yaml": model_spec("gamma-ray", SQUARE),
        },
    )
    aliases = {a.name: (a.values, a.used_by) for a in provider_aliases(provider)}
    assert aliases == {
        # The set most models use keeps the plain name; another set is named after its first model.
        "AspectRatio": (("1:1", "16:9"), (("alpha", "aspect_ratio"), ("beta", "aspect_ratio"))),
        "GammaRayAspectRatio": (("1:1",), (("gamma-ray", "aspect_ratio"),)),
        "Styles": (("a", "b"), (("alpha", "styles"),)),
    }
    annotations = {(m.model_id, p.python_name): p.annotation for m in provider.models for p in m.parameters}
    assert annotations[("beta", "aspect_ratio")] == "AspectRatio"
    assert annotations[("gamma-ray", "aspect_ratio")] == "GammaRayAspectRatio"
    assert annotations[("alpha", "styles")] == "Sequence[Styles]"


def test_names_do_not_depend_on_file_names_and_never_clash(tmp_path: Path) -> None:
    first = mini_provider(tmp_path / "one", {"x.yaml": model_spec("beta", SQUARE), "y.yaml": model_spec("alpha", WIDE)})
    second = mini_provider(
        tmp_path / "two", {"y.yaml": model_spec("beta", SQUARE), "x.yaml": model_spec("alpha", WIDE)}
    )
    assert provider_aliases(first) == provider_aliases(second)
    # Equal in numbers of users: the first model in id order keeps the plain name.
    assert [(a.name, a.values) for a in provider_aliases(first)] == [
        ("AspectRatio", ("1:1", "16:9")),
        ("BetaAspectRatio", ("1:1",)),
    ]


def _allowed(param: ir.Parameter) -> tuple[ir.Scalar, ...]:
    return param.enum or (param.items.enum if param.items is not None else ())


def _methods(provider: ir.Provider) -> list[tuple[ir.Model, object]]:
    client = getattr(imagegen_typed, provider.client_name)
    found = []
    for model in provider.models:
        for api_name in model.apis:
            surface = (
                client
                if api_name == provider.default_api.name
                else typing.get_type_hints(getattr(client, api_name).func)["return"]
            )
            found.append((model, getattr(surface, model.method_name)))
    return found


def test_generated_methods_take_the_importable_alias(project: ir.Project) -> None:
    checked = 0
    for provider in project.providers:
        types = importlib.import_module(f"imagegen_typed.{provider.id}.types")
        for model, method in _methods(provider):
            hints = typing.get_type_hints(method)
            for param in model.parameters:
                values = _allowed(param)
                if not values:
                    continue
                alias = getattr(types, param.enum_alias or "")
                assert set(typing.get_args(alias)) == set(values), (provider.id, model.model_id, param.python_name)
                hint = hints[param.python_name]
                expected = alias if param.type != "array" else typing.Sequence[alias]
                assert expected == hint or expected in typing.get_args(hint), (model.model_id, param.python_name)
                checked += 1
    assert checked > 20


def test_aliases_are_listed_in_the_types_module(project: ir.Project) -> None:
    for provider in project.providers:
        types = importlib.import_module(f"imagegen_typed.{provider.id}.types")
        assert sorted(types.__all__) == sorted(a.name for a in provider_aliases(provider))
        for name in types.__all__:
            assert typing.get_origin(getattr(types, name)) is typing.Literal, name


CALLER = """\
import imagegen_typed
from imagegen_typed.segmind.types import PImageAspectRatio


def from_config(client: imagegen_typed.Segmind, ratio: PImageAspectRatio) -> None:
    client.p_image(prompt="x", aspect_ratio=ratio)


def untyped(client: imagegen_typed.Segmind, ratio: str) -> None:
    client.p_image(prompt="x", aspect_ratio=ratio)
"""


def test_a_value_typed_with_the_alias_type_checks_where_a_plain_str_does_not(tmp_path: Path) -> None:
    (tmp_path / "caller.py").write_text(CALLER, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "caller.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    line = CALLER.splitlines().index('    client.p_image(prompt="x", aspect_ratio=ratio)', 8) + 1  # in `untyped`
    assert len(errors) == 1 and errors[0].startswith(f"caller.py:{line}:"), result.stdout


def test_an_alias_never_shadows_a_name_of_the_client_module(tmp_path: Path) -> None:
    shadowing = (
        "  - {name: mapping, type: string, enum: [a], description: M.}\n"
        "  - {name: segmind_v2, type: string, enum: [b], description: S.}\n"
        "  - {name: not_given, type: string, enum: [c], description: N.}\n"
    )
    provider = mini_provider(tmp_path, {"a.yaml": model_spec("alpha", shadowing)})
    assert sorted(a.name for a in provider_aliases(provider)) == ["MappingValue", "NotGivenValue", "SegmindV2Value"]
    names: set[str] = set()
    # The client module, and each model's module (which imports the model's aliases beside these names).
    segmind = GENERATED / "imagegen_typed" / "segmind"
    for module in [segmind / "_client.py", *segmind.glob("_calls/*.py")]:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        names |= {
            alias.asname or alias.name
            for node in tree.body
            if isinstance(node, ast.ImportFrom) and node.module != "types"
            for alias in node.names
        }
        names |= {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    # An alias is capitalized (PascalCase), so only capitalized names could clash.
    assert {n for n in names if n[:1].isupper()} <= reserved_names(provider), "names an alias could take"
