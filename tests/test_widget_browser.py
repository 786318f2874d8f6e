"""The website widget in a real browser (Debian's chromium through Playwright).

Most tests run the real widget server against a scripted stand-in for Rasa's REST channel
(bot/widget/scripted_rasa.py), so they check the widget itself: safe rendering, storage, quick exit, errors,
languages, keyboard use, layout. The last tests drive the real assistant from the `running_assistant` fixture
(tests/conftest.py), through the widget demo page the launcher started with it.
"""
from __future__ import annotations

import json
import re
import threading
import time
import urllib.error
import urllib.request
from typing import Any, Dict, Iterator, List

import pytest

from bot.language.languages import RIGHT_TO_LEFT, SUPPORTED

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

from bot.launcher import Server, free_port, start_widget_server  # noqa: E402 (after the import check)
from bot.widget.scripted_rasa import ScriptedRasa  # noqa: E402
from tests.helpers import PROJECT_ROOT, read_stored_events  # noqa: E402
from tests.widget_support import (  # noqa: E402
    EXIT_URL, SAFE_BUTTONS, contrast_ratio, cors_problem, default_script, stub_exit_site,
    wait_for_bot_text, widget_storage,
)

pytestmark = pytest.mark.timeout(300)

XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


# -------------------------------------------------------------------------------------------------------------
# Fixtures.
# -------------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def fake_rasa_server() -> Iterator[ScriptedRasa]:
    fake = ScriptedRasa(default_script).start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def widget(fake_rasa_server: ScriptedRasa) -> Iterator[Server]:
    server = start_widget_server(fake_rasa_server.url, free_port())
    fake_rasa_server.widget_url = server.url
    yield server
    server.stop()


@pytest.fixture
def fake(fake_rasa_server: ScriptedRasa) -> Iterator[ScriptedRasa]:
    fake_rasa_server.reset()
    yield fake_rasa_server
    fake_rasa_server.reset()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, reduced_motion="reduce")
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: Any, widget: Server, fake: ScriptedRasa) -> Any:
    """The demo page, with the console watched for CSP violations and script errors."""
    tab = context.new_page()
    tab.problems = []  # type: ignore[attr-defined]
    tab.on("console", lambda m: tab.problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.problems.append(str(e)))
    tab.goto(widget.url + "/")
    tab.locator(".tw-choice").first.wait_for()
    return tab


def send_typed(page: Any, text: str) -> None:
    page.locator(".tw-input").fill(text)
    page.locator(".tw-input").press("Enter")


# -------------------------------------------------------------------------------------------------------------
# The widget server.
# -------------------------------------------------------------------------------------------------------------
def fetch(url: str, method: str = "GET") -> tuple:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_the_demo_page_is_served_with_strict_security_headers(widget: Server, fake: ScriptedRasa) -> None:
    status, headers, body = fetch(widget.url + "/")
    assert status == 200
    csp = headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["connect-src"] == f"'self' {fake.url}"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert directives["frame-ancestors"] == "'none'"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "no-store" in headers["Cache-Control"]
    assert "Set-Cookie" not in headers
    assert f'data-testimony-server="{fake.url}"'.encode() in body
    assert b"<script>" not in body and b" on" + b"click=" not in body  # no inline script

    status, headers, _ = fetch(widget.url + "/testimony-widget.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert headers["X-Content-Type-Options"] == "nosniff" and "no-store" in headers["Cache-Control"]


@pytest.mark.parametrize("path", ["/../server.py", "/%2e%2e/server.py", "/server.py", "/nothing.html", "/.hidden"])
def test_only_the_static_files_are_served(widget: Server, path: str) -> None:
    assert fetch(widget.url + path)[0] == 404


def test_only_get_and_head_are_allowed(widget: Server) -> None:
    assert fetch(widget.url + "/", method="POST")[0] == 405
    assert fetch(widget.url + "/", method="HEAD")[0] == 200


def test_the_widget_source_never_writes_html_or_any_storage() -> None:
    source = (PROJECT_ROOT / "bot/widget/static/testimony-widget.js").read_text(encoding="utf-8")
    source = re.sub(r"/\*.*?\*/", "", source, flags=re.S)  # the rules are stated in comments; check the code
    source = re.sub(r"(?m)^\s*//.*$|\s//\s.*$", "", source)
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "localStorage", "sessionStorage", "indexedDB",
                      "document.cookie", "eval(", "new Function"):
        assert forbidden not in source, forbidden


