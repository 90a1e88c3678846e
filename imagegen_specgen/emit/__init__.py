"""Stage 2: the IR -> every output file's text (package modules, request models, OpenAPI documents, docs)."""
