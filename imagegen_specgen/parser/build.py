"""Second gate and IR construction: semantic checks on schema-valid documents, then plain IR objects.

Every problem is collected; the IR is returned only when there are none.
"""

from __future__ import annotations

import dataclasses
import keyword
import math
import re
from typing import Any

from ..runtime.constraints import BY_KEY, CONSTRAINTS, ON_ITEMS, Constraint
from . import ir, naming
from .diagnostics import KeyPath, SpecProblem, show
from .load import SpecDocument
from .type_aliases import alias_clashes, with_enum_aliases

# The kinds a default or example is checked against: of one value (or item), and of a list.
_ON_VALUES = tuple(c for c in CONSTRAINTS if c.holds is not None and "array" not in c.types)
_ON_LISTS = tuple(c for c in CONSTRAINTS if c.holds is not None and "array" in c.types)


def _type_ok(kind: str, value: Any) -> bool:
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if kind == "url":
        return isinstance(value, str) and re.match(ir.URL_PATTERN, value) is not None
    return isinstance(value, str)


_KIND_WORDS = {
    "string": "text",
    "url": "an http(s) URL",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "file": "a file path",
}


def _hint(value: Any) -> str:
    # YAML 1.1 reads unquoted 16:9 as the sexagesimal number 969: say so.
    if isinstance(value, int) and not isinstance(value, bool) and value >= 60:
        return " (an unquoted value like 16:9 is read by YAML as a number: quote it)"
    return ""


class _ModelChecker:
    def __init__(self, doc: SpecDocument) -> None:
        self.doc = doc
        self.problems: list[SpecProblem] = []

    def add(self, path: KeyPath, found: str, expected: str) -> None:
        self.problems.append(self.doc.problem(path, found, expected))

    def check_scalar(self, path: KeyPath, kind: str, value: Any, raw: dict[str, Any]) -> bool:
        """Whether `value` is something the parameter (or item) `raw` allows; adds a problem if not."""
        if not _type_ok(kind, value):
            self.add(path, show(value) + _hint(value), _KIND_WORDS[kind])
            return False
        for constraint in _ON_VALUES:
            bound = raw.get(constraint.key)
            if bound is not None and (kind in constraint.types or kind in constraint.item_types):
                assert constraint.holds is not None
                if not constraint.holds(value, bound):
                    self.add(path, show(value), constraint.wanted(raw))
                    return False
        return True

    def check_value(self, path: KeyPath, param: dict[str, Any], value: Any) -> None:
        kind = param["type"]
        if kind != "array":
            self.check_scalar(path, kind, value, param)
            return
        if not isinstance(value, list):
            self.add(path, show(value), "a list")
            return
        items = param.get("items", {})
        for i, item in enumerate(value):
            if not self.check_scalar((*path, i), items.get("type", "string"), item, items):
                return
        for constraint in _ON_LISTS:
            bound = param.get(constraint.key)
            if bound is not None:
                assert constraint.holds is not None
                if not constraint.holds(value, bound):
                    self.add(path, f"{len(value)} items", constraint.wanted(param))
                    return

    def check_parameter(self, path: KeyPath, param: dict[str, Any]) -> None:
        kind = param["type"]
        if kind == "array" and "items" not in param:
            self.add(path, "an array parameter without items", "items: {type: ...}")
        if kind != "array" and "items" in param:
            self.add((*path, "items"), f"items on a {kind} parameter", "it only on array parameters")
        for constraint in CONSTRAINTS:
            if constraint.key in param and kind not in constraint.types:
                self.add((*path, constraint.key), f"{constraint.key} on a {kind} parameter", constraint.only_on)
            low, high = param.get(constraint.key), param.get(constraint.upper or "")
            if low is not None and high is not None and low > high:
                found = f"{constraint.key} {low} > {constraint.upper} {high}"
                self.add((*path, constraint.key), found, f"{constraint.key} <= {constraint.upper}")
        items = param.get("items")
        if items is not None:
            for constraint in ON_ITEMS:
                if constraint.key in items and items.get("type") not in constraint.item_types:
                    found = f"{constraint.key} on {items['type']} items"
                    self.add((*path, "items", constraint.key), found, constraint.only_on_items)
            for i, value in enumerate(items.get("enum", [])):
                self.check_scalar((*path, "items", "enum", i), items["type"], value, {})
        enum = param.get("enum")
        if enum is not None and kind in BY_KEY["enum"].types:  # on another type, refused above
            for i, value in enumerate(enum):
                self.check_scalar((*path, "enum", i), kind, value, {})
            seen: set[Any] = set()
            for i, value in enumerate(enum):
                if value in seen:
                    self.add((*path, "enum", i), f"{show(value)} twice", "each allowed value once")
                seen.add(value)
        if kind == "file" or (items is not None and items.get("type") == "file"):
            for key in ("default", "enum", "always_send", "relevant_when"):
                if key in param:
                    self.add(
                        (*path, key), f"{key} on a file parameter", "none: a file is given by the caller or left out"
                    )
            if items is not None and "enum" in items:
                self.add((*path, "items", "enum"), "enum on file items", "none")
        if "default" in param:  # on a required parameter too: documented there, never sent for the caller
            self.check_value((*path, "default"), param, param["default"])
        if "example" in param:
            self.check_value((*path, "example"), param, param["example"])
        if param.get("secret"):
            if kind != "string":
                self.add((*path, "secret"), f"secret on a {kind} parameter", "secret only on a string parameter")
            for key in ("default", "enum", "example"):  # each would print the secret in docs and help
                if key in param:
                    self.add((*path, key), f"{key} on a secret parameter", f"no {key} (a secret is the caller's own)")
        if param.get("default_is_placeholder") and "default" not in param:
            self.add(
                (*path, "default_is_placeholder"),
                "default_is_placeholder without a default",
                "a default the provider's page shows, marked as its placeholder",
            )
        if param.get("always_send") and (param.get("required") or "default" not in param):
            kind_found = "required parameter" if param.get("required") else "parameter without a default"
            self.add(
                (*path, "always_send"),
                f"always_send on a {kind_found}",
                "always_send only on an optional parameter with a default (the value sent when the caller gives none)",
            )


