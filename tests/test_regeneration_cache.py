"""The cached path (parses, fragments, dumps, formatting) gives exactly what the full path gives."""

from __future__ import annotations

import math
import shutil
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2
import pytest
import yaml

from imagegen_specgen.output.write import compare_trees
from imagegen_specgen.parser.diagnostics import SpecError
from imagegen_specgen.parser.load import parse_cached, parse_document
from imagegen_specgen.parser.project import load, load_project
from imagegen_specgen.pipeline import check, generate
from imagegen_specgen.speed.cache import PACK, TOOLS, Cache, installed_version
from imagegen_specgen.speed.fragments import FragmentExtension

from .conftest import SPECS


def test_cached_regeneration_after_edits_equals_the_full_path(
    specs_copy: Path, tmp_path: Path, use_generator_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run served from the cache, then a run after a bound, a title and a description were edited and a cache
    entry was damaged, gives what the full path gives."""
    generate(SPECS, tmp_path / "warm" / "generated")  # the worker's shared cache, filled if no test has yet
    cache = tmp_path / "cache"  # a copy of it: this test damages an entry
    shutil.copytree(use_generator_cache, cache)
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(cache))
    cached, full = tmp_path / "cached" / "generated", tmp_path / "full" / "generated"
    generate(specs_copy, cached)  # every fragment, parse and dump comes from the cache
    bounded = specs_copy / "models/segmind-p-image.yaml"
    bounded.write_text(bounded.read_text().replace("maximum: 1440", "maximum: 1424", 1))
    spec = sorted((specs_copy / "models").glob("*.yaml"))[0]
    data = yaml.safe_load(spec.read_text(encoding="utf-8"))
    data["title"], data["description"] = f"Edited {data['title']}", f"Edited. {data['description']}"
    spec.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    # A corrupted entry must be recomputed, never served. Without the pack every entry is read from its own file,
    # the damaged one included (the pack, read first, would hold an intact copy of it).
    (cache / PACK).unlink()
    entries = sorted(p for p in cache.rglob("*") if p.is_file())
    entries[0].write_text(entries[0].read_text(encoding="utf-8") + "# tampered\n", encoding="utf-8")
    generate(specs_copy, cached)
    generate(specs_copy, full, use_cache=False)
    assert compare_trees(full, cached) == []
    assert "le=1424" in (cached / "imagegen_typed/segmind/models/p_image.py").read_text()
    assert any("Edited" in p.read_text(encoding="utf-8") for p in (cached / "imagegen_typed" / "docs").rglob("*.md"))
    assert not (full.parent / ".generator-cache").exists()


def test_a_second_run_is_served_from_the_cache_and_equals_the_first(tmp_path: Path, use_generator_cache: Path) -> None:
    """Every step of a second run over the same specs comes from the cache: it adds no entry (a miss would
    store one), and what it gives is what the first run wrote. That the cached path equals the full one is
    the test above. (The worker's shared cache: the first run fills it if no test has yet.)"""
    out, cache = tmp_path / "generated", use_generator_cache
    generate(SPECS, out)
    filled = sorted(p.relative_to(cache) for p in cache.rglob("*") if p.is_file())
    assert filled, "the first run stored nothing"
    assert check(SPECS, out) == []
    assert sorted(p.relative_to(cache) for p in cache.rglob("*") if p.is_file()) == filled


def test_a_cached_parse_keeps_every_value_and_line(tmp_path: Path) -> None:
    text = "id: x\nn: 12345678901234567890123\nf: 0.1\nneg: -0.0\nbig: .inf\nlist:\n  - a: 1\n    b: [true, null]\n"
    fresh, _ = parse_document(text, "m.yaml")
    store = Cache(tmp_path / "cache")
    parse_cached(text, "m.yaml", store)
    served, problems = parse_cached(text, "m.yaml", store)
    assert fresh is not None and served is not None and problems == [] and store.hits == 1
    assert served.data == fresh.data and served.lines == fresh.lines
    assert math.copysign(1, served.data["neg"]) == -1 and isinstance(served.data["n"], int)
    assert fresh.finite is False and served.finite is False  # so the pipeline reports the infinity either way


def test_entries_come_back_from_the_pack_and_a_damaged_pack_is_ignored_whole(tmp_path: Path) -> None:
    store = Cache(tmp_path)
    keys = [store.key("step", "options", unit) for unit in ("a", "b")]
    store.put(keys[0], "alpha")
    store.put(keys[1], "beta\nä")
    store.save()
    for entry in tmp_path.glob("??/*"):
        entry.unlink()  # from here on only the pack holds them
    again = Cache(tmp_path)
    assert [again.get(k) for k in keys] == ["alpha", "beta\nä"]
    pack = tmp_path / "pack"
    data = pack.read_bytes()
    for damaged in (data[:-1], data[:-1] + bytes([data[-1] ^ 1])):
        pack.write_bytes(damaged)
        assert [Cache(tmp_path).get(k) for k in keys] == [None, None]


def test_a_broken_spec_is_never_cached(tmp_path: Path) -> None:
    store = Cache(tmp_path / "cache")
    for _ in range(2):
        doc, problems = parse_cached("a: 1\na: 2\n", "m.yaml", store)
        assert doc is None and problems[0].line == 2
    assert store.hits == 0


def _env(cache_dir: Path, source: str) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader({"t": source}), extensions=[FragmentExtension])
    env.fragment_cache = Cache(cache_dir)  # type: ignore[attr-defined]
    return env


def test_a_fragment_renders_afresh_when_any_value_it_reads_changes(tmp_path: Path) -> None:
    source = (
        "{% macro show(v) %}<{{ v }}>{% endmacro %}"
        "{% for x in xs %}{% fragment %}{{ show(x) }}{{ y }}{% set z = x %}{{ z }};{% endfragment %}{% endfor %}"
    )
    first = _env(tmp_path, source).get_template("t").render(xs=[1, 2], y="a")
    assert first == "<1>a1;<2>a2;"
    assert _env(tmp_path, source).get_template("t").render(xs=[1, 2], y="b") == "<1>b1;<2>b2;"
    assert _env(tmp_path, source).get_template("t").render(xs=[1, 3], y="a") == "<1>a1;<3>a3;"


def test_a_macro_that_reads_a_template_variable_is_refused(tmp_path: Path) -> None:
    source = "{% macro show(v) %}{{ v }}{{ hidden }}{% endmacro %}{% fragment %}{{ show(1) }}{% endfragment %}"
    with pytest.raises(jinja2.TemplateSyntaxError, match="reads \\['hidden'\\]"):
        _env(tmp_path, source).get_template("t")


def test_a_fragment_may_not_read_the_enclosing_loop_position(tmp_path: Path) -> None:
    source = "{% for x in xs %}{% fragment %}{{ loop.index }}{% endfragment %}{% endfor %}"
    with pytest.raises(jinja2.TemplateSyntaxError, match="enclosing loop"):
        _env(tmp_path, source).get_template("t")


def test_a_broken_spec_set_writes_no_cache_entry(specs_copy: Path, tmp_path: Path) -> None:
    (specs_copy / "models" / "zz-broken.yaml").write_text("kind: model\nkind: model\n", encoding="utf-8")
    out = tmp_path / "out" / "generated"
    with pytest.raises(SpecError, match=r"zz-broken\.yaml:2"):
        generate(specs_copy, out)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", [*TOOLS, "jsonschema", "jsonschema-rs", "Jinja2", "no-such-distribution"])
def test_cache_keys_name_the_installed_versions_importlib_metadata_names(name: str) -> None:
    try:
        expected = metadata.version(name)
    except metadata.PackageNotFoundError:
        expected = "missing"
    assert installed_version(name) == expected


def _counting_builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the model specs built from their data (not taken from the cache) from now on."""
    from imagegen_specgen.parser import build

    built: list[str] = []
    original = build._model

    def counted(doc: Any, provider: Any, checker: Any) -> Any:
        built.append(doc.data["id"])
        return original(doc, provider, checker)

    monkeypatch.setattr(build, "_model", counted)
    return built


def test_models_come_from_the_cache_as_built_and_a_provider_edit_builds_its_models_again(
    specs_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "cache"
    fresh = load_project(specs_copy)
    load(specs_copy, Cache(store))
    built = _counting_builds(monkeypatch)
    again = load(specs_copy, Cache(store)).project
    assert built == []
    assert again == fresh and repr(again) == repr(fresh)  # repr: a tuple stays a tuple, a list a list
    provider = specs_copy / "providers/segmind.yaml"
    text = provider.read_text(encoding="utf-8")
    extra_api = "  - name: v9\n    protocol: direct\n    path: /v9/{model}\n"
    provider.write_text(text.replace("apis:\n", "apis:\n" + extra_api, 1), encoding="utf-8")
    edited = load(specs_copy, Cache(store)).project
    segmind = [m.model_id for m in next(p for p in edited.providers if p.id == "segmind").models]
    assert sorted(built) == sorted(segmind), "the models of the edited provider, and only those, are built again"
    assert edited == load_project(specs_copy)
    assert all("v9" in m.apis for m in edited.models if m.provider_id == "segmind")


def test_a_problem_next_to_cached_models_is_reported_as_an_uncached_run_reports_it(
    specs_copy: Path, tmp_path: Path
) -> None:
    store = tmp_path / "cache"
    load(specs_copy, Cache(store))
    twin = specs_copy / "models/segmind-p-image.yaml"
    (specs_copy / "models/segmind-p-image-twin.yaml").write_text(twin.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(SpecError) as uncached:
        load(specs_copy)
    with pytest.raises(SpecError) as cached:
        load(specs_copy, Cache(store))
    assert str(cached.value) == str(uncached.value)
    assert "models/segmind-p-image.yaml:" in str(cached.value)  # the cached twin, named at its line
