"""Webhook signatures (runtime/webhooks.py and each provider's generated verify_webhook): a delivery signed as the
provider documents passes and returns its JSON; a forged, tampered, replayed or stale one raises
WebhookVerificationError, naming what failed and never the secret."""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.server
import inspect
import json
import sys
import threading
from collections.abc import Iterator
from typing import Any

import imagegen_typed.replicate
import pytest
from imagegen_typed import WebhookVerificationError
from imagegen_typed._runtime import webhooks

# Replicate's documented example delivery (the Standard Webhooks example its Python client tests against:
# replicate/replicate-python tests/test_webhooks.py), signed at Unix time 1614265330.
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SIGNED_AT = 1614265330
BODY = '{"test": 2432232314}'
HEADERS = {
    "Content-Type": "application/json",
    "Webhook-ID": "msg_p5jXN8AQM9LWM0D4loKWxJek",
    "Webhook-Timestamp": str(SIGNED_AT),
    "Webhook-Signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
}

# The schemes as fal's and Black Forest Labs' provider specs are to state them (their specs come with the providers).
FAL = webhooks.WebhookScheme(
    "ed25519-jwks",
    {
        "id": "X-Fal-Webhook-Request-Id",
        "user_id": "X-Fal-Webhook-User-Id",
        "timestamp": "X-Fal-Webhook-Timestamp",
        "signature": "X-Fal-Webhook-Signature",
    },
    tolerance=300,
)
BFL = webhooks.WebhookScheme("hmac-sha256", {"signature": "X-BFL-Signature"}, signature_prefix="sha256=")


def _reject(match: str, headers: dict[str, str], body: str = BODY, **options: Any) -> str:
    with pytest.raises(WebhookVerificationError, match=match) as caught:
        imagegen_typed.replicate.verify_webhook(headers, body, options.pop("secret", SECRET), **options)
    assert SECRET.removeprefix("whsec_") not in str(caught.value)
    return str(caught.value)


# -- standard-webhooks (Replicate) ----------------------------------------------------------------------------


def test_replicates_documented_example_passes_and_returns_the_event() -> None:
    event = imagegen_typed.replicate.verify_webhook(HEADERS, BODY.encode(), SECRET, now=SIGNED_AT + 299)
    assert event == {"test": 2432232314}
    pairs = [(name.lower(), value) for name, value in HEADERS.items()]  # any letter case, pairs as well
    assert imagegen_typed.replicate.verify_webhook(pairs, BODY, SECRET, now=SIGNED_AT) == event
    # The tolerance is the spec's, and the signature names the secret, not keys.
    parameters = inspect.signature(imagegen_typed.replicate.verify_webhook).parameters
    assert parameters["tolerance"].default == 300 and "secret" in parameters


def test_a_forged_or_tampered_delivery_is_refused() -> None:
    now = {"now": SIGNED_AT}
    _reject("no signature in webhook-signature matches", HEADERS, BODY.replace("2432", "2433"), **now)
    _reject("no signature in webhook-signature matches", {**HEADERS, "Webhook-ID": "msg_other"}, **now)
    _reject("no signature", HEADERS, secret="whsec_" + base64.b64encode(b"another key").decode(), **now)
    _reject("no signature", {**HEADERS, "Webhook-Signature": "v1,invalid_signature"}, **now)
    _reject("no signature", {**HEADERS, "Webhook-Signature": HEADERS["Webhook-Signature"].replace("v1", "v2")}, **now)
    _reject("missing header webhook-signature", {k: v for k, v in HEADERS.items() if k != "Webhook-Signature"}, **now)
    _reject("not a whsec_ base64 secret", HEADERS, secret="whsec_not base64!", **now)
    # One valid signature among several (a rotated secret) passes.
    rotated = {**HEADERS, "Webhook-Signature": "v1,AAAA " + HEADERS["Webhook-Signature"]}
    assert imagegen_typed.replicate.verify_webhook(rotated, BODY, SECRET, now=SIGNED_AT) == {"test": 2432232314}


def test_a_replayed_or_stale_delivery_is_refused_by_its_timestamp() -> None:
    message = _reject("outside the tolerance of 300 s", HEADERS, now=SIGNED_AT + 301)
    assert "301 s old" in message and "replayed or stale" in message
    _reject("in the future, outside the tolerance", HEADERS, now=SIGNED_AT - 301)
    _reject("outside the tolerance of 60 s", HEADERS, now=SIGNED_AT + 120, tolerance=60)
    assert imagegen_typed.replicate.verify_webhook(HEADERS, BODY, SECRET, now=SIGNED_AT + 3000, tolerance=3600)
    _reject("webhook-timestamp is not Unix seconds", {**HEADERS, "Webhook-Timestamp": "yesterday"}, now=SIGNED_AT)
    _reject("outside the tolerance", HEADERS)  # the system clock: a delivery signed in 2021


def test_a_signed_body_that_is_not_json_is_refused() -> None:
    key = base64.b64decode(SECRET.removeprefix("whsec_"))
    body = b"not json"
    signature = hmac.new(key, f"{HEADERS['Webhook-ID']}.{SIGNED_AT}.".encode() + body, hashlib.sha256).digest()
    headers = {**HEADERS, "Webhook-Signature": "v1," + base64.b64encode(signature).decode()}
    _reject("the signed body is not JSON", headers, body.decode(), now=SIGNED_AT)


# -- ed25519-jwks (fal) -------------------------------------------------------------------------------------


