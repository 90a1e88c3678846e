"""A raw-socket HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, independent of imagegen_specgen/mock/.

Each request goes to the scenario as a `Reply`: the scenario answers properly, resets the connection,
holds it without answering, drips a body one byte at a time, and so on. Every loop is bounded: the server
stops by itself after `lifetime` seconds, and `stop()` ends every held connection at once.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    number: int  # 0 for the first request the server got


@dataclass
class Reply:
    """The connection of one request, with the ways a hostile server can answer it."""

    sock: socket.socket
    stopped: threading.Event
    closed: bool = False

    def send(self, status: int, body: bytes | str | object = b"", headers: Mapping[str, str] | None = None) -> None:
        if not isinstance(body, (bytes, str)):
            body = json.dumps(body)
            headers = {"content-type": "application/json", **(headers or {})}
        data = body.encode() if isinstance(body, str) else body
        self.sock.sendall(self._head(status, {"content-length": str(len(data)), **(headers or {})}) + data)

    def json(self, body: object, status: int = 200, headers: Mapping[str, str] | None = None) -> None:
        self.send(status, json.dumps(body), {"content-type": "application/json", **(headers or {})})

    def reset(self) -> None:
        """Close with a TCP reset (SO_LINGER 0) instead of an orderly shutdown."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()
        self.closed = True

    def hold(self, seconds: float = 30.0) -> None:
        """Never answer (until the server stops or `seconds` pass), then drop the connection."""
        self.stopped.wait(seconds)
        self.sock.close()
        self.closed = True

    def head_then_hold(self, status: int, length: int, seconds: float = 30.0) -> None:
        """Send the head promising `length` bytes, then never send the body."""
        self.sock.sendall(self._head(status, {"content-length": str(length), "content-type": "image/png"}))
        self.hold(seconds)

    def drip(self, status: int, body: bytes, interval: float, content_type: str = "image/png") -> None:
        """Send the head at once, then the body one byte per `interval` (each byte well within a read timeout)."""
        self.sock.sendall(self._head(status, {"content-length": str(len(body)), "content-type": content_type}))
        self._drip(body, interval)
        self.sock.close()
        self.closed = True

    def drip_head(self, status: int, interval: float, body: bytes = b"{}") -> None:
        """Send the response head one byte per `interval` (padded with headers to ~200 bytes), then `body`."""
        padding = {f"x-pad-{n}": "y" * 20 for n in range(6)}
        head = self._head(status, {"content-length": str(len(body)), "content-type": "application/json", **padding})
        if self._drip(head, interval):
            self.sock.sendall(body)
        self.sock.close()
        self.closed = True

    def _drip(self, data: bytes, interval: float) -> bool:
        """Send `data` one byte per `interval`; False once the server stops or the client hangs up."""
        for byte in data:
            if self.stopped.wait(interval):
                return False
            try:
                self.sock.sendall(bytes([byte]))
            except OSError:
                return False
        return True

    @staticmethod
    def _head(status: int, headers: Mapping[str, str]) -> bytes:
        lines = [f"HTTP/1.1 {status} X"] + [f"{name}: {value}" for name, value in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()


Scenario = Callable[[Request, Reply], None]


@dataclass
class HostileServer:
    scenario: Scenario
    lifetime: float = 20.0
    requests: list[Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stopped = threading.Event()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._deadline = time.monotonic() + self.lifetime
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.stopped.set()
        self._thread.join(2.0)
        self._listener.close()

    def _accept(self) -> None:
        while not self.stopped.is_set() and time.monotonic() < self._deadline:
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(0.2)
        buffer = b""
        reply = Reply(sock, self.stopped)
        try:
            while not reply.closed and not self.stopped.is_set() and time.monotonic() < self._deadline:
                try:
                    chunk = sock.recv(65536)
                except TimeoutError:
                    continue
                if not chunk:
                    break
                buffer += chunk
                while b"\r\n\r\n" in buffer and not reply.closed:
                    head, rest = buffer.split(b"\r\n\r\n", 1)
                    lines = head.decode("latin-1").split("\r\n")
                    method, path, _ = lines[0].split(" ", 2)
                    headers = {}
                    for line in lines[1:]:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                    length = int(headers.get("content-length", "0"))
                    if len(rest) < length:
                        break
                    buffer = rest[length:]
                    with self._lock:
                        request = Request(method, path, headers, rest[:length], len(self.requests))
                        self.requests.append(request)
                    self.scenario(request, reply)
        except OSError:
            pass
        finally:
            if not reply.closed:
                sock.close()
