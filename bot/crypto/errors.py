"""Exception types for sealing and opening, so callers can tell a wrong key from a damaged file.

No message ever carries report content, key material or a passphrase: these exceptions end up in logs.
"""
from __future__ import annotations


class CryptoError(Exception):
    """Base class for every failure in bot.crypto."""


class DecryptionError(CryptoError):
    """AES-256-GCM refused a ciphertext: wrong key, tampered bytes or wrong associated data."""


class InvalidKeyError(CryptoError):
    """A symmetric key or server secret is malformed, or its file could be read by other users."""


class EnvelopeError(CryptoError):
    """An envelope could not be opened; subclasses say why."""


class EnvelopeFormatError(EnvelopeError):
    """Not a Testimony envelope, an unsupported version, a malformed header or a truncated file."""


class EnvelopeTamperedError(EnvelopeError):
    """The envelope is well formed but failed authentication: it was modified, swapped or truncated."""


class NoMatchingKeyError(EnvelopeError):
    """None of the private keys offered is a recipient of this envelope (wrong key)."""


class KeyFileError(CryptoError):
    """A key file is missing, malformed, or its key id does not match its key."""


class WrongPassphraseError(KeyFileError):
    """The passphrase does not decrypt the private key file (or the file was modified)."""


class WeakPassphraseError(CryptoError):
    """A new key would be protected by a passphrase too easy to guess."""


class PassphraseUnavailableError(CryptoError):
    """No passphrase in the environment and no terminal to ask for one."""