def _rate_limit(raw: dict[str, Any] | None) -> ir.RateLimit | None:
    if raw is None:
        return None
    return ir.RateLimit(raw["requests"], float(raw["per_seconds"]), raw.get("scope"))


def _link(raw: dict[str, Any] | None, method: str = "GET") -> ir.Link | None:
    if raw is None:
        return None
    return ir.Link(raw["path"], raw.get("url_field"), raw.get("method", method))


def _condition(raw: dict[str, Any] | None) -> ir.Condition | None:
    return None if raw is None else ir.Condition(raw["parameter"], tuple(raw["values"]))


def _direct_api(raw: dict[str, Any]) -> ir.DirectAPI:
    output = raw.get("output") or {}
    accept = raw.get("accept")
    finish = output.get("finish_reason")
    return ir.DirectAPI(
        name=raw["name"],
        path=raw["path"],
        title=raw.get("title", ""),
        model_field=raw.get("model_field"),
        request_body=raw.get("request_body", "json"),
        multipart_arrays=raw.get("multipart_arrays", "repeat"),
        accept_header=(accept or {}).get("header", "accept"),
        accept=tuple(ir.AcceptChoice(c["name"], c["value"], c["body"]) for c in (accept or {}).get("choices", ())),
        accept_default=None if accept is None else accept["default"],
        outputs=tuple(
            ir.OutputField(f["field"], f.get("encoding", "url"), _condition(f.get("when")))
            for f in output.get("fields", ())
        ),
        seed_field=output.get("seed_field"),
        finish_reason=None
        if finish is None
        else ir.FinishReason(finish.get("header"), finish.get("field"), tuple(finish["filtered"])),
    )


def _api(raw: dict[str, Any]) -> ir.API:
    if raw["protocol"] == "direct":
        return _direct_api(raw)
    status, statuses, output = raw["status"], raw["statuses"], raw["output"]
    hold, delivery, result = raw.get("hold"), raw.get("delivery") or {}, output.get("result") or {}
    return ir.PredictionsAPI(
        name=raw["name"],
        submit_path=raw["submit"]["path"],
        model_header=raw["submit"].get("model_header"),
        input_field=raw["submit"].get("input_field"),
        hold=None if hold is None else ir.Hold(hold["header"], hold["value"], float(hold["max_seconds"])),
        status=ir.Link(status["path"], status.get("url_field"), status.get("method", "GET")),
        statuses=ir.Statuses(
            pending=tuple(statuses["pending"]),
            succeeded=tuple(statuses["succeeded"]),
            failed=tuple(statuses.get("failed", ())),
            canceled=tuple(statuses.get("canceled", ())),
            aborted=tuple(statuses.get("aborted", ())),
        ),
        id_field=status.get("id_field", "id"),
        status_field=status.get("status_field", "status"),
        message_field=status.get("message_field"),
        error_field=status.get("error_field"),
        output_field=output["field"],
        result=_link(output.get("result")),
        cancel=_link(raw.get("cancel"), "POST"),
        delivery_path=delivery.get("path"),
        delivery_retention_hours=delivery.get("retention_hours"),
        status_rate_limit=_rate_limit(raw.get("status_rate_limit")),
        delivery_rate_limit=_rate_limit(delivery.get("rate_limit")),
        title=raw.get("title", ""),
        variables=tuple(
            ir.Variable(name, spec["model_segments"]) for name, spec in sorted((raw.get("variables") or {}).items())
        ),
        output_encoding=output.get("encoding", "url"),
        result_failed_statuses=tuple(result.get("failed_statuses", ())),
        result_canceled_statuses=tuple(result.get("canceled_statuses", ())),
        submit_statuses=_statuses(raw["submit"].get("status_code")),
        submit_answer=_answer(raw["submit"].get("answer")),
        status_answer=_answer(status.get("answer")),
        result_answer=_answer(result.get("answer")),
    )


