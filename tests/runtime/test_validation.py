"""Arguments are checked against the request model before any request leaves the machine."""

from __future__ import annotations

import pytest

from imagegen_specgen.runtime import InvalidParameterError

from .fakes import DIRECT_IMAGE, ImageRequest, Script, async_direct, direct, image


def rejected(**kw: object) -> InvalidParameterError:
    script = Script()
    client = direct(script)
    with pytest.raises(InvalidParameterError) as caught:
        client.p_image(**kw)  # type: ignore[arg-type]
    assert script.requests == [], "nothing may be sent when validation fails"
    return caught.value


def test_enum_near_miss_names_python_param_value_and_allowed_values() -> None:
    error = rejected(prompt="cat", aspect_ratio="16x9")
    assert str(error) == (
        "aspect_ratio='16x9' is not allowed; allowed values: '1:1', '16:9', '9:16', '4:3', 'custom'; "
        "did you mean '16:9'?"
    )
    assert isinstance(error, ValueError)


def test_range_and_item_count_messages() -> None:
    assert rejected(prompt="cat", seed=10**7).problems == ("seed=10000000 is out of range: must be <= 999999",)
    urls = [f"https://x.test/{i}.png" for i in range(6)]
    assert rejected(prompt="cat", images=urls).problems == ("images: at most 5 items, got 6",)
    assert rejected(prompt="cat", images=[]).problems == ("images: at least 1 item, got 0",)


def test_wrong_types_are_not_coerced() -> None:
    problem = rejected(prompt="cat", seed="5").problems[0]
    assert problem.startswith("seed='5' is not allowed: input should be a valid integer")
    assert rejected(prompt="cat", safe=0).problems[0].startswith("safe=0 is not allowed")


def test_all_problems_in_one_error_in_parameter_order() -> None:
    error = rejected(prompt=5, seed=-7, aspect_ratio="square")
    assert len(error.problems) == 3
    assert error.problems[0].startswith("prompt=5")
    assert error.problems[1].startswith("aspect_ratio='square' is not allowed")
    assert error.problems[2] == "seed=-7 is out of range: must be >= -1"
    assert str(error).startswith("3 invalid parameters: prompt=5")


def test_aliased_field_is_reported_by_python_name_and_sent_by_wire_name() -> None:
    assert rejected(prompt="cat", class_="potato").problems[0].startswith("class_='potato' is not allowed")
    script = Script([image()])
    direct(script).p_image(prompt="cat", class_="art")
    assert script.body()["class"] == "art"


def test_unexpected_and_missing_parameters() -> None:
    client = direct(Script())
    with pytest.raises(InvalidParameterError) as caught:
        client._generate(DIRECT_IMAGE, ImageRequest, {"promt": "cat"})
    assert caught.value.problems == ("prompt is required", "unexpected parameter 'promt'; did you mean 'prompt'?")


def test_relevant_when_non_default_value_is_an_error() -> None:
    assert rejected(prompt="cat", width=800).problems == (
        "width=800 only applies when aspect_ratio is 'custom' (got aspect_ratio='16:9')",
    )


def test_relevant_when_default_value_is_omitted_and_applies_when_condition_holds() -> None:
    script = Script([image(), image()])
    client = direct(script)
    # aspect_ratio unset: its documented default '16:9' decides, so width at its default does not apply
    client.p_image(prompt="cat", width=1024)
    assert script.body(0) == {"prompt": "cat"}
    client.p_image(prompt="cat", aspect_ratio="custom", width=800)
    assert script.body(1) == {"prompt": "cat", "aspect_ratio": "custom", "width": 800}


def test_unset_parameters_are_not_sent_and_set_ones_are_even_at_their_default() -> None:
    script = Script([image(), image(), image()])
    client = direct(script)
    client.p_image(prompt="cat")
    assert script.body(0) == {"prompt": "cat"}, "the provider applies its own defaults"
    client.p_image(prompt="cat", seed=42, safe=True, aspect_ratio="16:9")
    assert script.body(1) == {"prompt": "cat", "seed": 42, "safe": True, "aspect_ratio": "16:9"}
    # None is "not set" too (untyped callers), never sent as null
    client._generate(DIRECT_IMAGE, ImageRequest, {"prompt": "cat", "seed": None, "class": None})
    assert script.body(2) == {"prompt": "cat"}


@pytest.mark.asyncio
async def test_async_client_sends_only_what_the_caller_set() -> None:
    script = Script([image()])
    client = async_direct(script)
    await client.p_image(prompt="cat", seed=-1)
    assert script.body(0) == {"prompt": "cat", "seed": -1}


def test_direct_rejects_local_files_for_url_params() -> None:
    error = rejected(prompt="cat", images=["https://ok.test/a.png", b"\x89PNG", "cat.png"])
    assert error.problems[0].startswith("images[1]=<4 bytes> is not an http(s) URL; this provider cannot take local")
    assert error.problems[1].startswith("images[2]='cat.png' is not an http(s) URL")
    assert rejected(prompt="cat", images=["ftp://x"]).problems[0].startswith("images[0]='ftp://x' is not an http(s)")


def test_url_pattern_message() -> None:
    script = Script()
    client = direct(script)
    with pytest.raises(InvalidParameterError) as caught:
        client._generate(DIRECT_IMAGE, ImageRequest, {"prompt": "cat", "images": ["https://ok.test/a", 7]})
    assert caught.value.problems[0].startswith("images[1]=7")