# -------------------------------------------------------------------------------------------------------------
# Conversation basics.
# -------------------------------------------------------------------------------------------------------------
def test_buttons_send_the_payload_and_show_the_title(page: Any, fake: ScriptedRasa) -> None:
    start = page.get_by_role("button", name="Start")
    start.click()
    wait_for_bot_text(page, "are you somewhere safe")
    assert fake.messages() == ["/greet"]

    safe = page.get_by_role("button", name="Yes, I am safe")
    assert safe.evaluate("(b) => b.tagName") == "BUTTON"
    safe.click()
    wait_for_bot_text(page, "what happened?")
    assert fake.messages() == ["/greet", "/affirm"]
    user_bubbles = page.locator(".tw-msg--user .tw-msg__text").all_inner_texts()
    assert user_bubbles == ["Start", "Yes, I am safe"]
    assert page.locator(".tw-choices button").count() == 0  # the answered question's buttons are gone
    assert page.problems == []


def test_each_request_carries_the_servers_session_token_the_page_language_and_no_cookies(
        page: Any, fake: ScriptedRasa, context: Any) -> None:
    send_typed(page, "hello")
    wait_for_bot_text(page, "You wrote: hello")
    send_typed(page, "and again")
    wait_for_bot_text(page, "You wrote: and again")
    request = fake.requests[0]
    assert [session["asked"] for session in fake.sessions] == [{}]  # one session, asked for before the first message
    assert [r.sender for r in fake.requests] == [fake.sessions[0]["token"]] * 2
    assert request.metadata == {"page_language": "en"}
    assert request.content_type.startswith("application/json")
    assert widget_storage(page) == {}
    assert context.cookies() == []

    other = context.browser.new_context()
    try:
        tab = other.new_page()
        tab.goto(page.url)
        send_typed(tab, "hello")
        wait_for_bot_text(tab, "You wrote: hello")
    finally:
        other.close()
    assert fake.requests[2].sender == fake.sessions[1]["token"] != request.sender


def test_messages_are_shown_as_text_never_as_html(page: Any, fake: ScriptedRasa) -> None:
    fake.script = lambda request: [{"text": f"Bot says {XSS}\nsecond line", "buttons": [
        {"title": XSS, "payload": "/affirm"}]}]
    send_typed(page, XSS)
    wait_for_bot_text(page, "second line")

    assert page.locator(".tw img, .tw script").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert XSS in page.locator(".tw-msg--user .tw-msg__text").inner_text()
    bot = page.locator(".tw-msg--bot .tw-msg__text").last
    assert bot.inner_text() == f"Bot says {XSS}\nsecond line"
    assert bot.evaluate("(e) => getComputedStyle(e).whiteSpace") == "pre-wrap"
    assert page.locator(".tw-choice").inner_text() == XSS
    assert all(node.get_attribute("dir") == "auto" for node in page.locator(".tw-msg__text").all())


def test_enter_sends_and_shift_enter_makes_a_new_line(page: Any, fake: ScriptedRasa) -> None:
    box = page.locator(".tw-input")
    box.click()
    box.type("first line")
    box.press("Shift+Enter")
    box.type("second line")
    assert fake.requests == []
    box.press("Enter")
    wait_for_bot_text(page, "second line")
    assert fake.messages() == ["first line\nsecond line"]
    assert box.input_value() == ""
    assert page.locator(".tw-msg--user .tw-msg__text").inner_text() == "first line\nsecond line"


def test_a_typing_indicator_shows_while_waiting(page: Any, fake: ScriptedRasa) -> None:
    fake.gate = threading.Event()
    typing = page.locator(".tw-typing")
    assert typing.is_hidden()
    send_typed(page, "are you there?")
    typing.wait_for(state="visible")
    assert typing.inner_text().startswith("Typing")
    assert page.locator(".tw").get_attribute("aria-busy") == "true"
    fake.gate.set()
    wait_for_bot_text(page, "You wrote: are you there?")
    typing.wait_for(state="hidden")