def _statuses(raw: int | list[int] | None) -> tuple[int, ...]:
    if raw is None:
        return ()
    return (raw,) if isinstance(raw, int) else tuple(raw)


def _answer(raw: dict[str, Any] | None) -> ir.Answer | None:
    if raw is None:
        return None
    return ir.Answer(tuple(raw["properties"].items()), raw.get("source", ""))


def _webhooks(raw: dict[str, Any] | None) -> ir.Webhooks | None:
    if raw is None:
        return None
    return ir.Webhooks(
        scheme=raw["scheme"],
        headers=tuple(sorted(raw["headers"].items())),
        tolerance_seconds=None if raw.get("tolerance_seconds") is None else float(raw["tolerance_seconds"]),
        signature_prefix=raw.get("signature_prefix", ""),
        keys_url=raw.get("keys_url"),
        source=raw["source"],
        request=_webhook_request(raw.get("request")),
    )


def _webhook_request(raw: dict[str, Any] | None) -> ir.WebhookRequest | None:
    if raw is None:
        return None
    events, secret = raw.get("events") or {}, raw.get("secret") or {}
    return ir.WebhookRequest(
        url_in=raw["url"]["in"],
        url_name=raw["url"]["name"],
        events_name=events.get("name"),
        events=tuple(events.get("values", ())),
        secret_name=secret.get("name"),
        source=raw["source"],
    )


def _provider(doc: SpecDocument) -> ir.Provider:
    raw = doc.data
    timeouts = raw.get("timeouts", {})
    body = raw["error_body"]
    headers = raw.get("response_headers", {})
    files = raw.get("files")
    auth = raw["auth"]
    return ir.Provider(
        id=raw["id"],
        title=raw["title"],
        description=raw["description"],
        base_url=raw["base_url"],
        base_url_env=raw.get("base_url_env"),
        auth=ir.Auth(auth["header"], auth["env"], auth.get("scheme"), tuple(auth.get("hosts", ()))),
        apis=tuple(_api(api) for api in raw["apis"]),
        client_name=raw["client"],
        connect_timeout=float(timeouts.get("connect", 10)),
        generate_timeout=float(timeouts.get("generate", 120)),
        other_timeout=float(timeouts.get("other", 30)),
        errors=tuple(
            ir.ErrorCode(
                e["status"],
                e["name"],
                e["title"],
                e["meaning"],
                e["retry"],
                e.get("billed"),
                e.get("source"),
                e.get("body"),
            )
            for e in sorted(raw["errors"], key=lambda e: e["status"])
        ),
        error_message_paths=tuple(body["message"]),
        error_request_id_paths=tuple(body.get("request_id", ())),
        request_id_headers=tuple(body.get("request_id_headers", ())),
        error_body_schema=body.get("schema"),
        documentation=raw.get("documentation"),
        webhooks=_webhooks(raw.get("webhooks")),
        error_code_paths=tuple(body.get("code", ())),
        response_headers=ir.ResponseHeaders(**headers),
        rate_limits=tuple(
            ir.RateLimit(r["requests"], float(r["per_seconds"]), r.get("scope")) for r in raw.get("rate_limits", ())
        ),
        files=None
        if files is None
        else ir.Files(
            files["path"],
            files["field"],
            files.get("url_field", "urls.get"),
            files.get("id_field", "id"),
            files.get("retention_hours"),
        ),
        sources=tuple(raw["sources"]),
        notes=tuple(raw.get("notes", ())),
        source_file=doc.file,
        documents=tuple(
            ir.ProviderDocument(d["url"], d["kind"], tuple(d.get("models", ()))) for d in raw.get("documents", ())
        ),
    )


