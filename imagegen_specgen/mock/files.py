"""Uploads (provider-wide, from the spec's `files`): a multipart POST stores the file, its URL serves it back."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone
from typing import Any

from starlette.responses import JSONResponse, Response

from ..parser import ir
from .config import MockConfig
from .multipart import parse_form
from .responses import set_path, utc_iso
from .routing import Call, Endpoint, Limit, fixed
from .state import MockState, StoredFile, now


def file_url(base_url: str, files: ir.Files, file_id: str) -> str:
    return f"{base_url}{files.path.rstrip('/')}/{file_id}"


def strings(value: Any) -> list[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    return []


def missing_files(state: MockState, provider: ir.Provider, base_url: str, inputs: Any) -> list[str]:
    """URLs of this server's files endpoint, among the inputs, that name no stored file (unknown or expired)."""
    if provider.files is None:
        return []
    own = file_url(base_url, provider.files, "")
    missing = []
    for url in strings(inputs):
        if url.startswith(own):
            stored = state.file(url.removeprefix(own))
            if stored is None or stored.provider != provider.id or stored.expired(now()):
                missing.append(url)
    return missing


class Files:
    def __init__(self, config: MockConfig, state: MockState, provider: ir.Provider, files: ir.Files) -> None:
        self.config = config
        self.state = state
        self.provider = provider
        self.files = files

    async def upload(self, call: Call) -> Response:
        files = self.files
        if len(call.body) > self.config.max_upload_bytes:
            return call.error(413, f"The upload is larger than {self.config.max_upload_bytes} bytes")
        try:
            parts = parse_form(call.request.headers.get("content-type", ""), call.body)
        except ValueError as exc:
            return call.error(400, str(exc))
        part = next((p for p in parts if p.name == files.field), None)
        if part is None:
            return call.error(400, f"Missing the multipart form field {files.field!r} holding the file")
        created_at = datetime.now(timezone.utc)
        retention = None if files.retention_hours is None else self.config.scaled(files.retention_hours * 3600)
        stored = StoredFile(
            id=f"file-{secrets.token_hex(12)}",
            provider=self.provider.id,
            name=part.filename or files.field,
            content_type=part.content_type or "application/octet-stream",
            data=part.data,
            created_at=created_at,
            expires_at=None if retention is None else created_at + timedelta(seconds=retention),
            created=now(),
            retention=retention,
        )
        self.state.add_file(stored)
        body: dict[str, Any] = {
            "name": stored.name,
            "content_type": stored.content_type,
            "size": len(stored.data),
            "created_at": utc_iso(stored.created_at),
        }
        if stored.expires_at is not None:
            body["expires_at"] = utc_iso(stored.expires_at)
        set_path(body, files.id_field, stored.id)
        set_path(body, files.url_field, file_url(call.base_url, files, stored.id))
        return JSONResponse(body, status_code=201)

    async def download(self, call: Call) -> Response:
        file_id = call.request.path_params.get("file_id", "")
        stored = self.state.file(file_id)
        if stored is None or stored.provider != self.provider.id or stored.expired(now()):
            return call.error(404, f"No file with id {file_id!r} (unknown or expired)")
        return Response(stored.data, media_type=stored.content_type)

    def endpoints(self) -> list[Endpoint]:
        pid, path = self.provider.id, self.files.path.rstrip("/")
        return [
            Endpoint(
                self.provider,
                path,
                frozenset({"POST"}),
                "upload",
                self.upload,
                fixed(f"{pid}:files", Limit(f"{pid}:files", None)),
            ),
            Endpoint(
                self.provider,
                path + "/{file_id:str}",
                frozenset({"GET"}),
                "file",
                self.download,
                fixed(f"{pid}:files:get", Limit(f"{pid}:files:get", None)),
                auth=self.config.auth_on_downloads,
            ),
        ]


def endpoints(config: MockConfig, state: MockState, provider: ir.Provider) -> list[Endpoint]:
    if provider.files is None:
        return []
    return Files(config, state, provider, provider.files).endpoints()
