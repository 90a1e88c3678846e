"""Protocol `direct`: one POST per call with the inputs as the body (JSON or multipart/form-data); the answer is the
media itself or JSON holding it where the API's spec says.

Models that share a path are told apart by the API's model field, and each is checked against its own schema.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ...parser import ir
from ..config import DirectBody, MockConfig
from ..media import mp4_bytes, png_bytes
from ..multipart import Part, parse_form
from ..responses import set_path
from ..routing import Call, Endpoint, Limit, fixed
from ..state import MockState
from ..validation import RequestValidator, form_inputs, summary
from .common import credits_refusal, credits_text, route_scope
from .predictions import OTHER_HOST_OUTPUTS, other_host

RESPONSE_HEADER = "x-mock-response"  # per request: json or bytes
FILTERED_FAULT = "filtered"  # X-Mock-Fault: filtered answers with the API's first `filtered` finish reason


def _seed_used(body: dict[str, Any]) -> int:
    """The seed sent; -1, 0 or nothing means a random one (a seed shown on a model page is only an example)."""
    value = body.get("seed")
    if isinstance(value, int) and not isinstance(value, bool) and value not in (-1, 0):
        return value
    return secrets.randbelow(2**31)


def _holds(condition: ir.Condition, model: ir.Model, body: dict[str, Any]) -> bool:
    """A `when` of an output field: the model has the parameter, and its value (sent, else its documented
    default) is one of the condition's values."""
    param = next((p for p in model.parameters if p.wire_name == condition.parameter), None)
    if param is None:
        return False
    value = body.get(param.wire_name, param.default if param.has_default else None)
    return value in condition.values


class DirectModels:
    """The models of one direct API at one path: one model, or several told apart by the API's model field."""

    def __init__(
        self,
        config: MockConfig,
        state: MockState,
        provider: ir.Provider,
        api: ir.DirectAPI,
        models: list[ir.Model],
    ) -> None:
        self.config = config
        self.state = state
        self.provider = provider
        self.api = api
        self.models = {m.sent_id: m for m in models}
        self.validators = {m.sent_id: RequestValidator(m) for m in models}

    def _mode(self, call: Call, model: ir.Model) -> DirectBody | None:
        """bytes or json: the caller's Accept choice where the API offers one, else the mock's header or config."""
        api = self.api
        if api.accept:
            asked = call.request.headers.get(api.accept_header, "").strip()
            default = next(c for c in api.accept if c.name == api.accept_default)
            if not asked or asked == "*/*":
                return default.body
            choice = next((c for c in api.accept if c.value == asked), None)
            return None if choice is None else choice.body
        asked = call.request.headers.get(RESPONSE_HEADER, "").strip().lower()
        if asked in ("json", "bytes"):
            return "json" if asked == "json" else "bytes"
        if asked:
            return None
        if model.model_id in self.config.direct_body_by_model:
            return self.config.direct_body_by_model[model.model_id]
        return "json" if model.output.body == "json" else self.config.direct_body

    def named(self, content_type: str, body: bytes) -> ir.Model | None:
        """The model a request's body names in the API's model field (the only model when there is no field)."""
        field = self.api.model_field
        if field is None:
            return next(iter(self.models.values()))
        given: object = None
        try:
            if content_type.startswith("multipart/"):
                given = _field_text(parse_form(content_type, body), field)
            else:
                parsed = json.loads(body)
                given = parsed.get(field) if isinstance(parsed, dict) else None
        except ValueError:
            return None
        return self.models.get(given) if isinstance(given, str) else None

    def limit(self, scope: str, path: str, account: ir.RateLimit | None) -> Callable[[Request], tuple[str, Limit]]:
        """Route key and limiter per model, the model read from the body where a model field names it (the
        pipeline has read the body already; Starlette keeps it on the request); the path's own key when the
        body names no model of it."""
        unnamed = f"{scope}:{path}"

        def limit(request: Request) -> tuple[str, Limit]:
            body = getattr(request, "_body", b"")
            model = self.named(request.headers.get("content-type", ""), body) if body else None
            if model is None:
                return unnamed, Limit(f"{self.provider.id}:account", account)
            route = f"{scope}:{model.model_id}"
            # A model's own limit, else the account's, shared across the provider's models.
            rate = Limit(route, model.rate_limit) if model.rate_limit else Limit(f"{self.provider.id}:account", account)
            return route, rate

        return limit

    def _inputs(self, call: Call) -> tuple[ir.Model | None, dict[str, Any] | None, str]:
        """The model the request is for, its inputs, or what is wrong with the request."""
        multipart = any(self.api.body_of(m) == "multipart" for m in self.models.values())
        raw: dict[str, Any] | None = None
        parts: list[Part] = []
        if multipart:
            try:
                parts = parse_form(call.request.headers.get("content-type", ""), call.body)
            except ValueError as exc:
                return None, None, str(exc)
        else:
            try:
                raw = call.json()
            except ValueError:
                return None, None, "The request body is not valid JSON"
            if not isinstance(raw, dict):
                return None, None, "The request body is not a JSON object"
        field = self.api.model_field
        model: ir.Model | None = next(iter(self.models.values()))
        if field is not None:
            given = raw.get(field) if raw is not None else _field_text(parts, field)
            model = self.models.get(given) if isinstance(given, str) else None
        if model is None:
            known = ", ".join(sorted(self.models))
            return None, None, f"{field}: {given!r} is not a model of this endpoint; allowed: {known}"
        if raw is None:
            inputs, problems = form_inputs(model, self.api, parts)
            if problems:
                return model, None, summary(problems)
            raw = inputs
        elif field is not None:
            raw = {k: v for k, v in raw.items() if k != field}
        return model, raw, ""

    async def generate(self, call: Call) -> Response:
        model, body, problem = self._inputs(call)
        if model is None or body is None:
            return call.error(400, problem)
        mode = self._mode(call, model)
        if mode is None:
            header = self.api.accept_header if self.api.accept else RESPONSE_HEADER
            allowed = " or ".join(c.value for c in self.api.accept) if self.api.accept else "json or bytes"
            return call.error(400, f"{header} must be {allowed}")
        problems = self.validators[model.sent_id].problems(body)
        if problems:
            return call.error(400, summary(problems))
        seed = _seed_used(body)
        cost = model.cost.usd if model.cost is not None else self.config.credit_cost
        left = self.state.spend(cost)
        if left is None:
            return call.error(credits_refusal(self.provider), "Insufficient credits")
        names = self.provider.response_headers
        headers: dict[str, str] = {}
        if names.remaining_credits:
            headers[names.remaining_credits] = credits_text(left)
        if names.seed and mode == "bytes":
            headers[names.seed] = str(seed)
        filtered = self.api.finish_reason.filtered[0] if self.api.finish_reason and call.fault(FILTERED_FAULT) else None
        if filtered and self.api.finish_reason and self.api.finish_reason.header and mode == "bytes":
            headers[self.api.finish_reason.header] = filtered
        data, media_type, key = self.media(model, seed)
        if mode == "bytes":
            return Response(data, media_type=media_type, headers=headers)
        if not self.api.outputs:
            return JSONResponse({key: base64.b64encode(data).decode("ascii"), "status": "Success"}, headers=headers)
        answer: dict[str, Any] = {}
        field = next((f for f in self.api.outputs if f.when is None or _holds(f.when, model, body)), None)
        field = field or self.api.outputs[-1]
        value = (
            base64.b64encode(data).decode("ascii")
            if field.encoding == "base64"
            else other_host(call.base_url) + f"{OTHER_HOST_OUTPUTS}/{self.api.name}/{seed}.{key}"
        )
        _put(answer, field.path, value)
        if self.api.seed_field:
            _put(answer, self.api.seed_field, seed)
        if filtered and self.api.finish_reason and self.api.finish_reason.field:
            _put(answer, self.api.finish_reason.field, filtered)
        return JSONResponse(answer, headers=headers)

    def media(self, model: ir.Model, seed: int) -> tuple[bytes, str, str]:
        if model.output.media == "video":
            return mp4_bytes(seed), "video/mp4", "video"
        width, height = self.config.image_size
        return png_bytes(seed, width=width, height=height), "image/png", "image"