def _constraints(raw: dict[str, Any], kinds: tuple[Constraint, ...]) -> dict[str, Any]:
    """The IR's fields of `kinds` (an enum as a tuple, () when unset)."""
    return {c.key: tuple(raw.get(c.key, ())) if c.key == "enum" else raw.get(c.key) for c in kinds}


def _parameter(raw: dict[str, Any], python_name: str, uploadable: bool) -> ir.Parameter:
    items = raw.get("items")
    when = raw.get("relevant_when")
    return ir.Parameter(
        wire_name=raw["name"],
        python_name=python_name,
        type=raw["type"],
        description=raw["description"],
        required=bool(raw.get("required", False)),
        has_default="default" in raw,
        default=raw.get("default"),
        items=None if items is None else ir.ItemType(items["type"], **_constraints(items, ON_ITEMS)),
        **_constraints(raw, CONSTRAINTS),
        example=raw.get("example"),
        relevant_when=None if when is None else ir.Condition(when["parameter"], tuple(when["values"])),
        notes=tuple(raw.get("notes", ())),
        uploadable=uploadable,
        always_send=bool(raw.get("always_send", False)),
        secret=bool(raw.get("secret", False)),
        usage=raw.get("usage", ""),
        default_is_placeholder=bool(raw.get("default_is_placeholder", False)),
    )


def _model(doc: SpecDocument, provider: ir.Provider, checker: _ModelChecker) -> ir.Model:
    raw = doc.data
    known = [api.name for api in provider.apis]
    apis = tuple(raw.get("apis", known))
    for i, name in enumerate(apis):
        if name not in known:
            checker.add(("apis", i), show(name), f"the name of an API of provider {provider.id!r} ({', '.join(known)})")
    protocols = {api.protocol for api in provider.apis if api.name in apis}
    if "sync" in raw and "predictions" not in protocols:
        checker.add(("sync",), "sync on a model no predictions API serves", "sync only on models of a predictions API")
    if "path" in raw and "direct" not in protocols:
        checker.add(("path",), "path on a model no direct API serves", "no path: the predictions API names the model")
    for key in ("wire_id", "request_body"):
        if key in raw and protocols != {"direct"}:
            checker.add((key,), f"{key} on a model a predictions API serves", f"{key} only on models of direct APIs")
    served = [api for api in provider.apis if api.name in apis and isinstance(api, ir.DirectAPI)]
    multipart = bool(served) and all(raw.get("request_body", api.request_body) == "multipart" for api in served)
    model_fields = {api.model_field for api in served if api.model_field}
    params: list[ir.Parameter] = []
    by_wire: dict[str, int] = {}
    by_python: dict[str, int] = {}
    raw_params = raw["parameters"]
    for i, param in enumerate(raw_params):
        path: KeyPath = ("parameters", i)
        checker.check_parameter(path, param)
        wire = param["name"]
        if wire in by_wire:
            checker.add(
                (*path, "name"),
                f"parameter {wire!r} a second time (first at parameters[{by_wire[wire]}])",
                "each parameter once",
            )
            continue
        by_wire[wire] = i
        if wire in model_fields:
            checker.add(
                (*path, "name"),
                f"parameter {wire!r}, the body field that names the model (model_field of its API)",
                "no parameter of that name: the client sends the model's id there itself",
            )
        is_file = param["type"] == "file" or param.get("items", {}).get("type") == "file"
        if is_file and not multipart:
            checker.add(
                (*path, "type"),
                "a file parameter on a model whose inputs are sent as JSON",
                "request_body: multipart (on the model or its API), or a url parameter",
            )
        if param.get("secret") and any(raw.get("request_body", api.request_body) == "multipart" for api in served):
            checker.add(
                (*path, "secret"),
                "a secret parameter on a model whose inputs are sent as multipart/form-data",
                "secret parameters on JSON bodies only (the client fills a secret in only when it encodes JSON)",
            )
        python = param.get("python_name") or naming.parameter_name(wire)
        if "python_name" in param and (
            python in naming.reserved_parameters() or keyword.iskeyword(python) or not naming.pydantic_safe(python)
        ):
            checker.add(
                (*path, "python_name"),
                show(python),
                "a name that is not a keyword or one of "
                + ", ".join(sorted(naming.reserved_parameters()))
                + f", does not start with {naming.PYDANTIC_PROTECTED_PREFIX} and is no pydantic BaseModel attribute",
            )
        if python in by_python:
            other = raw_params[by_python[python]]["name"]
            checker.add(
                (*path, "name"),
                f"{wire!r} maps to the Python name {python!r}, as {other!r} does",
                "distinct Python names (set python_name on one of them)",
            )
            continue
        by_python[python] = i
        uploadable = provider.files is not None and (
            param["type"] == "url" or param.get("items", {}).get("type") == "url"
        )
        params.append(_parameter(param, python, uploadable))
    for i, param in enumerate(raw_params):
        when = param.get("relevant_when")
        if when is None:
            continue
        target = next((p for p in raw_params if p["name"] == when["parameter"]), None)
        path = ("parameters", i, "relevant_when", "parameter")
        if target is None or target is param:
            checker.add(path, show(when["parameter"]), "the name of another parameter of this model")
            continue
        for j, value in enumerate(when["values"]):
            checker.check_scalar(("parameters", i, "relevant_when", "values", j), target["type"], value, target)
    segments = raw["id"].count("/") + 1
    for api in provider.apis:
        if api.name not in apis or not isinstance(api, ir.PredictionsAPI):
            continue
        used = {
            name
            for template in (api.submit_path, *(link.path for link in api.links))
            for name in ir.path_names(template)
        }
        for variable in api.variables:
            if variable.name in used and variable.model_segments > segments:
                checker.add(
                    ("id",),
                    f"{raw['id']!r} ({segments} segment{'s' if segments > 1 else ''})",
                    f"an id of at least {variable.model_segments} slash-separated segments: API {api.name!r} "
                    f"fills {{{variable.name}}} with its first {variable.model_segments}",
                )
    if raw["id"] in naming.CLI_COMMANDS:
        checker.add(
            ("id",),
            show(raw["id"]),
            "a model id other than the command line's own commands of a provider ("
            + ", ".join(naming.CLI_COMMANDS)
            + ")",
        )
    module = naming.module_name(raw["id"])
    method = raw.get("method") or naming.method_name(raw["id"])
    if "method" in raw and (method in naming.reserved_methods() or keyword.iskeyword(method)):
        checker.add(
            ("method",), show(method), "a name that is not one of " + ", ".join(sorted(naming.reserved_methods()))
        )
    surfaces = [api.name for api in provider.apis[1:]]  # client.<api name> for every API but the default
    if method in surfaces:
        where, fix = (("method",), "another method") if "method" in raw else (("id",), "a method: for this model")
        checker.add(
            where,
            f"method name {method!r}, the name of API {method!r} of provider {provider.id!r} (client.{method})",
            f"{fix}: a model method must not shadow an API ({', '.join(surfaces)})",
        )
    output = raw["output"]
    cost = raw.get("cost")
    return ir.Model(
        provider_id=provider.id,
        model_id=raw["id"],
        method_name=method,
        module_name=module,
        class_name=naming.class_name(module),
        constant_name=naming.constant_name(module),
        title=raw["title"],
        description=raw["description"],
        path=raw.get("path", ""),
        output=ir.Output(output["media"], output["body"], output.get("documented_as")),
        parameters=tuple(params),
        sync=bool(raw.get("sync", True)),
        apis=apis,
        sources=tuple(raw["sources"]),
        notes=tuple(raw.get("notes", ())),
        cost=None if cost is None else ir.Cost(float(cost["usd"]), cost["per"]),
        latency_seconds=raw.get("latency_seconds"),
        rate_limit=_rate_limit(raw.get("rate_limit")),
        source_file=doc.file,
        deviations=tuple(ir.Deviation(**d) for d in raw.get("deviations", ())),
        wire_id=raw.get("wire_id", ""),
        request_body=raw.get("request_body"),
    )