def _fal_delivery(body: bytes, *, at: int = SIGNED_AT) -> tuple[dict[str, Any], dict[str, str]]:
    """A key set with one new key and a delivery it signs as fal documents (no published example signature)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    jwks = {"keys": [{"kty": "OKP", "crv": "Ed25519", "x": base64.urlsafe_b64encode(raw).rstrip(b"=").decode()}]}
    parts = ["req-123", "user-9", str(at), hashlib.sha256(body).hexdigest()]
    headers = {name: value for name, value in zip(list(FAL.headers.values())[:3], parts[:3], strict=True)}
    headers["X-Fal-Webhook-Signature"] = private.sign("\n".join(parts).encode()).hex()
    return jwks, headers


def test_ed25519_signed_delivery_passes_with_the_published_keys_and_fails_otherwise() -> None:
    body = b'{"request_id": "req-123", "status": "OK", "payload": {"images": []}}'
    jwks, headers = _fal_delivery(body)
    assert webhooks.verify(FAL, headers, body, keys=jwks, now=SIGNED_AT)["status"] == "OK"
    other_keys, _ = _fal_delivery(body)
    both = {"keys": other_keys["keys"] + jwks["keys"]}  # a key set in rotation: any of its keys may have signed
    assert webhooks.verify(FAL, headers, body, keys=both, now=SIGNED_AT)["status"] == "OK"
    refusals = [
        ("matches none of the keys", headers, body.replace(b"OK", b"KO"), jwks),
        ("matches none of the keys", {**headers, "X-Fal-Webhook-User-Id": "user-10"}, body, jwks),
        ("matches none of the keys", headers, body, other_keys),
        ("is not hexadecimal", {**headers, "X-Fal-Webhook-Signature": "zz"}, body, jwks),
        ("no Ed25519 public key", headers, body, {"keys": [{"kty": "RSA", "n": "x", "e": "AQAB"}]}),
        ("missing header X-Fal-Webhook-User-Id", {**headers, "X-Fal-Webhook-User-Id": ""}, body, jwks),
    ]
    for match, bad_headers, bad_body, keys in refusals:
        with pytest.raises(WebhookVerificationError, match=match):
            webhooks.verify(FAL, bad_headers, bad_body, keys=keys, now=SIGNED_AT)
    with pytest.raises(WebhookVerificationError, match="301 s old, outside the tolerance of 300 s"):
        webhooks.verify(FAL, headers, body, keys=jwks, now=SIGNED_AT + 301)
    with pytest.raises(TypeError, match="needs the provider's public keys"):
        webhooks.verify(FAL, headers, body, now=SIGNED_AT)  # the keys are the caller's to give; none are fetched


def test_without_cryptography_ed25519_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    body = b"{}"
    jwks, headers = _fal_delivery(body)
    for name in [name for name in sys.modules if name == "cryptography" or name.startswith("cryptography.")]:
        monkeypatch.setitem(sys.modules, name, None)  # as if it were not installed
    monkeypatch.setitem(sys.modules, "cryptography", None)
    with pytest.raises(ImportError, match=r"pip install 'imagegen-typed\[webhooks\]'"):
        webhooks.verify(FAL, headers, body, keys=jwks, now=SIGNED_AT)


@pytest.fixture
def keys_server() -> Iterator[tuple[str, dict[str, bytes]]]:
    served: dict[str, bytes] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            data = served[self.path]
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", served
    server.shutdown()
    server.server_close()


def test_fetch_keys_reads_a_key_set_only_when_called(keys_server: tuple[str, dict[str, bytes]]) -> None:
    url, served = keys_server
    body = b'{"status": "OK"}'
    jwks, headers = _fal_delivery(body)
    served["/.well-known/jwks.json"] = json.dumps(jwks).encode()
    fetched = webhooks.fetch_keys(url + "/.well-known/jwks.json", timeout=10)
    assert webhooks.verify(FAL, headers, body, keys=fetched, now=SIGNED_AT) == {"status": "OK"}
    served["/huge"] = b" " * (webhooks.MAX_KEYS_BYTES + 1)
    with pytest.raises(ValueError, match="is over"):
        webhooks.fetch_keys(url + "/huge")
    with pytest.raises(ValueError, match="must be http"):
        webhooks.fetch_keys("file:///etc/passwd")


# -- hmac-sha256 over the body (Black Forest Labs) -------------------------------------------------------------


def test_body_hmac_passes_when_signed_with_the_secret_and_fails_otherwise() -> None:
    body = b'{"id": "gen_1", "status": "Ready"}'
    secret = "the secret sent as webhook_secret"
    good = {"X-BFL-Signature": "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()}
    assert webhooks.verify(BFL, good, body, secret=secret)["status"] == "Ready"
    assert webhooks.verify(
        BFL, {"x-bfl-signature": good["X-BFL-Signature"].upper().replace("SHA256=", "sha256=")}, body, secret=secret
    )
    for match, headers, signed_body, key in [
        ("does not match the body", good, body.replace(b"Ready", b"Error"), secret),
        ("does not match the body", good, body, "another secret"),
        ("does not start with 'sha256='", {"X-BFL-Signature": good["X-BFL-Signature"][7:]}, body, secret),
        ("missing header X-BFL-Signature", {}, body, secret),
    ]:
        with pytest.raises(WebhookVerificationError, match=match) as caught:
            webhooks.verify(BFL, headers, signed_body, secret=key)
        assert key not in str(caught.value)
