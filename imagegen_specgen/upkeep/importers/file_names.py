"""The file name a draft spec is written to, derived from ids the spec format accepts and never a path.

A model id comes from a provider's document: `x/../../..` would lead outside the folder, `a/b` into a
subfolder, a newline into a broken name, `My Model!` to a draft the format then refuses. So both ids are
checked against the spec format's own patterns first, and every `/` of a model id (owner/name) becomes `-`:
`fal-ai/flux/schnell` of provider `fal` is written to `fal-fal-ai-flux-schnell.yaml`.
"""

from __future__ import annotations

import json
import re
from functools import cache

from ...parser.diagnostics import show
from ...parser.schema import bundled_schema

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*\.yaml$")


@cache
def _id_rules() -> tuple[re.Pattern[str], int, re.Pattern[str]]:
    """(model id pattern, its maximum length, provider id pattern), as the bundled spec format states them."""
    defs = json.loads(bundled_schema().read_text(encoding="utf-8"))["$defs"]
    model, provider = defs["id"], defs["provider"]["properties"]["id"]
    return re.compile(model["pattern"]), int(model.get("maxLength", 200)), re.compile(provider["pattern"])


def provider_problem(provider: object) -> str | None:
    """Why `provider` is not a provider id the spec format accepts, or None."""
    pattern = _id_rules()[2]
    if isinstance(provider, str) and pattern.fullmatch(provider):
        return None
    return f"provider id {show(provider)}: expected {pattern.pattern} (the spec format's provider ids)"


def model_id_problem(model_id: object) -> str | None:
    """Why `model_id` is not a model id the spec format accepts, or None."""
    pattern, max_length, _ = _id_rules()
    if isinstance(model_id, str) and pattern.fullmatch(model_id) and len(model_id) <= max_length:
        return None
    expected = f"{pattern.pattern}, at most {max_length} characters (the spec format's model ids)"
    return f"model id {show(model_id)}: expected {expected}"


def spec_file_name(provider: str, model_id: str) -> str:
    """`<provider>-<model id with / as ->.yaml`; ValueError naming the id when the spec format refuses it."""
    problem = provider_problem(provider) or model_id_problem(model_id)
    if problem is not None:
        raise ValueError(problem)
    name = f"{provider}-{model_id.replace('/', '-')}.yaml"
    if not _NAME.fullmatch(name):  # the patterns allow no other name; kept true should they change
        raise ValueError(f"model id {show(model_id)}: makes the file name {show(name)}, not a plain file name")
    return name
