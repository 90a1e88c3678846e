"""The API key never leaks: not in reprs, errors or logs, and never sent to another host."""

from __future__ import annotations

import logging

import httpx
import pytest

from imagegen_specgen.runtime import APIConnectionError, APIStatusError, MissingAPIKeyError

from .fakes import JOBS, KEY, Jobs, Reply, Script, direct, image, jobs, ok_json, replace_record


def test_key_absent_from_reprs_and_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="imagegen_typed")
    replies: list[Reply] = [httpx.Response(500, json={"error": "boom"}), httpx.ReadTimeout("slow")]
    script = Script(replies + [httpx.Response(503)] * 3)
    client = direct(script)
    texts = [repr(client), str(client), repr(client._session), repr(client.with_options(max_retries=1))]
    for call in (
        lambda: client.p_image(prompt="a"),
        lambda: client.p_image(prompt="a"),
        lambda: client.download("/v1/x"),
    ):
        with pytest.raises((APIStatusError, APIConnectionError)) as caught:
            call()
        texts += [str(caught.value), repr(caught.value), str(caught.value.__cause__)]
    texts += [record.getMessage() for record in caplog.records]
    assert caplog.records, "requests are logged"
    assert not [text for text in texts if KEY in text]


def test_missing_key_error_names_only_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBS_API_KEY", raising=False)
    from .fakes import Jobs

    with pytest.raises(MissingAPIKeyError, match="JOBS_API_KEY"):
        Jobs()


def test_log_lines_have_method_url_status_attempt_and_elapsed(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="imagegen_typed")
    direct(Script([httpx.Response(502), image()])).p_image(prompt="a")
    messages = [r.getMessage() for r in caplog.records if r.name == "imagegen_typed"]
    assert "POST https://api.direct.test/v1/p-image -> 502 (attempt 1, 0.000 s)" in messages
    assert "POST https://api.direct.test/v1/p-image -> 200 (attempt 2, 0.000 s)" in messages
    assert any("retrying in 0.50 s" in m for m in messages)


def test_downloads_from_other_hosts_go_without_the_key() -> None:
    script = Script([image(), image()])
    client = jobs(script)
    client.download("https://cdn.elsewhere.test/out.png")
    client.download("https://cdn.elsewhere.test/out.png", timeout=5.0)
    assert all("apikey" not in r.headers for r in script.requests)
    direct_script = Script([image()])
    direct(direct_script).download("http://api.direct.test/x")  # same host, other scheme: not ours
    assert "x-api-key" not in direct_script.requests[0].headers


def redirect(location: str) -> httpx.Response:
    return httpx.Response(302, headers={"location": location})


def test_redirect_to_another_host_drops_the_key() -> None:
    script = Script(
        [
            redirect("/v1/predictions/delivery/moved.png"),
            redirect("https://storage.other.test/signed.png?sig=1"),
            image(b"img"),
        ]
    )
    assert jobs(script).download("/v1/predictions/delivery/a.png") == b"img"
    assert [r.url.host for r in script.requests] == ["api.jobs.test", "api.jobs.test", "storage.other.test"]
    assert script.requests[1].headers["apikey"] == KEY
    assert "apikey" not in script.requests[2].headers


@pytest.mark.parametrize("where", ["default_headers", "http_client"])
def test_headers_naming_the_auth_header_never_reach_another_host(where: str) -> None:
    script = Script([redirect("https://evil.test/x"), image()])
    if where == "default_headers":
        client = direct(script).with_options(default_headers={"X-API-KEY": KEY})
    else:
        http = httpx.Client(transport=httpx.MockTransport(script), headers={"X-Api-Key": KEY})
        client = direct(script).with_options(http_client=http)
    client.download("/v1/file")
    assert script.requests[0].headers.get_list("x-api-key") == [KEY]
    assert "x-api-key" not in script.requests[1].headers


def test_redirected_post_is_not_replayed() -> None:
    script = Script([redirect("https://api.direct.test/v1/other")])
    with pytest.raises(APIStatusError) as caught:
        direct(script).p_image(prompt="a")
    assert caught.value.status_code == 302 and len(script.requests) == 1


def test_error_body_is_kept_without_the_request_headers_in_str() -> None:
    script = Script([ok_json({"error": {"message": "no"}, "request_id": "req_1"}, 401)])
    with pytest.raises(APIStatusError) as caught:
        jobs(script).predictions.status("x")
    assert str(caught.value) == "HTTP 401: no (request id: req_1)"


def test_an_auth_scheme_prefixes_the_key_on_the_providers_host_only() -> None:
    class Bearer(Jobs):
        _provider = replace_record(JOBS, auth_header="Authorization", auth_scheme="Bearer")

    script = Script([ok_json({"status": "succeeded", "generation_url": "https://cdn.other.test/o.png"}), image()])
    result = jobs(script, cls=Bearer).p_image(prompt="a")
    result.download()
    assert script.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert "authorization" not in script.requests[1].headers


def test_logs_stay_redacted_after_an_equal_key_of_another_client_is_collected(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import gc

    caplog.set_level(logging.DEBUG, logger="httpcore")
    first = direct(Script([]))
    second = direct(Script([]))
    del first
    gc.collect()
    logging.getLogger("httpcore.http11").debug("headers %s", [(b"x-echo", KEY.encode())])
    assert KEY not in caplog.text and second is not None