def _check_provider(doc: SpecDocument) -> list[SpecProblem]:
    problems = []
    raw = doc.data
    seen_status: dict[int, int] = {}
    seen_names: dict[str, int] = {raw["client"] + "Error": -1}
    for i, error in enumerate(raw["errors"]):
        if error["status"] in seen_status:
            problems.append(
                doc.problem(("errors", i, "status"), f"status {error['status']} a second time", "each status once")
            )
        seen_status[error["status"]] = i
        if error["name"] in seen_names:
            problems.append(
                doc.problem(
                    ("errors", i, "name"),
                    f"class name {error['name']!r} a second time",
                    f"distinct names, none equal to {raw['client']}Error",
                )
            )
        seen_names[error["name"]] = i
    if keyword.iskeyword(raw["id"]):
        problems.append(doc.problem(("id",), show(raw["id"]), "a provider id that is not a Python keyword"))
    if raw["id"] in naming.RESERVED_PROVIDER_IDS:
        problems.append(
            doc.problem(
                ("id",),
                show(raw["id"]),
                "a provider id other than " + ", ".join(sorted(naming.RESERVED_PROVIDER_IDS)) + " (the package's "
                "folder and command of its reference pages)",
            )
        )
    reserved = naming.reserved_classes()
    for i, name in [(-1, raw["client"]), *((i, e["name"]) for i, e in enumerate(raw["errors"]))]:
        if name in reserved or f"Async{name}" in reserved:
            path: KeyPath = ("client",) if i < 0 else ("errors", i, "name")
            problems.append(doc.problem(path, show(name), "a class name the generated modules do not already use"))
    seen_apis: dict[str, int] = {}
    for i, api in enumerate(raw["apis"]):
        if api["name"] in seen_apis:
            problems.append(doc.problem(("apis", i, "name"), show(api["name"]), "each API name once"))
        seen_apis[api["name"]] = i
        if i > 0 and (api["name"] in naming.reserved_methods() or keyword.iskeyword(api["name"])):
            problems.append(
                doc.problem(("apis", i, "name"), show(api["name"]), "an attribute name the client does not already use")
            )
        surface = raw["client"] + "".join(part.capitalize() for part in api["name"].split("_"))
        if i > 0 and surface in seen_names:
            problems.append(
                doc.problem(
                    ("apis", i, "name"),
                    f"{show(api['name'])}, whose class {surface!r} is also an error class",
                    "an API name whose class name (client name + API name) no error class has",
                )
            )
        if api["protocol"] == "predictions":
            problems.extend(_check_predictions(doc, i, api))
    problems.extend(_shared_routes(doc))
    problems.extend(_documents(doc))
    problems.extend(_accept_choices(doc))
    request = (raw.get("webhooks") or {}).get("request")
    if request is not None and not any(api["protocol"] == "predictions" for api in raw["apis"]):
        problems.append(
            doc.problem(
                ("webhooks", "request"),
                "a way to pass a webhook on a provider without a predictions API",
                "webhooks.request only where a predictions API submits jobs (a direct call answers at once)",
            )
        )
    return problems


