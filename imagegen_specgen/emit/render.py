"""Render the IR into output files, one (relative path, text) at a time. Nothing is written here."""

from __future__ import annotations

import dataclasses
import keyword
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2

from ..contract import cases
from ..parser import ir
from ..parser.naming import option_names
from ..parser.type_aliases import enum_alias_names, provider_aliases
from ..speed.cache import Cache, source_fingerprint
from ..speed.fragments import FragmentExtension
from . import docs, text
from .reuse import openapi_files

PACKAGE = "imagegen_typed"  # the generated package's import name unless the caller chooses another (--package)
CLIENT_VERSION = "0.1.0"  # the generated distribution's version (pyproject.toml)
TEMPLATES = Path(__file__).parent / "templates"
RUNTIME = Path(__file__).parent.parent / "runtime"
CONTRACT_SUPPORT = Path(__file__).parent.parent / "contract" / "support.py"
CONTRACT_TESTS = "contract_tests"
CONTRACT_PART = 100  # models per contract-test module
# The generator's license, which the runtime copied into every package carries: inside the package of an installed
# wheel (pyproject.toml force-includes it), at the checkout's root otherwise.
LICENSE = Path(__file__).parent.parent / "LICENSE"
RUNTIME_NAME_MODULE = "package.py"  # the runtime module that holds the package's import name
CALLS_INIT = (
    '"""{title}: one module per model spec with its endpoint record and its methods (see ../_client.py).\n\n'
    'Generated from the specs; do not edit.\n"""\n'
)
# Template -> module of each provider's subpackage.
PROVIDER_MODULES = (
    ("provider_init.py.j2", "__init__.py"),
    ("client.py.j2", "_client.py"),
    ("endpoints.py.j2", "_endpoints.py"),
    ("errors.py.j2", "errors.py"),
    ("models_init.py.j2", "models/__init__.py"),
)


def _environment(cache: Cache | None = None) -> jinja2.Environment:
    """The templates' environment; with a cache, compiled templates and rendered fragments are kept in it."""
    store = cache if cache is not None else Cache(None)
    bytecode = None
    # Jinja keys each compiled template by its name and source checksum itself, but not by the extension's
    # code or Jinja's version: those name the folder (or, in Jinja's own temporary folder, the files).
    version = store.key("jinja-bytecode", source_fingerprint(), jinja2.__version__)[:20]
    try:
        if store.root is not None:
            (store.root / "jinja" / version).mkdir(parents=True, exist_ok=True)
            bytecode = jinja2.FileSystemBytecodeCache(str(store.root / "jinja" / version))
        else:  # the full path too: compiled templates are the generator's own code, like its .pyc files
            bytecode = jinja2.FileSystemBytecodeCache(pattern=f"__imagegen_specgen_{version}_%s.cache")
    except (OSError, RuntimeError):  # RuntimeError: Jinja finds no safe temporary folder
        pass  # a cache that cannot be written is only slower
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        extensions=[FragmentExtension],
        bytecode_cache=bytecode,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        toml=text.toml,
        py=text.py,
        doc=text.doc,
        ident=text.ident,
        md=text.md,
        summary=text.parameter_summary,
        facts=text.model_facts,
        values=text.value_list,
        allowed=cases.allowed,
        forbidden=cases.forbidden,
        minimal_kwargs=cases.minimal_kwargs,
        always_sent=cases.always_sent,
        wire_names=cases.wire_names,
        full_body=cases.full_body,
        provider_facts=cases.provider_facts,
        calls=cases.calls,
        file_parameters=cases.file_parameters,
        enum_alias_names=enum_alias_names,
        option_names=option_names,
        without_models=_without_models(),
    )
    env.globals["api_facts"] = cases.api_facts
    docs.register(env)
    env.fragment_cache = store  # type: ignore[attr-defined]
    return env


def _without_models() -> Callable[[ir.Provider], ir.Provider]:
    """The provider as a per-model fragment may see it: whatever it renders cannot depend on other models.
    One object per provider and environment, so a fragment key describes it once (IR objects are frozen)."""
    made: dict[int, tuple[ir.Provider, ir.Provider]] = {}

    def without_models(provider: ir.Provider) -> ir.Provider:
        known = made.get(id(provider))
        if known is None or known[0] is not provider:
            known = made[id(provider)] = (provider, dataclasses.replace(provider, models=()))
        return known[1]

    return without_models


