"""fal webhooks: check that a delivery comes from fal before acting on it.

Scheme ed25519-jwks (runtime/webhooks.py), headers X-Fal-Webhook-Request-Id, X-Fal-Webhook-Signature, X-Fal-Webhook-Timestamp, X-Fal-Webhook-User-Id.
Source: https://docs.fal.ai/model-apis/model-endpoints/webhooks (seen in excerpts only): an Ed25519 signature (hex) over the request id, user id, timestamp and the SHA-256 hex of the body, one per line, checked against fal's published JSON Web Key Set; the message layout and the 300 s window also as in third-party verifiers. To be checked against the whole page.
Generated from specs/providers/fal.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from .._runtime.webhooks import Headers, Keys, WebhookScheme, fetch_keys, verify

SCHEME = WebhookScheme(
    name="ed25519-jwks",
    headers={
        "id": "X-Fal-Webhook-Request-Id",
        "signature": "X-Fal-Webhook-Signature",
        "timestamp": "X-Fal-Webhook-Timestamp",
        "user_id": "X-Fal-Webhook-User-Id",
    },
    tolerance=300.0,
    signature_prefix="",
)
KEYS_URL = "https://rest.alpha.fal.ai/.well-known/jwks.json"  # where fal publishes its public keys


def verify_webhook(
    headers: Headers,
    body: bytes | str,
    keys: Keys,
    *,
    tolerance: float = 300.0,
    now: float | None = None,
) -> Any:
    """Check a webhook delivery's signature and return its JSON body.

    Args:
        headers: The delivery's headers: any mapping (names in any letter case) or (name, value) pairs.
        body: The raw body exactly as received (re-serialized JSON no longer matches its signature).
        keys: fal's public keys: its JSON Web Key Set, or a list of keys. Fetch it with fetch_webhook_keys() and keep it; the client never fetches keys on its own.
        tolerance: Seconds the signed timestamp may be from now; a delivery outside it is refused (a replay).
        now: The current Unix time (default: the system clock).

    Raises:
        WebhookVerificationError: a signature header is missing or malformed, no signature matches, the
            timestamp is outside the tolerance, or the signed body is not JSON.
    """
    return verify(SCHEME, headers, body, keys=keys, tolerance=tolerance, now=now)


def fetch_webhook_keys(*, timeout: float = 10.0) -> Any:
    """fal's public webhook keys, read from KEYS_URL now (for verify_webhook's `keys`)."""
    return fetch_keys(KEYS_URL, timeout=timeout)
