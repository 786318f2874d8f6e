"""Test support for the website widget: the neutral exit site, CORS, a scripted stand-in for Rasa, and reading
the widget in a page.

The stand-in (bot/widget/scripted_rasa.py, shared with the screenshots) speaks Rasa's REST protocol, records
every request and answers from a script, so the widget's own behaviour (rendering, storage, quick exit, errors,
keyboard) can be tested without a trained model. End-to-end tests use the real assistant from the
`running_assistant` fixture instead, with the widget server the launcher started.
"""
from __future__ import annotations

import urllib.error
import urllib.request
from typing import Any, Dict, List, Optional

from bot.widget.scripted_rasa import WEBHOOK, Received, Reply

EXIT_URL = "https://www.bbc.co.uk/weather"


def stub_exit_site(context: Any) -> List[str]:
    """Answers the neutral exit site locally (there is no internet here); returns the URLs it was asked for."""
    visits: List[str] = []

    def fulfil(route: Any) -> None:
        visits.append(route.request.url)
        route.fulfill(status=200, content_type="text/html; charset=utf-8",
                      body="<!DOCTYPE html><html lang=en><title>Weather</title><h1>Weather forecast</h1></html>")

    context.route("https://www.bbc.co.uk/**", fulfil)
    return visits


def cors_problem(rasa_url: str, origin: str) -> Optional[str]:
    """None if rasa_url lets a page on `origin` POST JSON to the REST channel (CORS preflight), else why not."""
    request = urllib.request.Request(rasa_url + WEBHOOK, method="OPTIONS", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    })
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            allowed = response.headers.get("Access-Control-Allow-Origin")
    except urllib.error.HTTPError as error:
        allowed = error.headers.get("Access-Control-Allow-Origin")
    except OSError as error:
        return f"{rasa_url} cannot be reached: {error}"
    if allowed in ("*", origin):
        return None
    return (f"{rasa_url} does not allow the widget's origin {origin} (Access-Control-Allow-Origin: {allowed!r}); "
            f"the launcher allows the widget demo page's origin only")


# -------------------------------------------------------------------------------------------------------------
# What the scripted stand-in for Rasa says unless a test scripts it otherwise.
# -------------------------------------------------------------------------------------------------------------
SAFE_BUTTONS = [{"title": "Yes, I am safe", "payload": "/affirm"},
                {"title": "No, or not sure", "payload": "/deny"}]


def default_script(request: Received) -> List[Reply]:
    """A greeting with quick replies, a deletion notice, otherwise an echo."""
    message = request.message
    if message == "/greet":
        return [{"text": "Hello. I can help you tell the war crimes team what happened."},
                {"text": "Before we start: are you somewhere safe and private right now?", "buttons": SAFE_BUTTONS}]
    if message == "/delete_everything":
        return [{"text": "Everything you told me in this conversation has been deleted."}]
    if message == "/affirm":
        return [{"text": "Thank you.\nIn your own words, what happened?"}]
    return [{"text": f"You wrote: {message}"}]


# -------------------------------------------------------------------------------------------------------------
# Reading the widget in a page.
# -------------------------------------------------------------------------------------------------------------
def widget_storage(page: Any) -> Dict[str, str]:
    """Everything in this origin's sessionStorage and localStorage (the widget writes nothing there)."""
    return page.evaluate(
        """() => Object.fromEntries([sessionStorage, localStorage].flatMap((store) =>
              Object.keys(store).map((k) => [k, store.getItem(k)])))""",
    )


def transcript_texts(page: Any) -> List[str]:
    """The text of every message in the log, the local intro first."""
    return page.locator(".tw-log .tw-msg__text").all_inner_texts()


def wait_for_bot_text(page: Any, needle: str, timeout: float = 120_000) -> None:
    page.locator(".tw-msg--bot .tw-msg__text", has_text=needle).last.wait_for(timeout=timeout)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two CSS rgb()/rgba() colours."""
    def channels(colour: str) -> List[float]:
        inside = colour[colour.index("(") + 1:colour.index(")")]
        return [float(v) for v in inside.replace("/", ",").replace(" ", ",").split(",") if v][:3]

    def luminance(colour: str) -> float:
        linear = []
        for value in channels(colour):
            c = value / 255
            linear.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
