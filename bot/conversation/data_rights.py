"""A person's rights over what they told us, said in the conversation: how to have it deleted, on their channel.

Framework-free. The deleting itself is bot.conversation.erase, reached by Telegram's /delete, the web chat's
"Delete everything I've written" and `whatmatters erase`; here the person who types "can I delete all this?" /
"alla i ddileu hwn i gyd?" (stop-22 trial V20: it had no answer, and the list was shown again) is told how.
"""
from __future__ import annotations

from bot.analysis.about_assistant import asks_to_delete
from bot.conversation.turn import Turn
from bot.messages import for_channel


def how_to_delete(turn: Turn) -> str:
    """The message saying how to delete on this channel (bot/messages/data_rights.yml); a channel with no control
    of its own (the REST door) gets the way that always works: the worker or the council's team."""
    return for_channel("how_to_delete", turn.channel) or "how_to_delete"


def answer_delete_question(turn: Turn) -> bool:
    """Answer "can I delete all this?" with how, and say True; False (nothing said) for any other message."""
    if not asks_to_delete(turn.latest_text):
        return False
    turn.say(how_to_delete(turn))
    # Deleting what they told us leaves the chat on their phone ("sut dwi'n dileu bob dim… rhag ofn i mam weld ffon
    # fi", tenth trial AE14): where the chat app keeps it, how to delete it there too.
    from_the_phone = for_channel("delete_chat_from_phone", turn.channel)
    if from_the_phone is not None:
        turn.say(from_the_phone)
    return True


__all__ = ["answer_delete_question", "how_to_delete"]
