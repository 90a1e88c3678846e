"""Stage 1: spec files -> the checked IR (finding and reading files, YAML, the schema, semantic checks, names)."""
