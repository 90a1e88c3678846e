"""Synthetic spec sets shaped like the real ones: the real providers, and N model specs cloned from the real
model specs (round robin) under new ids `synthetic-0001`, ... (after the template id's leading segments) with
varied parameters.

`python -m benchmarks.synthetic N DIR` writes a set; `python -m imagegen_specgen validate --specs DIR` accepts it.
"""

from __future__ import annotations

import argparse
import copy
import shutil
from pathlib import Path
from typing import Any

import yaml

from .common import ROOT

REAL_SPECS = ROOT / "specs"
SCHEMA_NAME = "spec.schema.json"


def _real_models(specs: Path) -> list[dict[str, Any]]:
    models = []
    for path in sorted((specs / "models").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("kind") == "model":
            models.append(data)
    if not models:
        raise RuntimeError(f"no model specs under {specs / 'models'}")
    return models


def _referenced(parameters: list[dict[str, Any]]) -> set[str]:
    return {p["relevant_when"]["parameter"] for p in parameters if isinstance(p.get("relevant_when"), dict)}


def _vary(template: dict[str, Any], number: int) -> dict[str, Any]:
    """A clone of `template` under id synthetic-NNNN whose parameters differ in ways the generator sees."""
    model = copy.deepcopy(template)
    base_id = template["id"]
    # The template's leading segments stay (owner/app/...): a provider's paths may name them.
    model_id = "/".join([*base_id.split("/")[:-1], f"synthetic-{number:04d}"])
    model["id"] = model_id
    model["title"] = f"{template['title']} (synthetic {number:04d})"
    model["description"] = f"{template['description']} Synthetic clone {number} of {base_id}."
    model.pop("method", None)  # derived from the new id
    model.pop("path", None)  # Segmind style: /v1/<new id>
    parameters: list[dict[str, Any]] = model["parameters"]
    keep = _referenced(parameters)
    if number % 3 == 0:  # drop one optional parameter nothing depends on
        optional = [p for p in parameters if not p.get("required") and p["name"] not in keep]
        if optional:
            parameters.remove(optional[number % len(optional)])
    for param in parameters:
        param["description"] = f"{param['description']} (variant {number})"
        enum = param.get("enum")
        if isinstance(enum, list) and len(enum) > 1:
            shift = number % len(enum)
            param["enum"] = enum[shift:] + enum[:shift]  # the default stays among the values
        if param["type"] == "integer" and "maximum" in param and "multiple_of" not in param:
            param["maximum"] = param["maximum"] + number
        elif param["type"] == "number" and "maximum" in param:
            param["maximum"] = param["maximum"] + number / 10
    if number % 2 == 0:
        parameters.append(
            {
                "name": "synthetic_level",
                "type": "integer",
                "default": 0,
                "minimum": 0,
                "maximum": 10 + number,
                "description": f"A synthetic integer parameter (model {number}).",
            }
        )
    if number % 5 == 0:
        parameters.append(
            {
                "name": "synthetic_style",
                "type": "string",
                "enum": ["plain", "vivid", f"style-{number}"],
                "default": "plain",
                "description": "A synthetic enum parameter.",
            }
        )
    return model


def write_spec_set(count: int, target: Path, *, source: Path = REAL_SPECS) -> Path:
    """Write the real providers, the schema and `count` synthetic models below `target` (created afresh)."""
    if target.exists():
        shutil.rmtree(target)
    (target / "providers").mkdir(parents=True)
    (target / "models").mkdir()
    shutil.copy2(source / SCHEMA_NAME, target / SCHEMA_NAME)
    for provider in sorted((source / "providers").glob("*.yaml")):
        shutil.copy2(provider, target / "providers" / provider.name)
    templates = _real_models(source)
    for number in range(1, count + 1):
        model = _vary(templates[(number - 1) % len(templates)], number)
        path = target / "models" / f"{model['provider']}-{model['id'].replace('/', '-')}.yaml"
        path.write_text(yaml.safe_dump(model, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic", description=__doc__)
    parser.add_argument("count", type=int, help="number of model specs")
    parser.add_argument("target", type=Path, help="folder to write (replaced)")
    args = parser.parse_args(argv)
    write_spec_set(args.count, args.target)
    print(f"wrote {args.count} synthetic model specs to {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