def rendered(template: jinja2.Template, **context: Any) -> bytes:
    """A template's text as UTF-8, encoded part by part: a catalogue's page is tens of megabytes, and one string of
    it (four bytes a character once it holds any character past U+00FF) took several times that."""
    return b"".join(part.encode("utf-8") for part in template.generate(**context))


# Names the output folder or the contract tests already use beside the package.
RESERVED_NAMES = frozenset({CONTRACT_TESTS, "docs", "openapi", "imagegen_specgen", "pytest"})
# Import names the client or its contract tests import, directly or through their dependencies: a package of
# that name, first on sys.path (pytest puts the output folder there), would stand in for the library. The
# client's requirements (httpx, pydantic, sniffio) and theirs; what httpx, anyio and pydantic import when it
# is installed; the contract tests' tools (pytest, hypothesis, jsonschema) and theirs.
DEPENDENCY_NAMES = frozenset(
    {
        *("httpx", "httpcore", "h11", "anyio", "sniffio", "idna", "certifi", "exceptiongroup"),
        *("pydantic", "pydantic_core", "annotated_types", "typing_extensions", "typing_inspection"),
        *("h2", "hpack", "hyperframe", "brotli", "brotlicffi", "zstandard", "socksio", "trio", "email_validator"),
        *("hypothesis", "attr", "attrs", "sortedcontainers", "jsonschema", "jsonschema_specifications"),
        *("referencing", "rpds", "_pytest", "py", "pluggy", "iniconfig", "packaging", "pygments", "tomli"),
    }
)


def package_problem(name: str) -> str | None:
    """Why `name` cannot be the generated package's import name, or None when it can."""
    if not (name.isidentifier() and name.isascii()) or keyword.iskeyword(name):
        return f"{name!r} is not a Python import name (letters, digits, _)"
    if name in RESERVED_NAMES or name in DEPENDENCY_NAMES or name in sys.stdlib_module_names:
        return f"{name!r} would shadow another module; choose another name"
    return None


def runtime_files(package: str = PACKAGE) -> dict[str, str]:
    """The hand-written runtime, copied as is but for the package's own name (runtime/package.py)."""
    files = {
        f"{package}/_runtime/{path.relative_to(RUNTIME).as_posix()}": path.read_text(encoding="utf-8")
        for path in sorted(RUNTIME.rglob("*.py"))
        if "__pycache__" not in path.parts
    }
    name_module = f"{package}/_runtime/{RUNTIME_NAME_MODULE}"
    files[name_module] = _replace_once(files[name_module], f'NAME = "{PACKAGE}"\n', f'NAME = "{package}"\n')
    return files


def contract_support(package: str = PACKAGE) -> str:
    """The contract tests' shared checks, naming the generated package by its import name."""
    text = CONTRACT_SUPPORT.read_text(encoding="utf-8")
    if package == PACKAGE:
        return text
    _replace_once(text, f"\nimport {PACKAGE}\n", "")  # the file still imports the package by its default name
    return re.sub(rf"\b{PACKAGE}\b", package, text)


def _replace_once(text: str, old: str, new: str) -> str:
    if text.count(old) != 1:  # the copied file changed shape: fail loudly rather than ship the wrong name
        raise RuntimeError(f"expected exactly one {old.strip()!r} to replace")
    return text.replace(old, new)


def _exports(project: ir.Project, package: str) -> list[tuple[str, str]]:
    from ..runtime import __all__ as runtime_names

    exports = [(name, f"{package}._runtime") for name in runtime_names]
    for provider in project.providers:
        module = f"{package}.{provider.id}"
        exports += [(provider.client_name, module), (provider.async_client_name, module)]
    return sorted(exports)


def request_model_files(modules: dict[tuple[str, str], str], package: str = PACKAGE) -> dict[str, str]:
    """The request-model modules (by provider id and module name) at their place in the package."""
    return {f"{package}/{provider_id}/models/{module}.py": source for (provider_id, module), source in modules.items()}


