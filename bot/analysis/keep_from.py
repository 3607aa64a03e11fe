"""Asking that something, or who said it, be kept from someone: "please don't let mum know this came from me",
"a sai moyn i dad wbod bo fi di gweud hyn", "os ma fo'n ffeindio allan bydd o'n wyllt".

Such words are a note for the visit at the top of the summary, beside the risk (bot.summary.record.sensitive_words),
never an outcome to confirm at the visit, where mum may be (acceptance trial F14), and never read back on a screen as
a wish (bot.storage.repository.outcomes_for_readback; second stop-25 trial V6). One rule for both.
"""
from __future__ import annotations

import re

from bot.analysis.cue_patterns import matches, prepared
from bot.analysis.outcomes import sentences

#: Who must not be told, as data a practitioner can read (bot/data/analysis/untold.tsv).
UNTOLD = "untold.tsv"


def says_who_must_not_be_told(text: str) -> bool:
    """Whether words ask that someone not be told: "dont tell mum", "plis paid gweud wrth nan", "Rhodri ddim yn cael
    gwbod", "I don't want him to know".

    The one reader of such wishes. Why one: three readers (this module's pattern, the safety wishes' and the summary's)
    disagreed, so "I don't want him to know" was "what must not be shared" in one answer and "how to contact safely" in
    another, and "A pheidiwch â dweud dim wrth Dylan" was not heard at the safe check. The words are quoted under
    "What must not be shared, and with whom", beside the risk (bot.summary.record), the safe check says they are kept
    (bot.conversation.pause), and after a disclosure they are a safety wish, never an outcome
    (bot.analysis.safety_wish).
    """
    t = prepared(text)
    return bool(t) and matches(UNTOLD, "untold", t)


#: Other ways of asking that something, or who said it, be kept from someone: "this came from me", "between you and
#: me", "heb iddi wybod", or fearing they find out.
_KEEP_FROM = re.compile(
    r"\bcame\s+from\s+me\b|\bwithout\s+(?:her|him|them)\s+knowing\b|\bbetween\s+you\s+and\s+me\b"
    r"|\bheb\s+i(?:ddi|ddo|ddyn\s+nhw)\s+wybod\b|\bdod\s+(?:gen\s+i|oddi\s+wrtha\s+i|wrtha\s+i)\b", re.I)
#: Fear of someone finding out (second stop-25 trial V6: "os ma fo'n ffeindio allan bydd o'n wyllt", a 15-year-old
#: about his dad, was read back as how he wants to be supported).
#: Stop 48 (BB14, the twenty-fourth trial): a young carer's "mum finds out I told" and "os ma mam yn ffeindio allan bo
#: fi 'di deud" were read as memory and nothing was kept from mum: "yn" before the finding out, "ofn" / "rhag ofn" /
#: "scared" / "in case" before it, and the finding out that they told, said alone, are the same fear. "found out I
#: said", "nath mam ffeindio allan", past, is no fear of it.
_FINDS_OUT_CY = r"(?:ffeindio\s+allan|ffindio\s+allan|ffindio\s+mas|ffeindio\s+mas|cael\s+gwybod|clywed)"
_I_TOLD_CY = (r"(?:bod|bo|mod|fod)\s+(?:fi|i)\s+(?:wedi\s+|di\s+|['’]di\s+)?"
              r"(?:deud|dweud|ddeud|ddweud|gweud|weud|siarad|sôn|son)\b")
