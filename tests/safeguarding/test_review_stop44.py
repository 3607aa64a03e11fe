"""The review of stop 44's risk reader (task fixrisk44). Fixtures are the review's probes and new phrasings.

1. A year group is other children only when they are named with it ("boys in year 9", "bois blwyddyn 10"): a bare "im
   in year 7" / "dw i ym mlwyddyn 8" is the writer's age, and softened a father's abuse to bullying. And abuse by an
   adult or the family (dad, stepdad, brother, teacher, athro...) is neither softened nor labelled "bullying by other
   children" when school or a year group is in the message.
2. Parents' ordinary limits (a party, town, a school night, the phone in bed) are not coercive control, in Welsh as in
   English; "he doesn't let me go out" stays urgent.
"""
from __future__ import annotations

import pytest

from bot.analysis.risk import assess_risk, pattern_text
from bot.analysis.risk.meaning import said_of_other_children
from bot.summary.view import category_keys

#: Abuse by an adult or the family, told with school or a year group: urgent, and not labelled bullying.
BY_ADULT = {
    "cy": ["ma dad yn gweiddi arna i bob nos a galw fi'n dwp, dw i ym mlwyddyn 8",
           "mae athro yn yr ysgol wedi cyffwrdd fi", "ma dad yn bwrw fi pan dw i'n dod adre o'r ysgol",
           # new phrasings
           "mae fy llystad yn fy nharo i, mae'r athrawon yn yr ysgol wedi gweld y cleisiau",
           "ma mrawd i'n bwrw fi bob nos, mae o ym mlwyddyn 11"],
    "en": ["dad screams at me every night, he says im useless, im in year 7",
           "my dad hits me when i get home from school", "a teacher at school touched me",
           "my stepdad hits me, the teachers in school have seen the bruises", "my brother hits me, he's in year 11",
           # new phrasings
           "my mum slaps me when i get back from college", "my uncle touched me, i'm in year 6"],
}
#: Other children: still bullying (Cai's trial message stays urgent for the bag taken, labelled bullying).
BY_CHILDREN = {
    "cy": ["ma bois yn blwyddyn 10 yn pigo arna i, galw enwe arna i bob dydd, nethon nhw ddwyn bag fi",
           "ma plant yn ysgol yn pigo arna i, galw enwe ar snapchat bob nos"],
    "en": ["kids at school pick on me, calling me names on snapchat every night",
           "some lads in year 10 took my bag and hit me"],
}
#: Bullying told with an adult who helps: still a concern (a teacher who said she would sort it is not the one doing it).
HELPED = {
    "cy": ["ma plant yn ysgol yn galw enwe arna i ar snapchat bob nos, nath yr athro ddweud bydd e'n sortio fe",
           "ma criw blwyddyn 9 yn galw enwe arna i ar insta bob nos"],
    "en": ["some year 9s keep calling me names on insta every night, my teacher said she will sort it"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_bullying_with_a_helping_adult_is_still_a_bullying_concern(language: str) -> None:
    for text in HELPED[language]:
        found = assess_risk(text)
        assert found.level == "concern", text
        assert category_keys(list(found.categories), text) == ["cat_abuse_bullying"], text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_abuse_by_an_adult_stays_urgent_and_is_not_bullying(language: str) -> None:
    for text in BY_ADULT[language]:
        found = assess_risk(text)
        assert found.level == "urgent", text
        assert "cat_abuse_bullying" not in category_keys(list(found.categories), text), text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_other_children_are_still_bullying(language: str) -> None:
    for text in BY_CHILDREN[language]:
        found = assess_risk(text)
        assert found.level in ("urgent", "concern"), text
        assert "cat_abuse_bullying" in category_keys(list(found.categories), text), text


@pytest.mark.parametrize("text, children", [
    ("i am in year 7", False), ("dw i ym mlwyddyn 8", False), ("mae o ym mlwyddyn 11", False),
    ("he is in yr 9", False),
    ("boys in year 9", True), ("some year 10s", True), ("kids from yr 8", True),
    ("bois blwyddyn 10", True), ("ma bois yn blwyddyn 10", True), ("plant o flwyddyn 7", True),
    ("genod bl 9", True),
])
def test_a_year_group_is_other_children_only_when_they_are_named(text: str, children: bool) -> None:
    assert said_of_other_children(pattern_text(text)) is children


#: Ordinary limits a parent sets: no flag that says "urgent", in either language.
LIMITS = {
    "cy": ["so hi'n gadael fi fynd i'r parti nos sadwrn", "smo nhw'n gadael fi fynd i dre ar ben fy hun, fi'n 12",
           "so hi'n gadael fi weld ffrindie ar nos ysgol", "smo ni'n cael mynd mas ar nos ysgol",
           "dydi mam ddim yn gadael fi fynd i'r parti", "mam ddim yn gadael fi gael ffon yn y gwely"],
    "en": ["she doesnt let me go to the party on saturday night", "they dont let me go to town on my own, im 12",
           "she doesnt let me see my friends on a school night", "we are not allowed out on a school night",
           "mum wont let me have my phone in bed", "dad won't let me go to the disco, i'm 11"],
}
#: Control: still urgent.
CONTROL = {
    "cy": ["so fe'n gadael fi fynd mas", "so ni'n cael gweld neb", "nid yw'n gadael i mi fynd allan",
           "dyw e ddim yn gadael fi weld fy ffrindiau", "dydi o ddim yn gadael fi fynd i nunlle",
           "dyw e ddim yn gadael fi fynd mas ar ben fy hun"],
    "en": ["he doesnt let me see my friends", "he wont let me have my phone", "he will not let me leave the house",
           "he never lets me go out", "he doesnt let me go out on my own"],
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_parents_ordinary_limit_is_not_urgent(language: str) -> None:
    for text in LIMITS[language]:
        assert assess_risk(text).level != "urgent", text


@pytest.mark.parametrize("language", ["cy", "en"])
def test_control_stays_urgent(language: str) -> None:
    for text in CONTROL[language]:
        assert assess_risk(text).level == "urgent", text