def _documents(doc: SpecDocument) -> list[SpecProblem]:
    """Each document once, each model taken from one document only: `sources refresh` must know where a
    model's facts come from."""
    problems = []
    urls: dict[str, int] = {}
    owners: dict[str, int] = {}
    for i, entry in enumerate(doc.data.get("documents", ())):
        if entry["url"] in urls:
            problems.append(doc.problem(("documents", i, "url"), f"{show(entry['url'])} again", "each document once"))
        urls.setdefault(entry["url"], i)
        for j, model in enumerate(entry.get("models", ())):
            if model in owners and owners[model] != i:
                problems.append(
                    doc.problem(
                        ("documents", i, "models", j),
                        f"{show(model)}, also taken from documents[{owners[model]}]",
                        "each model taken from one document",
                    )
                )
            owners.setdefault(model, i)
    return problems


def _check_predictions(doc: SpecDocument, index: int, api: dict[str, Any]) -> list[SpecProblem]:
    """The names each path uses are known, follow-ups name the prediction, and a failure can be seen."""
    problems: list[SpecProblem] = []
    variables = sorted(api.get("variables") or {})
    used: set[str] = set()
    for key, _method, template in _routes(api):
        follow_up = key[0] != "submit"
        known = ["model", *variables, *(["id"] if follow_up else [])]
        names = ir.path_names(template)
        used.update(names)
        where: KeyPath = ("apis", index, *key)
        for name in names:
            if name not in known:
                what = "the prediction id is not known when submitting" if name == "id" else "an undeclared name"
                problems.append(
                    doc.problem(
                        where,
                        f"{{{name}}} in {template!r} ({what})",
                        "only " + ", ".join(f"{{{n}}}" for n in known) + " (declare others under variables)",
                    )
                )
        if follow_up and "id" not in names:
            problems.append(
                doc.problem(where, f"{template!r} without {{id}}", "a follow-up path naming the prediction: {id}")
            )
        if not follow_up and "?" in template:
            problems.append(doc.problem(where, f"a query in {template!r}", "a query only in follow-up paths"))
    for name in variables:
        if name not in used:
            problems.append(
                doc.problem(
                    ("apis", index, "variables", name), f"variable {name!r} that no path uses", "used variables only"
                )
            )
    delivery = (api.get("delivery") or {}).get("path", "")
    if "?" in delivery or "{" in delivery:
        problems.append(doc.problem(("apis", index, "delivery", "path"), repr(delivery), "a plain path prefix"))
    result = api["output"].get("result") or {}
    if "failed" not in api["statuses"] and "failed_statuses" not in result:
        where = ("apis", index, "output", "result") if result else ("apis", index, "statuses")
        problems.append(
            doc.problem(
                where,
                "no failure word and no result failed_statuses",
                "statuses.failed, or (for a provider that reports a failed job as finished) output.result with "
                "failed_statuses: the HTTP statuses its result answers for a failed job",
            )
        )
    return problems


