"""A loopback HTTP/1.1 server with a body of any size: for figure 7 (streaming downloads).

Raw sockets, one thread per keep-alive connection, in its own process (its memory and CPU are not the
measured client's). `GET /bytes/N` answers N bytes with a Content-Length, sent as repeats of one 1 MiB
block, so the body is made as it goes out and never held whole. Any other request (a prediction's submit
or status call) answers the JSON given on the command line, where `{base}` becomes this server's base URL
and `{size}` the request's `x-bench-size` header (default 0): a finished prediction whose output is
`{base}/bytes/{size}`.

`python -m benchmarks.bigserver JSON` prints `port NNNN` once it listens and serves until stdin closes.
"""

from __future__ import annotations

import os
import socket
import sys
import threading

_MAX_HEADER = 64 * 1024
BLOCK = os.urandom(1 << 20)  # random, so no layer on the way can shrink it
SIZE_HEADER = "x-bench-size"


def _headers(head: bytes) -> dict[str, str]:
    found = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        found[name.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
    return found


def _send_bytes(conn: socket.socket, size: int) -> None:
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {size}\r\n\r\n"
    conn.sendall(head.encode("ascii"))
    block = memoryview(BLOCK)
    left = size
    while left > 0:
        step = min(left, len(block))
        conn.sendall(block[:step])
        left -= step


def _send_json(conn: socket.socket, template: str, base: str, headers: dict[str, str]) -> None:
    size = headers.get(SIZE_HEADER, "0")
    body = template.replace("{base}", base).replace("{size}", str(int(size))).encode("utf-8")
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    conn.sendall(head.encode("ascii") + body)


def _serve(conn: socket.socket, template: str, base: str) -> None:
    buffer = b""
    with conn:
        while True:
            end = buffer.find(b"\r\n\r\n")
            while end < 0:
                chunk = conn.recv(65536)
                if not chunk or len(buffer) > _MAX_HEADER:
                    return
                buffer += chunk
                end = buffer.find(b"\r\n\r\n")
            head = buffer[:end]
            headers = _headers(head)
            needed = end + 4 + int(headers.get("content-length", "0"))
            while len(buffer) < needed:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            buffer = buffer[needed:]
            method, _, rest = head.split(b"\r\n", 1)[0].decode("latin-1").partition(" ")
            path = rest.split(" ", 1)[0]
            try:
                if method == "GET" and path.startswith("/bytes/"):
                    _send_bytes(conn, int(path.removeprefix("/bytes/")))
                else:
                    _send_json(conn, template, base, headers)
            except OSError:  # the client went away mid-body
                return


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    template = args[0] if args else "{}"
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    port = listener.getsockname()[1]
    base = f"http://127.0.0.1:{port}"

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=_serve, args=(conn, template, base), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    print(f"port {port}", flush=True)
    sys.stdin.read()  # the parent closes our stdin to stop us
    listener.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
