"""The exceptions the runtime raises.

    ImagegenError
    ├── InvalidParameterError (also ValueError)   arguments rejected before any request is sent
    ├── MissingAPIKeyError                         no api_key argument and no environment variable
    ├── UnsupportedOperationError (also TypeError) the API does not offer it (e.g. cancel); nothing sent
    ├── APIError
    │   ├── APIStatusError                         an HTTP error status; generated per-provider subclasses
    │   ├── APIConnectionError                     the request failed on the network
    │   │   └── APITimeoutError
    │   ├── ResponseParseError                     a 2xx body that is malformed, truncated or not as documented
    │   └── ContentFilteredError                   a 2xx whose output the provider filtered (its finish reason)
    └── PredictionError                            a prediction ended badly (protocol predictions)
        ├── PredictionFailedError
        ├── PredictionCanceledError
        │   └── PredictionAbortedError             stopped before it started
        ├── UnknownPredictionStatusError
        └── WaitTimeoutError

A status listed in the provider's `ERRORS` mapping raises that class; any other status raises the
provider's base class (`_default_error`, APIStatusError itself when a client sets none).
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx


class ImagegenError(Exception):
    """Base of every error this package raises."""


class InvalidParameterError(ImagegenError, ValueError):
    """One or more arguments are not allowed; `problems` lists each, the first one first."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        if len(self.problems) == 1:
            message = self.problems[0]
        else:
            message = f"{len(self.problems)} invalid parameters: " + "; ".join(self.problems)
        super().__init__(message)


class MissingAPIKeyError(ImagegenError):
    """Neither an `api_key` argument nor the provider's environment variable was set."""


class APIError(ImagegenError):
    """An error talking to the provider.

    `prediction_id` is set when the error ended a wait for a prediction that exists on the server (it may
    still finish, and is billed): resume with `client.predictions.wait(prediction_id)`. `prediction_model`
    is set too when the API's follow-up paths need the model id: pass it as `model=`.
    """

    prediction_id: str | None = None
    prediction_model: str | None = None
    output_urls: tuple[str, ...] = ()  # a generation's outputs this error kept the client from fetching

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request

    def resumable(self, prediction_id: str, model: str | None = None) -> APIError:
        """Record the prediction this error interrupted and say in the message how to resume it (`model`:
        the model id, when the API needs it to follow the prediction)."""
        if self.prediction_id is None:
            self.prediction_id = prediction_id
            self.prediction_model = model
            self.message = f"{self.message}; prediction {prediction_id} may still finish: " + resume_hint(
                prediction_id, model
            )
            self.args = (self.message, *self.args[1:])
        return self

    def unfetched(self, urls: tuple[str, ...], request_id: str | None) -> APIError:
        """Record that the generation itself succeeded, and where its outputs are: fetching them failed."""
        if not self.output_urls:
            self.output_urls = urls
            ref = f" (request id {request_id})" if request_id else ""
            self.message = f"{self.message}; the generation succeeded{ref}: its outputs are at {', '.join(urls)}"
            self.args = (self.message, *self.args[1:])
        return self


def resume_hint(prediction_id: str, model: str | None) -> str:
    given = f", model={model!r}" if model else ""
    return f"resume with client.predictions.wait({prediction_id!r}{given})"


class APIStatusError(APIError):
    """The provider answered with an HTTP error status.

    `message` is taken from the provider's error body when it has one; `body` is the parsed JSON body
    (or the text when it is not JSON); `request_id` comes from the body or the response headers; `code` is
    the provider's error code where its error body has one (for example "content_policy_violation").
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        body: object = None,
        status_code: int | None = None,
        request_id: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.body = body
        self.status_code: int = status_code if status_code is not None else (response.status_code if response else 0)
        self.request_id = request_id
        self.code = code

    def __str__(self) -> str:
        suffix = f" (request id: {self.request_id})" if self.request_id else ""
        return f"HTTP {self.status_code}: {self.message}{suffix}"


def _request_of(response: httpx.Response | None) -> httpx.Request | None:
    try:
        return response.request if response is not None else None
    except RuntimeError:  # a response built by hand has no request
        return None


class APIConnectionError(APIError):
    """The request could not be completed on the network (no HTTP status was received)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class ResponseParseError(APIError):
    """A successful response whose body cannot be read as documented (bad JSON, truncated, missing fields)."""


class ContentFilteredError(APIError):
    """The provider answered with success but says it filtered the output (blurred or blank): its finish
    reason is one of the spec's `filtered` words. The call is billed; `result` holds the answer as it came
    (save it, or read its `finish_reason` and `request_id`), so nothing is lost by raising."""

    def __init__(self, message: str, *, result: object, finish_reason: str, request_id: str | None) -> None:
        super().__init__(message)
        self.result = result
        self.finish_reason = finish_reason
        self.request_id = request_id


class PredictionError(ImagegenError):
    """A prediction did not produce an output."""

    def __init__(
        self, message: str, *, prediction_id: str | None = None, raw: object = None, prediction_model: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.prediction_id = prediction_id
        self.prediction_model = prediction_model  # set when resuming needs the model id (see APIError)
        self.raw = raw


class PredictionFailedError(PredictionError):
    """The provider reports the prediction failed; `error` holds its error text."""

    def __init__(
        self, message: str, *, error: str | None = None, prediction_id: str | None = None, raw: object = None
    ) -> None:
        full = f"{message}: {error}" if error else message
        super().__init__(full, prediction_id=prediction_id, raw=raw)
        self.provider_message = message
        self.error = error


class PredictionCanceledError(PredictionError):
    """The prediction was canceled."""


class PredictionAbortedError(PredictionCanceledError):
    """The provider stopped the prediction before it started (it was never run)."""


class UnsupportedOperationError(ImagegenError, TypeError):
    """The provider's API does not offer this operation (for example cancel); nothing was sent."""


class UnknownPredictionStatusError(PredictionError):
    """The provider reported a status this client does not know; raised at once rather than polling forever."""

    def __init__(self, status: object, *, prediction_id: str | None = None, raw: object = None) -> None:
        super().__init__(f"unknown prediction status {status!r}", prediction_id=prediction_id, raw=raw)
        self.status = status


class WaitTimeoutError(PredictionError):
    """The caller's deadline passed before the prediction finished; it may still finish on the server."""

    def __init__(
        self,
        *,
        prediction_id: str | None,
        deadline: float,
        last_status: str | None,
        prediction_model: str | None = None,
    ) -> None:
        resume = "; " + resume_hint(prediction_id, prediction_model) if prediction_id else ""
        super().__init__(
            f"prediction {prediction_id} not finished after {deadline:g} s (last status: {last_status}){resume}",
            prediction_id=prediction_id,
            prediction_model=prediction_model,
        )
        self.deadline = deadline
        self.last_status = last_status
