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

# Every character YAML (and str.splitlines) reads as a line break ends a line here too: one left inside a title or
# description would not survive the draft's YAML.
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_ENDPOINT_HEADING = re.compile(r"API Endpoint", re.IGNORECASE)
# The endpoint's path may have segments before the model's slug (/v1/models/<slug>): the slug is the last one.
_ENDPOINT_URL = re.compile(
    r"\s*(?:POST\s*)?https://api\.segmind\.com/(?P<version>v\d+)/(?P<segments>(?:[a-z0-9][a-z0-9._-]*/)*)"
    r"(?P<slug>[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)"
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
_ALLOWED = re.compile(r"Allowed values\s*(?:\(\s*(?P<total>\d+)\s*total\s*\))?\s*:?", re.IGNORECASE)
# A list cut short: "+3 more" after the values shown, or a lone ellipsis.
_MORE = re.compile(r"[ \t,|]*(?:\+[ \t]*(?P<more>\d+)[ \t]*more|(?P<ellipsis>\.\.\.|…))", re.IGNORECASE)
_MORE_IN_LINE = re.compile(r"\+[ \t]*\d+[ \t]*more|(?<![^\s,|])(?:\.\.\.|…)(?![^\s,|])", re.IGNORECASE)
_GLUED_DIGITS = re.compile(r"\d{2,12}")  # more digits than that: too many readings to weigh
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
# A format in brackets after the type word: "string (uri)", "string (base64)".
_FORMAT = re.compile(r"[ \t]*\((?P<format>[A-Za-z][A-Za-z0-9_.+-]*)\)")
_URL_FORMATS = frozenset({"uri", "url", "iri"})
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
    glued: tuple[str, int | None, int] | None = None  # allowed values printed without separators: digits, total, pos

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
    page = _Text(_LINE_BREAKS.sub("\n", text.replace("\r\n", "\n")).replace("\u00a0", " ").lstrip("\ufeff"))
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
    page_path = f"/{url.group('version')}/{url.group('segments')}{page_slug}"
    draft: dict[str, Any] = {"kind": "model", "provider": PROVIDER, "id": slug or page_slug}
    path_notes: list[str] = []
    if url.group("version") != "v1":
        unmapped.append(
            f"line {page.line(url.start('version'))}: the endpoint is {page_path}; "
            "only the synchronous /v1/ endpoint is drafted (path not set)"
        )
    elif page_path != f"/v1/{draft['id']}":
        # Not the API's /v1/<id>: the page's own path is kept, and only API v1 is claimed, as the page says
        # nothing of where API v2 would take this model.
        draft["path"] = page_path
        draft["apis"] = ["v1"]
        path_notes.append(
            f"The page documents the endpoint POST {page_path} only; whether API v2 serves this model, and at "
            "which path, it does not say, so the spec lists API v1 alone."
        )
    draft["title"] = title
    draft["description"] = description if description is not None else ""  # the spec format requires the key
    if description is None:
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
    draft["notes"] = [BODY_NOTE.format(returns=returns), *path_notes]
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
        self.doubtful_names: set[int] = set()  # where a name glued to unparsed text starts

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
            self.doubtful_names.add(header.start())
        self.skip_space()

    def parameter(self, header: re.Match[str]) -> _Parameter | None:
        name = header.group("name")
        param = _Parameter(name, self.page.line(header.start()), header.group("marker").lower() == "required")
        if header.start() in self.doubtful_names:
            param.notes.append(
                f"The name is read from text glued to an unreadable line (page line {param.line}); its first letters "
                "may belong to that text: check the name on the page."
            )
        self.pos = header.end()
        self.read_type(param)
        self.read_description(param)
        self.read_attributes(param)
        if param.glued is not None:
            self.resolve_glued(param)
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
            is_url = self.read_format(param, kind, start)
            if known.group("array") or kind == "array":
                param.type = "array"
                item = None if kind == "array" else kind
                if item == "string" and (is_url or _URL_NAME.search(param.name)):
                    item = "url"
                param.item_type = item
                if item is None:
                    self.note(start, f"{where}: type {show(word)} does not say what its items are; parameter left out")
                    param.type = None
            else:
                param.type = "url" if kind == "string" and (is_url or _URL_NAME.search(param.name)) else kind
            return
        unknown = _UNKNOWN_TYPE_WORD.match(self.text, self.pos, self.end)
        if unknown is not None:
            self.pos = unknown.end()
            self.note(start, f"{where}: type {show(unknown.group(0))} not understood; parameter left out")
        else:
            self.note(
                start, f"{where}: no type after {'required' if param.required else 'optional'}; parameter left out"
            )

    def read_format(self, param: _Parameter, kind: str, start: int) -> bool:
        """The format after a type word, if any: whether it makes a text value a URL. Any other format is a note
        (the spec format has no key for it), never part of the description."""
        found = _FORMAT.match(self.text, self.pos, self.end)
        if found is None:
            return False
        self.pos = found.end()
        name = found.group("format")
        if name.lower() in _URL_FORMATS and kind == "string":
            return True
        self.note(start, f"parameter {show(param.name)}: format {show(name)} not represented (kept as {kind})")
        value = "text" if kind == "string" else f"a {kind}"
        param.notes.append(f"The page gives the format {name!r}, which the spec cannot state; the value is {value}.")
        return False

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
                self.read_allowed(param, None if match.group("total") is None else int(match.group("total")), start)
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

    def values_list(self, param: _Parameter) -> tuple[list[Any] | None, list[str], bool]:
        """Allowed values: quoted ("a""b", one per line or comma separated) or bare, comma separated or one a line;
        with the text of each and whether they were bare. Reading stops at a "+3 more" that cuts the list short."""
        kind = param.value_type
        run = _QUOTED_RUN.match(self.text, self.pos, self.end)
        if run is not None:
            self.pos = run.end()
            raw = _QUOTED.findall(run.group(0))
        else:
            raw = []
            while self.pos < self.end and not self.at_header() and not _ATTRIBUTE_WORD.match(self.text, self.pos):
                line = self.rest_of_line()
                more = _MORE_IN_LINE.search(line)
                part = line if more is None else line[: more.start()]
                raw.extend(v.strip() for v in re.split(r"[,|]", part) if v.strip())
                self.pos += len(part)
                if more is not None:
                    break
                self.skip_space()
        values = [_convert(kind, v) for v in raw]
        if not raw or any(v is _NOTHING for v in values):
            return None, raw, run is None
        return values, raw, run is None

    def read_allowed(self, param: _Parameter, total: int | None, start: int) -> None:
        """The values after 'Allowed values': all of them, or a list the page cuts short (recorded, not enforced),
        or integers printed without separators (read only when one reading fits what else the page says)."""
        where = f"parameter {show(param.name)}"
        values, raw, bare = self.values_list(param)
        more = _MORE.match(self.text, self.pos, self.end)
        if more is not None:
            self.pos = more.end()
        if bare and len(raw) == 1 and param.value_type in ("integer", "number") and _GLUED_DIGITS.fullmatch(raw[0]):
            if more is None and param.enum is None and param.glued is None:
                param.glued = (raw[0], total, start)
                return
        hidden = None if more is None or more.group("more") is None else int(more.group("more"))
        if total is None and hidden is not None:
            total = len(raw) + hidden
        if values is None or (more is None and (total is None or total == len(values))):
            self.set_enum(param, values, start)
            return
        of = f"{len(values)} of {total}" if total is not None else f"{len(values)} of more"
        shown = ", ".join(show(v) for v in values)
        self.note(start, f"{where}: the page shows {of} allowed values ({shown}); the list is partial, not enforced")
        param.notes.append(
            f"The page shows only {of} allowed values ({shown}); the others are not listed, so the spec "
            "states no allowed values (the client does not check them)."
        )

    def resolve_glued(self, param: _Parameter) -> None:
        """Integers printed glued ("248"): the allowed values only when exactly one way of cutting the digits
        gives distinct values that fit the page's count, range and default; otherwise marked, not set."""
        assert param.glued is not None
        digits, total, pos = param.glued
        fits = [
            reading
            for reading in _readings(digits)
            if len(set(reading)) == len(reading)
            and (total is None or len(reading) == total)
            and all(
                (param.minimum is None or v >= param.minimum) and (param.maximum is None or v <= param.maximum)
                for v in reading
            )
            and (not param.has_default or param.default in reading)
        ]
        if len(fits) == 1:
            self.set_enum(param, list(fits[0]), pos)
            param.notes.append(
                f"The page prints the allowed values without separators ({digits!r}); "
                f"{', '.join(map(str, fits[0]))} is the only reading that fits its count, range and default."
            )
            return
        readings = "; ".join(", ".join(map(str, r)) for r in fits[:4]) + ("; ..." if len(fits) > 4 else "")
        self.note(
            pos,
            f"parameter {show(param.name)}: allowed values printed without separators ({digits!r}) can be read "
            f"{len(fits)} ways ({readings or 'none fits the page'}); not set",
        )
        param.notes.append(
            f"The page prints the allowed values without separators ({digits!r}), which can be cut into values in "
            "more than one way (or none fits); the spec states no allowed values."
        )

    def set_default(self, param: _Parameter, value: Any, pos: int) -> None:
        where = f"parameter {show(param.name)}"
        if param.has_default:
            self.note(pos, f"{where}: a second default {show(value)}; the first, {show(param.default)}, is kept")
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


def _readings(digits: str) -> list[tuple[int, ...]]:
    """Every way of cutting a run of digits into whole numbers written without leading zeros."""
    if not digits:
        return [()]
    found: list[tuple[int, ...]] = []
    for cut in range(1, len(digits) + 1):
        head = digits[:cut]
        if len(head) > 1 and head[0] == "0":
            break
        found.extend((int(head), *rest) for rest in _readings(digits[cut:]))
    return found


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
    # The spec format requires a description; a page without one gets an empty one (and an unmapped line).
    spec["description"] = param.description if param.description is not None else ""
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
