"""Importable names for the allowed values of enum parameters: `<package>.<provider>.types.AspectRatio`.

One alias per distinct set of values per provider, named from the parameter that uses it, so a value read
from a config file can be typed without copying a Literal. Names are deterministic and never clash.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import ir

# Names the `types` module, the client module and each model's module (which imports its aliases) already use:
# an alias must not shadow them. The client module's own classes are added per provider (see reserved_names).
RESERVED = frozenset(
    {
        "Literal",
        "TypeAlias",
        "Any",
        "Callable",
        "Mapping",
        "Sequence",
        "NOT_GIVEN",
        "NotGiven",
        "FileInput",
        "DEFAULT_ERROR",
        "ERRORS",
        "AsyncClient",
        "SyncClient",
        "BoundAPI",
        "AsyncDirectSurface",
        "SyncDirectSurface",
        "AsyncPredictionsSurface",
        "SyncPredictionsSurface",
        "GenerationResult",
        "PredictionResult",
        "AsyncPredictionResult",
        "PredictionStatus",
        "ModelMethods",
        "TYPE_CHECKING",
        "EndpointInfo",
        "ParamInfo",
        "Condition",
        "RateLimit",
    }
)


def reserved_names(provider: ir.Provider) -> frozenset[str]:
    classes = {provider.base_error_name}
    classes |= {prefix + provider.api_class_name(api) for api in provider.apis for prefix in ("", "Async")}
    return RESERVED | classes


@dataclass(frozen=True)
class EnumAlias:
    name: str
    values: tuple[ir.Scalar, ...]
    used_by: tuple[tuple[str, str], ...]  # (model id, parameter's Python name), in model order

    @property
    def literal(self) -> str:
        return "Literal[" + ", ".join(repr(v) for v in self.values) + "]"


def _allowed(param: ir.Parameter) -> tuple[ir.Scalar, ...]:
    return param.enum or (param.items.enum if param.items is not None else ())


def _key(values: tuple[ir.Scalar, ...]) -> frozenset[tuple[str, ir.Scalar]]:
    # By type as well as value: 1 and True are equal in Python, not in a spec.
    return frozenset((type(v).__name__, v) for v in values)


def pascal(python_name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in python_name.split("_") if part) or "Value"


def _model_stem(model: ir.Model) -> str:
    return model.class_name.removesuffix("Request")


def provider_aliases(provider: ir.Provider) -> tuple[EnumAlias, ...]:
    """The aliases of one provider, sorted by name.

    A parameter name with one set of values across the provider's models gives its PascalCase name
    (`aspect_ratio` -> `AspectRatio`). When the same parameter name has different sets in different models,
    the set most models use keeps the plain name (ties: the first model in id order) and each other set is
    prefixed with the first model that uses it (`PImageEditAspectRatio`).
    """
    # base name -> value-set key -> [(model, param)] in model order
    groups: dict[str, dict[frozenset[tuple[str, ir.Scalar]], list[tuple[ir.Model, ir.Parameter]]]] = {}
    for model in provider.models:
        for param in model.parameters:
            values = _allowed(param)
            if values:
                base = pascal(param.python_name)
                groups.setdefault(base, {}).setdefault(_key(values), []).append((model, param))
    wanted: list[tuple[str, list[tuple[ir.Model, ir.Parameter]]]] = []
    for base, sets in groups.items():
        ranked = sorted(sets.values(), key=lambda users: -len(users))  # stable: ties keep model order
        wanted.append((base, ranked[0]))
        wanted.extend((_model_stem(users[0][0]) + base, users) for users in ranked[1:])
    reserved = reserved_names(provider)
    used: set[str] = set()
    aliases = []
    for name, users in sorted(wanted, key=lambda item: (item[0], item[1][0][0].model_id, item[1][0][1].python_name)):
        base = name + "Value" if name in reserved else name
        unique, number = base, 2
        while unique in used:  # only a contrived spec gets here: two names that differ by their prefix
            unique, number = f"{base}{number}", number + 1
        used.add(unique)
        aliases.append(EnumAlias(unique, _allowed(users[0][1]), tuple((m.model_id, p.python_name) for m, p in users)))
    return tuple(aliases)


def with_enum_aliases(provider: ir.Provider) -> ir.Provider:
    """The provider with each enum parameter naming its alias (so its annotation is the alias)."""
    names = {use: alias.name for alias in provider_aliases(provider) for use in alias.used_by}
    models = tuple(
        replace(
            model,
            parameters=tuple(
                replace(p, enum_alias=names[(model.model_id, p.python_name)]) if _allowed(p) else p
                for p in model.parameters
            ),
        )
        for model in provider.models
    )
    return replace(provider, models=models)


def enum_alias_names(provider: ir.Provider) -> list[str]:
    """The aliases the provider's method signatures use, sorted: what its client module imports."""
    return sorted({p.enum_alias for m in provider.models for p in m.parameters if p.enum_alias})
