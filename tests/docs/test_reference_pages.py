"""The reference pages: what a user reads (docs/<provider>.md) and what a maintainer reads
(docs/maintainers/<provider>.md)."""

from __future__ import annotations

import ast
import contextlib
import inspect
import io
import re
import shlex
from pathlib import Path

import imagegen_typed
import pytest
from markdown_it import MarkdownIt

from imagegen_specgen.emit import docs, render
from imagegen_specgen.parser import ir

from ..conftest import GENERATED
from .conftest import mini_provider, model_spec

PAGES = GENERATED / "imagegen_typed" / "docs"  # inside the package, so an installed client has them

MARKS = model_spec(
    "marks",
    """\
  - name: size
    type: string
    enum: ["720*1280", "1280*720", "_under_", "tick`tock"]
    default: "720*1280"
    description: "Output size, width*height, *not* emphasis and __not__ strong."
    notes: ["PARAM-NOTE: the seed spells it 720x1280."]
  - name: enable_extra
    type: boolean
    default: false
    description: Enable the extra pass.
    usage: "USAGE-ADVICE: leave it off for drafts."
  - name: height
    type: integer
    default: 576
    minimum: 256
    maximum: 1440
    relevant_when: {parameter: size, values: ["720*1280"]}
    description: Custom height.
""",
    extra="""\
title: "Marks *star* _under_ [link](http://example.com) <b>tag</b> | pipe"
notes: ["MODEL-NOTE: seed 003's example sends width 1024."]
deviations:
  - fact: parameters.height.default
    provider: 512
    spec: 576
    why: DEVIATION-WHY the page's table and its example disagree.
    source: tests/docs fixture
""",
).replace("title: Model marks\n", "")


@pytest.fixture(scope="module")
def marks(tmp_path_factory: pytest.TempPathFactory) -> tuple[ir.Provider, str, str]:
    provider = mini_provider(tmp_path_factory.mktemp("specs"), {"segmind-marks.yaml": MARKS})
    env = render._environment()
    pages = {
        page: env.get_template(template).render(provider=provider, package="imagegen_typed")
        for page, template in docs.page_templates(provider, "imagegen_typed")
    }
    return provider, pages["imagegen_typed/docs/segmind.md"], pages["imagegen_typed/docs/maintainers/segmind.md"]


