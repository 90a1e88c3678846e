"""Black Forest Labs webhooks: check that a delivery comes from Black Forest Labs before acting on it.

Scheme hmac-sha256 (runtime/webhooks.py), headers X-BFL-Signature.
Source: black-forest-labs/skills, skills/bfl-api/references/webhook-integration.md (commit d0793c8): the X-BFL-Signature header holds sha256=<hex HMAC-SHA256 of the raw body> keyed with the webhook_secret sent at submit; no timestamp is signed, so a replayed delivery cannot be told apart. BFL's OpenAPI document says only: Optional secret for webhook signature verification.
Generated from specs/providers/bfl.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from .._runtime.webhooks import Headers, WebhookScheme, verify

SCHEME = WebhookScheme(
    name="hmac-sha256",
    headers={"signature": "X-BFL-Signature"},
    tolerance=None,
    signature_prefix="sha256=",
)


def verify_webhook(
    headers: Headers,
    body: bytes | str,
    secret: str | bytes,
    *,
    now: float | None = None,
) -> Any:
    """Check a webhook delivery's signature and return its JSON body.

    Args:
        headers: The delivery's headers: any mapping (names in any letter case) or (name, value) pairs.
        body: The raw body exactly as received (re-serialized JSON no longer matches its signature).
        secret: The signing secret.
        now: The current Unix time (default: the system clock).

    No timestamp is signed, so a replayed delivery passes: act on each event id once.

    Raises:
        WebhookVerificationError: a signature header is missing or malformed, no signature matches, or the signed body is not JSON.
    """
    return verify(SCHEME, headers, body, secret=secret, now=now)
