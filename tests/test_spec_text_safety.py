"""Hostile names and text in a spec reach the generated package and reference pages only in safe form."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from imagegen_specgen.parser import ir
from imagegen_specgen.pipeline import generate

# Wire names pydantic would warn about as field names: its protected namespace and BaseModel attributes.
PYDANTIC_NAMES = ("model_dump", "model_config", "model_version", "json", "copy", "schema")

SPEC = f"""\
kind: model
provider: segmind
id: hostile-text
title: "Red \\e[31m title \\0 and a bidi override \\u202e here"
description: "Clears the screen \\e[2J, rings \\a, hides \\u200b text."
output: {{media: image, body: either}}
sources: [tests]
notes: ["A note with \\e]0;window title\\a in it."]
parameters:
  - name: prompt
    type: string
    required: true
    description: "Prompt \\e[1m bold."
  - name: style
    type: string
    enum: ["plain", "loud\\e[0m"]
    description: Style.
  - name: "wire\\e[0mname"
    type: string
    description: A wire name with a control character.
{"".join(f"  - {{name: {n}, type: string, description: Wire name {n}.}}{chr(10)}" for n in PYDANTIC_NAMES)}"""
# A model id that is a Python keyword cannot be a module name as it is.
KEYWORD_SPEC = """\
kind: model
provider: segmind
id: import
title: Import
description: A model whose id is a Python keyword.
output: {media: image, body: either}
sources: [tests]
parameters:
  - {name: prompt, type: string, required: true, description: Prompt.}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> tuple[ir.Model, Path]:
    """The hostile models with their provider alone (few models keep datamodel-code-generator quick), generated
    the way the command generates."""
    specs = tmp_path_factory.mktemp("specs")
    root = Path(__file__).resolve().parent.parent / "specs"
    (specs / "models").mkdir()
    (specs / "providers").mkdir()
    (specs / "spec.schema.json").write_bytes((root / "spec.schema.json").read_bytes())
    (specs / "providers" / "segmind.yaml").write_bytes((root / "providers" / "segmind.yaml").read_bytes())
    (specs / "models" / "segmind-hostile-text.yaml").write_text(SPEC, encoding="utf-8")
    (specs / "models" / "segmind-import.yaml").write_text(KEYWORD_SPEC, encoding="utf-8")
    out = tmp_path_factory.mktemp("output") / "generated"
    (provider,) = generate(specs, out).providers
    model = next(m for m in provider.models if m.model_id == "hostile-text")
    return model, out


def test_pydantic_names_get_safe_python_names_and_keep_their_wire_names(package: tuple[ir.Model, Path]) -> None:
    model, out = package
    names = {p.wire_name: p.python_name for p in model.parameters}
    assert {wire: names[wire] for wire in PYDANTIC_NAMES} == {
        "model_dump": "p_model_dump",
        "model_config": "p_model_config",
        "model_version": "p_model_version",
        "json": "json_",
        "copy": "copy_",
        "schema": "schema_",
    }
    # Imported with every warning an error, the way a strict test suite would import the client.
    script = (
        "import inspect, imagegen_typed\n"
        "from imagegen_typed.segmind.models.hostile_text import HostileTextRequest as M\n"
        "body = M.model_validate({'prompt': 'p', 'model_dump': 'a', 'model_config': 'b', 'json': 'c'})\n"
        "print(sorted(body.model_dump(by_alias=True, exclude_none=True)))\n"
        "print(sorted(inspect.signature(imagegen_typed.Segmind.hostile_text).parameters))\n"
        "from imagegen_typed.segmind.models.import_model import ImportModelRequest\n"
        "request = ImportModelRequest.model_validate({'prompt': 'p'})\n"
        "print(request.prompt, imagegen_typed.Segmind.import_model.__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", script],
        env={**os.environ, "PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    sent, signature, keyword_model = result.stdout.splitlines()
    assert keyword_model == "p import_model"
    assert sent == "['json', 'model_config', 'model_dump', 'prompt']", "the wire names go out unchanged"
    for python_name in ("p_model_dump", "p_model_config", "json_"):
        assert repr(python_name) in signature


def _raw_invisible(text: str) -> list[str]:
    return [repr(ch) for ch in text if ch not in "\n" and unicodedata.category(ch) in ("Cc", "Cf")]


def test_control_and_format_characters_are_escaped_in_docs_and_code(package: tuple[ir.Model, Path]) -> None:
    _, out = package
    page = (out / "imagegen_typed" / "docs" / "segmind.md").read_text(encoding="utf-8")
    assert "Red \\x1b\\[31m title \\x00 and a bidi override \\u202e here" in page  # `[` escaped as Markdown
    assert "Clears the screen \\x1b\\[2J, rings \\x07, hides \\u200b text." in page
    for path in sorted(p for p in out.rglob("*") if p.suffix in (".md", ".py")):
        assert _raw_invisible(path.read_text(encoding="utf-8")) == [], path.relative_to(out)


def test_every_public_basemodel_attribute_is_renamed() -> None:
    """Guards the hand-kept list against a pydantic upgrade that adds a BaseModel attribute."""
    from pydantic import BaseModel

    from imagegen_specgen.parser import naming

    public = {name for name in dir(BaseModel) if not name.startswith("_")}
    assert sorted(name for name in public if naming.pydantic_safe(name)) == []
