"""Stop-22 CI: "Siarad Cymraeg efo hi, a pheidio â'i brysio" (speak Welsh with her, and don't rush her), a process
wish, was read as the carer being in a hurry ("brysio"), so it was never kept and every later answer moved up a
question. A hurry is about this conversation; not rushing someone is a wish."""
from __future__ import annotations

import pytest

from bot.conversation.replies import in_a_hurry


@pytest.mark.parametrize("text", ["can we speed this up please, I'm at work", "I'm in a rush, sorry", "dwi ar frys",
                                  "gawn ni frysio plis", "brysiwch plis", "allwn ni fynd drwy hyn yn gyflymach?",
                                  "dim amser gen i am hyn", "no time for all this"])
def test_a_hurry_about_this_conversation(text: str) -> None:
    assert in_a_hurry(text)


@pytest.mark.parametrize("text", ["Siarad Cymraeg efo hi, a pheidio â'i brysio", "peidiwch â brysio hi",
                                  "I'm in a rush every morning getting Mum ready", "Hoffai hi allu cerdded yn gyflymach",
                                  "dont rush her please"])
def test_not_rushing_someone_is_a_wish(text: str) -> None:
    assert not in_a_hurry(text)
