"""`{% fragment %}...{% endfragment %}`: a template part rendered once per distinct input, then reused.

A provider file is a header plus one part per model; after a one-spec edit only that model's parts change.
The extension finds, when the template is compiled, every name the body reads from outside itself, and keys
the part on the values of exactly those names (a stable repr of the IR objects), the template's name and
line, the package name and the digest of the generator's code and templates (cache.source_fingerprint), so
a hit is what rendering would give. A template macro the body calls may read only its own arguments (checked
when the template is compiled), so the names the body passes it are all it sees.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.parser import Parser
from jinja2.runtime import Macro

from .cache import Cache, source_fingerprint

# Names a macro body may read besides its arguments: Jinja's own and the environment's functions.
_USES_FRAGMENTS = re.compile(r"{%-?\s*fragment\b")
# Names every fragment's key holds, read or not, so a macro may read them too: the generated package's name.
ALWAYS_KEYED = ("package",)
_JINJA_NAMES = frozenset({"loop", "caller", "varargs", "kwargs", "range", "dict", "lipsum", "cycler", "joiner"})


def _free_names(body: list[nodes.Node], bound: set[str]) -> list[str]:
    """Names the nodes read before assigning them, in first-read order. Conservative: a {% set %} binds only
    the statements after it in the same block, a loop's target and `loop` only the loop's own body."""
    free: list[str] = []

    def names(target: nodes.Node) -> set[str]:
        found = {n.name for n in target.find_all(nodes.Name)}
        return found | {target.name} if isinstance(target, nodes.Name) else found

    def statements(items: list[nodes.Node], outer: set[str]) -> None:
        scope = set(outer)
        for item in items:
            if isinstance(item, nodes.Assign):
                visit(item.node, scope)
                scope |= names(item.target)
            elif isinstance(item, nodes.AssignBlock):
                statements(item.body, scope)
                scope |= names(item.target)
            else:
                visit(item, scope)

    def visit(node: nodes.Node, scope: set[str]) -> None:
        if isinstance(node, nodes.Name):
            if node.ctx == "load" and node.name not in scope and node.name not in free:
                free.append(node.name)
            return
        if isinstance(node, nodes.For):
            visit(node.iter, scope)
            inner = scope | names(node.target) | {"loop"}
            if node.test is not None:
                visit(node.test, inner)
            statements(node.body, inner)
            statements(node.else_, scope)
            return
        if isinstance(node, (nodes.Macro, nodes.CallBlock)):
            inner = scope | {a.name for a in node.args} | {"caller", "varargs", "kwargs"}
            for default in node.defaults:
                visit(default, scope)
            if isinstance(node, nodes.CallBlock):
                visit(node.call, scope)
            statements(node.body, inner)
            return
        for _, value in node.iter_fields():
            if isinstance(value, list):
                if value and all(isinstance(v, nodes.Stmt) for v in value):
                    statements(value, scope)
                else:
                    for v in value:
                        if isinstance(v, nodes.Node):
                            visit(v, scope)
            elif isinstance(value, nodes.Node):
                visit(value, scope)

    statements(body, bound)
    return free


def stable(value: Any) -> str:
    """A repr that is equal exactly when two values render alike: IR objects are frozen dataclasses of text,
    numbers, tuples and dicts; functions and macros stand by their name (their code is in the fingerprint)."""
    if isinstance(value, Macro):
        return f"<macro {value.name}>"
    if callable(value) and not dataclasses.is_dataclass(value):
        return f"<function {getattr(value, '__qualname__', type(value).__qualname__)}>"
    if isinstance(value, (str, int, float, bool, type(None), tuple, list, dict)) or dataclasses.is_dataclass(value):
        text = f"{type(value).__qualname__}:{value!r}"
        if " at 0x" in text:  # an object without a value repr somewhere inside: never a key
            raise TypeError(f"no stable repr for a fragment input: {text[:200]}")
        return text
    raise TypeError(f"no stable repr for a fragment input of type {type(value).__qualname__}")


def stable_digest(value: Any, digests: dict[int, tuple[Any, str]]) -> str:
    """The SHA-256 of stable(value), computed once per IR object (frozen, so its repr cannot change while
    held): a model's repr is made and hashed once per run, not once for every fragment that reads it.
    `digests` holds each object it describes, so no id in it can be reused by another object."""
    known = digests.get(id(value))
    if known is not None and known[0] is value:
        return known[1]
    digest = hashlib.sha256(stable(value).encode()).hexdigest()
    if dataclasses.is_dataclass(value):
        digests[id(value)] = (value, digest)
    return digest


class FragmentExtension(Extension):
    tags = {"fragment"}  # noqa: RUF012 (Jinja declares it a plain set)

    def __init__(self, environment: jinja2.Environment) -> None:
        super().__init__(environment)
        environment.extend(fragment_cache=Cache(None), fragment_digests={})
        self._checking = False

    def parse(self, parser: Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endfragment",), drop_needle=True)
        free = _free_names(body, set())
        if "loop" in free:
            parser.fail("a fragment may not read the enclosing loop's `loop` (its key would miss the position)", lineno)
        # Every name read is resolved when the fragment renders; one the template does not define is left out.
        keyed = [*free, *(n for n in ALWAYS_KEYED if n not in free)]
        values = nodes.Dict([nodes.Pair(nodes.Const(n), nodes.Name(n, "load", lineno=lineno)) for n in keyed])
        call = self.call_method("_render", [nodes.Const(f"{parser.name}:{lineno}"), values])
        return nodes.CallBlock(call, [], [], body).set_lineno(lineno)

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        """When a template with fragments is compiled (a compiled template from the bytecode cache skips this):
        a macro that read a template variable would see a value no key holds, so it is refused."""
        if self._checking or not _USES_FRAGMENTS.search(source):
            return source
        self._checking = True
        try:
            macros = list(self.environment.parse(source, name, filename).find_all(nodes.Macro))
        finally:
            self._checking = False
        allowed = _JINJA_NAMES | set(ALWAYS_KEYED) | set(self.environment.globals) | {m.name for m in macros}
        for macro in macros:
            bound = {arg.name for arg in macro.args} | {"caller", "varargs", "kwargs"}
            reads = set(_free_names(macro.body, bound)) - allowed
            if reads:
                raise jinja2.TemplateSyntaxError(
                    f"macro {macro.name} reads {sorted(reads)} from the template: pass them as arguments",
                    macro.lineno,
                    name,
                    filename,
                )
        return source

    def _render(self, where: str, values: dict[str, Any], caller: Callable[[], str]) -> str:
        store: Cache = self.environment.fragment_cache  # type: ignore[attr-defined]
        if store.root is None:
            return caller()  # the full path renders everything
        digests: dict[int, tuple[Any, str]] = self.environment.fragment_digests  # type: ignore[attr-defined]
        hasher = hashlib.sha256()
        for name, value in values.items():
            if isinstance(value, jinja2.Undefined):
                continue  # not defined outside the fragment: the body cannot read it from there
            hasher.update(f"{name}={stable_digest(value, digests)}\n".encode())
        key = store.key("fragment", f"{source_fingerprint()} {where}", hasher.hexdigest())
        hit = store.get(key)
        if hit is not None:
            return hit
        text = caller()
        store.put(key, text)
        return text
