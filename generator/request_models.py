"""Request models: one JSON Schema holding every model, one in-process datamodel-code-generator call.

Every output-affecting option is set here explicitly so the output does not depend on the machine,
the working directory or a pyproject.toml found on the way (see FIELD-NOTES.md).
"""

from __future__ import annotations

from typing import Any

from . import ir

HEADER = "# Generated from specs/ by `python -m generator generate`; do not edit."


def combined_schema(project: ir.Project) -> dict[str, Any]:
    # Dotted definition names make datamodel-code-generator emit one module per model.
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Root",
        "type": "object",
        "$defs": {model.schema_name: model.request_schema() for model in project.models},
    }


def generate_request_models(project: ir.Project) -> dict[tuple[str, str], str]:
    """(provider id, module name) -> Python source of that model's request model module."""
    if not project.models:
        return {}
    # Imported here: the package is heavy, and only generation needs it.
    import datamodel_code_generator as dcg
    from datamodel_code_generator.enums import DataModelType, InputFileType, StrictTypes
    from datamodel_code_generator.format import PythonVersion
    from datamodel_code_generator.parser import LiteralType

    output = dcg.generate(
        combined_schema(project),
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_310,
        disable_timestamp=True,
        custom_file_header=HEADER,
        use_annotated=True,
        field_constraints=True,
        enum_field_as_literal=LiteralType.All,
        strict_nullable=True,
        use_double_quotes=True,
        keep_model_order=True,
        use_schema_description=False,
        use_field_description=False,
        # Values must be what they claim: no "1" for 1, no 0 for false, no True for 1.0 (JSON Schema agrees).
        strict_types=[StrictTypes.str, StrictTypes.int, StrictTypes.float, StrictTypes.bool],
        extra_fields="forbid",
        # Field names are the IR's Python names (safe from pydantic's protected names); the wire name is the alias.
        aliases={
            f"{m.schema_name}.{p.wire_name}": p.python_name
            for m in project.models
            for p in m.parameters
            if p.python_name != p.wire_name
        },
        formatters=[],
    )
    if isinstance(output, str):  # a single model still comes back as a package here; keep the guard honest
        raise RuntimeError("datamodel-code-generator returned one module; expected one module per model")
    assert output is not None
    modules: dict[tuple[str, str], str] = {}
    wanted = {(m.provider_id, f"{m.module_name}.py") for m in project.models}
    for path, source in output.items():
        if len(path) == 2 and (path[0], path[1]) in wanted:
            modules[(path[0], path[1].removesuffix(".py"))] = source
    missing = wanted - {(p, f"{m}.py") for p, m in modules}
    if missing:
        raise RuntimeError(f"datamodel-code-generator did not emit {sorted(missing)}")
    return modules
