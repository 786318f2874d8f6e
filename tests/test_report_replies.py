"""Replies from the team (bot/reports/replies.py): sealed to a key only the follow-up code yields, through the
same scrypt as the code's verifier, and read back only with it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.crypto.codec import b64d, b64e
from bot.crypto.keys import generate_identity
from bot.reports import UnknownFollowUpCode, codes
from bot.reports.objects import FileObjects
from bot.reports.replies import ReplyError, read_replies, write_reply
from bot.settings import DataLayout
from tests.crypto_fixtures import open_report, sample_report, scrypt_derivations


def reply_key_of(root: Path, reference: str, team_keys) -> str:
    """What staff read in the opened report."""
    return open_report(root, reference, team_keys["team"][0]).reply_public_key


def test_the_code_opens_the_replies_and_the_store_holds_no_words(report_store, team_keys, tmp_path: Path):
    receipt = report_store.file(sample_report(), "a")
    objects = FileObjects(DataLayout.for_root(tmp_path))
    public = reply_key_of(tmp_path, receipt.reference, team_keys)
    write_reply(objects, receipt.reference, public, "  Are you safe to talk by phone?  ", "en", team_keys["team"][0])
    write_reply(objects, receipt.reference, public, "شكرًا لك", "ar", team_keys["team"][0])

    follow_up = report_store.open_follow_up(receipt.reference, receipt.followup_code)
    assert [(r.seq, r.language, r.text) for r in report_store.replies(follow_up)] == [
        (1, "en", "Are you safe to talk by phone?"), (2, "ar", "شكرًا لك")]
    for path in (tmp_path / "index").rglob("*.json"):
        assert b"safe to talk" not in path.read_bytes() and "شكرًا".encode() not in path.read_bytes()
    with pytest.raises(UnknownFollowUpCode):
        report_store.open_follow_up(receipt.reference, "0000 0000 0000 0000")


def test_the_reply_key_costs_the_one_scrypt_of_the_code_check_and_writing_costs_none(
        report_store, team_keys, tmp_path: Path, monkeypatch):
    receipt = report_store.file(sample_report(), "a")
    public = reply_key_of(tmp_path, receipt.reference, team_keys)
    runs = scrypt_derivations(monkeypatch)
    write_reply(FileObjects(DataLayout.for_root(tmp_path)), receipt.reference, public, "hello", "en", team_keys["team"][0])
    assert runs == []
    report_store.replies(report_store.open_follow_up(receipt.reference, receipt.followup_code))
    assert len(runs) == 1


def test_the_reply_key_is_the_second_half_of_the_codes_scrypt_not_the_stored_first(report_store, tmp_path: Path):
    receipt = report_store.file(sample_report(), "a")
    (path,) = (tmp_path / "index" / "followup").rglob(f"{receipt.reference}.json")
    record = json.loads(path.read_text())
    digits = receipt.followup_code.replace(" ", "")
    seed = codes.open_followup(digits, record)
    public = codes.reply_private_key(seed).public_key().public_bytes_raw()
    assert public == b64d(record["reply_public_key"], 32)
    stored = b64d(record["hash"], 32)  # what anyone with the store has: it does not give the key
    assert codes.reply_private_key(stored).public_key().public_bytes_raw() != public
    assert codes.verify_followup(digits, {k: v for k, v in record.items() if k != "reply_public_key"})


def test_a_reply_that_does_not_open_is_left_out_and_the_others_still_read(report_store, team_keys, tmp_path: Path):
    first = report_store.file(sample_report(), "a")
    second = report_store.file(sample_report(), "b")
    objects = FileObjects(DataLayout.for_root(tmp_path))
    write_reply(objects, first.reference, reply_key_of(tmp_path, first.reference, team_keys), "for the first", "en", team_keys["team"][0])
    write_reply(objects, second.reference, reply_key_of(tmp_path, second.reference, team_keys), "one", "en", team_keys["team"][0])
    moved = tmp_path / "index" / "replies" / second.reference / "0002.json"
    moved.write_bytes((tmp_path / "index" / "replies" / first.reference / "0001.json").read_bytes())
    (tmp_path / "index" / "replies" / second.reference / "0003.json").write_text("{damaged")
    follow_up = report_store.open_follow_up(second.reference, second.followup_code)
    assert [r.text for r in report_store.replies(follow_up)] == ["one"]
    stranger = generate_identity("stranger").private_key  # any other key opens nothing
    team = team_keys["team"][0]
    assert read_replies(objects, first.reference, stranger, {team.signing_key_id: team.signing_public_raw}) == []


def test_a_report_from_before_reply_keys_gets_no_replies_and_none_can_be_written(report_store, team_keys,
                                                                                  tmp_path: Path):
    receipt = report_store.file(sample_report(), "a")
    (path,) = (tmp_path / "index" / "followup").rglob(f"{receipt.reference}.json")
    record = json.loads(path.read_text())
    del record["reply_public_key"]  # a verifier as made before this version
    path.write_text(json.dumps(record))
    assert report_store.replies(report_store.open_follow_up(receipt.reference, receipt.followup_code)) == []
    with pytest.raises(ReplyError):
        write_reply(FileObjects(DataLayout.for_root(tmp_path)), receipt.reference, "not a key", "hello", "en", team_keys["team"][0])


@pytest.mark.parametrize("text", ["", "   ", "x" * 4001])
def test_empty_or_overlong_replies_are_refused(report_store, team_keys, tmp_path: Path, text: str):
    receipt = report_store.file(sample_report(), "a")
    with pytest.raises(ReplyError):
        write_reply(FileObjects(DataLayout.for_root(tmp_path)), receipt.reference,
                    reply_key_of(tmp_path, receipt.reference, team_keys), text, "en", team_keys["team"][0])


def test_a_reply_not_signed_by_a_listed_staff_key_is_never_shown_as_the_teams(report_store, team_keys,
                                                                              tmp_path: Path):
    """Whoever can write to the store has the public reply key too; only the team's signature makes a reply."""
    receipt = report_store.file(sample_report(), "a")
    objects = FileObjects(DataLayout.for_root(tmp_path))
    public = reply_key_of(tmp_path, receipt.reference, team_keys)
    write_reply(objects, receipt.reference, public, "Call this number now: 0000", "en", generate_identity("lure"))
    write_reply(objects, receipt.reference, public, "We read your report.", "en", team_keys["team"][0])
    follow_up = report_store.open_follow_up(receipt.reference, receipt.followup_code)
    assert [r.text for r in report_store.replies(follow_up)] == ["We read your report."]


