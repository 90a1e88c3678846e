"""The reference pages: a user's page per provider (<package>/docs/<provider>.md) and a maintainers' page
(<package>/docs/maintainers/<provider>.md) with the source notes, deviations and sources of its specs.

Both are inside the package, so an installed client carries them: `python -m <package> docs <provider>` prints
a page, `... docs <provider> <model>` one model's section, which is what every docstring's reference names.

Spec text is data: it reaches Markdown only through `md_text` (escaped prose) or `code` (a code span).
Everything a user reads is in Python spellings: names, types, values (`False`, `None`) and calls.
"""

from __future__ import annotations

import re
import shlex
from typing import Any

import jinja2

from ..contract.samples import example_value
from ..parser import ir
from . import text

USER_PAGE = "{package}/docs/{provider}.md"
MAINTAINERS_PAGE = "{package}/docs/maintainers/{provider}.md"
# Options the command line takes for every model: a parameter with one of these names gets `--param-<name>`.
CLI_RESERVED = frozenset(
    {"--output", "--dry-run", "--base-url", "--timeout", "--max-retries", "--deadline", "--accept", "--quiet"}
)
_OUTPUT_SUFFIX = {"image": "png", "video": "mp4"}

# Every ASCII character that can start or end inline Markdown (emphasis, code, links, HTML, tables,
# strikethrough): escaped with a backslash, so spec text renders as the characters it holds.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~#!])")


