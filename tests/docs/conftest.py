"""A provider with a few small model specs, loaded into the IR: the docs and type-alias tests' fixture."""

from __future__ import annotations

from pathlib import Path

from imagegen_specgen.parser import ir
from imagegen_specgen.parser.project import load_project

from ..conftest import SPECS


def mini_provider(folder: Path, models: dict[str, str]) -> ir.Provider:
    """The real Segmind provider spec with only `models` (file name -> YAML) as its model specs."""
    (folder / "models").mkdir(parents=True)
    (folder / "providers").mkdir()
    (folder / "spec.schema.json").write_bytes((SPECS / "spec.schema.json").read_bytes())
    (folder / "providers" / "segmind.yaml").write_bytes((SPECS / "providers" / "segmind.yaml").read_bytes())
    for name, text in models.items():
        (folder / "models" / name).write_text(text, encoding="utf-8")
    (provider,) = load_project(folder).providers
    return provider


def model_spec(model_id: str, parameters: str, extra: str = "") -> str:
    return f"""\
kind: model
provider: segmind
id: {model_id}
title: Model {model_id}
description: A test model.
output: {{media: image, body: either}}
sources: [tests/docs]
{extra}parameters:
  - {{name: prompt, type: string, required: true, description: Prompt.}}
{parameters}"""
