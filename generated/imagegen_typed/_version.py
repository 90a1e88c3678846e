"""The distribution name and version of this package (as in its pyproject.toml); do not edit."""

__version__ = "0.1.0"
DISTRIBUTION = "imagegen-typed"
