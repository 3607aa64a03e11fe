"""A death or a loss told, and someone missed: heard with a word of sympathy (bot.conversation.replies), and never
a wish to change (trial 38 AR7: "Fe gollon ni fe dwy flynedd yn ôl nawr" and "wi'n gweld ei isie fe bob dydd" were
change outcomes; grief told is not a wish)."""
from __future__ import annotations

import re

from .text import plain_fold

#: Someone close: the words a death is said of ("my wife died", "ers i'r wraig farw"), so a phone or a battery that
#: "died" is no loss.
_CLOSE = (r"(?:she|he|they|wife|husband|partner|mum|mother|mam|dad|father|son|daughter|brother|sister|nan|nana|nanna"
          r"|gran|granny|grandma|grandad|grandpa|grandfather|grandmother|friend|baby|boy|girl|children|kids|dog|cat"
          r"|wraig|ngwraig|gwraig|wr|ngwr|gwr|fam|nhad|tad|dad|mab|fab|merch|ferch|brawd|frawd|chwaer|nain|taid|mamgu"
          r"|tadcu|ffrind|babi|ci|gath|hi|o|fo|e|fe)")
#: A death or a loss told: "my wife died two years ago", "since she passed", "I lost my husband", "lost the wife, Mair,
#: four year ago" (ninth trial AC14: no word of sympathy), "golles i'r wraig", "my late wife",
#: "ers i'r wraig farw", "bu farw fy ngwr", "ar ôl colli Mam", "fy niweddar wraig", "profedigaeth".
_KIN = (r"(?:wife|husband|partner|mum|mother|dad|father|son|daughter|brother|sister|nan|gran|grandad|grandma|baby|boy"
        r"|girl|friend)")
_LOSS = re.compile(
    r"(?<![\w'])(?:" + _CLOSE + r"(?:,?\s+[\w']+){0,3}?(?:,?\s+(?:died|passed\s+(?:away|on|last|in)"
    r"|(?:wedi\s+)?marw(?!\s+(?:isio|eisiau|ishe|moyn|am|o\s))|farw)|(?:'s|\s+is)\s+dead(?=\s*(?:$|[.,!;]|now|and|since)))"
    r"|(?:since|when|after)\s+(?:she|he|they)\s+passed|passed\s+away"
    r"|lost\s+(?:my|her|his|our|their|the|me|our\s+own)\s+" + _KIN
    + r"|(?:my|her|his|our)\s+late\s+" + _KIN + r"|bereave(?:d|ment)|widow(?:ed|er)?|funeral"
    r"|death\s+of\s+(?:my|her|his|our)|bu\s+farw"
    r"|(?:colli|golli|gollais|gollodd|golles|gollon|collais|collodd|colles)(?:\s+i|\s+fi|\s+hi|\s+fe|\s+fo)?(?:'r\s+|\s+'r\s+"
    r"|\s+fy\s+|\s+ei\s+|\s+ein\s+|\s+y\s+|\s+yr\s+|\s+)(?:ngwraig|ngwr|wraig|gwr|wr|mam|fam|nhad|tad|dad|mab|merch"
    r"|brawd|chwaer|nain|taid|mamgu|tadcu|babi|ffrind)|niweddar|diweddar\s+\w+|profedigaeth|angladd|gweddw)(?![\w'])",
    re.IGNORECASE)
#: Words with a capital that are no one: "the phone died", "I lost Monday's appointment", "colli Cymraeg".
_NOT_SOMEONE = (r"(?!(?:Phone|Battery|Laptop|Car|Signal|It|That|This|Ffon|Batri|Facebook|Netflix|Wifi|Sky|Tesco|Amazon"
                r"|Google|Instagram|Snapchat|Tiktok|Whatsapp|Cymraeg|Saesneg"
                r"|Welsh|English|Christmas|Nadolig|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
                r"|February|March|April|May|June|July|August|September|October|November|December|Llun|Mawrth|Mercher"
                r"|Iau|Gwener|Sadwrn|Sul|Ionawr|Chwefror|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd"
                r"|Rhagfyr)\b)")
