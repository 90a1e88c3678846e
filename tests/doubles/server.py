"""The common base of the provider doubles: a loopback HTTP server with several virtual hosts.

Each virtual host ("api", "delivery", ...) listens on its own 127.0.0.1 port, so a client reaches it by URL
alone. Every request is recorded before the double answers it. The doubles are written from the providers'
own documents (sources/documents/), never from this project's specs or mock.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import hashlib
import json
import struct
import threading
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import jsonschema

DOCUMENTS = Path(__file__).resolve().parents[2] / "sources" / "documents"


@dataclass(frozen=True)
class Part:
    """One field of a multipart/form-data body."""

    name: str
    filename: str | None
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Recorded:
    """One request as the double received it; header names are lower-cased."""

    method: str
    host: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, list[Part]]:
        return parse_multipart(self.headers.get("content-type", ""), self.body)


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def json_reply(
    status: int, obj: Any, headers: dict[str, str] | None = None, content_type: str = "application/json"
) -> Reply:
    return Reply(status, json.dumps(obj).encode(), {"content-type": content_type, **(headers or {})})


def parse_multipart(content_type: str, body: bytes) -> dict[str, list[Part]]:
    """The fields of a multipart/form-data body by name; ValueError when the body is not one."""
    if not content_type.startswith("multipart/form-data"):
        raise ValueError(f"content-type is {content_type!r}, not multipart/form-data")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ValueError("the body has no parts")
    fields: dict[str, list[Part]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            raise ValueError("a part has no name")
        data = part.get_payload(decode=True)
        data = data if isinstance(data, bytes) else b""
        fields.setdefault(str(name), []).append(Part(str(name), part.get_filename(), part.get_content_type(), data))
    return fields


def load_document(provider: str, name: str = "openapi.json") -> dict[str, Any]:
    return json.loads((DOCUMENTS / provider / name).read_text())  # type: ignore[no-any-return]


def json_schema(document: dict[str, Any], schema: Any) -> Any:
    """An OpenAPI schema as plain JSON Schema: $refs inlined, 3.0's nullable and boolean exclusiveMinimum mapped."""
    if isinstance(schema, list):
        return [json_schema(document, item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        target: Any = document
        for key in schema["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        return json_schema(document, target)
    out = {key: json_schema(document, value) for key, value in schema.items() if key != "nullable"}
    if out.get("exclusiveMinimum") is True:
        out["exclusiveMinimum"] = out.pop("minimum")
    return {"anyOf": [out, {"type": "null"}]} if schema.get("nullable") else out


def schema_errors(document: dict[str, Any], schema: Any, instance: Any) -> list[jsonschema.ValidationError]:
    validator = jsonschema.Draft202012Validator(json_schema(document, schema))
    return sorted(validator.iter_errors(instance), key=lambda error: list(map(str, error.absolute_path)))


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0")) + chunk(b"IEND", b"")
    )


# Output bytes with each format's magic numbers (the PNG is a real 1x1 image; the others are stand-ins).
MEDIA = {
    "png": _png(),
    "jpeg": b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xff\xd9",
    "webp": b"RIFF\x0c\0\0\0WEBPVP8 \0\0\0\0",
}
MEDIA["jpg"] = MEDIA["jpeg"]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


D = TypeVar("D", bound="Double")


class Double:
    """Base of the provider doubles: virtual hosts, the request log, queued failures, job ids."""

    provider = ""
    hosts: tuple[str, ...] = ("api",)

    def __init__(self, *, api_key: str = "test-key", polls_until_ready: int = 1) -> None:
        self.api_key = api_key
        self.polls_until_ready = polls_until_ready
        self.lock = threading.RLock()
        self._requests: list[Recorded] = []
        self._refused: list[Recorded] = []
        self._failures: list[str] = []
        self._servers: dict[str, ThreadingHTTPServer] = {}
        self._counter = 0
        self.errors: list[BaseException] = []  # exceptions raised inside handle(): a bug in the double

    # --- life cycle -------------------------------------------------------------------------------------------
    def __enter__(self: D) -> D:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        for name in self.hosts:
            server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self, name))
            server.daemon_threads = True
            # A short poll interval: shutdown() waits up to one interval, and tests start and stop many doubles.
            serve = threading.Thread(target=server.serve_forever, args=(0.02,), name=f"{self.provider}-{name}")
            serve.daemon = True
            serve.start()
            self._servers[name] = server

    def stop(self) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def url(self, host: str = "api") -> str:
        return f"http://127.0.0.1:{self._servers[host].server_address[1]}"

    @property
    def base_url(self) -> str:
        """What a client uses as its base URL."""
        return self.url("api")

    # --- what happened ----------------------------------------------------------------------------------------
    @property
    def requests(self) -> list[Recorded]:
        with self.lock:
            return list(self._requests)

    def requests_to(self, host: str) -> list[Recorded]:
        return [request for request in self.requests if request.host == host]

    @property
    def refused(self) -> list[Recorded]:
        """Requests refused because they carried the API key to a host it must not reach."""
        with self.lock:
            return list(self._refused)

    # --- steering ---------------------------------------------------------------------------------------------
    def fail_next(self, kind: str) -> None:
        """The next job (or call) ends with this provider-specific failure kind; see each double's FAILURES."""
        if kind not in self.FAILURES:
            raise ValueError(f"{type(self).__name__} knows the failures {sorted(self.FAILURES)}, not {kind!r}")
        with self.lock:
            self._failures.append(kind)

    FAILURES: frozenset[str] = frozenset()

    def take_failure(self) -> str | None:
        with self.lock:
            return self._failures.pop(0) if self._failures else None

    def new_id(self, length: int = 32) -> str:
        with self.lock:
            self._counter += 1
            return hashlib.sha256(f"{self.provider}:{self._counter}".encode()).hexdigest()[:length]

    def carries_key(self, request: Recorded) -> bool:
        return any(self.api_key in value for value in request.headers.values())

    def refuse(self, request: Recorded, reply: Reply) -> Reply:
        with self.lock:
            self._refused.append(request)
        return reply

    # --- the one method each provider writes ------------------------------------------------------------------
    def handle(self, request: Recorded) -> Reply:
        raise NotImplementedError

    def _serve(self, request: Recorded) -> Reply:
        with self.lock:
            self._requests.append(request)
        try:
            return self.handle(request)
        except Exception as exc:  # a bug in the double: answer 599 so no client mistakes it for the provider
            self.errors.append(exc)
            return Reply(599, repr(exc).encode(), {"content-type": "text/plain"})


def _handler(double: Double, host: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _body(self) -> bytes:
            if self.headers.get("transfer-encoding", "").lower() == "chunked":
                data = b""
                while size := int(self.rfile.readline().split(b";")[0], 16):
                    data += self.rfile.read(size)
                    self.rfile.readline()
                self.rfile.readline()
                return data
            return self.rfile.read(int(self.headers.get("content-length") or 0))

        def _any(self) -> None:
            parts = urlsplit(self.path)
            request = Recorded(
                method=self.command,
                host=host,
                path=parts.path,
                query=parse_qs(parts.query, keep_blank_values=True),
                headers={name.lower(): value for name, value in self.headers.items()},
                body=self._body(),
            )
            reply = double._serve(request)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(reply.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _any

        def log_message(self, format: str, *args: Any) -> None:  # quiet: the record is double.requests
            pass

    return Handler
