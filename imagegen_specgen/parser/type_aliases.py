"""Importable names for the allowed values of enum parameters: `<package>.<provider>.types.PImageAspectRatio`.

One alias per enum parameter of each model, named from the model and the parameter (`p-image`'s `aspect_ratio`:
`PImageAspectRatio`), so a value read from a config file can be typed without copying a Literal. A name depends
only on its own model and parameter: adding or changing another spec never gives an existing name another
meaning (a name shared by values of several models would). Two parameters that would get one name are a spec
error (build.py), never a silent renumbering.
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
        "Prediction",
        "Unpack",
        "TypedDict",
        "Webhook",
        "WebhookEvent",
        "RequestOptions",
        "PredictionOptions",
        "SubmitOptions",
        "DirectOptions",
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
    classes |= {name for name, _ in provider.accept_options}  # the options TypedDicts of the `types` module
    return RESERVED | classes


@dataclass(frozen=True)
class EnumAlias:
    name: str
    values: tuple[ir.Scalar, ...]
    used_by: tuple[tuple[str, str], ...]  # (model id, parameter's Python name)

    @property
    def literal(self) -> str:
        return "Literal[" + ", ".join(repr(v) for v in self.values) + "]"


def allowed(param: ir.Parameter) -> tuple[ir.Scalar, ...]:
    return param.enum or (param.items.enum if param.items is not None else ())


def pascal(python_name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in python_name.split("_") if part) or "Value"


def _model_stem(model: ir.Model) -> str:
    return model.class_name.removesuffix("Request")


def alias_name(provider: ir.Provider, model: ir.Model, param: ir.Parameter) -> str:
    """The alias of one enum parameter: the model's class stem and the parameter in PascalCase, with `Value`
    appended when that is a name the provider's modules already use."""
    name = _model_stem(model) + pascal(param.python_name)
    return name + "Value" if name in reserved_names(provider) else name


def alias_clashes(provider: ir.Provider) -> dict[str, list[tuple[ir.Model, ir.Parameter]]]:
    """Alias names that two enum parameters of the provider would take, with the parameters that take them."""
    users: dict[str, list[tuple[ir.Model, ir.Parameter]]] = {}
    for model in provider.models:
        for param in model.parameters:
            if allowed(param):
                users.setdefault(alias_name(provider, model, param), []).append((model, param))
    return {name: found for name, found in sorted(users.items()) if len(found) > 1}


def provider_aliases(provider: ir.Provider) -> tuple[EnumAlias, ...]:
    """The aliases of one provider, sorted by name (names are unique once build.py has refused clashes)."""
    aliases = [
        EnumAlias(alias_name(provider, model, param), allowed(param), ((model.model_id, param.python_name),))
        for model in provider.models
        for param in model.parameters
        if allowed(param)
    ]
    return tuple(sorted(aliases, key=lambda alias: alias.name))


def with_enum_aliases(provider: ir.Provider) -> ir.Provider:
    """The provider with each enum parameter naming its alias (so its annotation is the alias)."""
    models = tuple(
        replace(
            model,
            parameters=tuple(
                replace(p, enum_alias=alias_name(provider, model, p)) if allowed(p) else p for p in model.parameters
            ),
        )
        for model in provider.models
    )
    return replace(provider, models=models)


def enum_alias_names(provider: ir.Provider) -> list[str]:
    """The aliases the provider's method signatures use, sorted: what its client module imports."""
    return sorted({p.enum_alias for m in provider.models for p in m.parameters if p.enum_alias})
