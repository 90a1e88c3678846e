"""The data of the generated contract tests, computed from the IR (templates only print it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..parser import ir
from .samples import contract_value, invalid_cases, minimal_input, valid_cases


@dataclass(frozen=True)
class ParamCase:
    method: str
    python: str
    label: str
    value: Any
    extra: dict[str, Any]  # other arguments that make the parameter apply

    @property
    def id(self) -> str:
        return f"{self.method}-{self.python}-{self.label}"


def _enabling(model: ir.Model, param: ir.Parameter) -> dict[str, Any]:
    if param.relevant_when is None:
        return {}
    other = next(p for p in model.parameters if p.wire_name == param.relevant_when.parameter)
    return {other.python_name: param.relevant_when.values[0]}


def _applies(model: ir.Model, param: ir.Parameter, given: dict[str, Any]) -> bool:
    if param.relevant_when is None:
        return True
    other = next(p for p in model.parameters if p.wire_name == param.relevant_when.parameter)
    value = given.get(other.wire_name, other.default if other.has_default else None)
    return value in param.relevant_when.values


def allowed(model: ir.Model) -> list[ParamCase]:
    return [
        ParamCase(model.method_name, p.python_name, c.label, c.value, _enabling(model, p))
        for p in model.parameters
        for c in valid_cases(p)
    ]


def forbidden(model: ir.Model) -> list[ParamCase]:
    cases = [
        ParamCase(model.method_name, p.python_name, c.label, c.value, _enabling(model, p))
        for p in model.parameters
        for c in invalid_cases(p)
    ]
    for param in model.parameters:
        if param.relevant_when is None:
            continue
        other = next(p for p in model.parameters if p.wire_name == param.relevant_when.parameter)
        off = next((v for v in other.enum if v not in param.relevant_when.values), None)
        value = next((c.value for c in valid_cases(param) if c.value != param.default), None)
        if off is not None and value is not None:
            cases.append(
                ParamCase(
                    model.method_name, param.python_name, "set where it does not apply", value, {other.python_name: off}
                )
            )
    return cases


def minimal_kwargs(model: ir.Model) -> dict[str, Any]:
    by_wire = {p.wire_name: p.python_name for p in model.parameters}
    return {by_wire[wire]: value for wire, value in minimal_input(model, contract=True).items()}


def always_sent(model: ir.Model) -> dict[str, Any]:
    """Wire name -> default of each parameter a call with only the required arguments still sends.

    Only parameters marked `always_send` (the provider requires them) whose condition holds: every other
    default is the provider's to apply.
    """
    given = minimal_input(model)
    return {p.wire_name: p.default for p in model.parameters if p.sent_unset and _applies(model, p, given)}


def wire_names(model: ir.Model) -> dict[str, str]:
    return {p.python_name: p.wire_name for p in model.parameters}


def full_body(model: ir.Model) -> dict[str, Any]:
    """Every parameter with an allowed value, relevance respected: for the mock acceptance test."""
    body = {p.wire_name: contract_value(p) for p in model.parameters}
    return {
        wire: value
        for wire, value in body.items()
        if _applies(model, next(p for p in model.parameters if p.wire_name == wire), body)
    }


def provider_facts(provider: ir.Provider) -> dict[str, Any]:
    """The provider-wide facts the contract tests read (see ProviderFacts in contract/support.py)."""
    headers = [*provider.request_id_headers, *filter(None, [provider.response_headers.request_id])]
    facts: dict[str, Any] = {
        "id": provider.id,
        "auth_header": provider.auth.header,
        "base_url": provider.base_url,
        "api_key_env": provider.auth.env,
        "auth_scheme": provider.auth.scheme,
        "error_message_path": provider.error_message_paths[0],
        "error_request_id_path": next(iter(provider.error_request_id_paths), None),
        "request_id_header": next(iter(headers), None),
    }
    if provider.files is not None:
        facts.update(
            files_path=provider.files.path,
            files_field=provider.files.field,
            files_url_field=provider.files.url_field,
            files_id_field=provider.files.id_field,
        )
    return facts


def _direct_facts(provider: ir.Provider, api: ir.API) -> dict[str, Any]:
    """What the contract tests need of a `direct` API (see ApiFacts in support.py): where the model is named,
    how arrays go in a multipart body, and the Accept header the client sends by default."""
    assert isinstance(api, ir.DirectAPI)
    default = next((c for c in api.accept if c.name == api.accept_default), None)
    return {
        "name": api.name,
        "protocol": api.protocol,
        "model_field": api.model_field,
        "multipart_arrays": api.multipart_arrays,
        "accept_header": api.accept_header if default else None,
        "accept_value": default.value if default else None,
    }


def file_parameters(model: ir.Model) -> tuple[str, ...]:
    """Wire names of the parameters sent as file parts."""
    return tuple(p.wire_name for p in model.file_parameters)


def _predictions_facts(provider: ir.Provider, api: ir.API) -> dict[str, Any]:
    """What the contract tests' Recorder needs to answer like a `predictions` API (see ApiFacts in support.py)."""
    assert isinstance(api, ir.PredictionsAPI)
    facts: dict[str, Any] = {
        "name": api.name,
        "protocol": api.protocol,
        "model_header": api.model_header,
        "input_field": api.input_field,
        "hold_header": api.hold.header if api.hold else None,
        "hold_value": api.hold.value if api.hold else "",
        "status_path": api.status.path,
        "status_url_field": api.status.url_field,
        "id_field": api.id_field,
        "status_field": api.status_field,
        "output_field": api.output_field,
        "pending": api.statuses.pending[0],
        "succeeded": api.statuses.succeeded[0],
        "canceled": api.statuses.canceled[0] if api.statuses.canceled else None,
        "result_path": api.result.path if api.result else None,
        "result_url_field": api.result.url_field if api.result else None,
        "cancel_path": api.cancel.path if api.cancel else None,
        "cancel_url_field": api.cancel.url_field if api.cancel else None,
        "cancel_method": api.cancel.method if api.cancel else "POST",
        "status_method": api.status.method,
        "result_method": api.result.method if api.result else "GET",
        "submit_status": api.submit_status,
        "variables": tuple((v.name, v.model_segments) for v in api.variables),
    }
    return facts


# The IR's protocol name -> its contract-test facts.
PROTOCOL_FACTS: dict[str, Callable[[ir.Provider, ir.API], dict[str, Any]]] = {
    "direct": _direct_facts,
    "predictions": _predictions_facts,
}


def api_facts(provider: ir.Provider, api: ir.API) -> dict[str, Any]:
    """One API's facts (see ApiFacts in contract/support.py): its protocol's own, and where its methods are."""
    facts: dict[str, Any] = PROTOCOL_FACTS[api.protocol](provider, api)
    facts["attribute"] = None if api is provider.default_api else api.name
    return facts


def calls(provider: ir.Provider, models: tuple[ir.Model, ...] | None = None) -> list[tuple[str, ir.Model]]:
    """(API name, model) for every API that serves every model (of `models`, when given): each gets its own
    contract cases."""
    chosen = provider.models if models is None else models
    return [(api.name, model) for api in provider.apis for model in chosen if api.name in model.apis]
