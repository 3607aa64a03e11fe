"""A concern said at a question about good things gets a plain thanks, never praise for detail (second stop-25
trial V12): a 15-year-old's "dad yn yfed lot a wedyn mae o'n gweiddi arna fi a mam..." at "what's going well?" got
"Diolch am roi cymaint o fanylion – mae hynna'n help mawr"."""
from __future__ import annotations

import pytest

from bot import messages
from bot.conversation.safety import read_risk
from tests.conversation.test_disclosure_resume import _conversation, _skip_to

TOLD = {
    "cy": "dim llawer i fod yn onest. dad yn yfed lot a wedyn mae o'n gweiddi arna fi a mam, ond mae nain yn dda efo "
          "fi a dwi'n mynd i dy nain ar ol ysgol weithia. mae Mr Hughes yr athro chwaraeon yn sound hefyd, mae o'n "
          "gadael fi aros yn y gampfa amser cinio pan dwi'm isio mynd allan efo pawb arall",
    "en": "not much tbh. dad drinks a lot and then he shouts at me and mum, but my nan is good to me and I go to "
          "nan's after school sometimes. Mr Hughes the PE teacher is sound too, he lets me stay in the gym at lunch "
          "when I don't want to go out with everyone else",
}


@pytest.mark.parametrize("language", ["cy", "en"])
def test_no_praise_for_detail_when_a_worry_is_read(sqlite_url: str, language: str) -> None:
    reading = read_risk(TOLD[language])
    assert reading.level == "concern" and not reading.please_check, reading  # what the test rests on
    conversation = _conversation(language, role="young_person")
    _skip_to(conversation, "q_strengths")
    conversation.say(TOLD[language])
    for key in ("ack_long", "ack_long_2"):
        assert messages.text(key, language, "ti") not in conversation.text
