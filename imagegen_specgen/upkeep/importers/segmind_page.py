"""Draft a model spec from the text of one Segmind model API page (segmind.com/models/<slug>/api).

The page reaches us as rendered text: a title, a description, cost and latency, the example request
(numbered code lines), the "API Endpoint" line, the parameter table and the "Response Type" line. The table
comes in several layouts: one field per line, or name, marker, type and description glued together with the
default, range and values of one parameter glued to the name of the next. Facts are read, never guessed:
whatever cannot be mapped is returned as an item naming its line, and a page that is empty, truncated or
not a Segmind API page raises PageError with nothing drafted.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...parser.diagnostics import show

__all__ = ["PageError", "draft_from_page"]

PROVIDER = "segmind"

# Segmind's v1 endpoint has been seen answering with raw image bytes whatever the page's response type says
# (see specs/providers/segmind.yaml), so every draft branches on Content-Type.
BODY_NOTE = (
    'The page says "Returns: {returns}"; Segmind\'s v1 has been seen returning raw image bytes, '
    'so the body is "either" and the client branches on Content-Type.'
)

_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_ENDPOINT_HEADING = re.compile(r"API Endpoint", re.IGNORECASE)
_ENDPOINT_URL = re.compile(
    r"\s*(?:POST\s*)?https://api\.segmind\.com/(?P<version>v\d+)/(?P<slug>[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)"
)
_PARAMETERS_HEADING = re.compile(r"Parameters")
_RESPONSE_HEADING = re.compile(r"Response Type")
# The table ends at the response-type heading, told from prose by the "Returns:" line right after it.
_RESPONSE = re.compile(r"Response Type\s*Returns\s*:[ \t]*(?P<what>[^\n]*)")

_LATENCY = re.compile(r"^~?\s*(?P<seconds>\d+(?:\.\d+)?)\s*s(?:ec(?:ond)?s?)?$")
_PRICE = re.compile(r"^\$\s*(?P<usd>\d+(?:\.\d+)?)\s+per\s+(?P<per>\S.*)$")
_TITLE_SUFFIX = re.compile(r"\s+Serverless API$")

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_NUMBER_RE = re.compile(_NUMBER)
_BOOL_RE = re.compile(r"(?i:true|false)")
_QUOTED_RUN = re.compile(r'(?:[\s,]*"[^"\n]*")+')
_QUOTED = re.compile(r'"([^"\n]*)"')
_VALUES_LINE = re.compile(r'(?:[ \t,]*"[^"\n]*")+[ \t]*')

# A parameter's first line(s): wire name, then "required"/"optional" glued to it or on a later line.
_HEADER = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:[(\[]\s*)?(?P<marker>(?i:required|optional))(?:\s*[)\]])?")
_DEFAULT = re.compile(r"Default\s*:", re.IGNORECASE)
_RANGE = re.compile(r"Range\s*:[ \t]*", re.IGNORECASE)
_RANGE_VALUES = re.compile(
    rf"(?P<low>{_NUMBER})\s*(?:-|–|—|to)\s*(?P<high>{_NUMBER})|\[\s*(?P<low2>{_NUMBER})\s*,\s*(?P<high2>{_NUMBER})\s*\]"
)
_BOUND = re.compile(rf"(?P<which>Min|Max)(?:imum)?(?P<items>\s+items)?\s*:\s*(?P<value>{_NUMBER})", re.IGNORECASE)
_ALLOWED = re.compile(r"Allowed values\s*:?", re.IGNORECASE)
_ATTRIBUTE_WORD = re.compile(r"Default\s*:|Range\s*:|Allowed values|(?:Min|Max)(?:imum)?(?:\s+items)?\s*:", re.I)

# The page's type words, longest first so "integer" wins over "int"; "[]" after one makes an array of it.
_TYPE_WORDS = {
    "string": "string",
    "str": "string",
    "integer": "integer",
    "int": "integer",
    "number": "number",
    "float": "number",
    "double": "number",
    "boolean": "boolean",
    "bool": "boolean",
    "image": "url",
    "url": "url",
    "uri": "url",
    "array": "array",
    "list": "array",
}
_TYPE_WORD = re.compile(
    "(?P<word>" + "|".join(sorted(_TYPE_WORDS, key=len, reverse=True)) + r")(?P<array>\[\])?", re.IGNORECASE
)
_UNKNOWN_TYPE_WORD = re.compile(r"(?P<word>[a-z]+)(?P<array>\[\])?")
# A text parameter whose wire name says it holds URLs is our `url` type (image_url, image_urls, mask_url, ...).
_URL_NAME = re.compile(r"(?:^|_)(?:url|urls|uri|uris)$", re.IGNORECASE)
_HTTP_URL = re.compile(r"^https?://\S+$")
# An unquoted default that says there is none; read as text it would become a wrong default.
_NO_VALUE = {"null", "none", "nil", "undefined", "-", "n/a", "no default"}


class PageError(ValueError):
    """The text is not a complete Segmind API page: nothing is drafted."""

    def __init__(self, what: str, line: int | None = None) -> None:
        self.what = what
        self.line = line
        where = f"line {line}: " if line is not None else ""
        super().__init__(f"not a complete Segmind API page: {where}{what}")


@dataclass
class _Parameter:
    name: str
    line: int
    required: bool
    type: str | None = None
    item_type: str | None = None
    description: str | None = None
    default: Any = None
    has_default: bool = False
    default_line: int = 0
    enum: list[Any] | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    min_items: int | None = None
    max_items: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def value_type(self) -> str | None:
        """The type a single value (default, enum entry) has: the item type for arrays."""
        return self.item_type if self.type == "array" else self.type


class _Text:
    """The page text with the line of every offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos)

    def line_end(self, pos: int, end: int) -> int:
        stop = self.text.find("\n", pos, end)
        return end if stop < 0 else stop


