"""Synthetic spec sets shaped like the real ones: the real providers, and N model specs cloned from the real
model specs (round robin) under new ids `synthetic-0001`, ... (after the template id's leading segments) with
varied parameters.

A catalogue-shaped set (write_catalogue_set) spreads the models over many providers instead, as a user who
imports several providers' whole catalogues has them: P clones of the real providers (`pruna01`, `segmind02`,
...), each model going to a clone of the provider it was cloned from.

`python -m benchmarks.synthetic N DIR [--providers P]` writes a set; `python -m imagegen_specgen validate --specs
DIR` accepts it.
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


def load_yaml(text: str) -> Any:
    """yaml.safe_load, through libyaml where PyYAML has it (the same data, several times faster)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _real_models(specs: Path) -> list[dict[str, Any]]:
    models = []
    for path in sorted((specs / "models").glob("*.yaml")):
        data = load_yaml(path.read_text(encoding="utf-8"))
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


def _provider_clone(template: dict[str, Any], number: int) -> dict[str, Any]:
    """A real provider under new names (`pruna07`, `Pruna07`, `PRUNA07_API_KEY`); its facts lock is not cloned."""
    provider = copy.deepcopy(template)
    suffix = f"{number:02d}"
    provider["id"] = f"{template['id']}{suffix}"
    provider["client"] = f"{template['client']}{suffix}"
    provider["title"] = f"{template['title']} (catalogue {suffix})"
    provider["auth"]["env"] = f"{template['id'].upper()}{suffix}_API_KEY"
    if "base_url_env" in provider:
        provider["base_url_env"] = f"{template['id'].upper()}{suffix}_BASE_URL"
    provider.pop("documents", None)
    provider.pop("excluded_models", None)
    return provider


def write_catalogue_set(count: int, providers: int, target: Path, *, source: Path = REAL_SPECS) -> Path:
    """Write about `providers` clones of the real providers, the schema and `count` synthetic models below `target`
    (created afresh); each model goes to a clone of its own provider, round robin."""
    if target.exists():
        shutil.rmtree(target)
    (target / "providers").mkdir(parents=True)
    (target / "models").mkdir()
    shutil.copy2(source / SCHEMA_NAME, target / SCHEMA_NAME)
    read = [load_yaml(p.read_text(encoding="utf-8")) for p in sorted((source / "providers").glob("*.yaml"))]
    real = {data["id"]: data for data in read}
    templates = _real_models(source)
    # Clones in proportion to each real provider's share of the model specs (one at least), so every provider
    # of the catalogue gets about as many models as another.
    share = {pid: sum(m["provider"] == pid for m in templates) / len(templates) for pid in real}
    counts = {pid: max(1, round(providers * share[pid])) for pid in real}
    clones: dict[str, list[str]] = {}
    number = 0
    for pid, how_many in counts.items():
        for _ in range(how_many):
            number += 1
            provider = _provider_clone(real[pid], number)
            clones.setdefault(pid, []).append(provider["id"])
            path = target / "providers" / f"{provider['id']}.yaml"
            path.write_text(yaml.safe_dump(provider, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    placed: dict[str, int] = {}  # real provider id -> models given to its clones so far
    for number in range(1, count + 1):
        model = _vary(templates[(number - 1) % len(templates)], number)
        base = model["provider"]
        own = clones.get(base)
        if not own:
            continue  # fewer clones than real providers: this one has none
        model["provider"] = own[placed.get(base, 0) % len(own)]
        placed[base] = placed.get(base, 0) + 1
        file_name = f"{model['provider']}-{model['id']}".replace("/", "-")  # fal's ids have slashes
        path = target / "models" / f"{file_name}.yaml"
        path.write_text(yaml.safe_dump(model, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic", description=__doc__)
    parser.add_argument("count", type=int, help="number of model specs")
    parser.add_argument("target", type=Path, help="folder to write (replaced)")
    parser.add_argument("--providers", type=int, help="spread the models over about this many providers")
    args = parser.parse_args(argv)
    if args.providers:
        write_catalogue_set(args.count, args.providers, args.target)
    else:
        write_spec_set(args.count, args.target)
    print(f"wrote {args.count} synthetic model specs to {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
