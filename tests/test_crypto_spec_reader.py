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

import pytest

from bot.crypto import generate_identity, seal

try:  # tests/ on sys.path (no tests/__init__.py) or tests as a package
    from crypto_fixtures import make_store, sample_report
except ModuleNotFoundError:
    from tests.crypto_fixtures import make_store, sample_report

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


def documented_vector(version: int) -> dict:
    """Section 12's shared key fields and one version's fields."""
    text = DOC.read_text("utf-8")
    block = text[text.index("## 12. Test vectors"):]
    own = block[block.index(f"### Version {version}"):]
    own = own[:own.index("### Version", 5)] if "### Version" in own[5:] else own
    lines = block[:block.index("###")] + own
    fields = {name: value.strip() for name, value in re.findall(r"^(\w+):[ \t]*(\S.*)$", lines, re.M)}
    fields["envelope"] = base64.b64decode("".join(own.split("envelope_base64:")[1].split("```")[0].split()))
    return fields


@pytest.mark.parametrize("version", [1, 2])
def test_documented_test_vectors_open(version: int) -> None:
    vector = documented_vector(version)
    private_raw = bytes.fromhex(vector["private_key_hex"])
    public = X25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes_raw()
    assert public.hex() == vector["public_key_hex"]
    assert hashlib.sha256(b"testimony/v1/key-id" + public).hexdigest()[:16] == vector["key_id"]
    assert struct.unpack(">H", vector["envelope"][8:10]) == (version,)
    header, content = spec_open(vector["envelope"], private_raw)
    if version == 2:
        expected_key = hkdf(vector["followup_code"].encode(), b"testimony/v2/addendum-key", salt=b"REF-TESTVECTRS")
        assert content[:32] == expected_key == bytes.fromhex(vector["addendum_key_hex"])
        content = content[32:]
    assert content.decode("utf-8") == vector["plaintext_utf8"]
    assert header["reference"] == "REF-TESTVECTRS" and header["language"] == "uk"


def test_addenda_carry_the_tag_section_4_5_describes(tmp_path: Path) -> None:
    """The store's addenda, checked with the formulas of section 4.5 alone."""
    store, keys = make_store(tmp_path)
    receipt = store.file(sample_report(), "spec-reader")
    store.withdraw_consent(receipt.reference, receipt.followup_code, "share_with_investigators")
    private_raw = keys["team"][0].private_key.private_bytes_raw()
    report_dir = tmp_path / "reports" / receipt.reference
    _, report_content = spec_open((report_dir / "report.tse").read_bytes(), private_raw)
    digits = receipt.followup_code.replace(" ", "").encode()
    key = hkdf(digits, b"testimony/v2/addendum-key", salt=receipt.reference.encode())
    report = json.loads(report_content[32:])
    assert report_content[:32] == key and report == dict(sample_report(), reply_public_key=report["reply_public_key"])
    # Section 7: the reply key is the second half of the code's scrypt, its public half sealed in the report.
    (verifier_path,) = (tmp_path / "index" / "followup").rglob(f"{receipt.reference}.json")
    verifier = json.loads(verifier_path.read_text())
    stretched = hashlib.scrypt(digits, salt=base64.b64decode(verifier["salt"]), n=verifier["n"], r=verifier["r"],
                               p=verifier["p"], maxmem=2 ** 30, dklen=64)
    assert base64.b64decode(verifier["hash"]) == stretched[:32]
    reply_key = X25519PrivateKey.from_private_bytes(hkdf(stretched[32:], b"testimony/v2/reply-private-key"))
    assert base64.b64encode(reply_key.public_key().public_bytes_raw()).decode() == report["reply_public_key"] \
        == verifier["reply_public_key"]
    header, addendum = spec_open((report_dir / "addenda" / "0001.tse").read_bytes(), private_raw)
    tag, body = addendum[:32], addendum[32:]
    assert hmac.compare_digest(tag, hmac.new(key, b"testimony/v2/addendum-tag\x00" + body,
                                             hashlib.sha256).digest())
    fields = json.loads(body)
    assert [fields[name] for name in ("reference", "seq", "kind")] == [header[name] for name in
                                                                       ("reference", "seq", "kind")]


def test_a_reply_opens_with_the_formulas_of_sections_7_and_10_4(tmp_path: Path) -> None:
    from bot.reports.objects import FileObjects
    from bot.reports.replies import write_reply
    from bot.settings import DataLayout

    store, keys = make_store(tmp_path)
    receipt = store.file(sample_report(), "spec-reply")
    private_raw = keys["team"][0].private_key.private_bytes_raw()
    _, content = spec_open((tmp_path / "reports" / receipt.reference / "report.tse").read_bytes(), private_raw)
    public = json.loads(content[32:])["reply_public_key"]
    write_reply(FileObjects(DataLayout.for_root(tmp_path)), receipt.reference, public, "We read it. Thank you.", "en",
                keys["team"][0])

    (verifier_path,) = (tmp_path / "index" / "followup").rglob(f"{receipt.reference}.json")
    verifier = json.loads(verifier_path.read_text())
    digits = receipt.followup_code.replace(" ", "").encode()
    stretched = hashlib.scrypt(digits, salt=base64.b64decode(verifier["salt"]), n=verifier["n"], r=verifier["r"],
                               p=verifier["p"], maxmem=2 ** 30, dklen=64)
    reply_key = X25519PrivateKey.from_private_bytes(hkdf(stretched[32:], b"testimony/v2/reply-private-key"))
    record = json.loads((tmp_path / "index" / "replies" / receipt.reference / "0001.json").read_text())
    epk = base64.b64decode(record["epk"])
    recipient = reply_key.public_key().public_bytes_raw()
    key = hkdf(reply_key.exchange(X25519PublicKey.from_public_bytes(epk)), b"testimony/v2/reply", salt=epk + recipient)
    aad = f"testimony-reply/1\x00{receipt.reference}\x00{record['seq']}".encode()
    opened = json.loads(AESGCM(key).decrypt(base64.b64decode(record["nonce"]), base64.b64decode(record["sealed"]), aad))
    assert (opened["reference"], opened["seq"], opened["text"]) == (receipt.reference, 1, "We read it. Thank you.")
