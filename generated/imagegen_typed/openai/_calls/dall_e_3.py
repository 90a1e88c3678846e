"""DALL-E 3 (dall-e-3) on the OpenAI Images clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/openai-dall-e-3.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, RequestOptions, Unpack
from ..._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from ..._runtime.results import GenerationResult
from ..models import dall_e_3 as _model
from ..types import DallE3Quality, DallE3ResponseFormat, DallE3Size, DallE3Style

# spec: models/openai-dall-e-3.yaml
DALL_E_3 = EndpointInfo(
    model_id="dall-e-3",
    method="dall_e_3",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="n", has_default=True, default=1),
        ParamInfo(wire="quality", has_default=True, default="auto"),
        ParamInfo(wire="response_format", has_default=True, default="url"),
        ParamInfo(wire="size"),
        ParamInfo(wire="style", has_default=True, default="vivid"),
        ParamInfo(wire="user"),
    ),
    title="DALL-E 3",
)


class OpenAIImages(SyncDirectSurface):
    """The dall-e-3 methods of OpenAIImages."""

    def dall_e_3(
        self,
        *,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        quality: DallE3Quality | NotGiven = NOT_GIVEN,
        response_format: DallE3ResponseFormat | NotGiven = NOT_GIVEN,
        size: DallE3Size | NotGiven = NOT_GIVEN,
        style: DallE3Style | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """DALL-E 3: OpenAI's DALL-E 3; generates one image per request from a text prompt, revising the prompt first.

        Model dall-e-3.
        Reference: python -m imagegen_typed docs openai dall-e-3 (imagegen_typed/docs/openai.md, section 'DALL-E 3 (dall-e-3)').

        Args:
            prompt: What to draw, in words. Required.
            n: How many images to generate; DALL-E 3 makes one per request. Range: 1 to 1. Default (applied by the provider when not set): 1.
            quality: The quality of the image; hd gives finer detail. Allowed: 'standard', 'hd', 'auto'. Default (applied by the provider when not set): 'auto'.
            response_format: How the image comes back; a url is valid for 60 minutes (the client fetches it during the call). Allowed: 'url', 'b64_json'. Default (applied by the provider when not set): 'url'.
            size: The size of the image. Allowed: '1024x1024', '1792x1024', '1024x1792'. Not sent when not set.
            style: vivid leans towards dramatic images, natural towards more natural ones. Allowed: 'vivid', 'natural'. Default (applied by the provider when not set): 'vivid'.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            DALL_E_3,
            _model.DallE3Request,
            {
                "prompt": prompt,
                "n": n,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "style": style,
                "user": user,
            },
            **options,
        )


class AsyncOpenAIImages(AsyncDirectSurface):
    """The dall-e-3 methods of AsyncOpenAIImages."""

    async def dall_e_3(
        self,
        *,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        quality: DallE3Quality | NotGiven = NOT_GIVEN,
        response_format: DallE3ResponseFormat | NotGiven = NOT_GIVEN,
        size: DallE3Size | NotGiven = NOT_GIVEN,
        style: DallE3Style | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """DALL-E 3: OpenAI's DALL-E 3; generates one image per request from a text prompt, revising the prompt first.

        Model dall-e-3.
        Reference: python -m imagegen_typed docs openai dall-e-3 (imagegen_typed/docs/openai.md, section 'DALL-E 3 (dall-e-3)').

        Args:
            prompt: What to draw, in words. Required.
            n: How many images to generate; DALL-E 3 makes one per request. Range: 1 to 1. Default (applied by the provider when not set): 1.
            quality: The quality of the image; hd gives finer detail. Allowed: 'standard', 'hd', 'auto'. Default (applied by the provider when not set): 'auto'.
            response_format: How the image comes back; a url is valid for 60 minutes (the client fetches it during the call). Allowed: 'url', 'b64_json'. Default (applied by the provider when not set): 'url'.
            size: The size of the image. Allowed: '1024x1024', '1792x1024', '1024x1792'. Not sent when not set.
            style: vivid leans towards dramatic images, natural towards more natural ones. Allowed: 'vivid', 'natural'. Default (applied by the provider when not set): 'vivid'.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            DALL_E_3,
            _model.DallE3Request,
            {
                "prompt": prompt,
                "n": n,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "style": style,
                "user": user,
            },
            **options,
        )
