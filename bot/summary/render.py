"""Every format of the practitioner's summary, drawn from ONE view (bot.summary.view).

    render_markdown(record, language) -> str
    render_html_body(record, language) -> str      # escaped HTML fragment for the web page
    render_pdf(record, language) -> bytes          # printable A4 for the case file
    to_fhir(record) -> dict                        # FHIR R4 Bundle (see bot.summary.fhir)
    write(record, fmt, out) -> int                 # md / pdf / fhir / json for the CLI

`language` is the interface language of OUR labels (cy or en). The person's words
are never translated: they are quoted exactly as stored, whatever the interface.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from bot.summary.view import Item, Section, SummaryView, build_view, interface_language

TEMPLATES = Path(__file__).resolve().parent / "templates"
FORMATS = ("md", "pdf", "fhir", "json")


# --------------------------------------------------------------------------- HTML

def _nl2br(value: Any) -> Markup:
    """Escape, then keep the person's line breaks visible (the words themselves are unchanged)."""
    return Markup("<br>\n").join(escape(part) for part in str(value).split("\n"))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # always: the person's words may hold anything, e.g. "<script>"
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["nl2br"] = _nl2br
    return env


#: Renders the web page's own controls for one outcome (by id) as already-escaped HTML.
OutcomeControl = Callable[[int], str]


def render_view_html(view: SummaryView, outcome_control: OutcomeControl | None = None,
                     first_line: bool = True) -> str:
    return _environment().get_template("summary_body.html").render(
        view=view, chrome=view.chrome, outcome_control=outcome_control, first_line=first_line)


def render_html_body(record: dict[str, Any], language: str,
                     outcome_control: OutcomeControl | None = None, first_line: bool = True) -> str:
    """The summary as an already-escaped HTML fragment (no <html>/<body>), for the web page.

    `outcome_control` lets the web page put its "confirm the group" form beside each outcome,
    so the practitioner corrects an outcome where they read it instead of in a second list.
    `first_line` False: the page shows the view's first line (harm happening now) itself, above its own heading.
    """
    return render_view_html(build_view(record, language), outcome_control, first_line)


# --------------------------------------------------------------------------- Markdown

# Characters that would change how Markdown renders; backslash-escaped, so the rendered text is
# exactly the person's words (CommonMark turns "\<" back into "<") and never becomes HTML or markup.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=]|\d+[.)])", re.MULTILINE)


