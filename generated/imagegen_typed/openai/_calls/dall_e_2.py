"""DALL-E 2 (dall-e-2) on the OpenAI Images clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/openai-dall-e-2.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, RequestOptions, Unpack
from ..._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from ..._runtime.results import GenerationResult
from ..models import dall_e_2 as _model
from ..types import DallE2Quality, DallE2ResponseFormat, DallE2Size

# spec: models/openai-dall-e-2.yaml
DALL_E_2 = EndpointInfo(
    model_id="dall-e-2",
    method="dall_e_2",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="n", has_default=True, default=1),
        ParamInfo(wire="quality", has_default=True, default="auto"),
        ParamInfo(wire="response_format", has_default=True, default="url"),
        ParamInfo(wire="size"),
        ParamInfo(wire="user"),
    ),
    title="DALL-E 2",
)


class OpenAIImages(SyncDirectSurface):
    """The dall-e-2 methods of OpenAIImages."""

    def dall_e_2(
        self,
        *,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        quality: DallE2Quality | NotGiven = NOT_GIVEN,
        response_format: DallE2ResponseFormat | NotGiven = NOT_GIVEN,
        size: DallE2Size | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """DALL-E 2: OpenAI's DALL-E 2; generates square images from a text prompt.

        Model dall-e-2.
        Reference: python -m imagegen_typed docs openai dall-e-2 (imagegen_typed/docs/openai.md, section 'DALL-E 2 (dall-e-2)').

        Args:
            prompt: What to draw, in words. Required.
            n: How many images to generate. Range: 1 to 10. Default (applied by the provider when not set): 1.
            quality: The quality of the images; DALL-E 2 has one (standard). Allowed: 'standard', 'auto'. Default (applied by the provider when not set): 'auto'.
            response_format: How the images come back; a url is valid for 60 minutes (the client fetches it during the call). Allowed: 'url', 'b64_json'. Default (applied by the provider when not set): 'url'.
            size: The size of the images. Allowed: '256x256', '512x512', '1024x1024'. Not sent when not set.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            DALL_E_2,
            _model.DallE2Request,
            {
                "prompt": prompt,
                "n": n,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "user": user,
            },
            **options,
        )


class AsyncOpenAIImages(AsyncDirectSurface):
    """The dall-e-2 methods of AsyncOpenAIImages."""

    async def dall_e_2(
        self,
        *,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        quality: DallE2Quality | NotGiven = NOT_GIVEN,
        response_format: DallE2ResponseFormat | NotGiven = NOT_GIVEN,
        size: DallE2Size | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """DALL-E 2: OpenAI's DALL-E 2; generates square images from a text prompt.

        Model dall-e-2.
        Reference: python -m imagegen_typed docs openai dall-e-2 (imagegen_typed/docs/openai.md, section 'DALL-E 2 (dall-e-2)').

        Args:
            prompt: What to draw, in words. Required.
            n: How many images to generate. Range: 1 to 10. Default (applied by the provider when not set): 1.
            quality: The quality of the images; DALL-E 2 has one (standard). Allowed: 'standard', 'auto'. Default (applied by the provider when not set): 'auto'.
            response_format: How the images come back; a url is valid for 60 minutes (the client fetches it during the call). Allowed: 'url', 'b64_json'. Default (applied by the provider when not set): 'url'.
            size: The size of the images. Allowed: '256x256', '512x512', '1024x1024'. Not sent when not set.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            DALL_E_2,
            _model.DallE2Request,
            {
                "prompt": prompt,
                "n": n,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "user": user,
            },
            **options,
        )
