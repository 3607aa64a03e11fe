"""Creating practitioner accounts and API tokens (`whatmatters users ...`).

Accounts are made from the command line by whoever runs the service, not
through a sign-up page: the app holds personal data and must not let anyone
in who has not been given an account.
"""
from __future__ import annotations

import argparse
import getpass
import re
import sys
from collections.abc import Callable

from bot.analysis.types import LANGUAGES
from bot.settings import get_settings
from bot.storage.db import session_scope
from bot.storage.models import utcnow
from bot.web import store, throttle
from bot.web.models import ROLES, ApiToken, User
from bot.web.security import MIN_PASSWORD_LENGTH, hash_password, new_token, token_hash

#: The variable scripts set instead of typing a password (read by bot.settings).
PASSWORD_ENV = "WHATMATTERS_PASSWORD"  # noqa: S105 - a variable's name, not a password

_NAME_SEPARATORS = re.compile(r"[._+\-]+")


class AccountError(ValueError):
    """A request that cannot become an account, with a reason to print."""


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


#: Fewer different characters than this is one character or a short pattern repeated ("aaaaaaaaaaaa").
MIN_DIFFERENT_CHARACTERS = 5
#: Parts of an e-mail's name shorter than this are too common to refuse ("jo" in "major").
MIN_NAME_PART = 4
#: Passwords tried first by anyone guessing (lower case; digits and symbols at the end are ignored,
#: so "Password2024!" counts as "password"), with the Welsh and social-care ones a guesser here would add.
COMMON_PASSWORDS = frozenset({
    "password", "passw0rd", "password1", "qwerty", "qwertyuiop", "qwerty123", "asdfghjkl", "azerty",
    "letmein", "welcome", "welcome1", "iloveyou", "admin", "administrator", "changeme", "default",
    "monkey", "dragon", "football", "baseball", "sunshine", "princess", "superman", "trustno1",
    "abc123", "abcdef", "abcdefgh", "abcdefghijkl", "123456789012", "1q2w3e4r5t6y", "zaq12wsx",
    "secret", "master", "shadow", "starwars", "whatever", "computer", "internet", "summer", "winter",
    "spring", "autumn", "january", "christmas", "liverpool", "chelsea", "arsenal", "manchester",
    "cardiff", "swansea", "wrexham", "newport", "wales", "cymru", "cymruambyth", "croeso", "croesocymru",
    "cariad", "diolch", "hiraeth", "draig", "ddraiggoch", "iechydda", "bore da", "boreda", "nosdawch",
    "cyfrinair", "cyfrinair1", "gofal", "gofalcymdeithasol", "cyngor", "whatmatters", "bethsynbwysig",
    "socialcare", "socialworker", "practitioner", "council", "safeguarding",
})


class PasswordProblem(ValueError):
    """Why a password is refused, in both languages (the `users` command prints both)."""

    def __init__(self, en: str, cy: str) -> None:
        super().__init__(f"{en} / {cy}")
        self.en = en
        self.cy = cy