def md_escape(text: str) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", str(text))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def md_unescape(text: str) -> str:
    """Undo md_escape (for tests and tools that read the Markdown back as text)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


def _md_indent(text: str, prefix: str = "  ") -> str:
    return text.replace("\n", "  \n" + prefix)


def _md_item(item: Item, chrome: dict[str, str]) -> list[str]:
    lines: list[str] = []
    if item.question:
        lines.append(f"- _{md_escape(chrome['in_answer_to'])}: “{_md_indent(md_escape(item.question))}”_  ")
        lines.append(f"  “{_md_indent(md_escape(item.quote))}”  ")
    else:
        lines.append(f"- “{_md_indent(md_escape(item.quote))}”  ")
    if item.meta:
        lines.append("  _" + md_escape(" · ".join(item.meta)) + "_")
    if item.follow_up:
        lines.append(f"  - **{md_escape(item.follow_up_title or chrome['what_next'])}**")
        for fact in item.follow_up:
            value = f"“{_md_indent(md_escape(fact.value), '      ')}”" if fact.verbatim else md_escape(fact.value)
            lines.append(f"    - _{md_escape(fact.label)}:_ {value}")
    return lines


def _md_section(section: Section, chrome: dict[str, str]) -> list[str]:
    out = [f"## {md_escape(section.title)}", ""]
    if section.note:
        out += [f"_{md_escape(section.note)}_", ""]
    for notice in section.notices:
        out += [f"**{md_escape(notice.text)}**" if notice.emphasis else md_escape(notice.text), ""]
    if section.facts:
        for fact in section.facts:
            value = f"“{md_escape(fact.value)}”" if fact.verbatim else md_escape(fact.value)
            out.append(f"- **{md_escape(fact.label)}:** {value}")
        out.append("")
    for group in section.shown_groups:
        if group.title:
            out += [f"### {md_escape(group.title)}", ""]
        if group.items:
            for item in group.items:
                out += _md_item(item, chrome)
        else:
            out.append(f"_{md_escape(group.empty_text or '')}_")
        out.append("")
    for n, prompt in enumerate(section.prompts, 1):
        out += [f"{n}. **{md_escape(prompt.question)}**  ", f"   _{md_escape(chrome['fill_in'])}:_ ", ""]
    return out


def render_view_markdown(view: SummaryView) -> str:
    out = [f"**{md_escape(view.first_line)}**", ""] if view.first_line else []
    out += [
        f"# {md_escape(view.title)}: {md_escape(view.reference)}",
        "",
        f"{md_escape(view.product)} · {md_escape(view.prepared_label)} · {md_escape(view.chrome['confidential'])}",
        "",
    ]
    for section in view.sections:
        out += _md_section(section, view.chrome)
    return "\n".join(out).rstrip("\n") + "\n"


def render_markdown(record: dict[str, Any], language: str) -> str:
    """The summary as Markdown (UTF-8 text; the person's words escaped so they render verbatim)."""
    return render_view_markdown(build_view(record, language))


# --------------------------------------------------------------------------- PDF and FHIR

def render_pdf(record: dict[str, Any], language: str) -> bytes:
    """A printable A4 PDF for the case file (see bot.summary.pdf)."""
    from bot.summary.pdf import render_view_pdf

    return render_view_pdf(build_view(record, language))


def to_fhir(record: dict[str, Any]) -> dict[str, Any]:
    """A FHIR R4 Bundle (collection): QuestionnaireResponse, Goals, Flags (see bot.summary.fhir)."""
    from bot.summary.fhir import to_fhir as _to_fhir

    return _to_fhir(record)


# --------------------------------------------------------------------------- warming up

def warm() -> None:
    """Load now what the first summary otherwise loads on its way: the risk rules and model (the record re-reads
    answers for the safeguarding section: 16 s of the 16.4 s the stop-43 trial's first page took, AX22), the cue lists
    and the conversation modules the record reads the pause with (1.6 s of the first page after start-up, BA23), the
    labels, the HTML template and the PDF's fonts. For a server's start, never at import."""
    from bot.analysis import cue_patterns, risk
    from bot.conversation import about_you, pause, safety  # noqa: F401 - what the record reads on its way (BA23)
    from bot.summary import pdf
    from bot.summary.view import labels

    risk.warm()
    cue_patterns.warm()
    labels()
    _environment().get_template("summary_body.html")
    pdf.warm()


# --------------------------------------------------------------------------- the CLI's entry point

def default_language(record: dict[str, Any]) -> str:
    """The language of the conversation, else Welsh (SUMMARY_LANGUAGE comes in as `write`'s language)."""
    return interface_language(record.get("language") or record.get("preferred_language"))


def write(record: dict[str, Any], fmt: str, out: BinaryIO, language: str | None = None) -> int:
    """Write one format to a binary stream; returns a process exit code (0 = written).

    `language` None: the conversation's own (the CLI passes SUMMARY_LANGUAGE here when set).
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    language = interface_language(language) if language else default_language(record)
    if fmt == "md":
        data = render_markdown(record, language).encode("utf-8")
    elif fmt == "pdf":
        data = render_pdf(record, language)
    elif fmt == "fhir":
        data = (json.dumps(to_fhir(record), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        data = (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    out.write(data)
    out.flush()
    return 0


__all__ = ["md_escape", "md_unescape", "render_html_body", "render_markdown", "render_pdf", "to_fhir", "write"]
