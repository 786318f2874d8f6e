"""Testimony: the project's own package (language, translation, crypto, report store, staff tools, Rasa components)."""
