"""Shared fixtures: the real specs, copied where a test may change them; one TLS context for httpx clients."""

from __future__ import annotations

import functools
import re
import shutil
import ssl
import sys
from pathlib import Path
from typing import Any

import httpx._transports.default
import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
# pytest in a subprocess, over contract tests or the doubles' tests: without its cache and without any installed
# plugin (none is used there). Loading them took 3 s of a run's 5 s of start-up, and pytest marks every plugin's
# package for assertion rewriting: with hypothesis's plugin loaded, hypothesis itself was re-parsed and rewritten
# (no bytecode is written) in every run, 1.5 s of a contract run's 5 s of CPU.
PYTEST_OPTIONS = ("-p", "no:cacheprovider", "--disable-plugin-autoload")
PYTEST = (sys.executable, "-m", "pytest", *PYTEST_OPTIONS)


@pytest.fixture
def specs_copy(tmp_path: Path) -> Path:
    target = tmp_path / "specs"
    shutil.copytree(SPECS, target)
    return target


def provider_specs(provider: str, target: Path) -> Path:
    """A copy of specs/ holding one provider and its models, for a test that regenerates after changing that
    provider's spec and looks at that provider only: its generation does a seventh of the work."""
    (target / "providers").mkdir(parents=True)
    (target / "models").mkdir()
    shutil.copy(SPECS / "spec.schema.json", target)
    shutil.copy(SPECS / "providers" / f"{provider}.yaml", target / "providers")
    for model in (SPECS / "models").glob("*.yaml"):
        if re.search(rf"^provider: {re.escape(provider)}$", model.read_text(encoding="utf-8"), re.MULTILINE):
            shutil.copy(model, target / "models")
    return target


@functools.cache
def real_project() -> Any:
    """The IR of the real specs, loaded once per process: test modules build their cases from it when collected,
    and every pytest worker collects them all (the IR is frozen, so sharing it is safe)."""
    from imagegen_specgen.parser.project import load_project

    return load_project(SPECS)


@pytest.fixture(scope="session")
def project():  # type: ignore[no-untyped-def]
    return real_project()


@pytest.fixture(scope="session")
def generator_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generator cache the tests that regenerate a changed copy of the specs share (GENERATOR_CACHE_DIR): each
    such run recomputes only what the change touches. One per pytest worker (its own base folder)."""
    return tmp_path_factory.getbasetemp() / "shared-generator-cache"


@functools.cache
def _default_tls_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()


def _tls_context(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
    if verify is True and cert is None and trust_env:
        return _default_tls_context()
    return httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)


@pytest.fixture(autouse=True)
def _one_tls_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new httpx client builds the default TLS context, loading certifi's bundle (55 ms of CPU), though the
    clients in these tests speak plain HTTP to loopback doubles and mocks: a test's clients share one, built the
    same way (a client given its own `verify` or `cert` still gets its own)."""
    monkeypatch.setattr(httpx._transports.default, "create_ssl_context", _tls_context)


@pytest.fixture(scope="session")
def warm_request_models() -> None:
    """datamodel-code-generator warmed up once in this process (its first call imports most of it, about 1 s):
    the request-model workers generate() forks inherit it, instead of each warming up on its own."""
    from imagegen_specgen.emit.request_models import _warm_up

    _warm_up()


@pytest.fixture
def use_generator_cache(generator_cache: Path, monkeypatch: pytest.MonkeyPatch, warm_request_models: None) -> Path:
    """generate() in this test uses the worker's shared generator cache: only what the test changes is computed."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(generator_cache))
    return generator_cache


@pytest.fixture
def shared_generation(use_generator_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """use_generator_cache, and request models generated in this process (datamodel-code-generator imported once
    per worker) instead of in a forked worker. The output is the same either way (emit/request_models.py;
    `make check` runs the generator as CI does)."""
    from imagegen_specgen.emit.request_models import Workers

    monkeypatch.setattr(Workers, "start", classmethod(lambda cls: None))
