"""Render the IR into a map of output files (relative path -> text). Nothing is written here."""

from __future__ import annotations

from pathlib import Path

import jinja2

from . import contract_cases, ir, text
from .cache import Cache
from .openapi import dump, openapi_document
from .request_models import start_request_models

PACKAGE = "imagegen"
TEMPLATES = Path(__file__).parent / "templates"
RUNTIME = Path(__file__).parent / "runtime"
CONTRACT_SUPPORT = Path(__file__).parent / "contract" / "support.py"
CONTRACT_TESTS = "contract_tests"
# Template -> module of each provider's subpackage.
PROVIDER_MODULES = (
    ("provider_init.py.j2", "__init__.py"),
    ("client.py.j2", "_client.py"),
    ("endpoints.py.j2", "_endpoints.py"),
    ("errors.py.j2", "errors.py"),
    ("models_init.py.j2", "models/__init__.py"),
)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        py=text.py,
        doc=text.doc,
        ident=text.ident,
        md=text.md,
        summary=text.parameter_summary,
        facts=text.model_facts,
        values=text.value_list,
        allowed=contract_cases.allowed,
        forbidden=contract_cases.forbidden,
        minimal_kwargs=contract_cases.minimal_kwargs,
        always_sent=contract_cases.always_sent,
        wire_names=contract_cases.wire_names,
        full_body=contract_cases.full_body,
        provider_facts=contract_cases.provider_facts,
        calls=contract_cases.calls,
    )
    env.globals["api_facts"] = contract_cases.api_facts
    return env


def runtime_files() -> dict[str, str]:
    """The hand-written runtime, copied as is."""
    return {
        f"{PACKAGE}/_runtime/{path.relative_to(RUNTIME).as_posix()}": path.read_text(encoding="utf-8")
        for path in sorted(RUNTIME.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def _exports(project: ir.Project) -> list[tuple[str, str]]:
    from .runtime import __all__ as runtime_names

    exports = [(name, f"{PACKAGE}._runtime") for name in runtime_names]
    for provider in project.providers:
        module = f"{PACKAGE}.{provider.id}"
        exports += [(provider.client_name, module), (provider.async_client_name, module)]
    return sorted(exports)


def render_project(project: ir.Project, cache: Cache | None = None) -> dict[str, str]:
    collect_models = start_request_models(project, cache)  # may run in workers while the templates render
    env = _environment()
    files: dict[str, str] = {
        f"{PACKAGE}/__init__.py": env.get_template("package_init.py.j2").render(
            project=project, exports=_exports(project)
        ),
        f"{PACKAGE}/__main__.py": env.get_template("main.py.j2").render(project=project, package=PACKAGE),
        f"{PACKAGE}/py.typed": "",
        **runtime_files(),
    }
    for provider in project.providers:
        base = f"{PACKAGE}/{provider.id}"
        for template, target in PROVIDER_MODULES:
            files[f"{base}/{target}"] = env.get_template(template).render(provider=provider)
        files[f"openapi/{provider.id}.json"] = dump(openapi_document(provider))
        files[f"docs/{provider.id}.md"] = env.get_template("provider.md.j2").render(provider=provider)
        files[f"{CONTRACT_TESTS}/test_{provider.id}_contract.py"] = env.get_template("contract_test.py.j2").render(
            provider=provider
        )
    files[f"{CONTRACT_TESTS}/__init__.py"] = ""
    files[f"{CONTRACT_TESTS}/contract_support.py"] = CONTRACT_SUPPORT.read_text(encoding="utf-8")
    for (provider_id, module), source in collect_models().items():
        files[f"{PACKAGE}/{provider_id}/models/{module}.py"] = source
    return files