def test_a_reload_or_a_reopened_tab_brings_nothing_of_the_conversation_back(
        page: Any, fake: ScriptedRasa, context: Any, widget: Server) -> None:
    page.get_by_role("button", name="Start").click()
    wait_for_bot_text(page, "are you somewhere safe")
    send_typed(page, "my uncle was taken at night")
    wait_for_bot_text(page, "You wrote: my uncle")
    page.locator(".tw-input").fill("an unsent draft")
    first_token = fake.requests[-1].sender
    assert widget_storage(page) == {}

    page.reload()  # the page comes back from this tab's history, as "reopen closed tab" brings it back
    page.locator(".tw-choice").first.wait_for()
    assert page.locator(".tw-msg").count() == 1  # only the local intro
    assert "my uncle" not in page.locator(".tw-log").inner_text()
    assert page.locator(".tw-input").input_value() == ""

    page.close()  # closed, and opened again from the history of a new tab on the same computer
    reopened = context.new_page()
    reopened.goto(widget.url + "/")
    reopened.locator(".tw-choice").first.wait_for()
    assert reopened.locator(".tw-msg").count() == 1 and widget_storage(reopened) == {}
    send_typed(reopened, "hello")
    wait_for_bot_text(reopened, "You wrote: hello")
    assert fake.requests[-1].sender != first_token  # a new session: the old conversation cannot be reached


def test_the_session_token_is_renewed_for_the_same_conversation(page: Any, fake: ScriptedRasa) -> None:
    fake.session_ttl = 0  # every token is past half its life at once, so each message renews first
    send_typed(page, "first")
    wait_for_bot_text(page, "You wrote: first")
    send_typed(page, "second")
    wait_for_bot_text(page, "You wrote: second")
    first, renewed = fake.sessions
    assert first["asked"] == {} and renewed["asked"] == {"token": first["token"]}
    assert [r.sender for r in fake.requests] == [first["token"], renewed["token"]]


def test_a_message_over_the_limit_is_kept_and_explained_not_sent(page: Any, fake: ScriptedRasa) -> None:
    long_text = "a" * 20_001
    box = page.locator(".tw-input")
    box.fill(long_text)
    box.press("Enter")
    note = page.locator("#tw-length")
    note.wait_for(state="visible")
    assert "too long" in note.inner_text() and "20,000" in note.inner_text()
    assert box.input_value() == long_text
    assert box.get_attribute("aria-invalid") == "true"
    assert fake.requests == []

    box.fill("a" * 20_000)
    assert note.is_hidden()
    box.press("Enter")
    fake.wait_for(lambda r: r.message == "a" * 20_000)


# -------------------------------------------------------------------------------------------------------------
# When the server cannot be reached.
# -------------------------------------------------------------------------------------------------------------
def test_an_unreachable_server_keeps_the_typed_text_and_offers_a_retry(page: Any, fake: ScriptedRasa) -> None:
    fake.mode = "down"
    words = "They took my brother at the checkpoint.\nI saw it."
    send_typed(page, words)
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert "cannot reach" in alert.inner_text()
    assert page.locator(".tw-error a[href='tel:0800555111']").inner_text() == "0800 555 111"
    assert page.locator(".tw-input").input_value() == words
    assert page.locator(".tw-msg--user").count() == 0
    assert widget_storage(page) == {}

    fake.mode = "ok"
    page.get_by_role("button", name="Try again").click()
    wait_for_bot_text(page, "You wrote: They took my brother")
    assert alert.is_hidden()
    assert page.locator(".tw-input").input_value() == ""
    assert page.locator(".tw-msg--user .tw-msg__text").inner_text() == words


def test_a_failed_quick_reply_can_be_retried(page: Any, fake: ScriptedRasa) -> None:
    fake.mode = "error"
    page.get_by_role("button", name="Start").click()
    page.get_by_role("alert").wait_for()
    assert page.get_by_role("button", name="Start").is_visible()  # the choice is still there
    fake.mode = "ok"
    page.get_by_role("button", name="Try again").click()
    wait_for_bot_text(page, "are you somewhere safe")
    assert fake.messages() == ["/greet", "/greet"]


