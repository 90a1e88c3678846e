"""Encoding request bodies: strict JSON, so NaN and infinities never go out as the invalid literals `NaN`.

A secret argument (credentials.Secret) is encoded as a placeholder, listed with the body: the driver puts the
secret in only when it builds the request for the provider's own host (flow.py), so no flow object, frame
local or repr holds it in clear.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any, TypeAlias

from .credentials import Secret
from .errors import InvalidParameterError

_ENCODER = json.JSONEncoder(allow_nan=False)  # json.dumps builds an encoder per call for any non-default option
_MARK = f"secret-{os.urandom(8).hex()}-"  # no body a caller writes holds it by chance
# (the placeholder as it appears in the encoded body, the secret that replaces it)
Secrets: TypeAlias = tuple[tuple[bytes, Secret], ...]


def json_content(body: Mapping[str, Any]) -> tuple[bytes, Secrets]:
    """`body` as JSON, with a placeholder for each Secret in it, and those secrets; InvalidParameterError
    (nothing sent) for a value JSON cannot carry."""
    try:
        return _ENCODER.encode(body).encode(), ()
    except ValueError as error:  # NaN/Infinity; typed calls refuse them earlier, naming the parameter
        raise InvalidParameterError([f"the request body holds a value JSON cannot carry: {error}"]) from None
    except TypeError:
        pass  # a Secret, or a value JSON cannot carry: the encoder below tells them apart
    found: list[tuple[bytes, Secret]] = []

    def placeholder(value: object) -> str:
        if not isinstance(value, Secret):
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
        mark = f"{_MARK}{len(found)}"
        found.append((_ENCODER.encode(mark).encode(), value))
        return mark

    try:
        content = json.JSONEncoder(allow_nan=False, default=placeholder).encode(body).encode()
    except (TypeError, ValueError) as error:
        raise InvalidParameterError([f"the request body holds a value JSON cannot carry: {error}"]) from None
    return content, tuple(found)


def with_secrets(content: bytes, secrets: Secrets) -> bytes:
    """`content` with each placeholder replaced by its secret, JSON-encoded (for the request sent only)."""
    for mark, secret in secrets:
        content = content.replace(mark, _ENCODER.encode(secret.reveal()).encode())
    return content
