"""Webhook signatures: check that a delivery comes from the provider before trusting it, and return its JSON body.

A provider spec's `webhooks:` entry names one of the schemes below and the headers it reads; the generated provider
package wraps `verify` as `verify_webhook(headers, body, secret | keys, ...)`. Pure functions over the headers and
the raw body, standard library only, except Ed25519, which needs the `cryptography` package (the distribution's
`webhooks` extra) and says so when it is missing. The secret never appears in an error message.

- `standard-webhooks`: HMAC-SHA256 of `<id>.<timestamp>.<body>` keyed with the base64 secret after `whsec_`; the
  signature header lists `v1,<base64>` entries separated by spaces; the timestamp (Unix seconds) must be within
  the tolerance of now (a replayed or stale delivery is refused).
- `ed25519-jwks`: an Ed25519 signature (hex) of `<id>\\n<user id>\\n<timestamp>\\n<sha256 hex of the body>`,
  checked against the provider's published public keys (a JSON Web Key Set, which the caller passes; `fetch_keys`
  reads one only when called); the timestamp as above.
- `hmac-sha256`: HMAC-SHA256 (hex, after an optional prefix such as `sha256=`) of the raw body keyed with the
  caller's secret as UTF-8. No timestamp is signed, so a replay cannot be told apart: deduplicate by the event's id.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import importlib
import json
import math
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import ImagegenError

Headers = Mapping[str, str] | Iterable[tuple[str, str]]
Keys = Mapping[str, Any] | Sequence[Mapping[str, Any] | bytes]
MAX_KEYS_BYTES = 1 << 20  # a key set larger than this is not a key set


class WebhookVerificationError(ImagegenError, ValueError):
    """A webhook delivery is not proven to come from the provider: a signature header is missing or malformed, no
    signature matches, its timestamp is outside the tolerance (a replayed or stale delivery), or its signed body
    is not JSON. Answer such a request with 400 or 401 and do not act on it."""


@dataclass(frozen=True)
class WebhookScheme:
    """One provider's webhooks, as its spec states them."""

    name: str  # standard-webhooks | ed25519-jwks | hmac-sha256
    headers: Mapping[str, str]  # signed part (id, user_id, timestamp, signature) -> header name
    tolerance: float | None = None  # seconds; None when no timestamp is signed
    signature_prefix: str = ""


def verify(
    scheme: WebhookScheme,
    headers: Headers,
    body: bytes | str,
    *,
    secret: str | bytes | None = None,
    keys: Keys | None = None,
    tolerance: float | None = None,
    now: float | None = None,
) -> Any:
    """The delivery's parsed JSON body when its signature checks out under `scheme`; WebhookVerificationError
    otherwise. `tolerance` overrides the scheme's; `now` is the current Unix time (default: the system clock)."""
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    found = _header_reader(headers)
    if scheme.name == "standard-webhooks":
        _check_standard(scheme, found, raw, _secret(secret), _tolerance(scheme, tolerance), now)
    elif scheme.name == "ed25519-jwks":
        if keys is None:
            raise TypeError("verifying these webhooks needs the provider's public keys (keys=...)")
        _check_ed25519(scheme, found, raw, keys, _tolerance(scheme, tolerance), now)
    elif scheme.name == "hmac-sha256":
        _check_hmac_body(scheme, found, raw, _secret(secret))
    else:
        raise ValueError(f"unknown webhook scheme {scheme.name!r}")
    try:
        return json.loads(raw)
    except ValueError as error:
        raise WebhookVerificationError(f"the signed body is not JSON ({error})") from None


def fetch_keys(url: str, *, timeout: float = 10.0) -> Any:
    """The JSON Web Key Set published at `url` (an http(s) URL), read once, for `verify(..., keys=...)`. Nothing
    calls this on its own: keep the keys and fetch again when a delivery names a key you do not have."""
    import urllib.request

    if not url.startswith(("https://", "http://")):
        raise ValueError(f"keys URL must be http(s): {url!r}")
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        data = answer.read(MAX_KEYS_BYTES + 1)
    if len(data) > MAX_KEYS_BYTES:
        raise ValueError(f"the key set at {url} is over {MAX_KEYS_BYTES} bytes")
    return json.loads(data)


# -- the schemes ----------------------------------------------------------------------------------------------


