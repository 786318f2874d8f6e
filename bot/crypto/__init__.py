"""Cryptography: the AES-256-GCM primitive, sealed envelopes, X25519 key pairs, the SecretBox for data
the server reads back, server secrets, scrypt settings, durable file writes."""
from bot.crypto.envelope import Opened, open_envelope, read_header, read_header_from_file, seal
from bot.crypto.errors import (CryptoError, DecryptionError, EnvelopeError, EnvelopeFormatError,
                               EnvelopeTamperedError, InvalidKeyError, KeyFileError, NoMatchingKeyError,
                               PassphraseUnavailableError, WrongPassphraseError)
from bot.crypto.kdf import ScryptParams
from bot.crypto.keys import (Identity, Recipient, generate_identity, key_id_for, load_private_key,
                             read_public_key, write_private_key, write_public_key)

__all__ = [
    "CryptoError", "DecryptionError", "EnvelopeError", "EnvelopeFormatError", "EnvelopeTamperedError",
    "Identity", "InvalidKeyError", "KeyFileError", "NoMatchingKeyError", "Opened",
    "PassphraseUnavailableError", "Recipient", "ScryptParams", "WrongPassphraseError", "generate_identity",
    "key_id_for", "load_private_key", "open_envelope", "read_header", "read_header_from_file",
    "read_public_key", "seal", "write_private_key", "write_public_key",
]
