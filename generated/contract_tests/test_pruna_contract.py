"""Contract tests for Pruna P-API, generated from specs/providers/pruna.yaml and its model specs.

Do not edit: `make generate` rewrites this file. Every case below is data taken from a spec line;
the checks themselves live in contract_support.py.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from imagegen.pruna import AsyncPruna, Pruna, errors

from . import contract_support as support

PROVIDER = support.ProviderFacts(
    id="pruna",
    style="pruna",
    auth_header="apikey",
    base_url="https://api.pruna.ai",
    api_key_env="PRUNA_API_KEY",
    model_header="Model",
    sync_header="Try-Sync",
    status_path="/v1/predictions/status/{id}",
    files_path="/v1/files",
)

MODELS = {
    # specs/models/pruna-flux-dev.yaml
    "flux_dev": support.ModelFacts(
        method="flux_dev",
        model_id="flux-dev",
        path="/v1/predictions",
        sync=True,
        media="image",
        body="json",
        minimal={"prompt": "a red fox in the snow"},
        wire_names={
            "prompt": "prompt",
            "speed_mode": "speed_mode",
            "num_inference_steps": "num_inference_steps",
            "guidance": "guidance",
            "seed": "seed",
            "aspect_ratio": "aspect_ratio",
            "image_size": "image_size",
            "output_format": "output_format",
            "output_quality": "output_quality",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "FluxDevRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string"},
                "speed_mode": {"type": "string"},
                "num_inference_steps": {"type": "integer", "default": 28},
                "guidance": {"type": "number", "default": 3.5},
                "seed": {"type": "integer", "default": -1},
                "aspect_ratio": {
                    "type": "string",
                    "enum": ["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"],
                    "default": "1:1",
                },
                "image_size": {"type": "integer", "default": 1024},
                "output_format": {"type": "string", "default": "jpg"},
                "output_quality": {"type": "integer", "default": 80},
            },
            "required": ["prompt"],
        },
    ),
    # specs/models/pruna-p-image.yaml
    "p_image": support.ModelFacts(
        method="p_image",
        model_id="p-image",
        path="/v1/predictions",
        sync=True,
        media="image",
        body="json",
        minimal={"prompt": "A majestic lion standing on a rocky cliff at sunset, photorealistic, 4k"},
        wire_names={
            "prompt": "prompt",
            "aspect_ratio": "aspect_ratio",
            "width": "width",
            "height": "height",
            "seed": "seed",
            "disable_safety_checker": "disable_safety_checker",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "PImageRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string"},
                "aspect_ratio": {
                    "type": "string",
                    "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"],
                    "default": "16:9",
                },
                "width": {"type": "integer", "minimum": 256, "maximum": 1440, "multipleOf": 16},
                "height": {"type": "integer", "minimum": 256, "maximum": 1440, "multipleOf": 16},
                "seed": {"type": "integer"},
                "disable_safety_checker": {"type": "boolean", "default": False},
            },
            "required": ["prompt"],
        },
    ),
    # specs/models/pruna-p-image-edit.yaml
    "p_image_edit": support.ModelFacts(
        method="p_image_edit",
        model_id="p-image-edit",
        path="/v1/predictions",
        sync=True,
        media="image",
        body="json",
        minimal={
            "prompt": "Transform into a watercolor painting style with vibrant colors",
            "images": ["https://api.pruna.ai/v1/files/file-abc123", "https://api.pruna.ai/v1/files/file-xyz789"],
        },
        wire_names={
            "prompt": "prompt",
            "images": "images",
            "turbo": "turbo",
            "mode": "mode",
            "aspect_ratio": "aspect_ratio",
            "reference_image": "reference_image",
            "seed": "seed",
            "disable_safety_checker": "disable_safety_checker",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "PImageEditRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string"},
                "images": {
                    "type": "array",
                    "items": {"type": "string", "pattern": "^https?://\\S+$"},
                    "minItems": 1,
                    "maxItems": 5,
                },
                "turbo": {"type": "boolean", "default": True},
                "mode": {
                    "type": "string",
                    "enum": [
                        "default",
                        "multiple_angles",
                        "relight",
                        "light_restoration",
                        "white_to_scene",
                        "fusion",
                        "add_characters",
                        "next_scene",
                        "style_consistency",
                        "subject_consistency",
                    ],
                    "default": "default",
                },
                "aspect_ratio": {
                    "type": "string",
                    "enum": ["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"],
                    "default": "match_input_image",
                },
                "reference_image": {"type": "string"},
                "seed": {"type": "integer"},
                "disable_safety_checker": {"type": "boolean", "default": False},
            },
            "required": ["prompt", "images"],
        },
    ),
    # specs/models/pruna-qwen-image.yaml
    "qwen_image": support.ModelFacts(
        method="qwen_image",
        model_id="qwen-image",
        path="/v1/predictions",
        sync=True,
        media="image",
        body="json",
        minimal={"prompt": "a red fox in the snow"},
        wire_names={"prompt": "prompt"},
        always_sent={},
        json_schema={
            "type": "object",
            "title": "QwenImageRequest",
            "additionalProperties": False,
            "properties": {"prompt": {"type": "string"}},
            "required": ["prompt"],
        },
    ),
    # specs/models/pruna-vace.yaml
    "vace": support.ModelFacts(
        method="vace",
        model_id="vace",
        path="/v1/predictions",
        sync=False,
        media="video",
        body="json",
        minimal={"prompt": "a red fox in the snow"},
        wire_names={
            "prompt": "prompt",
            "src_video": "src_video",
            "src_mask": "src_mask",
            "src_ref_images": "src_ref_images",
            "size": "size",
            "frame_num": "frame_num",
            "sample_steps": "sample_steps",
            "sample_guide_scale": "sample_guide_scale",
            "sample_solver": "sample_solver",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "VaceRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string"},
                "src_video": {"type": "string", "pattern": "^https?://\\S+$"},
                "src_mask": {"type": "string", "pattern": "^https?://\\S+$"},
                "src_ref_images": {"type": "array", "items": {"type": "string", "pattern": "^https?://\\S+$"}},
                "size": {"type": "string", "enum": ["720*1280", "1280*720", "480*832", "832*480"]},
                "frame_num": {"type": "integer", "default": 81},
                "sample_steps": {"type": "integer", "default": 50},
                "sample_guide_scale": {"type": "number", "default": 5},
                "sample_solver": {"type": "string", "enum": ["unipc", "dpm++"]},
            },
            "required": ["prompt"],
        },
    ),
    # specs/models/pruna-wan-i2v.yaml
    "wan_i2v": support.ModelFacts(
        method="wan_i2v",
        model_id="wan-i2v",
        path="/v1/predictions",
        sync=False,
        media="video",
        body="json",
        minimal={"prompt": "a red fox in the snow", "image": "https://example.com/input.png"},
        wire_names={
            "prompt": "prompt",
            "image": "image",
            "last_image": "last_image",
            "num_frames": "num_frames",
            "resolution": "resolution",
            "frames_per_second": "frames_per_second",
            "go_fast": "go_fast",
            "sample_shift": "sample_shift",
            "seed": "seed",
            "disable_safety_checker": "disable_safety_checker",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "WanI2vRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string"},
                "image": {"type": "string", "pattern": "^https?://\\S+$"},
                "last_image": {"type": "string", "pattern": "^https?://\\S+$"},
                "num_frames": {"type": "integer", "default": 81},
                "resolution": {"type": "string", "enum": ["480p", "720p"], "default": "480p"},
                "frames_per_second": {"type": "integer", "default": 16},
                "go_fast": {"type": "boolean", "default": True},
                "sample_shift": {"type": "number", "default": 12},
                "seed": {"type": "integer"},
                "disable_safety_checker": {"type": "boolean"},
            },
            "required": ["prompt", "image"],
        },
    ),
    # specs/models/pruna-wan-image-small.yaml
    "wan_image_small": support.ModelFacts(
        method="wan_image_small",
        model_id="wan-image-small",
        path="/v1/predictions",
        sync=True,
        media="image",
        body="json",
        minimal={"prompt": "a red fox in the snow"},
        wire_names={
            "prompt": "prompt",
            "aspect_ratio": "aspect_ratio",
            "width": "width",
            "height": "height",
            "juiced": "juiced",
            "seed": "seed",
            "output_format": "output_format",
            "output_quality": "output_quality",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "WanImageSmallRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string"},
                "aspect_ratio": {
                    "type": "string",
                    "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "custom"],
                    "default": "16:9",
                },
                "width": {"type": "integer", "multipleOf": 16},
                "height": {"type": "integer", "multipleOf": 16},
                "juiced": {"type": "boolean", "default": False},
                "seed": {"type": "integer"},
                "output_format": {"type": "string", "enum": ["png", "jpg", "webp"], "default": "jpg"},
                "output_quality": {"type": "integer", "default": 80},
            },
            "required": ["prompt"],
        },
    ),
    # specs/models/pruna-wan-t2v.yaml
    "wan_t2v": support.ModelFacts(
        method="wan_t2v",
        model_id="wan-t2v",
        path="/v1/predictions",
        sync=False,
        media="video",
        body="json",
        minimal={"prompt": "a red fox in the snow"},
        wire_names={
            "prompt": "prompt",
            "num_frames": "num_frames",
            "aspect_ratio": "aspect_ratio",
            "resolution": "resolution",
            "frames_per_second": "frames_per_second",
            "go_fast": "go_fast",
            "sample_shift": "sample_shift",
            "seed": "seed",
            "disable_safety_checker": "disable_safety_checker",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "WanT2vRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string"},
                "num_frames": {"type": "integer", "default": 81},
                "aspect_ratio": {"type": "string", "enum": ["16:9", "9:16"]},
                "resolution": {"type": "string", "enum": ["480p", "720p"], "default": "480p"},
                "frames_per_second": {"type": "integer", "default": 16},
                "go_fast": {"type": "boolean", "default": True},
                "sample_shift": {"type": "number", "default": 12},
                "seed": {"type": "integer"},
                "disable_safety_checker": {"type": "boolean"},
            },
            "required": ["prompt"],
        },
    ),
}

# method -> (request model module, class)
MODEL_MODULES = {
    "flux_dev": ("flux_dev", "FluxDevRequest"),
    "p_image": ("p_image", "PImageRequest"),
    "p_image_edit": ("p_image_edit", "PImageEditRequest"),
    "qwen_image": ("qwen_image", "QwenImageRequest"),
    "vace": ("vace", "VaceRequest"),
    "wan_i2v": ("wan_i2v", "WanI2vRequest"),
    "wan_image_small": ("wan_image_small", "WanImageSmallRequest"),
    "wan_t2v": ("wan_t2v", "WanT2vRequest"),
}

# (method, Python parameter, case, value, other arguments that make the parameter apply)
ALLOWED = [
    pytest.param("flux_dev", "prompt", "a red fox in the snow", {}, id="flux_dev-prompt-example"),
    pytest.param("flux_dev", "speed_mode", "a red fox in the snow", {}, id="flux_dev-speed_mode-example"),
    pytest.param("flux_dev", "num_inference_steps", 28, {}, id="flux_dev-num_inference_steps-example"),
    pytest.param("flux_dev", "num_inference_steps", 28, {}, id="flux_dev-num_inference_steps-default"),
    pytest.param("flux_dev", "guidance", 3.5, {}, id="flux_dev-guidance-example"),
    pytest.param("flux_dev", "guidance", 3.5, {}, id="flux_dev-guidance-default"),
    pytest.param("flux_dev", "seed", -1, {}, id="flux_dev-seed-example"),
    pytest.param("flux_dev", "seed", -1, {}, id="flux_dev-seed-default"),
    pytest.param("flux_dev", "aspect_ratio", "1:1", {}, id="flux_dev-aspect_ratio-example"),
    pytest.param("flux_dev", "aspect_ratio", "1:1", {}, id="flux_dev-aspect_ratio-default"),
    pytest.param("flux_dev", "aspect_ratio", "1:1", {}, id="flux_dev-aspect_ratio-enum '1:1'"),
    pytest.param("flux_dev", "aspect_ratio", "16:9", {}, id="flux_dev-aspect_ratio-enum '16:9'"),
    pytest.param("flux_dev", "aspect_ratio", "21:9", {}, id="flux_dev-aspect_ratio-enum '21:9'"),
    pytest.param("flux_dev", "aspect_ratio", "3:2", {}, id="flux_dev-aspect_ratio-enum '3:2'"),
    pytest.param("flux_dev", "aspect_ratio", "2:3", {}, id="flux_dev-aspect_ratio-enum '2:3'"),
    pytest.param("flux_dev", "aspect_ratio", "4:5", {}, id="flux_dev-aspect_ratio-enum '4:5'"),
    pytest.param("flux_dev", "aspect_ratio", "5:4", {}, id="flux_dev-aspect_ratio-enum '5:4'"),
    pytest.param("flux_dev", "aspect_ratio", "3:4", {}, id="flux_dev-aspect_ratio-enum '3:4'"),
    pytest.param("flux_dev", "aspect_ratio", "4:3", {}, id="flux_dev-aspect_ratio-enum '4:3'"),
    pytest.param("flux_dev", "aspect_ratio", "9:16", {}, id="flux_dev-aspect_ratio-enum '9:16'"),
    pytest.param("flux_dev", "aspect_ratio", "9:21", {}, id="flux_dev-aspect_ratio-enum '9:21'"),
    pytest.param("flux_dev", "image_size", 1024, {}, id="flux_dev-image_size-example"),
    pytest.param("flux_dev", "image_size", 1024, {}, id="flux_dev-image_size-default"),
    pytest.param("flux_dev", "output_format", "jpg", {}, id="flux_dev-output_format-example"),
    pytest.param("flux_dev", "output_format", "jpg", {}, id="flux_dev-output_format-default"),
    pytest.param("flux_dev", "output_quality", 80, {}, id="flux_dev-output_quality-example"),
    pytest.param("flux_dev", "output_quality", 80, {}, id="flux_dev-output_quality-default"),
    pytest.param(
        "p_image",
        "prompt",
        "A majestic lion standing on a rocky cliff at sunset, photorealistic, 4k",
        {},
        id="p_image-prompt-example",
    ),
    pytest.param("p_image", "aspect_ratio", "16:9", {}, id="p_image-aspect_ratio-example"),
    pytest.param("p_image", "aspect_ratio", "16:9", {}, id="p_image-aspect_ratio-default"),
    pytest.param("p_image", "aspect_ratio", "1:1", {}, id="p_image-aspect_ratio-enum '1:1'"),
    pytest.param("p_image", "aspect_ratio", "16:9", {}, id="p_image-aspect_ratio-enum '16:9'"),
    pytest.param("p_image", "aspect_ratio", "9:16", {}, id="p_image-aspect_ratio-enum '9:16'"),
    pytest.param("p_image", "aspect_ratio", "4:3", {}, id="p_image-aspect_ratio-enum '4:3'"),
    pytest.param("p_image", "aspect_ratio", "3:4", {}, id="p_image-aspect_ratio-enum '3:4'"),
    pytest.param("p_image", "aspect_ratio", "3:2", {}, id="p_image-aspect_ratio-enum '3:2'"),
    pytest.param("p_image", "aspect_ratio", "2:3", {}, id="p_image-aspect_ratio-enum '2:3'"),
    pytest.param("p_image", "aspect_ratio", "custom", {}, id="p_image-aspect_ratio-enum 'custom'"),
    pytest.param("p_image", "width", 256, {"aspect_ratio": "custom"}, id="p_image-width-example"),
    pytest.param("p_image", "width", 256, {"aspect_ratio": "custom"}, id="p_image-width-minimum"),
    pytest.param("p_image", "height", 256, {"aspect_ratio": "custom"}, id="p_image-height-example"),
    pytest.param("p_image", "height", 256, {"aspect_ratio": "custom"}, id="p_image-height-minimum"),
    pytest.param("p_image", "seed", 1, {}, id="p_image-seed-example"),
    pytest.param("p_image", "disable_safety_checker", False, {}, id="p_image-disable_safety_checker-example"),
    pytest.param("p_image", "disable_safety_checker", False, {}, id="p_image-disable_safety_checker-default"),
    pytest.param(
        "p_image_edit",
        "prompt",
        "Transform into a watercolor painting style with vibrant colors",
        {},
        id="p_image_edit-prompt-example",
    ),
    pytest.param(
        "p_image_edit",
        "images",
        ["https://api.pruna.ai/v1/files/file-abc123", "https://api.pruna.ai/v1/files/file-xyz789"],
        {},
        id="p_image_edit-images-example",
    ),
    pytest.param(
        "p_image_edit", "images", ["https://example.com/input.png"], {}, id="p_image_edit-images-fewest items"
    ),
    pytest.param(
        "p_image_edit",
        "images",
        [
            "https://example.com/input.png",
            "https://example.com/input.png",
            "https://example.com/input.png",
            "https://example.com/input.png",
            "https://example.com/input.png",
        ],
        {},
        id="p_image_edit-images-most items",
    ),
    pytest.param("p_image_edit", "turbo", True, {}, id="p_image_edit-turbo-example"),
    pytest.param("p_image_edit", "turbo", True, {}, id="p_image_edit-turbo-default"),
    pytest.param("p_image_edit", "mode", "default", {}, id="p_image_edit-mode-example"),
    pytest.param("p_image_edit", "mode", "default", {}, id="p_image_edit-mode-default"),
    pytest.param("p_image_edit", "mode", "default", {}, id="p_image_edit-mode-enum 'default'"),
    pytest.param("p_image_edit", "mode", "multiple_angles", {}, id="p_image_edit-mode-enum 'multiple_angles'"),
    pytest.param("p_image_edit", "mode", "relight", {}, id="p_image_edit-mode-enum 'relight'"),
    pytest.param("p_image_edit", "mode", "light_restoration", {}, id="p_image_edit-mode-enum 'light_restoration'"),
    pytest.param("p_image_edit", "mode", "white_to_scene", {}, id="p_image_edit-mode-enum 'white_to_scene'"),
    pytest.param("p_image_edit", "mode", "fusion", {}, id="p_image_edit-mode-enum 'fusion'"),
    pytest.param("p_image_edit", "mode", "add_characters", {}, id="p_image_edit-mode-enum 'add_characters'"),
    pytest.param("p_image_edit", "mode", "next_scene", {}, id="p_image_edit-mode-enum 'next_scene'"),
    pytest.param("p_image_edit", "mode", "style_consistency", {}, id="p_image_edit-mode-enum 'style_consistency'"),
    pytest.param("p_image_edit", "mode", "subject_consistency", {}, id="p_image_edit-mode-enum 'subject_consistency'"),
    pytest.param("p_image_edit", "aspect_ratio", "match_input_image", {}, id="p_image_edit-aspect_ratio-example"),
    pytest.param("p_image_edit", "aspect_ratio", "match_input_image", {}, id="p_image_edit-aspect_ratio-default"),
    pytest.param(
        "p_image_edit", "aspect_ratio", "match_input_image", {}, id="p_image_edit-aspect_ratio-enum 'match_input_image'"
    ),
    pytest.param("p_image_edit", "aspect_ratio", "1:1", {}, id="p_image_edit-aspect_ratio-enum '1:1'"),
    pytest.param("p_image_edit", "aspect_ratio", "16:9", {}, id="p_image_edit-aspect_ratio-enum '16:9'"),
    pytest.param("p_image_edit", "aspect_ratio", "9:16", {}, id="p_image_edit-aspect_ratio-enum '9:16'"),
    pytest.param("p_image_edit", "aspect_ratio", "4:3", {}, id="p_image_edit-aspect_ratio-enum '4:3'"),
    pytest.param("p_image_edit", "aspect_ratio", "3:4", {}, id="p_image_edit-aspect_ratio-enum '3:4'"),
    pytest.param("p_image_edit", "aspect_ratio", "3:2", {}, id="p_image_edit-aspect_ratio-enum '3:2'"),
    pytest.param("p_image_edit", "aspect_ratio", "2:3", {}, id="p_image_edit-aspect_ratio-enum '2:3'"),
    pytest.param("p_image_edit", "reference_image", "1", {}, id="p_image_edit-reference_image-example"),
    pytest.param("p_image_edit", "seed", 1, {}, id="p_image_edit-seed-example"),
    pytest.param("p_image_edit", "disable_safety_checker", False, {}, id="p_image_edit-disable_safety_checker-example"),
    pytest.param("p_image_edit", "disable_safety_checker", False, {}, id="p_image_edit-disable_safety_checker-default"),
    pytest.param("qwen_image", "prompt", "a red fox in the snow", {}, id="qwen_image-prompt-example"),
    pytest.param("vace", "prompt", "a red fox in the snow", {}, id="vace-prompt-example"),
    pytest.param("vace", "src_video", "https://example.com/input.png", {}, id="vace-src_video-example"),
    pytest.param("vace", "src_mask", "https://example.com/input.png", {}, id="vace-src_mask-example"),
    pytest.param("vace", "src_ref_images", ["https://example.com/input.png"], {}, id="vace-src_ref_images-example"),
    pytest.param("vace", "size", "720*1280", {}, id="vace-size-example"),
    pytest.param("vace", "size", "720*1280", {}, id="vace-size-enum '720*1280'"),
    pytest.param("vace", "size", "1280*720", {}, id="vace-size-enum '1280*720'"),
    pytest.param("vace", "size", "480*832", {}, id="vace-size-enum '480*832'"),
    pytest.param("vace", "size", "832*480", {}, id="vace-size-enum '832*480'"),
    pytest.param("vace", "frame_num", 81, {}, id="vace-frame_num-example"),
    pytest.param("vace", "frame_num", 81, {}, id="vace-frame_num-default"),
    pytest.param("vace", "sample_steps", 50, {}, id="vace-sample_steps-example"),
    pytest.param("vace", "sample_steps", 50, {}, id="vace-sample_steps-default"),
    pytest.param("vace", "sample_guide_scale", 5, {}, id="vace-sample_guide_scale-example"),
    pytest.param("vace", "sample_guide_scale", 5, {}, id="vace-sample_guide_scale-default"),
    pytest.param("vace", "sample_solver", "unipc", {}, id="vace-sample_solver-example"),
    pytest.param("vace", "sample_solver", "unipc", {}, id="vace-sample_solver-enum 'unipc'"),
    pytest.param("vace", "sample_solver", "dpm++", {}, id="vace-sample_solver-enum 'dpm++'"),
    pytest.param("wan_i2v", "prompt", "a red fox in the snow", {}, id="wan_i2v-prompt-example"),
    pytest.param("wan_i2v", "image", "https://example.com/input.png", {}, id="wan_i2v-image-example"),
    pytest.param("wan_i2v", "last_image", "https://example.com/input.png", {}, id="wan_i2v-last_image-example"),
    pytest.param("wan_i2v", "num_frames", 81, {}, id="wan_i2v-num_frames-example"),
    pytest.param("wan_i2v", "num_frames", 81, {}, id="wan_i2v-num_frames-default"),
    pytest.param("wan_i2v", "resolution", "480p", {}, id="wan_i2v-resolution-example"),
    pytest.param("wan_i2v", "resolution", "480p", {}, id="wan_i2v-resolution-default"),
    pytest.param("wan_i2v", "resolution", "480p", {}, id="wan_i2v-resolution-enum '480p'"),
    pytest.param("wan_i2v", "resolution", "720p", {}, id="wan_i2v-resolution-enum '720p'"),
    pytest.param("wan_i2v", "frames_per_second", 16, {}, id="wan_i2v-frames_per_second-example"),
    pytest.param("wan_i2v", "frames_per_second", 16, {}, id="wan_i2v-frames_per_second-default"),
    pytest.param("wan_i2v", "go_fast", True, {}, id="wan_i2v-go_fast-example"),
    pytest.param("wan_i2v", "go_fast", True, {}, id="wan_i2v-go_fast-default"),
    pytest.param("wan_i2v", "sample_shift", 12, {}, id="wan_i2v-sample_shift-example"),
    pytest.param("wan_i2v", "sample_shift", 12, {}, id="wan_i2v-sample_shift-default"),
    pytest.param("wan_i2v", "seed", 1, {}, id="wan_i2v-seed-example"),
    pytest.param("wan_i2v", "disable_safety_checker", True, {}, id="wan_i2v-disable_safety_checker-example"),
    pytest.param("wan_image_small", "prompt", "a red fox in the snow", {}, id="wan_image_small-prompt-example"),
    pytest.param("wan_image_small", "aspect_ratio", "16:9", {}, id="wan_image_small-aspect_ratio-example"),
    pytest.param("wan_image_small", "aspect_ratio", "16:9", {}, id="wan_image_small-aspect_ratio-default"),
    pytest.param("wan_image_small", "aspect_ratio", "1:1", {}, id="wan_image_small-aspect_ratio-enum '1:1'"),
    pytest.param("wan_image_small", "aspect_ratio", "16:9", {}, id="wan_image_small-aspect_ratio-enum '16:9'"),
    pytest.param("wan_image_small", "aspect_ratio", "9:16", {}, id="wan_image_small-aspect_ratio-enum '9:16'"),
    pytest.param("wan_image_small", "aspect_ratio", "4:3", {}, id="wan_image_small-aspect_ratio-enum '4:3'"),
    pytest.param("wan_image_small", "aspect_ratio", "3:4", {}, id="wan_image_small-aspect_ratio-enum '3:4'"),
    pytest.param("wan_image_small", "aspect_ratio", "21:9", {}, id="wan_image_small-aspect_ratio-enum '21:9'"),
    pytest.param("wan_image_small", "aspect_ratio", "custom", {}, id="wan_image_small-aspect_ratio-enum 'custom'"),
    pytest.param("wan_image_small", "width", 16, {"aspect_ratio": "custom"}, id="wan_image_small-width-example"),
    pytest.param("wan_image_small", "height", 16, {"aspect_ratio": "custom"}, id="wan_image_small-height-example"),
    pytest.param("wan_image_small", "juiced", False, {}, id="wan_image_small-juiced-example"),
    pytest.param("wan_image_small", "juiced", False, {}, id="wan_image_small-juiced-default"),
    pytest.param("wan_image_small", "seed", 1, {}, id="wan_image_small-seed-example"),
    pytest.param("wan_image_small", "output_format", "jpg", {}, id="wan_image_small-output_format-example"),
    pytest.param("wan_image_small", "output_format", "jpg", {}, id="wan_image_small-output_format-default"),
    pytest.param("wan_image_small", "output_format", "png", {}, id="wan_image_small-output_format-enum 'png'"),
    pytest.param("wan_image_small", "output_format", "jpg", {}, id="wan_image_small-output_format-enum 'jpg'"),
    pytest.param("wan_image_small", "output_format", "webp", {}, id="wan_image_small-output_format-enum 'webp'"),
    pytest.param("wan_image_small", "output_quality", 80, {}, id="wan_image_small-output_quality-example"),
    pytest.param("wan_image_small", "output_quality", 80, {}, id="wan_image_small-output_quality-default"),
    pytest.param("wan_t2v", "prompt", "a red fox in the snow", {}, id="wan_t2v-prompt-example"),
    pytest.param("wan_t2v", "num_frames", 81, {}, id="wan_t2v-num_frames-example"),
    pytest.param("wan_t2v", "num_frames", 81, {}, id="wan_t2v-num_frames-default"),
    pytest.param("wan_t2v", "aspect_ratio", "16:9", {}, id="wan_t2v-aspect_ratio-example"),
    pytest.param("wan_t2v", "aspect_ratio", "16:9", {}, id="wan_t2v-aspect_ratio-enum '16:9'"),
    pytest.param("wan_t2v", "aspect_ratio", "9:16", {}, id="wan_t2v-aspect_ratio-enum '9:16'"),
    pytest.param("wan_t2v", "resolution", "480p", {}, id="wan_t2v-resolution-example"),
    pytest.param("wan_t2v", "resolution", "480p", {}, id="wan_t2v-resolution-default"),
    pytest.param("wan_t2v", "resolution", "480p", {}, id="wan_t2v-resolution-enum '480p'"),
    pytest.param("wan_t2v", "resolution", "720p", {}, id="wan_t2v-resolution-enum '720p'"),
    pytest.param("wan_t2v", "frames_per_second", 16, {}, id="wan_t2v-frames_per_second-example"),
    pytest.param("wan_t2v", "frames_per_second", 16, {}, id="wan_t2v-frames_per_second-default"),
    pytest.param("wan_t2v", "go_fast", True, {}, id="wan_t2v-go_fast-example"),
    pytest.param("wan_t2v", "go_fast", True, {}, id="wan_t2v-go_fast-default"),
    pytest.param("wan_t2v", "sample_shift", 12, {}, id="wan_t2v-sample_shift-example"),
    pytest.param("wan_t2v", "sample_shift", 12, {}, id="wan_t2v-sample_shift-default"),
    pytest.param("wan_t2v", "seed", 1, {}, id="wan_t2v-seed-example"),
    pytest.param("wan_t2v", "disable_safety_checker", True, {}, id="wan_t2v-disable_safety_checker-example"),
]

FORBIDDEN = [
    pytest.param("flux_dev", "prompt", 5, {}, id="flux_dev-prompt-number for text"),
    pytest.param("flux_dev", "speed_mode", 5, {}, id="flux_dev-speed_mode-number for text"),
    pytest.param("flux_dev", "num_inference_steps", "5", {}, id="flux_dev-num_inference_steps-text for integer"),
    pytest.param("flux_dev", "num_inference_steps", 5.5, {}, id="flux_dev-num_inference_steps-fraction for integer"),
    pytest.param("flux_dev", "num_inference_steps", True, {}, id="flux_dev-num_inference_steps-bool for integer"),
    pytest.param("flux_dev", "guidance", "1.5", {}, id="flux_dev-guidance-text for number"),
    pytest.param("flux_dev", "guidance", True, {}, id="flux_dev-guidance-bool for number"),
    pytest.param("flux_dev", "seed", "5", {}, id="flux_dev-seed-text for integer"),
    pytest.param("flux_dev", "seed", 5.5, {}, id="flux_dev-seed-fraction for integer"),
    pytest.param("flux_dev", "seed", True, {}, id="flux_dev-seed-bool for integer"),
    pytest.param("flux_dev", "aspect_ratio", 5, {}, id="flux_dev-aspect_ratio-number for text"),
    pytest.param("flux_dev", "aspect_ratio", "1x1", {}, id="flux_dev-aspect_ratio-near-miss enum value"),
    pytest.param("flux_dev", "image_size", "5", {}, id="flux_dev-image_size-text for integer"),
    pytest.param("flux_dev", "image_size", 5.5, {}, id="flux_dev-image_size-fraction for integer"),
    pytest.param("flux_dev", "image_size", True, {}, id="flux_dev-image_size-bool for integer"),
    pytest.param("flux_dev", "output_format", 5, {}, id="flux_dev-output_format-number for text"),
    pytest.param("flux_dev", "output_quality", "5", {}, id="flux_dev-output_quality-text for integer"),
    pytest.param("flux_dev", "output_quality", 5.5, {}, id="flux_dev-output_quality-fraction for integer"),
    pytest.param("flux_dev", "output_quality", True, {}, id="flux_dev-output_quality-bool for integer"),
    pytest.param("p_image", "prompt", 5, {}, id="p_image-prompt-number for text"),
    pytest.param("p_image", "aspect_ratio", 5, {}, id="p_image-aspect_ratio-number for text"),
    pytest.param("p_image", "aspect_ratio", "1x1", {}, id="p_image-aspect_ratio-near-miss enum value"),
    pytest.param("p_image", "width", "5", {"aspect_ratio": "custom"}, id="p_image-width-text for integer"),
    pytest.param("p_image", "width", 5.5, {"aspect_ratio": "custom"}, id="p_image-width-fraction for integer"),
    pytest.param("p_image", "width", True, {"aspect_ratio": "custom"}, id="p_image-width-bool for integer"),
    pytest.param("p_image", "width", 255, {"aspect_ratio": "custom"}, id="p_image-width-below minimum"),
    pytest.param("p_image", "width", 1441, {"aspect_ratio": "custom"}, id="p_image-width-above maximum"),
    pytest.param("p_image", "width", 257, {"aspect_ratio": "custom"}, id="p_image-width-not a multiple"),
    pytest.param("p_image", "height", "5", {"aspect_ratio": "custom"}, id="p_image-height-text for integer"),
    pytest.param("p_image", "height", 5.5, {"aspect_ratio": "custom"}, id="p_image-height-fraction for integer"),
    pytest.param("p_image", "height", True, {"aspect_ratio": "custom"}, id="p_image-height-bool for integer"),
    pytest.param("p_image", "height", 255, {"aspect_ratio": "custom"}, id="p_image-height-below minimum"),
    pytest.param("p_image", "height", 1441, {"aspect_ratio": "custom"}, id="p_image-height-above maximum"),
    pytest.param("p_image", "height", 257, {"aspect_ratio": "custom"}, id="p_image-height-not a multiple"),
    pytest.param("p_image", "seed", "5", {}, id="p_image-seed-text for integer"),
    pytest.param("p_image", "seed", 5.5, {}, id="p_image-seed-fraction for integer"),
    pytest.param("p_image", "seed", True, {}, id="p_image-seed-bool for integer"),
    pytest.param("p_image", "disable_safety_checker", "true", {}, id="p_image-disable_safety_checker-text for boolean"),
    pytest.param("p_image", "disable_safety_checker", 1, {}, id="p_image-disable_safety_checker-number for boolean"),
    pytest.param("p_image", "width", 256, {"aspect_ratio": "1:1"}, id="p_image-width-set where it does not apply"),
    pytest.param("p_image", "height", 256, {"aspect_ratio": "1:1"}, id="p_image-height-set where it does not apply"),
    pytest.param("p_image_edit", "prompt", 5, {}, id="p_image_edit-prompt-number for text"),
    pytest.param(
        "p_image_edit", "images", "https://example.com/input.png", {}, id="p_image_edit-images-single value for list"
    ),
    pytest.param("p_image_edit", "images", [], {}, id="p_image_edit-images-too few items"),
    pytest.param(
        "p_image_edit",
        "images",
        [
            "https://example.com/input.png",
            "https://example.com/input.png",
            "https://example.com/input.png",
            "https://example.com/input.png",
            "https://example.com/input.png",
            "https://example.com/input.png",
        ],
        {},
        id="p_image_edit-images-too many items",
    ),
    pytest.param("p_image_edit", "images", [5], {}, id="p_image_edit-images-item: number for URL"),
    pytest.param("p_image_edit", "images", ["not a url"], {}, id="p_image_edit-images-item: not a URL"),
    pytest.param("p_image_edit", "turbo", "true", {}, id="p_image_edit-turbo-text for boolean"),
    pytest.param("p_image_edit", "turbo", 1, {}, id="p_image_edit-turbo-number for boolean"),
    pytest.param("p_image_edit", "mode", 5, {}, id="p_image_edit-mode-number for text"),
    pytest.param("p_image_edit", "mode", "defaults", {}, id="p_image_edit-mode-near-miss enum value"),
    pytest.param("p_image_edit", "aspect_ratio", 5, {}, id="p_image_edit-aspect_ratio-number for text"),
    pytest.param(
        "p_image_edit", "aspect_ratio", "match_input_images", {}, id="p_image_edit-aspect_ratio-near-miss enum value"
    ),
    pytest.param("p_image_edit", "reference_image", 5, {}, id="p_image_edit-reference_image-number for text"),
    pytest.param("p_image_edit", "seed", "5", {}, id="p_image_edit-seed-text for integer"),
    pytest.param("p_image_edit", "seed", 5.5, {}, id="p_image_edit-seed-fraction for integer"),
    pytest.param("p_image_edit", "seed", True, {}, id="p_image_edit-seed-bool for integer"),
    pytest.param(
        "p_image_edit", "disable_safety_checker", "true", {}, id="p_image_edit-disable_safety_checker-text for boolean"
    ),
    pytest.param(
        "p_image_edit", "disable_safety_checker", 1, {}, id="p_image_edit-disable_safety_checker-number for boolean"
    ),
    pytest.param("qwen_image", "prompt", 5, {}, id="qwen_image-prompt-number for text"),
    pytest.param("vace", "prompt", 5, {}, id="vace-prompt-number for text"),
    pytest.param("vace", "src_video", 5, {}, id="vace-src_video-number for URL"),
    pytest.param("vace", "src_video", "not a url", {}, id="vace-src_video-not a URL"),
    pytest.param("vace", "src_mask", 5, {}, id="vace-src_mask-number for URL"),
    pytest.param("vace", "src_mask", "not a url", {}, id="vace-src_mask-not a URL"),
    pytest.param(
        "vace", "src_ref_images", "https://example.com/input.png", {}, id="vace-src_ref_images-single value for list"
    ),
    pytest.param("vace", "src_ref_images", [5], {}, id="vace-src_ref_images-item: number for URL"),
    pytest.param("vace", "src_ref_images", ["not a url"], {}, id="vace-src_ref_images-item: not a URL"),
    pytest.param("vace", "size", 5, {}, id="vace-size-number for text"),
    pytest.param("vace", "size", "720*1280s", {}, id="vace-size-near-miss enum value"),
    pytest.param("vace", "frame_num", "5", {}, id="vace-frame_num-text for integer"),
    pytest.param("vace", "frame_num", 5.5, {}, id="vace-frame_num-fraction for integer"),
    pytest.param("vace", "frame_num", True, {}, id="vace-frame_num-bool for integer"),
    pytest.param("vace", "sample_steps", "5", {}, id="vace-sample_steps-text for integer"),
    pytest.param("vace", "sample_steps", 5.5, {}, id="vace-sample_steps-fraction for integer"),
    pytest.param("vace", "sample_steps", True, {}, id="vace-sample_steps-bool for integer"),
    pytest.param("vace", "sample_guide_scale", "1.5", {}, id="vace-sample_guide_scale-text for number"),
    pytest.param("vace", "sample_guide_scale", True, {}, id="vace-sample_guide_scale-bool for number"),
    pytest.param("vace", "sample_solver", 5, {}, id="vace-sample_solver-number for text"),
    pytest.param("vace", "sample_solver", "unipcs", {}, id="vace-sample_solver-near-miss enum value"),
    pytest.param("wan_i2v", "prompt", 5, {}, id="wan_i2v-prompt-number for text"),
    pytest.param("wan_i2v", "image", 5, {}, id="wan_i2v-image-number for URL"),
    pytest.param("wan_i2v", "image", "not a url", {}, id="wan_i2v-image-not a URL"),
    pytest.param("wan_i2v", "last_image", 5, {}, id="wan_i2v-last_image-number for URL"),
    pytest.param("wan_i2v", "last_image", "not a url", {}, id="wan_i2v-last_image-not a URL"),
    pytest.param("wan_i2v", "num_frames", "5", {}, id="wan_i2v-num_frames-text for integer"),
    pytest.param("wan_i2v", "num_frames", 5.5, {}, id="wan_i2v-num_frames-fraction for integer"),
    pytest.param("wan_i2v", "num_frames", True, {}, id="wan_i2v-num_frames-bool for integer"),
    pytest.param("wan_i2v", "resolution", 5, {}, id="wan_i2v-resolution-number for text"),
    pytest.param("wan_i2v", "resolution", "480ps", {}, id="wan_i2v-resolution-near-miss enum value"),
    pytest.param("wan_i2v", "frames_per_second", "5", {}, id="wan_i2v-frames_per_second-text for integer"),
    pytest.param("wan_i2v", "frames_per_second", 5.5, {}, id="wan_i2v-frames_per_second-fraction for integer"),
    pytest.param("wan_i2v", "frames_per_second", True, {}, id="wan_i2v-frames_per_second-bool for integer"),
    pytest.param("wan_i2v", "go_fast", "true", {}, id="wan_i2v-go_fast-text for boolean"),
    pytest.param("wan_i2v", "go_fast", 1, {}, id="wan_i2v-go_fast-number for boolean"),
    pytest.param("wan_i2v", "sample_shift", "1.5", {}, id="wan_i2v-sample_shift-text for number"),
    pytest.param("wan_i2v", "sample_shift", True, {}, id="wan_i2v-sample_shift-bool for number"),
    pytest.param("wan_i2v", "seed", "5", {}, id="wan_i2v-seed-text for integer"),
    pytest.param("wan_i2v", "seed", 5.5, {}, id="wan_i2v-seed-fraction for integer"),
    pytest.param("wan_i2v", "seed", True, {}, id="wan_i2v-seed-bool for integer"),
    pytest.param("wan_i2v", "disable_safety_checker", "true", {}, id="wan_i2v-disable_safety_checker-text for boolean"),
    pytest.param("wan_i2v", "disable_safety_checker", 1, {}, id="wan_i2v-disable_safety_checker-number for boolean"),
    pytest.param("wan_image_small", "prompt", 5, {}, id="wan_image_small-prompt-number for text"),
    pytest.param("wan_image_small", "aspect_ratio", 5, {}, id="wan_image_small-aspect_ratio-number for text"),
    pytest.param("wan_image_small", "aspect_ratio", "1x1", {}, id="wan_image_small-aspect_ratio-near-miss enum value"),
    pytest.param(
        "wan_image_small", "width", "5", {"aspect_ratio": "custom"}, id="wan_image_small-width-text for integer"
    ),
    pytest.param(
        "wan_image_small", "width", 5.5, {"aspect_ratio": "custom"}, id="wan_image_small-width-fraction for integer"
    ),
    pytest.param(
        "wan_image_small", "width", True, {"aspect_ratio": "custom"}, id="wan_image_small-width-bool for integer"
    ),
    pytest.param("wan_image_small", "width", 17, {"aspect_ratio": "custom"}, id="wan_image_small-width-not a multiple"),
    pytest.param(
        "wan_image_small", "height", "5", {"aspect_ratio": "custom"}, id="wan_image_small-height-text for integer"
    ),
    pytest.param(
        "wan_image_small", "height", 5.5, {"aspect_ratio": "custom"}, id="wan_image_small-height-fraction for integer"
    ),
    pytest.param(
        "wan_image_small", "height", True, {"aspect_ratio": "custom"}, id="wan_image_small-height-bool for integer"
    ),
    pytest.param(
        "wan_image_small", "height", 17, {"aspect_ratio": "custom"}, id="wan_image_small-height-not a multiple"
    ),
    pytest.param("wan_image_small", "juiced", "true", {}, id="wan_image_small-juiced-text for boolean"),
    pytest.param("wan_image_small", "juiced", 1, {}, id="wan_image_small-juiced-number for boolean"),
    pytest.param("wan_image_small", "seed", "5", {}, id="wan_image_small-seed-text for integer"),
    pytest.param("wan_image_small", "seed", 5.5, {}, id="wan_image_small-seed-fraction for integer"),
    pytest.param("wan_image_small", "seed", True, {}, id="wan_image_small-seed-bool for integer"),
    pytest.param("wan_image_small", "output_format", 5, {}, id="wan_image_small-output_format-number for text"),
    pytest.param(
        "wan_image_small", "output_format", "pngs", {}, id="wan_image_small-output_format-near-miss enum value"
    ),
    pytest.param("wan_image_small", "output_quality", "5", {}, id="wan_image_small-output_quality-text for integer"),
    pytest.param(
        "wan_image_small", "output_quality", 5.5, {}, id="wan_image_small-output_quality-fraction for integer"
    ),
    pytest.param("wan_image_small", "output_quality", True, {}, id="wan_image_small-output_quality-bool for integer"),
    pytest.param(
        "wan_image_small", "width", 16, {"aspect_ratio": "1:1"}, id="wan_image_small-width-set where it does not apply"
    ),
    pytest.param(
        "wan_image_small",
        "height",
        16,
        {"aspect_ratio": "1:1"},
        id="wan_image_small-height-set where it does not apply",
    ),
    pytest.param("wan_t2v", "prompt", 5, {}, id="wan_t2v-prompt-number for text"),
    pytest.param("wan_t2v", "num_frames", "5", {}, id="wan_t2v-num_frames-text for integer"),
    pytest.param("wan_t2v", "num_frames", 5.5, {}, id="wan_t2v-num_frames-fraction for integer"),
    pytest.param("wan_t2v", "num_frames", True, {}, id="wan_t2v-num_frames-bool for integer"),
    pytest.param("wan_t2v", "aspect_ratio", 5, {}, id="wan_t2v-aspect_ratio-number for text"),
    pytest.param("wan_t2v", "aspect_ratio", "16x9", {}, id="wan_t2v-aspect_ratio-near-miss enum value"),
    pytest.param("wan_t2v", "resolution", 5, {}, id="wan_t2v-resolution-number for text"),
    pytest.param("wan_t2v", "resolution", "480ps", {}, id="wan_t2v-resolution-near-miss enum value"),
    pytest.param("wan_t2v", "frames_per_second", "5", {}, id="wan_t2v-frames_per_second-text for integer"),
    pytest.param("wan_t2v", "frames_per_second", 5.5, {}, id="wan_t2v-frames_per_second-fraction for integer"),
    pytest.param("wan_t2v", "frames_per_second", True, {}, id="wan_t2v-frames_per_second-bool for integer"),
    pytest.param("wan_t2v", "go_fast", "true", {}, id="wan_t2v-go_fast-text for boolean"),
    pytest.param("wan_t2v", "go_fast", 1, {}, id="wan_t2v-go_fast-number for boolean"),
    pytest.param("wan_t2v", "sample_shift", "1.5", {}, id="wan_t2v-sample_shift-text for number"),
    pytest.param("wan_t2v", "sample_shift", True, {}, id="wan_t2v-sample_shift-bool for number"),
    pytest.param("wan_t2v", "seed", "5", {}, id="wan_t2v-seed-text for integer"),
    pytest.param("wan_t2v", "seed", 5.5, {}, id="wan_t2v-seed-fraction for integer"),
    pytest.param("wan_t2v", "seed", True, {}, id="wan_t2v-seed-bool for integer"),
    pytest.param("wan_t2v", "disable_safety_checker", "true", {}, id="wan_t2v-disable_safety_checker-text for boolean"),
    pytest.param("wan_t2v", "disable_safety_checker", 1, {}, id="wan_t2v-disable_safety_checker-number for boolean"),
]

# Full bodies the mock provider must accept: every parameter with an allowed value.
FULL_BODIES = {
    "flux_dev": {
        "prompt": "a red fox in the snow",
        "speed_mode": "a red fox in the snow",
        "num_inference_steps": 28,
        "guidance": 3.5,
        "seed": -1,
        "aspect_ratio": "1:1",
        "image_size": 1024,
        "output_format": "jpg",
        "output_quality": 80,
    },
    "p_image": {
        "prompt": "A majestic lion standing on a rocky cliff at sunset, photorealistic, 4k",
        "aspect_ratio": "16:9",
        "seed": 1,
        "disable_safety_checker": False,
    },
    "p_image_edit": {
        "prompt": "Transform into a watercolor painting style with vibrant colors",
        "images": ["https://api.pruna.ai/v1/files/file-abc123", "https://api.pruna.ai/v1/files/file-xyz789"],
        "turbo": True,
        "mode": "default",
        "aspect_ratio": "match_input_image",
        "reference_image": "1",
        "seed": 1,
        "disable_safety_checker": False,
    },
    "qwen_image": {"prompt": "a red fox in the snow"},
    "vace": {
        "prompt": "a red fox in the snow",
        "src_video": "https://example.com/input.png",
        "src_mask": "https://example.com/input.png",
        "src_ref_images": ["https://example.com/input.png"],
        "size": "720*1280",
        "frame_num": 81,
        "sample_steps": 50,
        "sample_guide_scale": 5,
        "sample_solver": "unipc",
    },
    "wan_i2v": {
        "prompt": "a red fox in the snow",
        "image": "https://example.com/input.png",
        "last_image": "https://example.com/input.png",
        "num_frames": 81,
        "resolution": "480p",
        "frames_per_second": 16,
        "go_fast": True,
        "sample_shift": 12,
        "seed": 1,
        "disable_safety_checker": True,
    },
    "wan_image_small": {
        "prompt": "a red fox in the snow",
        "aspect_ratio": "16:9",
        "juiced": False,
        "seed": 1,
        "output_format": "jpg",
        "output_quality": 80,
    },
    "wan_t2v": {
        "prompt": "a red fox in the snow",
        "num_frames": 81,
        "aspect_ratio": "16:9",
        "resolution": "480p",
        "frames_per_second": 16,
        "go_fast": True,
        "sample_shift": 12,
        "seed": 1,
        "disable_safety_checker": True,
    },
}

# Documented status -> exception class name, from the errors: list of the provider spec.
ERRORS = [
    pytest.param(400, "BadRequestError", id="BadRequestError"),
    pytest.param(401, "AuthenticationError", id="AuthenticationError"),
    pytest.param(403, "PermissionDeniedError", id="PermissionDeniedError"),
    pytest.param(404, "NotFoundError", id="NotFoundError"),
    pytest.param(410, "ContentExpiredError", id="ContentExpiredError"),
    pytest.param(413, "FileTooLargeError", id="FileTooLargeError"),
    pytest.param(422, "UnprocessableEntityError", id="UnprocessableEntityError"),
    pytest.param(429, "RateLimitError", id="RateLimitError"),
    pytest.param(500, "InternalServerError", id="InternalServerError"),
    pytest.param(502, "BadGatewayError", id="BadGatewayError"),
    pytest.param(503, "ServiceUnavailableError", id="ServiceUnavailableError"),
    pytest.param(504, "GatewayTimeoutError", id="GatewayTimeoutError"),
]


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    yield from support.mock_server()


@pytest.mark.parametrize(("method", "python", "value", "extra"), ALLOWED)
def test_client_sends_allowed_value(method: str, python: str, value: Any, extra: dict[str, Any]) -> None:
    support.check_allowed(Pruna, PROVIDER, MODELS[method], python, value, extra)


@pytest.mark.parametrize(("method", "python", "value", "extra"), FORBIDDEN)
def test_client_rejects_forbidden_value_before_sending(
    method: str, python: str, value: Any, extra: dict[str, Any]
) -> None:
    support.check_forbidden(Pruna, PROVIDER, MODELS[method], python, value, extra)


@pytest.mark.parametrize("method", sorted(MODELS))
def test_missing_required_and_unknown_arguments_fail_before_sending(method: str) -> None:
    support.check_missing_and_extra(Pruna, PROVIDER, MODELS[method])


@pytest.mark.parametrize("method", sorted(MODELS))
def test_request_shape(method: str) -> None:
    support.check_request_shape(Pruna, PROVIDER, MODELS[method])


@pytest.mark.parametrize("method", sorted(MODELS))
def test_call_with_only_required_arguments_sends_only_those(method: str) -> None:
    support.check_minimal_body(Pruna, PROVIDER, MODELS[method])


@pytest.mark.parametrize(("status", "class_name"), ERRORS)
@pytest.mark.parametrize("method", sorted(MODELS))
def test_documented_error_maps_to_its_class(method: str, status: int, class_name: str) -> None:
    support.check_error_mapping(Pruna, PROVIDER, MODELS[method], status, getattr(errors, class_name))


@pytest.mark.parametrize("method", sorted(MODELS))
def test_request_model_agrees_with_its_json_schema(method: str) -> None:
    module = importlib.import_module(f"imagegen.{PROVIDER.id}.models.{MODEL_MODULES[method][0]}")
    support.check_model_against_schema(getattr(module, MODEL_MODULES[method][1]), MODELS[method].json_schema)


@pytest.mark.parametrize("method", sorted(MODELS))
def test_mock_provider_accepts_every_allowed_parameter(method: str, mock: Any) -> None:
    support.check_mock_accepts(PROVIDER, MODELS[method], mock.base_url(PROVIDER.id), FULL_BODIES[method])


@pytest.mark.parametrize("method", sorted(MODELS))
def test_lifecycle_over_http_sync_and_async(method: str, mock: Any) -> None:
    support.check_lifecycle(Pruna, AsyncPruna, PROVIDER, MODELS[method], mock.base_url(PROVIDER.id))


@pytest.mark.parametrize("method", sorted(MODELS))
def test_live_cheapest_call_matches_the_spec(method: str) -> None:
    client = support.live_client(Pruna, PROVIDER)
    with client:
        result = getattr(client, method)(**MODELS[method].minimal)
    data = result.download() if PROVIDER.style == "pruna" else result.media_bytes()
    assert data, "the provider returned no media"
