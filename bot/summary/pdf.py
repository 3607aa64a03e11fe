"""A clean, printable A4 PDF of the summary for the case file (fpdf2, pure Python).

Drawn from the same SummaryView as the web page and Markdown, so the formats never
disagree. Text uses DejaVu Sans (shipped with matplotlib), which has every Welsh
letter (â ê î ô û ŵ ŷ, ẁ ẃ ẅ ỳ ...). Characters the font lacks (emoji, for example)
are left out of the PDF only, never the record, and the PDF then says so.

The header shows the reference, never a name; the PDF metadata hold no personal data.
Page 1 has, under the title and before any long words, the view's `glance`: the person's name,
who completed it, the language and the Active Offer (a long disclosure at the top is never cut).
"""
from __future__ import annotations

import logging
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import cast

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.util import Padding

from bot.summary.view import Fact, Item, Section, SummaryView

FONT_FAMILY = "DejaVu"

# fpdf2 subsets the font with fontTools, which logs about 150 INFO lines per PDF (trial 39 AT11: 900 of the web
# log's 1,003 lines): noise that buries what a log is for, and the glyphs kept follow the words printed.
logging.getLogger("fontTools").setLevel(logging.WARNING)

# Colours (RGB): calm, high contrast, readable in greyscale print.
INK = (20, 20, 20)
MUTED = (85, 85, 85)
RULE = (170, 170, 170)
ACCENT = (0, 84, 122)  # section headings
QUOTE_FILL = (241, 245, 248)
URGENT = (170, 20, 20)
URGENT_FILL = (253, 236, 234)
NOTICE_FILL = (255, 246, 214)

BODY_SIZE = 10.5
QUOTE_SIZE = 11
META_SIZE = 8.5
LINE = 5.2  # mm per body line


@lru_cache(maxsize=1)
def font_paths() -> tuple[Path, Path]:
    """(regular, bold) DejaVu Sans from matplotlib's bundled fonts."""
    import importlib.util

    # Found without importing matplotlib (slow, and it warns): mpl-data sits inside the package.
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("matplotlib (which ships DejaVu Sans) is not installed")
    ttf = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / "fonts" / "ttf"
    regular, bold = ttf / "DejaVuSans.ttf", ttf / "DejaVuSans-Bold.ttf"
    if not regular.exists() or not bold.exists():
        raise FileNotFoundError(f"DejaVu Sans not found in {ttf}")
    return regular, bold


@lru_cache(maxsize=1)
def _font_codepoints() -> frozenset[int]:
    """Code points both DejaVu faces can draw."""
    from fontTools.ttLib import TTFont

    sets = []
    for path in font_paths():
        font = TTFont(str(path), lazy=True)
        sets.append(frozenset(font.getBestCmap().keys()))
        font.close()
    return sets[0] & sets[1]


def warm() -> None:
    """Find and read the fonts now (the web app's start, AX22), not on the first PDF a practitioner asks for."""
    _font_codepoints()


class _Printable:
    """Makes text drawable with the font; remembers whether anything had to be left out."""

    def __init__(self) -> None:
        self.dropped = False

    def __call__(self, text: str) -> str:
        # NFC only changes how a letter is encoded (w + combining ^ -> ŵ), never which letter it is.
        text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
        cmap = _font_codepoints()
        kept: list[str] = []
        for ch in text:
            if ch == "\n" or ord(ch) in cmap:
                kept.append(ch)
            elif unicodedata.category(ch) in ("Zs",):
                kept.append(" ")
            elif unicodedata.category(ch) not in ("Cc", "Cf") and not 0xFE00 <= ord(ch) <= 0xFE0F:
                # A visible character the font cannot draw: never a blank where they wrote something (trial U27:
                # "🤷‍♀️", her whole answer, printed as an empty quote). A symbol or an emoji is printed by its
                # name in square brackets ("[shrug]"), a letter of another script as "□"; the PDF says so.
                # Invisible joiners and controls are dropped quietly.
                self.dropped = True
                kept.append(_stand_in(ch))
        return "".join(kept)


#: Printed for a letter the font cannot draw (an unsupported script).
NOT_PRINTABLE = "\u25a1"


def _stand_in(ch: str) -> str:
    """What the PDF prints for a character its font cannot draw: "[shrug]" for 🤷, "□" for a letter."""
    name = unicodedata.name(ch, "")
    if unicodedata.category(ch).startswith("S") and name:
        return f"[{name.lower()}]"
    return NOT_PRINTABLE