def _html(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def _generated_pages() -> list[Path]:
    return sorted(PAGES.rglob("*.md"))


def _block(page: str, python_name: str) -> str:
    """A parameter's entry on a user page: its line and the lines indented under it."""
    match = re.search(rf"^- `{python_name}`: .*?(?=^- |^$|\Z)", page, re.M | re.S)
    assert match, python_name
    return match.group(0)


# -- escaping -----------------------------------------------------------------------------------------------


def test_spec_text_renders_as_written_in_the_fixture(marks: tuple[ir.Provider, str, str]) -> None:
    _, user, maintainers = marks
    for page in (user, maintainers):
        html = _html(page)
        assert not re.search(r"<(em|strong|b|a href=\"http://example)", html), html
    html = _html(user)
    assert "Marks *star* _under_ [link](http://example.com) &lt;b&gt;tag&lt;/b&gt; | pipe" in html
    for value in ("'720*1280'", "'_under_'", "'tick`tock'"):
        assert f"<code>{value}</code>" in html, value
    assert "width*height, *not* emphasis and __not__ strong." in html


@pytest.mark.parametrize("page", _generated_pages(), ids=lambda p: str(p.relative_to(GENERATED)))
def test_generated_pages_have_no_emphasis_or_html_from_spec_text(page: Path) -> None:
    html = _html(page.read_text(encoding="utf-8"))
    assert not re.search(r"<(em|strong|del|img|script)\b", html)


# -- parameters in Python spellings, their notes under them ----------------------------------------------------


def test_parameters_are_in_python_spellings(marks: tuple[ir.Provider, str, str]) -> None:
    _, user, _ = marks
    extra = _block(user, "enable_extra")
    assert extra.startswith("- `enable_extra`: `bool`, optional; when not set, the provider applies `False`.")
    assert "`--enable-extra / --no-enable-extra`" in extra
    size = _block(user, "size")
    assert size.startswith(
        "- `size`: `MarksSize` (`imagegen_typed.segmind.types.MarksSize`), optional; "
        "when not set, the provider applies `'720*1280'`."
    )
    assert "Allowed values: `'720*1280'`, `'1280*720'`, `'_under_'`, ``'tick`tock'``" in size
    height = _block(user, "height")
    assert "Range: 256 to 1440" in height and "`int`" in height
    assert "false" not in user.replace("False", "")  # no JSON spellings of Python values
    # Every generated page spells booleans the Python way.
    for page in _generated_pages():
        assert not re.search(r"applies `(true|false|null)`", page.read_text(encoding="utf-8")), page


def test_each_parameters_notes_are_under_that_parameter(marks: tuple[ir.Provider, str, str]) -> None:
    _, user, maintainers = marks
    assert "USAGE-ADVICE" in _block(user, "enable_extra")
    assert "Only used when `size` is `'720*1280'`" in _block(user, "height")
    for other in ("size", "height"):
        assert "USAGE-ADVICE" not in _block(user, other)
    # Every fact of a parameter is a line of its own under it, on every generated page too.
    pages = [user] + [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.md"))]
    for page in pages:
        for entry in re.findall(r"^- `\w+`: `.*?(?=^- |^$)", page, re.M | re.S):
            assert all(line.startswith("  - ") for line in entry.splitlines()[1:]), entry
            assert not re.search(r"\S  - ", entry), entry
    # On the maintainers' page, a parameter's source notes sit under its name.
    assert re.search(r"^- `size`:\n  - PARAM-NOTE: the seed spells it 720x1280\.$", maintainers, re.M)


# -- user facts and maintainers' facts apart ------------------------------------------------------------------


def test_source_notes_deviations_and_sources_are_on_the_maintainers_page_only(
    marks: tuple[ir.Provider, str, str],
) -> None:
    _, user, maintainers = marks
    for fact in ("PARAM-NOTE", "MODEL-NOTE", "DEVIATION-WHY", "tests/docs fixture", "specs/"):
        assert fact not in user, fact
        assert fact in maintainers, fact
    assert "`parameters.height.default`: the provider says `512`, the spec `576`." in maintainers


def test_generated_user_pages_hold_no_spec_note(project: ir.Project) -> None:
    for provider in project.providers:
        user = (GENERATED / docs.USER_PAGE.format(package="imagegen_typed", provider=provider.id)).read_text(
            encoding="utf-8"
        )
        maintainers = (
            GENERATED / docs.MAINTAINERS_PAGE.format(package="imagegen_typed", provider=provider.id)
        ).read_text(encoding="utf-8")
        notes = [*provider.notes, *(n for m in provider.models for n in m.notes)]
        notes += [n for m in provider.models for p in m.parameters for n in p.notes]
        notes += [d.why for m in provider.models for d in m.deviations]
        assert notes
        for note in notes:
            assert docs.md_text(note) not in user, note
            assert docs.md_text(note) in maintainers, note


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.md")), ids=lambda p: p.name)
def test_generated_user_pages_cite_no_source_file(page: Path) -> None:
    # "seed 003" names a source file of the specs, not the `seed` parameter: maintainers' vocabulary.
    text = page.read_text(encoding="utf-8")
    assert not re.findall(r"seeds/|\bseed \d{3}\b|\bthe seeds\b|PROVIDERS\.md|specs/", text, re.I)


# -- every model, with examples that run ------------------------------------------------------------------


def _examples(page: str, model: ir.Model) -> tuple[str, str]:
    section = page.split(f"### {docs.md_text(docs.model_heading(model))}\n", 1)[1].split("\n### ", 1)[0]
    python = re.search(r"^```python\n(.*?)\n```$", section, re.M | re.S)
    shell = re.search(r"^```sh\n(.*?)\n```$", section, re.M | re.S)
    assert python and shell, model.model_id
    return python.group(1), shell.group(1)


def _every_model(project: ir.Project) -> list[tuple[ir.Provider, ir.Model]]:
    return [(provider, model) for provider in project.providers for model in provider.models]


def test_every_models_command_line_example_is_accepted(
    project: ir.Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from imagegen_typed.__main__ import main

    monkeypatch.chdir(tmp_path)  # where the examples' local files are made
    for provider, model in _every_model(project):
        page = (GENERATED / docs.USER_PAGE.format(package="imagegen_typed", provider=provider.id)).read_text(
            encoding="utf-8"
        )
        _, shell = _examples(page, model)
        for param, value in docs.example_arguments(model):
            if param.is_file:  # a file parameter's example names a local file
                for name in value if isinstance(value, list) else [value]:
                    (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n")
        words = shlex.split(shell.replace("\\\n", " "))
        assert words[:3] == ["python", "-m", "imagegen_typed"] and words[-2] == "-o"
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*words[3:-2], "--dry-run"])
        assert code == 0, (model.model_id, err.getvalue())


def test_every_models_python_example_calls_its_method_with_valid_arguments(project: ir.Project) -> None:
    for provider, model in _every_model(project):
        page = (GENERATED / docs.USER_PAGE.format(package="imagegen_typed", provider=provider.id)).read_text(
            encoding="utf-8"
        )
        python, _ = _examples(page, model)
        tree = ast.parse(python)
        call = next(
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and ast.unparse(node.func).startswith("client.")
        )
        surface = getattr(imagegen_typed, provider.client_name)
        for attribute in ast.unparse(call.func).split(".")[1:-1]:  # client.v2.method -> the v2 surface
            surface = inspect.signature(getattr(surface, attribute).func).return_annotation
            surface = getattr(inspect.getmodule(getattr(imagegen_typed, provider.client_name)), surface)
        method = getattr(surface, call.func.attr)  # type: ignore[attr-defined]
        arguments = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
        inspect.signature(method).bind(None, **arguments)
        request_model = _request_model(provider, model)
        request_model.model_validate(
            {p.wire_name: arguments[p.python_name] for p in model.parameters if p.python_name in arguments}
        )


def _request_model(provider: ir.Provider, model: ir.Model):  # type: ignore[no-untyped-def]
    import importlib

    module = importlib.import_module(f"imagegen_typed.{provider.id}.models.{model.module_name}")
    return getattr(module, model.class_name)


# -- a section per API; docstrings point to the docs -----------------------------------------------------------


def test_a_section_per_api_says_where_its_methods_are(project: ir.Project) -> None:
    for provider in project.providers:
        page = (GENERATED / docs.USER_PAGE.format(package="imagegen_typed", provider=provider.id)).read_text(
            encoding="utf-8"
        )
        sections = re.findall(r"^### API `([^`]+)`", page, re.M)
        assert sections == [api.name for api in provider.apis]
        for api in provider.apis[1:]:
            assert f"Its methods are on `client.{api.name}`" in page
            assert f"`python -m imagegen_typed {provider.id}-{api.name} MODEL --help`" in page
            client = getattr(imagegen_typed, provider.client_name)(api_key="k")
            for model in provider.models_of(api):
                assert f"`client.{api.name}.{model.method_name}(...)`" in page
                assert callable(getattr(getattr(client, api.name), model.method_name))


def test_docstrings_name_the_docs_section_the_call_options_and_no_repository_path(project: ir.Project) -> None:
    for provider in project.providers:
        page = (GENERATED / docs.USER_PAGE.format(package="imagegen_typed", provider=provider.id)).read_text()
        for model in provider.models:
            method = getattr(getattr(imagegen_typed, provider.client_name), model.method_name)
            doc = " ".join((inspect.getdoc(method) or "").split())
            command = f"python -m imagegen_typed docs {provider.id} {model.model_id}"
            section = f"(imagegen_typed/docs/{provider.id}.md, section {docs.model_heading(model)!r})"
            assert f"Reference: {command} {section}." in doc
            assert f"\n### {docs.md_text(docs.model_heading(model))}\n" in page
            options = [
                name
                for name in inspect.signature(method).parameters
                if name not in ("self", *(p.python_name for p in model.parameters))
            ]
            assert options and all(f" {name}: " in doc for name in options), (options, doc)
            assert "specs/" not in doc