# -------------------------------------------------------------------------------------------------------------
# Quick exit.
# -------------------------------------------------------------------------------------------------------------
def start_conversation(page: Any, fake: ScriptedRasa) -> str:
    page.get_by_role("button", name="Start").click()
    wait_for_bot_text(page, "are you somewhere safe")
    send_typed(page, "something private")
    wait_for_bot_text(page, "You wrote: something private")
    return fake.requests[-1].sender


def assert_left_without_trace(page: Any, fake: ScriptedRasa, sender: str, visits: List[str], widget_url: str) -> None:
    page.wait_for_url(EXIT_URL)
    assert visits == [EXIT_URL]
    deletion = fake.wait_for(lambda r: r.message == "/delete_everything")
    assert deletion.sender == sender
    # Back does not return to the widget: the exit replaced this page in the history.
    page.go_back()
    assert not page.url.startswith(widget_url)
    # The same tab, back on the site: nothing is left of the conversation.
    page.goto(widget_url + "/")
    page.locator(".tw-choice").first.wait_for()
    assert widget_storage(page) == {}
    assert page.locator(".tw-msg").count() == 1  # only the local intro
    assert page.locator(".tw-input").input_value() == ""


def test_leave_this_site_clears_storage_deletes_the_draft_and_replaces_the_page(
        page: Any, fake: ScriptedRasa, context: Any, widget: Server) -> None:
    visits = stub_exit_site(context)
    sender = start_conversation(page, fake)
    page.get_by_role("button", name="Leave this site").click()
    assert_left_without_trace(page, fake, sender, visits, widget.url)


def test_the_escape_key_leaves_from_anywhere_even_while_typing(
        page: Any, fake: ScriptedRasa, context: Any, widget: Server) -> None:
    visits = stub_exit_site(context)
    sender = start_conversation(page, fake)
    page.locator(".tw-input").fill("half a sentence")
    page.locator(".tw-input").press("Escape")
    assert_left_without_trace(page, fake, sender, visits, widget.url)


def test_leaving_before_saying_anything_sends_nothing(page: Any, fake: ScriptedRasa, context: Any) -> None:
    visits = stub_exit_site(context)
    page.keyboard.press("Escape")
    page.wait_for_url(EXIT_URL)
    assert visits == [EXIT_URL] and fake.requests == []


def test_the_exit_button_stays_on_screen_when_scrolled(browser: Any, widget: Server, fake: ScriptedRasa) -> None:
    for width, height in ((1280, 800), (360, 740)):
        ctx = browser.new_context(viewport={"width": width, "height": height})
        try:
            tab = ctx.new_page()
            tab.goto(widget.url + "/")
            tab.locator(".tw-choice").first.wait_for()
            tab.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
            box = tab.get_by_role("button", name="Leave this site").bounding_box()
            assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= height
        finally:
            ctx.close()


# -------------------------------------------------------------------------------------------------------------
# Languages and right-to-left.
# -------------------------------------------------------------------------------------------------------------
def test_every_language_has_every_widget_string(page: Any) -> None:
    strings: Dict[str, Dict[str, str]] = page.evaluate("() => window.testimonyWidget.strings()")
    assert sorted(strings) == sorted(SUPPORTED)
    english = strings["en"]
    for language, table in strings.items():
        assert set(table) == set(english), language
        for key, text in table.items():
            assert text.strip(), (language, key)
            for placeholder in re.findall(r"\{\w+\}", english[key]):
                assert placeholder in text, (language, key, placeholder)
            if language != "en" and key not in ("log",):
                assert text != english[key], (language, key)