#: Someone named ("Mair died in the spring", "mae Mair wedi marw"): a capital, so "the phone died" is no loss; and a
#: death said in passing (retrial 31 AC14: "since I lost Glenys last spring" got "Thank you for giving so much
#: detail"): "since I lost Glenys", "ers i fi golli Glenys", "after Dai passed" (never "Dai passed his test").
_NAMED_LOSS = re.compile(
    r"(?<![\w'])(?:" + _NOT_SOMEONE + r"[A-Z][a-z]+,?\s+(?:died|passed\s+away|wedi\s+marw|farw)"
    r"|(?i:i|we|she|he)\s+(?i:lost|losing)\s+" + _NOT_SOMEONE + r"[A-Z][a-z]+(?!['\u2019]s)"
    r"|(?:colli|golli|gollais|gollodd|golles|gollon|collon|collais|collodd|colles)(?:\s+i|\s+fi|\s+hi|\s+fe|\s+fo|\s+ni)?\s+"
    + _NOT_SOMEONE + r"[A-Z][a-z]+"
    # "Fe gollon ni fe dwy flynedd yn ôl", "we lost him two years ago" (trial 38 AR7): someone lost, told as ago
    r"|(?i:(?:collon|gollon|collais|gollais|golles|colles|collodd|gollodd)\s+(?:ni|i|fi|hi|fe|fo)\s+(?:fe|fo|e|o|hi)"
    r"|(?:we|i)\s+lost\s+(?:him|her))(?=[^.!?\n]*?(?i:\s(?:ago|yn\s+ol|nol|'nol|llynedd|last\s+year)\b))"
    r"|(?i:since|after|when)\s+" + _NOT_SOMEONE + r"[A-Z][a-z]+\s+passed"
    r"(?!\s+(?:the|his|her|a|an|my|me|it|its|by|through|out|over|round|on\s+the|their|our|your)\b))(?![\w'])")

_PAST = re.compile(r"died|passed|dead|wedi|bu\s+farw|lost|coll|goll", re.IGNORECASE)
_NOT_YET = re.compile(r"(?<![\w'])(?:cyn|before|until|tan)(?![\w'])[^.!?]*$", re.IGNORECASE)


def tells_of_a_loss(text: str) -> bool:
    """Someone close has died ("my wife died two years ago, I've been on my own since", "ers i'r wraig farw"): heard
    with a short word of sympathy, never "that really helps" (stop-25 trial U11)."""
    key = plain_fold(text)
    found = [*_LOSS.finditer(key), *_NAMED_LOSS.finditer(key)]
    # A death still to come ("cyn iddi hi farw", "before she dies") is no loss told.
    return any(_PAST.search(f.group()) or _NOT_YET.search(key[max(0, f.start() - 20):f.start()]) is None
               for f in found)


#: Missing someone, said of a person: "wi'n gweld ei isie fe bob dydd" (South Welsh "gweld eisiau", to miss), "dw i'n
#: gweld ei cholli hi", "I miss him every day", "I miss my wife". A thing missed is a wish ("I used to do aqua aerobics,
#: I miss that": trial 38 AR10), so only a person: a pronoun, kin, or a name.
_MISSES_SOMEONE = re.compile(
    r"(?<![\w'])(?:(?:gweld|weld)\s+(?:(?:ei|eu|fy|dy|ein|i|'i)\s+)?(?:isie|isio|isho|eisiau|eisie|ishe|moyn|colli|cholli|golli)"
    r"\s+(?:fe|fo|e|o|hi|nhw|ti|chi|" + _CLOSE.removeprefix("(?:") + r"(?![\w'])"
    r"|(?:i|we|she|he|they)\s+(?:really\s+|still\s+|so\s+)?miss(?:es)?\s+(?:him|her|them|(?:my|our|his|her)\s+" + _KIN
    + r"|" + _NOT_SOMEONE + r"(?-i:[A-Z][a-z]+))(?![\w']))", re.IGNORECASE)


#: A death told as long ago (AX24, stop 43's trial: "ma Dad di marw ers 6 mlynadd" inside an answer about his mother out
#: on the street at night got only a condolence): two years or more, in figures or words, in either language ("six
#: years ago", "years back", "ers 6 mlynadd", "chwe blynedd yn ôl", "flynyddoedd"). "last year" and "in March" are not.
_LONG_AGO_NUMBER = (r"(?:(?:[2-9]|[1-9][0-9])\s*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
                    r"|twenty|thirty|forty|many|several|a\s+few|a\s+good\s+few|some|dwy|dwi|tair|teir|pedair|pum|pump"
                    r"|chwe|chwech|saith|wyth|naw|deg|deng|ddeng|un\s+ar\s+ddeg|deuddeg|pymtheg|ugain|sawl|lot\s+o"
                    r"|llawer\s+o)\s+)?(?:years?|yrs?|mlynedd|mlynadd|blynedd|blynadd|flynedd|flynadd|blynyddoedd"
                    r"|flynyddoedd|mlwydd)")