_SUBJECT_CY = r"(?:o|fo|e|fe|hi|nhw|dad|mam|nhad|nain|taid)"
_I_TOLD_EN = r"(?:that\s+)?(?:i|i['’]?ve)\s+(?:told|said|spoke|talked|been\s+talking|been\s+telling)\b"
#: Review 48 S5: the fear alone ("ofn", "scared", "worried"), or finding out said without "ma/mae", counts only with
#: "that I told" after it: "Mae hi'n ypset pan yn clywed sŵn mawr", "I'm worried my dad might find out the carers are
#: late again", "rhag ofn bod nhw'n cael gwybod yn rhy hwyr" are everyday worries, and their wishes were lost.
_FEARS_THEY_FIND_OUT = re.compile(
    r"\b(?:os|pan)\s+(?:ma|mae|neith|wneith|fydd|bydd)\s*" + _SUBJECT_CY + r"?\s*['’]?n?\s*"
    r"(?:ffeindio\s+allan|ffindio\s+allan|ffindio\s+mas|ffeindio\s+mas|cael\s+gwybod|clywed)\b"
    r"|\b(?:os|pan)\s+(?:ma|mae|neith|wneith|fydd|bydd)\s*" + _SUBJECT_CY + r"?\s+yn\s+"
    r"(?:ffeindio\s+allan|ffindio\s+allan|ffindio\s+mas|ffeindio\s+mas)\b"
    r"|\b(?:os|pan|rhag\s+ofn|ofn)\s+(?:(?:bod|i)\s+)?(?:(?:ma|mae|neith|wneith|fydd|bydd)\s*)?" + _SUBJECT_CY
    + r"?\s*(?:['’]?n\s*|yn\s+)?(?:" + _FINDS_OUT_CY + r"|gael\s+gwybod|glywed)\s+(?:" + _I_TOLD_CY
    + r"|am\s+(?:hyn|hynna)\b)"
    r"|\b(?:yn|['’]n)\s+" + _FINDS_OUT_CY + r"\s+" + _I_TOLD_CY
    + r"|\b(?:if|when)\s+(?:he|she|they|dad|mum|my\s+\w+)\s+(?:ever\s+)?(?:finds|find|found)\s+out\b"
    r"|\b(?:in\s+case|scared|worried|afraid|terrified|frightened|petrified)\s+(?:that\s+)?"
    r"(?:he|she|they|dad|mum|mam|nan|my\s+\w+)\s+(?:ever\s+|might\s+|will\s+|['’]ll\s+)?(?:finds|find)\s+out\s+"
    + _I_TOLD_EN
    + r"|\b(?:he|she|they|dad|mum|mam|nan|my\s+\w+)\s+(?:finds|find)\s+out\s+" + _I_TOLD_EN,
    re.I)


#: The old joke about a wife: "The wife will kill me if she finds out I said that mind", "bydd y wraig yn fy lladd i",
#: "the missus'll kill me". Banter, not fear: the finding out alone is then no request to keep anything from her
#: (BA19, stop 46 trial: "a request to keep this from someone", and the worker might have kept Glyn's wish from Mair,
#: whom he wanted at the visit). Asked in so many words ("please don't tell my wife") it still is. Only as Glyn told
#: it, "the wife", "y wraig", or "my wife / my other half" with a laugh or a "mind" beside it. Never a husband or "the
#: old man" / "y gŵr" (review 47 S4: "the husband will kill me if he finds out I told you", "the old man will kill me
#: if he finds out i told u" and "Bydd y gŵr yn fy lladd i…" may be fear, and the worker lost the wish to keep it
#: from him), and never when abuse is read (`_only_the_joke`).
_THE_SPOUSE = (r"(?:the\s+(?:wife|missus|missis|mrs)"
               r"|(?:y|yr|['’]r)\s+(?:wraig|gwraig|hen\s+wraig|misus|musus|mussus))")
_MY_SPOUSE = (r"(?:(?:my|me|our)\s+(?:wife|missus|missis|mrs|other\s+half|partner)"
              r"|the\s+other\s+half|fy\s+(?:ngwraig|mhartner|partner))")
_KILL_ME = (r"\s*(?:['’]ll|['’]d|['’]s\s+(?:going\s+to|gonna)|will|would|is\s+going\s+to|is\s+gonna|gonna)\s+"
            r"(?:kill|murder|have\s+my\s+guts\s+for)\s+me\b")
_LLADD_FI = r"\s*(?:(?:yn|['’]n)\s*)?(?:mynd\s+i\s+)?(?:fy\s+lladd|lladd\s+fi|ladd\s+fi|'n\s+lladd|fy\s+mlingo)"
_WILL = r"\b(?:bydd|fydd|neith|wneith|geith|ceith|gneith|wnaiff|mae|ma)\s+"
_THE_JOKE = re.compile(r"\b" + _THE_SPOUSE + _KILL_ME + r"|" + _WILL + _THE_SPOUSE + _LLADD_FI, re.I)
_KILL_JOKE = re.compile(r"\b" + _MY_SPOUSE + _KILL_ME + r"|" + _WILL + _MY_SPOUSE + _LLADD_FI, re.I)
#: A laugh or a tag that says it is said in fun ("mind", "lol", "haha", "cofia", "😂").
_IN_FUN = re.compile(r"(?<![\w'’])(?:mind|lol|haha\w*|ha\s+ha|ha|jk|only\s+joking|just\s+joking|joking|cofia|sbo)"
                     r"(?![\w'’])|[😂🤣😉😆😅]", re.I)