@pytest.mark.parametrize("language", SUPPORTED)
def test_the_widget_speaks_the_page_language(context: Any, widget: Server, fake: ScriptedRasa,
                                             language: str) -> None:
    tab = context.new_page()
    tab.goto(f"{fake.url}/host?lang={language}-XX")  # a third-party page embedding the widget with one tag
    tab.locator(".tw-choice").first.wait_for()
    table = tab.evaluate("(l) => window.testimonyWidget.strings()[l]", language)
    expected_dir = "rtl" if language in RIGHT_TO_LEFT else "ltr"
    section = tab.locator("section.tw")
    assert section.get_attribute("dir") == expected_dir
    assert section.get_attribute("lang") == language
    assert tab.locator(".tw-exit").get_attribute("dir") == expected_dir
    assert tab.locator(".tw-send").inner_text() == table["send"]
    assert tab.get_by_role("button", name=table["leave"]).is_visible()
    assert tab.get_by_label(table["label"]).count() == 1
    assert tab.get_by_role("log").get_attribute("aria-label") == table["log"]

    tab.get_by_role("button", name=table["start"]).click()
    fake.wait_for(lambda r: r.message == "/greet")
    assert fake.requests[-1].metadata == {"page_language": f"{language}-XX"}
    wait_for_bot_text(tab, "are you somewhere safe")
    if language in RIGHT_TO_LEFT:  # the bot's English text still reads left to right in the right-to-left widget
        box = tab.locator(".tw-msg--bot .tw-msg__text").last
        assert box.evaluate("(e) => getComputedStyle(e).direction") == "ltr"
        user = tab.locator(".tw-msg--user .tw-msg__text").last.bounding_box()
        log = tab.locator(".tw-log").bounding_box()
        assert user["x"] - log["x"] < 30  # the user's own bubble sits on the left in right-to-left


def test_an_arabic_message_is_right_to_left_in_an_english_widget(page: Any, fake: ScriptedRasa) -> None:
    send_typed(page, "أخذوا أخي عند الحاجز")
    wait_for_bot_text(page, "أخذوا")
    bubble = page.locator(".tw-msg--user .tw-msg__text")
    assert bubble.evaluate("(e) => getComputedStyle(e).direction") == "rtl"
    assert page.locator("section.tw").get_attribute("dir") == "ltr"


def test_the_bot_can_switch_the_widget_language(page: Any, fake: ScriptedRasa) -> None:
    fake.script = lambda request: [{"text": "مرحبًا", "custom": {"language": "ar"}}]
    send_typed(page, "مرحبا")
    wait_for_bot_text(page, "مرحبًا")
    assert page.locator("section.tw").get_attribute("dir") == "rtl"
    assert page.locator(".tw-send").inner_text() == "إرسال"


def test_the_arabic_demo_page(context: Any, widget: Server, fake: ScriptedRasa) -> None:
    tab = context.new_page()
    tab.goto(widget.url + "/ar.html")
    tab.locator(".tw-choice").first.wait_for()
    assert tab.locator("section.tw").get_attribute("dir") == "rtl"
    assert tab.get_by_role("button", name="غادر هذا الموقع").is_visible()


# -------------------------------------------------------------------------------------------------------------
# Accessibility.
# -------------------------------------------------------------------------------------------------------------
def test_the_widget_is_operable_by_keyboard_alone(page: Any, fake: ScriptedRasa) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Leave this site"
    page.keyboard.press("Tab")
    skip = page.locator(".tw-skip")
    assert page.evaluate("() => document.activeElement.className") == "tw-skip"
    assert skip.is_visible() and skip.bounding_box()["height"] > 10
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "tw-input"

    page.keyboard.type("hello from the keyboard")
    page.keyboard.press("Enter")
    wait_for_bot_text(page, "You wrote: hello from the keyboard")
    assert page.evaluate("() => document.activeElement.id") == "tw-input"

    fake.script = lambda request: [{"text": "Choose one", "buttons": SAFE_BUTTONS}]
    page.keyboard.type("next")
    page.keyboard.press("Enter")
    wait_for_bot_text(page, "Choose one")
    page.keyboard.press("Shift+Tab")  # back from the box to the last choice
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Yes, I am safe"
    focused = page.locator(".tw-choice").first
    style = focused.evaluate("(e) => getComputedStyle(e).backgroundColor")
    assert style == "rgb(255, 221, 0)"  # the visible yellow focus state
    fake.script = lambda request: [{"text": "Next question", "buttons": SAFE_BUTTONS}]
    page.keyboard.press("Space")
    wait_for_bot_text(page, "Next question")
    assert fake.messages()[-1] == "/affirm"
    # Focus follows to the new choices, not lost on the page.
    assert page.evaluate("() => document.activeElement.className") == "tw-choice"


