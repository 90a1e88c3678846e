"""The runtime's sync modules are generated from the async ones: a stale or hand-edited twin is reported."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "unasync.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unasync", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["unasync"] = module
    spec.loader.exec_module(module)
    return module


def test_check_names_the_stale_twin_and_its_first_differing_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    unasync = load_script()
    runtime = unasync.runtime_folder(SCRIPT.parents[1])
    copy = tmp_path / "pkg" / "runtime"
    for source, target in unasync.PAIRS:
        for name in (source, target):
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(runtime / name, copy / name)
    monkeypatch.setattr(unasync, "ROOT", tmp_path)
    assert unasync.main(["--check"]) == 0, capsys.readouterr().err

    target = copy / unasync.PAIRS[0][1]
    lines = target.read_text().splitlines(True)
    number = next(i for i, line in enumerate(lines) if "def close(self)" in line)
    lines[number] = lines[number].replace("def close(self)", "async def close(self)")
    target.write_text("".join(lines))
    assert unasync.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert f"pkg/runtime/{unasync.PAIRS[0][1]}: line {number + 1} is " in err and "async def close" in err
    assert target.read_text() == "".join(lines)  # --check writes nothing

    assert unasync.main([]) == 0  # rewritten from the async source
    assert unasync.main(["--check"]) == 0
    assert target.read_text().startswith("# Generated from client_async.py by scripts/unasync.py")