def _accept_choices(doc: SpecDocument) -> list[SpecProblem]:
    problems = []
    for i, api in enumerate(doc.data["apis"]):
        accept = api.get("accept") if api["protocol"] == "direct" else None
        if accept is None:
            continue
        names = [choice["name"] for choice in accept["choices"]]
        for j, name in enumerate(names):
            if name in names[:j]:
                problems.append(doc.problem(("apis", i, "accept", "choices", j, "name"), show(name), "each name once"))
        if accept["default"] not in names:
            problems.append(
                doc.problem(("apis", i, "accept", "default"), show(accept["default"]), "one of " + ", ".join(names))
            )
    return problems


def _shared_model_paths(
    provider: ir.Provider, group: list[ir.Model], docs: dict[int, SpecDocument]
) -> list[SpecProblem]:
    """Two models of a direct API at one path: only an API with a model_field can tell them apart."""
    problems: list[SpecProblem] = []
    for api in provider.apis:
        if not isinstance(api, ir.DirectAPI) or api.model_field:
            continue
        seen: dict[str, ir.Model] = {}
        # Reported at the spec that sets its own path (else the later id): that is the one to change.
        ordered = sorted(
            (m for m in group if api.name in m.apis), key=lambda m: ("path" in docs[id(m)].data, m.model_id)
        )
        for model in ordered:
            path = api.model_path(model)
            first = seen.setdefault(path, model)
            if first is not model:
                where = ("path",) if "path" in docs[id(model)].data else ("id",)
                problems.append(
                    docs[id(model)].problem(
                        where,
                        f"POST {path} of API {api.name!r}, also the path of model {first.model_id!r}",
                        "a path of its own, or model_field on the API (the body field that names the model)",
                    )
                )
    return problems


def _routes(api: dict[str, Any]) -> list[tuple[KeyPath, str, str]]:
    """(key path, method, path template) of every request an API's spec describes."""
    if api["protocol"] == "direct":
        return [(("path",), "POST", api["path"])]
    found: list[tuple[KeyPath, str, str]] = [(("submit", "path"), "POST", api["submit"]["path"])]
    found.append((("status", "path"), api["status"].get("method", "GET"), api["status"]["path"]))
    result = api["output"].get("result")
    if result is not None:
        found.append((("output", "result", "path"), result.get("method", "GET"), result["path"]))
    if "cancel" in api:
        found.append((("cancel", "path"), api["cancel"].get("method", "POST"), api["cancel"]["path"]))
    return found


def _shared_routes(doc: SpecDocument) -> list[SpecProblem]:
    """Two requests of the provider's APIs at one method and path: neither the export nor the mock could tell
    them apart."""
    problems = []
    seen: dict[tuple[str, str], str] = {}
    for i, api in enumerate(doc.data["apis"]):
        for key, method, path in _routes(api):
            where = f"apis[{i}].{'.'.join(map(str, key))}"
            first = seen.setdefault((method, path.partition("?")[0]), where)
            if first != where:
                problems.append(
                    doc.problem(("apis", i, *key), f"{method} {path}, also at {first}", "a method and path of its own")
                )
    return problems


def _duplicates(provider_id: str, group: list[ir.Model], docs: dict[int, SpecDocument]) -> list[SpecProblem]:
    """Two specs that claim the same model id (or derive the same method or module name): report both,
    each at the key that produced the name: `method` where the spec sets it, else `id`."""
    problems: list[SpecProblem] = []
    reported: set[int] = set()
    for label, attribute in (("model id", "model_id"), ("method name", "method_name"), ("module name", "module_name")):
        by_value: dict[str, list[ir.Model]] = {}
        for model in group:
            by_value.setdefault(getattr(model, attribute), []).append(model)
        for value, clash in sorted(by_value.items()):
            if len(clash) < 2 or all(id(m) in reported for m in clash):
                continue
            for model in clash:
                others = ", ".join(docs[id(o)].file for o in clash if o is not model)
                explicit = attribute == "method_name" and "method" in docs[id(model)].data
                derived = "" if attribute == "model_id" or explicit else f" (derived from id {model.model_id!r})"
                expected = f"a {label} unique within provider {provider_id!r}"
                if derived:
                    fix = "change the id or set method:" if attribute == "method_name" else "change the id"
                    expected += f" (ids that differ only in case or punctuation give the same name: {fix})"
                problems.append(
                    docs[id(model)].problem(
                        ("method",) if explicit else ("id",), f"{label} {value!r}{derived} also in {others}", expected
                    )
                )
                reported.add(id(model))
    return problems