#: The harms that make "will kill me" fear, not banter (review 47 S4).
_ABUSE = frozenset({"abuse", "domestic_abuse"})


def reads_abuse(text: str) -> bool:
    """Whether words read as abuse (the risk reader's own reading, any level): then "the wife will kill me if she
    finds out" is fear, not the joke (review 47 S4: "…she hits me when shes angry")."""
    from bot.analysis.risk import assess_risk  # (here: the risk package imports bot.analysis, which imports this)

    return bool(text.strip()) and bool(_ABUSE.intersection(assess_risk(text).categories))


def _only_the_joke(sentence: str, abuse_known: bool = False) -> bool:
    """Whether a sentence's fear of someone finding out is the old joke that a wife "will kill me" (BA19): as Glyn
    told it, or with a sign of fun; never when abuse is read in it or was read in the conversation (`abuse_known`)."""
    if abuse_known:
        return False
    joke = bool(_THE_JOKE.search(sentence) or (_KILL_JOKE.search(sentence) and _IN_FUN.search(sentence)))
    return joke and not reads_abuse(sentence)


def asks_to_keep_from_someone(sentence: str, abuse_known: bool = False) -> bool:
    """Whether a sentence asks that something be kept from someone (who must not be told, or who said it), or fears
    they find out (but not in the joke that a wife "will kill me": BA19, unless abuse is read in it or, `abuse_known`,
    in the conversation: review 47 S4)."""
    return says_who_must_not_be_told(sentence) or _KEEP_FROM.search(sentence) is not None or (
        _FEARS_THEY_FIND_OUT.search(sentence) is not None and not _only_the_joke(sentence, abuse_known))


#: Why it is to be kept from them, said next: not to worry them (stop-34 trial AJ7: "dim ond bod e ddim i wbod bo fi
#: wedi gweud bo fi'n blino. sa i moyn iddo fe boeni." became a thing to keep), "I don't want him to worry", "he'd
#: only worry", "dw i ddim isio iddi hi boeni".
_WORRY_REASON = re.compile(
    r"^\W*(?:(?:and|a|ac|achos|cos|because|just|jyst|dim\s+ond)\s+)?(?:(?:i\s+)?(?:don'?t|do\s+not|dont)\s+want\s+"
    r"(?:him|her|them|mum|dad|nan|\w+)\s+(?:to\s+)?worry(?:ing)?|(?:he|she|they)(?:'d|\s+would|'ll|\s+will)\s+only\s+worry"
    r"|(?:sa\s+i|sai|smo\s+fi|dw\s+i\s+ddim|dwi\s+ddim|dwi'm|dw\s+i'm)\s*(?:'n\s+|\s+yn\s+)?(?:moyn|isio|eisiau|ishe|isie)"
    r"\s+(?:iddo|iddi|iddyn)\s+(?:fe\s+|fo\s+|o\s+|e\s+|hi\s+|nhw\s+)?(?:boeni|becso|poeni|fecso|ffwdanu))",
    re.IGNORECASE)


def gives_the_reason(sentence: str) -> bool:
    """Whether a sentence, said right after one asking to keep something from someone, says why: not to worry them."""
    return _WORRY_REASON.match(sentence) is not None


#: An aside in brackets ("a dwi'n meddwl (paid deud wrthi) bysa chydig o ofal seibiant yn gneud lles i ni'n dau").
_ASIDE = re.compile(r"\([^()]*\)")
#: Where a clause of a sentence ends: a comma or semicolon.
_CLAUSE_END = re.compile(r"[,;]")


#: "and" between two things asked for in one sentence ("just dont talk to me like im a kid n dont tell my mum
#: everything").
_AND = re.compile(r"\s+(?:and|n|&|a|ac)\s+", re.IGNORECASE)
#: A wish of its own about how they are treated, said as an instruction ("just dont talk to me like im a kid", "plis
#: peidiwch siarad lawr efo fi").
_OWN_INSTRUCTION = re.compile(
    r"^\W*(?:(?:just|jyst|jest|and|also|please|plis|pls)\s+)*(?:don['\u2019]?t|dont|do\s+not|never|peidiwch|paid|stop)\s+\w",
    re.IGNORECASE)
