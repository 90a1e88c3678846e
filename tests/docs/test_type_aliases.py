"""Every enum parameter's allowed values are an importable type, `<package>.<provider>.types.<Model><Parameter>`,
and the model methods are annotated with it."""

from __future__ import annotations

import ast
import importlib
import typing
from pathlib import Path

import imagegen_typed

from imagegen_specgen.parser import ir
from imagegen_specgen.parser.type_aliases import provider_aliases, reserved_names

from ..conftest import GENERATED
from .conftest import MypyStrict, mini_provider, model_spec

WIDE = '  - {name: aspect_ratio, type: string, enum: ["1:1", "16:9"], description: Ratio.}\n'
SQUARE = '  - {name: aspect_ratio, type: string, enum: ["1:1"], description: Ratio.}\n'
STYLES = "  - {name: styles, type: array, items: {type: string, enum: [a, b]}, description: Styles.}\n"


def test_one_name_per_enum_parameter_named_from_its_model_and_the_parameter(tmp_path: Path) -> None:
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
        # Equal values in two models still get two names: each name depends on its own spec only.
        "AlphaAspectRatio": (("1:1", "16:9"), (("alpha", "aspect_ratio"),)),
        "AlphaStyles": (("a", "b"), (("alpha", "styles"),)),
        "BetaAspectRatio": (("1:1", "16:9"), (("beta", "aspect_ratio"),)),
        "GammaRayAspectRatio": (("1:1",), (("gamma-ray", "aspect_ratio"),)),
    }
    annotations = {(m.model_id, p.python_name): p.annotation for m in provider.models for p in m.parameters}
    assert annotations[("beta", "aspect_ratio")] == "BetaAspectRatio"
    assert annotations[("gamma-ray", "aspect_ratio")] == "GammaRayAspectRatio"
    assert annotations[("alpha", "styles")] == "Sequence[AlphaStyles]"


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
        # Besides the aliases: the options of an API with a choice of answer, the events a webhook may ask for.
        options = {name for name, _ in provider.accept_options}
        hook = provider.webhook_request
        events = {"WebhookEvent"} if hook is not None and hook.events_name else set()
        expected = {a.name for a in provider_aliases(provider)} | options | events
        assert sorted(types.__all__) == sorted(expected)
        for name in set(types.__all__) - options:
            assert typing.get_origin(getattr(types, name)) is typing.Literal, name


CALLER = """\
import imagegen_typed
from imagegen_typed.segmind.types import PImageAspectRatio


def from_config(client: imagegen_typed.Segmind, ratio: PImageAspectRatio) -> None:
    client.p_image(prompt="x", aspect_ratio=ratio)


def untyped(client: imagegen_typed.Segmind, ratio: str) -> None:
    client.p_image(prompt="x", aspect_ratio=ratio)
"""


def test_a_value_typed_with_the_alias_type_checks_where_a_plain_str_does_not(
    tmp_path: Path, mypy_strict: MypyStrict
) -> None:
    errors, report = mypy_strict(tmp_path, CALLER)
    line = CALLER.splitlines().index('    client.p_image(prompt="x", aspect_ratio=ratio)', 8) + 1  # in `untyped`
    assert len(errors) == 1 and errors[0].startswith(f"caller.py:{line}:"), report


QUEUE_TYPOS = """\
import imagegen_typed
from imagegen_typed.bfl.types import FluxPro11OutputFormat as OutputFormat
from imagegen_typed.fal.types import FalAiFluxSchnellImageSize as ImageSize


def bfl(client: imagegen_typed.BlackForestLabs, fmt: OutputFormat) -> None:
    client.flux_pro_1_1(prompt="x", output_format=fmt)
    client.flux_pro_1_1(prompt="x", output_format="jpg")


def fal(client: imagegen_typed.Fal, size: ImageSize) -> None:
    client.flux_schnell(prompt="x", image_size=size)
    client.flux_schnell(prompt="x", image_size="square-hd")
"""


def test_a_typod_enum_value_of_the_new_providers_fails_mypy_strict(tmp_path: Path, mypy_strict: MypyStrict) -> None:
    errors, report = mypy_strict(tmp_path, QUEUE_TYPOS)
    lines = QUEUE_TYPOS.splitlines()
    typos = [lines.index(text) + 1 for text in lines if '"jpg"' in text or '"square-hd"' in text]
    assert [e.split(":")[1] for e in errors] == [str(n) for n in typos], report
    assert all("'jpg'" in e or "'square-hd'" in e for e in errors), report


def test_an_alias_never_shadows_a_name_of_the_client_module(tmp_path: Path) -> None:
    # Model `segmind` + parameter `v2` would be the v2 API's class; model `sync` + `client` the runtime's SyncClient.
    provider = mini_provider(
        tmp_path,
        {
            "a.yaml": model_spec("segmind", "  - {name: v2, type: string, enum: [b], description: S.}\n"),
            "b.yaml": model_spec("sync", "  - {name: client, type: string, enum: [c], description: N.}\n"),
        },
    )
    assert sorted(a.name for a in provider_aliases(provider)) == ["SegmindV2Value", "SyncClientValue"]
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


DIRECT_TYPOS = """\
import imagegen_typed


def typos(images: imagegen_typed.OpenAIImages, stability: imagegen_typed.StabilityAI) -> None:
    images.gpt_image_1(prompt="x", quality="hihg")
    images.dall_e_3(prompt="x", style="vivd")
    stability.core(prompt="x", aspect_ratio="16x9")
    stability.ultra(prompt="x", output_format="jpg")
    stability.core(prompt="x", accept="xml")
    images.gpt_image_1(prompt="x", quality="high", size="1536x1024")
    stability.ultra(prompt="x", image=b"...", strength=0.5, accept="json")
"""


def test_mypy_strict_catches_a_typo_d_value_for_openai_and_stability(tmp_path: Path, mypy_strict: MypyStrict) -> None:
    errors, output = mypy_strict(tmp_path, DIRECT_TYPOS)
    flagged = sorted({int(line.split(":")[1]) for line in errors})
    typos = ("hihg", "vivd", "16x9", '"jpg"', "xml")
    typo_lines = [i for i, line in enumerate(DIRECT_TYPOS.splitlines(), 1) if any(t in line for t in typos)]
    assert flagged == typo_lines, output
