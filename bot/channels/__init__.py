"""Messaging channels: Telegram, WhatsApp (through Twilio) and Facebook Messenger, on Rasa's own connectors.

Each platform has one module (`telegram`, `twilio`, `facebook`) whose classes subclass Rasa's connector, and
everything they share lives in `common` (exit words, numbered options, title truncation, signature checks).
`credentials` writes the effective credentials file: a platform is on only when all its variables are set.
See docs/channels.md. This package imports nothing heavy, so `python -m bot.channels.credentials` is quick.
"""
