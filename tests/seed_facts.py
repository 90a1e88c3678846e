"""The seeds' parameter tables, transcribed by hand from ../shared/seeds/ and kept apart from specs/.

The OpenAPI test checks the generated documents against these, so a spec that drifts from its
source document is caught even when the generator faithfully renders the drifted spec.
Each entry: wire name -> (JSON type, required, minimum, maximum, enum or None, default or MISSING).
"""

from __future__ import annotations

from typing import Any

MISSING: Any = object()  # the seed documents no default
UNSTATED: Any = object()  # the seed only shows the parameter in an example: nothing to check beyond presence

SEGMIND_ASPECTS = ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"]

SEED_FACTS: dict[tuple[str, str], dict[str, tuple[str, bool, Any, Any, Any, Any]]] = {
    # seed 000: Segmind p-image
    ("segmind", "p-image"): {
        "prompt": ("string", True, None, None, None, MISSING),
        "aspect_ratio": ("string", False, None, None, SEGMIND_ASPECTS, "16:9"),
        "disable_safety_checker": ("boolean", False, None, None, None, False),
        "height": ("integer", False, 256, 1440, None, 576),
        "seed": ("integer", False, -1, 999999999999999, None, 42),
        "width": ("integer", False, 256, 1440, None, 1024),
    },
    # seed 001: Segmind p-image-edit
    ("segmind", "p-image-edit"): {
        "image_urls": ("array", True, None, None, None, MISSING),
        "prompt": ("string", True, None, None, None, MISSING),
        "aspect_ratio": (
            "string",
            False,
            None,
            None,
            ["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"],
            "match_input_image",
        ),
        "disable_safety_checker": ("boolean", False, None, None, None, False),
        "seed": ("integer", False, -1, 999999999999999, None, 42),
    },
    # seed 002: Segmind imagen-4-fast
    ("segmind", "imagen-4-fast"): {
        "prompt": ("string", True, None, None, None, MISSING),
        "width": ("integer", False, 256, 1024, None, 512),
        "height": ("integer", False, 256, 1024, None, 512),
        "steps": ("integer", False, 1, 100, None, 25),
        "guidance_scale": ("number", False, 1, 20, None, 7.5),
        "negative_prompt": ("string", False, None, None, None, MISSING),
        "scheduler": (
            "string",
            False,
            None,
            None,
            ["DDIM", "PNDM", "LMSDiscrete", "DPMSolverMultistep", "EulerAncestralDiscrete"],
            "DDIM",
        ),
        "seed": ("integer", False, -1, 2147483647, None, -1),
    },
    # seed 004: Segmind imagen (Imagen 3)
    ("segmind", "imagen"): {
        "prompt": ("string", True, None, None, None, MISSING),
        "aspect_ratio": ("string", False, None, None, ["1:1", "4:3", "3:4", "9:16", "16:9"], "16:9"),
        "person_generation": ("string", False, None, None, ["ALLOW_ADULT", "DONT_ALLOW"], "ALLOW_ADULT"),
        "safety_filter_level": (
            "string",
            False,
            None,
            None,
            ["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH"],
            "BLOCK_LOW_AND_ABOVE",
        ),
    },
    # seed 003: the parameters Pruna's quickstart sends
    ("pruna", "p-image"): {
        "prompt": ("string", True, None, None, None, UNSTATED),
        "aspect_ratio": ("string", False, None, None, None, UNSTATED),
    },
    ("pruna", "p-image-edit"): {
        "prompt": ("string", True, None, None, None, UNSTATED),
        # Seed 003 shows images only in examples ("supports 1-5 images") and never says required; Pruna's
        # OpenAPI document (0.5.3) requires only prompt, and the spec follows it.
        "images": ("array", False, None, None, None, UNSTATED),
        "reference_image": ("string", False, None, None, None, UNSTATED),
        "aspect_ratio": ("string", False, None, None, None, UNSTATED),
    },
}
