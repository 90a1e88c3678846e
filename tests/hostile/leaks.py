"""Every place an API key could leak out of an exception: str, repr, pickle, attributes, traceback locals, logs."""

from __future__ import annotations

import pickle
import traceback

import httpx
import pytest


def exposures(error: BaseException) -> list[str]:
    """Every text a caller, a logger or an error tracker could get from `error`."""
    texts = [str(error), repr(error), pickle.dumps(error).decode("latin-1")]
    texts.append("".join(traceback.TracebackException.from_exception(error, capture_locals=True).format()))
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current)]
        texts += [repr(value) for value in vars(current).values()]
        request = getattr(current, "_request", None) or getattr(current, "request", None)
        if isinstance(request, httpx.Request):
            texts += [repr(list(request.headers.multi_items())), request.content.decode("latin-1")]
        response = getattr(current, "response", None)
        for answer in [response, *getattr(response, "history", ())] if isinstance(response, httpx.Response) else ():
            texts += [answer.text, repr(list(answer.headers.multi_items()))]
            for sent in (answer.request, answer.next_request):  # httpx builds the next request of a redirect
                if sent is not None:
                    texts += [repr(list(sent.headers.multi_items())), _content(sent).decode("latin-1")]
        current = current.__cause__ or current.__context__
    return texts


def _content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:  # a streamed body
        return b"".join(request.stream)  # type: ignore[arg-type]


def assert_no_key(key: str, error: BaseException | None, caplog: pytest.LogCaptureFixture) -> None:
    texts = exposures(error) if error is not None else []
    texts += [record.getMessage() for record in caplog.records]
    texts += [caplog.text]
    leaks = [text[max(text.index(key) - 400, 0) : text.index(key) + 50] for text in texts if key in text]
    assert not leaks, f"the key leaks: {leaks[:3]}"