def test_damaged_names_and_deep_json_never_stop_the_replies(report_store, team_keys, tmp_path: Path):
    receipt = report_store.file(sample_report(), "a")
    objects = FileObjects(DataLayout.for_root(tmp_path))
    write_reply(objects, receipt.reference, reply_key_of(tmp_path, receipt.reference, team_keys), "kept", "en",
                team_keys["team"][0])
    folder = tmp_path / "index" / "replies" / receipt.reference
    (folder / "²³.json").write_text("{}")
    (folder / "0002.json").write_text("[" * 100_000)
    follow_up = report_store.open_follow_up(receipt.reference, receipt.followup_code)
    assert [r.text for r in report_store.replies(follow_up)] == ["kept"]


def test_a_reply_key_swapped_in_the_store_is_noticed_when_the_reporter_comes_back(report_store, tmp_path: Path,
                                                                                  caplog):
    receipt = report_store.file(sample_report(), "a")
    (path,) = (tmp_path / "index" / "followup").rglob(f"{receipt.reference}.json")
    record = json.loads(path.read_text())
    record["reply_public_key"] = b64e(generate_identity("attacker").public_raw)
    path.write_text(json.dumps(record))
    report_store.open_follow_up(receipt.reference, receipt.followup_code)
    assert "stored reply key is not its code's" in caplog.text


def test_a_report_that_names_the_reply_key_itself_is_filed_with_the_stores(report_store, team_keys, tmp_path: Path):
    receipt = report_store.file({**sample_report(), "reply_public_key": "not the store's"}, "a")
    record = json.loads(next((tmp_path / "index" / "followup").rglob(f"{receipt.reference}.json")).read_text())
    assert reply_key_of(tmp_path, receipt.reference, team_keys) == record["reply_public_key"]
