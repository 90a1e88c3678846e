"""Help of the tool's commands (the generator, the maintainers' commands, the mock): prose wrapped to the terminal,
example blocks kept line by line."""

from __future__ import annotations

import argparse
import textwrap


class Formatter(argparse.HelpFormatter):
    """A paragraph whose lines after the first are indented (`example:` and its commands) is kept as written;
    any other paragraph of a description or epilog is wrapped, as argparse wraps option help."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        paragraphs = []
        for block in text.split("\n\n"):
            lines = block.splitlines()
            if len(lines) > 1 and all(line.startswith("  ") for line in lines[1:]):
                paragraphs.append("\n".join(indent + line for line in lines))
            else:
                paragraphs.append(
                    textwrap.fill(" ".join(block.split()), width, initial_indent=indent, subsequent_indent=indent)
                )
        return "\n\n".join(paragraphs)