def _submit_clashes(provider: ir.Provider, group: list[ir.Model], docs: dict[int, SpecDocument]) -> list[SpecProblem]:
    """A model whose method name is another model's submit method (`submit_<method>`, on a provider that takes
    webhooks): reported at the model whose name is taken."""
    if provider.webhook_request is None:
        return []
    submits = {f"submit_{model.method_name}": model for model in group}
    problems = []
    for model in group:
        other = submits.get(model.method_name)
        if other is not None:
            explicit = "method" in docs[id(model)].data
            problems.append(
                docs[id(model)].problem(
                    ("method",) if explicit else ("id",),
                    f"method name {model.method_name!r}, the submit method of {other.model_id!r} "
                    f"({docs[id(other)].file})",
                    "a method name no model's submit_<method> takes (set method:)",
                )
            )
    return problems


def _alias_clashes(provider: ir.Provider, group: list[ir.Model], docs: dict[int, SpecDocument]) -> list[SpecProblem]:
    """Two enum parameters whose allowed-values aliases would have one name (`p-image` + `edit_mode` and
    `p-image-edit` + `mode`): reported at each parameter; renumbering one would let a later spec change what an
    existing name means."""
    problems = []
    for name, users in alias_clashes(dataclasses.replace(provider, models=tuple(group))).items():
        if len({model.module_name for model, _ in users}) < 2:
            continue  # specs of one model id (or module), which _duplicates reports
        for model, param in users:
            others = ", ".join(f"{m.model_id}.{p.wire_name}" for m, p in users if p is not param)
            index = next(i for i, p in enumerate(model.parameters) if p is param)
            problems.append(
                docs[id(model)].problem(
                    ("parameters", index, "name"),
                    f"allowed-values type name {name!r} also taken by {others}",
                    "model and parameter names whose PascalCase forms join into a unique name (set python_name:)",
                )
            )
    return problems


def build_project(
    documents: list[SpecDocument],
    declared_providers: frozenset[str] = frozenset(),
    built: dict[int, ir.Model] | None = None,
) -> tuple[ir.Project | None, list[SpecProblem]]:
    """`declared_providers`: ids of provider files that failed an earlier gate, so their models are not
    reported a second time as referring to an unknown provider. `built`: models built before (a cache), by the
    id of their document, which this adds every model it builds to."""
    built = {} if built is None else built
    problems: list[SpecProblem] = []
    providers: dict[str, ir.Provider] = {}
    client_names: dict[str, str] = {}
    for doc in (d for d in documents if d.data["kind"] == "provider"):
        provider_id = doc.data["id"]
        if provider_id in providers:
            problems.append(
                doc.problem(
                    ("id",),
                    f"provider id {provider_id!r} again (also in {providers[provider_id].source_file})",
                    "unique provider ids",
                )
            )
            continue
        if doc.data["client"] in client_names:
            problems.append(
                doc.problem(
                    ("client",),
                    f"client name {doc.data['client']!r} again (also in {client_names[doc.data['client']]})",
                    "unique client names",
                )
            )
        client_names[doc.data["client"]] = doc.file
        problems.extend(_check_provider(doc))
        providers[provider_id] = _provider(doc)

    models: dict[str, list[ir.Model]] = {pid: [] for pid in providers}
    model_docs: dict[int, SpecDocument] = {}
    for doc in (d for d in documents if d.data["kind"] == "model"):
        provider = providers.get(doc.data["provider"])
        if provider is None:
            if doc.data["provider"] in declared_providers:
                continue
            known = ", ".join(repr(p) for p in sorted(providers)) or "none"
            problems.append(doc.problem(("provider",), show(doc.data["provider"]), f"a known provider id ({known})"))
            continue
        model = built.get(id(doc))
        if model is None:
            checker = _ModelChecker(doc)
            model = built[id(doc)] = _model(doc, provider, checker)
            problems.extend(checker.problems)
        models[provider.id].append(model)
        model_docs[id(model)] = doc
    for provider_id, group in models.items():
        problems.extend(_duplicates(provider_id, group, model_docs))
        problems.extend(_submit_clashes(providers[provider_id], group, model_docs))
        problems.extend(_alias_clashes(providers[provider_id], group, model_docs))
        problems.extend(_shared_model_paths(providers[provider_id], group, model_docs))
    if problems:
        return None, problems
    result = tuple(
        with_enum_aliases(
            ir.Provider(**{**provider.__dict__, "models": tuple(sorted(models[pid], key=lambda m: m.model_id))})
        )
        for pid, provider in sorted(providers.items())
    )
    return ir.Project(result), []
