"""The console's HTTP side: routes, sessions, CSRF, security headers, and the audit entry before every reveal.

A threaded standard-library server bound to 127.0.0.1 with Jinja2 pages (autoescaped) and one stylesheet:
no script at all, so the Content-Security-Policy allows none. Requests whose Host is not this console's own
address are refused (a web page elsewhere cannot reach it through DNS rebinding), every POST needs the
session's CSRF token and a same-origin Origin when the browser sends one, and every response says no-store.
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Dict, List, Mapping, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

from bot.crypto.errors import CryptoError, KeyFileError, WrongPassphraseError
from bot.language.languages import LANGUAGES, SUPPORTED
from bot.reports import codes
from bot.reports.objects import ReportObjects, objects_for
from bot.reports.replies import MAX_REPLY_CHARS, ReplyError, write_reply
from bot.reports.reader import OpenedReport, ReportReader, UnknownReport
from bot.settings import DataLayout
from bot.staff.audit import AuditLog
from bot.staff.cases import CASE_STATUSES, KINDS as CASE_KINDS, CaseBook, CaseError, VouchedStaff
from bot.staff.console import views
from bot.staff.console.pdf import pdf_of, render_print_page
from bot.staff.exports import ExportRefused, audit_export, build_export, custody_record, refuse_if_withdrawn
from bot.staff import totp
from bot.staff.console.accounts import StaffAccount, find_account, second_factor, staff_accounts, unlock
from bot.staff.console.throttle import UnlockThrottle
from bot.staff.console.vault import SessionVault, StaffSession
from bot.staff.session import CliError, signing_identity, trusted_signers

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "testimony_staff"
VISITOR_COOKIE = "testimony_staff_visitor"
AUDIT_LINES_SHOWN = 500
# One answer for a wrong passphrase and a wrong code, so the page never confirms a passphrase on its own.
UNLOCK_REFUSED = ("That did not unlock your key: check the passphrase, and the code from your authenticator app if "
                  "you set one up (each code works once: wait for the next).")
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{32}")  # secrets.token_urlsafe(24)
MAX_FORM_BYTES = 256 * 1024  # a 20,000-character note in Tamil, percent-encoded, fits
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                           "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # no-referrer would make Chromium send "Origin: null" on our own forms
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


@dataclass
class Request:
    method: str
    path: str
    query: Dict[str, str]
    headers: Mapping[str, str]
    cookies: Dict[str, str]
    form: Dict[str, str] = field(default_factory=dict)


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: Dict[str, str] = field(default_factory=dict)
    cookies: List[str] = field(default_factory=list)


def redirect(location: str, cookies: Optional[List[str]] = None) -> Response:
    return Response(HTTPStatus.SEE_OTHER, headers={"Location": location}, cookies=cookies or [])


def cookie(name: str, value: str, *, expire: bool = False) -> str:
    """HttpOnly, SameSite=Strict, the whole console; a session cookie (gone when the browser closes)."""
    return (f"{name}={value}; Path=/; HttpOnly; SameSite=Strict"
            + ("; Max-Age=0" if expire else ""))


def _first_values(pairs: Mapping[str, List[str]]) -> Dict[str, str]:
    return {key: values[0] for key, values in pairs.items() if values}


def signed_in(handler: Callable[..., Response]) -> Callable[..., Response]:
    """A page for an unlocked member only (others go to the unlock page); a form must also carry the session's
    CSRF token. The handler receives the session after the request."""
    @functools.wraps(handler)
    def checked(console: "Console", request: Request, *args: str) -> Response:
        session = console._session(request)
        if session is None:
            return console._to_unlock(request)
        if request.method == "POST" and not session.csrf_ok(request.form.get("csrf")):
            return console._error(HTTPStatus.FORBIDDEN, "This form did not come from your session.")
        return handler(console, request, session, *args)
    return checked


class Console:
    """Everything the console knows and does, independent of the socket (tests call `handle` through HTTP)."""

    def __init__(self, layout: DataLayout, key_files: Callable[[], List[Path]], *, idle_seconds: float,
                 break_seconds: float, clock: Callable[[], float] = time.monotonic,
                 objects: Optional[ReportObjects] = None) -> None:
        self.objects = objects or objects_for(layout, None)  # where replies go: the server's store
        self.layout = layout
        self.reader = ReportReader(layout.root, layout.spool_override)
        self.audit = AuditLog(layout.audit_dir)
        self.cases = CaseBook(layout)
        self.key_files = key_files
        self.vault = SessionVault(idle_seconds)
        self.throttle = UnlockThrottle()
        self.used_codes = totp.UsedCodes()
        self.break_seconds = break_seconds
        self.clock = clock
        self.allowed_hosts: Tuple[str, ...] = ()
        self._visitor_secret = secrets.token_bytes(32)
        self._pages = Environment(loader=FileSystemLoader(HERE / "templates"),
                                  autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True)

    @property
    def accounts(self) -> List[StaffAccount]:
        """Read from the key files on every use, so a member added while the console runs can unlock."""
        return staff_accounts(self.key_files())

    # ----- plumbing ------------------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        if request.headers.get("Host", "") not in self.allowed_hosts:
            return Response(HTTPStatus.MISDIRECTED_REQUEST, b"This console answers on its own address only.",
                            "text/plain; charset=utf-8")
        if request.method == "POST" and not self._same_origin(request):
            return self._error(HTTPStatus.FORBIDDEN, "This form did not come from the console.")
        route = {("GET", "/"): self.home, ("GET", "/unlock"): self.unlock_page, ("POST", "/unlock"): self.unlock,
                 ("POST", "/lock"): self.lock, ("GET", "/inbox"): self.inbox, ("GET", "/audit"): self.audit_page,
                 ("GET", "/console.css"): self.stylesheet, ("GET", "/favicon.ico"): self.no_icon,
                 }.get((request.method, request.path))
        if route is None and request.path.startswith("/reports/"):
            reference, _, rest = request.path[len("/reports/"):].partition("/")
            if request.method == "GET" and not rest:
                return self.report(request, reference)
            if request.method == "POST" and rest == "case" and codes.is_reference(reference):
                return self.change_case(request, reference)
            if request.method == "POST" and rest == "export" and codes.is_reference(reference):
                return self.export(request, reference)
            if request.method == "POST" and rest == "reply" and codes.is_reference(reference):
                return self.reply(request, reference)
        if route is None:
            return self._error(HTTPStatus.NOT_FOUND, "There is no such page.")
        return route(request)

    def _same_origin(self, request: Request) -> bool:
        origin = request.headers.get("Origin")
        return origin is None or urlsplit(origin).netloc in self.allowed_hosts

    def _render(self, template: str, status: int = HTTPStatus.OK, session: Optional[StaffSession] = None,
                **values: object) -> Response:
        if session is not None:
            values.update(member=session.name, csrf=session.csrf_token, idle_seconds=int(self.vault.idle_seconds),
                          suggest_break=self.clock() - session.unlocked_at >= self.break_seconds,
                          minutes_unlocked=int((self.clock() - session.unlocked_at) // 60))
        return Response(status, self._pages.get_template(template).render(**values).encode("utf-8"))

    def _error(self, status: int, message: str) -> Response:
        return self._render("error.html", status, message=message)

    def _session(self, request: Request) -> Optional[StaffSession]:
        return self.vault.get(request.cookies.get(SESSION_COOKIE), self.clock())

    def _visitor_token(self, visitor: str) -> str:
        return hmac.new(self._visitor_secret, visitor.encode(), hashlib.sha256).hexdigest()

    def _vouched(self, session: StaffSession) -> VouchedStaff:
        return VouchedStaff.of(self.layout, trusted_signers(session.identities))

    def _audit(self, session: StaffSession, action: str, reference: Optional[str] = None) -> None:
        """Written before anything is revealed; a key without a signing key cannot read (CliError)."""
        self.audit.append(session.name, action, signing_identity(session.identities), reference)

    # ----- pages ---------------------------------------------------------------------------------------
    def home(self, request: Request) -> Response:
        return redirect("/inbox" if self._session(request) else "/unlock")

    def stylesheet(self, request: Request) -> Response:
        return Response(HTTPStatus.OK, (HERE / "static" / "console.css").read_bytes(), "text/css; charset=utf-8")

    def no_icon(self, request: Request) -> Response:
        return Response(HTTPStatus.NO_CONTENT, content_type="image/x-icon")

    def unlock_page(self, request: Request, status: int = HTTPStatus.OK, problem: str = "") -> Response:
        visitor = request.cookies.get(VISITOR_COOKIE, "")
        if not TOKEN_SHAPE.fullmatch(visitor):  # only ever our own value goes back into Set-Cookie
            visitor = secrets.token_urlsafe(24)
        response = self._render("unlock.html", status, accounts=self.accounts, problem=problem,
                                idle_minutes=max(1, int(self.vault.idle_seconds // 60)),
                                token=self._visitor_token(visitor), why=request.query.get("why", ""),
                                still_unlocked=self.vault.is_live(request.cookies.get(SESSION_COOKIE), self.clock()))
        response.cookies.append(cookie(VISITOR_COOKIE, visitor))
        return response

    def unlock(self, request: Request) -> Response:
        visitor = request.cookies.get(VISITOR_COOKIE, "")
        token = request.form.get("csrf", "")
        if not visitor or not hmac.compare_digest(token.encode(), self._visitor_token(visitor).encode()):
            return self._error(HTTPStatus.FORBIDDEN, "This form has expired. Go back to the unlock page and try again.")
        account = find_account(self.accounts, request.form.get("account", ""))
        if account is None:
            return self.unlock_page(request, HTTPStatus.BAD_REQUEST, "Choose your name.")
        self.vault.lock(request.cookies.get(SESSION_COOKIE))  # this browser's earlier session, whoever's it was
        with self.throttle.one_attempt_at_a_time(account.account_id):
            return self._try_unlock(request, account)

    def _try_unlock(self, request: Request, account: StaffAccount) -> Response:
        now = self.clock()
        wait = self.throttle.wait_left(account.account_id, now)
        if wait:
            return self.unlock_page(request, HTTPStatus.TOO_MANY_REQUESTS,
                                    f"Too many wrong passphrases for {account.name}. Try again in {int(wait) + 1} s.")
        try:
            identities = unlock(account, request.form.get("passphrase", ""))
        except WrongPassphraseError:
            return self._unlock_failed(request, account, now, UNLOCK_REFUSED)
        try:
            secret = second_factor(account, identities)
        except KeyFileError as exc:  # fail closed: a damaged or missing second factor never means "none"
            identities.clear()
            return self._error(HTTPStatus.FORBIDDEN, f"{exc}. Ask the team lead to set it up again.")
        if secret is not None:
            step = totp.matching_step(secret, request.form.get("code", ""), time.time())
            if step is None or not self.used_codes.accept(account.account_id, step):
                identities.clear()
                return self._unlock_failed(request, account, now, UNLOCK_REFUSED)
        self.throttle.succeeded(account.account_id)
        session = self.vault.open(account.account_id, account.name, identities, self.clock())
        try:
            self._audit(session, "unlock")
        except CliError as exc:
            self.vault.lock(session.session_id)
            return self._error(HTTPStatus.FORBIDDEN, str(exc))
        return redirect("/inbox", [cookie(SESSION_COOKIE, session.session_id)])

    def _unlock_failed(self, request: Request, account: StaffAccount, now: float, problem: str) -> Response:
        wait = self.throttle.failed(account.account_id, now)
        extra = f" Wait {int(wait)} s before the next try." if wait else ""
        return self.unlock_page(request, HTTPStatus.UNAUTHORIZED, problem + extra)

    def lock(self, request: Request) -> Response:
        session = self._session(request)
        if session is not None:
            if not session.csrf_ok(request.form.get("csrf")):
                return self._error(HTTPStatus.FORBIDDEN, "This form did not come from your session.")
            self._audit(session, "lock")
            self.vault.lock(session.session_id)
        return redirect("/unlock?why=locked", [cookie(SESSION_COOKIE, "", expire=True)])

    @signed_in
    def inbox(self, request: Request, session: StaffSession) -> Response:
        self._audit(session, "inbox")
        staff, rows = self._vouched(session), []
        signer = signing_identity(session.identities).signing_key_id
        last_viewed = {entry.get("reference"): entry.get("time") for entry in self.audit.chain.check().entries
                       if entry.get("action") == "view" and entry.get("signer") == signer}
        for summary in self.reader.summaries():
            try:
                opened = self.reader.open(summary.reference, session.identities)
            except CryptoError:
                rows.append(views.unreadable_row(summary.reference, summary.filed_at, summary.language))
                continue
            rows.append(views.inbox_row(opened, self.cases.read(summary.reference, session.identities, staff),
                                        last_viewed.get(summary.reference)))
        query = request.query.get("q", "").strip()[:200]
        case_status, assignee = request.query.get("status", ""), request.query.get("assignee", "")
        sort = request.query.get("sort", "filed")
        shown_rows = views.sorted_rows([row for row in rows if row.matches(query, case_status, assignee)], sort)
        return self._render("inbox.html", session=session, rows=shown_rows, total=len(rows), q=query,
                            list_problem=staff.problem,
                            chosen_status=case_status, chosen_assignee=assignee, sort=sort,
                            statuses=CASE_STATUSES, members=[a.name for a in self.accounts])

    @signed_in
    def audit_page(self, request: Request, session: StaffSession) -> Response:
        """The audit log, newest first, and whether its chain and every signature verify (this view included)."""
        self._audit(session, "audit")
        staff = self._vouched(session)
        check = self.audit.verify(staff.keys)
        entries = list(enumerate(check.entries, start=1))[::-1][:AUDIT_LINES_SHOWN]
        return self._render("audit.html", session=session, entries=entries, total=len(check.entries),
                            problems=check.problems, warnings=check.warnings, list_problem=staff.problem)

    @signed_in
    def report(self, request: Request, session: StaffSession, reference: str) -> Response:
        if not codes.is_reference(reference):
            return self._error(HTTPStatus.NOT_FOUND, "There is no such report.")
        if request.query.get("open") != "1":
            return self._render("content_note.html", session=session, reference=reference)
        try:
            self.reader.report_path(reference)
            self._audit(session, "view", reference)
            opened = self.reader.open(reference, session.identities)
        except UnknownReport:
            return self._error(HTTPStatus.NOT_FOUND, "There is no such report.")
        except CryptoError as exc:
            return self._render("error.html", HTTPStatus.FORBIDDEN, session=session,
                                message=f"Your keys do not open {reference}: {exc}")
        return self._report_page(session, opened)

    def _report_page(self, session: StaffSession, opened: OpenedReport, status: int = HTTPStatus.OK,
                     problem: str = "") -> Response:
        staff = self._vouched(session)
        return self._render("report.html", status, session=session, page=views.report_page(opened),
                            case=self.cases.read(opened.reference, session.identities, staff), statuses=CASE_STATUSES,
                            members=[a.name for a in self.accounts], problem=problem, list_problem=staff.problem,
                            can_reply=opened.reply_public_key is not None, languages=LANGUAGES)

    @signed_in
    def change_case(self, request: Request, session: StaffSession, reference: str) -> Response:
        """Status, assignment or a note: audited, sealed to the team, then back to the report (POST, redirect,
        GET, so a reload never records it twice)."""
        kind = request.form.get("kind", "")
        if kind not in CASE_KINDS:
            return self._error(HTTPStatus.BAD_REQUEST, "Not recorded: that is not a change the case record knows.")
        try:
            opened = self.reader.open(reference, session.identities)  # only a member who can read it may change it
            self._audit(session, f"case-{kind}", reference)
            self.cases.record(reference, kind, request.form.get("value", ""), session.name,
                              signing_identity(session.identities))
        except UnknownReport:
            return self._error(HTTPStatus.NOT_FOUND, "There is no such report.")
        except CaseError as exc:  # the form again, with the report: a view like any other, so audited as one
            self._audit(session, "view", reference)
            return self._report_page(session, opened, HTTPStatus.BAD_REQUEST, f"Not recorded: {exc}.")
        except CryptoError as exc:
            return self._render("error.html", HTTPStatus.FORBIDDEN, session=session,
                                message=f"Your keys do not open {reference}: {exc}")
        return redirect(f"/reports/{reference}?open=1#case")

    @signed_in
    def export(self, request: Request, session: StaffSession, reference: str) -> Response:
        """The report for a case file, as JSON or as a PDF, with its custody record; the file's SHA-256 goes into
        the signed audit entry first (`python -m bot.staff verify-export FILE` checks it later)."""
        as_pdf = request.form.get("format") == "pdf"
        signer = signing_identity(session.identities)
        try:
            # The envelopes' hashes first: an addendum filed meanwhile is then in the export but not yet in its
            # custody record (verify-export notes it as added later), never the other way round.
            custody = custody_record(self.reader, reference, session.name, signer)
            opened = self.reader.open(reference, session.identities)
            refuse_if_withdrawn(opened)
            if as_pdf:
                html = render_print_page(self._pages, views.report_page(opened), custody,
                                         self.cases.read(reference, session.identities, self._vouched(session)))
                export = pdf_of(html)
            else:
                export = build_export(opened, custody)
        except UnknownReport:
            return self._error(HTTPStatus.NOT_FOUND, "There is no such report.")
        except CryptoError as exc:
            return self._render("error.html", HTTPStatus.FORBIDDEN, session=session,
                                message=f"Your keys do not open {reference}: {exc}")
        except ExportRefused as exc:
            self.audit.append(session.name, "export-refused", signer, reference)
            return self._render("error.html", HTTPStatus.FORBIDDEN, session=session, message=f"Not exported: {exc}.")
        audit_export(self.audit, custody, signer, reference, export, "pdf" if as_pdf else "json")
        suffix, kind = ("pdf", "application/pdf") if as_pdf else ("json", "application/json; charset=utf-8")
        return Response(HTTPStatus.OK, export, kind,
                        {"Content-Disposition": f'attachment; filename="{reference}-export.{suffix}"'})

    @signed_in
    def reply(self, request: Request, session: StaffSession, reference: str) -> Response:
        """A message to the reporter, sealed to the reply key in their report (bot.reports.replies): they read it
        when they come back to the assistant with reference and code. The team keeps a copy in the case."""
        language, text = request.form.get("language", ""), request.form.get("value", "")
        try:
            opened = self.reader.open(reference, session.identities)
            self._audit(session, "reply", reference)
            public = opened.reply_public_key
            if public is None:
                raise ReplyError("this report was filed before replies were possible")
            if language not in SUPPORTED:
                raise ReplyError("choose the language the reply is written in")
            if not text.strip() or len(text.strip()) > MAX_REPLY_CHARS:
                raise ReplyError(f"a reply has 1 to {MAX_REPLY_CHARS} characters")
            signer = signing_identity(session.identities)
            write_reply(self.objects, reference, public, text, language, signer)
            self.cases.record(reference, "reply", text, session.name, signer)  # the team's copy, once it is sent
        except UnknownReport:
            return self._error(HTTPStatus.NOT_FOUND, "There is no such report.")
        except CryptoError as exc:
            return self._render("error.html", HTTPStatus.FORBIDDEN, session=session,
                                message=f"Your keys do not open {reference}: {exc}")
        except ReplyError as exc:  # audited above: the form again, with the report
            return self._report_page(session, opened, HTTPStatus.BAD_REQUEST, f"Not sent: {exc}.")
        except OSError as exc:
            return self._report_page(session, opened, HTTPStatus.SERVICE_UNAVAILABLE,
                                     f"Not sent: the report store failed ({exc.strerror or exc}). Try again.")
        return redirect(f"/reports/{reference}?open=1#replies")

    def _to_unlock(self, request: Request) -> Response:
        return redirect("/unlock?why=idle" if request.cookies.get(SESSION_COOKIE) else "/unlock")


# ----- the socket side ---------------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    console: Console
    server_version = "TestimonyStaffConsole"
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._serve("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._serve("POST")

    def _serve(self, method: str) -> None:
        try:
            request = self._request(method)
        except ValueError as exc:
            response = Response(HTTPStatus.BAD_REQUEST, str(exc).encode(), "text/plain; charset=utf-8")
        else:
            try:
                response = self.console.handle(request)
            except Exception:  # a fault of ours: a calm page, the console stays up, nothing is logged
                response = Response(HTTPStatus.INTERNAL_SERVER_ERROR, b"Something went wrong in the console; "
                                    b"nothing was changed. Go back and try again.", "text/plain; charset=utf-8")
        self.send_response(response.status)
        for name, value in {**SECURITY_HEADERS, **response.headers,
                            "Content-Type": response.content_type,
                            "Content-Length": str(len(response.body))}.items():
            self.send_header(name, value)
        for set_cookie in response.cookies:
            self.send_header("Set-Cookie", set_cookie)
        self.end_headers()
        self.wfile.write(response.body)

    def _request(self, method: str) -> Request:
        url = urlsplit(self.path)
        try:
            jar = SimpleCookie(self.headers.get("Cookie", ""))
        except CookieError:
            jar = SimpleCookie()
        request = Request(method, url.path, _first_values(parse_qs(url.query)), self.headers,
                          {name: morsel.value for name, morsel in jar.items()})
        if method == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_FORM_BYTES or length < 0:
                raise ValueError("This form is too large.")
            body = self.rfile.read(length).decode("utf-8", "replace")
            request.form = _first_values(parse_qs(body))
        return request

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's signature)
        """Nothing is logged: paths carry report references, and the audit log is the record."""


@dataclass
class RunningConsole:
    console: Console
    server: ThreadingHTTPServer
    url: str
    _stop: threading.Event = field(default_factory=threading.Event)

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()
        self.console.vault.lock_all()


def start_console(console: Console, port: int, host: str = "127.0.0.1", reap_every: float = 5.0) -> RunningConsole:
    """Serve `console` on host:port in background threads, with a reaper that locks idle sessions."""
    handler = type("ConsoleHandler", (_Handler,), {"console": console})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    bound = server.server_address[1]
    console.allowed_hosts = (f"127.0.0.1:{bound}", f"localhost:{bound}")
    running = RunningConsole(console, server, f"http://127.0.0.1:{bound}")
    threading.Thread(target=server.serve_forever, name="staff-console", daemon=True).start()

    def reap() -> None:
        while not running._stop.wait(reap_every):
            console.vault.lock_idle(console.clock())
    threading.Thread(target=reap, name="staff-console-reaper", daemon=True).start()
    return running
