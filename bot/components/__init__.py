"""Custom Rasa graph components, and Rasa's applied events in linear time (installed wherever Rasa loads them)."""
from bot.components.applied_events import install

install()