#: What is not to be told points back at what was said before it ("don't tell her that", "paid deud wrtho fo hyn",
#: "…that I said"): then the words before are what is kept from them.
_POINTS_BACK = re.compile(r"\b(?:this|that|it|any\s+of\s+(?:this|that|it)|hyn|hynna|hwn|hwnna|hynny|said|told|came"
                          r"|wedes|ddudes|ddeudis|dudis|ddwedes|dwedais|ddywedais)\b", re.IGNORECASE)


def keeps_what_was_said_before(sentence: str, abuse_known: bool = False) -> bool:
    """Whether a sentence asks to keep from someone what was said just before it ("Please don't tell him I said",
    "paid deud wrtho fo hyn", "don't tell her that"): then the sentence before it is what they must not be told, shown
    beside it in the safeguarding section only, never under the answer's own heading (stop 48, BB6: "Her sister visits.
    Her son takes her money every week. Please don't tell him I said" showed the money under Strengths)."""
    return asks_to_keep_from_someone(sentence, abuse_known) and _POINTS_BACK.search(sentence) is not None


def _asked_from(sentence: str) -> int:
    """Where the asking begins in a sentence that asks to keep something from someone: after an instruction of their
    own joined by "and", when the asking names what it covers (re-trial 36 AN4: "just dont talk to me like im a kid n
    dont tell my mum everything" was read wholly as what mum must not be told, and the first wish was lost); else 0."""
    start = 0
    for m in _AND.finditer(sentence):
        before, after = sentence[:m.start()], sentence[m.end():]
        if asks_to_keep_from_someone(before) or not asks_to_keep_from_someone(after):
            break
        if _OWN_INSTRUCTION.match(before) and not _POINTS_BACK.search(after):
            start = m.end()  # the last "and" before the asking: "…like im a kid n dont tell…", not "im a kid"
    return start


def _kept_parts(text: str, abuse_known: bool = False) -> list[tuple[int, int]]:
    """The parts of `text` (start, end) whose words are kept from someone: each sentence that asks it; but when it
    asks only in an aside in brackets, the clause around the brackets only. Why: Gwyn's "Fi, dwi isio cael noson o
    gwsg iawn, dwi'n codi tair gwaith y nos…, a dwi'n meddwl (paid deud wrthi) bysa chydig o ofal seibiant…" is one
    sentence; his wish to sleep, confirmed at the read-back, vanished from the summary's outcomes (stop-26 trial W5).
    """
    parts: list[tuple[int, int]] = []
    for a, b in sentences(text):
        sentence = text[a:b]
        if parts and parts[-1][1] <= a and not text[parts[-1][1]:a].strip() and gives_the_reason(sentence):
            parts.append((a, b))  # "…bo fi'n blino. sa i moyn iddo fe boeni.": why, kept from him too
            continue
        if not asks_to_keep_from_someone(sentence, abuse_known):
            continue
        if asks_to_keep_from_someone(_ASIDE.sub(lambda m: " " * len(m.group(0)), sentence), abuse_known):
            parts.append((a + _asked_from(sentence), b))
            continue
        for aside in _ASIDE.finditer(sentence):
            if asks_to_keep_from_someone(aside.group(0), abuse_known):
                before = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, aside.start())]
                after = _CLAUSE_END.search(sentence, aside.end())
                parts.append((a + (before[-1] if before else 0), a + (after.start() if after else len(sentence))))
    return parts


def kept_from_someone(text: str, outcome_text: str, abuse_known: bool = False) -> bool:
    """Whether an outcome (its words, as stored from `text`) is in a part of `text` that asks to keep something from
    someone (_kept_parts: the sentence, or the clause of a bracketed aside): wholly or partly, so no piece of it is
    read back or shown as a wish. `abuse_known`: abuse was read in the conversation (review 47 S4)."""
    start = text.find(outcome_text)
    if start < 0 or not outcome_text:
        return False
    end = start + len(outcome_text)
    return any(a < end and start < b for a, b in _kept_parts(text, abuse_known))


__all__ = ["asks_to_keep_from_someone", "gives_the_reason", "keeps_what_was_said_before", "kept_from_someone",
           "reads_abuse", "says_who_must_not_be_told"]
