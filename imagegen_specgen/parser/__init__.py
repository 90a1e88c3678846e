"""Stage 1, the parser: spec files -> the checked IR (finding and reading files, YAML, the schema, semantic
checks, Python names)."""