def password_problem(password: str, email: str) -> PasswordProblem | None:
    """What is wrong with `password` for the account `email`, or None when it will do.

    Long enough (MIN_PASSWORD_LENGTH), not one character or a short pattern repeated, not only
    numbers, not a well-known password with a number or symbol added, and not the e-mail's name.
    No rules about capitals and symbols: a few unrelated words are both strong and memorable.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        return PasswordProblem(f"the password must be at least {MIN_PASSWORD_LENGTH} characters",
                               f"rhaid i'r cyfrinair fod yn {MIN_PASSWORD_LENGTH} nod o leiaf")
    lowered = password.lower()
    if len(set(lowered)) < MIN_DIFFERENT_CHARACTERS:
        return PasswordProblem("the password repeats one character or a short pattern: it needs more variety",
                               "mae'r cyfrinair yn ailadrodd un nod neu batrwm byr: mae angen mwy o amrywiaeth")
    if password.strip().isdigit():
        return PasswordProblem("the password cannot be only numbers",
                               "all y cyfrinair ddim bod yn rhifau yn unig")
    core = lowered.strip().rstrip("0123456789!?.,;:*#@$%&_-+= ")
    if lowered.strip() in COMMON_PASSWORDS or core in COMMON_PASSWORDS or core.replace(" ", "") in COMMON_PASSWORDS:
        return PasswordProblem("that password is well known and easily guessed: a few unrelated words are better",
                               "mae'r cyfrinair hwnnw'n gyfarwydd ac yn hawdd ei ddyfalu: mae ychydig o eiriau "
                               "digyswllt yn well")
    name = normalise_email(email).partition("@")[0]
    parts = {name, *(p for p in _NAME_SEPARATORS.split(name) if len(p) >= MIN_NAME_PART)}
    squashed = lowered.replace(" ", "")
    if any(len(p) >= 3 and p in squashed for p in parts):
        return PasswordProblem("the password cannot contain the name in the e-mail address",
                               "all y cyfrinair ddim cynnwys yr enw sydd yn y cyfeiriad e-bost")
    return None


def check_password(password: str, email: str) -> None:
    """Raise AccountError with the reason, in both languages, if the password will not do."""
    problem = password_problem(password or "", email)
    if problem is not None:
        raise AccountError(str(problem))


def add_user(email: str, password: str, role: str, team: str | None, language: str = "cy",
             database_url: str | None = None) -> int:
    """Create an account and return its id. Admins see every team; `team` is still kept for them."""
    email = normalise_email(email)
    if "@" not in email or len(email) > 255:
        raise AccountError("an e-mail address is needed")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if language not in LANGUAGES:
        raise AccountError("language must be cy or en")
    team = (team or "").strip()
    if not team:
        if role != "admin":
            raise AccountError("practitioners and team managers need a team")
        team = "*"
    check_password(password, email)
    with session_scope(database_url) as s:
        if store.user_by_email(s, email) is not None:
            raise AccountError("an account with that e-mail already exists")
        user = User(email=email, password_hash=hash_password(password), role=role, team=team,
                    language=language)
        s.add(user)
        s.flush()
        return int(user.id)


def set_password(email: str, password: str, database_url: str | None = None) -> None:
    """Replace a password and end every session the account has open."""
    check_password(password, email)
    with session_scope(database_url) as s:
        user = store.user_by_email(s, normalise_email(email))
        if user is None:
            raise AccountError("no such account")
        user.password_hash = hash_password(password)
        throttle.clear(s, user.email)
        user.sessions.clear()


def create_api_token(team: str | None, label: str = "", database_url: str | None = None) -> str:
    """A new bearer token for a case-management system; shown once, stored only as a hash.

    `team=None` gives a token that can read every team (an admin-level integration).
    """
    token = new_token("wm_")
    with session_scope(database_url) as s:
        s.add(ApiToken(token_hash=token_hash(token), team=(team or None), label=label or None))
    return token


def disable_user(email: str, database_url: str | None = None) -> int:
    """A leaver: the account can no longer sign in, and its open sessions end now."""
    with session_scope(database_url) as s:
        user = store.user_by_email(s, normalise_email(email))
        if user is None:
            raise AccountError("no such account")
        user.active = False
        user.sessions.clear()
        store.append_audit(s, action="account_disabled", user_id=user.id, team=user.team,
                           detail="from the command line")
        return user.id


def revoke_api_token(token_id: int, database_url: str | None = None) -> None:
    """A leaked or retired token stops working at once."""
    with session_scope(database_url) as s:
        token = store.get_api_token(s, token_id)
        if token is None:
            raise AccountError("no such token")
        if token.revoked_at is None:
            token.revoked_at = utcnow()
        store.append_audit(s, action="token_revoked", api_token_id=token.id, team=token.team,
                           detail="from the command line")


def list_tokens(database_url: str | None = None) -> list[ApiToken]:
    with session_scope(database_url) as s:
        tokens = store.all_api_tokens(s)
        for t in tokens:
            s.expunge(t)
        return tokens


def list_users(database_url: str | None = None) -> list[User]:
    """Every account, team by team, detached from the database (for `users list` and /users)."""
    with session_scope(database_url) as s:
        users = store.all_users(s)
        for u in users:
            s.expunge(u)
        return users


# ---- command line ----------------------------------------------------------------------------

def _say(text: str, *, err: bool = False) -> None:
    """What the `users` command tells whoever runs it (printing is a command's job)."""
    print(text, file=sys.stderr if err else sys.stdout)


def _read_password(args: argparse.Namespace) -> str:
    if args.password:
        return args.password
    from_environment = get_settings().whatmatters_password  # a command is an entry point
    if from_environment:
        return from_environment
    if not sys.stdin.isatty():
        raise AccountError(f"give --password, set {PASSWORD_ENV}, or run in a terminal to be asked")
    first = getpass.getpass("Password / Cyfrinair: ")
    if first != getpass.getpass("Again / Eto: "):
        raise AccountError("the two passwords differ")
    return first


def _account_change(failure: str, change: Callable[[], str]) -> int:
    """Migrate, make one change to accounts, and say what happened (or why not)."""
    from bot.storage.db import migrate

    migrate()
    try:
        done = change()
    except AccountError as err:
        _say(f"{failure}: {err}.", err=True)
        return 1
    _say(done)
    return 0


def _cmd_users_add(args: argparse.Namespace) -> int:
    def change() -> str:
        user_id = add_user(args.email, _read_password(args), args.role, args.team, args.language)
        return f"Account {user_id} created ({args.role}, team {args.team or 'all'})."

    return _account_change("Cannot add the account", change)


def _cmd_users_token(args: argparse.Namespace) -> int:
    from bot.storage.db import migrate

    if not args.team and not args.all_teams:
        _say("Give --team TEAM, or --all-teams for a token that reads every team.", err=True)
        return 1
    migrate()
    token = create_api_token(None if args.all_teams else args.team, label=args.label or "")
    _say(token)
    _say("Keep this token safe: it is shown only once. Send it as 'Authorization: Bearer <token>'.", err=True)
    return 0


def _cmd_users_list(args: argparse.Namespace) -> int:
    from bot.storage.db import migrate

    migrate()
    for u in list_users():
        state = "active" if u.active else "disabled"
        _say(f"{u.id}\t{u.email}\t{u.role}\t{u.team}\t{u.language}\t{state}")
    for t in list_tokens():
        state = "revoked" if t.revoked_at else "active"
        _say(f"token {t.id}\t{t.label or ''}\tteam {t.team or 'all'}\t{state}")
    return 0


def _cmd_users_disable(args: argparse.Namespace) -> int:
    def change() -> str:
        disable_user(args.email)
        return "Account disabled; its open sessions have ended."

    return _account_change("Cannot disable the account", change)


def _cmd_users_revoke(args: argparse.Namespace) -> int:
    def change() -> str:
        revoke_api_token(args.id)
        return f"Token {args.id} revoked."

    return _account_change("Cannot revoke the token", change)


def _cmd_users_password(args: argparse.Namespace) -> int:
    def change() -> str:
        set_password(args.email, _read_password(args))
        return "Password changed; the account's open sessions have ended."

    return _account_change("Cannot change the password", change)


def register_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `users add|token|list|password|disable|revoke-token` to the `whatmatters` command."""
    users = subparsers.add_parser("users", help="practitioner accounts and API tokens for the web app")
    sub = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")

    p = sub.add_parser("add", help="create an account (the password is asked for, or read from "
                                   f"--password or {PASSWORD_ENV})")
    p.add_argument("--email", required=True)
    p.add_argument("--role", choices=ROLES, default="practitioner")
    p.add_argument("--team", help="the team whose summaries the account sees (not needed for admin)")
    p.add_argument("--language", choices=LANGUAGES, default="cy", help="interface language (default cy)")
    p.add_argument("--password", help=f"avoid on shared machines: prefer the prompt or {PASSWORD_ENV}")
    p.set_defaults(func=_cmd_users_add)

    p = sub.add_parser("token", help="create an API token for a case-management system (printed once)")
    p.add_argument("--team", help="the team the token may read")
    p.add_argument("--all-teams", action="store_true", help="a token that may read every team")
    p.add_argument("--label", help="what the token is for, e.g. the system's name")
    p.set_defaults(func=_cmd_users_token)

    p = sub.add_parser("disable", help="stop an account signing in (a leaver) and end its sessions")
    p.add_argument("--email", required=True)
    p.set_defaults(func=_cmd_users_disable)

    p = sub.add_parser("revoke-token", help="stop an API token working at once (see `users list` for ids)")
    p.add_argument("--id", type=int, required=True)
    p.set_defaults(func=_cmd_users_revoke)

    p = sub.add_parser("list", help="list accounts and API tokens")
    p.set_defaults(func=_cmd_users_list)

    p = sub.add_parser("password", help="set a new password for an account")
    p.add_argument("--email", required=True)
    p.add_argument("--password")
    p.set_defaults(func=_cmd_users_password)
