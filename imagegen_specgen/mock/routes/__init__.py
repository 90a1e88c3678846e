"""The mock's endpoints per protocol: each API of a provider gets the routes of its protocol, read from the IR."""

from __future__ import annotations

from ...parser import ir
from .. import files
from ..config import MockConfig
from ..routing import Endpoint
from ..state import MockState
from . import direct, predictions


def api_endpoints(config: MockConfig, state: MockState, provider: ir.Provider, api: ir.API) -> list[Endpoint]:
    if isinstance(api, ir.DirectAPI):
        return direct.endpoints(config, state, provider, api)
    return predictions.endpoints(config, state, provider, api)


def endpoints(config: MockConfig, state: MockState, provider: ir.Provider) -> list[Endpoint]:
    """Every API's routes, then the provider's files endpoints."""
    result = [e for api in provider.apis for e in api_endpoints(config, state, provider, api)]
    return result + files.endpoints(config, state, provider)
