"""A webhook passed with a call, against the mock, for every provider whose spec says how (webhooks.request): the
generated client's submit method puts it where the spec says and returns the prediction at once; the mock takes it
out of the body before checking the inputs, records it, and refuses one that is not as the spec says."""

from __future__ import annotations

from urllib.parse import parse_qs

import httpx
import imagegen_typed
import pytest

from imagegen_specgen.contract.cases import minimal_kwargs
from imagegen_specgen.contract.samples import minimal_input
from imagegen_specgen.mock import MockServer
from imagegen_specgen.mock.state import Webhook as Recorded
from imagegen_specgen.parser import ir

from .conftest import KEY, PROJECT, apis
from .helpers import auth, error_message

WEBHOOKS = apis(PROJECT, "predictions", lambda p, _: p.webhook_request is not None)
HOOK = "https://example.com/hooks/images?user=7"


def test_the_specs_pass_webhooks_in_the_body_and_in_the_query() -> None:
    ways = {p.values[0].webhook_request.url_in for p in WEBHOOKS}  # type: ignore[union-attr]
    assert ways == {"body", "query"}, WEBHOOKS


def _webhook(hook: ir.WebhookRequest) -> imagegen_typed.Webhook:
    return imagegen_typed.Webhook(
        HOOK,
        events=hook.events[-2:] if hook.events_name else (),
        secret="hook-secret-local" if hook.secret_name else None,
    )


@pytest.mark.parametrize(("provider", "api"), WEBHOOKS)
def test_a_submit_with_a_webhook_returns_the_prediction_at_once_and_the_mock_records_it(
    provider: ir.Provider, api: ir.API, server: MockServer
) -> None:
    hook = provider.webhook_request
    assert hook is not None
    model = provider.models_of(api)[0]
    webhook = _webhook(hook)
    with getattr(imagegen_typed, provider.client_name)(api_key=KEY, base_url=server.base_url(provider.id)) as client:
        prediction = getattr(client, f"submit_{model.method_name}")(**minimal_kwargs(model), webhook=webhook)
        assert prediction.id and prediction.finished is None
        (submit,) = server.requests.find(method="POST")
        assert [e.method for e in server.requests.entries] == ["POST"]  # nothing polled
        assert api.hold is None or submit.header(api.hold.header) is None  # never held: the id comes back at once
        recorded = server.prediction(prediction.id)
        assert recorded is not None
        assert recorded.webhook == Recorded(HOOK, webhook.events, webhook.secret is not None)
        body = submit.json
        where = parse_qs(submit.query) if hook.url_in == "query" else body
        assert where[hook.url_name] in (HOOK, [HOOK])
        if hook.events_name:
            assert body[hook.events_name] == list(webhook.events)
        if hook.secret_name:
            assert body[hook.secret_name] == "hook-secret-local"  # in clear, to the provider's own host only
        fields = {hook.url_name, hook.events_name, hook.secret_name}
        inputs = body[api.input_field] if api.input_field else {k: v for k, v in body.items() if k not in fields}
        assert inputs == recorded.input == minimal_input(model, contract=True)
        result = client.predictions.wait(prediction, deadline=30)  # the job is followed like any other
        assert result.outputs and result.submit_response is prediction.http_response


@pytest.mark.parametrize(("provider", "api"), WEBHOOKS)
def test_the_mock_refuses_a_webhook_that_is_not_an_url(
    provider: ir.Provider, api: ir.API, server: MockServer, client: httpx.Client
) -> None:
    hook = provider.webhook_request
    assert hook is not None
    model = provider.models_of(api)[0]
    inputs = minimal_input(model, contract=True)
    body = {api.input_field: inputs} if api.input_field else dict(inputs)
    params = {}
    if hook.url_in == "query":
        params[hook.url_name] = "not a url"
    else:
        body[hook.url_name] = "not a url"
    path = api.model_path(model) if api.needs_model_path else api.submit_path
    headers = {**auth(provider), **({api.model_header: model.model_id} if api.model_header else {})}
    response = client.post(server.base_url(provider.id) + path, json=body, params=params, headers=headers)
    assert response.status_code == 422
    assert hook.url_name in error_message(provider, response)


@pytest.mark.parametrize(("provider", "api"), WEBHOOKS)
def test_the_client_refuses_a_webhook_the_provider_cannot_take_before_sending(
    provider: ir.Provider, api: ir.API, server: MockServer
) -> None:
    hook = provider.webhook_request
    assert hook is not None
    model = provider.models_of(api)[0]
    wrong = imagegen_typed.Webhook(
        "ftp://example.com/hook", events=["finished"], secret=None if hook.secret_name else "not-taken"
    )
    with getattr(imagegen_typed, provider.client_name)(api_key=KEY, base_url=server.base_url(provider.id)) as client:
        with pytest.raises(imagegen_typed.InvalidParameterError) as caught:
            getattr(client, f"submit_{model.method_name}")(**minimal_kwargs(model), webhook=wrong)
    problems = " ".join(caught.value.problems)
    assert "webhook.url='ftp://example.com/hook' is not an http(s) URL" in problems
    if hook.events_name:
        assert "'finished' is not allowed; allowed values: " + ", ".join(map(repr, hook.events)) in problems
    else:
        assert "takes no choice of events" in problems
    assert ("takes no secret" in problems) == (hook.secret_name is None)
    assert "nothing was sent" in str(caught.value) and server.requests.entries == []
