"""The command line: `python -m imagegen_typed PROVIDER MODEL [options]`, one subcommand per model spec.

Run `python -m imagegen_typed --help` for the providers, `python -m imagegen_typed PROVIDER MODEL --help` for a
model's options. Generated from the specs; do not edit.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Each provider's subpackage, its sync client class and its APIs: (client attribute, record, model ids).
PROVIDERS = (
    (
        "bfl",
        "BlackForestLabs",
        (("", "API_FLUX", ["flux-kontext-pro", "flux-pro-1.1", "flux-pro-1.1-ultra"]),),
    ),
    (
        "fal",
        "Fal",
        (("", "API_QUEUE", ["fal-ai/flux-pro/kontext", "fal-ai/flux/schnell"]),),
    ),
    (
        "openai",
        "OpenAIImages",
        (("", "API_IMAGES", ["dall-e-2", "dall-e-3", "gpt-image-1", "gpt-image-1-edit"]),),
    ),
    (
        "pruna",
        "Pruna",
        (
            (
                "",
                "API_P_API",
                [
                    "flux-2-klein-4b",
                    "flux-dev",
                    "flux-dev-lora",
                    "p-image",
                    "p-image-edit",
                    "p-image-edit-lora",
                    "p-image-lora",
                    "p-image-try-on",
                    "p-image-upscale",
                    "p-video",
                    "p-video-animate",
                    "p-video-avatar",
                    "p-video-replace",
                    "qwen-image",
                    "qwen-image-edit-plus",
                    "qwen-image-fast",
                    "vace",
                    "wan-i2v",
                    "wan-image-small",
                    "wan-t2v",
                    "z-image-turbo",
                    "z-image-turbo-lora",
                ],
            ),
        ),
    ),
    (
        "replicate",
        "Replicate",
        (("", "API_HTTP", ["prunaai/p-image", "prunaai/p-image-edit"]),),
    ),
    (
        "segmind",
        "Segmind",
        (
            ("", "API_V1", ["imagen", "imagen-4-fast", "p-image", "p-image-edit"]),
            ("v2", "API_V2", ["imagen", "imagen-4-fast", "p-image", "p-image-edit"]),
        ),
    ),
    (
        "stability",
        "StabilityAI",
        (("", "API_V2BETA", ["core", "ultra"]),),
    ),
)


def main(argv: Sequence[str] | None = None) -> int:
    from ._runtime.cli import main as run  # only here: `import imagegen_typed` does not load the command line

    return run("imagegen_typed", PROVIDERS, argv)


if __name__ == "__main__":
    sys.exit(main())
