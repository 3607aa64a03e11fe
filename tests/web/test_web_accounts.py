"""Accounts, passwords, API tokens and the `users` command, on SQLite and PostgreSQL."""
from __future__ import annotations

import argparse

import pytest
from sqlalchemy import select

from bot.storage.db import session_scope
from bot.web import security
from bot.web.accounts import (
    AccountError,
    add_user,
    check_password,
    create_api_token,
    list_users,
    password_problem,
    register_cli,
    set_password,
)
from bot.web.models import ApiToken, User
from tests.support.records import stored


def test_passwords_are_salted_scrypt_and_verified_in_constant_time() -> None:
    a, b = security.hash_password("correct horse battery"), security.hash_password("correct horse battery")
    assert a != b and a.startswith("scrypt$")
    assert security.verify_password("correct horse battery", a)
    assert not security.verify_password("correct horse batterY", a)
    assert not security.verify_password("anything", "not-a-hash")
    assert not security.same("", "") and not security.same(None, "x") and security.same("abc", "abc")


def test_add_user_and_token(database_url: str) -> None:
    user_id = add_user("Nia@Example.org", "a long enough password", "practitioner", "north", "cy")
    with session_scope(database_url) as s:
        user = stored(s, User, user_id)
        assert (user.email, user.role, user.team, user.language) == ("nia@example.org", "practitioner", "north", "cy")
        assert "a long enough password" not in user.password_hash
    with pytest.raises(AccountError):
        add_user("nia@example.org", "a long enough password", "practitioner", "north", "cy")  # duplicate
    for bad in [("x", "a long enough password", "practitioner", "north", "cy"),
                ("a@b.c", "short", "practitioner", "north", "cy"),
                ("a@b.c", "a long enough password", "boss", "north", "cy"),
                ("a@b.c", "a long enough password", "practitioner", "north", "fr"),
                ("a@b.c", "a long enough password", "practitioner", "", "cy")]:
        with pytest.raises(AccountError):
            add_user(*bad)
    assert add_user("admin@example.org", "a long enough password", "admin", None, "en") > user_id

    token = create_api_token("north", "case system")
    assert token.startswith("wm_") and len(token) > 40
    with session_scope(database_url) as s:
        row = s.execute(select(ApiToken)).scalar_one()
        assert row.token_hash == security.token_hash(token) and row.team == "north" and token not in row.token_hash

    set_password("nia@example.org", "another long password")
    with session_scope(database_url) as s:
        user = stored(s, User, user_id)
        assert security.verify_password("another long password", user.password_hash)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="whatmatters")
    register_cli(parser.add_subparsers(dest="command", required=True))
    return parser


def test_users_command(sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WHATMATTERS_PASSWORD", "from the environment")
    args = _parser().parse_args(["users", "add", "--email", "m@example.org", "--role", "team_manager",
                                 "--team", "north", "--language", "en"])
    assert args.func(args) == 0
    args = _parser().parse_args(["users", "token", "--team", "north"])
    assert args.func(args) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    args = _parser().parse_args(["users", "token"])
    assert args.func(args) == 1  # neither --team nor --all-teams
    with session_scope(sqlite_url) as s:
        user = s.execute(select(User)).scalar_one()
        assert user.role == "team_manager" and security.verify_password("from the environment", user.password_hash)
        assert s.execute(select(ApiToken.team).where(ApiToken.token_hash == security.token_hash(token))).scalar_one() == "north"
    args = _parser().parse_args(["users", "list"])
    assert args.func(args) == 0 and "m@example.org" in capsys.readouterr().out


@pytest.mark.parametrize("password", [
    "password12", "aaaaaaaaaa",  # the two the attacker's report found accepted
    "aaaaaaaaaaaa", "abababababab", "123412341234",  # one character or a short pattern repeated
    "314159265358",  # only numbers
    "password1234", "Password2024!", "Qwertyuiop12", "cymru1234567", "Croeso Cymru 1", "whatmatters1",  # well known
    "short pw",  # under twelve
    "nia.hughes-rocks", "my name is Hughes ok",  # the e-mail's name, or part of it
])
def test_weak_passwords_are_refused_in_both_languages(password: str) -> None:
    problem = password_problem(password, "Nia.Hughes@example.org")
    assert problem is not None, password
    assert problem.en and problem.cy and problem.en != problem.cy
    with pytest.raises(AccountError) as raised:
        check_password(password, "nia.hughes@example.org")
    assert problem.en in str(raised.value) and problem.cy in str(raised.value)


@pytest.mark.parametrize("password", ["correct horse battery staple", "a long enough password",
                                      "Tri gair hir iawn", "cennin pedr a bara brith"])
def test_good_passwords_are_accepted(password: str) -> None:
    assert password_problem(password, "nia.hughes@example.org") is None


def test_the_users_command_says_why_a_password_is_refused(sqlite_url: str, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WHATMATTERS_PASSWORD", "password1234")
    args = _parser().parse_args(["users", "add", "--email", "weak@example.org", "--team", "north"])
    assert args.func(args) == 1
    err = capsys.readouterr().err
    assert "well known" in err and "hawdd ei ddyfalu" in err
    assert not list_users(sqlite_url)
    add_user("strong@example.org", "correct horse battery staple", "practitioner", "north")
    with pytest.raises(AccountError, match="at least 12"):
        set_password("strong@example.org", "aaaaaaaaaa")