def test_every_control_has_a_label_and_the_transcript_is_a_polite_log(page: Any) -> None:
    log = page.get_by_role("log")
    assert log.get_attribute("aria-live") == "polite"
    assert page.get_by_label("Your message").evaluate("(e) => e.tagName") == "TEXTAREA"
    described = page.locator(".tw-input").get_attribute("aria-describedby").split()
    assert "tw-hint" in described
    for button in page.locator("button").all():
        assert button.inner_text().strip() or button.get_attribute("aria-label"), button
    assert page.get_by_role("region", name="Tell us what happened").count() == 1
    snapshot = page.locator("body").aria_snapshot()
    assert 'button "Leave this site"' in snapshot and 'textbox "Your message"' in snapshot


def test_text_contrast_is_at_least_aa(page: Any, fake: ScriptedRasa) -> None:
    page.get_by_role("button", name="Start").click()
    wait_for_bot_text(page, "are you somewhere safe")
    fake.mode = "down"
    send_typed(page, "x")
    page.get_by_role("alert").wait_for()
    pairs = page.evaluate("""() => {
        const background = (el) => {
            for (let n = el; n; n = n.parentElement) {
                const c = getComputedStyle(n).backgroundColor;
                if (c && !c.endsWith(', 0)') && c !== 'transparent') return c;
            }
            return 'rgb(255, 255, 255)';
        };
        const selectors = ['.tw-exit__hint', '.tw-exit__button', '.tw-title', '.tw-msg--bot .tw-msg__text',
            '.tw-msg--user .tw-msg__text', '.tw-choice', '.tw-label', '.tw-hint', '.tw-input', '.tw-send',
            '.tw-error__text', '.tw-error__help', '.tw-phone', '.tw-retry'];
        return selectors.flatMap((s) => Array.from(document.querySelectorAll(s)).map(
            (el) => [s, getComputedStyle(el).color, background(el)]));
    }""")
    assert len(pairs) >= 14
    for selector, colour, background in pairs:
        assert contrast_ratio(colour, background) >= 4.5, (selector, colour, background)


@pytest.mark.parametrize("width,height", [(360, 740), (640, 400), (320, 640)])
def test_no_sideways_scrolling_on_a_phone_or_at_high_zoom(browser: Any, widget: Server, fake: ScriptedRasa,
                                                         width: int, height: int) -> None:
    """360 px is a small phone; 640 px wide is a 1280 px window at 200% zoom; 320 px is WCAG's reflow width."""
    ctx = browser.new_context(viewport={"width": width, "height": height})
    try:
        tab = ctx.new_page()
        for path in ("/", "/ar.html"):
            tab.goto(widget.url + path)
            tab.locator(".tw-choice").first.click()
            tab.locator(".tw-msg--bot").nth(2).wait_for()
            tab.locator(".tw-input").fill("a-very-long-word-without-spaces-" * 10)
            overflow = tab.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (path, width, overflow)
            for selector in (".tw-send", ".tw-input", ".tw-choice", ".tw-exit__button"):
                box = tab.locator(selector).first.bounding_box()
                assert box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (path, selector, box)
            tab.evaluate("() => sessionStorage.clear()")
    finally:
        ctx.close()


def test_no_content_security_policy_violations_on_the_demo_page(page: Any, fake: ScriptedRasa) -> None:
    page.get_by_role("button", name="Start").click()
    wait_for_bot_text(page, "are you somewhere safe")
    assert page.evaluate("() => getComputedStyle(document.querySelector('.tw-exit')).position") == "sticky"
    assert page.problems == []


# -------------------------------------------------------------------------------------------------------------
# End to end, with the real assistant (the `running_assistant` fixture from tests/conftest.py).
# -------------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_widget(running_assistant: Any) -> Server:
    """The widget demo page the launcher started beside the real assistant."""
    problem = cors_problem(running_assistant.rasa_url, running_assistant.widget.url)
    if problem:
        pytest.fail(problem)
    return running_assistant.widget


