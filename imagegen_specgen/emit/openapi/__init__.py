"""The OpenAPI export: document.py builds one document per provider (documents.py adds one per model of an API that
names its models in a header) from the pieces in parts.py and one module per protocol (`direct`, `predictions`), each
offering `paths(provider, api, names, schemas)` (the API's operations, adding its schemas), `tag_description(api)`,
`extra_tags(api)` and `limits(provider, api)` (what the document cannot say). document.EXPORTS maps the IR's
protocol name to its module.
"""
