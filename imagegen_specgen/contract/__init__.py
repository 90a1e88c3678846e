"""The contract tests: their cases and facts from the IR, and the checks they ship with (support.py)."""
