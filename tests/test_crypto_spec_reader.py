"""An independent reader written from docs/report-format.md alone (raw primitives, no bot.crypto
envelope code): proves the document is precise enough, and keeps its test vector current."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import struct
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.crypto import generate_identity, seal

DOC = Path(__file__).resolve().parent.parent / "docs" / "report-format.md"


def hkdf(secret: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=salt, info=info).derive(secret)


def spec_open(data: bytes, private_raw: bytes) -> tuple[dict, bytes]:
    """Section 4, step by step, for version 1 and version 2."""
    assert data[:8] == bytes.fromhex("89544D590D0A1A0A")
    version, header_len = struct.unpack(">HI", data[8:14])
    assert version in (1, 2)
    header_bytes = data[14:14 + header_len]
    authenticated_end = 14 + header_len + (32 if version == 2 else 0)
    header = json.loads(header_bytes.decode("utf-8"))
    private = X25519PrivateKey.from_private_bytes(private_raw)
    public = private.public_key().public_bytes_raw()
    key_id = hashlib.sha256(b"testimony/v1/key-id" + public).hexdigest()[:16]
    (stanza,) = [s for s in header["recipients"] if s["key_id"] == key_id]
    assert stanza["type"] == "X25519-HKDF-SHA256-AES256GCM"
    epk = base64.b64decode(stanza["epk"], validate=True)
    shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
    kek = hkdf(shared, b"testimony/v1/key-wrap", salt=epk + public)
    data_key = AESGCM(kek).decrypt(base64.b64decode(stanza["nonce"]), base64.b64decode(stanza["wrapped_key"]),
                                   b"testimony/v1/recipient:" + key_id.encode())
    payload_key = data_key
    if version == 2:
        mac = hmac.new(hkdf(data_key, b"testimony/v2/header-mac"), data[:14 + header_len], hashlib.sha256).digest()
        assert hmac.compare_digest(mac, data[14 + header_len:authenticated_end])
        payload_key = hkdf(data_key, b"testimony/v2/payload-key")
    nonce = data[authenticated_end:authenticated_end + 12]
    padded = AESGCM(payload_key).decrypt(nonce, data[authenticated_end + 12:], data[:authenticated_end])
    (length,) = struct.unpack(">Q", padded[:8])
    assert not padded[8 + length:].strip(b"\x00")
    n = 8 + length
    if n <= 1024:
        expected = 1024
    else:
        e = n.bit_length() - 1
        z = e - e.bit_length()
        expected = (n + (1 << z) - 1) >> z << z
    assert len(padded) == expected
    return header, padded[8:8 + length]


def test_independent_reader_opens_what_bot_crypto_seals() -> None:
    alice, bob = generate_identity("alice"), generate_identity("bob")
    for size in (0, 10, 1016, 1017, 5000, 300_000):
        content = bytes(i % 251 for i in range(size))
        envelope = seal({"type": "report", "reference": "REF-ABCDEFGHJK"}, content,
                        [alice.recipient(), bob.recipient()])
        for identity in (alice, bob):
            header, opened = spec_open(envelope, identity.private_key.private_bytes_raw())
            assert opened == content and header["reference"] == "REF-ABCDEFGHJK"


def test_documented_test_vector_opens() -> None:
    text = DOC.read_text("utf-8")
    block = text[text.index("## 12. Test vector"):]
    field = lambda name: re.search(rf"^{name}:\s*(.+)$", block, re.M).group(1).strip()  # noqa: E731
    envelope = base64.b64decode("".join(block.split("envelope_base64:")[1].split("```")[0].split()))
    private_raw = bytes.fromhex(field("private_key_hex"))
    public = X25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes_raw()
    assert public.hex() == field("public_key_hex")
    assert hashlib.sha256(b"testimony/v1/key-id" + public).hexdigest()[:16] == field("key_id")
    header, content = spec_open(envelope, private_raw)
    assert content.decode("utf-8") == field("plaintext_utf8")
    assert header["reference"] == "REF-TESTVECTRS" and header["language"] == "uk"
