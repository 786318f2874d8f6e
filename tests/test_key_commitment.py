"""Key commitment (envelope version 2): one ciphertext cannot open to two different plaintexts for two
recipients. AES-GCM alone allows it: whoever picks two keys can solve for a ciphertext block that makes one
tag valid under both ("invisible salamanders"). The test builds exactly that and shows that the header MAC
refuses it."""
from __future__ import annotations

import hashlib
import hmac
import secrets

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bot.crypto import EnvelopeTamperedError, generate_identity, open_envelope
from bot.crypto.codec import canonical_json
from bot.crypto.envelope import (CIPHER, HEADER_MAC_INFO, MAGIC, PAYLOAD_KEY_INFO, PREFIX, _pad, _stanza,
                                 VERSION)
from bot.crypto.kdf import hkdf_sha256

R = 0xE1 << 120
BLOCK = 16


def gf_mul(x: int, y: int) -> int:
    """Multiplication in GCM's GF(2^128) (NIST SP 800-38D, algorithm 1)."""
    z, v = 0, y
    for i in range(127, -1, -1):
        if (x >> i) & 1:
            z ^= v
        v = (v >> 1) ^ R if v & 1 else v >> 1
    return z


def gf_pow(x: int, e: int) -> int:
    result = 1 << 127  # the field's one, in GCM's bit order
    while e:
        if e & 1:
            result = gf_mul(result, x)
        x, e = gf_mul(x, x), e >> 1
    return result


def blocks(data: bytes) -> list[int]:
    padded = data + bytes(-len(data) % BLOCK)
    return [int.from_bytes(padded[i:i + BLOCK], "big") for i in range(0, len(padded), BLOCK)]


def ghash(h: int, aad: bytes, ciphertext: bytes) -> int:
    y = 0
    for x in blocks(aad) + blocks(ciphertext) + [(len(aad) * 8 << 64) | len(ciphertext) * 8]:
        y = gf_mul(y ^ x, h)
    return y


def aes_block(key: bytes, block: bytes) -> int:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return int.from_bytes(encryptor.update(block) + encryptor.finalize(), "big")


def colliding_ciphertext(key1: bytes, key2: bytes, nonce: bytes, aad: bytes, plaintext: bytes,
                         free_block: int) -> bytes:
    """Ciphertext || tag that AES-GCM accepts under both keys: `plaintext` encrypted under key1 with one
    block replaced by the solution of the tag equation."""
    ciphertext = bytearray(AESGCM(key1).encrypt(nonce, plaintext, aad)[:-16])
    ciphertext[free_block * BLOCK:(free_block + 1) * BLOCK] = bytes(BLOCK)
    h1, h2 = aes_block(key1, bytes(BLOCK)), aes_block(key2, bytes(BLOCK))
    j0 = nonce + b"\x00\x00\x00\x01"
    s1, s2 = aes_block(key1, j0), aes_block(key2, j0)
    total = len(blocks(aad)) + len(blocks(bytes(ciphertext))) + 1
    exponent = total - (len(blocks(aad)) + free_block + 1) + 1
    difference = gf_pow(h1, exponent) ^ gf_pow(h2, exponent)
    target = ghash(h1, aad, bytes(ciphertext)) ^ s1 ^ ghash(h2, aad, bytes(ciphertext)) ^ s2
    solved = gf_mul(target, gf_pow(difference, (1 << 128) - 2))
    ciphertext[free_block * BLOCK:(free_block + 1) * BLOCK] = solved.to_bytes(BLOCK, "big")
    tag = ghash(h1, aad, bytes(ciphertext)) ^ s1
    return bytes(ciphertext) + tag.to_bytes(BLOCK, "big")


def test_aes_gcm_alone_opens_one_ciphertext_under_two_keys() -> None:
    key1, key2, nonce = secrets.token_bytes(32), secrets.token_bytes(32), secrets.token_bytes(12)
    sealed = colliding_ciphertext(key1, key2, nonce, b"header", bytes(64), free_block=1)
    first, second = AESGCM(key1).decrypt(nonce, sealed, b"header"), AESGCM(key2).decrypt(nonce, sealed, b"header")
    assert first != second  # the attack the header MAC exists to stop is real


def test_an_envelope_crafted_to_open_differently_for_two_recipients_is_refused() -> None:
    alice, bob = generate_identity("alice"), generate_identity("bob")
    key_for_alice, key_for_bob = secrets.token_bytes(32), secrets.token_bytes(32)
    header = canonical_json({"cipher": CIPHER, "reference": "REF-ABCDEFGH23", "type": "report",
                             "recipients": [_stanza(key_for_alice, alice.recipient()),
                                            _stanza(key_for_bob, bob.recipient())]})
    prefix = PREFIX.pack(MAGIC, VERSION, len(header)) + header
    mac = hmac.new(hkdf_sha256(key_for_alice, HEADER_MAC_INFO), prefix, hashlib.sha256).digest()
    payload_alice, payload_bob = (hkdf_sha256(k, PAYLOAD_KEY_INFO) for k in (key_for_alice, key_for_bob))
    nonce, plaintext = secrets.token_bytes(12), _pad(b"a" * 1016)  # no padding bytes: any block may vary
    sealed = colliding_ciphertext(payload_alice, payload_bob, nonce, prefix + mac, plaintext, free_block=20)
    envelope = prefix + mac + nonce + sealed

    assert AESGCM(payload_bob).decrypt(nonce, sealed, prefix + mac) != AESGCM(payload_alice).decrypt(
        nonce, sealed, prefix + mac)  # without the commitment, Bob would read something else
    assert len(open_envelope(envelope, [alice]).plaintext) == 1016
    with pytest.raises(EnvelopeTamperedError, match="open differently for different recipients"):
        open_envelope(envelope, [bob])