def draft_from_page(
    text: str, *, slug: str | None = None, output_media: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """A draft model spec and the unmapped items ("line N: ...") from the text of a Segmind API page.

    The draft has no source-document entry (URL, version, sha256): the caller adds it. `slug` overrides the
    model id read from the endpoint line; the endpoint path is then kept as `path`. `output_media` is the
    maintainer's answer when the page's response type names no media (recorded in the draft's notes).
    """
    if slug is not None and not _SLUG.match(slug):
        raise ValueError(f"slug {show(slug)} is not a model id (lowercase letters, digits, '.', '_', '-')")
    page = _Text(text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").lstrip("\ufeff"))
    if not page.text.strip():
        raise PageError("the page is empty")
    unmapped: list[str] = []
    last_line = page.line(len(page.text.rstrip()))
    headings = list(_ENDPOINT_HEADING.finditer(page.text))
    if not headings:
        raise PageError(f"no 'API Endpoint' heading anywhere up to the last line ({last_line})")
    # The words may occur in prose too: the heading is the one followed by the endpoint URL.
    found = next(((h, u) for h in headings if (u := _ENDPOINT_URL.match(page.text, h.end())) is not None), None)
    if found is None:
        raise PageError(
            "the 'API Endpoint' heading is not followed by an endpoint https://api.segmind.com/v1/<slug>",
            page.line(headings[0].start()),
        )
    endpoint, url = found
    params_heading = _PARAMETERS_HEADING.search(page.text, url.end())
    if params_heading is None:
        raise PageError(
            f"no 'Parameters' heading after the endpoint line (the page ends at line {last_line})",
            page.line(url.end()),
        )
    response = _RESPONSE.search(page.text, params_heading.end())
    if response is None or not response.group("what").strip():
        heading = _RESPONSE_HEADING.search(page.text, params_heading.end())
        if heading is not None:
            raise PageError("no 'Returns: ...' line after the 'Response Type' heading", page.line(heading.start()))
        raise PageError(
            f"the page ends inside the parameter table at line {last_line}: no 'Response Type' heading (truncated?)",
            page.line(params_heading.start()),
        )
    returns = response.group("what").strip()

    title_line, title, description, cost, latency = _header(page, endpoint.start(), unmapped)
    params = _TableReader(page, params_heading.end(), response.start(), unmapped).read()
    if not params:
        raise PageError("the 'Parameters' section lists no parameter", page.line(params_heading.start()))

    page_slug = url.group("slug")
    draft: dict[str, Any] = {"kind": "model", "provider": PROVIDER, "id": slug or page_slug}
    if url.group("version") != "v1":
        unmapped.append(
            f"line {page.line(url.start('version'))}: the endpoint is /{url.group('version')}/{page_slug}; "
            "only the synchronous /v1/ endpoint is drafted (path not set)"
        )
    elif slug is not None and slug != page_slug:
        draft["path"] = f"/v1/{page_slug}"
    draft["title"] = title
    if description is not None:
        draft["description"] = description
    else:
        unmapped.append(f"line {title_line}: the model has no description line after its title")
    draft["output"], media_chosen = _output(returns, page.line(response.start("what")), unmapped, output_media)
    if cost is not None:
        draft["cost"] = cost
    if latency is not None:
        draft["latency_seconds"] = latency
    example, example_lines = _example(page, endpoint.start(), unmapped)
    draft["parameters"] = [_spec_parameter(p, example, example_lines, unmapped) for p in params]
    by_name = {p.name for p in params}
    for key, line in example_lines.items():
        if key not in by_name:
            unmapped.append(
                f"line {line}: the example request sends {show(key)}, which the parameter table does not list"
            )
    draft["notes"] = [BODY_NOTE.format(returns=returns)]
    if media_chosen:
        draft["notes"].append(
            f"output.media {output_media!r} is the maintainer's choice (--output-media); the page does not state it."
        )
    return draft, sorted(unmapped, key=lambda item: int(item.split(":", 1)[0].removeprefix("line ")))


def _header(
    page: _Text, end: int, unmapped: list[str]
) -> tuple[int, str, str | None, dict[str, Any] | None, int | float | None]:
    """Line and text of the title, description, cost and latency from the lines above the endpoint heading."""
    lines = page.text[:end].split("\n")
    filled = [(i + 1, line.strip()) for i, line in enumerate(lines) if line.strip()]
    if not filled or _is_code(filled, 0):
        raise PageError("no model title before the example code and the 'API Endpoint' heading", page.line(end))
    title_line, title = filled[0]
    title = _TITLE_SUFFIX.sub("", title)
    description: str | None = None
    cost: dict[str, Any] | None = None
    latency: int | float | None = None
    for index in range(1, len(filled)):
        number, line = filled[index]
        if _is_code(filled, index):
            break
        latency_match, price_match = _LATENCY.match(line), _PRICE.match(line)
        seconds = None if latency_match is None else _number(latency_match.group("seconds"))
        usd = None if price_match is None else _number(price_match.group("usd"))
        if latency_match is not None and seconds:
            latency = seconds
        elif price_match is not None and usd is not None:
            cost = {"usd": usd, "per": price_match.group("per").strip()}
        elif description is None and index == 1:
            description = line
        elif line.startswith(("$", "~")) or latency_match or price_match:
            unmapped.append(
                f"line {number}: {show(line)} is neither a price ('$0.01 per generation') nor a latency ('~7.5s')"
            )
    return title_line, title, description, cost, latency


def _is_code(filled: list[tuple[int, str]], index: int) -> bool:
    """Numbered example code starts with a line "1..." followed by a line "2..."."""
    line = filled[index][1]
    return (
        re.match(r"1(?!\d)", line) is not None
        and index + 1 < len(filled)
        and re.match(r"2(?!\d)", filled[index + 1][1]) is not None
    )


def _output(returns: str, line: int, unmapped: list[str], chosen: str | None) -> tuple[dict[str, Any], bool]:
    """The output entry, and whether its media is the maintainer's `chosen` one (the page names none)."""
    output: dict[str, Any] = {}
    word = re.match(r"(image|video)(?:s\b|/[\w.+-]+|\b)", returns, re.IGNORECASE)
    media = None if word is None else word.group(1).lower()
    if media is not None:
        output["media"] = media
    elif chosen is not None:
        output["media"] = chosen
    else:
        unmapped.append(f"line {line}: response type {show(returns)} does not say image or video; output.media not set")
    output["body"] = "either"
    output["documented_as"] = returns
    return output, media is None and chosen is not None


def _example(page: _Text, end: int, unmapped: list[str]) -> tuple[dict[str, Any], dict[str, int]]:
    """The example request's body (`data = {...}` in the numbered code) and the page line of each key."""
    lines = page.text[:end].split("\n")
    starts = (
        (i, re.match(r"\s*(\d+)\s*(?:(?:const|let|var)\s+)?data\s*=\s*\{\s*$", line)) for i, line in enumerate(lines)
    )
    index, start = next(((i, m) for i, m in starts if m is not None), (-1, None))
    if start is None:
        return {}, {}
    number = int(start.group(1))
    body: list[str] = []
    key_lines: dict[str, int] = {}
    for offset, line in enumerate(lines[index + 1 :], start=1):
        prefix = re.match(rf"\s*{number + offset}(?!\d)", line)
        if prefix is None:
            break
        content = line[prefix.end() :]
        if content.strip() == "}":
            try:
                data = json.loads("{" + "\n".join(body) + "}")
            except (ValueError, RecursionError) as error:
                unmapped.append(f"line {index + 1}: the example request body is not JSON ({error}); no examples taken")
                return {}, {}
            return (data, key_lines) if isinstance(data, dict) else ({}, {})
        key = re.match(r'\s*"([^"]+)"\s*:', content)
        if key is not None:
            key_lines.setdefault(key.group(1), index + 1 + offset)
        body.append(content)
    unmapped.append(f"line {index + 1}: the example request body does not end with '}}'; no examples taken")
    return {}, {}


def _number(text: str) -> int | float | None:
    """A page number as int or float; None when it has no usable value (too many digits, infinite)."""
    if re.fullmatch(r"[-+]?\d+", text):
        return int(text) if len(text) <= 30 else None
    value = float(text)
    return value if math.isfinite(value) else None


class _TableReader:
    """Reads the parameter table between the 'Parameters' and 'Response Type' headings."""

    def __init__(self, page: _Text, start: int, end: int, unmapped: list[str]) -> None:
        self.page = page
        self.text = page.text
        self.pos = start
        self.end = end
        self.unmapped = unmapped

    def note(self, pos: int, what: str) -> None:
        self.unmapped.append(f"line {self.page.line(pos)}: {what}")

    def skip_space(self) -> None:
        while self.pos < self.end and self.text[self.pos].isspace():
            self.pos += 1

    def rest_of_line(self) -> str:
        return self.text[self.pos : self.page.line_end(self.pos, self.end)]

    def read(self) -> list[_Parameter]:
        params: list[_Parameter] = []
        seen: set[str] = set()
        self.skip_space()
        while self.pos < self.end:
            header = _HEADER.match(self.text, self.pos, self.end)
            if header is None:
                self.skip_unparsed("text before the first parameter" if not params else "text between parameters")
                continue
            param = self.parameter(header)
            if param is None:
                continue
            if param.name in seen:
                self.unmapped.append(
                    f"line {param.line}: parameter {show(param.name)} is listed a second time; left out"
                )
                continue
            seen.add(param.name)
            params.append(param)
        return params

    def skip_unparsed(self, where: str) -> None:
        """Report the rest of the line as unmapped, stopping where a glued parameter header starts."""
        stop = self.page.line_end(self.pos, self.end)
        glued = _glued_header(self.text, self.pos, stop)
        cut = stop if glued is None else glued
        text = self.text[self.pos : cut].strip()
        if text:
            self.note(self.pos, f"{where} not understood: {show(text)}")
        self.pos = cut
        header = None if glued is None else _HEADER.match(self.text, glued, self.end)
        if header is not None:
            self.note(
                header.start(),
                f"parameter {show(header.group('name'))} follows unparsed text directly; "
                "the first letters of its name may belong to that text",
            )
        self.skip_space()

    def parameter(self, header: re.Match[str]) -> _Parameter | None:
        name = header.group("name")
        param = _Parameter(name, self.page.line(header.start()), header.group("marker").lower() == "required")
        self.pos = header.end()
        self.read_type(param)
        self.read_description(param)
        self.read_attributes(param)
        if param.type is None:
            return None
        return param

    def read_type(self, param: _Parameter) -> None:
        where = f"parameter {show(param.name)}"
        self.skip_space()
        start = self.pos
        known = _TYPE_WORD.match(self.text, self.pos, self.end)
        if known is not None:
            word = known.group("word")
            kind = _TYPE_WORDS[word.lower()]
            self.pos = known.end()
            if known.group("array") or kind == "array":
                param.type = "array"
                item = None if kind == "array" else kind
                if item == "string" and _URL_NAME.search(param.name):
                    item = "url"
                param.item_type = item
                if item is None:
                    self.note(start, f"{where}: type {show(word)} does not say what its items are; parameter left out")
                    param.type = None
            else:
                param.type = "url" if kind == "string" and _URL_NAME.search(param.name) else kind
            return
        unknown = _UNKNOWN_TYPE_WORD.match(self.text, self.pos, self.end)
        if unknown is not None:
            self.pos = unknown.end()
            self.note(start, f"{where}: type {show(unknown.group(0))} not understood; parameter left out")
        else:
            self.note(
                start, f"{where}: no type after {'required' if param.required else 'optional'}; parameter left out"
            )

    def at_attribute(self, param: _Parameter) -> bool:
        if _ATTRIBUTE_WORD.match(self.text, self.pos, self.end):
            return True
        return self.bare_value(param, consume=False) is not None

    def at_header(self) -> bool:
        return _HEADER.match(self.text, self.pos, self.end) is not None

    def read_description(self, param: _Parameter) -> None:
        """The rest of the type's line and the lines after it, up to a value, an attribute or the next parameter."""
        parts = [self.rest_of_line().strip()]
        self.pos = self.page.line_end(self.pos, self.end)
        while True:
            self.skip_space()
            line_end = self.page.line_end(self.pos, self.end)
            if (
                self.pos >= self.end
                or self.at_attribute(param)
                or self.at_header()
                or _glued_header(self.text, self.pos, line_end) is not None
                or _VALUES_LINE.fullmatch(self.text, self.pos, line_end) is not None
            ):
                break
            parts.append(self.rest_of_line().strip())
            self.pos = line_end
        description = " ".join(part for part in parts if part)
        if description:
            param.description = description
        elif param.type is not None:
            self.note(self.pos, f"parameter {show(param.name)} has no description")

    def read_attributes(self, param: _Parameter) -> None:
        where = f"parameter {show(param.name)}"
        while True:
            # Attributes may share a line, separated by commas, semicolons or bars ("Min: 1, Max: 4").
            while self.pos < self.end and (self.text[self.pos].isspace() or self.text[self.pos] in ",;|"):
                self.pos += 1
            if self.pos >= self.end:
                return
            start = self.pos
            if (match := _DEFAULT.match(self.text, self.pos, self.end)) is not None:
                self.pos = match.end()
                self.skip_space()
                value = self.value(param)
                if value is _NOTHING:
                    self.note(start, f"{where}: 'Default:' without a value it can take")
                    if not self.at_header():
                        self.skip_unparsed(f"{where}: default")
                else:
                    self.set_default(param, value, start)
            elif (match := _RANGE.match(self.text, self.pos, self.end)) is not None:
                self.pos = match.end()
                bounds = _RANGE_VALUES.match(self.text, self.pos, self.end)
                if bounds is None:
                    self.skip_unparsed(f"{where}: range")
                else:
                    self.pos = bounds.end()
                    self.set_bound(param, "minimum", bounds.group("low") or bounds.group("low2"), start)
                    self.set_bound(param, "maximum", bounds.group("high") or bounds.group("high2"), start)
            elif (match := _BOUND.match(self.text, self.pos, self.end)) is not None:
                self.pos = match.end()
                if match.group("items"):
                    self.set_count(param, match.group("which").lower(), match.group("value"), start)
                else:
                    key = "minimum" if match.group("which").lower() == "min" else "maximum"
                    self.set_bound(param, key, match.group("value"), start)
            elif (match := _ALLOWED.match(self.text, self.pos, self.end)) is not None:
                self.pos = match.end()
                self.skip_space()
                self.set_enum(param, self.values_list(param), start)
            elif not param.has_default and (bare := self.bare_value(param, consume=True)) is not None:
                # Before the header test: in the glued layout "falseheightoptional..." is the default false and
                # the parameter height (a name starting with true/false after a default-less boolean loses here).
                values, listed = bare
                if len(values) == 1:
                    self.set_default(param, values[0], start)
                elif values[0] in values[1:]:
                    # The glued layout lists the default first, then the allowed values.
                    self.set_default(param, values[0], start)
                    self.set_enum(param, values[1:], start)
                    param.notes.append(
                        f"The page lists {listed[0]} first, apart from the allowed values, as the default."
                    )
                else:
                    self.note(
                        start,
                        f"{where}: values {', '.join(listed)}: the first is not among the others, so it is unclear "
                        "whether it is the default; neither default nor allowed values set",
                    )
            elif self.at_header():
                return
            else:
                self.skip_unparsed(where)

    def bare_value(
        self, param: _Parameter, *, consume: bool, single: bool = False
    ) -> tuple[list[Any], list[str]] | None:
        """A value standing alone (no 'Default:'): quoted strings, true/false, a number or a JSON list.

        A run of quoted strings is read whole unless `single`: the glued layout lists default and values so.
        """
        kind = param.value_type
        text, pos, end = self.text, self.pos, self.end
        # An array's value is a JSON list; quoted words next to one are not understood (they go to unmapped).
        run = None if param.type == "array" else (_QUOTED if single else _QUOTED_RUN).match(text, pos, end)
        if run is not None:
            listed = [f'"{q}"' for q in _QUOTED.findall(run.group(0))]
            values = [_convert(kind, q) for q in _QUOTED.findall(run.group(0))]
            if any(v is _NOTHING for v in values):
                return None
            if consume:
                self.pos = run.end()
            return values, listed
        token: re.Match[str] | None = None
        if kind == "boolean":
            token = _BOOL_RE.match(text, pos, end)
            if token is not None and not _ends_value(text, token.end(), end):
                token = None
        elif kind in ("integer", "number"):
            token = _NUMBER_RE.match(text, pos, end)
            if token is not None and not _ends_value(text, token.end(), end):
                token = None
        if param.type == "array" and text.startswith("[", pos):
            token = re.compile(r"\[[^\n]*?\]").match(text, pos, end)
        if token is None:
            return None
        value = _convert(param.type if param.type == "array" else kind, token.group(0))
        if value is _NOTHING:
            return None
        if consume:
            self.pos = token.end()
        return [value], [token.group(0)]

    def value(self, param: _Parameter) -> Any:
        """The value after 'Default:', typed by the parameter; _NOTHING if there is none it can take."""
        bare = self.bare_value(param, consume=True, single=True)
        if bare is not None:
            return bare[0][0]
        if param.value_type in ("string", "url") and param.type != "array" and not self.at_header():
            line = self.rest_of_line()
            word = _ATTRIBUTE_WORD.search(line)
            text = (line if word is None else line[: word.start()]).strip()
            if text and text.lower() not in _NO_VALUE:
                self.pos += len(line if word is None else line[: word.start()])
                return text
        return _NOTHING

    def values_list(self, param: _Parameter) -> list[Any] | None:
        """Allowed values: quoted ("a""b", one per line or comma separated) or bare, comma separated or one a line."""
        kind = param.value_type
        run = _QUOTED_RUN.match(self.text, self.pos, self.end)
        if run is not None:
            self.pos = run.end()
            raw = _QUOTED.findall(run.group(0))
        else:
            raw = []
            while self.pos < self.end and not self.at_header() and not _ATTRIBUTE_WORD.match(self.text, self.pos):
                line = self.rest_of_line()
                raw.extend(v.strip() for v in re.split(r"[,|]", line) if v.strip())
                self.pos += len(line)
                self.skip_space()
        values = [_convert(kind, v) for v in raw]
        if not raw or any(v is _NOTHING for v in values):
            return None
        return values

    def set_default(self, param: _Parameter, value: Any, pos: int) -> None:
        where = f"parameter {show(param.name)}"
        if param.has_default:
            self.note(pos, f"{where}: a second default {show(value)}; the first, {show(param.default)}, is kept")
        elif param.required:
            self.note(pos, f"{where}: the page shows a default {show(value)} for a required parameter; not set")
        else:
            param.default, param.has_default, param.default_line = value, True, self.page.line(pos)

    def set_bound(self, param: _Parameter, key: str, text: str, pos: int) -> None:
        where = f"parameter {show(param.name)}"
        value = _number(text)
        if param.type not in ("integer", "number") or value is None:
            self.note(pos, f"{where}: {key} {show(text)} on a {param.type} parameter not understood; not set")
        elif param.type == "integer" and not float(value).is_integer():
            self.note(pos, f"{where}: {key} {show(text)} on an integer parameter; not set")
        elif getattr(param, key) is not None:
            self.note(pos, f"{where}: a second {key} {show(text)}; the first, {getattr(param, key)}, is kept")
        else:
            setattr(param, key, int(value) if param.type == "integer" else value)

    def set_count(self, param: _Parameter, which: str, text: str, pos: int) -> None:
        key = "min_items" if which == "min" else "max_items"
        value = _number(text)
        if param.type != "array" or not isinstance(value, int) or value < 0:
            self.note(pos, f"parameter {show(param.name)}: {key} {show(text)} not understood; not set")
        else:
            setattr(param, key, value)

    def set_enum(self, param: _Parameter, values: list[Any] | None, pos: int) -> None:
        where = f"parameter {show(param.name)}"
        if values is None:
            self.note(pos, f"{where}: allowed values not understood as {param.value_type} values; not set")
        elif param.enum is not None:
            self.note(pos, f"{where}: a second list of allowed values; the first is kept")
        elif param.value_type == "boolean":
            if sorted(values) != [False, True]:
                self.note(pos, f"{where}: allowed values {show(values)} on a boolean parameter; not set")
        elif len(set(map(repr, values))) != len(values):
            self.note(pos, f"{where}: allowed values list a value twice: {show(values)}; not set")
        else:
            param.enum = values


_NOTHING: Any = object()


def _ends_value(text: str, pos: int, end: int) -> bool:
    """A bare number or boolean ends at a line end, an attribute word or a glued parameter header."""
    return (
        pos >= end
        or text[pos] in " \t\n,"
        or _ATTRIBUTE_WORD.match(text, pos, end) is not None
        or _HEADER.match(text, pos, end) is not None
    )


def _glued_header(text: str, start: int, stop: int) -> int | None:
    """Where a parameter header glued to unparsed text starts within [start, stop), if anywhere after start."""
    for match in re.finditer(r"(?i:required|optional)", text[start:stop]):
        at = start + match.start()
        if _TYPE_WORD.match(text, start + match.end(), stop) is None:
            continue
        # The name is the identifier run ending at the marker (scanned backwards: a regex search is quadratic).
        begin = at
        while begin > start and (text[begin - 1].isascii() and (text[begin - 1].isalnum() or text[begin - 1] == "_")):
            begin -= 1
        while begin < at and text[begin].isdigit():
            begin += 1
        if start < begin < at:
            return begin
    return None


def _convert(kind: str | None, text: str) -> Any:
    """A page value as the parameter's type; _NOTHING when it is not one."""
    converters: dict[str | None, Callable[[str], Any]] = {
        "string": lambda t: t,
        "url": lambda t: t if _HTTP_URL.match(t) else _NOTHING,
        "integer": lambda t: _number(t.strip()) if re.fullmatch(r"[-+]?\d+", t.strip()) else _NOTHING,
        "number": lambda t: _number(t.strip()) if _NUMBER_RE.fullmatch(t.strip()) else _NOTHING,
        "boolean": lambda t: {"true": True, "false": False}.get(t.strip().lower(), _NOTHING),
        "array": _json_list,
    }
    convert = converters.get(kind)
    value = _NOTHING if convert is None else convert(text)
    return _NOTHING if value is None else value


def _json_list(text: str) -> Any:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return _NOTHING
    return value if isinstance(value, list) else _NOTHING


def _allows(param: _Parameter, value: Any) -> bool:
    """Whether the table allows `value` for the parameter (type, items, values, range)."""
    if param.type == "array":
        if not isinstance(value, list):
            return False
        return all(_scalar_ok(param.item_type, item, param.enum) for item in value)
    if not _scalar_ok(param.type, value, param.enum):
        return False
    low, high = param.minimum, param.maximum
    return not ((low is not None and value < low) or (high is not None and value > high))


def _scalar_ok(kind: str | None, value: Any, enum: list[Any] | None) -> bool:
    ok = {
        "string": isinstance(value, str),
        "url": isinstance(value, str) and _HTTP_URL.match(value) is not None,
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value),
        "boolean": isinstance(value, bool),
    }.get(kind or "", False)
    return ok and (enum is None or value in enum)


def _spec_parameter(
    param: _Parameter, example: dict[str, Any], example_lines: dict[str, int], unmapped: list[str]
) -> dict[str, Any]:
    spec: dict[str, Any] = {"name": param.name, "type": param.type}
    if param.type == "array":
        items: dict[str, Any] = {"type": param.item_type}
        if param.enum is not None:
            items["enum"] = param.enum
        spec["items"] = items
    if param.required:
        spec["required"] = True
    if param.has_default:
        if _allows(param, param.default):
            spec["default"] = param.default
        else:
            unmapped.append(
                f"line {param.default_line}: parameter {show(param.name)}: the default {show(param.default)} "
                "is outside its own allowed values or range; not set"
            )
    if param.enum is not None and param.type != "array":
        spec["enum"] = param.enum
    for key in ("minimum", "maximum", "min_items", "max_items"):
        if getattr(param, key) is not None:
            spec[key] = getattr(param, key)
    if param.minimum is not None and param.maximum is not None and param.minimum > param.maximum:
        unmapped.append(
            f"line {param.line}: parameter {show(param.name)}: range {param.minimum}..{param.maximum} is empty"
        )
    if param.description is not None:
        spec["description"] = param.description
    if param.name in example:
        value = example[param.name]
        if _allows(param, value):
            spec["example"] = value
        else:
            unmapped.append(
                f"line {example_lines[param.name]}: the example request sends {param.name}={show(value)}, which the "
                "parameter table does not allow; not used as its example"
            )
    if param.notes:
        spec["notes"] = list(param.notes)
    return spec