def _check_standard(
    scheme: WebhookScheme, found: Mapping[str, str], body: bytes, secret: bytes, tolerance: float, now: float | None
) -> None:
    message_id, timestamp = _required(scheme, found, "id"), _required(scheme, found, "timestamp")
    signatures = _required(scheme, found, "signature")
    _check_time(scheme, timestamp, tolerance, now)
    encoded = secret.decode("ascii", "replace").strip()
    try:
        key = base64.b64decode(encoded.removeprefix("whsec_"), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError("the signing secret is not a whsec_ base64 secret") from None
    expected = hmac.new(key, f"{message_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    for entry in signatures.split():
        version, _, value = entry.partition(",")
        if version == "v1" and hmac.compare_digest(_b64(value), expected):
            return
    raise WebhookVerificationError(f"no signature in {scheme.headers['signature']} matches the body")


def _check_ed25519(
    scheme: WebhookScheme, found: Mapping[str, str], body: bytes, keys: Keys, tolerance: float, now: float | None
) -> None:
    parts = [_required(scheme, found, part) for part in ("id", "user_id", "timestamp")]
    signature_hex = _required(scheme, found, "signature").removeprefix(scheme.signature_prefix)
    _check_time(scheme, parts[2], tolerance, now)
    try:
        signature = bytes.fromhex(signature_hex)
    except ValueError:
        raise WebhookVerificationError(f"{scheme.headers['signature']} is not hexadecimal") from None
    message = "\n".join([*parts, hashlib.sha256(body).hexdigest()]).encode()
    public_keys = _ed25519_keys(keys)
    if not public_keys:
        raise WebhookVerificationError("no Ed25519 public key among the keys given")
    ed25519, invalid = _ed25519()
    for raw in public_keys:
        try:
            ed25519.Ed25519PublicKey.from_public_bytes(raw).verify(signature, message)
            return
        except (invalid, ValueError):
            continue
    raise WebhookVerificationError(f"the signature in {scheme.headers['signature']} matches none of the keys")


def _check_hmac_body(scheme: WebhookScheme, found: Mapping[str, str], body: bytes, secret: bytes) -> None:
    value = _required(scheme, found, "signature").strip()
    if not value.startswith(scheme.signature_prefix):
        raise WebhookVerificationError(f"{scheme.headers['signature']} does not start with {scheme.signature_prefix!r}")
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(value[len(scheme.signature_prefix) :].lower().encode(), expected.encode()):
        raise WebhookVerificationError(f"the signature in {scheme.headers['signature']} does not match the body")


# -- shared steps ---------------------------------------------------------------------------------------------


def _header_reader(headers: Headers) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {str(name).lower(): str(value) for name, value in items}


def _required(scheme: WebhookScheme, found: Mapping[str, str], part: str) -> str:
    name = scheme.headers[part]
    value = found.get(name.lower(), "").strip()
    if not value:
        raise WebhookVerificationError(f"missing header {name}: not a signed delivery")
    return value


def _secret(secret: str | bytes | None) -> bytes:
    if secret is None:
        raise TypeError("verifying these webhooks needs the signing secret (secret=...)")
    raw = secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
    if not raw.strip():
        raise ValueError("the signing secret is empty")
    return raw


def _tolerance(scheme: WebhookScheme, tolerance: float | None) -> float:
    value = scheme.tolerance if tolerance is None else tolerance
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"tolerance must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"tolerance must be finite and >= 0, got {value!r}")
    return float(value)


def _check_time(scheme: WebhookScheme, timestamp: str, tolerance: float, now: float | None) -> None:
    try:
        signed = int(timestamp)
    except ValueError:
        shown = timestamp[:40]
        raise WebhookVerificationError(f"{scheme.headers['timestamp']} is not Unix seconds: {shown!r}") from None
    offset = (time.time() if now is None else now) - signed
    if abs(offset) > tolerance:
        when = "old" if offset > 0 else "in the future"
        raise WebhookVerificationError(
            f"{scheme.headers['timestamp']} is {abs(offset):.0f} s {when}, outside the tolerance of {tolerance:g} s "
            "(a replayed or stale delivery)"
        )


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return b""


def _ed25519_keys(keys: Keys) -> list[bytes]:
    """The raw 32-byte public keys in a key set (`{"keys": [...]}`), a list of JWKs, or a list of raw keys."""
    listed = keys.get("keys", ()) if isinstance(keys, Mapping) else keys
    found = []
    for key in listed:
        if isinstance(key, (bytes, bytearray)):
            found.append(bytes(key))
        elif isinstance(key, Mapping) and key.get("kty") == "OKP" and key.get("crv") == "Ed25519":
            x = str(key.get("x", ""))
            try:
                found.append(base64.urlsafe_b64decode(x + "=" * (-len(x) % 4)))
            except (binascii.Error, ValueError):
                continue
    return [key for key in found if len(key) == 32]


def _ed25519() -> tuple[Any, type[Exception]]:
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric import ed25519
    except ImportError:
        raise ImportError(
            "Ed25519 webhook signatures need the cryptography package: "
            f"pip install '{_distribution()}[webhooks]' (or pip install cryptography)"
        ) from None
    return ed25519, InvalidSignature


def _distribution() -> str:
    package = __name__.split(".")[0]
    try:
        return str(importlib.import_module(f"{package}._version").DISTRIBUTION)
    except (ImportError, AttributeError):  # the runtime imported in place (imagegen_specgen.runtime)
        return "imagegen-typed"
