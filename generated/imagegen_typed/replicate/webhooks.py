"""Replicate webhooks: check that a delivery comes from Replicate before acting on it.

Scheme standard-webhooks (runtime/webhooks.py), headers webhook-id, webhook-signature, webhook-timestamp.
Source: https://replicate.com/docs/topics/webhooks/verify-webhook: headers webhook-id, webhook-timestamp (Unix seconds) and webhook-signature (space-separated v1,<base64> signatures), signed content <id>.<timestamp>.<body>, the account's whsec_ signing secret from GET /v1/webhooks/default/secret. Replicate names no tolerance; 300 s is the Standard Webhooks specification's recommendation.
Generated from specs/providers/replicate.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from .._runtime.webhooks import Headers, WebhookScheme, verify

SCHEME = WebhookScheme(
    name="standard-webhooks",
    headers={"id": "webhook-id", "signature": "webhook-signature", "timestamp": "webhook-timestamp"},
    tolerance=300.0,
    signature_prefix="",
)


def verify_webhook(
    headers: Headers,
    body: bytes | str,
    secret: str | bytes,
    *,
    tolerance: float = 300.0,
    now: float | None = None,
) -> Any:
    """Check a webhook delivery's signature and return its JSON body.

    Args:
        headers: The delivery's headers: any mapping (names in any letter case) or (name, value) pairs.
        body: The raw body exactly as received (re-serialized JSON no longer matches its signature).
        secret: The signing secret (`whsec_...`).
        tolerance: Seconds the signed timestamp may be from now; a delivery outside it is refused (a replay).
        now: The current Unix time (default: the system clock).

    Raises:
        WebhookVerificationError: a signature header is missing or malformed, no signature matches, the
            timestamp is outside the tolerance, or the signed body is not JSON.
    """
    return verify(SCHEME, headers, body, secret=secret, tolerance=tolerance, now=now)
