"""`whatmatters`: the one command for the jobs people do with the assistant.

Each command is an entry point: it takes the process's settings (bot.settings, read once)
and hands them, or the values it needs, to what it calls.
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading

from bot.settings import Settings, SettingsError, get_settings


def _cmd_run(args: argparse.Namespace) -> int:
    from bot import services
    from bot.storage.db import migrate

    migrate()
    if not args.no_train and services.train() != 0:
        print("Training failed; see the messages above.", file=sys.stderr)
        return 1
    model = services.latest_model()
    if model is None:
        print("No trained model in bot/models; run `whatmatters train`.", file=sys.stderr)
        return 1
    settings = get_settings()
    # Polling: a developer's laptop talks to a real Telegram bot with no public address.
    telegram = {"TELEGRAM_MODE": "polling"} if getattr(args, "telegram_polling", False) else None
    stack = services.make_stack(args.rasa_port, args.action_port, telegram, web_port=args.web_port)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    # Ctrl-C stops everything even when this was started from a shell that ignores SIGINT (a background
    # job inherits SIG_IGN, and Python then installs no KeyboardInterrupt handler of its own).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    print(f"Starting the assistant (logs in {stack.log_dir}) ...", flush=True)
    stack.start(model)
    try:
        stack.wait_ready()
        print(f"Ready: REST channel on {stack.rasa_url}/webhooks/rest/webhook; "
              f"practitioners' summaries on http://127.0.0.1:{stack.web_port}", flush=True)
        retry = threading.Thread(target=_alert_retry_loop, args=(stop, settings), daemon=True)
        retry.start()
        if args.chat:
            from bot.chat_client import chat

            chat(stack.rasa_url)
        else:
            print("Press Ctrl-C to stop.", flush=True)
            while not stop.wait(1.0):
                for name, proc in stack.processes.items():
                    if proc.poll() is not None:
                        print(f"{name} stopped unexpectedly; stopping everything.", file=sys.stderr)
                        return 1
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        print("\nStopping ...", flush=True)
        stack.stop()
    return 0


def _alert_retry_loop(stop: threading.Event, settings: Settings) -> None:
    """Send any duty alert still waiting, every minute, while the assistant runs."""
    from bot.safeguarding.duty import retry_waiting

    while not stop.wait(60.0):
        try:
            retry_waiting(settings)
        except Exception:  # keep trying: the flags stay in the database
            logging.getLogger(__name__).exception("alert retry sweep failed")


def _cmd_shell(args: argparse.Namespace) -> int:
    from bot.chat_client import chat

    url = args.url or get_settings().rasa_url
    try:
        chat(url, sender=args.sender)
    except OSError as err:
        print(f"Cannot reach the assistant at {url} ({err}). Start it with `whatmatters run`, "
              "or use `whatmatters run --chat`.", file=sys.stderr)
        return 1
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from bot import services

    return services.train(force=args.force)


def _cmd_analyse(args: argparse.Namespace) -> int:
    from bot.analysis.cli import run

    return run(sys.stdin, sys.stdout)


def _cmd_summary(args: argparse.Namespace) -> int:
    from bot.storage.db import migrate
    from bot.summary import load_record

    migrate()
    record = load_record(args.sender_id)
    if record is None:
        # Not echoed: a sender id is the chat's only credential, and terminals keep scrollback.
        print("No conversation found for that id or reference.", file=sys.stderr)
        return 1
    if args.format == "json":
        json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from bot.summary import render

    return render.write(record, args.format, sys.stdout.buffer, language=get_settings().summary_language)


def _cmd_migrate(args: argparse.Namespace) -> int:
    from bot.storage.db import migrate

    migrate()
    print("Database is up to date.")
    return 0


def _cmd_alerts(args: argparse.Namespace) -> int:
    from bot.safeguarding.duty import retry_waiting
    from bot.storage import holding, repository
    from bot.storage.db import migrate

    migrate()
    if args.action == "retry":
        sent = retry_waiting(get_settings())
        # An alert another sweep is sending at this moment is not left waiting: only this sweep's failures count.
        being_sent = holding.alerts_being_sent()
        left = [row for row in repository.flags_awaiting_alert() if row[0] not in being_sent]
        print(f"Delivered {sent} waiting alert(s); {len(left)} still waiting.")
        return 0 if not any(row[2] == "urgent" for row in left) else 1
    for flag_id, reference, level in repository.flags_awaiting_alert():
        print(f"{reference}\t{level}\tflag {flag_id}")
    return 0


def _cmd_corrections(args: argparse.Namespace) -> int:
    """Practitioners' regroupings, as rows in the sorting model's training format."""
    from bot.storage import repository
    from bot.storage.db import migrate

    migrate()
    rows = repository.corrections_as_training_rows()
    sys.stdout.write("text\ttype\tlanguage\n")
    for text, outcome_type, language in rows:
        # One line per example: the training files are tab-separated, so tabs and line breaks become spaces.
        flat = " ".join(text.split())
        sys.stdout.write(f"{flat}\t{outcome_type}\t{language}\n")
    print(f"{len(rows)} correction(s); review them, then append to bot/data/analysis/outcomes_train.tsv",
          file=sys.stderr)
    return 0


def _operator(args: argparse.Namespace) -> str:
    """Who ran a data-protection command, for the audit log: --by, else the account running it."""
    import getpass

    by = (args.by or "").strip()
    if not by:
        try:
            by = getpass.getuser()
        except (KeyError, OSError):  # no name for this account (a container's bare uid)
            by = "unknown account"
    return by[:80]


def _cmd_erase(args: argparse.Namespace) -> int:
    """Erase one person's data by its WM- reference: counts first, a confirmation, then an audit row."""
    import re

    from bot.conversation.erase import erase_conversation
    from bot.storage.db import migrate
    from bot.web.data_protection import ERASED, record_audit

    reference = args.reference.strip().upper()
    if not re.fullmatch(r"WM-[A-Z0-9]{4,12}", reference):
        print("That is not a reference: give the WM- reference shown on the summary (e.g. WM-ABC234).",
              file=sys.stderr)
        return 1
    migrate()
    preview = erase_conversation(reference=reference, dry_run=True)
    if not preview.found:
        print(f"No conversation has the reference {reference}; nothing was erased.", file=sys.stderr)
        return 1
    print(f"{reference} holds: {preview.counts}.")
    if preview.kept_for_safety:
        print("It has an urgent safeguarding flag: the reference, the team and each flag with the words that "
              "raised it will be KEPT for the duty team (as when a person uses /delete); everything else goes.")
    if not args.yes:
        try:
            answer = input(f"Erase {reference}? This cannot be undone. Type yes to go on: ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("yes", "y", "ie", "iawn"):
            print("Nothing was erased.")
            return 1
    done = erase_conversation(reference=reference)
    record_audit(ERASED, f"by {_operator(args)} (whatmatters erase): {done.counts}", reference=reference,
                 team=done.team)
    print(f"Erased {reference}: {done.counts}.")
    if done.kept_for_safety:
        print("Kept for the duty team: the reference and its safeguarding flag(s), until the retention period "
              "after the visit ends.")
    return 0


def _cmd_retention(args: argparse.Namespace) -> int:
    """Apply the retention rules now (the web app also does so every hour unless RETENTION_AUTOMATIC is off)."""
    from bot.conversation.retention import RetentionPolicy, apply_retention
    from bot.storage.db import migrate
    from bot.web.data_protection import RETENTION, record_audit

    migrate()
    policy = RetentionPolicy.from_settings(get_settings())
    print(f"Policy: never-confirmed conversations go {policy.unconfirmed_days} days after their last activity; "
          f"records {policy.after_visit_days} days after the visit was marked done (urgent flags stay until then).")
    run = apply_retention(policy, dry_run=args.dry_run)
    if args.dry_run:
        print(f"Would delete: {run.counts.removeprefix('dry run: ')}. Nothing was changed.")
        return 0
    record_audit(RETENTION, f"by {_operator(args)} (whatmatters retention): {run.counts}")
    print(f"Deleted: {run.counts}.")
    return 1 if run.failed else 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from bot import services

    try:
        services.serve(args.part, get_settings())  # returns only if it could not start
    except SettingsError as err:
        print(f"Cannot start: {err}.", file=sys.stderr)
        return 2
    return 1


def _cmd_validate(args: argparse.Namespace) -> int:
    import subprocess

    from bot import services

    return subprocess.call(services.rasa_command(  # noqa: S603 - our own command
        "data", "validate", "--config", "config.yml", "--domain", "bot/domain", "--data", "bot/data",
    ), cwd=str(services.REPO_ROOT))


def _cmd_bench(args: argparse.Namespace) -> int:
    """Ours and Rasa's starter assistant under the same load (bot.bench; figures in docs/benchmarks.md)."""
    from pathlib import Path

    from bot.bench.run import options_from, run_bench

    people = [int(p) for p in args.people.split(",")] if args.people else None
    options = options_from(people, args.quick, conversations=args.conversations, turns=args.turns,
                           max_seconds=args.duration, starter=False if args.no_starter else None,
                           train=False if args.no_train else None, full_train=args.full_train or None)
    report = run_bench(options, json_path=Path(args.json) if args.json else None)
    return 0 if report.ours and all(f.completed > 0 for f in report.ours) else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="whatmatters",
        description="Beth sy'n bwysig / What matters: a bilingual pre-visit 'what matters' assistant.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("run", help="start every service in the foreground (Rasa with its REST channel, "
                                   "the action server, the practitioners' web app); Ctrl-C stops them all")
    p.add_argument("--chat", action="store_true", help="also open a conversation in this terminal")
    p.add_argument("--no-train", action="store_true", help="use the latest model without checking the training data")
    p.add_argument("--rasa-port", type=int, default=None, help="REST channel port (default 5005, or RASA_PORT)")
    p.add_argument("--action-port", type=int, default=None, help="action server port (default 5055, or ACTION_PORT)")
    p.add_argument("--web-port", type=int, default=None, help="practitioners' web app port (default 8080, or WEB_PORT)")
    p.add_argument("--telegram-polling", action="store_true",
                   help="fetch Telegram updates with getUpdates instead of a webhook (needs TELEGRAM_TOKEN; "
                        "for a laptop with no public address)")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("shell", help="hold a conversation in the terminal with a running assistant")
    p.add_argument("--url", help="the Rasa server (default http://127.0.0.1:5005)")
    p.add_argument("--sender", help="conversation id to use (to come back to one)")
    p.set_defaults(func=_cmd_shell)

    p = sub.add_parser("train", help="train the model, only if the training data changed")
    p.add_argument("--force", action="store_true", help="train even if nothing changed")
    p.set_defaults(func=_cmd_train)

    p = sub.add_parser("analyse", help="read JSON lines {\"text\", \"question\"} on stdin; write language, "
                                       "outcome type and risk as JSON lines")
    p.set_defaults(func=_cmd_analyse)

    p = sub.add_parser("summary", help="print the stored record of one conversation")
    p.add_argument("sender_id", help="the conversation id (Rasa sender id) or its WM- reference")
    p.add_argument("--format", choices=["json", "md", "pdf", "fhir"], default="md")
    p.set_defaults(func=_cmd_summary)

    p = sub.add_parser("migrate", help="create or update the database tables")
    p.set_defaults(func=_cmd_migrate)

    p = sub.add_parser("alerts", help="list, or retry, safeguarding alerts that have not reached the duty team")
    p.add_argument("action", choices=["list", "retry"])
    p.set_defaults(func=_cmd_alerts)

    p = sub.add_parser("corrections", help="export practitioners' outcome regroupings as training examples (TSV)")
    p.set_defaults(func=_cmd_corrections)

    p = sub.add_parser("erase", help="erase one person's data by its WM- reference (record, answers, outcomes, "
                                     "Rasa's events); an urgent flag is kept for the duty team; audited")
    p.add_argument("reference", help="the WM- reference on the summary")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--by", help="who asked for it, for the audit log (default: this account's user name)")
    p.set_defaults(func=_cmd_erase)

    p = sub.add_parser("retention", help="delete what the retention rules say has been kept long enough "
                                         "(RETENTION_UNCONFIRMED_DAYS, RETENTION_AFTER_VISIT_DAYS); audited")
    p.add_argument("--dry-run", action="store_true", help="print the counts only; change nothing")
    p.add_argument("--by", help="who ran it, for the audit log (default: this account's user name)")
    p.set_defaults(func=_cmd_retention)

    p = sub.add_parser("validate", help="check the Rasa training data and domain (rasa data validate)")
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("serve", help="run one part (actions, rasa or web) in the foreground, for systemd or a "
                                     "container; several Rasa servers need LOCK_STORE_URL (README: Production)")
    p.add_argument("part", choices=["actions", "rasa", "web"])
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("bench", help="simulated people holding whole conversations with ours and with Rasa's "
                                     "starter assistant, interleaved: latency, turns/s, memory, ratios")
    p.add_argument("--people", help="people at once, per level (default 1,10,50; --quick 1,5)")
    p.add_argument("--conversations", type=int, help="conversations per level (default: 3, or the people at once)")
    p.add_argument("--turns", type=int, help="turns in each starter conversation (default: ours' mean)")
    p.add_argument("--duration", type=float, help="time cap per level and assistant, seconds (default 240)")
    p.add_argument("--quick", action="store_true", help="1 and 5 people, a few conversations: a smoke test")
    p.add_argument("--no-starter", action="store_true", help="ours only, no ratios")
    p.add_argument("--no-train", action="store_true", help="skip the training check (use the latest model)")
    p.add_argument("--full-train", action="store_true", help="also time a forced training of both, into var/bench")
    p.add_argument("--json", help="also write the report as JSON to this file")
    p.set_defaults(func=_cmd_bench)

    from bot.web.accounts import register_cli

    register_cli(sub)  # `users add|token|list|password` for the practitioners' web app
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        settings = get_settings()
    except SettingsError as err:
        print(f"Cannot start: {err}.", file=sys.stderr)
        return 2
    from bot.analysis import risk

    risk.configure(settings.whatmatters_cache_dir)  # `analyse` and `train` fit or read the risk model
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
