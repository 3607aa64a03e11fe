"""Welsh negatives before a harm word (task risk44): "so fe'n dreisgar" (south: he is NOT violent) was read urgent,
where English "he's not violent" and "dyw e ddim yn dreisgar" were calm. The south's so / smo / sa fe, the north's
"'di o'm" / "dio'm", the literary "nid yw'n": each is read as the spoken "dydy e ddim", so the harm word after it is
negated. A real disclosure with a negative elsewhere in it stays urgent. Fictional phrasings, not from any benchmark."""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, pattern_text

NOT_VIOLENT = {
    "cy": ["so fe'n dreisgar", "smo fe'n dreisgar", "sa fe'n dreisgar", "so fe yn dreisgar o gwbl",
           "smo hi'n dreisgar, jyst blin", "'di o'm yn dreisgar", "di o'm yn dreisgar", "dio'm yn dreisgar",
           "dydy o ddim yn dreisgar", "dyw e ddim yn dreisgar", "nid yw'n dreisgar", "nid yw e'n dreisgar",
           "so fe'n violent", "smo fe byth yn bwrw fi", "so nhw'n cam-drin hi"],
    "en": ["he's not violent", "hes not violent at all", "she isnt violent, just grumpy", "he never hits me",
           "they don't abuse her"],
}
#: A disclosure with a negative elsewhere in it: still urgent.
STILL_URGENT = {
    "cy": ["so fe'n gadael fi fynd mas, ma fe'n bwrw fi", "smo fe'n neis i fi, ma fe'n bwrw fi bob nos",
           "so fe'n gadael fi fynd mas", "dio'm yn gadael fi fynd allan a mae o'n fy nharo i",
           "so hi'n gas drwy'r amser ond ma hi'n bwrw fi", "ma fe'n dreisgar", "mae o'n dreisgar efo fi"],
    "en": ["he doesn't let me go out, he hits me", "he's not nice to me, he hits me every night",
           "he is violent", "he doesn't let me go out"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_negative_before_the_harm_word_is_calm(language: str) -> None:
    for text in NOT_VIOLENT[language]:
        assert assess_risk(text).level != "urgent", text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_disclosure_with_a_negative_elsewhere_stays_urgent(language: str) -> None:
    for text in STILL_URGENT[language]:
        assert assess_risk(text).level == "urgent", text


@pytest.mark.parametrize("text, read", [
    ("so fe'n dreisgar", "dydy fe ddim yn dreisgar"),
    ("smo hi'n bwrw fi", "dydy hi ddim yn bwrw fi"),
    ("'di o'm yn dreisgar", "dydy o ddim yn dreisgar"),
    ("nid yw'n dreisgar", "dydy e ddim yn dreisgar"),
])
def test_the_negatives_read_as_the_spoken_one(text: str, read: str) -> None:
    assert pattern_text(text) == read


@pytest.mark.parametrize("text", [
    # English "so" stays English; the north's "sa fo'n" / "sa hi'n" is "would", no negative
    "so he hits me", "so i am scared of him", "sa fo'n licio mynd", "sa hi'n bwrw fi tasa hi'n gallu",
    # "o'm" alone is written Welsh's "of my"
    "daeth o'm cartref",
])
def test_no_negative_where_there_is_none(text: str) -> None:
    assert "ddim" not in pattern_text(text), pattern_text(text)


# Review (stop 44, task fixrisk44): "so" after a clause is English-style "therefore", "sa fe'n" with a condition is
# "would", and "so / smo X byth" is "dydy X byth" (never): each a disclosure, urgent as before.
STILL_URGENT_REVIEW = {
    "cy": ["so fe byth yn gadael fi fynd mas", "odd e'n feddw so fe'n bwrw fi", "ma fe'n gas so fe'n bwrw fi nawr",
           "odd e mor grac, so fe'n taflu pethe ata i", "sa fe'n bwrw fi tase fe'n gallu",
           "se fe'n gwbod, sa fe'n bwrw fi",
           # new phrasings
           "smo hi byth yn gadael fi fynd mas", "ma hi'n yfed so hi'n bwrw fi", "os ffonia i rywun sa fe'n bwrw fi",
           # the first person's "so" after a clause is "therefore" too
           "o'n i mor drist so fi'n torri fy hun", "odd pawb yn cysgu so fi'n cymryd y tabledi i gyd"],
    "en": ["he never lets me out of the house", "he was drunk so he hit me", "if he knew he'd hit me",
           "i was so sad so i cut myself"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_so_after_a_clause_and_sa_with_a_condition_stay_urgent(language: str) -> None:
    for text in STILL_URGENT_REVIEW[language]:
        assert assess_risk(text).level == "urgent", text


@pytest.mark.parametrize("text, read", [
    ("so fe byth yn gadael fi fynd mas", "dydy fe byth yn gadael fi fynd mas"),
    ("smo hi byth yn bwrw fi", "dydy hi byth yn bwrw fi"),
    ("odd e'n feddw so fe'n bwrw fi", "odd e yn feddw so fe yn bwrw fi"),
    ("odd e mor grac, so fe'n taflu pethe", "odd e mor grac , so fe yn taflu pethe"),
    ("odd e'n feddw. so fe'n bwrw fi", "odd e yn feddw | dydy fe ddim yn bwrw fi"),
    ("ond so fe'n dreisgar", "ond dydy fe ddim yn dreisgar"),
    ("na, so hi'n gas", "na , dydy hi ddim yn gas"),
    ("ma fe'n gas smo fe'n bwrw fi", "ma fe yn gas dydy fe ddim yn bwrw fi"),
    ("sa fe'n bwrw fi tase fe'n gallu", "sa fe yn bwrw fi tase fe yn gallu"),
    ("sa fe'n bwrw fi. tase fe'n gallu", "dydy fe ddim yn bwrw fi | tase fe yn gallu"),
    ("o'n i'n drist so fi'n crio", "o yn i yn drist so fi yn crio"),
    ("ond so fi'n crio", "ond dw i ddim yn crio"),
    ("so fi'n crio", "dw i ddim yn crio"),
])
def test_so_is_a_negative_at_a_clause_start_only(text: str, read: str) -> None:
    assert pattern_text(text) == read
