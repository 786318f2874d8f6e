"""Language handling for the ten served languages: detection, explicit requests and the session language.

    from bot.language.detector import detect        # text -> Detection (langdetect + script evidence)
    from bot.language.requests import parse_request # text -> LanguageRequest | None ("/language fr", "français")
    from bot.language.session import decide         # -> Decision(language, propose_switch_to, unsupported_script)

`python -m bot.evaluation.language` measures detection on the shared test set.
"""
