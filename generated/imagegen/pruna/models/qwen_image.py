# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, StrictStr


class QwenImageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: StrictStr
