"""Which sentences are outcomes, stop 33 (issue 11, span F1 on new writers): a good part of their life told as it is,
at what matters or what to keep, is what to keep. Quoted from the tuning halves of the test writers' twins
(dev_fresh5, dev_fresh6), each with a twin in the other language."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.outcomes import sort_outcomes


def _spans(text: str, question: str | None) -> list[str]:
    _t, _c, spans = sort_outcomes(text, question)
    for s in spans:
        assert text[s.start:s.end] == s.text  # stored byte for byte as typed
    return [s.text for s in spans]


@pytest.mark.parametrize("text,kept", [
    # a thing done again and again, said with when: what to keep (the readers quote it; it was left as a report)
    ("Dad wants to stay in his own house in Gwersyllt, he's been there since 1968. He goes to the British Legion in "
     "Wrexham on a Friday for a pint and a game of crib with his old mates.",
     "He goes to the British Legion in Wrexham on a Friday for a pint and a game of crib with his old mates."),
    ("Mae Dad isio aros yn ei dŷ ei hun yn Gwersyllt, mae o 'di bod yno ers 1968. Mae o'n mynd i'r Lleng Brydeinig "
     "yn Wrecsam bob nos Wener am beint a gêm o crib efo'i hen ffrindia.",
     "Mae o'n mynd i'r Lleng Brydeinig yn Wrecsam bob nos Wener am beint a gêm o crib efo'i hen ffrindia."),
    ("boxing. wi'n mynd i'r gym yn Aberdâr dydd llun a dydd mercher, ma Dai the coach yn proper sound. a fy sister "
     "fach Kayla, ma hi'n 6",
     "wi'n mynd i'r gym yn Aberdâr dydd llun a dydd mercher, ma Dai the coach yn proper sound."),
    ("boxing. i go to the gym in Aberdare on a monday and a wednesday, Dai the coach is proper sound. and my little "
     "sister Kayla, shes 6",
     "i go to the gym in Aberdare on a monday and a wednesday, Dai the coach is proper sound."),
    # or what it means to them
    ("Dad wants to stay in his own house. His garden is his pride and joy, he still grows his own tomatoes and sweet "
     "peas.", "His garden is his pride and joy, he still grows his own tomatoes and sweet peas."),
])
def test_a_good_part_of_their_life_told_as_it_is_is_what_to_keep(text: str, kept: str) -> None:
    assert kept in _spans(text, None)


@pytest.mark.parametrize("text,question,left", [
    # told of the past, it stays the answer
    ("I want to stay in my flat. I used to go to the bingo in Neath every Tuesday and Friday with our Julie.", None,
     "I used to go to the bingo in Neath every Tuesday and Friday with our Julie."),
    ("Dw i isio aros yn fy fflat. O'n i'n arfer mynd i'r bingo yng Nghastell-nedd bob nos Fawrth efo Julie.", None,
     "O'n i'n arfer mynd i'r bingo yng Nghastell-nedd bob nos Fawrth efo Julie."),
    # a thing that does not happen is no part of life to keep
    ("I want to stay in my flat. The bus don't come at all on a Sunday.", None, "The bus don't come at all on a Sunday."),
    ("Dw i isio aros yn fy fflat. Dydi'r bws ddim yn dod o gwbl ar ddydd Sul.", None,
     "Dydi'r bws ddim yn dod o gwbl ar ddydd Sul."),
    # at "what would you like to change?" a habit told is the background to the change asked for
    ("A lift to the hospital would help. He goes to the club on a Friday with his brother.", "change",
     "He goes to the club on a Friday with his brother."),
    ("Sa lifft i'r ysbyty yn help. Mae o'n mynd i'r clwb bob nos Wener efo'i frawd.", "change",
     "Mae o'n mynd i'r clwb bob nos Wener efo'i frawd."),
])
def test_the_past_a_lack_or_a_habit_beside_a_change_stays_the_answer(text: str, question: str | None,
                                                                      left: str) -> None:
    assert left not in _spans(text, question)


def _benchmark() -> Any:
    spec = importlib.util.spec_from_file_location(
        "outcome_span_benchmark", Path(__file__).resolve().parents[2] / "benchmarks" / "outcome_span_benchmark.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    return bench


@pytest.mark.parametrize("language,disclosure,wish,support,how,safety", [
    ("en", "I want to get back to my swimming on a Saturday. He hits me when he has been drinking and I am scared of "
     "him.", "I want to get back to my swimming on a Saturday.",
     "Talk to me slowly please, I get muddled. Don't ring the house, he checks my phone.",
     "Talk to me slowly please, I get muddled.", "Don't ring the house, he checks my phone."),
    ("cy", "Dw i isio mynd nôl i nofio ar ddydd Sadwrn. Mae o'n fy nharo i pan mae o 'di bod yn yfed a dw i ofn o.",
     "Dw i isio mynd nôl i nofio ar ddydd Sadwrn.",
     "Siaradwch yn araf efo fi plis, dw i'n drysu. Peidiwch ffonio'r tŷ, mae o'n sbio ar fy ffôn i.",
     "Siaradwch yn araf efo fi plis, dw i'n drysu.", "Peidiwch ffonio'r tŷ, mae o'n sbio ar fy ffôn i."),
])
def test_the_benchmark_stores_what_the_assistant_stores_beside_a_disclosure(
        language: str, disclosure: str, wish: str, support: str, how: str, safety: str) -> None:
    """outcome_span_benchmark.predict as bot.conversation.answers.store_answer and repository.record_answer: the wish
    beside a disclosure stands (it scored every outcome of a harm answer as dropped), and once anything was urgent a
    safety wish is no outcome (it scored it as one)."""
    bench = _benchmark()
    script = {"language": language, "answers": [
        {"question": "what_matters", "says": disclosure, "risk": "urgent"},
        {"question": "support", "says": support, "risk": "concern"}]}
    got = {key: [p.text for p in preds] for key, _text, preds in bench.predict(script)[2]}
    assert got["what_matters"] == [wish]
    assert got["support"] == [how]
    assert safety not in got["support"]