#: (a span of years said as ago or since: "I am 80 years old" and "6 years older than her" tell no time of a death)
#: Not bot/data/analysis/risk_long_ago.tsv (harm long over: ten years or more, "back then", in the risk rules' pattern
#: language, read per sentence a harm rule fired in) nor bot.analysis.risk.meaning._YEARS_BACK (a calendar year said,
#: "in 2019"): a death two years back is long ago here, where a harm two years back is not long over there.
_LONG_AGO = re.compile(
    r"(?<![\w'])(?:(?:ers|since|for)\s+(?:over\s+|dros\s+|bron\s+|nearly\s+|about\s+|tua\s+)?" + _LONG_AGO_NUMBER
    + r"|" + _LONG_AGO_NUMBER + r"\s+(?:ago|back|yn\s+ol|nol|'nol|yn\s+'nol))(?![\w'])"
    r"|(?<![\w'])(?:ages\s+ago|donkey'?s\s+years)(?![\w'])", re.IGNORECASE)
#: A death told as recent, near the words of the death (review, stop 44: "my wife died last month, I cared for her for
#: 10 years", "Bu farw Mam wythnos diwetha, roedd hi'n sal ers 6 mlynedd" were read as long ago, with no condolence):
#: last week or month, yesterday, "just died", days or weeks ago, "ddoe", "neithiwr", "wythnos diwetha", "wsnos
#: dwytha", "mis dwetha", "newydd farw", "yn ddiweddar". In plain-folded text.
_RECENT = re.compile(
    r"(?<![\w'])(?:last\s+(?:week|month|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|yesterday|this\s+(?:week|month|morning|year)|recently|just\s+(?:died|passed|lost|gone)"
    r"|(?:has|have|had)\s+just|the\s+other\s+(?:day|week)"
    r"|(?:a\s+few|few|couple\s+of|a\s+couple\s+of|[1-9]|[1-9][0-9]|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:days?|weeks?|wks?|months?)\s+ago|a\s+(?:week|month|fortnight)\s+ago"
    r"|ddoe|neithiwr|echdoe|diwetha|diwethaf|dwetha|dwytha|ddiwetha|ddiwethaf|ddwetha|ddwytha"
    r"|(?:wythnos|wsnos|wthnos|mis|pythefnos|bythefnos|wythnose|wythnosau|fis|dydd|diwrnod|ddiwrnod|dyddie)"
    r"\s+(?:yn\s+ol|nol|'nol|yma|hyn|'ma|ma)"
    r"|newydd\s+(?:farw|marw|golli|colli|fynd)|yn\s+ddiweddar|ddim\s+yn\s+hir\s+yn\s+ol)(?![\w'])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")
#: How near the words of a death a time said must be to be its time: a few words before or after ("Dad died six
#: years ago", "ers 6 mlynadd ma Dad di marw"). Further on, a time is of something else ("…, I cared for her for 10
#: years", "…, roedd hi'n sal ers 6 mlynedd": review, stop 44).
LOSS_TIME_WORDS = 5
_WORDS_AFTER = re.compile(rf"(?:\W+[\w']+){{0,{LOSS_TIME_WORDS}}}")
_WORDS_BEFORE = re.compile(rf"(?:[\w']+\W+){{0,{LOSS_TIME_WORDS}}}$")


def _near_the_death(key: str, start: int, end: int) -> str:
    """The words of a death told at key[start:end], with up to LOSS_TIME_WORDS words either side in its sentence."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(key, 0, start)), default=0)
    stop = next((m.start() for m in _SENTENCE_END.finditer(key, end)), len(key))
    before = _WORDS_BEFORE.search(key[begin:start])
    after = _WORDS_AFTER.match(key, end, stop)
    return (before.group() if before else "") + key[start:end] + (after.group() if after else "")


def loss_long_ago(text: str) -> bool:
    """Every death told in `text` is told as two years ago or more, near the words of the death and with no word of it
    being recent (AX24; review, stop 44): the answer is about something else, so a concern read beside it is heard,
    not a condolence for a death long past."""
    key = plain_fold(text)
    found = [*_LOSS.finditer(key), *_NAMED_LOSS.finditer(key)]
    if not found:
        return False
    for f in found:
        near = _near_the_death(key, f.start(), f.end())
        if not _LONG_AGO.search(near) or _RECENT.search(near):
            return False
    return True


def misses_someone(text: str) -> bool:
    """Someone missed, said of a person ("wi'n gweld ei isie fe bob dydd", "I miss him every day")."""
    return _MISSES_SOMEONE.search(plain_fold(text)) is not None


def without_missing_someone(text: str) -> str:
    """`text` with its words of missing someone blanked out, the same length: what is left may still say a wish."""
    return _MISSES_SOMEONE.sub(lambda m: " " * len(m.group()), plain_fold(text))
