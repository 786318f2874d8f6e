"""The language table (bot/language/languages.py) is the one source of per-language facts.

The widget's JavaScript runs in a browser with no Python behind it, so it keeps its own copy of the
right-to-left list; this test keeps the copy equal to the table.
"""
from __future__ import annotations

import json
import re

from bot.language.languages import RIGHT_TO_LEFT
from bot.widget.server import STATIC_DIR

WIDGET_SCRIPT = STATIC_DIR / "testimony-widget.js"


def test_the_widget_lays_out_right_to_left_exactly_the_languages_the_table_marks_rtl() -> None:
    source = WIDGET_SCRIPT.read_text(encoding="utf-8")
    found = re.search(r"var RTL_LANGUAGES = (\[[^\]]*\]);", source)
    assert found, f"no `var RTL_LANGUAGES = [...];` in {WIDGET_SCRIPT}"
    assert sorted(json.loads(found.group(1))) == sorted(RIGHT_TO_LEFT)
