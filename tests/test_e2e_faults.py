"""Faults, end to end: a server that dies, or a disk that fills or turns read-only, costs the person a turn, never
their words and never a report filed twice (issue 14).

These start an assistant of their own (the shared one must not lose a server under the other tests).
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Callable, Dict, Iterator, List

import pytest

from bot.launcher.servers import Server, restart_server
from bot.reports.reader import ReportReader
from bot.settings import DataLayout
from tests.assistant import RunningAssistant, start_assistant, texts
from tests.conversation_driver import reach_confirmation, receipt_in, start_and_consent
from tests.crypto_fixtures import run_staff

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

FIRST = "they took my uncle from the market in the morning"
SECOND = "two days later his car was found burned near the river crossing"
# The production cost of a follow-up code's scrypt (bot.crypto.kdf.DEFAULT_N): filing then takes long enough
# to be caught in the middle.
PRODUCTION_SCRYPT = {"TESTIMONY_SCRYPT_N": str(2 ** 17)}


def action_server(assistant: RunningAssistant) -> Server:
    return next(server for server in assistant.servers.running if server.name == "The action server")


def filed_account(assistant: RunningAssistant, reference: str) -> str:
    """The account in the filed report, opened by staff as they would."""
    shown = run_staff(assistant.data_dir, "show", reference, "--json", env=assistant.env, timeout=120)
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout)
    return (report["report"] if "report" in report else report)["answers"]["narrative"]


def test_a_killed_action_server_costs_a_turn_and_nothing_else(trained_model: Path, tmp_path: Path) -> None:
    assistant = start_assistant(tmp_path / "data", trained_model)
    try:
        sender = "fault"
        start_and_consent(assistant, sender)
        assert texts(assistant.send(sender, FIRST))
        actions = action_server(assistant)
        os.kill(actions.process.pid, signal.SIGKILL)
        actions.process.wait()

        status, answer = assistant.post_message(sender, SECOND)
        assert status == 503 and "try again" in json.loads(answer)["error"]  # the widget keeps the message

        restart_server(actions, assistant.servers.others(actions))
        assert texts(assistant.send(sender, SECOND))  # sent again, as the widget offers
        reach_confirmation(assistant, sender)
        receipt = receipt_in(texts(assistant.send(sender, "/affirm")))
        assert receipt["reference"], receipt["text"]

        narrative = filed_account(assistant, receipt["reference"])
        assert narrative.count(FIRST) == 1, narrative
        assert narrative.count(SECOND) == 1, narrative
    finally:
        assistant.stop()


def reservations(data_dir: Path) -> List[dict]:
    """Filing's first step, one record per draft (bot.reports.store): which reference it was given."""
    directory = DataLayout(data_dir).idempotency_dir
    return [json.loads(path.read_text()) for path in sorted(directory.glob("*.json"))] if directory.is_dir() else []