class _SummaryPDF(FPDF):
    def __init__(self, view: SummaryView) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.view = view
        self.printable = _Printable()
        regular, bold = font_paths()
        self.add_font(FONT_FAMILY, "", str(regular))
        self.add_font(FONT_FAMILY, "B", str(bold))
        self.set_margins(18, 22, 18)
        self.set_auto_page_break(True, margin=18)
        self.alias_nb_pages("{nb}")
        # Metadata: the reference only (PDF metadata travel with the file and show in viewers).
        self.set_title(f"{view.title} {view.reference}")
        self.set_subject(f"{view.product} {view.reference}")
        self.set_author(view.product)
        self.set_creator("Beth sy'n bwysig / What matters")
        self.set_lang(view.language)

    # -- page furniture
    def header(self) -> None:
        self.set_y(9)
        self.set_font(FONT_FAMILY, "", 8.5)
        self.set_text_color(*MUTED)
        self.cell(0, 5, self.printable(f"{self.view.product} · {self.view.title}"), new_x=XPos.LMARGIN, new_y=YPos.TOP)
        self.set_font(FONT_FAMILY, "B", 9)
        self.set_text_color(*INK)
        self.cell(0, 5, self.printable(f"{self.view.chrome['reference']}: {self.view.reference}"), align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT_FAMILY, "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 5, self.printable(f"{self.view.chrome['confidential']} · {self.view.prepared_label}"),
                  new_x=XPos.LMARGIN, new_y=YPos.TOP)
        page = self.view.chrome["page"].format(n=self.page_no(), total="{nb}")
        self.cell(0, 5, self.printable(page), align="R")

    # -- helpers
    @property
    def usable_width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def _space_left(self) -> float:
        return self.page_break_trigger - self.get_y()

    def keep_together(self, height: float) -> None:
        """Start a new page if a block that fits on one page would be split here."""
        if height < (self.page_break_trigger - self.t_margin) and height > self._space_left():
            self.add_page()

    def text_block(self, text: str, size: float = BODY_SIZE, bold: bool = False, colour: tuple[int, int, int] = INK,
                   indent: float = 0, fill: tuple[int, int, int] | None = None, line: float = LINE,
                   padding: float = 0) -> None:
        self.set_font(FONT_FAMILY, "B" if bold else "", size)
        self.set_text_color(*colour)
        if fill:
            self.set_fill_color(*fill)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.usable_width - indent, line, self.printable(text), align="L", fill=bool(fill),
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT, padding=Padding.new(padding))

    def measure(self, text: str, size: float, width: float, line: float = LINE, bold: bool = False,
                padding: float = 0) -> float:
        self.set_font(FONT_FAMILY, "B" if bold else "", size)
        # output="HEIGHT" makes multi_cell return the height alone (its declared type covers every output).
        return cast(float, self.multi_cell(width, line, self.printable(text), align="L", dry_run=True,
                                           output="HEIGHT", padding=Padding.new(padding)))

    # -- building blocks
    def title_block(self) -> None:
        self.set_font(FONT_FAMILY, "B", 18)
        self.set_text_color(*INK)
        self.multi_cell(0, 9, self.printable(self.view.title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT_FAMILY, "B", 13)
        self.set_text_color(*ACCENT)
        self.multi_cell(0, 7, self.printable(f"{self.view.chrome['reference']}: {self.view.reference}"), align="L",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.text_block(self.view.prepared_label, size=9, colour=MUTED)
        self.ln(3)

    def section_heading(self, section: Section) -> None:
        # Never leave a heading (and its note) alone at the foot of a page: keep room for the first block.
        note_h = self.measure(section.note, 9.5, self.usable_width) + 1.5 if section.note else 0
        self.keep_together(12 + note_h + 22)
        self.ln(2)
        colour = URGENT if section.urgent else ACCENT
        self.set_font(FONT_FAMILY, "B", 13.5)
        self.set_text_color(*colour)
        self.multi_cell(0, 7, self.printable(section.title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*colour)
        self.set_line_width(0.5 if section.urgent else 0.3)
        y = self.get_y() + 0.5
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + 2.5)

    def group_heading(self, title: str) -> None:
        self.keep_together(20)
        self.ln(1)
        self.text_block(title, size=11.5, bold=True, colour=INK, line=6)
        self.ln(0.5)

    def item(self, item: Item, urgent: bool = False) -> None:
        indent = 3
        width = self.usable_width - indent
        quote = f"“{item.quote}”"
        question = f"{self.view.chrome['in_answer_to']}: “{item.question}”" if item.question else None
        meta = " · ".join(item.meta)
        height = self.measure(quote, QUOTE_SIZE, width, line=5.6, padding=1.8) + 3
        if question:
            height += self.measure(question, META_SIZE, width, line=4.2)
        if meta:
            height += self.measure(meta, META_SIZE, width, line=4.2) + 1
        self.keep_together(height)
        if question:
            self.text_block(question, size=META_SIZE, colour=MUTED, indent=indent, line=4.2)
        self.text_block(quote, size=QUOTE_SIZE, indent=indent, fill=URGENT_FILL if urgent else QUOTE_FILL,
                        line=5.6, padding=1.8)
        if meta:
            self.ln(0.8)
            self.text_block(meta, size=META_SIZE, colour=URGENT if urgent else MUTED, indent=indent, line=4.2,
                            bold=bool(urgent and item.to_confirm))
        if item.follow_up:
            self.follow_up(item.follow_up, indent + 4, item.follow_up_title)
        self.ln(2.6)

    def follow_up(self, facts: Sequence[Fact], indent: float, title: str | None = None) -> None:
        """What happened after a disclosure (or `title`: the same wish in the other language): a heading, then each
        line as "label: value" (their words quoted)."""
        self.ln(1)
        self.keep_together(5 + 9 * min(len(facts), 2))
        self.text_block(title or self.view.chrome["what_next"], size=9.5, bold=True, indent=indent, line=4.6)
        for fact in facts:
            value = f"“{fact.value}”" if fact.verbatim else fact.value
            self.text_block(fact.label, size=META_SIZE, colour=MUTED, indent=indent, line=4.2)
            self.text_block(value, size=BODY_SIZE if fact.verbatim else 9.5, indent=indent + 2, line=4.8)
            self.ln(0.6)

    def notice(self, text: str, emphasis: bool) -> None:
        self.keep_together(self.measure(text, BODY_SIZE, self.usable_width, padding=2) + 3)
        self.text_block(text, bold=emphasis, fill=NOTICE_FILL if emphasis else None, padding=2 if emphasis else 0)
        self.ln(2)

    def glance(self) -> None:
        """The view's key facts under the title (names plain: the first quote on the page is the risk material)."""
        if not self.view.glance:
            return
        self.facts(self.view.glance, quoted=False)
        for notice in self.view.glance_notices:
            self.notice(notice.text, notice.emphasis)
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)

    def facts(self, facts: Sequence[Fact], quoted: bool = True) -> None:
        label_w = 62
        for fact in facts:
            value = f"“{fact.value}”" if fact.verbatim and quoted else fact.value
            self.set_font(FONT_FAMILY, "", BODY_SIZE)
            h = max(self.measure(fact.label, 9.5, label_w - 2),
                    self.measure(value, BODY_SIZE, self.usable_width - label_w))
            self.keep_together(h)
            y = self.get_y()
            self.set_font(FONT_FAMILY, "", 9.5)
            self.set_text_color(*MUTED)
            self.multi_cell(label_w - 2, LINE, self.printable(fact.label), align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
            y_after_label = y + self.measure(fact.label, 9.5, label_w - 2)
            self.set_xy(self.l_margin + label_w, y)
            self.set_font(FONT_FAMILY, "B" if fact.key == "reference" else "", BODY_SIZE)
            self.set_text_color(*INK)
            self.multi_cell(self.usable_width - label_w, LINE, self.printable(value), align="L",
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_y(max(self.get_y(), y_after_label) + 1)
        self.ln(1)

    def prompts(self, section: Section) -> None:
        for n, prompt in enumerate(section.prompts, 1):
            self.keep_together(6 + 2 * 7 + 4)
            self.text_block(f"{n}. {prompt.question}", size=11, bold=True, line=6)
            self.set_draw_color(*RULE)
            self.set_line_width(0.2)
            for _ in range(2):
                y = self.get_y() + 7
                self.line(self.l_margin + 5, y, self.w - self.r_margin, y)
                self.set_y(y)
            self.ln(4)

    def section(self, section: Section) -> None:
        self.section_heading(section)
        if section.note:
            self.text_block(section.note, size=9.5, colour=MUTED)
            self.ln(1.5)
        # Page 1 shows the key facts and the Active Offer at a glance (self.glance): printed once (trial F10).
        for notice in section.notices:
            if notice not in self.view.glance_notices:
                self.notice(notice.text, notice.emphasis)
        facts = tuple(f for f in section.facts if f not in self.view.glance)
        if facts:
            self.facts(facts)
        for group in section.shown_groups:
            if group.title:
                self.group_heading(group.title)
            if not group.items:
                self.text_block(group.empty_text or "", size=9.5, colour=MUTED, indent=3)
                self.ln(2)
            # In an urgent safeguarding section, the disclosures and what they asked for to stay safe are
            # marked urgent; the concerns after them are not.
            for item in group.items:
                self.item(item, urgent=section.urgent and group.key not in ("concerns", "please_check"))
        if section.prompts:
            self.prompts(section)


def render_view_pdf(view: SummaryView) -> bytes:
    pdf = _SummaryPDF(view)
    pdf.add_page()
    if view.first_line:  # harm happening now: before the title and anything else
        pdf.text_block(view.first_line, size=12, bold=True, colour=URGENT, fill=URGENT_FILL, padding=2)
        pdf.ln(3)
    pdf.title_block()
    pdf.glance()
    if _anything_unprintable(view):
        pdf.text_block(view.chrome["symbols_dropped"], size=9, colour=MUTED)
        pdf.ln(2)
    for section in view.sections:
        pdf.section(section)
    return bytes(pdf.output())


def _anything_unprintable(view: SummaryView) -> bool:
    """Whether any of the person's words hold characters the PDF font cannot draw."""
    check = _Printable()
    for text in view.quotes() + [i.question for s in view.sections for i in s.items if i.question]:
        check(text)
    return check.dropped


__all__ = ["font_paths", "render_view_pdf"]