def environment(cache: Cache | None = None, package: str = PACKAGE) -> jinja2.Environment:
    """The templates' environment for a package named `package` (refused here when it cannot be one)."""
    problem = package_problem(package)
    if problem is not None:
        raise ValueError(problem)
    env = _environment(cache)
    env.globals.update(package=package, distribution=distribution_name(package), command=command_name(package))
    return env


def _stem(package: str) -> str:
    """The package's name without a `_typed` ending (`imagegen_typed` -> `imagegen`), dashes for underscores."""
    stem = package.removesuffix("_typed") or package
    return stem.replace("_", "-")


def distribution_name(package: str) -> str:
    """The generated distribution's name: `imagegen-typed` for `imagegen_typed`, `picgen-typed` for `picgen`."""
    return f"{_stem(package)}-typed"


def command_name(package: str) -> str:
    """The generated client's console command: `imagegen-client` for `imagegen_typed`, `picgen-client` for `picgen`."""
    return f"{_stem(package)}-client"


def render_code(env: jinja2.Environment, project: ir.Project, package: str = PACKAGE) -> Iterator[tuple[str, str]]:
    """The package's modules and the contract tests, but for the request models (request_models.py), one
    (relative path, text) at a time: the caller hands each on before the next is rendered."""
    yield (
        f"{package}/__init__.py",
        env.get_template("package_init.py.j2").render(project=project, exports=_exports(project, package)),
    )
    yield f"{package}/_version.py", env.get_template("version.py.j2").render(version=CLIENT_VERSION)
    yield f"{package}/__main__.py", env.get_template("main.py.j2").render(project=project)
    yield from runtime_files(package).items()
    calls = env.get_template("calls.py.j2")
    for provider in project.providers:
        base = f"{package}/{provider.id}"
        for template, target in PROVIDER_MODULES:
            yield f"{base}/{target}", env.get_template(template).render(provider=provider)
        if provider.webhooks is not None:
            yield f"{base}/webhooks.py", env.get_template("webhooks.py.j2").render(provider=provider)
        yield f"{base}/_calls/__init__.py", CALLS_INIT.format(title=text.doc(provider.title))
        one = env.filters["without_models"](provider)
        for model in provider.models:
            yield f"{base}/_calls/{model.module_name}.py", calls.render(provider=one, model=model)
        yield (
            f"{base}/types.py",
            env.get_template("types.py.j2").render(provider=provider, aliases=provider_aliases(provider)),
        )
        yield from contract_tests(env, provider)
    yield f"{CONTRACT_TESTS}/__init__.py", ""
    yield f"{CONTRACT_TESTS}/contract_support.py", contract_support(package)


def contract_tests(env: jinja2.Environment, provider: ir.Provider) -> Iterator[tuple[str, str]]:
    """A provider's contract tests: CONTRACT_PART models to a module, so no module grows with the catalogue
    (formatting one holding thousands of models took ruff most of a gigabyte)."""
    template = env.get_template("contract_test.py.j2")
    for part, start in enumerate(range(0, max(len(provider.models), 1), CONTRACT_PART), start=1):
        suffix = "" if part == 1 else f"_{part}"
        models = provider.models[start : start + CONTRACT_PART]
        yield (
            f"{CONTRACT_TESTS}/test_{provider.id}_contract{suffix}.py",
            template.render(provider=provider, models=models, part=part, per_part=CONTRACT_PART),
        )


def license_text() -> str:
    found = LICENSE if LICENSE.is_file() else LICENSE.parent.parent / "LICENSE"
    return found.read_text(encoding="utf-8")


def render_documents(
    env: jinja2.Environment, project: ir.Project, package: str = PACKAGE
) -> Iterator[tuple[str, bytes]]:
    """Everything that is not Python, one (relative path, UTF-8 text) at a time: the distribution's metadata,
    readme and license, OpenAPI documents and the reference pages (inside the package, so an installed client
    has them)."""
    yield "pyproject.toml", rendered(env.get_template("pyproject.toml.j2"), project=project, version=CLIENT_VERSION)
    yield "README.md", rendered(env.get_template("README.md.j2"), project=project)
    yield "LICENSE", license_text().encode("utf-8")
    yield f"{package}/py.typed", b""
    for provider in project.providers:
        for name, data in openapi_files(env, provider):
            yield f"openapi/{name}", data
        for page, template in docs.page_templates(provider, package):
            yield page, rendered(env.get_template(template), provider=provider, package=package)
