"""Encoding request bodies: strict JSON, so NaN and infinities never go out as the invalid literals `NaN`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .errors import InvalidParameterError

_ENCODER = json.JSONEncoder(allow_nan=False)  # json.dumps builds an encoder per call for any non-default option


def json_bytes(body: Mapping[str, Any]) -> bytes:
    """`body` as JSON; InvalidParameterError (nothing sent) for a value JSON cannot carry."""
    try:
        return _ENCODER.encode(body).encode()
    except ValueError as error:  # NaN/Infinity; typed calls refuse them earlier, naming the parameter
        raise InvalidParameterError([f"the request body holds a value JSON cannot carry: {error}"]) from None
    except TypeError as error:
        raise InvalidParameterError([f"the request body holds a value JSON cannot carry: {error}"]) from None
