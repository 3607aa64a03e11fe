"""A small real SMTP server for tests: threads, 127.0.0.1, a random port, no dependencies.

Speaks enough RFC 5321 for smtplib: EHLO/HELO, AUTH PLAIN/LOGIN (any credentials accepted and
recorded), MAIL, RCPT, DATA, RSET, NOOP, QUIT. No STARTTLS (tests of TLS need a real relay).
"""
from __future__ import annotations

import base64
import email
import email.policy
import socket
import socketserver
from dataclasses import dataclass
from email.message import EmailMessage

from tests.servers.base import LoopbackServer


@dataclass
class ReceivedEmail:
    """One delivered message with its SMTP envelope and the exact bytes received."""

    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage
    auth: tuple[str, str] | None = None


class _Handler(socketserver.StreamRequestHandler):
    timeout = 10

    def _reply(self, line: str) -> None:
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def _readline(self) -> bytes | None:
        line = self.rfile.readline(65536)
        return line if line else None

    def handle(self) -> None:
        server: _TCPServer = self.server  # type: ignore[assignment]
        owner = server.owner
        self._reply("220 localhost test SMTP ready")
        mail_from: str | None = None
        rcpts: list[str] = []
        auth: tuple[str, str] | None = None
        while True:
            raw = self._readline()
            if raw is None:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb, _, arg = line.partition(" ")
            verb = verb.upper()
            if verb == "EHLO":
                self.wfile.write(b"250-localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 10485760\r\n")
                self.wfile.flush()
            elif verb == "HELO":
                self._reply("250 localhost")
            elif verb == "AUTH":
                mech, _, initial = arg.partition(" ")
                if mech.upper() == "PLAIN":
                    if not initial:
                        self._reply("334 ")
                        initial = (self._readline() or b"").decode().strip()
                    parts = base64.b64decode(initial).split(b"\0")
                    auth = (parts[-2].decode(), parts[-1].decode())
                elif mech.upper() == "LOGIN":
                    self._reply("334 VXNlcm5hbWU6")
                    user = base64.b64decode((self._readline() or b"").strip()).decode()
                    self._reply("334 UGFzc3dvcmQ6")
                    password = base64.b64decode((self._readline() or b"").strip()).decode()
                    auth = (user, password)
                else:
                    self._reply("504 unrecognised authentication type")
                    continue
                self._reply("235 authentication successful")
            elif verb == "MAIL":
                mail_from = arg.split(":", 1)[-1].strip().split(" ")[0].strip("<>")
                rcpts = []
                self._reply("250 OK")
            elif verb == "RCPT":
                if mail_from is None:
                    self._reply("503 need MAIL first")
                    continue
                rcpts.append(arg.split(":", 1)[-1].strip().split(" ")[0].strip("<>"))
                self._reply("250 OK")
            elif verb == "DATA":
                if not rcpts:
                    self._reply("503 need RCPT first")
                    continue
                self._reply("354 end data with <CR><LF>.<CR><LF>")
                chunks: list[bytes] = []
                while True:
                    data = self._readline()
                    if data is None:
                        return
                    if data in (b".\r\n", b".\n"):
                        break
                    if data.startswith(b".."):
                        data = data[1:]
                    chunks.append(data)
                raw_msg = b"".join(chunks)
                msg = email.message_from_bytes(raw_msg, policy=email.policy.default)
                owner._record(ReceivedEmail(mail_from or "", list(rcpts), raw_msg, msg, auth))
                mail_from, rcpts = None, []
                self._reply("250 OK queued")
            elif verb == "RSET":
                mail_from, rcpts = None, []
                self._reply("250 OK")
            elif verb == "NOOP":
                self._reply("250 OK")
            elif verb == "QUIT":
                self._reply("221 bye")
                return
            else:
                self._reply("502 command not implemented")


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: LocalSMTPServer


class LocalSMTPServer(LoopbackServer[ReceivedEmail]):
    """`LocalSMTPServer(host="127.0.0.1", port=0)`; `.start()`, `.stop()`, `.port`, `.messages`.

    `.messages` holds email.message.EmailMessage objects; `.received` also has envelopes and raw
    bytes. `wait_for(n, timeout)` blocks until n messages arrived (returns False on timeout).
    """

    thread_name = "LocalSMTPServer"

    def _make_server(self) -> _TCPServer:
        return _TCPServer((self.host, self._requested_port), _Handler)

    @property
    def received(self) -> list[ReceivedEmail]:
        return self.items

    @property
    def messages(self) -> list[EmailMessage]:
        with self._cond:
            return [r.message for r in self.items]


def free_port(host: str = "127.0.0.1") -> int:
    """A port that nothing listens on right now (for "unreachable server" tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]
