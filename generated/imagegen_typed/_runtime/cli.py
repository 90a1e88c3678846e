"""The command line: one subcommand per provider and model, built from the generated endpoint records.

    python -m imagegen_typed PROVIDER MODEL --prompt "a red fox" --aspect-ratio 1:1 -o fox.png
    python -m imagegen_typed PROVIDER-API MODEL --prompt "a red fox" --dry-run

Each model's options come from its request model's JSON Schema (type, allowed values, range, description)
and its parameter records (the provider's default, uploads, conditions), so a new spec gets its subcommand with
no code change. A provider's other APIs are subcommands of their own (`<provider>-<api>`). Only the options
given are passed on; arguments go through the same validation as the typed methods, so errors read the same.
Imported only by `__main__`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .credentials import REDACTED, Secret
from .endpoints import AcceptChoice, DirectInfo, EndpointInfo, ParamInfo, PredictionsInfo, ProviderInfo
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ContentFilteredError,
    InvalidParameterError,
    MissingAPIKeyError,
    PredictionError,
    ResponseParseError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .results import PredictionStatus

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_PROVIDER = 3
EXIT_TIMEOUT = 4
EXIT_CONNECTION = 5
EXIT_INTERRUPTED = 130
EXIT_CODES = (
    (EXIT_OK, "success"),
    (EXIT_OTHER, "any other error (for example the output file could not be written)"),
    (EXIT_USAGE, "invalid arguments or a missing API key; nothing was sent"),
    (
        EXIT_PROVIDER,
        "the provider answered with an error, a failed prediction, a filtered output or an unreadable response",
    ),
    (EXIT_TIMEOUT, "a request timed out or the wait passed its --deadline"),
    (EXIT_CONNECTION, "the provider could not be reached"),
)
_SCALAR_TYPES: dict[str, Callable[[str], object]] = {"integer": int, "number": float}
_METAVARS = {"string": "TEXT", "integer": "INT", "number": "NUMBER", "url": "URL"}
_DEFAULTS_NOTE = (
    "A default is what the provider applies when the option is not given; only the options you give are sent."
)


@dataclass(frozen=True)
class ProviderEntry:
    """One API of a provider as the command line sees it: its records and where its client class lives."""

    name: str  # the subcommand: the provider id, or "<id>-<api>" for a provider's other APIs
    module: str  # the provider's subpackage, e.g. "imagegen_typed.<provider id>"
    client: str  # the sync client class in it (the spec's `client`)
    attribute: str  # "" for the default API, else the client's attribute that holds this API
    info: ProviderInfo
    api: DirectInfo | PredictionsInfo
    endpoints: tuple[EndpointInfo, ...]

    @property
    def predictions(self) -> bool:
        return isinstance(self.api, PredictionsInfo)

    def surface(self, client: Any) -> Any:
        return getattr(client, self.attribute) if self.attribute else client


@dataclass(frozen=True)
class Option:
    """What the command line shows of one parameter: its JSON Schema facts plus its record."""

    param: ParamInfo
    type: str  # string, integer, number, boolean, url or array
    item_type: str | None
    required: bool
    enum: tuple[object, ...]
    minimum: float | None
    maximum: float | None
    description: str


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and epilogs as written; option help wrapped without breaking `--option-names`."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


class _UsageError(Exception):
    """A command line the parser accepted but that cannot run (exit 2)."""


ProviderList = Sequence[tuple[str, str, Sequence[tuple[str, str, Sequence[str]]]]]


def load(package: str, providers: ProviderList) -> list[ProviderEntry]:
    """The records of each (subpackage, client class, APIs) of `package`, from its generated `_endpoints`.

    Each API is (client attribute, record constant, model ids); the first is the default API.
    """
    entries = []
    for name, client, apis in providers:
        records = importlib.import_module(f"{package}.{name}._endpoints")
        by_id = {endpoint.model_id: endpoint for endpoint in records.ENDPOINTS}
        for attribute, constant, model_ids in apis:
            entries.append(
                ProviderEntry(
                    name=f"{name}-{attribute}" if attribute else name,
                    module=f"{package}.{name}",
                    client=client,
                    attribute=attribute,
                    info=records.PROVIDER,
                    api=getattr(records, constant),
                    endpoints=tuple(by_id[model_id] for model_id in model_ids),
                )
            )
    return entries


def main(package: str, providers: ProviderList, argv: Sequence[str] | None = None) -> int:
    """Run one command line and return its exit code (see EXIT_CODES); errors are printed, not raised."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    launcher = os.path.basename(sys.argv[0]) if argv is None else ""
    prog = launcher if launcher and launcher != "__main__.py" else f"python -m {package}"
    entries = load(package, providers)
    parser = build_parser(prog, entries, selected=args_list[:2])
    try:
        args, unknown = parser.parse_known_args(args_list)
        if unknown:  # reported by the (sub)command that was given, with its usage and the closest option
            command: argparse.ArgumentParser = getattr(args, "command_parser", None) or parser
            command.error(f"unrecognized arguments: {' '.join(unknown)}{did_you_mean(command, unknown)}")
    except SystemExit as stop:  # argparse has printed the help or a usage error
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    if args.provider == DOCS_COMMAND:
        return _docs(package, entries, args)
    entry: ProviderEntry = args.entry
    command = args.command_parser
    try:
        if args.job is not None:
            return _job(entry, args)
        endpoint: EndpointInfo = args.endpoint
        values = {param.name: getattr(args, _dest(i)) for i, param in enumerate(endpoint.params)}
        given = {name: value for name, value in values.items() if value is not None}
        if args.dry_run:
            return _dry_run(entry, endpoint, given)
        if args.output is None:
            raise _UsageError("-o FILE is required to save the output (or use --dry-run to send nothing)")
        return _call(entry, endpoint, given, args)
    except _UsageError as error:
        command.print_usage(sys.stderr)
        print(f"{command.prog}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{command.prog}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # every failure becomes one line and an exit code, never a traceback
        print(f"{command.prog}: error: {describe(error, entry, args.top_prog)}", file=sys.stderr)
        return exit_code(error)


def did_you_mean(parser: argparse.ArgumentParser, unknown: Sequence[str]) -> str:
    """`; did you mean --aspect-ratio?` for the first unknown option close to one of the parser's, else ''."""
    import difflib

    known = [name for action in parser._actions for name in action.option_strings if name.startswith("--")]
    for word in unknown:
        if not word.startswith("-"):
            continue
        name = word.split("=", 1)[0]
        spelled = "--" + name.lstrip("-").replace("_", "-").lower()  # --aspect_ratio, -aspect-ratio, --Seed
        close = [spelled] if spelled in known else difflib.get_close_matches(spelled, known, n=1, cutoff=0.6)
        if close:
            return f"; did you mean {close[0]}?"
    return ""


def exit_code(error: BaseException) -> int:
    """The exit code for an error raised by a call (see EXIT_CODES)."""
    if isinstance(error, (InvalidParameterError, MissingAPIKeyError)):
        return EXIT_USAGE
    if isinstance(error, (APITimeoutError, WaitTimeoutError)):
        return EXIT_TIMEOUT
    if isinstance(error, APIConnectionError):
        return EXIT_CONNECTION
    if isinstance(error, (APIStatusError, ResponseParseError, ContentFilteredError, PredictionError)):
        return EXIT_PROVIDER
    return EXIT_OTHER


def describe(error: BaseException, entry: ProviderEntry | None = None, prog: str = "") -> str:
    """One line: the error's class (for the provider's and network errors) and its message, in the command
    line's terms: where to set the key, and which command resumes a prediction the error left running."""
    text = " ".join(str(error).split()) or type(error).__name__
    if isinstance(error, MissingAPIKeyError) and entry is not None:
        info = entry.info
        return f"no API key for {info.title}: set the {info.api_key_env} environment variable (never an option)"
    if isinstance(error, (InvalidParameterError, MissingAPIKeyError)):
        return text
    prediction_id = getattr(error, "prediction_id", None)
    if prediction_id and entry is not None and entry.predictions:
        commands = f"{prog} {entry.name} wait {prediction_id} -o FILE"
        if _can_cancel(entry):
            commands += f"`, or cancel it: `{prog} {entry.name} cancel {prediction_id}"
        text = text.replace(f"client.predictions.wait({prediction_id!r})", f"`{commands}`")
    return f"{type(error).__name__}: {text}"


# -- the parser ---------------------------------------------------------------------------------------------


def build_parser(
    prog: str, entries: Sequence[ProviderEntry], *, selected: Sequence[str] = ()
) -> argparse.ArgumentParser:
    """Providers and their models as nested subcommands; options are added for the `selected` [provider, model]
    only, so a package of many models builds one model's options per run."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Generate images and videos with the providers' models; options are checked before "
        "anything is sent.",
        epilog=_exit_codes_text() + "\n\n" + _keys_text(entries),
        formatter_class=_Formatter,
    )
    providers = parser.add_subparsers(dest="provider", metavar="PROVIDER", required=True)
    _add_docs_command(providers, entries)
    for entry in entries:
        info = entry.info
        title = info.title + (f", {entry.attribute} API" if entry.attribute else "")
        jobs = (
            " A submitted prediction is in reach by its id: "
            + ", ".join(f"{name} ID" for name in _job_names(entry))
            + "."
            if entry.predictions
            else ""
        )
        provider_parser = providers.add_parser(
            entry.name,
            help=_escape(title),
            description=_escape(_wrap(f"{title} models. The API key comes from {info.api_key_env}.{jobs}")),
            epilog=_exit_codes_text(),
            formatter_class=_Formatter,
        )
        metavar = "MODEL|COMMAND" if entry.predictions else "MODEL"
        models = provider_parser.add_subparsers(dest="model", metavar=metavar, required=True)
        for endpoint in entry.endpoints:
            model_parser = models.add_parser(
                endpoint.model_id,
                help=_escape(_model_summary(endpoint)),
                description=_escape(_model_description(endpoint)),
                epilog=_escape(_DEFAULTS_NOTE) + "\n\n" + _exit_codes_text(),
                formatter_class=_Formatter,
            )
            model_parser.set_defaults(entry=entry, endpoint=endpoint, command_parser=model_parser, job=None)
            if list(selected) == [entry.name, endpoint.model_id]:
                _add_options(model_parser, entry, endpoint)
        if entry.predictions:
            _add_job_commands(models, entry, provider_parser.prog)
    parser.set_defaults(top_prog=prog)
    return parser


def options(entry: ProviderEntry, endpoint: EndpointInfo) -> list[Option]:
    """Each parameter's facts, read from the model's request model (the one place that states them)."""
    schema = request_model(entry, endpoint).model_json_schema()
    properties, required = schema.get("properties", {}), set(schema.get("required", ()))
    defs = schema.get("$defs", {})
    return [_option(param, properties.get(param.wire, {}), param.wire in required, defs) for param in endpoint.params]


def request_model(entry: ProviderEntry, endpoint: EndpointInfo) -> type[BaseModel]:
    """The request model the typed method validates with (found by calling it on a probe, sending nothing)."""
    model, _ = _typed_call_arguments(entry, endpoint, {p.name: None for p in endpoint.params})
    return model


def _option(param: ParamInfo, schema: Mapping[str, Any], required: bool, defs: Mapping[str, Any]) -> Option:
    schema = _concrete(schema, defs)
    kind = _kind(schema)
    item = _concrete(schema.get("items", {}), defs) if kind == "array" else schema
    return Option(
        param=param,
        type=kind,
        item_type=_kind(item) if kind == "array" else None,
        required=required,
        enum=tuple(item.get("enum", ())),
        minimum=item.get("minimum", item.get("exclusiveMinimum")),
        maximum=item.get("maximum", item.get("exclusiveMaximum")),
        description=str(schema.get("description", "")),
    )


def _concrete(schema: Mapping[str, Any], defs: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema itself: an optional field's anyOf [the type, null] is the type; a $ref is what it names."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        schema = {**defs.get(ref.removeprefix("#/$defs/"), {}), **{k: v for k, v in schema.items() if k != "$ref"}}
    for choice in schema.get("anyOf", ()):
        if choice.get("type") != "null":
            merged = {**choice, **{k: v for k, v in schema.items() if k != "anyOf"}}
            return _concrete(merged, defs)
    return schema


def _kind(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if kind == "string" and str(schema.get("pattern", "")).startswith("^https?://"):
        return "url"
    if kind is None and "enum" in schema:
        values = schema["enum"]
        kind = {bool: "boolean", int: "integer", float: "number"}.get(type(values[0]), "string") if values else "string"
    return str(kind or "string")


def _add_options(parser: argparse.ArgumentParser, entry: ProviderEntry, endpoint: EndpointInfo) -> None:
    group = parser.add_argument_group("model options")
    taken: set[str] = set()
    for index, option in enumerate(options(entry, endpoint)):
        flag = option_name(option.param)
        if flag in _RESERVED or flag in taken:
            flag = "--param-" + flag[2:]
        taken.add(flag)
        help_text = _escape(parameter_help(option, endpoint))
        if option.type == "boolean":
            group.add_argument(flag, dest=_dest(index), action=argparse.BooleanOptionalAction, help=help_text)
            continue
        kind = option.item_type if option.type == "array" and option.item_type else option.type
        group.add_argument(
            flag,
            dest=_dest(index),
            type=_SCALAR_TYPES.get(kind, str),
            action="append" if option.type == "array" else "store",
            metavar=_metavar(option, kind),
            required=option.required,
            help=help_text,
        )
    calls = parser.add_argument_group("call options")
    calls.add_argument("-o", "--output", metavar="FILE|DIR/", help=_OUTPUT_HELP + "; required unless --dry-run")
    calls.add_argument(
        "--dry-run",
        action="store_true",
        help="print the validated request body and the documented cost and latency; send nothing",
    )
    calls.add_argument("--base-url", metavar="URL", help=_escape(_base_url_help(entry.info)))
    calls.add_argument("--timeout", type=float, metavar="SECONDS", help="timeout of each request")
    calls.add_argument("--max-retries", type=int, metavar="N", help="retries of a failed request (default: 2)")
    if entry.predictions:
        calls.add_argument(
            "--deadline", type=float, metavar="SECONDS", help="give up waiting for the prediction after SECONDS"
        )
    accept = _accept_choices(entry)
    if accept:
        calls.add_argument(
            "--accept",
            choices=[choice.name for choice in accept],
            help=_escape(
                f"the answer to ask for (default: {accept[0].name}): "
                + "; ".join(f"{c.name}: {'the media itself' if c.body == 'bytes' else 'JSON'}" for c in accept)
            ),
        )
    calls.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")


def _accept_choices(entry: ProviderEntry) -> tuple[AcceptChoice, ...]:
    return entry.api.accept if isinstance(entry.api, DirectInfo) else ()


_RESERVED = frozenset(
    {"--output", "--dry-run", "--base-url", "--timeout", "--max-retries", "--deadline", "--accept", "--quiet"}
)

# -- a submitted prediction, by its id: wait, status, cancel -------------------------------------------------

JOB_COMMANDS = ("wait", "status", "cancel")  # the generator refuses these as model ids


def _can_cancel(entry: ProviderEntry) -> bool:
    api = entry.api
    return isinstance(api, PredictionsInfo) and bool(api.cancel_path or api.cancel_url_field)


def _job_names(entry: ProviderEntry) -> list[str]:
    return [name for name in JOB_COMMANDS if name != "cancel" or _can_cancel(entry)]


def _add_job_commands(commands: Any, entry: ProviderEntry, prefix: str) -> None:
    what = {
        "wait": "wait for a submitted prediction and save its output (a --deadline that ran out, or a run interrupted)",
        "status": "show a prediction's status, without waiting",
        "cancel": "cancel a prediction that is still running",
    }
    for name in _job_names(entry):
        example = f"{prefix} {name} PREDICTION_ID" + (" -o out.png" if name == "wait" else "")
        job = commands.add_parser(
            name,
            help=what[name],
            description=_wrap(what[name][:1].upper() + what[name][1:] + "."),
            epilog=_escape(f"example:\n  {example}") + "\n\n" + _exit_codes_text(),
            formatter_class=_Formatter,
        )
        job.add_argument("id", metavar="PREDICTION_ID", help="the prediction's id, as the call or its error printed it")
        if name == "wait":
            job.add_argument("-o", "--output", metavar="FILE|DIR/", required=True, help=_OUTPUT_HELP)
            job.add_argument("--deadline", type=float, metavar="SECONDS", help="give up waiting after SECONDS")
            job.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
        job.add_argument("--base-url", metavar="URL", help=_escape(_base_url_help(entry.info)))
        job.add_argument("--timeout", type=float, metavar="SECONDS", help="timeout of each request")
        job.add_argument("--max-retries", type=int, metavar="N", help="retries of a failed request (default: 2)")
        job.set_defaults(entry=entry, job=name, command_parser=job)


_OUTPUT_HELP = (
    "save the output to FILE; to DIR/ or a name without extension, named by the output's media type "
    "(a FILE whose extension does not match gets a warning)"
)


def option_name(param: ParamInfo) -> str:
    """The option of a parameter: its Python name in kebab case (`aspect_ratio` -> `--aspect-ratio`)."""
    return "--" + param.name.strip("_").replace("_", "-")


def _dest(index: int) -> str:
    return f"param_{index}"


def _metavar(option: Option, kind: str) -> str:
    if option.param.file is not None:
        return "FILE"
    if option.enum:
        return "VALUE"
    if kind == "url" and option.param.upload is not None:
        return "URL|FILE"
    return _METAVARS.get(kind, "VALUE")


def parameter_help(option: Option, endpoint: EndpointInfo) -> str:
    """What an option's help says: description, allowed values, range, the provider's default, conditions."""
    param = option.param
    parts = [option.description.strip().rstrip(".") + "."] if option.description.strip() else []
    each = "each " if option.type == "array" else ""
    if option.enum:
        parts.append(f"Allowed{' for ' + each.strip() if each else ''}: {', '.join(_show(v) for v in option.enum)}.")
    if option.minimum is not None or option.maximum is not None:
        low = "" if option.minimum is None else _show(option.minimum)
        high = "" if option.maximum is None else _show(option.maximum)
        span = f"{low} to {high}" if low and high else (f">= {low}" if low else f"<= {high}")
        parts.append(f"Range{' of ' + each.strip() if each else ''}: {span}.")
    kind = option.item_type if option.type == "array" else option.type
    if param.file is not None:
        parts.append("A local file (its path), sent with the request.")
    elif kind == "url":
        parts.append("A URL or a local file (uploaded first)." if param.upload else "An http(s) URL.")
    if option.type == "array":
        parts.append("Repeat the option for each item.")
    if option.required:
        parts.append("Required.")
    elif param.has_default:
        parts.append(f"Default: {_show_default(option)}.")
    condition = param.relevant_when
    if condition is not None:
        other = next((p for p in endpoint.params if p.wire == condition.parameter), None)
        name = option_name(other) if other is not None else condition.parameter
        parts.append(f"Only used when {name} is {' or '.join(_show(v) for v in condition.values)}.")
    return " ".join(parts)


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _show_default(option: Option) -> str:
    param = option.param
    if option.type == "boolean" and isinstance(param.default, bool):
        return option_name(param) if param.default else "--no-" + option_name(param)[2:]
    if isinstance(param.default, (list, tuple)):
        return ", ".join(_show(v) for v in param.default) or "none"
    return _show(param.default)


def _escape(text: str) -> str:
    """argparse formats help with %-style placeholders: a literal % in spec text must be doubled."""
    return text.replace("%", "%%")


def _model_summary(endpoint: EndpointInfo) -> str:
    facts = _facts(endpoint)
    return endpoint.title + (f" ({facts})" if facts else "")


def _model_description(endpoint: EndpointInfo) -> str:
    facts = _facts(endpoint)
    text = _wrap(f"{endpoint.title} ({endpoint.model_id})")
    return text + (f"\n\nDocumented: {facts}." if facts else "")


def _facts(endpoint: EndpointInfo) -> str:
    facts = []
    if endpoint.latency_seconds is not None:
        facts.append(f"~{endpoint.latency_seconds:g} s")
    if endpoint.cost_usd is not None:
        facts.append(f"${endpoint.cost_usd:g} per {endpoint.cost_per or 'call'}")
    return ", ".join(facts)


def _exit_codes_text() -> str:
    return "exit codes:\n" + "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES)


def _keys_text(entries: Sequence[ProviderEntry]) -> str:
    keys = {entry.info.api_key_env: entry.info.title for entry in entries}  # one per provider, not per API
    listed = ", ".join(f"{env} ({title})" for env, title in keys.items())
    return f"API keys come from the environment, never from an option: {listed}."


def _base_url_help(info: ProviderInfo) -> str:
    source = f"{info.base_url_env}, else " if info.base_url_env else ""
    return f"the API's base URL (default: {source}{info.base_url})"


# -- the reference pages ------------------------------------------------------------------------------------

DOCS_COMMAND = "docs"  # also the package's folder of pages; the generator refuses a provider of this id


def _add_docs_command(commands: Any, entries: Sequence[ProviderEntry]) -> None:
    ids = sorted({entry.info.id for entry in entries})
    example = next((entry for entry in entries if entry.endpoints), None)
    docs = commands.add_parser(
        DOCS_COMMAND,
        help="print a provider's reference page, or one model's section of it",
        description=_wrap(
            "The reference pages the package carries: every model with its parameters, allowed values, defaults "
            "and examples. Each method's docstring names the section this prints."
        ),
        formatter_class=_Formatter,
    )
    lines = [("", "list the pages")]
    if example is not None:
        lines += [
            (example.info.id, "a provider's page"),
            (f"{example.info.id} {example.endpoints[0].model_id}", "one model's section"),
            (f"{example.info.id} --maintainers", "where its facts come from"),
        ]
    width = max(len(words) for words, _ in lines)
    docs.epilog = _escape("examples:\n" + "\n".join(f"  {docs.prog} {words:<{width}}  {what}" for words, what in lines))
    docs.add_argument("page", nargs="?", metavar="PROVIDER", choices=ids, help="the provider: " + ", ".join(ids))
    docs.add_argument("model", nargs="?", metavar="MODEL", help="a model id: print only its section")
    docs.add_argument(
        "--maintainers", action="store_true", help="the maintainers' page instead: sources, notes and deviations"
    )
    docs.add_argument("--path", action="store_true", help="print where the page is instead of the page")
    docs.set_defaults(docs_prog=docs.prog)


def _wrap(text: str) -> str:
    import shutil
    import textwrap

    return textwrap.fill(text, max(shutil.get_terminal_size().columns - 2, 40))  # as argparse wraps option help


def reference_page(package: str, provider_id: str, *, maintainers: bool = False) -> Any:
    """The reference page of a provider inside the installed package (an importlib.resources Traversable)."""
    from importlib.resources import files

    folder = files(package).joinpath(DOCS_COMMAND)
    return (folder.joinpath("maintainers") if maintainers else folder).joinpath(f"{provider_id}.md")


def model_section(page: str, model_id: str) -> str | None:
    """The part of a provider's page about one model: from its heading to the next section, or None."""
    lines = page.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(("### ", "## "))]
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(lines)
        section = lines[start:end]
        if any(line.removeprefix("- ").startswith(f"Model id: `{model_id}`") for line in section):
            while section and (not section[-1].strip() or section[-1].startswith("<a id=")):
                section.pop()
            return "\n".join(section) + "\n"
    return None


