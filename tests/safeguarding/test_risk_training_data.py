"""bot/data/analysis/risk_train_cy.tsv: the extra (mostly Welsh) training lines of the risk model.

Checks its shape, its balance across levels and categories, that its look-alike idioms really share
the urgent lines' verbs, that it is colloquial and varied Welsh, that the model trains on it, and that
no line is copied from a held-out set (the blind sets are never opened).
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bot.analysis import risk

ROOT = Path(__file__).resolve().parents[2]
PATH = risk.DATA_DIR / "risk_train_cy.tsv"
URGENT_CATS = ("suicide", "self_harm", "abuse", "domestic_abuse", "exploitation", "neglect", "homelessness")
CONCERN_CATS = ("falls", "memory", "low_mood", "carer_strain", "alcohol", "self_neglect", "isolation")


@pytest.fixture(scope="module")
def rows():
    return risk.load_training(PATH)


def _words(text: str) -> set:
    """Tokens as written ("sai'n", "'di") and their parts around apostrophes ("gyda'r" -> "gyda")."""
    toks = set(re.findall(r"[a-zâêîôûŵŷ']+", text.lower()))
    return toks | {p for t in toks for p in t.split("'") if p}


def test_every_line_is_well_formed(rows):
    raw = [line for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    assert raw[0].split("\t") == ["text", "language", "level", "categories"]
    assert all(len(line.split("\t")) == 4 for line in raw), [line for line in raw if len(line.split("\t")) != 4][:3]
    for text, lang, level, cats in rows:
        assert text.strip() == text and text, text
        assert lang in ("cy", "en") and level in ("urgent", "concern", "none"), text
        assert set(cats) <= set(risk.CATEGORY_ORDER) | {"idiom"}, (text, cats)
        if level == "urgent":
            assert set(cats) & set(risk.URGENT_CATEGORIES), text
        elif level == "concern":
            assert cats and set(cats) <= set(CONCERN_CATS), text
        else:
            assert cats in ((), ("idiom",)), text


def test_size_and_balance(rows):
    cy = [r for r in rows if r[1] == "cy"]
    en = [r for r in rows if r[1] == "en"]
    assert len(cy) >= 350 and len(en) >= 80
    for part in (cy, en):
        share = Counter("idiom" if "idiom" in r[3] else r[2] for r in part)
        n = len(part)
        assert 0.38 <= share["urgent"] / n <= 0.52, share
        assert 0.10 <= share["concern"] / n <= 0.20, share
        assert 0.20 <= share["idiom"] / n <= 0.30, share
        assert 0.10 <= share["none"] / n <= 0.20, share


def test_every_category_is_covered_in_welsh(rows):
    cats = Counter(c for r in rows if r[1] == "cy" for c in r[3])
    for cat in URGENT_CATS:
        assert cats[cat] >= 10, (cat, cats[cat])
    for cat in CONCERN_CATS:
        assert cats[cat] >= 5, (cat, cats[cat])


@pytest.mark.parametrize("forms", [
    ("lladd", "ladd"), ("marw", "farw"), ("taro", "daro", "nharo", "darodd"), ("bwrw", "fwrw"),
    ("brifo", "frifo"), ("torri", "dorri", "torrodd", "torrais", "nhorri"), ("llosgi", "losgi", "losg"),
    ("cicio", "gicio", "nghicio"), ("gadael", "adael", "ngadael"), ("cloi", "gloi", "nghloi"),
    ("arian",), ("cerdyn", "gherdyn", "ngherdyn", "nghardyn"), ("diflannu", "ddiflannu"),
])
def test_welsh_idioms_share_words_with_urgent_lines(rows, forms):
    idioms = [r[0] for r in rows if r[1] == "cy" and "idiom" in r[3]]
    assert any(_words(t) & set(forms) for t in idioms), forms


def test_the_gym_idiom_is_there(rows):
    assert any("lladd fy hun yn y gym" in r[0].lower() for r in rows if "idiom" in r[3])


@pytest.mark.parametrize("variants", [
    ("isio", "moyn", "eisiau"), ("efo", "gyda"), ("rŵan", "nawr"), ("adra", "adre"),
    ("dwi", "sa", "sai'n", "ma'", "o'n", "nath", "ddaru", "'di"),
])
def test_welsh_is_colloquial_north_and_south(rows, variants):
    text = [_words(r[0]) for r in rows if r[1] == "cy"]
    for v in variants:
        assert sum(v in w for w in text) >= 2, v


def test_welsh_lines_vary_in_shape(rows):
    cy = [r[0] for r in rows if r[1] == "cy"]
    openings = Counter(" ".join(t.lower().split()[:2]) for t in cy)
    assert openings.most_common(1)[0][1] <= 0.07 * len(cy), openings.most_common(5)
    assert len({w for t in cy for w in _words(t)}) >= 1200


def test_no_duplicates_and_nothing_shared_with_risk_train(rows):
    norm = [risk.pattern_text(r[0]) for r in rows]
    assert len(norm) == len(set(norm)), [n for n, c in Counter(norm).items() if c > 1]
    old = {risk.pattern_text(r[0]) for r in risk.load_training(risk.DATA_DIR / "risk_train.tsv")}
    assert not (set(norm) & old)


def test_no_line_from_any_heldout_set(rows):
    mine = {risk.pattern_text(r[0]) for r in rows}
    files = sorted((ROOT / "benchmarks" / "heldout").glob("*.tsv"))
    assert files
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        held = {risk.pattern_text(line.split("\t")[0]) for line in lines if line.strip()}
        assert not (mine & held), (path.name, sorted(mine & held)[:3])


def test_the_model_trains_on_it(rows):
    assert "risk_train_cy.tsv" in risk.TRAINING_FILES
    trained = set(risk.load_training())
    assert all(r in trained for r in rows)


# --------------------------------------------------------------------------- risk_train_ordinary.tsv

ORDINARY = risk.DATA_DIR / "risk_train_ordinary.tsv"
CHAT_CHECK = ROOT / "benchmarks" / "heldout" / "risk_ordinary_chat.tsv"


def _norm_words(text: str) -> set:
    return {w for w in risk.pattern_text(text).split() if w not in ("|", ",")}


@pytest.fixture(scope="module")
def ordinary_rows():
    return risk.load_training(ORDINARY)


def test_ordinary_chat_is_well_formed_and_all_none(ordinary_rows):
    raw = [line for line in ORDINARY.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    assert raw[0].split("\t") == ["text", "language", "level", "categories"]
    assert all(len(line.split("\t")) == 4 for line in raw), [line for line in raw if len(line.split("\t")) != 4][:3]
    assert len(ordinary_rows) >= 250
    for text, lang, level, cats in ordinary_rows:
        assert text.strip() == text and text and lang in ("cy", "en"), text
        assert level == "none" and cats == (), text
    cy = sum(r[1] == "cy" for r in ordinary_rows)
    assert 0.4 <= cy / len(ordinary_rows) <= 0.6, cy


def test_ordinary_chat_is_what_the_rules_leave_alone(ordinary_rows):
    # The model only ever sees what the rules left at "none"; a line the rules flag belongs in a rules fix.
    assert [r[0] for r in ordinary_rows if risk.rules_only(r[0]).level != "none"] == []


def test_ordinary_chat_has_no_duplicates_and_is_new(ordinary_rows):
    norm = [risk.pattern_text(r[0]) for r in ordinary_rows]
    assert len(norm) == len(set(norm)), [n for n, c in Counter(norm).items() if c > 1]
    others = {risk.pattern_text(r[0]) for name in ("risk_train.tsv", "risk_train_cy.tsv")
              for r in risk.load_training(risk.DATA_DIR / name)}
    assert not (set(norm) & others)
    for lang in ("cy", "en"):  # varied, not one template
        part = [r[0].lower() for r in ordinary_rows if r[1] == lang]  # as written: "wi'n" and "dw i'n" differ
        openings = Counter(" ".join(n.split()[:2]) for n in part)
        assert openings.most_common(1)[0][1] <= 0.10 * len(part), openings.most_common(3)


def test_ordinary_chat_shares_no_line_with_any_heldout_set(ordinary_rows):
    mine = {risk.pattern_text(r[0]) for r in ordinary_rows}
    for path in sorted((ROOT / "benchmarks" / "heldout").glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        held = {risk.pattern_text(line.split("\t")[0]) for line in lines if line.strip()}
        assert not (mine & held), (path.name, sorted(mine & held)[:3])


def test_ordinary_chat_has_no_near_duplicate_of_the_check_set(ordinary_rows):
    """benchmarks/heldout/risk_ordinary_chat.tsv must stay a check: no paraphrase-level overlap."""
    from difflib import SequenceMatcher

    checks = [line.split("\t")[0] for line in CHAT_CHECK.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    assert len(checks) == 80
    close = []
    for text, *_ in ordinary_rows:
        a, wa = risk.pattern_text(text), _norm_words(text)
        for check in checks:
            b, wb = risk.pattern_text(check), _norm_words(check)
            jaccard = len(wa & wb) / len(wa | wb)
            if jaccard >= 0.5 or SequenceMatcher(None, a, b).ratio() >= 0.75:
                close.append((text, check))
    assert not close, close[:3]


def test_the_model_trains_on_the_ordinary_chat(ordinary_rows):
    assert "risk_train_ordinary.tsv" in risk.TRAINING_FILES
    trained = set(risk.load_training())
    assert all(r in trained for r in ordinary_rows)
