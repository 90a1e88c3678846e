"""The cheapest HTTP/1.1 server that can answer a Segmind generation: for figure 2 (call overhead).

Raw sockets, one thread per keep-alive connection, in its own process (so it does not share the client's GIL
or core): it reads one request (headers and Content-Length body) and answers a fixed small PNG with
Segmind's headers. It checks nothing; the point is to measure the client, not the server.

`python -m benchmarks.fastserver [HEX]` prints `port NNNN` once it listens and serves until stdin closes. HEX is
the answer, response_bytes() in hex: the parent passes it, as the mock package that makes it takes longer to import
than the server takes to start; without it the server makes it.
"""

from __future__ import annotations

import socket
import sys
import threading

_MAX_HEADER = 64 * 1024


def response_bytes() -> bytes:
    from imagegen_specgen.mock.media import png_bytes

    body = png_bytes(7, width=8, height=8)
    head = (
        "HTTP/1.1 200 OK\r\n"
        "content-type: image/png\r\n"
        f"content-length: {len(body)}\r\n"
        "x-remaining-credits: 9999.99\r\n"
        "x-seed-value: 42\r\n"
        "x-request-id: req-0123456789abcdef\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _serve(conn: socket.socket, answer: bytes) -> None:
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
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
            needed = end + 4 + _content_length(buffer[:end])
            while len(buffer) < needed:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            buffer = buffer[needed:]
            conn.sendall(answer)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    answer = bytes.fromhex(args[0]) if args else response_bytes()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=_serve, args=(conn, answer), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    print(f"port {listener.getsockname()[1]}", flush=True)
    sys.stdin.read()  # the parent closes our stdin to stop us
    listener.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
