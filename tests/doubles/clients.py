"""The generated client (`imagegen_typed`) pointed at a provider double: one profile per predictions provider.

A profile says which double, which client class and method, the arguments of a typed call and where the
double serves outputs; `client(profile, double)` builds the client at the double's hosts. `whole_call` is the
check a client generated from a wrong spec fails (see test_spec_against_the_double.py, which runs it in a
subprocess against a package generated from an edited spec copy).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import imagegen_typed

from .bfl import BflDouble
from .fal import FalDouble
from .pruna import PrunaDouble
from .replicate import ReplicateDouble
from .segmind import SegmindDouble
from .server import MEDIA, Double

KEY = "test-key"
PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"


@dataclass(frozen=True)
class Profile:
    """One model of one provider as a client calls it, and where the double answers."""

    name: str
    double: Callable[..., Double]  # takes polls_until_ready
    client: str  # the class in imagegen_typed
    method: str
    model: str  # the provider's model id (for predictions.create and resuming by id)
    kwargs: Mapping[str, Any]  # the typed call's arguments (wire names equal Python names here)
    output_host: str  # the double's host that serves the outputs
    media: bytes  # what the saved output holds
    outputs: int = 1
    api: str | None = None  # a non-default API: client.<api>
    wrapped: str | None = None  # the inputs are sent under this key
    regional: tuple[str, ...] = ()  # the double's other API hosts, handed to the client as auth_hosts
    cancel: bool = False
    base: Callable[[Double], str] = field(default=lambda double: double.url("api"))


PROFILES = [
    Profile(
        "bfl-flux-pro-1.1",
        BflDouble,
        "BlackForestLabs",
        "flux_pro_1_1",
        "flux-pro-1.1",
        {"prompt": "a lighthouse", "width": 1024, "height": 768},
        "delivery",
        MEDIA["jpeg"],
        regional=("regional",),
    ),
    Profile(
        "bfl-flux-pro-1.1-ultra",
        BflDouble,
        "BlackForestLabs",
        "flux_pro_1_1_ultra",
        "flux-pro-1.1-ultra",
        {"prompt": "a lighthouse", "raw": True, "output_format": "webp"},
        "delivery",
        MEDIA["webp"],
        regional=("regional",),
    ),
    Profile(
        "bfl-flux-kontext-pro",
        BflDouble,
        "BlackForestLabs",
        "flux_kontext_pro",
        "flux-kontext-pro",
        {"prompt": "make it a watercolor", "input_image": PIXEL},
        "delivery",
        MEDIA["png"],  # the document's default output_format for this model
        regional=("regional",),
    ),
    Profile(
        "fal-flux-schnell",
        FalDouble,
        "Fal",
        "flux_schnell",
        "fal-ai/flux/schnell",
        {"prompt": "a fox", "num_images": 2},
        "media",
        MEDIA["jpeg"],
        outputs=2,
        cancel=True,
        base=lambda double: double.base_url,
    ),
    Profile(
        "fal-flux-pro-kontext",
        FalDouble,
        "Fal",
        "flux_pro_kontext",
        "fal-ai/flux-pro/kontext",
        {"prompt": "make it a watercolor", "image_url": "https://example.com/fox.png", "output_format": "png"},
        "media",
        MEDIA["png"],
        cancel=True,
        base=lambda double: double.base_url,
    ),
    Profile(
        "pruna-p-image",
        PrunaDouble,
        "Pruna",
        "p_image",
        "p-image",
        {"prompt": "a fox"},
        "api",
        MEDIA["jpeg"],
        wrapped="input",
    ),
    Profile(
        "replicate-p-image",
        lambda **options: ReplicateDouble(delivery_with_key="refuse", **options),
        "Replicate",
        "p_image",
        "prunaai/p-image",
        {"prompt": "a fox"},
        "delivery",
        MEDIA["jpeg"],
        cancel=True,
        wrapped="input",
    ),
    Profile(
        "segmind-v2-p-image",
        SegmindDouble,
        "Segmind",
        "p_image",
        "p-image",
        {"prompt": "a fox"},
        "media",
        MEDIA["jpeg"],
        api="v2",
    ),
]
BY_NAME = {profile.name: profile for profile in PROFILES}


def client_options(profile: Profile, double: Double, **options: Any) -> dict[str, Any]:
    """The client's base URL, key and extra API hosts for this double (the double's hosts are loopback ports,
    so the regional ones are handed over as auth_hosts, as a proxy would)."""
    found: dict[str, Any] = {"api_key": KEY, "base_url": profile.base(double), **options}
    if profile.regional and "auth_hosts" not in options:
        found["auth_hosts"] = [double.url(host) for host in profile.regional]
    return found


def client(profile: Profile, double: Double, **options: Any) -> Any:
    return getattr(imagegen_typed, profile.client)(**client_options(profile, double, **options))


def async_client(profile: Profile, double: Double, **options: Any) -> Any:
    return getattr(imagegen_typed, "Async" + profile.client)(**client_options(profile, double, **options))


def surface(profile: Profile, instance: Any) -> Any:
    return instance if profile.api is None else getattr(instance, profile.api)


def check_output(profile: Profile, double: Double, result: Any, saved: Path) -> None:
    """The output was fetched from the double's output host, whole, and the key went nowhere it must not."""
    assert saved.read_bytes() == profile.media
    assert len(result.outputs) == profile.outputs
    assert all(url.startswith(double.url(profile.output_host)) for url in result.outputs), result.outputs
    assert double.refused == [], [(r.host, r.path) for r in double.refused]
    if profile.output_host != "api":  # an output host of its own: never given the key
        fetched = double.requests_to(profile.output_host)
        assert fetched and not any(double.carries_key(r) for r in fetched)


def submitted_inputs(profile: Profile, double: Double) -> Any:
    body = next(r for r in double.requests if r.method == "POST").json()
    return body[profile.wrapped] if profile.wrapped else body


def whole_call(name: str, folder: Path) -> None:
    """A typed call against the double, sync: submit, wait, save; raises AssertionError (or the client's
    error) when the client does not follow the provider."""
    profile = BY_NAME[name]
    double = profile.double(polls_until_ready=2)
    double.start()
    try:
        with client(profile, double) as instance:
            result = getattr(surface(profile, instance), profile.method)(**profile.kwargs, deadline=30)
            check_output(profile, double, result, result.save(folder / "output"))
        assert not double.errors, double.errors
    finally:
        double.stop()