def wait_for_reservation(data_dir: Path, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = reservations(data_dir)
        if found:
            return found[0]
        time.sleep(0.002)
    raise AssertionError("filing never started")


def test_an_action_server_killed_while_filing_files_the_report_exactly_once(trained_model: Path,
                                                                             tmp_path: Path) -> None:
    """The action server is stopped the moment filing has reserved the report's reference (before the report is
    sealed), shown to be mid-filing, and killed. The person's "send" gets a calm "try again"; sent again after the
    restart, the report is filed under the reference reserved before the crash, once, with the whole account."""
    assistant = start_assistant(tmp_path / "data", trained_model, extra_env=PRODUCTION_SCRYPT)
    try:
        sender = "killed-while-filing"
        start_and_consent(assistant, sender)
        reach_confirmation(assistant, sender, FIRST, SECOND)
        actions = action_server(assistant)
        answered: Dict[str, tuple] = {}
        sending = threading.Thread(target=lambda: answered.update(first=assistant.post_message(sender, "/affirm")))
        sending.start()
        reserved = wait_for_reservation(assistant.data_dir)
        os.kill(actions.process.pid, signal.SIGSTOP)
        reader = ReportReader(assistant.data_dir)
        assert reader.references() == [], "the kill came too late: the report was already sealed"
        os.kill(actions.process.pid, signal.SIGKILL)
        actions.process.wait()
        sending.join(timeout=300)

        status, answer = answered["first"]
        assert status == 503 and "try again" in json.loads(answer)["error"], (status, answer)
        restart_server(actions, assistant.servers.others(actions))
        receipt = receipt_in(texts(assistant.send(sender, "/affirm")))  # "send" again, as the widget offers

        assert receipt["reference"] == reserved["reference"], receipt["text"]
        assert receipt["followup_code"], receipt["text"]
        assert reader.references() == [reserved["reference"]]
        assert len(reservations(assistant.data_dir)) == 1
        narrative = filed_account(assistant, receipt["reference"])
        assert narrative.count(FIRST) == 1 and narrative.count(SECOND) == 1, narrative
    finally:
        assistant.stop()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An empty folder on a filesystem of its own, 1 MiB: it can be filled without filling this machine's disk.
    Mounting needs root (these machines and CI run the tests as root); elsewhere the test says so and skips."""
    mountpoint = tmp_path / "small-disk"
    mountpoint.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mountpoint)],
                             capture_output=True, text=True) if shutil.which("mount") else None
    if mounted is None or mounted.returncode != 0:  # pragma: no cover - depends on the machine
        pytest.skip("a full disk is made by mounting a small tmpfs, which needs root: "
                    + (mounted.stderr.strip() if mounted else "no mount command"))
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def fill(disk: Path) -> Callable[[], None]:
    """Writes one file until the disk refuses another byte; returns what makes room again."""
    filler = disk / "filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    return filler.unlink


def make_read_only(disk: Path) -> Callable[[], None]:
    """Remounts the disk read-only (as a failing disk or a mistaken mount would leave it); returns what makes it
    writable again."""
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, capture_output=True)
    return lambda: subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True, capture_output=True)


FAULTS: Dict[str, Callable[[Path], Callable[[], None]]] = {"full": fill, "read-only": make_read_only}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_full_or_read_only_report_store_files_nothing_keeps_the_draft_and_files_once_when_retried(
        trained_model: Path, tmp_path: Path, small_disk: Path, fault: str) -> None:
    """The spool, where a sealed report is first written, is on a disk that is full (or read-only) when the person
    sends. They are told it was not sent and that nothing is lost; once the disk takes writes again, their "send"
    files it, once, whole (and the delivery from the spool's disk to the reports' disk copies across
    filesystems)."""
    assistant = start_assistant(tmp_path / "data", trained_model,
                                extra_env={"TESTIMONY_SPOOL_DIR": str(small_disk / "spool")})
    try:
        sender = f"disk-{fault}"
        start_and_consent(assistant, sender)
        reach_confirmation(assistant, sender, FIRST, SECOND)
        (small_disk / "spool").mkdir(exist_ok=True)
        repair = FAULTS[fault](small_disk)

        refused = texts(assistant.send(sender, "/affirm"))
        assert "not been sent" in refused and "Nothing you wrote is lost" in refused, refused
        assert receipt_in(refused)["reference"] is None
        reader = ReportReader(assistant.data_dir, small_disk / "spool")
        assert reader.references() == []

        repair()
        receipt = receipt_in(texts(assistant.send(sender, "/affirm")))  # "Say send to try again"
        assert receipt["reference"] and receipt["followup_code"], receipt["text"]
        assert reader.references() == [receipt["reference"]]
        assert not list((small_disk / "spool").rglob("*.tse")), "delivered, not left in the spool"
        narrative = filed_account(assistant, receipt["reference"])
        assert narrative.count(FIRST) == 1 and narrative.count(SECOND) == 1, narrative
    finally:
        assistant.stop()