def _field_text(parts: list[Part], name: str) -> str | None:
    return next((p.data.decode("utf-8", "replace") for p in parts if p.name == name and p.filename is None), None)


def _put(body: dict[str, Any], path: str, value: Any) -> None:
    """Put `value` at an output path; `name[]` makes a list of one object (or holds the value itself at the end)."""
    head, _, rest = path.partition(".")
    if head.endswith("[]"):
        key = head[:-2]
        if not rest:
            body[key] = [value]
            return
        item: dict[str, Any] = {}
        body[key] = [item]
        _put(item, rest, value)
        return
    if not rest:
        set_path(body, head, value)
        return
    child = body.setdefault(head, {})
    _put(child, rest, value)


class DirectOutputs:
    """URL outputs of a direct API: served on the server's other host name, which refuses the key."""

    def __init__(self, config: MockConfig, provider: ir.Provider, api: ir.DirectAPI) -> None:
        self.config = config
        self.provider = provider
        self.api = api

    async def deliver(self, call: Call) -> Response:
        if self.provider.auth.header in call.request.headers:
            message = f"The {self.provider.auth.header} header was sent to the delivery host: the key is for the API"
            return call.error(403, message)
        name = str(call.request.path_params.get("rest", ""))
        seed, _, kind = name.partition(".")
        if not seed.isdigit() or kind not in ("image", "video"):
            return call.error(404, f"No delivered output at {call.request.url.path}")
        if kind == "video":
            return Response(mp4_bytes(int(seed)), media_type="video/mp4")
        width, height = self.config.image_size
        return Response(png_bytes(int(seed), width=width, height=height), media_type="image/png")


def endpoints(config: MockConfig, state: MockState, provider: ir.Provider, api: ir.DirectAPI) -> list[Endpoint]:
    """One route per path of the API's models (several models on one path with a model field), and the route of
    its URL outputs when the spec says it answers any."""
    scope = route_scope(provider, api)
    account = config.account_limit(provider, api)
    by_path: dict[str, list[ir.Model]] = {}
    for model in provider.models_of(api):
        by_path.setdefault(api.model_path(model), []).append(model)
    result: list[Endpoint] = []
    for path, models in by_path.items():
        handler = DirectModels(config, state, provider, api, models)
        if len(models) == 1:
            route = f"{scope}:{models[0].model_id}"
            # A model's own limit, else the account's, shared across the provider's models.
            own = models[0].rate_limit
            limits = fixed(route, Limit(route, own) if own else Limit(f"{provider.id}:account", account))
        else:
            limits = handler.limit(scope, path, account)
        result.append(Endpoint(provider, path, frozenset({"POST"}), "generate", handler.generate, limits))
    if any(f.encoding == "url" for f in api.outputs):
        outputs = DirectOutputs(config, provider, api)
        result.append(
            Endpoint(
                provider,
                f"{OTHER_HOST_OUTPUTS}/{api.name}" + "/{rest:path}",
                frozenset({"GET"}),
                "delivery",
                outputs.deliver,
                fixed(f"{scope}:delivery", Limit(f"{scope}:delivery", None)),
                auth=False,
            )
        )
    return result
