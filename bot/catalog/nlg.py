"""Rasa natural language generator that answers in the user's language from the one response catalog.

Configured in endpoints.yml (`nlg: type: bot.catalog.nlg.CatalogNaturalLanguageGenerator`). Rasa calls
`generate` for every `utter_*` action, including responses that custom actions ask for by name, so this is the
single code path through which the assistant speaks, whatever the channel. Choosing where a response comes from
(`select`) is kept apart from filling it in (`CatalogNaturalLanguageGenerator.render`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Optional, Text, Tuple

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot import catalog
from bot.catalog import contacts
from bot.catalog.bidi import isolate
from bot.channels import MESSAGING, MESSAGING_CHANNELS

# Placeholder values that are identifiers rather than prose: kept readable inside right-to-left text, like every
# phone number and web address.
ISOLATED_VALUES = ("reference", "followup_code", "written_at", "reply", "reply_language")  # the reply may be in another script


@dataclass(frozen=True)
class Selection:
    """Where a response in `language` comes from on one output channel."""

    language: str
    # The catalogs whose responses are tried, best first: English, the domain's, is always the last resort.
    sources: Tuple[str, ...]
    # The `channel:` of the variations to use.
    channel: str
    # Outside the curated languages the English response is machine-translated into `language`.
    machine_translation: bool


def select(language: str, output_channel: Text) -> Selection:
    """The catalogs, channel variations and translation that answer in `language` on `output_channel`."""
    curated = language in catalog.CURATED_LANGUAGES
    preferred = (language,) if curated and language != catalog.SOURCE_LANGUAGE else ()
    return Selection(
        language=language,
        sources=preferred + (catalog.SOURCE_LANGUAGE,),
        channel=catalog_channel(output_channel),
        machine_translation=not curated,
    )


def catalog_channel(output_channel: Text) -> Text:
    """The `channel:` whose variations suit this output channel: one text serves every messaging platform."""
    return MESSAGING if output_channel in MESSAGING_CHANNELS else output_channel


class CatalogNaturalLanguageGenerator(TemplatedNaturalLanguageGenerator):
    """Picks the response variation in the conversation's language, falling back to English.

    English comes from the loaded model's domain: Rasa refreshes `self.responses` of a templated generator
    whenever it loads a model, which is why this subclasses it.
    """

    def __init__(
        self, endpoint_config: Optional[EndpointConfig] = None, domain: Optional[Domain] = None
    ) -> None:
        super().__init__(domain.responses if domain else {})
        self._by_language: Dict[str, TemplatedNaturalLanguageGenerator] = {}

    def _generator_for(self, language: str) -> TemplatedNaturalLanguageGenerator:
        if language == catalog.SOURCE_LANGUAGE:
            return self
        if language not in self._by_language:
            self._by_language[language] = TemplatedNaturalLanguageGenerator(catalog.responses(language))
        return self._by_language[language]

    async def generate(
        self,
        utter_action: Text,
        tracker: DialogueStateTracker,
        output_channel: Text,
        **kwargs: Any,
    ) -> Optional[Dict[Text, Any]]:
        # An action may speak another language on purpose, e.g. to offer a switch in both.
        language = kwargs.pop(catalog.IN_LANGUAGE, None) or tracker.get_slot("language") or catalog.SOURCE_LANGUAGE
        return self.render(utter_action, select(language, output_channel), tracker.current_slot_values(), kwargs)

    def render(
        self, utter_action: Text, selection: Selection, slots: Dict[Text, Any], values: Dict[Text, Any]
    ) -> Optional[Dict[Text, Any]]:
        """The response filled in with the slots, the contact facts and the action's `values`, from the first
        source that has it."""
        values = {**contacts.placeholders(), **values}
        if catalog.is_right_to_left(selection.language):
            values = {
                key: isolate(str(value)) if is_identifier(key) and value else value
                for key, value in values.items()
            }
        for source in selection.sources:
            response = self._generator_for(source).generate_from_slots(
                utter_action, slots, selection.channel, **values
            )
            if response is not None:
                return machine_translated(response, selection.language) if selection.machine_translation else response
        return None


def is_identifier(placeholder: str) -> bool:
    return placeholder in ISOLATED_VALUES or contacts.is_contact_placeholder(placeholder)


def machine_translated(response: Dict[Text, Any], language: str) -> Dict[Text, Any]:
    """The English response translated offline into a language outside the ten, clearly marked as such.

    Without an installed package for the language the English response is returned unchanged.
    """
    from bot.translation import translate

    def into_language(text: str) -> Optional[str]:
        translation = translate(text, catalog.SOURCE_LANGUAGE, language)
        return translation.text if translation else None

    translated = into_language(response["text"]) if response.get("text") else None
    if translated is None:
        return response
    notice = catalog.english_notice("machine_translation")
    marked = dict(response, text=f"{translated}\n\n({into_language(notice) or notice} / {notice})")
    if response.get("buttons"):
        marked["buttons"] = [dict(button, title=into_language(button["title"]) or button["title"])
                             for button in response["buttons"]]
    return marked