def md_text(value: str) -> str:
    """Prose for a Markdown line or table cell: folded to one line, every inline marker escaped."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text.fold(value)).replace("&", "&amp;").replace("<", "&lt;")
    return escaped if escaped.isprintable() else "".join(text._visible(ch) for ch in escaped)


def code(value: str) -> str:
    """A code span holding `value` literally (not for table cells: there a `|` would end the cell)."""
    folded = text.fold(value)
    if not folded.isprintable():
        folded = "".join(text._visible(ch) for ch in folded)
    longest = max((len(run) for run in re.findall(r"`+", folded)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if folded.startswith("`") or folded.endswith("`") else ""  # else the fence would absorb it
    return f"{fence}{pad}{folded}{pad}{fence}"


def python_value(value: Any) -> str:
    """A spec value as Python source: `False`, `None`, `'16:9'`, `[1, 2]`."""
    return text.py(value)


def python_type(param: ir.Parameter) -> str:
    """The type a caller passes, as in the method signature."""
    return param.annotation


def cli_options(model: ir.Model) -> dict[str, str]:
    """Each parameter's command-line option: `--` and its Python name in kebab case; `--param-...` when
    that is one of the call options or already taken (the command line's own rule)."""
    options: dict[str, str] = {}
    taken: set[str] = set()
    for param in model.parameters:
        flag = "--" + param.python_name.strip("_").replace("_", "-")
        if flag in CLI_RESERVED or flag in taken:
            flag = "--param-" + flag[2:]
        taken.add(flag)
        options[param.python_name] = flag
    return options


def example_arguments(model: ir.Model) -> list[tuple[ir.Parameter, Any]]:
    """What the example call passes: each required parameter with a value its spec allows."""
    return [(p, example_value(p)) for p in model.parameters if p.required]


def output_file(model: ir.Model) -> str:
    return f"{model.module_name}.{_OUTPUT_SUFFIX.get(model.output.media, 'bin')}"


def api_surface(provider: ir.Provider, api: ir.API) -> str:
    """Where an API's model methods are: on the client for the default API, else on `client.<api name>`."""
    return "client" if api is provider.default_api else f"client.{api.name}"


def cli_command(provider: ir.Provider, api: ir.API) -> str:
    """The command line's subcommand of an API: the provider id, `<id>-<api name>` for its other APIs."""
    return provider.id if api is provider.default_api else f"{provider.id}-{api.name}"


def _example_api(provider: ir.Provider, model: ir.Model) -> ir.API:
    return provider.default_api if provider.default_api.name in model.apis else provider.api(model.apis[0])


def python_example(provider: ir.Provider, model: ir.Model, package: str) -> str:
    api = _example_api(provider, model)
    arguments = [f"{p.python_name}={python_value(v)}" for p, v in example_arguments(model)]
    call = f"    result = {api_surface(provider, api)}.{model.method_name}("
    one_line = call + ", ".join(arguments) + ")"
    lines = [one_line] if len(one_line) <= 88 else [call, *(f"        {a}," for a in arguments), "    )"]
    return "\n".join(
        (
            f"import {package}",
            "",
            f"with {package}.{provider.client_name}() as client:",
            *lines,
            f"    result.save({python_value(output_file(model))})",
        )
    )


def _cli_words(param: ir.Parameter, flag: str, value: Any) -> list[str]:
    if isinstance(value, bool):  # a switch alone on its line
        return [flag if value else "--no-" + flag[2:]]
    items = value if isinstance(value, (list, tuple)) else [value]
    return [word for item in items for word in (flag, str(item))]  # a list: the option once per item


def cli_example(provider: ir.Provider, model: ir.Model, package: str) -> str:
    """The command line of the Python example: one option (with its value) per line."""
    options = cli_options(model)
    command = cli_command(provider, _example_api(provider, model))
    lines = [" ".join(("python", "-m", package, shlex.quote(command), shlex.quote(model.model_id)))]
    for param, value in example_arguments(model):
        words = _cli_words(param, options[param.python_name], value)
        lines += [" ".join(shlex.quote(w) for w in words[i : i + 2]) for i in range(0, len(words), 2)]
    lines.append("-o " + shlex.quote(output_file(model)))
    return " \\\n    ".join(lines)


def cli_spelling(param: ir.Parameter, model: ir.Model) -> str:
    flag = cli_options(model)[param.python_name]
    return f"{flag} / --no-{flag[2:]}" if param.type == "boolean" else flag


def fenced(source: str, language: str) -> str:
    """A fenced code block whose fence no line of `source` can close."""
    longest = max((len(run) for run in re.findall(r"`{3,}", source)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}{language}\n{source}\n{fence}"


def allowed_values(param: ir.Parameter) -> tuple[ir.Scalar, ...]:
    return param.enum or (param.items.enum if param.items is not None else ())


def model_heading(model: ir.Model) -> str:
    return f"{model.title} ({model.model_id})"


def page_templates(provider: ir.Provider, package: str) -> list[tuple[str, str]]:
    """(page, the template that renders it from `provider` and `package`) of each of a provider's pages."""
    return [
        (USER_PAGE.format(package=package, provider=provider.id), "provider.md.j2"),
        (MAINTAINERS_PAGE.format(package=package, provider=provider.id), "maintainers.md.j2"),
    ]


def docs_command(package: str, provider_id: str, model_id: str = "") -> str:
    """The command that prints a provider's page (or one model's section of it) from the installed package."""
    words = ["python", "-m", package, "docs", provider_id, *([model_id] if model_id else [])]
    return " ".join(shlex.quote(word) for word in words)


def docs_reference(model: ir.Model, package: str) -> str:
    """Where a docstring sends its reader: the model's section of the provider's page, which the installed
    package holds, and the command that prints it."""
    page = USER_PAGE.format(package=package, provider=model.provider_id)
    return f"{docs_command(package, model.provider_id, model.model_id)} ({page}, section {model_heading(model)!r})"


def register(env: jinja2.Environment) -> None:
    env.filters.update(
        mdtext=md_text,
        code=code,
        pyvalue=python_value,
        pytype=python_type,
        allowed_values=allowed_values,
        cli_options=cli_options,
        cli_spelling=cli_spelling,
        model_heading=model_heading,
        docs_reference=docs_reference,
    )
    env.globals.update(
        python_example=python_example,
        cli_example=cli_example,
        fenced=fenced,
        api_surface=api_surface,
        cli_command=cli_command,
        docs_command=docs_command,
    )
