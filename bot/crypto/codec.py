"""Byte encodings shared by envelopes and key files, kept strict so a reader in another language agrees."""
from __future__ import annotations

import base64
import binascii
import json
from typing import Any


def b64e(data: bytes) -> str:
    """Standard base64 (RFC 4648 section 4) with padding, as ASCII text."""
    return base64.b64encode(data).decode("ascii")


def b64d(text: Any, expected_len: int | None = None) -> bytes:
    """Decode strict standard base64; raise ValueError on anything else (or on a wrong length)."""
    if not isinstance(text, str):
        raise ValueError("expected a base64 string")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("invalid base64") from exc
    if expected_len is not None and len(data) != expected_len:
        raise ValueError(f"expected {expected_len} bytes, got {len(data)}")
    return data


def parse_json(data: Any, **options: Any) -> Any:
    """json.loads, raising ValueError for anything that is not JSON, including nesting too deep to parse
    (json raises RecursionError then, which would escape every `except ValueError` of a parser of untrusted
    bytes)."""
    try:
        return json.loads(data, **options)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, ASCII only: the same value always gives the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def json_bytes(value: Any) -> bytes:
    """Compact UTF-8 JSON for sealed payloads; falls back to \\u escapes for text that is not valid
    Unicode (lone surrogates) rather than refusing a survivor's report."""
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def with_field(encoded: bytes, name: str, value: Any) -> bytes:
    """`encoded` (json_bytes of an object that has no field `name`) with `name` set to `value`, without
    encoding the object again: a report of many megabytes costs its JSON encoding once."""
    if not (encoded.startswith(b"{") and encoded.endswith(b"}")):
        raise ValueError("not an encoded JSON object")
    field = json_bytes({name: value})[:-1]
    return field + (b"}" if encoded == b"{}" else b"," + encoded[1:])


def text_bytes(text: str) -> bytes:
    """UTF-8 of any Python text, lone surrogates included (a JSON "\\ud800" decodes to one): names and
    associated data made from ids a client sent must never fail to encode. Valid text encodes as plain UTF-8."""
    return text.encode("utf-8", "surrogatepass")
