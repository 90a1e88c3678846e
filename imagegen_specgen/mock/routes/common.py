"""What the protocols share: route keys, credits."""

from __future__ import annotations

from ...parser import ir


def route_scope(provider: ir.Provider, api: ir.API) -> str:
    """The prefix of an API's route keys (counters, faults): the provider id for its default API, else
    "<provider>:<api>": "<provider>:<model>" is a call to the default API, "<provider>:<api>:predictions:<model>"
    a submit to another."""
    return provider.id if api is provider.default_api else f"{provider.id}:{api.name}"


def credits_refusal(provider: ir.Provider) -> int:
    """The status a provider answers when credits run out: the one its spec lists (402 or 406), else 402."""
    return next((e.status for e in provider.errors if e.status in (402, 406)), 402)


def credits_text(credits: float) -> str:
    return f"{credits:.4f}".rstrip("0").rstrip(".")
