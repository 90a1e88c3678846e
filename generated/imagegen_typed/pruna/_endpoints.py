"""What the Pruna P-API runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

from .._runtime.endpoints import (
    Condition,
    EndpointInfo,
    FilesInfo,
    ParamInfo,
    PredictionsInfo,
    ProviderInfo,
    RateLimit,
)

PROVIDER = ProviderInfo(
    id="pruna",
    title="Pruna P-API",
    base_url="https://api.pruna.ai",
    auth_header="apikey",
    api_key_env="PRUNA_API_KEY",
    base_url_env="PRUNA_BASE_URL",
    generate_timeout=90.0,
    error_message_paths=(
        "error.message",
        "error",
        "message",
        "detail",
    ),
    error_request_id_paths=("request_id",),
    files=FilesInfo(path="/v1/files", field="content"),
)

API_P_API = PredictionsInfo(
    name="p_api",
    submit_path="/v1/predictions",
    status_path="/v1/predictions/status/{id}",
    pending=(
        "starting",
        "processing",
    ),
    succeeded=("succeeded",),
    failed=("failed",),
    canceled=("canceled",),
    model_header="Model",
    input_field="input",
    hold_header="Try-Sync",
    hold_value="true",
    hold_max_seconds=60.0,
    status_url_field="get_url",
    message_field="message",
    error_field="error",
    output_field="generation_url",
    delivery_path="/v1/predictions/delivery",
    status_rate_limit=RateLimit(requests=30000, per_seconds=60.0),
    delivery_rate_limit=RateLimit(requests=10000, per_seconds=60.0),
)

# spec: models/pruna-flux-2-klein-4b.yaml
FLUX_2_KLEIN_4B = EndpointInfo(
    model_id="flux-2-klein-4b",
    method="flux_2_klein_4b",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="images", upload="many", has_default=True, default=[]),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="go_fast", has_default=True, default=False),
        ParamInfo(wire="aspect_ratio", has_default=True, default="1:1"),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="output_quality", has_default=True, default=95),
        ParamInfo(wire="output_megapixels", has_default=True, default="1"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="flux-2-klein-4b",
)

# spec: models/pruna-flux-dev.yaml
FLUX_DEV = EndpointInfo(
    model_id="flux-dev",
    method="flux_dev",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="speed_mode", has_default=True, default="Extra Juiced 🔥 (more speed)"),
        ParamInfo(wire="num_inference_steps", has_default=True, default=28),
        ParamInfo(wire="guidance", has_default=True, default=3.5),
        ParamInfo(wire="seed", has_default=True, default=-1),
        ParamInfo(wire="aspect_ratio", has_default=True, default="1:1"),
        ParamInfo(wire="image_size", has_default=True, default=1024),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="output_quality", has_default=True, default=80),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="FLUX.1 [dev]",
)

# spec: models/pruna-flux-dev-lora.yaml
FLUX_DEV_LORA = EndpointInfo(
    model_id="flux-dev-lora",
    method="flux_dev_lora",
    params=(
        ParamInfo(wire="lora"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="guidance", has_default=True, default=3),
        ParamInfo(wire="extra_lora"),
        ParamInfo(wire="lora_scale", has_default=True, default=1),
        ParamInfo(wire="megapixels", has_default=True, default="1"),
        ParamInfo(wire="speed_mode", has_default=True, default="Juiced 🧃"),
        ParamInfo(wire="num_outputs", has_default=True, default=1),
        ParamInfo(wire="aspect_ratio", has_default=True, default="1:1"),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="prompt_strength", has_default=True, default=0.8),
        ParamInfo(wire="extra_lora_scale", has_default=True, default=1),
        ParamInfo(wire="num_inference_steps", has_default=True, default=28),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="flux-dev-lora",
)

# spec: models/pruna-p-image.yaml
P_IMAGE = EndpointInfo(
    model_id="p-image",
    method="p_image",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="width", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="height", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(wire="lora_scale", has_default=True, default=0.5),
        ParamInfo(wire="hf_api_token", secret=True),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=250, per_seconds=60.0),
    title="P-Image",
)

# spec: models/pruna-p-image-edit.yaml
P_IMAGE_EDIT = EndpointInfo(
    model_id="p-image-edit",
    method="p_image_edit",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="images", upload="many"),
        ParamInfo(wire="turbo", has_default=True, default=True),
        ParamInfo(wire="aspect_ratio", has_default=True, default="match_input_image"),
        ParamInfo(wire="reference_image"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=250, per_seconds=60.0),
    title="P-Image-Edit",
)

# spec: models/pruna-p-image-edit-lora.yaml
P_IMAGE_EDIT_LORA = EndpointInfo(
    model_id="p-image-edit-lora",
    method="p_image_edit_lora",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="turbo", has_default=True, default=True),
        ParamInfo(wire="images", upload="many", has_default=True, default=[]),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="lora_scale", has_default=True, default=1),
        ParamInfo(wire="aspect_ratio", has_default=True, default="match_input_image"),
        ParamInfo(wire="hf_api_token", secret=True),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=500, per_seconds=60.0),
    title="p-image-edit-lora",
)

# spec: models/pruna-p-image-lora.yaml
P_IMAGE_LORA = EndpointInfo(
    model_id="p-image-lora",
    method="p_image_lora",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="width"),
        ParamInfo(wire="height"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="lora_scale", has_default=True, default=0.5),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="hf_api_token", secret=True),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=500, per_seconds=60.0),
    title="p-image-lora",
)

# spec: models/pruna-p-image-try-on.yaml
P_IMAGE_TRY_ON = EndpointInfo(
    model_id="p-image-try-on",
    method="p_image_try_on",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="prompt", has_default=True, default=""),
        ParamInfo(wire="turbo", has_default=True, default=False),
        ParamInfo(wire="person_image", upload="one"),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="garment_images", upload="many"),
        ParamInfo(wire="output_quality", has_default=True, default=95),
        ParamInfo(wire="reference_pose", upload="one"),
        ParamInfo(wire="preserve_input_size", has_default=True, default=True),
    ),
    rate_limit=RateLimit(requests=500, per_seconds=60.0),
    title="p-image-try-on",
)

# spec: models/pruna-p-image-upscale.yaml
P_IMAGE_UPSCALE = EndpointInfo(
    model_id="p-image-upscale",
    method="p_image_upscale",
    params=(
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="target", has_default=True, default=4),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="enhance_details", has_default=True, default=False),
        ParamInfo(wire="enhance_realism", has_default=True, default=False),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=500, per_seconds=60.0),
    title="p-image-upscale",
)

# spec: models/pruna-p-video.yaml
P_VIDEO = EndpointInfo(
    model_id="p-video",
    method="p_video",
    params=(
        ParamInfo(wire="fps", has_default=True, default=24),
        ParamInfo(wire="seed"),
        ParamInfo(wire="audio", upload="one"),
        ParamInfo(wire="draft", has_default=True, default=False),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="duration", has_default=True, default=5),
        ParamInfo(wire="resolution", has_default=True, default="720p"),
        ParamInfo(wire="save_audio", has_default=True, default=True),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="last_frame_image", upload="one"),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=True),
        ParamInfo(wire="disable_safety_filter", has_default=True, default=True),
    ),
    sync=False,
    rate_limit=RateLimit(requests=250, per_seconds=60.0),
    title="p-video",
)

# spec: models/pruna-p-video-animate.yaml
P_VIDEO_ANIMATE = EndpointInfo(
    model_id="p-video-animate",
    method="p_video_animate",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="turbo", has_default=True, default=False),
        ParamInfo(wire="video", upload="one"),
        ParamInfo(wire="resolution", has_default=True, default="720p"),
        ParamInfo(wire="save_audio", has_default=True, default=True),
        ParamInfo(wire="target_fps", has_default=True, default="original"),
        ParamInfo(wire="ignore_audio", has_default=True, default=False),
        ParamInfo(wire="instruction_prompt", has_default=True, default=""),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    sync=False,
    rate_limit=RateLimit(requests=50, per_seconds=60.0),
    title="p-video-animate",
)

# spec: models/pruna-p-video-avatar.yaml
P_VIDEO_AVATAR = EndpointInfo(
    model_id="p-video-avatar",
    method="p_video_avatar",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="audio", upload="one"),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="voice", has_default=True, default="Zephyr (Female)"),
        ParamInfo(wire="resolution", has_default=True, default="720p"),
        ParamInfo(wire="video_prompt", has_default=True, default="The person is talking."),
        ParamInfo(wire="voice_prompt", has_default=True, default="Say the following."),
        ParamInfo(wire="voice_script", has_default=True, default=""),
        ParamInfo(wire="voice_language", has_default=True, default="English (US)"),
        ParamInfo(wire="negative_prompt", has_default=True, default=""),
        ParamInfo(wire="disable_safety_filter", has_default=True, default=True),
        ParamInfo(wire="strength_negative_prompt", has_default=True, default=0.5),
        ParamInfo(wire="disable_prompt_upsampling", has_default=True, default=False),
    ),
    sync=False,
    rate_limit=RateLimit(requests=50, per_seconds=60.0),
    title="p-video-avatar",
)

# spec: models/pruna-p-video-replace.yaml
P_VIDEO_REPLACE = EndpointInfo(
    model_id="p-video-replace",
    method="p_video_replace",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="turbo", has_default=True, default=False),
        ParamInfo(wire="video", upload="one"),
        ParamInfo(wire="images", upload="many"),
        ParamInfo(wire="resolution", has_default=True, default="720p"),
        ParamInfo(wire="save_audio", has_default=True, default=True),
        ParamInfo(wire="target_fps", has_default=True, default="original"),
        ParamInfo(wire="ignore_audio", has_default=True, default=False),
        ParamInfo(wire="instruction_prompt", has_default=True, default=""),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    sync=False,
    rate_limit=RateLimit(requests=50, per_seconds=60.0),
    title="p-video-replace",
)

# spec: models/pruna-qwen-image.yaml
QWEN_IMAGE = EndpointInfo(
    model_id="qwen-image",
    method="qwen_image",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="go_fast", has_default=True, default=True),
        ParamInfo(wire="guidance", has_default=True, default=3),
        ParamInfo(wire="strength", has_default=True, default=0.9),
        ParamInfo(wire="image_size", has_default=True, default="optimize_for_quality"),
        ParamInfo(wire="lora_scale", has_default=True, default=1),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="output_format", has_default=True, default="webp"),
        ParamInfo(wire="enhance_prompt", has_default=True, default=False),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="negative_prompt", has_default=True, default=" "),
        ParamInfo(wire="extra_lora_scale"),
        ParamInfo(wire="extra_lora_weights"),
        ParamInfo(wire="num_inference_steps", has_default=True, default=30),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="Qwen Image",
)

# spec: models/pruna-qwen-image-edit-plus.yaml
QWEN_IMAGE_EDIT_PLUS = EndpointInfo(
    model_id="qwen-image-edit-plus",
    method="qwen_image_edit_plus",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="image", upload="many"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="go_fast", has_default=True, default=True),
        ParamInfo(wire="aspect_ratio", has_default=True, default="match_input_image"),
        ParamInfo(wire="output_format", has_default=True, default="webp"),
        ParamInfo(wire="output_quality", has_default=True, default=95),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="qwen-image-edit-plus",
)

# spec: models/pruna-qwen-image-fast.yaml
QWEN_IMAGE_FAST = EndpointInfo(
    model_id="qwen-image-fast",
    method="qwen_image_fast",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="width"),
        ParamInfo(wire="height"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="creativity", has_default=True, default=0.62),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="qwen-image-fast",
)

# spec: models/pruna-vace.yaml
VACE = EndpointInfo(
    model_id="vace",
    method="vace",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="src_video", upload="one"),
        ParamInfo(wire="src_mask", upload="one"),
        ParamInfo(wire="src_ref_images", upload="many"),
        ParamInfo(wire="size", has_default=True, default="832*480"),
        ParamInfo(wire="frame_num", has_default=True, default=81),
        ParamInfo(wire="sample_steps", has_default=True, default=50),
        ParamInfo(wire="sample_guide_scale", has_default=True, default=5),
        ParamInfo(wire="sample_solver", has_default=True, default="unipc"),
        ParamInfo(wire="seed", has_default=True, default=-1),
        ParamInfo(wire="speed_mode", has_default=True, default="Lightly Juiced 🍊 (more consistent)"),
        ParamInfo(wire="sample_shift", has_default=True, default=16),
    ),
    sync=False,
    rate_limit=RateLimit(requests=30, per_seconds=60.0),
    title="VACE",
)

# spec: models/pruna-wan-i2v.yaml
WAN_I2V = EndpointInfo(
    model_id="wan-i2v",
    method="wan_i2v",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="last_image", upload="one"),
        ParamInfo(wire="num_frames", has_default=True, default=81),
        ParamInfo(wire="resolution", has_default=True, default="480p"),
        ParamInfo(wire="frames_per_second", has_default=True, default=16),
        ParamInfo(wire="go_fast", has_default=True, default=True),
        ParamInfo(wire="sample_shift", has_default=True, default=12),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(wire="interpolate_output", has_default=True, default=False),
        ParamInfo(wire="lora_scale_transformer", has_default=True, default=1),
        ParamInfo(wire="lora_scale_transformer_2", has_default=True, default=1),
        ParamInfo(wire="lora_weights_transformer"),
        ParamInfo(wire="lora_weights_transformer_2"),
    ),
    sync=False,
    rate_limit=RateLimit(requests=30, per_seconds=60.0),
    title="Wan Image-to-Video",
)

# spec: models/pruna-wan-image-small.yaml
WAN_IMAGE_SMALL = EndpointInfo(
    model_id="wan-image-small",
    method="wan_image_small",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="width", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="height", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="juiced", has_default=True, default=False),
        ParamInfo(wire="seed"),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="num_outputs", has_default=True, default=1),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="Wan Image Small",
)

# spec: models/pruna-wan-t2v.yaml
WAN_T2V = EndpointInfo(
    model_id="wan-t2v",
    method="wan_t2v",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="num_frames", has_default=True, default=81),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="resolution", has_default=True, default="480p"),
        ParamInfo(wire="frames_per_second", has_default=True, default=16),
        ParamInfo(wire="go_fast", has_default=True, default=True),
        ParamInfo(wire="sample_shift", has_default=True, default=12),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(wire="optimize_prompt", has_default=True, default=False),
        ParamInfo(wire="interpolate_output", has_default=True, default=True),
        ParamInfo(wire="lora_scale_transformer", has_default=True, default=1),
        ParamInfo(wire="lora_scale_transformer_2", has_default=True, default=1),
        ParamInfo(wire="lora_weights_transformer"),
        ParamInfo(wire="lora_weights_transformer_2"),
    ),
    sync=False,
    rate_limit=RateLimit(requests=30, per_seconds=60.0),
    title="Wan Text-to-Video",
)

# spec: models/pruna-z-image-turbo.yaml
Z_IMAGE_TURBO = EndpointInfo(
    model_id="z-image-turbo",
    method="z_image_turbo",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="width", has_default=True, default=1024),
        ParamInfo(wire="height", has_default=True, default=1024),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="go_fast", has_default=True, default=False),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="guidance_scale", has_default=True, default=0),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="num_inference_steps", has_default=True, default=8),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="z-image-turbo",
)

# spec: models/pruna-z-image-turbo-lora.yaml
Z_IMAGE_TURBO_LORA = EndpointInfo(
    model_id="z-image-turbo-lora",
    method="z_image_turbo_lora",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="width", has_default=True, default=1024),
        ParamInfo(wire="height", has_default=True, default=1024),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="lora_scales"),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="guidance_scale", has_default=True, default=0),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="num_inference_steps", has_default=True, default=8),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="z-image-turbo-lora",
)

ENDPOINTS = (
    FLUX_2_KLEIN_4B,
    FLUX_DEV,
    FLUX_DEV_LORA,
    P_IMAGE,
    P_IMAGE_EDIT,
    P_IMAGE_EDIT_LORA,
    P_IMAGE_LORA,
    P_IMAGE_TRY_ON,
    P_IMAGE_UPSCALE,
    P_VIDEO,
    P_VIDEO_ANIMATE,
    P_VIDEO_AVATAR,
    P_VIDEO_REPLACE,
    QWEN_IMAGE,
    QWEN_IMAGE_EDIT_PLUS,
    QWEN_IMAGE_FAST,
    VACE,
    WAN_I2V,
    WAN_IMAGE_SMALL,
    WAN_T2V,
    Z_IMAGE_TURBO,
    Z_IMAGE_TURBO_LORA,
)
