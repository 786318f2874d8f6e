"""Replies from the team (bot/reports/replies.py): sealed to the follow-up code, read back only with it."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.reports import UnknownFollowUpCode
from bot.reports.objects import FileObjects
from bot.reports.replies import ReplyError, read_replies, write_reply
from bot.settings import DataLayout
from tests.crypto_fixtures import open_report, sample_report


def test_a_reply_opens_with_the_code_and_nothing_else(report_store, team_keys, tmp_path: Path):
    receipt = report_store.file(sample_report(), "a")
    key = open_report(tmp_path, receipt.reference, team_keys["team"][0]).addendum_key
    objects = FileObjects(DataLayout.for_root(tmp_path))
    write_reply(objects, receipt.reference, key, "  Thank you. Are you safe to talk by phone?  ", "en", "amina")
    write_reply(objects, receipt.reference, key, "شكرًا لك", "ar", "ben")

    follow_up = report_store.open_follow_up(receipt.reference, receipt.followup_code)
    replies = report_store.replies(follow_up)
    assert [(r.seq, r.who, r.language, r.text) for r in replies] == [
        (1, "amina", "en", "Thank you. Are you safe to talk by phone?"), (2, "ben", "ar", "شكرًا لك")]
    for path in (tmp_path / "index" / "replies").rglob("*.json"):
        assert b"safe to talk" not in path.read_bytes() and "شكرًا".encode() not in path.read_bytes()
    with pytest.raises(UnknownFollowUpCode):
        report_store.open_follow_up(receipt.reference, "0000 0000 0000 0000")


def test_a_reply_moved_to_another_report_does_not_open(report_store, team_keys, tmp_path: Path):
    first = report_store.file(sample_report(), "a")
    second = report_store.file(sample_report(), "b")
    key = open_report(tmp_path, first.reference, team_keys["team"][0]).addendum_key
    objects = FileObjects(DataLayout.for_root(tmp_path))
    write_reply(objects, first.reference, key, "for the first reporter only", "en", "amina")
    moved = tmp_path / "index" / "replies" / second.reference
    moved.mkdir(parents=True)
    (moved / "0001.json").write_bytes((tmp_path / "index" / "replies" / first.reference / "0001.json").read_bytes())
    with pytest.raises(ReplyError):
        report_store.replies(report_store.open_follow_up(second.reference, second.followup_code))
    with pytest.raises(ReplyError):  # and a wrong key never opens the first
        read_replies(objects, first.reference, b"\x00" * 32)


@pytest.mark.parametrize("text", ["", "   ", "x" * 4001])
def test_empty_or_overlong_replies_are_refused(report_store, team_keys, tmp_path: Path, text: str):
    receipt = report_store.file(sample_report(), "a")
    key = open_report(tmp_path, receipt.reference, team_keys["team"][0]).addendum_key
    with pytest.raises(ReplyError):
        write_reply(FileObjects(DataLayout.for_root(tmp_path)), receipt.reference, key, text, "en", "amina")