def click_choice(page: Any, title: str) -> None:
    page.locator(".tw-choices").get_by_role("button", name=title, exact=True).click()


def wait_for_reply(page: Any, bot_messages_before: int, timeout: float = 120_000) -> None:
    page.locator(".tw-msg--bot").nth(bot_messages_before).wait_for(timeout=timeout)
    page.locator(".tw-typing").wait_for(state="hidden", timeout=timeout)


def say(page: Any, *, choose: str = "", text: str = "") -> str:
    """Clicks a quick reply or types text, waits for the answer, and returns the assistant's new words."""
    before = page.locator(".tw-msg--bot").count()
    if choose:
        click_choice(page, choose)
    else:
        send_typed(page, text)
    wait_for_reply(page, before)
    return "\n".join(page.locator(".tw-msg--bot .tw-msg__text").all_inner_texts()[before:])


def stored_conversation(running_assistant: Any, sender: str, until_gone: str = "", wait: float = 60) -> str:
    """The sender's stored events as JSON text, read through the project's own tracker store.

    With until_gone, keeps reading (up to `wait` seconds) until that text is no longer stored: the widget's
    deletion request is fire-and-forget, so the server may still be working on it when the page has gone.
    """
    deadline = time.monotonic() + wait
    while True:
        text = read_stored_events(running_assistant.data_dir, sender) or ""
        if not until_gone or until_gone not in text or time.monotonic() > deadline:
            return text
        time.sleep(0.5)


def test_a_whole_report_filed_through_the_widget_gets_a_reference(browser: Any, real_widget: Server) -> None:
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = ctx.new_page()
        page.goto(real_widget.url + "/")
        say(page, choose="Start")
        say(page, choose="Yes, I am safe")
        say(page, choose="Yes, I want to go on")
        say(page, text="Soldiers came to our village at night and burned the houses.")
        say(page, choose="That's everything")
        say(page, choose="I saw it happen")
        say(page, text="spring 2022")
        say(page, text="Bucha, Ukraine")
        say(page, text="men in black uniforms")
        say(page, choose="I don't know")
        say(page, text="my neighbours were there too")
        say(page, text="I have photos on my phone")
        say(page, text="nobody, this is the first time")
        say(page, choose="Yes, they may share it")
        summary = say(page, choose="Stay anonymous, without my name")
        assert "burned the houses" in summary
        filed = say(page, choose="Send my report")
        assert re.search(r"REF-[A-Z0-9]{8,}", filed), filed
        assert re.search(r"\b\d{4} \d{4} \d{4} \d{4}\b", filed), filed
    finally:
        ctx.close()


def test_escape_mid_conversation_clears_the_tab_and_the_servers_tracker(
        browser: Any, real_widget: Server, running_assistant: Any) -> None:
    secret = "they took my brother from the checkpoint at dawn"
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        visits = stub_exit_site(ctx)
        page = ctx.new_page()
        tokens: List[str] = []
        page.on("request", lambda request: tokens.append(json.loads(request.post_data)["sender"])
                if request.url.endswith("/webhooks/rest/webhook") else None)
        page.goto(real_widget.url + "/")
        say(page, choose="Start")
        say(page, choose="Yes, I am safe")
        say(page, choose="Yes, I want to go on")
        say(page, text=secret)
        say(page, choose="That's everything")
        say(page, choose="It happened to me")
        sender = running_assistant.conversation_of_token(tokens[-1])
        assert set(tokens) == {tokens[0]} and sender.startswith("web:")
        assert secret in stored_conversation(running_assistant, sender)

        page.locator(".tw-input").fill("and then")
        page.keyboard.press("Escape")
        page.wait_for_url(EXIT_URL)
        assert visits == [EXIT_URL]

        remaining = stored_conversation(running_assistant, sender, until_gone=secret)
        assert secret not in remaining
        assert "survivor" not in remaining

        page.go_back()
        assert not page.url.startswith(real_widget.url)
        page.goto(real_widget.url + "/")
        page.locator(".tw-choice").first.wait_for()
        assert widget_storage(page) == {}
        assert page.locator(".tw-msg").count() == 1
    finally:
        ctx.close()
