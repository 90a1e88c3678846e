"""A public name, once generated, keeps its meaning when specs are added: a package generated from a few specs and
one generated after more specs were added agree on every name the first one has (each `types` alias's values,
each client method's signature, each request model's schema, each error class's status and bases)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from imagegen_specgen.pipeline import generate

from .conftest import SPECS

FIRST = ("providers/segmind.yaml", "providers/replicate.yaml", "models/segmind-p-image.yaml")
ADDED = ("models/segmind-imagen.yaml", "models/segmind-p-image-edit.yaml", "models/replicate-prunaai-p-image.yaml")

# Run in the generated package's own interpreter: every public name of every provider, with what it means.
DUMP = r"""
import importlib, inspect, json, pkgutil
import imagegen_typed

meanings = {}
for info in pkgutil.iter_modules(imagegen_typed.__path__):
    if info.name.startswith("_") or not info.ispkg:
        continue
    base = f"imagegen_typed.{info.name}"
    types = importlib.import_module(f"{base}.types")
    for name in types.__all__:
        meanings[f"{base}.types.{name}"] = [repr(v) for v in getattr(types, name).__args__]
    client = importlib.import_module(f"{base}._client")
    for cls_name, cls in vars(client).items():
        if isinstance(cls, type) and cls.__module__ == client.__name__:
            # A model's methods are loaded from its own module when first looked up (_model_methods names them).
            for name in sorted({*vars(cls), *getattr(cls, "_model_methods", {})}):
                member = getattr(cls, name)
                if not name.startswith("_") and callable(member):
                    meanings[f"{base}.{cls_name}.{name}"] = str(inspect.signature(member))
    models = importlib.import_module(f"{base}.models")
    for name in models.__all__:
        meanings[f"{base}.models.{name}"] = getattr(models, name).model_json_schema()
    errors = importlib.import_module(f"{base}.errors")
    by_status = {cls: status for status, cls in errors.ERRORS.items()}
    for name, cls in vars(errors).items():
        if isinstance(cls, type) and issubclass(cls, Exception) and cls.__module__ == errors.__name__:
            meanings[f"{base}.errors.{name}"] = [by_status.get(cls), [b.__name__ for b in cls.__mro__]]
print(json.dumps(meanings, sort_keys=True))
"""


def _package(specs: Path, files: tuple[str, ...], out: Path) -> dict[str, object]:
    for name in ("spec.schema.json", *files):
        (specs / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SPECS / name, specs / name)
    generate(specs, out)
    env = {**os.environ, "PYTHONPATH": str(out)}
    done = subprocess.run([sys.executable, "-c", DUMP], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    meanings: dict[str, object] = json.loads(done.stdout)
    return meanings


def test_adding_specs_changes_the_meaning_of_no_public_name(tmp_path: Path, use_generator_cache: Path) -> None:
    specs = tmp_path / "specs"
    before = _package(specs, FIRST, tmp_path / "before")
    after = _package(specs, ADDED, tmp_path / "after")  # the same folder, with three more model specs
    # Each kind of name is there, for the models and both calling styles (direct, predictions).
    assert before["imagegen_typed.segmind.types.PImageAspectRatio"] == [
        repr(v) for v in ("1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom")
    ]
    assert "imagegen_typed.segmind.Segmind.p_image" in before and "imagegen_typed.segmind.SegmindV2.p_image" in before
    assert "imagegen_typed.segmind.models.PImageRequest" in before
    assert before["imagegen_typed.segmind.errors.InsufficientCreditsError"][0] == 406  # type: ignore[index]
    assert len(after) > len(before)
    changed = sorted(name for name, meaning in before.items() if after.get(name) != meaning)
    assert changed == [], changed