def _docs(package: str, entries: Sequence[ProviderEntry], args: argparse.Namespace) -> int:
    parser_prog: str = args.docs_prog
    if args.page is None:
        seen: dict[str, str] = {}
        for entry in entries:
            seen.setdefault(entry.info.id, entry.info.title)
        for provider_id, title in seen.items():
            print(f"{provider_id:<16} {title}: {reference_page(package, provider_id)}")
        return EXIT_OK
    page = reference_page(package, args.page, maintainers=args.maintainers)
    if args.path:
        print(page)
        return EXIT_OK
    try:
        text = page.read_text(encoding="utf-8")
    except OSError as error:
        print(f"{parser_prog}: error: cannot read {page}: {error.strerror or error}", file=sys.stderr)
        return EXIT_OTHER
    if args.model is not None:
        section = model_section(text, args.model)
        if section is None:
            models = sorted({e.model_id for entry in entries if entry.info.id == args.page for e in entry.endpoints})
            print(
                f"{parser_prog}: error: no model {args.model!r} on {args.page}'s page; its models: {', '.join(models)}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        text = section
    sys.stdout.write(text)
    return EXIT_OK


# -- running ------------------------------------------------------------------------------------------------


def _dry_run(entry: ProviderEntry, endpoint: EndpointInfo, given: Mapping[str, object]) -> int:
    """Validate as the typed method does and print the body; no client is built, so no key is needed."""
    body = _checked_body(entry, endpoint, given)
    print(json.dumps(body, indent=2, ensure_ascii=False, default=_shown))
    api = entry.api
    if isinstance(api, DirectInfo) and api.body_of(endpoint) == "multipart":
        print("(sent as multipart/form-data: each value a form field, each file a file part)", file=sys.stderr)
    cost = f"${endpoint.cost_usd:g} per {endpoint.cost_per or 'call'}" if endpoint.cost_usd is not None else None
    latency = f"~{endpoint.latency_seconds:g} s" if endpoint.latency_seconds is not None else None
    print(
        f"dry run of {entry.name} {endpoint.model_id}, nothing was sent. "
        f"Documented cost: {cost or 'not documented'}; documented latency: {latency or 'not documented'}.",
        file=sys.stderr,
    )
    return EXIT_OK


def _checked_body(entry: ProviderEntry, endpoint: EndpointInfo, given: Mapping[str, object]) -> dict[str, Any]:
    """The body a call would send (local files shown as markers), after the typed method's checks and a check
    that each local file exists; InvalidParameterError otherwise. Sends nothing."""
    from .validation import PendingUpload, validate, with_uploaded

    info = entry.info
    model, values = _typed_call_arguments(entry, endpoint, given)
    # The same rule as the predictions flow: local files only where the provider takes uploads.
    upload_host = info.title if info.files is not None else None
    validated = validate(endpoint, model, values, upload_host=upload_host)
    names = {param.wire: param.name for param in endpoint.params}
    problems: list[str] = []

    def marked(pending: PendingUpload, how: str) -> str:
        path = os.fspath(pending.file) if isinstance(pending.file, (str, os.PathLike)) else "?"
        label = names[pending.wire] + (f"[{pending.index}]" if pending.index is not None else "")
        if not Path(path).is_file():
            problems.append(f"{label}={path!r} cannot be read: no such file")
        return f"<local file {path}, {how}>"

    markers = [marked(pending, "uploaded before sending") for pending in validated.uploads]
    files = [marked(pending, "sent as a file part") for pending in validated.files]
    if problems:
        raise InvalidParameterError(problems)
    # Files go with the request itself, as file parts: shown where their placeholders are.
    body: dict[str, Any] = with_uploaded(
        with_uploaded(validated.body, validated.uploads, markers), validated.files, files
    )
    api = entry.api
    if isinstance(api, PredictionsInfo) and api.input_field:
        body = {api.input_field: body}  # as the predictions flow sends it
    if isinstance(api, DirectInfo) and api.model_field:
        body = {api.model_field: endpoint.sent_id, **body}  # as the direct flow sends it
    return body


def _shown(value: object) -> str:
    """A secret argument in a dry run's body: sent in clear only to the provider, so shown redacted."""
    if isinstance(value, Secret):
        return REDACTED
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


class _Gathered(Exception):
    def __init__(self, model: type[BaseModel], values: Mapping[str, object]) -> None:
        self.model = model
        self.values = values


def _typed_call_arguments(
    entry: ProviderEntry, endpoint: EndpointInfo, given: Mapping[str, object]
) -> tuple[type[BaseModel], Mapping[str, object]]:
    """The request model and values the typed method hands to `_generate` for `given`, without sending.

    Calling the typed method itself (on a client with no session) keeps the dry run on the path of a
    real call: what it passes for the options not given is what a real call would validate and send.
    """

    def gather(
        self: object, endpoint: EndpointInfo, model: type[BaseModel], values: Mapping[str, object], **_: object
    ) -> Any:
        raise _Gathered(model, values)

    client_class = getattr(importlib.import_module(entry.module), entry.client)
    surface_class = type(entry.surface(object.__new__(client_class))) if entry.attribute else client_class
    probe: Any = object.__new__(type("DryRun", (surface_class,), {"_generate": gather}))
    try:
        getattr(probe, endpoint.method)(**given)
    except _Gathered as gathered:
        return gathered.model, gathered.values
    raise AssertionError(f"{entry.client}.{endpoint.method} did not call _generate")


def _call(entry: ProviderEntry, endpoint: EndpointInfo, given: Mapping[str, object], args: argparse.Namespace) -> int:
    _check_output(args.output)
    _checked_body(entry, endpoint, given)  # a bad argument or a missing file fails here, before "sending"
    note = _notes(args.quiet)
    options = _call_options(args)
    if getattr(args, "accept", None) is not None:
        options["accept"] = args.accept
    seen: list[str] = []  # prediction ids reported, so an interrupted wait can say which job runs on
    if entry.predictions:
        if args.deadline is not None:
            options["deadline"] = args.deadline
        options["on_progress"] = _progress(note, seen)
    with _client(entry, args) as client:  # a missing key fails here, before "sending"
        expected = f" (documented ~{endpoint.latency_seconds:g} s)" if endpoint.latency_seconds is not None else ""
        note(f"{entry.name} {endpoint.model_id}: sending{expected}")
        try:
            result = getattr(entry.surface(client), endpoint.method)(**given, **options)
        except KeyboardInterrupt:
            if seen:
                print(f"prediction {seen[-1]} may still finish on the server", file=sys.stderr)
                print(f"resume with: {args.top_prog} {entry.name} wait {seen[-1]} -o FILE", file=sys.stderr)
            raise
        _save(result, args.output, endpoint.model_id, f"{entry.name} {endpoint.model_id}", note)
    return EXIT_OK


def _job(entry: ProviderEntry, args: argparse.Namespace) -> int:
    """`wait ID`, `status ID` or `cancel ID`: a prediction submitted earlier, by its id."""
    if args.job == "wait":
        _check_output(args.output)
    note = _notes(getattr(args, "quiet", False))
    options = _call_options(args)
    with _client(entry, args) as client:
        predictions = entry.surface(client).predictions
        if args.job == "status":
            print(json.dumps(_status_record(predictions.status(args.id, **options)), ensure_ascii=False))
            return EXIT_OK
        if args.job == "cancel":
            status = predictions.cancel(args.id, **options)
            record = _status_record(status) if status is not None else {"id": args.id, "cancel": "sent"}
            print(json.dumps(record, ensure_ascii=False))
            return EXIT_OK
        if args.deadline is not None:
            options["deadline"] = args.deadline
        note(f"{entry.name}: waiting for prediction {args.id}")
        result = predictions.wait(args.id, on_progress=_progress(note, []), **options)
        _save(result, args.output, args.id, f"{entry.name} prediction {args.id}", note)
    return EXIT_OK


def _status_record(status: PredictionStatus) -> dict[str, Any]:
    output = status.output
    if isinstance(output, str) and output.startswith("data:"):
        output = f"<data: URI, {len(output)} characters>"
    record = {"id": status.id, "status": status.status, "phase": status.phase}
    record.update({key: value for key, value in (("message", status.message), ("error", status.error)) if value})
    if output is not None:
        record["output"] = output
    return record


def _check_output(argument: str) -> None:
    from .outputs import wants_name

    folder = Path(argument) if wants_name(argument) and argument.endswith(("/", os.sep)) else Path(argument).parent
    if not folder.is_dir():
        raise _UsageError(f"cannot write -o {argument}: no directory {str(folder)!r}")


def _notes(quiet: bool) -> Callable[[str], None]:
    started = time.monotonic()

    def note(text: str) -> None:
        if not quiet:
            print(f"[{time.monotonic() - started:5.1f} s] {text}", file=sys.stderr)

    return note


def _call_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    return options


def _client(entry: ProviderEntry, args: argparse.Namespace) -> Any:
    client_class = getattr(importlib.import_module(entry.module), entry.client)
    return client_class(base_url=args.base_url)


def _save(result: Any, argument: str, stem: str, what: str, note: Callable[[str], None]) -> None:
    """Save a finished call's output where -o says; a generation already paid for says where it is on failure."""
    from .outputs import save

    where = getattr(result, "output_url", None) or getattr(result, "request_id", None)
    try:
        saved, warning = save(result.save, argument, stem.replace("/", "_"))
    except Exception:
        if where:  # the generation is paid for: say where it is before giving up
            print(f"{what}: generated ({where}) but not saved", file=sys.stderr)
        raise
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    note(f"saved {saved} ({saved.stat().st_size} bytes)")
    print(saved)


def _progress(note: Callable[[str], None], ids: list[str]) -> Callable[[PredictionStatus], None]:
    """An on_progress callback that reports each change of status once and records the prediction's id."""
    last: list[str] = []

    def report(status: PredictionStatus) -> None:
        if status.id and status.id not in ids:
            ids.append(status.id)
        if last and last[-1] == status.status:  # the runtime reports changes only; a resumed wait may repeat one
            return
        last.append(status.status)
        detail = f" ({status.message})" if status.message else ""
        note(f"prediction {status.id or '(sync)'}: {status.status}{detail}")

    return report
