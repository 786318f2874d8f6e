"""Messaging channels: Telegram, WhatsApp (through Twilio) and Facebook Messenger, on Rasa's own connectors.

Each platform has one module (`telegram`, `twilio`, `facebook`) whose classes subclass Rasa's connector, and
everything they share lives in `common` (exit words, numbered options, title truncation, signature checks).
`credentials` writes the effective credentials file: a platform is on only when all its variables are set.
See docs/channels.md. This package imports nothing heavy, so `python -m bot.channels.credentials` is quick.
"""

# Rasa's names for the messaging connectors' output channels: on these the chat stays on the user's phone,
# and there is no Escape key or "Leave this site" button.
MESSAGING_CHANNELS = frozenset({"telegram", "twilio", "facebook"})
# The `channel:` of catalog variations written for all of them at once (one text, not one per platform).
MESSAGING = "messaging"
# What Rasa receives for a photo, voice message, file or location: the assistant cannot read them, so it says
# so and how to tell it in words. The attachment itself is never fetched, so nothing of it is kept.
ATTACHMENT = "/attachment"
# The longest message any channel accepts, in characters (the widget's MAX_CHARS is the same). A longer one is
# refused whole, before Rasa sees it: nothing of it is stored or analysed.
MAX_MESSAGE_CHARACTERS = 20000
# Why a messaging connector passed on a notice instead of what was sent: the `unreadable` entity of the
# `attachment` intent. Without it the notice is for an attachment; `too_long` is a message over the limit.
UNREADABLE_ENTITY = "unreadable"
TOO_LONG = "too_long"
# What Rasa receives in place of a messaging text over MAX_MESSAGE_CHARACTERS: the same path as an attachment
# (the question stays open), with the reason, and not one character of the text.
MESSAGE_TOO_LONG = f'{ATTACHMENT}{{"{UNREADABLE_ENTITY}":"{TOO_LONG}"}}'
# What Rasa receives in place of a message with no words at all (empty, or only spaces): a calm "I did not get
# any words", and the question stays open, rather than a guess of the classifier at an empty text.
NO_WORDS = "no_words"
MESSAGE_WITHOUT_WORDS = f'{ATTACHMENT}{{"{UNREADABLE_ENTITY}":"{NO_WORDS}"}}'
# Every notice a connector sends in place of something it could not read (never taken as an option number).
UNREADABLE_NOTICES = frozenset({ATTACHMENT, MESSAGE_TOO_LONG, MESSAGE_WITHOUT_WORDS})
