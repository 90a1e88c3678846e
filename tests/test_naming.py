"""The names a spec may not take are the runtime's own: read from its classes, so they cannot go stale."""

from __future__ import annotations

import importlib
import inspect
import json
from typing import Any

import imagegen_typed
import pytest

from imagegen_specgen.parser import naming

from .conftest import real_project

PROVIDERS = list(real_project().providers)


def _class(provider: Any, name: str) -> type:
    cls: type = getattr(importlib.import_module(f"imagegen_typed.{provider.id}._client"), name)
    return cls


@pytest.mark.parametrize("provider", PROVIDERS, ids=[p.id for p in PROVIDERS])
def test_every_public_attribute_of_a_generated_client_is_a_model_an_api_or_reserved(provider: Any) -> None:
    for api in provider.apis:
        for name in (provider.api_class_name(api), "Async" + provider.api_class_name(api)):
            models = {m.method_name for m in provider.models_of(api)}
            if provider.takes_webhooks(api):  # each model's submit_<method> twin, which takes a webhook
                models |= {f"submit_{method}" for method in models}
            apis = {a.name for a in provider.apis[1:]} if api is provider.default_api else set()
            public = {attribute for attribute in dir(_class(provider, name)) if not attribute.startswith("_")}
            assert public - models - apis <= naming.reserved_methods(), name


@pytest.mark.parametrize("provider", PROVIDERS, ids=[p.id for p in PROVIDERS])
def test_every_keyword_a_model_method_adds_is_reserved(provider: Any) -> None:
    for api in provider.apis:
        cls = _class(provider, provider.api_class_name(api))
        for model in provider.models_of(api):
            added = set(inspect.signature(getattr(cls, model.method_name)).parameters)
            added -= {p.python_name for p in model.parameters}
            assert added and added <= naming.reserved_parameters(), (api.name, model.method_name, added)


def test_runtime_exports_are_reserved_class_names() -> None:
    assert set(imagegen_typed._runtime.__all__) <= naming.reserved_classes()


def test_reserved_names_remembered_in_a_cache_are_the_ones_the_runtime_gives(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from imagegen_specgen.speed.cache import Cache

    monkeypatch.setattr(naming, "_REMEMBERED", {})  # as in a fresh process
    derived = naming._runtime_reserved()
    naming.remember_reserved(Cache(tmp_path))  # derives and stores them, or takes what is stored
    stored = Cache(tmp_path)
    key = stored.key("runtime-reserved-names", naming.source_fingerprint(), "")
    text = stored.get(key)
    assert text is not None and json.loads(text) == derived
    assert set(derived["parameters"]) >= {"self", "timeout"} and "close" in derived["methods"]
