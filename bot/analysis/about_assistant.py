"""A question to the assistant itself: "are you a real person?", "who reads this?" ("Say what it is").

The first messages say it is a program and who reads the answers, but people ask again mid-way
("Ydach chi'n berson go iawn, 'ta peiriant?", "r u even a real person", "Pwy fydd yn darllen hyn i
gyd?"). Such a question is not their answer: it gets a short, honest reply, and the question they
were asked is asked again. Asked inside an answer, the answer is kept and the reply given too.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Literal

from bot.analysis.text import iter_tsv, plain_fold, short_message_says

#: How people ask what they are talking to, or who will read it, in Welsh and English, any register.
_ASKS = re.compile(
    r"(?<![\w'])(?:"
    # English: are you a real person / a bot; am I talking to a person; is this a robot
    r"(?:are|r)\s+(?:you|u)\s+(?:even\s+|actually\s+|really\s+)?(?:an?\s+)?(?:real|actual|live|human|person|bot|robot"
    r"|computer|machine|program|programme|ai|chatbot)"
    r"|am\s+i\s+(?:talking|speaking|chatting|typing)\s+(?:to|with)\s+(?:an?\s+)?(?:real|actual|live|human|person|bot"
    r"|robot|computer|machine|ai|chatbot)"
    r"|is\s+(?:this|it|that)\s+(?:just\s+|only\s+)?(?:an?\s+|this\s+|the\s+)?(?:real\s+person|person|human|bot|robot|computer"
    r"|machine|chatbot|automated)"
    r"|who(?:'s|\s+is|\s+will|\s+gets\s+to|\s+can)?\s+(?:actually\s+|really\s+|even\s+)?(?:going\s+to\s+|gonna\s+)?(?:be\s+)?"
    r"(?:reads?|reading|sees?|seeing)"
    r"\s+(?:this|all\s+this|these|my\s+answers|what\s+i\s+(?:write|say|type))"
    r"|(?:does|will)\s+(?:any\s*one|any\s*body|a\s+person|a\s+human|someone|somebody)\s+(?:actually\s+)?(?:read|see)"
    r"|is\s+(?:any\s*one|any\s*body|someone|somebody)\s+(?:reading|there|actually\s+reading)"
    # Welsh: ydach chi'n berson go iawn; wyt ti'n robot; ai peiriant ydach chi; pwy fydd yn darllen hyn
    r"|(?:ydach|ydych|dach|wyt|ych|ydi|ydy|yw|ody|odi|odych)\s+(?:chi|ti|hwn|hyn)\s*(?:'n|yn)?\s*(?:berson|person|ddyn|dyn|ddynes"
    r"|fod\s+dynol|robot|beiriant|peiriant|bot|gyfrifiadur|cyfrifiadur|rhaglen)"
    r"|(?:ai|ti'n|chi'n|tin|chin)\s+(?:berson|person|robot|beiriant|peiriant|bot|gyfrifiadur|rhaglen)"
    # south "ife" / "ai e": "ife person go iawn yw hwn?", "ife robot wyt ti?" (never "ife person neis yw hi?")
    r"|(?:ife|ai\s+e)\s+(?:(?:berson|person)\s+(?:go\s+iawn|byw)|robot|beiriant|peiriant|bot|gyfrifiadur|rhaglen)"
    r"|(?:go\s+iawn|byw)\s*,?\s*(?:'ta|ta|neu)\s+(?:beiriant|peiriant|robot|bot|rhaglen|gyfrifiadur)"
    r"|(?:pwy|phwy)\s+(?:fydd|sy|sydd|neith|wneith|sy'n|fydd\s+yn|sydd\s+yn|sy\s+yn)\s*(?:yn\s+)?(?:darllen|gweld|cael\s+gweld)"
    r"\s+(?:hyn|hwn|hwnna|hynna|fy\s+atebion|yr\s+atebion|beth\s+dw\s+i|be\s+dwi)"
    r"|oes\s+(?:rhywun|rywun|person)\s+(?:yn\s+)?(?:darllen|gweld)"
    # The whole message asks who or what it is (stop 30: "pwy wyt ti?" got "I can't answer that one"): never inside an
    # answer ("who are you to tell me", "pwy wyt ti isio weld?").
    r"|^\W*(?:who|what)\s+(?:are|r)\s+(?:you|u)(?:\s+(?:then|exactly|actually))?\W*$"
    r"|^\W*(?:pwy|beth|be)\s+(?:wyt\s+ti|ydych\s+chi|dach\s+chi|dych\s+chi|ych\s+chi|ydach\s+chi)"
    r"(?:\s+(?:felly|te|ta|'ta|yn\s+union))?\W*$"
    r")(?![\w'])", re.IGNORECASE)

#: Who will see what they write, a family member or anyone else by name: "will my mum see what i write?", "can my
#: dad read this?", "does my family get to see it?", "is this private?", "ydy mam yn cael gweld?", "fydd Dad yn gweld
#: hwn?", "neith mam weld hyn?", "ydy hwn yn breifat?" (stop-20 trial T37: at consent, THE question for a young person).
_OTHERS = (r"(?:my\s+|me\s+|fy\s+|'y\s+|y\s+|the\s+)?(?:mum|mam|mom|mother|dad|father|nhad|tad|parents?|rhieni|family"
           r"|teulu|nheulu|husband|wife|partner|gwr|ngwr|gwraig|ngwraig|boyfriend|girlfriend|cariad|nghariad|brother|sister"
           r"|brawd|mrawd|chwaer|son|daughter|mab|merch|nan|nain|taid|gran|grandad|mam-gu|tad-cu|teachers?|athro|athrawes"
           r"|athrawon|school|ysgol|social\s+worker|police|heddlu|any\s*one(?:\s+else)?|any\s*body(?:\s+else)?|neb\s+arall"
           r"|rhywun\s+arall|other\s+people|pobl\s+eraill|people|pobl)")
#: "he", "hi", "nhw": only with what they write said ("will he see this?"), never "ydy hi'n gweld?" about her eyes.
_THEY = r"(?:they|him|her|he|she|nhw|fo|fe|o|hi|e)"
#: What they write, after "see" / "gweld": "this", "what i write", "hyn", or nothing more ("ydy mam yn cael gweld?");
#: never "see me on Tuesday" (a wish about the visit).
_WRITTEN = (r"(?:\s+(?:this|it|that|what\s+i\s+(?:write|wrote|say|said|type|put)|my\s+(?:answers?|messages?|words)"
                 r"|these|all\s+(?:this|that)|the\s+answers|hyn|hwn|hwnna|hynna|be\s+dwi|be\s+dw\s+i|beth\s+dw\s+i|beth\s+dwi"
                 r"|be\s+fi|fy\s+atebion|yr\s+atebion|y\s+sgwrs|hyn\s+i\s+gyd)(?:'n)?(?![\w']))")
_WHAT_I_WRITE = r"(?:" + _WRITTEN + r"|\s*(?:[?.!]|$))"
_WHO_SEES = re.compile(
    r"(?<![\w'])(?:"
    r"(?:will|would|can|could|does|do|is|are|did|might|gonna)\s+(?:" + _OTHERS + r"(?=\s)|" + _THEY
    + r"(?=\s.*\b(?:see|read|seeing|reading|know|find|told|look|copy)\b" + _WRITTEN + r"))"
    r"\s+(?:ever\s+|also\s+|actually\s+)?"
    r"(?:(?:be\s+able\s+to|get\s+to|going\s+to|gonna|have\s+to|be)\s+)?(?:see|read|seeing|reading|know\s+about"
    r"|find\s+out\s+about|told\s+about|look\s+at|get\s+a\s+copy\s+of)" + _WHAT_I_WRITE
    + r"|who\s+(?:else\s+)?(?:can|will|gets?\s+to|is\s+going\s+to|sees?|reads?)\s*(?:see|read)?"
    r"\s+(?:this|it|what|my|these|all)"
    r"|(?:is|are)\s+(?:this|it|my\s+answers?|these)\s+(?:private|confidential|secret|shared)"
    r"|(?:will|do|does)\s+(?:you|u|this|it)\s+(?:share|tell|show|send)\s+(?:this\s+|it\s+|my\s+answers\s+)?(?:with|to)?\s*"
    + _OTHERS +
    # "are you going to tell someone?", "ydach chi'n mynd i ddeud wrth rywun?" (stop 26, a fresh writer: at the end of a
    # disclosure, a question to us, never an outcome)
    r"|(?:are|r|will|would)\s+(?:you|u)\s+(?:going\s+to\s+|gonna\s+|have\s+to\s+)?(?:tell|report\s+(?:this|it)\s+to"
    r"|pass\s+(?:this|it)\s+on\s+to)\s+(?:some\s*one|some\s*body|" + _OTHERS + r")"
    r"|(?:(?:ydach|ydych|dach|wyt|fyddwch|wnewch|newch|wnei|nei)\s+(?:chi|ti)\s*(?:['\u2019]n\s+|yn\s+)?(?:mynd\s+i\s+)?"
    r"|(?<!i\s)(?:chi|ti)\s*(?:['\u2019]n\s+|yn\s+)mynd\s+i\s+)"
    r"(?:ddeud|dweud|deud|gweud|ddweud|weud)\s+wrth\s+(?:rywun|rhywun|unrhyw\s+un|" + _OTHERS + r")" +
    r"|(?:ydy|ydi|yw|ody|odi|fydd|neith|wneith|gall|all|geith|ceith|caiff|gaiff|oes)\s+(?:" + _OTHERS + r"(?=\s)|"
    + _THEY
    + r"(?=\s.*\b(?:weld|gweld|darllen|ddarllen|wybod|gwybod)" + _WRITTEN + r"))"
    # ("fydd fy mrawd i'n cael gweld hwn?": ninth trial AC10, her question unanswered at consent)
    + r"(?:\s+i(?='))?(?:'n\s+|\s+(?:yn\s+)?)(?:cael\s+|gallu\s+|medru\s+)?"
    r"(?:gweld|weld|darllen|ddarllen|gwybod\s+am|wybod\s+am)"
    + _WHAT_I_WRITE
    # "ond ddim yr ysgol na?", "not school though?", "not my mum right?" (stop-23 trial W12, at consent): a tag question
    # about who gets it.
    + r"|(?:ond\s+|but\s+)?(?:ddim|dim|nid|not)\s+(?:yr?\s+|the\s+)?" + _OTHERS
    + r"\s*,?\s*(?:na|naddo|nag\s+ydy|ie|ia|though|right|yeah|ok|yeh)?\s*\?"
    + r"|(?:ydy|ydi|yw|ody|odi|fydd|neith|geith|gaiff)['\u2019]r\s+" + _OTHERS
    + r"\s+(?:yn\s+)?(?:cael\s+|gallu\s+|medru\s+)?"
    r"(?:gweld|weld|darllen|ddarllen|gwybod|wybod)"
    + r"|pwy\s+(?:yn\s+union\s+)?(?:arall\s+)?(?:fydd|sy|sydd|neith|wneith|geith|gaiff|sy'n|fydd\s+yn|sydd\s+yn"
    r"|sy\s+yn)\s*(?:yn\s+)?"
    r"(?:darllen|gweld|cael\s+gweld|cael\s+darllen|weld|ddarllen)"
    # Where it goes: "ydi hwn yn mynd at fy social worker i?", "does this go to my social worker?", "is this going to
    # my mum?" (stop-21 trial U2: a young person in care asked three times).
    r"|(?:ydy|ydi|yw|ody|odi|fydd|neith|wneith|ydi\s+hyn|oes)\s+(?:hwn|hyn|hwnna|hynna|fy\s+atebion|yr\s+atebion)\s+"
    r"(?:yn\s+)?(?:mynd|fynd|cael\s+ei\s+(?:anfon|yrru|ddangos|rannu))\s+(?:at|i|efo|gyda)\s+" + _OTHERS
    + r"|(?:does|will|would|is|are)\s+(?:this|it|my\s+answers?|these|what\s+i\s+(?:write|say))\s+(?:be\s+)?"
    r"(?:go|going|get\s+sent|sent|shown|passed\s+on)\s+(?:to|back\s+to)\s+" + _OTHERS
    + r"|(?:ydy|ydi|yw|ody|odi|fydd)\s+(?:hwn|hyn|hwnna|hynna|fy\s+atebion|yr\s+atebion)\s+(?:yn\s+)?"
    r"(?:breifat|gyfrinachol|cael\s+ei\s+rannu"
    r"|cael\s+eu\s+rhannu)"
    # Someone named finding out: "will Mark find out about this?", "fydd Mark yn cael gwybod am hyn?" (stop-25 trial
    # U8: a woman whose partner checks her phone got "Thank you, I've noted that.").
    # Someone told of it, named by who they are ("Will the cleaner be told I mentioned the money?", "A fydd y
    # lanhawraig yn cael gwybod fy mod wedi sôn am yr arian?": twelfth trial AJ2, "Diolch, dw i wedi nodi hynny").
    r"|(?:will|would|could|might|can|does|do|is)\s+(?:(?:the|my|our|his|her|that|this)\s+)?\w+\s+(?:ever\s+)?"
    r"(?:find\s+out|get\s+to\s+know|hear|be\s+told|get\s+told|be\s+informed|be\s+let\s+know)\s+"
    r"(?:about\s+)?(?:this|it|what\s+i|that\s+i|i\s+(?:said|told|wrote|talked|mentioned|spoke|complained|reported"
    r"|raised|brought))"
    r"|(?:fydd|neith|wneith|geith|gaiff|ydy|ydi|ody|odi|yw)\s+(?:(?:y|yr|fy|ei|eu|ein)\s+)?\w+(?:\s+i)?"
    r"(?:\s+yn\s+|'n\s+)(?:cael\s+gwybod|ffeindio\s+allan|clywed)\s+"
    r"(?:am\s+)?(?:hyn|hwn|be|beth|mod\s+i|bo\s+fi|fy\s+mod|fod\s+fi|bod\s+fi|i\s+mi|imi)"
    # Someone close finding out that they did this (trial 40 AU9: "will my dad find out i did this" was kept as
    # "anything else" and never answered, while "will my dad see this??" was): "will my dad find out", "will mum know?",
    # "fydd dad yn gwbod?", "neith mam ffeindio allan?"; only where the question ends there or says "this", never
    # "will my mum know how to use it".
    r"|(?:will|would|could|might|can|does|do|is|are)\s+" + _OTHERS + r"\s+(?:ever\s+)?(?:find\s+out|know"
    r"|get\s+to\s+know|have\s+to\s+know|need\s+to\s+know|be\s+told|get\s+told|hear\s+about\s+(?:this|it))"
    r"(?:\s+(?:about\s+)?(?:this|it|that|i\s+(?:did|done|said|wrote|told|talked|came|did\s+this)(?:\s+(?:this|it|that))?))?"
    r"\s*(?:[?.!]|$)"
    r"|(?:fydd|bydd|neith|wneith|geith|gaiff|ydy|ydi|ody|odi|yw|oes\s+rhaid\s+i)\s+" + _OTHERS + r"(?:\s+i)?"
    r"(?:\s+yn\s+|'n\s+|\s+)(?:cael\s+gwbod|cael\s+gwybod|gwbod|gwybod|wybod|wbod|ffeindio\s+allan|ffindio\s+mas"
    r"|ffeindio\s+mas|clywed)(?:\s+(?:am\s+)?(?:hyn|hwn|hynna|hwnna))?\s*(?:[?.!]|$)"
    # What was shared, and with whom: "be ti di rannu??", "what have you shared?", "who did u send it to" (trial 39
    # AT2: after a "please check" a 16-year-old asked, and her question was read as low mood and never answered).
    r"|(?:be|beth|what|wat|wot)\s+(?:wyt\s+ti|ti|dach\s+chi|dych\s+chi|ych\s+chi|ydych\s+chi|nest\s+ti|wnest\s+ti"
    r"|naethoch\s+chi|wnaethoch\s+chi|have\s+(?:you|u)|did\s+(?:you|u)|(?:you|u)(?:'ve)?)\s*(?:'n\s+|yn\s+)?"
    r"(?:wedi\s+|di\s+|'di\s+|just\s+)?(?:ei\s+|'i\s+)?(?:rannu|rhannu|yrru|anfon|basio|shared|share|sent|send"
    r"|passed\s+on|pass\s+on|told\s+them|tell\s+them)(?![\w'])"
    r"|(?:who|pwy)\s+(?:have|did|ti|wyt\s+ti|dach\s+chi|ych\s+chi|nest\s+ti)\s*(?:(?:you|u)\s+)?(?:wedi\s+|di\s+)?"
    r"(?:shared\s+(?:it|this|that)\s+with|share\s+(?:it|this|that)\s+with|sent\s+(?:it|this|that)\s+to"
    r"|send\s+(?:it|this|that)\s+to|rannu\s+(?:fo|o|e|hyn|hwn)?\s*(?:efo|gyda|hefo)|yrru\s+(?:fo|o|e|hyn)?\s*at)"
    r")(?![\w'])", re.IGNORECASE)


def asks_who_sees(text: str) -> bool:
    """Whether a message asks who will see or read what they write ("will my mum see what i write?", "pwy fydd yn
    darllen hwn? ydy mam yn cael gweld?", "is this private?"): answered with who does, and who does not."""
    return _WHO_SEES.search(plain_fold(text)) is not None


#: Their information, in the words people use for it: "all this info", "my data", "my answers", "what I write".
_MY_WORDS = (r"(?:(?:(?:all\s+)?(?:this|that|the|my|our|these|those|his|her|mum's|dad's)\s+)?"
             r"(?:info|information|data|details|answers?|words|stuff|messages?|notes)|(?:all\s+)?(?:this|that|it)(?=\s+(?:after|afterwards|when|once|then)"
             r"|\s*\?)|what\s+i\s+(?:write|wrote|say|said|type|put))")
#: The same in Welsh: "yr wybodaeth 'ma", "fy nata i", "fy atebion", "hyn i gyd", "be dwi'n sgwennu".
_FY_NGEIRIAU = (r"(?:(?:'r\s+|yr\s+|y\s+|fy\s+|'y\s+|ein\s+)?(?:wybodaeth|gwybodaeth|nata|data|manylion|atebion|ngeiria"
                r"|ngeiriau|stwff|negeseuon)|(?:hyn|hwn|hwnna|hynna)(?:\s+i\s+gyd)?(?=\s+(?:wedyn|wedi|ar\s+[oô]l)|\s*\?)"
                r"|be\s+dwi'?n\s+(?:sgwennu|ddeud|deud|ysgrifennu))")
#: Asking how long what they write is kept, or whether it goes on their file (stop-22 trial V33, at consent: informed
#: consent needs it answered): "how long do you keep it for", "does it go on my records?", "is it kept forever?",
#: "a ydy o'n mynd ar fy ffeil i am byth?", "am faint dach chi'n cadw hwn?", "pa mor hir fydd o'n cael ei gadw?".
_HOW_LONG_KEPT = re.compile(
    r"(?<![\w'])(?:how\s+long\s+(?:do|will|would|does|is|are|can)\s+(?:you|u|they|it|this|that|my\s+answers?|the\s+answers?"
    r"|these|them)\s+(?:keep(?!\s+\w+ing\b)|store|hold|be\s+kept|kept|stay|be\s+stored|stored|last)"
    r"|(?:kept|stored|keep\s+it|keep\s+them|keep\s+this)\s+(?:forever|for\s+ever|for\s+good|permanently)"
    r"|(?:go|goes|going|stay|stays|be\s+put|put|end\s+up|kept)\s+on\s+(?:my|his|her|our|their|[\w-]+'s)\s+(?:file|records?|notes)"
    r"|(?:am\s+faint|pa\s+mor\s+hir)\s+(?:ydych\s+chi|dach\s+chi|dych\s+chi|chi|wyt\s+ti|ti|fydd|mae|ma|neith|wneith)"
    r"(?:['\u2019]?n|\s+yn)?\s+(?:[\w']+\s+){0,3}?(?:cadw|gadw|storio)"
    r"|(?:mynd|aros|cael\s+ei\s+roi|cael\s+ei\s+gadw)(?:\s+i\s+fod)?\s+(?:ar|yn)\s+(?:(?:fy|'y|ei|y)\s+)?"
    r"(?:ffeil|nghofnod|cofnod|nghofnodion|cofnodion)"
    r"|(?:cadw|gadw)\s+(?:\w+\s+){0,2}?am\s+byth"
    # eighth trial AB9: "how long you keep it?", "is it kept long time?" (English not her first language), "how long u
    # keep it for", "ydy o'n cael ei gadw'n hir?", "am faint o amser chi'n ei gadw?" (asked twice, never answered)
    r"|how\s+long\s+(?:you|u|they)\s+(?:keep|store|hold)"
    r"|(?:is|are)\s+(?:it|this|they|them|my\s+answers?|the\s+answers?)\s+(?:kept|stored)\s+(?:for\s+)?(?:a\s+)?"
    r"(?:long|long\s+time|a\s+long\s+time)"
    r"|(?:cael\s+ei\s+gadw|cael\s+eu\s+cadw)\s*(?:'n|\s+yn|\s+am)\s+(?:amser\s+)?(?:hir|hirach|hydoedd)"
    r"|am\s+faint\s+o\s+amser\s+(?:ydych\s+chi|dach\s+chi|dych\s+chi|chi|wyt\s+ti|ti)(?:['\u2019]?n|\s+yn)\s+(?:ei\s+|eu\s+)?"
    r"(?:cadw|gadw)"
    # retrial 33 AH1: "what happens to all this info after?", "what do you do with my data?" got "Thank you, I've noted
    # that." and were kept as answers; "be sy'n digwydd i'r wybodaeth 'ma wedyn?", "be dach chi'n neud efo fy nata i?"
    r"|what\s+(?:happens|will\s+happen|is\s+going\s+to\s+happen|'?s\s+gonna\s+happen)\s+(?:to|with)\s+" + _MY_WORDS +
    r"|what\s+(?:do|will|does|would|are)\s+(?:you|u|they|the\s+council|the\s+team)\s+(?:going\s+to\s+|gonna\s+)?"
    r"(?:do|doing)\s+with\s+" + _MY_WORDS +
    r"|(?:be|beth)\s+(?:sy|sydd|fydd|neith|wneith)\s*(?:'n|\s+yn)?\s*(?:digwydd|ddigwydd)\s+(?:i|efo|gyda|hefo)\s*"
    + _FY_NGEIRIAU +
    r"|(?:be|beth)\s+(?:ydych|dach|dych|ych|wyt|fyddwch|newch|wnewch|nei|wnei)?\s*(?:chi|ti|nhw|y\s+cyngor)\s*"
    r"(?:'n|\s+yn)?\s*(?:mynd\s+i\s+)?(?:neud|gwneud|wneud|'neud|ei\s+wneud|ei\s+neud)\s+(?:efo|gyda|hefo|a|ag|â)\s*"
    + _FY_NGEIRIAU +
    r")(?![\w'])", re.IGNORECASE)


#: Asking whether someone else may write for them or with them (eighth trial AB9: "Can my son also write? He is 19 and
#: he help a lot, his English is better than mine." got "OK, thank you for that." and was kept as who helps): "can my
#: daughter type for me?", "is it ok if my husband answers?", "can someone else fill this in?", "geith fy mab sgwennu
#: hefyd?", "all fy merch i deipio?", "ydy'n iawn i fy ngŵr ateb?". A family word or "someone else", never "he"/"she"
#: ("can he write?" may ask about the person's hands).
_KIN_WHO_WRITES = (r"(?:(?:my|me|our)\s+)?(?:son|daughter|husband|wife|partner|mum|mam|mom|dad|brother|sister|grandson"
                   r"|granddaughter|niece|nephew|friend|neighbour|neighbor|carer|boy|girl|kids?|some\s*(?:one|body)\s+else"
                   r"|an?\s*other\s+person)")
_PERTHYNAS = (r"(?:(?:fy|'y|ein)\s+)?(?:mab|merch|ngwr|gwr|ngwraig|gwraig|mhartner|partner|mam|nhad|tad|mrawd|brawd"
              r"|chwaer|wyr|wyres|ffrind|nghymydog|cymydog|nghymdoges|cymdoges|rhywun\s+arall|rywun\s+arall|rhywun|rywun)")
_SOMEONE_ELSE_WRITES = re.compile(
    r"(?<![\w'])(?:"
    r"(?:can|could|may|will\s+it\s+be\s+ok(?:ay)?\s+if|is\s+it\s+(?:ok(?:ay)?|alright|all\s+right|fine)\s+(?:if|for))\s+"
    + _KIN_WHO_WRITES + r"\s+(?:also\s+|too\s+|just\s+)?(?:to\s+)?(?:write|writes|type|types|answer|answers"
    r"|fill\s+(?:this|it)\s+in|fills\s+(?:this|it)\s+in|do\s+the\s+typing|take\s+over|help\s+(?:me\s+)?(?:to\s+)?(?:write|type|answer"
    r"|with\s+(?:this|the\s+typing|the\s+answers)))"
    r"|(?:ga|geith|ceith|gaiff|caiff|all|gall|ydy\s*'?n\s+iawn\s+i|ydy\s+hi\s*'?n\s+iawn\s+i|fyddai'?n\s+iawn\s+i)\s+"
    + _PERTHYNAS + r"\s+(?:i\s+|hefyd\s+)?(?:hefyd\s+)?(?:sgwennu|ysgrifennu|sgrifennu|teipio|deipio|ateb|llenwi"
    r"|helpu\s+(?:i\s+)?(?:sgwennu|teipio|ateb))"
    r")(?![\w'])", re.IGNORECASE)


def asks_if_someone_else_can_write(text: str) -> bool:
    """Whether a message asks if someone else may write for or with them ("Can my son also write?"): answered yes,
    and asked to say who is writing when it changes, so the worker knows whose words they are."""
    return _SOMEONE_ELSE_WRITES.search(plain_fold(text)) is not None


def asks_how_long_kept(text: str) -> bool:
    """Whether a message asks how long their answers are kept or whether they go on their file: answered with the
    retention rules (bot/messages/data_rights.yml "how_long_kept"), which also say who gets them."""
    return _HOW_LONG_KEPT.search(plain_fold(text)) is not None


#: Asking whether a person will get in touch (stop-23 trial W8: "Will a real person ring me after this though? I've
#: filled in so many forms for Mum and nobody ever gets back to me", asked three times and never answered): "will
#: someone ring me?", "is anyone going to call me back?", "when will someone contact me?", "fydd rhywun yn ffonio
#: fi?", "neith rhywun gysylltu efo fi?", "pryd fydd rhywun yn cysylltu?". Never "she rings me every night".
_WHO_CONTACTS = re.compile(
    r"(?<![\w'])(?:"
    r"(?:will|would|does|do|is|are|can|could|when\s+will|when\s+does|when\s+do|when\s+would)\s+(?:a\s+(?:real\s+|actual\s+)?"
    r"(?:person|human|worker|social\s+worker)|(?:some|any)\s*(?:one|body)(?:\s+(?:actually|real|from\s+the\s+\w+))?|you|u|they"
    r"|the\s+(?:team|council|worker|social\s+worker))\s+(?:actually\s+|ever\s+|even\s+)?"
    r"(?:(?:be\s+)?(?:going\s+to|gonna)\s+)?(?:ring|call|phone|contact|get\s+back\s+to|get\s+in\s+touch\s+with|come\s+(?:and\s+)?see"
    r"|come\s+out\s+to|speak\s+to|talk\s+to)\s+(?:me|us)"
    # messaging, only as "will …" / "is … gonna" (ninth trial AC4: "is someone actually gonna message me tho or is it
    # just this bot"); "can you text me?" is how to reach them, an answer
    r"|(?:will|would|is|are|when\s+will)\s+(?:a\s+(?:real\s+|actual\s+)?(?:person|human|worker|social\s+worker)"
    r"|(?:some|any)\s*(?:one|body)|they|the\s+(?:team|council|worker|social\s+worker))\s+(?:actually\s+|ever\s+|even\s+)?"
    r"(?:(?:be\s+)?(?:going\s+to|gonna)\s+)?(?:message|msg|text|txt|email|e-mail|write\s+to)\s+(?:me|us)"
    # without "me" when the question ends there ("will someone ring?", "is anyone gonna call then?": re-trial 38 AS4)
    r"|(?:will|when\s+will|is|are)\s+(?:a\s+(?:real\s+|actual\s+)?(?:person|human|worker|social\s+worker)"
    r"|(?:some|any)\s*(?:one|body)|the\s+(?:team|council|worker|social\s+worker))\s+(?:actually\s+|ever\s+|even\s+)?"
    r"(?:(?:be\s+)?(?:going\s+to|gonna)\s+)?(?:ring|call|phone|contact|get\s+in\s+touch|be\s+in\s+touch|get\s+back)"
    r"(?:\s+(?:back|then|soon|after\s+this|tho|though))*(?=\s*(?:\?|$))"
    r"|(?:fydd|neith|wneith|wnaiff|ydy|ydi|ddaw|geith)\s+(?:rhywun|rywun|person(?:\s+go\s+iawn)?|gweithiwr|y\s+t[iî]m|y\s+cyngor"
    r"|chi|nhw)\s+(?:yn\s+)?(?:mynd\s+i\s+)?(?:ffonio|ffonio\s+fi|gysylltu|cysylltu|galw|alw|siarad|dod\s+i\s+(?:fy\s+)?ngweld"
    r"|tecstio|decstio|negesu|anfon\s+neges|yrru\s+neges|gyrru\s+neges|hala\s+neges"
    r"|cysylltu\s+(?:efo|gyda|a|â)|gysylltu\s+(?:efo|gyda|a|â))"
    r"|pryd\s+(?:fydd|neith|wneith|ddaw|mae)\s+(?:rhywun|rywun|y\s+gweithiwr|y\s+t[iî]m|nhw)\s+(?:yn\s+)?"
    r"(?:ffonio|cysylltu|gysylltu|galw|dod)"
    r"|how\s+long\s+(?:till|until|til|before)\s+(?:some\s*(?:one|body)|any\s*(?:one|body)|a\s+(?:real\s+)?(?:person|worker"
    r"|social\s+worker)|they|the\s+(?:team|worker|council))\s+(?:gets?\s+in\s+touch|rings?|calls?|phones?|contacts?|gets?\s+back)"
    r"|faint\s+(?:o\s+amser\s+)?(?:nes|cyn|tan)\s+(?:bydd|fydd|i)\s+(?:rhywun|rywun|y\s+gweithiwr|y\s+t[iî]m|nhw)\s+(?:yn\s+)?"
    r"(?:ffonio|cysylltu|gysylltu|galw|dod)"
    r")(?![\w'])", re.IGNORECASE)


#: Asking whether the same worker will come each time (tenth trial AE13: "Will it be the same person each time?" asked
#: again got "I can't answer that one"): "will I get the same worker?", "is it always the same person", "fydd o'r un
#: person bob tro?", "ai'r un gweithiwr fydd yn dod?", "fydd yr un person yn dod bob tro?".
_SAME_WORKER = re.compile(
    r"(?<![\w'])(?:"
    r"(?:will|would|is|does|do|can)\s+(?:it|i|we|they|she|he|mam|mum|dad)\s+(?:be|get|have|see|always\s+be|always\s+get"
    r"|always\s+have|always\s+see|keep|stay\s+with)\s+(?:always\s+)?(?:be\s+)?the\s+same\s+(?:person|worker|one|carer|lady|man"
    r"|social\s+worker|people|face)"
    r"|(?:is|will)\s+(?:it|that)\s+(?:always\s+)?(?:going\s+to\s+be\s+|gonna\s+be\s+)?the\s+same\s+(?:person|worker|one|carer"
    r"|social\s+worker|people)"
    r"|same\s+(?:person|worker|social\s+worker|carer)\s+(?:each|every)\s+(?:time|week|visit)\s*\?"
    r"|(?:fydd|bydd|ydy|ydi|ai|ife)\s*(?:o|e|hi|fo|fe|nhw)?\s*(?:'r|yr)\s+un\s+(?:person|gweithiwr|gweithwraig|un|bobl|wyneb)"
    r"|(?:fydd|bydd|ga\s+i|gaf\s+i|geith|gawn\s+ni)\s+(?:i\s+|mam\s+|dad\s+|ni\s+)?(?:'r|yr|weld\s+yr|gweld\s+yr|gael\s+yr)"
    r"\s+un\s+(?:person|gweithiwr|gweithwraig|un)"
    r")(?![\w'])", re.IGNORECASE)


#: Asking to speak to a person instead of the program (trial 36 AM2: "look can I just speak to a real person instead of
#: a computer", "I want to talk to a real person. a human", "ga i siarad efo person go iawn plis", "ga i siarad â rhywun
#: go iawn" got "OK, thank you for that." or became an outcome). "Can I speak to someone?" asks; "I want to talk to
#: someone about Mum" is an answer, so a wish ("want", "isio") needs "real", "human", "go iawn" or "not a computer".
#: "I want a real person to ring me back, not a letter" is a wish about contact (no "speak to"): it stays an outcome.
_PERSON = (r"(?:(?:a|an|the|some)\s+)?(?:(?:real|actual|proper|live|human)\s+)?(?:person|human(?:\s+being)?|people"
           r"|some\s*one|some\s*body|any\s*one|any\s*body)")
_REAL = (r"(?:(?:a|an)\s+)?(?:real|actual|proper|live)\s+(?:person|human|people|some\s*one|some\s*body)"
         r"|(?:a\s+)?human(?:\s+being)?")
_NOT_A_MACHINE = (r"(?:instead\s+of|not|rather\s+than|and\s+not)\s+(?:a\s+|this\s+|the\s+|some\s+)?"
                  r"(?:computer|bot|robot|machine|program|programme|chatbot|ai|this|thing)")
_PERSON_CY = (r"(?:pherson|person|berson|rhywun|rywun|dyn|ddyn|dynes|ddynes|bod\s+dynol|unrhyw\s+un"
              r"|rhywun\s+o['’]?r\s+t[iî]m)")
_GO_IAWN = r"(?:(?:pherson|person|berson|rhywun|rywun|dyn|ddyn|dynes|ddynes)\s+(?:go\s+iawn|byw|iawn)|bod\s+dynol)"
_NID_PEIRIANT = (r"(?:dim|nid|ddim|yn\s+lle|ac\s+nid)\s+(?:efo\s+|a\s+|gyda\s+)?(?:'r\s+|y\s+|yr\s+)?"
                 r"(?:cyfrifiadur|gyfrifiadur|peiriant|beiriant|robot|bot|rhaglen|hwn|hyn)")
_WITH = r"(?:efo|hefo|gyda|gydag|a|ag|ha|hefyd\s+efo)"
_ASKS_FOR_A_PERSON = re.compile(
    r"(?<![\w'])(?:"
    # "can I (just) speak to a real person", "could I talk to someone", "let me speak to a human"
    r"(?:can|could|may|let|cant|can't)\s+(?:i|me|we)\s+(?:please\s+|pls\s+|plz\s+)?(?:just\s+|not\s+)?(?:speak|talk|chat)"
    r"\s+(?:to|with)\s+" + _PERSON +
    # "I want / need / would like to talk to a real person", "i wanna speak to a human"
    r"|(?:want|wanna|need|would\s+like|(?:i|i')d\s+like|id\s+like|rather)\s+(?:to\s+)?(?:speak|talk|chat)\s+(?:to|with)\s+"
    r"(?:" + _REAL + r"|" + _PERSON + r"\s+(?=" + _NOT_A_MACHINE + r"))"
    r"|(?:put|get|give|pass)\s+me\s+(?:through\s+)?(?:to|onto|a)\s+(?:" + _REAL + r"|(?:a\s+)?person)"
    r"|^\W*(?:" + _REAL + r")\s*(?:please|pls|plz|now)?\W*$"
    # Welsh: "ga i siarad efo person go iawn", "gaf i siarad â rhywun", "alla i siarad gyda rhywun o'r tîm?"
    r"|(?:ga|gaf|gai|alla|allaf|galla|gallaf|fedra|fedraf|medra|gawn|allwn)\s+(?:i|ni)\s+(?:plis\s+)?(?:jyst\s+|jest\s+)?"
    r"(?:siarad|sgwrsio|gael\s+siarad)\s+" + _WITH + r"\s+" + _PERSON_CY +
    # "dw i isio siarad efo person go iawn", "wi moyn siarad â rhywun, dim cyfrifiadur", "hoffwn i siarad â pherson"
    r"|(?:isio|isie|eisiau|moyn|mo'yn|angen|hoffwn|liciwn|licwn|leiciwn|well\s+gen\s+i|well\s+gyda\s+fi)\s+(?:i\s+)?"
    r"(?:siarad|sgwrsio)\s+" + _WITH + r"\s+(?:" + _GO_IAWN + r"|" + _PERSON_CY + r"\s*,?\s*(?=" + _NID_PEIRIANT + r"))"
    r"|^\W*" + _GO_IAWN + r"\s*(?:plis|os\s+gwelwch\s+yn\s+dda|os\s+gweli\s+di\s+['’]n\s+dda)?\W*$"
    r")(?![\w'])", re.IGNORECASE)
#: After the words asking for a person, words that make it a wish for the visit, not a request now ("I'd like to
#: speak to a real person at the visit, not fill in forms", "hoffwn i siarad â pherson go iawn pan fyddan nhw'n dod").
_ABOUT_LATER = re.compile(
    r"^[^.!?\n]*?(?<![\w'])(?:at\s+the\s+visit|when\s+(?:they|you|she|he|someone)|next\s+time|in\s+(?:the\s+)?future"
    r"|about\s+(?:my|her|his|their|mum|dad|the)|yn\s+yr\s+ymweliad|pan\s+(?:fyddan|fydd|ddaw|dôn|don)|y\s+tro\s+nesa"
    r"|am\s+(?:fy|ei|mam|dad|y))(?![\w'])", re.IGNORECASE)
#: Beside the request, this many words or fewer ("are you deaf? I SAID", "a human. not this", "look") say nothing of
#: their own: the message is the request.
WORDS_BESIDE_A_REQUEST = 5


def _asked_for_a_person(folded: str) -> re.Match[str] | None:
    """The words asking to speak to a person, in folded text, unless what follows makes it a wish for later."""
    for found in _ASKS_FOR_A_PERSON.finditer(folded):
        if _ABOUT_LATER.match(folded[found.end():]) is None:
            return found
    return None


def asks_for_a_person(text: str) -> bool:
    """Whether a message asks to speak to a person instead of the program ("can I speak to a real person", "ga i
    siarad â rhywun go iawn"): answered honestly (what this is, who reads the answers and when, how to reach a person
    now), never an outcome or a concern."""
    return _asked_for_a_person(plain_fold(text)) is not None


#: A wish to speak to someone with nothing after it ("i want to speak to someone", "dwi isio siarad efo rhywun"): where
#: no question is waiting (the read-back's "is this right?") it asks for a person, no wish to add to the list (stop 44's
#: review); at a question it stays an answer ("I want to talk to someone about Mum" above).
_SOMEONE_NOW = re.compile(
    r"^\W*(?:(?:i|i'?d|id)\s+)?(?:really\s+)?(?:want|wanna|need|would\s+like|like)\s+(?:to\s+)?(?:speak|talk|chat)"
    r"\s+(?:to|with)\s+" + _PERSON +
    r"|^\W*(?:(?:dw\s*i|dwi|wi|fi|rwy|rydw\s+i)(?:['’]?n)?\s+)?(?:isio|isie|eisiau|moyn|mo'yn|angen|isho)\s+(?:i\s+)?"
    r"(?:siarad|sgwrsio)\s+" + _WITH + r"\s+" + _PERSON_CY +
    r"|^\W*(?:hoffwn|liciwn|licwn|leiciwn)(?:\s+i)?\s+(?:siarad|sgwrsio)\s+" + _WITH + r"\s+" + _PERSON_CY)
_NOW_AND_NOTHING_ELSE = re.compile(r"^(?:\s*(?:please|pls|plz|plis|now|nawr|rwan|rŵan|os\s+gwelwch\s+yn\s+dda))*\W*$")


def asks_for_someone_now(text: str) -> bool:
    """asks_for_a_person, or a wish to speak to someone and nothing else ("i want to speak to someone"): a request for
    a person where no question is waiting (the read-back)."""
    if asks_for_a_person(text):
        return True
    folded = plain_fold(text)
    found = _SOMEONE_NOW.match(folded)
    return found is not None and _NOW_AND_NOTHING_ELSE.match(folded[found.end():]) is not None


def where_a_person_is_asked(text: str) -> tuple[int, int] | None:
    """(start, end) of the sentence asking to speak to a person, in an answer ("…my mate Gareth helps with the digging
    now. look can I just speak to a real person instead of a computer"): kept in the words, never an outcome."""
    folded = plain_fold(text)
    found = _asked_for_a_person(folded) if len(folded) == len(text) else None
    if found is None:
        return None
    start = max((m.end() for m in re.finditer(r"[.!?\n]+\s*", text[:found.start()])), default=0)
    stop = re.search(r"[.!?\n]", text[found.end():])
    return start, len(text) if stop is None else found.end() + stop.end()


#: Doubting talking to a program, about the assistant itself (re-trial 36 AN2: "ga i siarad â rhywun go iawn? sai'n
#: siŵr am siarad gyda cyfrifiadur am hyn i gyd" was filed as the answer to "what would he like to change?" and the
#: question skipped): "not sure about talking to a computer", "I don't like typing to a machine", "feels weird telling
#: a robot this", "dw i ddim yn licio siarad efo peiriant". Never an outcome; "Mum likes talking to Alexa" is no doubt.
_DOUBTS_A_MACHINE = re.compile(
    r"(?<![\w'])(?:"
    r"(?:not\s+(?:too\s+|so\s+|really\s+)?sure|unsure|(?:don'?t|do\s+not|dont)\s+(?:really\s+)?(?:like|want|fancy|trust"
    r"|feel\s+(?:right|comfortable))|rather\s+not|hate|weird|strange|odd|uncomfortable|uneasy|funny|wary|nervous|awkward)"
    r"\s+(?:[\w']+\s+){0,3}?(?:talking|talk|speaking|speak|typing|type|telling|tell|chatting|chat|writing|write|saying"
    r"|say)\s+(?:(?:all\s+)?(?:this|that|it|these\s+things|things|stuff)\s+)?(?:to|with)\s+(?:an?\s+|the\s+|this\s+|some\s+)?"
    r"(?:computer|machine|bot|robot|program|programme|chatbot|ai)"
    r"|(?:(?:sai|sa\s+i|dwi\s*(?:'m|ddim)|dw\s+i\s*(?:'m|ddim)|dydw\s+i\s+ddim|wi\s+ddim|fi\s+ddim|rwy\s+i\s*ddim)\s*(?:'n\s+|yn\s+)?"
    r"(?:siwr|licio|leicio|lico|hoffi|isio|isie|moyn|eisiau|gyfforddus|cyfforddus)"
    r"|rhyfedd|od|anghyfforddus|well\s+(?:gen|da|gyda)\s+(?:i|fi)\s+(?:beidio|peidio))"
    r"\s+(?:[\w']+\s+){0,3}?(?:siarad|sgwrsio|deud|dweud|gweud|ddeud|ddweud|weud|teipio|sgwennu|ysgrifennu)"
    r"\s+(?:(?:hyn|hyn\s+i\s+gyd|pethe|pethau|petha)\s+)?(?:efo|hefo|gyda|gydag|a|ag|wrth)\s+(?:y\s+|'r\s+|rhyw\s+)?"
    r"(?:cyfrifiadur|gyfrifiadur|peiriant|beiriant|robot|bot|rhaglen|raglen)"
    r")(?![\w'])", re.IGNORECASE)


def doubts_a_machine(text: str) -> bool:
    """"not sure about talking to a computer", "sai'n siŵr am siarad gyda cyfrifiadur": about the assistant itself,
    said beside a request for a person or on its own: answered honestly, never their answer or an outcome."""
    return _DOUBTS_A_MACHINE.search(plain_fold(text)) is not None


def _only_a_request_for_a_person(folded: str) -> bool:
    """The request for a person with next to nothing beside it ("are you deaf? I SAID can I speak to a real person",
    "I want to talk to a real person. a human. not this"), or beside it only a doubt about talking to a program ("ga i
    siarad â rhywun go iawn? sai'n siŵr am siarad gyda cyfrifiadur am hyn i gyd", AN2)."""
    span = where_a_person_is_asked(folded)
    if span is None:
        return False
    beside = folded[:span[0]] + " " + folded[span[1]:]
    beside = " ".join(part for part in re.split(r"(?<=[.!?\n])", beside) if not _DOUBTS_A_MACHINE.search(part))
    beside = _ASKS_FOR_A_PERSON.sub(" ", re.sub(_NOT_A_MACHINE, " ", beside, flags=re.IGNORECASE))
    return len(re.findall(r"[^\W\d_]+", beside)) <= WORDS_BESIDE_A_REQUEST


def asks_about_the_same_worker(text: str) -> bool:
    """Whether a message asks if the same worker will come each time: nobody knows yet, and they are told so and whom
    to ask, every time they ask."""
    return _SAME_WORKER.search(plain_fold(text)) is not None


def asks_who_gets_in_touch(text: str) -> bool:
    """Whether a message asks if, or when, a person will get in touch ("will a real person ring me?", "fydd rhywun yn
    ffonio fi?"): answered with who reads their answers and that the worker gets in touch, never left unsaid."""
    return _asked_who_gets_in_touch(plain_fold(text)) is not None


#: Where a question without its question mark begins: the message or a sentence ("nah. is someone actually gonna message
#: me tho or is it just this bot", ninth trial AC4: "Got it, thanks."), or after "and", "but", "so".
_ASKED_FROM_HERE = re.compile(r"(?:^|[.!?]\s*|(?<![\w'])(?:and|but|so|ond|a|ac|felly)\s+)$")


def _asked_who_gets_in_touch(folded: str) -> re.Match[str] | None:
    """The words asking it, in folded text: asked as a question ("?" after it), or a sentence opens with it."""
    found = _WHO_CONTACTS.search(folded)
    return found if found is not None and ("?" in folded[found.start():]
                                           or _ASKED_FROM_HERE.search(folded[:found.start()])) else None


#: Asking whether someone will get into trouble because of what they told us (ninth trial AC4: "ydy mam yn mynd i gal
#: trwbl achos fi wedi deud hyn? 😬" got "Diolch, dw i wedi nodi hynna.", twice): "will mum get in trouble?", "am i in
#: trouble", "is she gonna be in trouble cos of me", "fydd mam mewn trwbl?", "ga i drwbl?", "neith dad gael trafferth?".
_TROUBLE = re.compile(
    r"(?<![\w'])(?:"
    r"(?:will|would|is|are|am|could|might|can|does|do|did)\s+(?:[\w']+\s+){0,3}?(?:going\s+to\s+|gonna\s+)?"
    r"(?:(?:get|be|end\s+up|land)\s+(?:[\w']+\s+)?)?(?:in|into)\s+(?:trouble|bother|any\s+trouble)"
    # retrial 31 AD2: "fydd mam yn cal row?" (a telling-off), "ydw i mewn trwbl am weud hyn i gyd?"
    r"|(?:ydy|ydi|yw|ody|odi|ydw|wyt|ydych|ydach|fydd|fydda|fyddai|fyddan|fyddi|fyddwch|neith|wneith|geith|ceith|gaiff"
    r"|caiff|ga|gaf|gai)\s+"
    r"(?:[\w']+\s+){0,5}?(?:(?:mewn\s+|gal\s+|cal\s+|gael\s+|cael\s+|ca'l\s+|ga'l\s+)?(?:trwbl|drwbl|nhrwbl|helynt)"
    r"|mewn\s+(?:trafferth|helynt)|(?:gal|cal|gael|cael|ca'l|ga'l)\s+(?:row|stwr|ffrae))"
    r")(?![\w'])", re.IGNORECASE)

#: A parent, or home, in the words of a child afraid of being taken from them.
_FROM_HOME = (r"(?:(?:my|me|fy|'y|y)\s+)?(?:mum|mam|mom|mummy|dad|nhad|tad|dadi|parents?|rhieni|family|teulu|nheulu"
              r"|nan|nain|mamgu|mam-gu|gran|home|adre|adra|gartre|gartref|'ma|ma|yma)")
#: A child's fear of being taken away from a parent or home (retrial 31 AD2: a 14-year-old asked twice "fydd rhywun yn
#: mynd a fi bant o mam?" and got "Diolch."): "will they take me away from mum", "will i be put in care", "do i have
#: to leave mum", "can i stay with mum?", "fydd rhywun yn mynd â fi o 'ma", "fydda i'n cael fy rhoi mewn gofal?", "ga
#: i aros efo mam?". Never a care home ("will I have to go into a care home?" is an older person's worry).
_TAKEN_AWAY = re.compile(
    r"(?<![\w'])(?:"
    r"(?:will|would|could|might|can|are|is|do|does|did)\s+(?:[\w']+\s+){0,3}?(?:going\s+to\s+|gonna\s+|try\s+to\s+)?"
    r"take\s+(?:me|us)\s+(?:away|(?:off|from)\s+" + _FROM_HOME + r")"
    r"|(?:will|would|could|might|am|do|does|can)\s+(?:i|we)\s+(?:[\w']+\s+){0,2}?(?:be\s+|get\s+)?(?:taken\s+(?:away|off|from"
    r"|into\s+care)|put\s+(?:in|into)\s+(?:care|foster)|(?:have|need)\s+to\s+(?:leave\s+" + _FROM_HOME
    + r"|go\s+(?:in|into)\s+(?:care|foster))|(?:go|be\s+sent)\s+(?:in|into)\s+(?:care|foster)(?!\s+home))"
    r"|(?:can|could|will|do|would|am)\s+(?:i|we)\s+(?:still\s+)?(?:get\s+to\s+|be\s+allowed\s+to\s+|be\s+able\s+to\s+)?"
    r"(?:stay|live|be)\s+(?:with|at)\s+" + _FROM_HOME +
    r"|(?:fydd|neith|wneith|ydy|ydi|ody|odi|ydyn|fyddan)\s+(?:[\w']+\s+){0,3}?(?:yn\s+)?(?:mynd\s+)?(?:a|ag|mynd\s+a)\s+fi"
    r"\s+(?:(?:bant|i\s+ffwrdd|ffwrdd|oddi\s+yma|oddi\s+'ma|o'ma)(?:\s+(?:o|oddi\s+wrth)\s+" + _FROM_HOME + r")?"
    r"|(?:o|oddi\s+wrth)\s+" + _FROM_HOME + r")"
    r"|(?:fydda|fyddai|fydd|ydw|dw|ga|gaf|geith)\s+i\s*(?:'n\s+|yn\s+)?(?:cael\s+fy\s+(?:nghymryd|cymryd|rhoi\s+mewn\s+gofal"
    r"|symud)|gorfod\s+(?:gadael\s+" + _FROM_HOME + r"|mynd\s+(?:i\s+ofal|at\s+deulu\s+maeth|i\s+fyw\s+at\s+rywun))"
    r"|mynd\s+i\s+ofal|aros\s+(?:efo|gyda|da|gyd|at|yn|adre|adra|gartre)(?:\s+" + _FROM_HOME + r")?)"
    r"|(?:fydd|oes)\s+rhaid\s+i\s+fi\s+(?:adael|symud\s+o)\s+" + _FROM_HOME +
    r")(?![\w'])", re.IGNORECASE)


def asks_about_trouble(text: str) -> bool:
    """Whether a message asks if someone will get into trouble (answered honestly: a person decides, not the program;
    the worker reads it, and their job is to help; never a promise of what will happen)."""
    return _asked_about_trouble(plain_fold(text), _TROUBLE) is not None


def asks_about_being_taken_away(text: str) -> bool:
    """Whether a child asks if they will be taken from a parent or home ("fydd rhywun yn mynd a fi bant o mam?"):
    answered as honestly as trouble is, with what the worker is there for; never an outcome, never a promise."""
    return _asked_about_trouble(plain_fold(text), _TAKEN_AWAY) is not None


def _asked_about_trouble(folded: str, pattern: re.Pattern[str] | None = None) -> re.Match[str] | None:
    """As _asked_who_gets_in_touch: a question mark after it, a sentence that opens with it, or the message ends it.

    Asked of trouble (_TROUBLE) and of being taken away (_TAKEN_AWAY); with no pattern, either."""
    if pattern is None:
        return _asked_about_trouble(folded, _TAKEN_AWAY) or _asked_about_trouble(folded, _TROUBLE)
    found = pattern.search(folded)
    if found is None:
        return None
    after = folded[found.end():]
    # At the end of the message without its question mark only with a verb that asks ("…and if i go to nans full time
    # will i get in trouble"), never "my brother is always in trouble".
    asks_at_the_end = not re.search(r"[^\W\d_]", after) and re.match(
        r"(?:will|would|could|might|am|can|do|fydd|fydda|fyddai|neith|wneith|geith|gaiff|ga|gaf|gai|ydw)\b",
        found.group(0))
    asked = "?" in after or _ASKED_FROM_HERE.search(folded[:found.start()]) is not None or asks_at_the_end
    return found if asked else None


#: Asking what the point of this is, or whether anyone will really read it (seventh trial AA1: "be di'r pwynt o hyn?
#: sori, dwi di deud hyn i gyd wrth y nyrs ardal… Dwi jest isio gwbod os oes rhywun am ddarllen hwn go iawn." got
#: "Diolch." and both sentences became outcomes): "what's the point of this", "beth ydi'r pwynt?", "be di'r pwynt o
#: hyn?", "is anyone actually going to read this?", "oes rhywun am ddarllen hwn go iawn", "fydd rhywun yn darllen hwn
#: go iawn?". Never "what's the point of living" or "dwi ddim yn gweld pwynt" (despair: the risk reader's).
_THIS = (r"(?:this|all\s+this|these(?:\s+questions)?|this\s+(?:form|chat|thing)|it\s+all|doing\s+this"
         r"|filling\s+this\s+in)")
_HYN = (r"(?:hyn|hwn|hyn\s+i\s+gyd|hwn\s+i\s+gyd|hyn\s+i\s+gyd\s+eto|y\s+cwestiynau\s+(?:yma|ma|'ma)"
        r"|y\s+ffurflen\s+(?:yma|ma|'ma)|hwnna|hynna|(?:yr\s+)?holl\s+beth|'r\s+holl\s+beth)")
_POINT = re.compile(
    r"(?<![\w'])(?:"
    r"what(?:'s|s|\s+is)\s+(?:even\s+)?the\s+point(?:\s+(?:of|in)\s+" + _THIS + r"(?![\w'])|\s*\?|\s*$)"
    r"|(?:be|beth)\s*(?:'?\s*di|\s+ydi|\s+ydy|\s+yw|\s+di)\s*(?:'r\s+|\s+)?(?:pwynt|pwrpas|diben)"
    r"(?:\s+(?:o|i|gyda|efo)\s*'?\s*" + _HYN + r"(?![\w'])|\s*\?|\s*$)"
    r"|pa\s+bwynt(?:\s+(?:sy|sydd)\s+(?:i|mewn)\s+" + _HYN + r")?\s*\?"
    r"|(?:(?:is|will|does|would)\s+(?:any\s*one|any\s*body|some\s*one|some\s*body|a\s+(?:real\s+)?person)"
    r"|(?:if|whether)\s+(?:any\s*one|any\s*body|some\s*one|some\s*body|a\s+(?:real\s+)?person)"
    r"(?:\s+(?:is|will|does|would))?)\s+"
    r"(?:actually\s+|even\s+|really\s+|ever\s+)*(?:going\s+to\s+|gonna\s+)?(?:actually\s+|even\s+|really\s+)*"
    r"(?:reads?|looks?\s+at|sees?)\s+(?:this|these|it|what\s+i\s+(?:write|wrote|say|put))"
    r"|(?:oes|os)\s+(?:rhywun|rywun|unrhyw\s+un|person)\s+(?:am|yn\s+mynd\s+i|'n\s+mynd\s+i|yn\s+mynd\s+i)\s+(?:ddarllen|darllen)"
    r"\s+" + _HYN +
    r"|(?:fydd|neith|wneith|ydy|ydi|ody|odi)\s+(?:rhywun|rywun|unrhyw\s+un)\s+(?:wir\s+)?(?:yn\s+)?(?:mynd\s+i\s+)?"
    r"(?:darllen|ddarllen)\s+" + _HYN + r"\s+(?:go\s+iawn|o\s+ddifri|wir)"
    r")", re.IGNORECASE)


#: Asking who or what the safeguarding team is, which the consent question names (re-trial 38 AS6: "What is a
#: safeguarding team?" at consent got "Sorry, I didn't quite catch that"): "what's the safeguarding team?", "who are
#: the safeguarding team", "what do the safeguarding team do?", "Beth yw tîm diogelu?", "pwy ydy'r tîm diogelu?", "be
#: mae'r tîm diogelu'n neud?". Never "my sister is on the safeguarding team".
_SAFEGUARDING_TEAM = re.compile(
    r"(?<![\w'])(?:"
    r"(?:what|wat|who)(?:'s|s|\s+is|\s+are|\s+r)?\s+(?:(?:a|an|the|this|that|your|ur|these)\s+)?safeguarding"
    r"(?:\s+(?:team|people|lot|service|unit))?(?=\s*(?:team|people|lot|service|unit|mean|then|exactly|please|[?.!]|$))"
    r"|what\s+(?:do|does|would|will)\s+(?:the\s+|a\s+|your\s+)?safeguarding\s+(?:team|people)\s+(?:do|mean)"
    r"|(?:beth|be|pwy)\s+(?:yw|ydy|ydi|di|ydyn|ydan|ydach|sy)?\s*(?:'r\s+|y\s+|yr\s+|'r)?\s*(?:tim|tiim)\s+(?:diogelu|ddiogelu)"
    r"|(?:beth|be)\s+(?:mae|ma|neith|fydd|wneith)\s*(?:'r\s*|\s+y\s+)?(?:tim|tiim)\s+diogelu"
    r")", re.IGNORECASE)


def asks_what_the_safeguarding_team_is(text: str) -> bool:
    """Whether a message asks who or what the safeguarding team is: answered plainly (who they are, that they help keep
    people safe, when they would see what was written), never an answer or a yes or a no."""
    return _SAFEGUARDING_TEAM.search(plain_fold(text)) is not None


def asks_the_point(text: str) -> bool:
    """Whether a message asks what the point of this is, or whether anyone will really read it (anywhere in it):
    answered honestly with who reads it and when; never an outcome."""
    return _POINT.search(plain_fold(" ".join(text.split()))) is not None


def about_assistant_reply(text: str) -> str:
    """The message key for a question about the assistant: how long it is kept (with who gets it), who sees the
    answers, what the point is (who reads it and when), whether a person will get in touch, or what it is. Asking to
    speak to a person comes first: whatever else is in it, how to reach one is what they need (trial 36 AM2)."""
    if asks_for_a_person(text):
        return "real_person"
    if doubts_a_machine(text):
        return "unsure_of_a_computer"
    if asks_what_the_safeguarding_team_is(text):
        return "safeguarding_team"
    if asks_the_point(text):
        return "point_of_this"
    if asks_how_long_kept(text):
        return "how_long_kept"
    if asks_if_someone_else_can_write(text):
        return "someone_else_writes"
    if asks_about_being_taken_away(text):  # before trouble: "fydd mam yn cal row? fydd rhywun yn mynd a fi bant?"
        return "taken_away"
    if asks_about_trouble(text):
        return "in_trouble"
    if asks_who_sees(text):
        return "who_sees"
    if asks_who_gets_in_touch(text):
        return "who_gets_in_touch"
    if asks_about_the_same_worker(text) and _ASKS.search(plain_fold(text)) is None:
        return "same_worker"  # (asked with "who's going to read this?", that is answered first: answers.py says both)
    return "about_assistant"


#: Asking for the question again: "where were we?", "what do you mean?", "ble o'n ni?", "be dach chi'n feddwl?".
_AGAIN = re.compile(
    r"(?<![\w'])(?:where\s+were\s+we|where\s+(?:was|were|are|r)\s+we(?:\s+up)?\s+to"  # "where was we to?" (AG6)
    r"|where\s+was\s+we(?![\w'])"  # "right im back where was we" (retrial 33 AG6)
    r"|where\s+did\s+we\s+(?:get\s+to|leave\s+(?:it|off)|stop)"
    r"|where\s+was\s+i(?:\s+up\s+to)?\W*$|what\s+(?:do|did)\s+(?:you|u)\s+mean|what\s+was\s+the\s+question"
    r"|(?:can|could)\s+(?:you|u)\s+(?:repeat|say)\s+(?:that|the\s+question)|come\s+again"
    r"|(?:ymhle|ble|lle)(?:['’]r|\s+yr)?\s+(?:o['’]?n|oeddan|oedden|roedden|oeddem|roeddem|ro['’]?n)(?:\s+ni|(?=\W*$))|(?:ble|lle)\s+(?:o['’]?n|oeddwn|ro['’]?n)\s+i\W*$|be\s*(?:dach|dych|ych)\s+chi['’]?n\s+(?:ei\s+)?feddwl"
    r"|beth\s+(?:ydych|dych)\s+chi['’]?n\s+(?:ei\s+)?feddwl|be\s+ti['’]?n\s+(?:ei\s+)?feddwl|beth\s+oedd\s+y\s+cwestiwn"
    r"|be\s+oedd\s+y\s+cwestiwn|(?:be|beth)\s+(?:chi|ti)['’]?n\s+(?:ei\s+)?(?:feddwl|olygu|ofyn)"
    r"|not\s+sure\s+what\s+(?:you|u)\s+(?:mean|are\s+asking|want))(?![\w'])\W*", re.IGNORECASE)
#: Saying they are not sure what the question means, without a question mark: "Sai'n siŵr beth chi'n feddwl",
#: "not sure what you mean", "dwi'm yn siŵr be ti'n ofyn".
_NOT_SURE_WHAT = re.compile(
    r"^\W*(?:(?:sori|sorry|hmm+|ym+|um+|erm+)\W+)?(?:(?:i'?m|im|i\s+am)\s+)?(?:not|sai|sa\s+i|dwi'?m|dw\s+i\s+ddim|dydw\s+i\s+ddim"
    r"|wi\s+ddim)\s*(?:['’]?n\s+|yn\s+)?(?:sure|siwr|siwr\s+iawn)\s+(?:what|(?:be|beth))\s+(?:(?:you|u|(?:dach|dych|ych)?\s*chi|ti)"
    r"['’]?n?\s*(?:ei\s+)?(?:mean|feddwl|olygu|ofyn|are\s+asking|'re\s+asking)|(?:the\s+question|y\s+cwestiwn)\s+(?:means|yn\s+feddwl))"
    r"\W*$", re.IGNORECASE)


#: "where were we?" first, then a few words of why they were away: longer, what follows is their answer.
BACK_WITH_A_REASON_WORDS = 12
_WHERE_WERE_WE = re.compile(
    r"(?<![\w'])(?:where\s+were\s+we|where\s+was\s+we|where\s+(?:was|were|are|r)\s+we(?:\s+up)?\s+to"
    r"|(?:ymhle|ble|lle)(?:['’]r|\s+yr)?\s+(?:o['’]?n|oeddan|oedden|roedden|oeddem|roeddem|ro['’]?n)(?:\s+ni|(?=\W*$)))(?![\w'])",
    re.IGNORECASE)
#: Why they were away: "dwi 'di bod yn gneud panad", "I've been making a cuppa", "had to see to Dad", "the door".
_AWAY = re.compile(
    r"(?<![\w'])(?:been|had\s+to|was\s+(?:at|on|in|making|seeing|sorting)|making|door(?:bell)?|phone|cuppa|tea|toilet|loo"
    r"|'?di\s+bod|wedi\s+bod|o['’]?n\s+i|gorfod|drws|ffon|panad|paned|te|tŷ\s+bach|ty\s+bach)(?![\w'])", re.IGNORECASE)


#: Saying they are back, and nothing else: "hiya im back, sorry bout that", "helo, dwi nôl, sori am hynna", "back now",
#: "fi nol". (eleventh trial AG6: "hiya im back, sorry bout that. where was we to?" became a thing to keep.)
_ONLY_BACK = re.compile(
    r"^\W*(?:(?:hi+|hiya|hia|hello|helo|hey+|haia|shwmae|s'?mae|ok|okay|right|reit|iawn|sorry|sori|soz)\W+)*"
    r"(?:(?:i'?m|im|i\s+am|dw\s*i|dwi|wi|fi|rwy|rydw\s+i)\s*(?:'?n\s+|yn\s+)?)?(?:back|nol|'nol|yn\s+ol|ol)"
    r"(?:\s+(?:now|again|nawr|rwan|eto))*"
    r"(?:\W+(?:sorry|sori|soz)(?:\s+(?:(?:a|'?bout|about)\s+(?:that|hynna|hwnna|hynny)|am\s+(?:hynna|hwnna|hynny)"
    r"|for\s+(?:the\s+wait|that|keeping\s+you)))?)?\W*$", re.IGNORECASE)


#: Why they came back, after saying so: to finish it ("ok im back. nan said i should finish it 🙄", "dw i nôl. mam wedi
#: deud bod rhaid i fi orffen o": twelfth trial AJ8, listed under Concerns). A short sentence, about finishing this.
_BACK_TO_FINISH = re.compile(
    r"(?<![\w'])(?:finish|complete|do|carry\s+on\s+with)\s+(?:it|this|the\s+rest|this\s+thing)(?![\w'])"
    r"|(?<![\w'])(?:orffen|gorffen|cwblhau|neud|gwneud|wneud)\s+(?:e|o|fe|fo|hwn|hyn|y\s+gweddill|y\s+peth)(?![\w'])",
    re.IGNORECASE)
BACK_TO_FINISH_WORDS = 10


def _back_to_finish(sentence: str) -> bool:
    """A short sentence after "im back" that says they came back to finish it: why they are back, not an answer."""
    return len(sentence.split()) <= BACK_TO_FINISH_WORDS and _BACK_TO_FINISH.search(sentence) is not None


def says_they_are_back(text: str) -> bool:
    """"hiya im back, sorry bout that", with "where were we?" after it or not: back after a break, not an answer."""
    folded = plain_fold(text).strip()
    # "right im back where was we" (retrial 33 AG6: "OK, thank you for that." and kept as a strength): where they
    # were, asked without a stop before it, is a sentence of its own
    folded = re.sub(r"\s+(?=(?:where|ble|lle)\s+(?:was|were|o'?n|oedden|oeddan|roedden|oeddem|roeddem|ro'?n)"
                    r"\s+(?:we|ni)(?![\w']))", ". ", folded)
    sentences = [p for p in re.split(r"(?<=[.!?])\s+", folded) if p.strip()]
    return bool(sentences) and _ONLY_BACK.match(sentences[0]) is not None and all(
        _ONLY_BACK.match(p) or asks_for_the_question_again(p) or _only_where_were_we(p) or _back_to_finish(p)
        for p in sentences)


def _only_where_were_we(sentence: str) -> bool:
    """"where was we", "lle oedden ni": the whole sentence asks where they were, and nothing more."""
    found = _WHERE_WERE_WE.match(sentence.strip())
    return found is not None and re.search(r"[^\W\d_]", sentence.strip()[found.end():]) is None


def asks_for_the_question_again(text: str) -> bool:
    """"Sori, o'n i'n gorfod mynd at Dad… Ble o'n ni?", "what do you mean, how do I want to be supported?":
    a message that ends by asking where they were, or what the question means, is not their answer."""
    folded = plain_fold(text).strip()
    if _NOT_SURE_WHAT.match(folded):
        return True
    first = re.split(r"(?<=[.!?])\s+", folded, maxsplit=1)[0]
    rest = folded[len(first):]
    if (len(folded.split()) <= BACK_WITH_A_REASON_WORDS and first.rstrip().endswith("?")
            and _WHERE_WERE_WE.search(first) and _AWAY.search(rest)):
        return True  # "sori, lle oeddan ni? dwi 'di bod yn gneud panad" (stop-23 trial W26): back, and why away
    last = re.split(r"(?<=[.!])\s+", folded)[-1]
    return _AGAIN.search(last) is not None and folded.rstrip().endswith("?")


#: Asking what happens next, or after this: "be sy'n digwydd nesa ar ol hwn", "what happens after this?", "what's
#: next?" (eleventh trial AG13: asked three times, never answered, and kept as a way to be supported). Never a worry
#: about it ("I worry about what happens next with Mam").
_WHAT_NEXT = re.compile(
    r"(?<![\w'])(?:(?:what|wat|wot)\s+(?:happens|will\s+happen|is\s+going\s+to\s+happen|'?s\s+gonna\s+happen|happens)"
    r"\s+(?:next|now|after|then)|(?:what|wat|wot)(?:'s|\s+is|s)\s+next"
    # simple English, "what happen after this?" (trial 41 AW15: kept as her answer): as a question only, since "what
    # happen after the stroke was…" tells what happened
    r"|(?:what|wat|wot)\s+happen\s+(?:next|now|then|after(?:\s+(?:this|that|it))?)\s*(?:\?|$)"
    # "wat happens about the fortnite guy" (trial 38 re-trial, AR1): what happens about the one they told of
    r"|(?:what|wat|wot)\s+(?:happens|will\s+happen|is\s+going\s+to\s+happen|'?s\s+gonna\s+happen)\s+(?:about|with|to)"
    r"\s+(?:him|her|them|(?:the|that|this)\s+(?:[\w']+\s+)?(?:guy|man|boy|lad|bloke|fella|woman|girl|person|one))"
    r"|(?:be|beth)\s+(?:sy|sydd)\s*(?:'n|\s+n|\s+yn)\s+digwydd\s+(?:efo|hefo|gyda|am|i)(?:\s+(?:fo|fe|hi|nhw)(?![\w'])"
    r"|(?:\s+(?:y|yr)\s+|\s*['’]r\s+|\s+r\s+)(?:[\w']+\s+)?(?:boi|dyn|hogyn|bachan|crwt|ddynes|fenyw|hogan|merch))"
    r"|(?:be|beth)\s+(?:sy|sydd)\s*(?:'n|\s+yn)\s+digwydd\s+(?:nesa|nesaf|nawr|rwan|wedyn|ar\s+[oô]l)"
    r"|(?:be|beth)\s+(?:fydd|neith|wneith)\s+(?:yn\s+)?(?:digwydd|ddigwydd)|(?:be|beth)\s+ddigwyddith"
    # "be sy nesa?", "beth sydd nesaf?", "be sy'n dod nesa?", "what next?" (trial 38 re-trial AS4: no "you" in them)
    r"|(?:be|beth)\s+(?:sy|sydd)\s*(?:['’]n\s+dod\s+|\s+yn\s+dod\s+)?(?:nesa|nesaf)|(?:what|wat|wot)\s+next)(?![\w'])",
    re.IGNORECASE)
_WORRIED_ABOUT = re.compile(r"(?<![\w'])(?:worr\w*|scared|afraid|anxious|concern\w*|poeni|ofn|pryder\w*|becso|gofid)"
                            r"(?![\w'])", re.IGNORECASE)
#: Asking whether to carry on: "fi'n carry on neu?", "do I carry on?", "should I keep going?", "ydw i'n parhau?".
#: Southern "mlan" too: "fi'n cario mlan neu?" (re-trial 33, AG13) got no answer and was filed under Concerns.
_CARRY_ON_ASKED = re.compile(
    r"(?<![\w'])(?:(?:do|shall|should|can|must)\s+i\s+(?:just\s+)?(?:carry\s+on|keep\s+going|continue|go\s+on)"
    r"|(?:fi|dw\s*i|dwi|wi|rwy|ydw\s+i|odw\s+i)\s*(?:'n|\s+yn)\s+(?:carry\s+on|cario\s+(?:mlaen|ymlaen|'mlaen|mlan|'mlan|mla'n)|parhau"
    r"|mynd\s+(?:ymlaen|mlaen))|carry\s+on\s+or\s+(?:what|not))(?![\w'])", re.IGNORECASE)
_A_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


def questions_about_what_next(text: str) -> list[tuple[str, int, int]]:
    """(the reply's key, start, end) for each sentence that asks us what happens next ("return_what_next") or whether
    to carry on ("carry_on_yes", with its question mark): questions to us, answered and never outcomes."""
    found: list[tuple[str, int, int]] = []
    folded = plain_fold(text)
    folded = folded if len(folded) == len(text) else text.replace("’", "'")  # (spans are the typed text's)
    for sentence in _A_SENTENCE.finditer(folded):
        words = sentence.group(0)
        if _WHAT_NEXT.search(words) and not _WORRIED_ABOUT.search(words):
            found.append(("return_what_next", sentence.start(), sentence.end()))
        elif _CARRY_ON_ASKED.search(words) and words.rstrip().endswith("?"):
            found.append(("carry_on_yes", sentence.start(), sentence.end()))
    return found


def asks_what_the_question_was(text: str) -> bool:
    """"back. what was the question again", "ble o'n ni": asking where they were, with or without a question mark."""
    return _AGAIN.search(plain_fold(text)) is not None


#: A question this short (in words) that asks about the assistant is the whole message.
WHOLE_QUESTION_WORDS = 14


#: Saying the answer is still to come: "Before I answer, who actually reads this?", "cyn i fi ateb, pwy sy'n gweld
#: hwn?".
_BEFORE_ANSWERING = re.compile(
    r"^\W*(?:(?:ok|okay|right|sorry|sori|iawn|reit)\W+)?(?:before\s+i\s+(?:answer|reply|say\s+anything|go\s+on|start)"
    r"|cyn\s+(?:i\s+fi\s+|i\s+mi\s+|imi\s+|i\s+)?(?:ateb|atab|ddeud\s+dim|dweud\s+dim|gweud\s+dim|ddechra|ddechrau|mynd\s+ymlaen))",
    re.IGNORECASE)
#: A question said before answering may run on ("Is it going to end up on Mum's file for everyone to see?").
BEFORE_ANSWERING_WORDS = 40


def answer_still_to_come(text: str) -> bool:
    """"Before I answer, who actually reads this? …": the question comes first and the answer is still to come, so
    nothing of the message is their answer (stop-23 trial W7: the person asked that it stay off the record)."""
    return _BEFORE_ANSWERING.match(plain_fold(text)) is not None


def asks_about_assistant(text: str) -> Literal["whole", "part"] | None:
    """"whole" when the message is a question about the assistant, "part" when an answer holds one, else None."""
    folded = plain_fold(text)
    found = (_ASKS.search(folded) or _WHO_SEES.search(folded) or _HOW_LONG_KEPT.search(folded)
             or _asked_who_gets_in_touch(folded) or _POINT.search(" ".join(folded.split()))
             or _SOMEONE_ELSE_WRITES.search(folded) or _asked_about_trouble(folded) or _SAME_WORKER.search(folded)
             or _asked_for_a_person(folded) or _DOUBTS_A_MACHINE.search(folded)
             or _SAFEGUARDING_TEAM.search(folded))
    if found is None:
        return None
    if _only_a_request_for_a_person(folded):
        return "whole"  # "are you deaf? I SAID can I speak to a real person" (AM2): the request, not an answer
    if _BEFORE_ANSWERING.match(folded) and len(text.split()) <= BEFORE_ANSWERING_WORDS:
        return "whole"  # "Before I answer, who actually reads this? ..." (stop-23 trial W7): not their answer
    # An answer in a sentence of its own before it ("ffion. ond … social worker i??", "Dad. will he see this?"):
    # the answer is taken and the question answered too (stop-21 trial U2).
    said_after = _says_more_after(folded, found.end())
    whole = not (answered_before(folded[:found.start()]) or said_after)
    return "whole" if len(text.split()) <= WHOLE_QUESTION_WORDS and whole else "part"


def answered_before(before_question: str) -> bool:
    """Whether the words before a question to the assistant are a sentence of their own with words in it: an answer
    said first ("ffion. ond … social worker i??", "I want more help at home. why do you ask?"), to keep as the answer
    while the question is answered too."""
    sentences = re.split(r"[.!?\n]+", before_question)
    return len(sentences) > 1 and re.search(r"[^\W\d_]", sentences[0]) is not None


#: Words after a question to the assistant that add nothing of their own ("who reads this? just wondering lol").
_NOTHING_AFTER = re.compile(
    r"^(?:(?:just|only|jyst|jest|dim ond)\s+)?(?:wondering|asking|curious|checking|gofyn|holi|meddwl|tsecio|checio)\b"
    r"|^(?:thanks|thank you|ta|cheers|diolch|sorry|sori|lol|haha|x+|ok|okay|iawn|cyn i fi ateb|before i answer)\W*$",
    re.IGNORECASE)
#: A statement after the question holds at least this many words to be their answer, not a sign-off.
SAID_AFTER_WORDS = 3


def _says_more_after(folded: str, end: int) -> bool:
    """Does a statement of their own follow the question ("Will this go on my records? I don't want no fuss.")?

    Such a message is an answer that asks on the way: kept as their answer, and the question answered (stop-26 fresh
    writer, at "anything else"); "pwy sy'n darllen hwn? dwi isio i Eirlys gael mynd allan mwy" kept the wish."""
    mark = folded.find("?", end)
    if mark < 0:
        return False
    after = folded[mark:].lstrip("?!. \n")
    if after.rstrip().endswith("?") or _NOTHING_AFTER.match(after.strip()):
        return False
    return len(re.findall(r"[^\W\d_]+", after)) >= SAID_AFTER_WORDS


#: Words to the assistant about the conversation itself ("you skipped what she wants to change", "ti 'di
#: anghofio gofyn", "nest ti'm gofyn"): a remark on the form, never the person's wish.
_TO_THE_ASSISTANT = re.compile(
    r"^(?:(?:oh|and|but|also|a|ac|ond|hefyd|btw|by\s+the\s+way)\s+)?(?:you|u|ya|ti|chi)\s+"
    r"(?:(?:have|['\u2019]?ve|havent|haven['\u2019]?t|didnt|didn['\u2019]?t|did\s+not|never|just|wedi|['\u2019]?di|ddim\s+wedi|"
    r"heb)\s+)?(?:skipped|skip|missed|miss|forgot|forget|left\s+out|leave\s+out|jumped|asked|ask|repeated|sgipio|neidio|"
    r"anghofio|methu|colli|gofyn|ofyn|hepgor|gadael\s+allan)\b"
    r"|^(?:nest|naethost|wnest|wnaethoch|naethoch|nathoch)\s+(?:ti|chi)\s*(?:['\u2019]?m|ddim)?\s+(?:sgipio|neidio|anghofio|"
    r"gofyn|ofyn|methu)\b"
    # "pls ateb fi tho, fydd rhywun yn mynd a fi bant o mam?" (retrial 31 AD2: kept as a wish to keep): asking for an
    # answer, nothing more in it
    r"|^(?:(?:and|but|so|ok|ond|a|ac|felly|reit)\s+)?(?:(?:pls|plz|plis|please)\s+)?(?:just\s+|jyst\s+|jest\s+)?"
    r"(?:answer|ateb|atab|atebwch)\s+(?:me|fi|fy\s+nghwestiwn|my\s+question)"
    r"(?:\s+(?:pls|plz|plis|please|tho|though|then|te|ta|'ta|nawr|now|gynta|first))*\W*$", re.IGNORECASE)


#: Longer than this, a message that starts with a remark on the form is taken as an answer.
MAX_REMARK_WORDS = 15


#: Telling the assistant it ignored them or did not answer ("helo?? ti di anwybyddu fi eto lol", "you ignored me",
#: "ti heb ateb fi", "you didn't answer me", "are you even listening"): a complaint, never their answer (trial U3).
_IGNORED = re.compile(
    r"(?<![\w'])(?:(?:you|u|ya|ti|chi)\s+(?:(?:have|'ve|just|wedi|'di|di|dal\s+i|still|keep)\s+)?(?:ignored|ignoring|ignore"
    r"|anwybyddu|anwybyddwch|diystyru)|(?:you|u|ya)\s+(?:didnt|didn't|did\s+not|never|havent|haven't|still\s+havent"
    r"|still\s+haven't|dont|don't)\s+(?:answer|answered|reply|replied|listen)|(?:ti|chi)\s+(?:heb|ddim\s+wedi|dal\s+heb)\s+"
    r"(?:ateb|atab|gwrando|wrando)|(?:ti|chi)\s+(?:ddim|dim)\s+yn\s+(?:gwrando|wrando|ateb|atab)"
    r"|(?:wnaethoch|naethoch|nathoch|wnest|nest|nes|ddaru)\s+(?:ti|chi)\s+(?:ddim|mo)\s+(?:ateb|atab|fy\s+ateb)"
    r"|(?:are|r)\s+(?:you|u)\s+(?:even\s+)?(?:listening|there)|(?:wyt|ydach|ydych)\s+(?:ti|chi)\s*(?:'n\s+|yn\s+)?(?:gwrando|wrando|yna)"
    r"|(?:ti|chi)\s*(?:'n|\s+yn)\s+(?:gwrando|wrando)(?=\s*\?)|(?:you|u)\s+(?:even\s+)?listening(?=\s*\?))"
    r"(?![\w'])", re.IGNORECASE)
#: A complaint of being ignored is a short message: longer, it is an answer that says so on the way.
MAX_COMPLAINT_WORDS = 12


def complains_of_being_ignored(text: str) -> bool:
    """"helo?? ti di anwybyddu fi eto lol", "you didn't answer me": a short message telling us we missed something."""
    return short_message_says(text, _IGNORED, MAX_COMPLAINT_WORDS)


#: Telling us it was said already, as a sentence of its own ("I just said.", "I told you", "wedes i", "dwi newydd ddeud
#: hynna", "ddudis i gynna").
_JUST_SAID = re.compile(
    r"^\W*(?:i\s+(?:just|already|literally)\s+(?:said|told\s+you|told\s+u|answered)(?:\s+(?:that|this|it))?"
    r"|i\s+(?:said|told\s+you|told\s+u)(?:\s+(?:that|this|it))?(?:\s+(?:already|before|earlier|just\s+now))?"
    r"|(?:dw\s+i|dwi|wi|fi)\s+(?:newydd|wedi|'di|di)\s+(?:dd?eud|dd?weud|weud|ateb)(?:\s+(?:hynna|hwnna|hynny))?"
    r"|(?:wedes|ddudes|ddeudis|ddudis|ddwedes|ddywedais)\s+i(?:\s+(?:hynna|hwnna|yn\s+barod|gynna|gynne|gynt))*)"
    r"\W*$", re.IGNORECASE)
#: The sentences of a short message.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


def answer_beside_a_complaint(text: str) -> tuple[tuple[int, int], ...] | None:
    """Where the complaint is, sentence by sentence, in "I just said. Mornings. are you listening" (trial 40 AU9: the
    sorry came, and "Mornings", said twice, was kept nowhere): the spans of the complaint and of "I just said", when
    the rest says something; None when the message is only the complaint (or no complaint)."""
    if not complains_of_being_ignored(text):
        return None
    complaint: list[tuple[int, int]] = []
    rest = []
    for piece in _SENTENCE.finditer(text):
        words = piece.group(0)
        if _IGNORED.search(plain_fold(words)) or _JUST_SAID.match(plain_fold(words).strip()):
            complaint.append(piece.span())
        elif re.search(r"[^\W\d_]{2,}", words) and not words.rstrip().endswith("?"):
            rest.append(words)  # (a question beside the complaint is theirs to us: "You didn't answer me. Will it be
            # the same person each time?" is answered, never kept as the answer to the question waiting)
    return tuple(complaint) if complaint and rest else None


#: A hold, the whole message: "wait", "hang on", "one sec", "aros", "eiliad", "arhoswch funud" (trial 40 AU7: "wait",
#: mid-burst, was kept as who is important to him and became his first outcome).
_HOLD = re.compile(
    r"^\W*(?:(?:wait|w8|hang\s+on|hold\s+on|hold\s+up|one\s+(?:sec|second|min|minute|mo|moment)|1\s+(?:sec|min)|a\s+sec"
    r"|(?:just\s+)?(?:a|one)\s+(?:sec|second|min|minute|mo|moment)|sec|secs|2\s+(?:secs|mins)|wait\s+a\s+(?:sec|second|min"
    r"|minute|mo)|aros|arhoswch|arhosa|aros\s+(?:funud|eiliad|am\s+eiliad|am\s+funud)|eiliad|un\s+eiliad|munud|funud"
    r"|dal\s+(?:dy|eich|y)\s+dwr|dal\s+sownd|hang\s+about)\W*)+"
    r"(?:(?:please|pls|plz|plis|lol|x+|sorry|sori|soz|im\s+typing|i'?m\s+typing|dwi'?n\s+teipio)\W*)*$",
    re.IGNORECASE)


def asks_us_to_wait(text: str) -> bool:
    """"wait", "hang on", "aros", "eiliad": the whole message asks us to hold on, never an answer."""
    return _HOLD.match(plain_fold(text).strip()) is not None


#: We went too fast, said to us: "ur going too fast lol i wasnt answering them questions i was just typing", "ti'n
#: mynd rhy gyflym", "o'n i ddim yn ateb", "slow down" (trial 40 AU7: kept as how he likes to talk, and the summary
#: then said someone else was typing for him). Never "people go too fast for me" (not to us).
_TOO_FAST = re.compile(
    r"(?<![\w'])(?:(?:you'?re|youre|ur|you\s+are|u\s+r|u\s+are|your|u)\s+(?:going|goin|moving|asking|being|rushing)"
    r"(?:\s+(?:way|so|too|a\s+bit|bit|really|rly|well|far|sooo+))*\s+(?:too\s+)?(?:fast|quick|quickly)"
    r"|(?:(?:you|u)\s+)?(?:didn'?t|didnt|did\s+not)\s+(?:let|give)\s+me\s+(?:finish|time)"
    r"|i\s+(?:wasn'?t|wasnt|was\s+not)\s+(?:even\s+)?answering|i\s+was\s+(?:just\s+|still\s+)?typing"
    r"|(?:ti|chi)\s*(?:'n|yn)\s+mynd\s+(?:yn\s+)?(?:rhy|mor|lot\s+rhy|llawer\s+rhy)\s+(?:gyflym|sydyn|glou|gloi|ffast)"
    r"|(?:o'?n|on|oeddwn)\s+i\s+(?:ddim\s+yn|heb)\s+(?:ateb|atab)|(?:o'?n|on)\s+i'?n\s+(?:jyst\s+|dal\s+i\s+)?(?:teipio|deipio"
    r"|sgwennu))(?![\w'])", re.IGNORECASE)
#: "slow down", "arafwch", alone.
_SLOW_DOWN = re.compile(
    r"^\W*(?:slow\s+down|arafa|arafwch|slofa|slofwch|slow\s+down\s+(?:pls|please|plis|mate|bro))\W*$", re.IGNORECASE)
#: A complaint about pace is a short message: longer, it is an answer.
TOO_FAST_WORDS = 25


def says_we_went_too_fast(text: str) -> bool:
    """"ur going too fast lol i wasnt answering them questions", "ti'n mynd rhy gyflym": a complaint about our pace."""
    return (short_message_says(text, _TOO_FAST, TOO_FAST_WORDS)
            or _SLOW_DOWN.match(plain_fold(text).strip()) is not None)


#: Questions to us that have a short, true answer (stop-21 trial U13, U8), by the message that answers them.
_QUESTIONS_TO_US = (
    # "did it not save?", "has that saved?", "is it saved", "ydy o wedi cadw?", "nath o ddim safio?"
    ("saved_yes", re.compile(
        r"(?<![\w'])(?:(?:did|has|have|does)\s*(?:n't|nt)?\s+(?:it|that|this|my\s+answers?)\s+(?:not\s+)?(?:save|saved|get\s+saved"
        r"|go\s+through|send|sent|keep|kept)|is\s+(?:it|that|this|everything)\s+(?:been\s+)?saved"
        r"|(?:ydy|ydi|wnaeth|nath|naeth|ddaru)\s+(?:o|e|fo|fe|hwnna|hynna|hwn|popeth)\s+(?:ddim\s+)?(?:wedi\s+)?(?:cadw|gadw"
        r"|cael\s+ei\s+gadw|safio|sefio|mynd\s+drwodd))(?![\w'])\s*\??", re.IGNORECASE)),
    # "Fydd y gweithiwr yn gallu dod ar ddydd Sul?", "can the worker come on a Sunday?" (re-trial 32 AE12: unanswered):
    # which days the worker can come is theirs to talk about
    ("visit_days", re.compile(
        r"(?<![\w'])(?:(?:can|could|will|would|does|do)\s+(?:the\s+)?(?:worker|social\s+worker|some\s*(?:one|body)|they|you"
        r"|she|he)\s+(?:be\s+able\s+to\s+)?(?:come|visit|call|pop|do\s+it)(?:\s+(?:round|over|in|by))?\s+(?:on\s+)?(?:a\s+)?"
        r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|the\s+weekend|evenings?"
        r"|an\s+evening|after\s+(?:work|school|\d))"
        r"|(?:fydd|bydd|all|allith|geith|gall|neith|wneith|ydy|ydi|ody|odi)\s+(?:y\s+gweithiwr|y\s+weithwraig|rhywun|rywun"
        r"|nhw|hi|o|fo|e|fe)\s+(?:yn\s+)?(?:gallu\s+|medru\s+|galler\s+)?(?:dod|ddod|galw|alw|ymweld)(?:\s+(?:draw|heibio|rownd))?"
        r"\s+(?:ar\s+)?(?:ddydd|dydd|nos|y\s+penwythnos|benwythnos|fore|bore|pnawn|brynhawn|prynhawn|gyda['’]r\s+nos))"
        r"(?![\w'])", re.IGNORECASE)),
    # "I dont know if Im allowed a carer's assessment", "can I get a carers assessment?", "oes hawl i asesiad gofalwr?"
    ("carers_assessment", re.compile(
        r"(?<![\w'])(?:carer'?s'?\s+assessment|assessment\s+for\s+(?:me|carers|myself)|asesiad\s+(?:gofalwr|gofalwyr|ofalwr"
        r"|i\s+ofalwyr|i\s+mi|i\s+fi))(?![\w'])", re.IGNORECASE)),
)


#: Asking to have what they told us deleted (stop-22 trial V20): "can I delete all this?", "how do I delete my
#: answers", "i want it all deleted", "alla i ddileu hwn i gyd?", "ga i ddileu be dwi di sgwennu?", "sut ma dileu hwn".
_DELETE = re.compile(
    r"(?<![\w'])(?:(?:can|could|may|how\s+(?:do|can|would)|want\s+to|wanna|like\s+to)\s+(?:i|you|we|u|to)?\s*(?:please\s+)?"
    r"(?:delete|erase|remove|wipe|withdraw|take\s+back)\s+(?:it|this|that|these|everything|all|my\s+(?:answers?|words|messages?"
    r"|details|data|info)|what\s+i\s+(?:said|wrote|put|typed|told\s+you))"
    # re-trial 32 AE14: "how do i get rid of all this off my phone" (never "get rid of all the damp")
    r"|(?:how\s+(?:do|can|would)|can|could|want\s+to|wanna)\s+(?:i|you|we|u)?\s*(?:please\s+)?get\s+rid\s+of\s+(?:it|this"
    r"|that|these|everything|all\s+(?:this|that|of\s+(?:this|it)|my)|the\s+chat|my\s+(?:answers?|messages?|words))"
    r"|(?:want|like|need)\s+(?:it|this|that|everything|them|my\s+(?:answers?|words|data|details))(?:\s+all)?\s+(?:deleted|erased"
    r"|wiped|removed)"
    r"|(?:alla|ga|gaf|gai|galla|allwch|gallwch|allet|elli|allai|gelli)\s+(?:i|chi|ti|ni)?\s*(?:plis\s+)?(?:ddileu|dileu|ddil[eé]to"
    r"|ddileto|gael\s+gwared\s+(?:ar|a|o))(?:'r)?"
    r"|(?:isio|isie|eisiau|moyn|mo'yn|angen)\s+(?:i\s+chi\s+|i\s+ti\s+|ichi\s+)?(?:ddileu|dileu|dileto|ddileto)(?:'r)?"
    r"|sut\s+(?:mae|ma|dw\s+i'n|dwi'n|wi'n|alla\s+i|galla\s+i)\s+(?:ddileu|dileu|'n\s+dileu|yn\s+dileu)"
    # re-trial 32 AE14: "sut dwi'n cal gwared o hwn i gyd oddi ar ffôn fi?" (how do I get rid of all this)
    r"|sut\s+(?:mae|ma|dw\s+i'n|dwi'n|wi'n|fi'n|alla\s+i|galla\s+i|ga\s+i|i|mae\s+cael|ma\s+cal)\s*(?:cal|cael|gal|gael)?"
    r"\s*gwared\s+(?:o|a|ag|ar|oddi\s+ar)\s*(?:'r\s+)?(?:hwn|hyn|hwnna|hynna|popeth|bob\s+dim|y\s+sgwrs|'r\s+sgwrs|sgwrs"
    r"|be|beth|fy\s+atebion|atebion))(?![\w'])",
    re.IGNORECASE)
#: Asking to delete is a short message: longer, it is an answer that happens to mention deleting something.
DELETE_QUESTION_WORDS = 30


def asks_to_delete(text: str) -> bool:
    """A short message asking to have what they told us deleted ("can I delete all this?", "alla i ddileu hwn i
    gyd?"): never their answer, and never a risk to flag; the caller says how on their channel
    (bot.conversation.data_rights). "I deleted my Facebook" and "he wiped the texts" are not asks."""
    return short_message_says(text, _DELETE, DELETE_QUESTION_WORDS)


#: A question asking us for help or to find something, which only the worker can answer: "sa ti'n gallu helpu fi
#: ffeindio gwaith?", "is there a carers group?", "oes 'na grŵp i ofalwyr?", "can you find me a cleaner?" (trial 38
#: AR16: both went unanswered, and the second was kept as a wish).
_ASKS_FOR_HELP = re.compile(
    r"(?<![\w'’])(?:is\s+there\s+(?:a|an|any)|are\s+there\s+(?:any|some)|(?:do|d)\s+(?:you|u)\s+know\s+(?:any|a|of|where)"
    # (to us only: "could someone help with the shopping?" is a wish, and kept as one)
    r"|(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:help|find|get|sort|arrange"
    r"|put\s+me|tell\s+me\s+(?:about|where|how|if))|where\s+(?:can|do|could)\s+(?:i|we)\s+(?:get|find|go)"
    r"|how\s+(?:can|do|could)\s+(?:i|we)\s+(?:get|find|apply|join|contact)"
    r"|(?:sa|sat|fysa|fasa|fasach|fysach|fyddet|fyddech|allet|allech|alli|elli|gelli|fedri|fedrwch|allwch|gallwch|gallet"
    r"|ellwch)\s+(?:ti|chi|di)(?:['’]?n\s+gallu|\s+yn\s+gallu|['’]?n\s+medru)?\s+(?:helpu|ffeindio|ffindio|dod\s+o\s+hyd"
    r"|cael\s+hyd|trefnu|sortio)"
    r"|oes\s+(?:yna|na|['’]na|ene|['’]ne|'ma|rhyw)\s+\w+|oes\s+(?:grwp|grŵp|clwb|rhywun|rhywbeth|help|cymorth)"
    r"|ble\s+(?:alla|galla|gallaf|fedra|ga|ca)\s+i|sut\s+(?:alla|galla|ydw|dw|mae)\s+(?:i\s+)?(?:gael|cael|ffeindio|ymuno))"
    r"(?![\w'’])", re.IGNORECASE)
#: Asking whether what they just said they want can be had where they live: "Ydi hynna'n bosib yn Llŷn?", "is that
#: possible round here?", "fasa hynna ar gael?", "is that an option in Anglesey?" (the eighteenth trial's AU9: inside
#: an answer, it went unanswered). Only the worker knows what is on offer there: they talk it through at the visit.
#: Only "that" / "hynna", pointing back: "is it possible to have a break?" is the wish itself, kept as one.
_IS_IT_POSSIBLE = re.compile(
    r"(?<![\w'’])(?:(?:is|would|will|could)\s+(?:that|this|something\s+like\s+that)\s+(?:be\s+)?(?:possible|available"
    r"|an\s+option|doable|on\s+offer)"
    r"|(?:ydi|ydy|yw|ody|odi|fydd|fasa|fysa|bysa|bydde|fydde|fyddai)\s+(?:hynna|hynny|hyn|hwnna|hwnnw|hwn)"
    r"\s*(?:['’]n\s*|\s+yn\s+)?(?:bosib\w*|posib\w*|ar\s+gael|opsiwn))(?![\w'’])", re.IGNORECASE)


def asks_what_is_possible(text: str) -> bool:
    """Whether a question to us asks if what they want is possible or on offer where they are ("Ydi hynna'n bosib yn
    Llŷn?"): answered honestly, that the worker will talk with them about what is possible where they live."""
    return _IS_IT_POSSIBLE.search(plain_fold(text or "")) is not None
#: Questions of that shape that ask nothing of us: "is there any point?", "oes 'na obaith?", "is there a way to skip".
_ASKS_NOTHING_OF_US = re.compile(r"(?<![\w'’])(?:point|pwynt|hope|gobaith|obaith|use|iws|way\s+to\s+(?:skip|stop|go)"
                                 r"|anything\s+else|rhywbeth\s+arall|angen|need)(?![\w'’])", re.IGNORECASE)


def question_for_the_worker(text: str) -> tuple[int, int] | None:
    """(start, end) of the first sentence asking us for help or to find something ("sa ti'n gallu helpu fi ffeindio
    gwaith?", "is there a carers group?"), with its question mark; None when none does. A chat cannot find work or a
    group: the worker picks it up at the visit, and is told of it."""
    for found in re.finditer(r"[^.!?\n]*\?+", text or ""):
        sentence = found.group(0)
        asks = _ASKS_FOR_HELP.search(sentence) or _IS_IT_POSSIBLE.search(plain_fold(sentence))
        if asks and not _ASKS_NOTHING_OF_US.search(sentence[asks.start():]):
            # from the comma before it: "And someone to talk to who gets it, | is there a carers group?"
            clause = max(sentence.rfind(",", 0, asks.start()), sentence.rfind(";", 0, asks.start())) + 1
            start = found.start() + clause + len(sentence[clause:]) - len(sentence[clause:].lstrip())
            return start, found.end()
    return None


def question_to_us(text: str) -> str | None:
    """The message key of a short, true answer when the message asks us something we can answer ("did it not save?",
    "am I allowed a carer's assessment?"), else None. A carer's assessment is answered only when asked about."""
    folded = plain_fold(text)
    for key, pattern in _QUESTIONS_TO_US:
        found = pattern.search(folded)
        if found is None:
            continue
        if key == "carers_assessment" and not re.search(
                r"\?|allowed|entitled|can\s+i|could\s+i|do\s+i\s+get|how\s+do\s+i|don'?t\s+know\s+if|hawl|ga\s+i|gaf\s+i"
                r"|alla\s+i|sut\s+mae|dwi\s*(?:'m|ddim)\s+yn\s+gwybod", folded):
            continue
        return key
    return None


#: What comes after a question and gives its reason ("? achos fi'n gweithio yn y wthnos", "? because I work"): part of
#: the question.
_ITS_REASON = re.compile(r"^\s*(?:achos|gan|am\s+fod|because|cos|coz|cause|as|since)(?![\w'])", re.IGNORECASE)


def where_visit_days_are_asked(text: str) -> tuple[int, int] | None:
    """(start, end) of the question to us about which days the worker can come, in an answer ("… Fydd y gweithiwr yn
    gallu dod ar ddydd Sul gyda llaw? achos fi'n gweithio yn y wthnos"): its sentence and the reason after it, never an
    outcome (re-trial 32 AE12); None when it asks none. (`fold` keeps every character in place.)"""
    pattern = dict(_QUESTIONS_TO_US)["visit_days"]
    folded = plain_fold(text)
    found = pattern.search(folded) if len(folded) == len(text) else None
    if found is None:
        return None
    start = max((m.end() for m in re.finditer(r"[.!?\n]+\s*", text[:found.start()])), default=0)
    end = text.find("?", found.end())
    end = len(text) if end < 0 else end + 1
    if _ITS_REASON.match(text[end:]):
        stop = re.search(r"[.!?\n]", text[end:].lstrip()[1:])
        end = len(text) if stop is None else len(text) - len(text[end:].lstrip()) + 1 + stop.end()
    return start, end


def remarks_on_the_conversation(text: str) -> bool:
    """"you skipped what she wants to change", "ti 'di anghofio gofyn": words to the assistant about the
    conversation itself, never the person's wish (a piece of an answer, or a whole short message)."""
    return bool(_TO_THE_ASSISTANT.match(text.strip()))


def is_remark_on_the_conversation(text: str) -> bool:
    """A whole short message that is a remark on the form: kept as an aside, not the answer to the question."""
    return len(text.split()) <= MAX_REMARK_WORDS and remarks_on_the_conversation(text)


#: Asking how long the form is: "how long is this?", "how many more questions?", "faint o amser fydd hyn?",
#: "pa mor hir ydi hwn?", "oes lot mwy?".
_HOW_LONG = re.compile(
    r"(?<![\w'])(?:how\s+long\s+(?:is|will|does|'s|s|has|do)\s+(?:this|it|that|the\s+form|the\s+questions?)"
    r"|how\s+(?:many|much)\s+(?:more\s+)?(?:questions?|longer|more|left|to\s+go)|(?:is\s+there|are\s+there)\s+(?:much|many|lots?)"
    r"\s+(?:more|left)|nearly\s+(?:done|finished|there)\s*\?|(?:is\s+this|are\s+we)\s+(?:nearly|almost)\s+(?:done|finished|over)"
    r"|faint\s+o\s+(?:amser|hyd)\s+(?:fydd|neith|wneith|gymrith|gymerith|mae|ma|sy|gymer|cymer)"
    r"|faint\s+(?:mwy\s+)?o\s+(?:gwestiynau|gwestiyna|gwestiwn)|faint\s+(?:mwy|sy\s+ar\s+ol|sydd\s+ar\s+ol)"
    r"|pa\s+mor\s+hir\s+(?:fydd|ydi|ydy|yw|mae|ma|neith)|(?:oes|os)\s+(?:lot|llawer|llwyth)\s+(?:mwy|eto|ar\s+ol)"
    r"|bron\s+(?:wedi\s+)?(?:gorffen|gorffod|drosodd)\s*\?"
    # "is that everything?", "is that it then?", "ydy hwnna'n bob dim?", "ai dyna'r cwbl?" (re-trial 38 AS4)
    r"|^(?:and\s+|so\s+)?(?:is\s+that|was\s+that|are\s+we)\s+(?:it|everything|all|done|finished)(?:\s+then)?\s*\?*$"
    r"|^(?:a\s+|felly\s+)?(?:ydy|ydi|yw|oedd)\s+(?:hwnna|hynna|hwn|hyn|hwnnw|o|e|fe)\s*(?:['’]n|\s+yn)\s+(?:bob\s+dim|bopeth|popeth"
    r"|bobeth|y\s+cwbl|i\s+gyd)(?:\s+(?:felly|te|ta|then))?\s*\?*$"
    r"|^(?:ai\s+)?dyna\s*(?:['’]r|\s+y)\s+(?:cwbl|cyfan|diwedd)(?:\s+(?:felly|te|ta))?\s*\?+$"
    r"|^ai\s+dyna\s+(?:fo|o|fe|e|ni|hi|i\s+gyd)(?:\s+(?:felly|te|ta))?\s*\?*$)", re.IGNORECASE)
#: Asking to go back to an earlier answer: "go back", "can I change what I said about my friends?",
#: "ga i newid be ddudes i am fy ffrindia?", "alla i fynd nôl?".
_GO_BACK = re.compile(
    r"(?<![\w'])(?:go(?:ing)?\s+back(?:\s+(?:a\s+(?:question|step|bit)|one|to\s+(?:the\s+)?(?:last|previous|that)))?"
    r"|change\s+(?:what\s+i\s+(?:said|wrote|put|typed|answered)|my\s+(?:last\s+|other\s+|first\s+)?answers?"
    r"|the\s+(?:last|previous)\s+(?:answer|one|question))|(?:undo|redo)\s+(?:that|the\s+last)"
    r"|(?:mynd|fynd)\s+(?:yn\s+)?(?:ol|nol|'nol|'n\s+ol)|newid\s+(?:be|beth)\s+(?:dd?udes|ddywedais|wedes|ddwedes|nes|sgwennes|ysgrifennais"
    # North Welsh (fifth trial Y5: "fedra i newid be ddeudis i?" was kept as an answer): ddeudis, ddudis, ddeudais.
    r"|dd?eudis|dd?eudes|dd?udis|dd?eudais|dd?udais|ddwedais|ddweudais|ddweudes|wedais|sgwennis|sgwenais|nes\s+i\s+dd?eud"
    r"|atebais)(?:\s+i)?(?:\s+(?:gynt|cynt|o'?r\s+blaen|o\s+blaen|yn\s+gynt|earlier|before))?|newid\s+(?:fy\s+|yr\s+)?(?:ateb|atebion|ateb\s+dwetha|ateb\s+diwethaf))(?![\w'])",
    re.IGNORECASE)
#: Asking about the form is a short message: longer, it is an answer that mentions it.
ABOUT_THE_FORM_WORDS = 14


def asks_about_the_form(text: str) -> Literal["how_long", "go_back"] | None:
    """The message key of the reply when a whole short message asks how long the form is ("how long is this?",
    "faint o amser fydd hyn?") or to go back to an earlier answer ("go back", "ga i newid be ddudes i am fy
    ffrindia?"): not their answer, so the caller keeps it as an aside, replies and asks the question again.
    "I'd like to go back to work" and "dwi isio mynd yn ôl i'r côr" are answers (a wish follows)."""
    folded = plain_fold(text).strip()
    if len(text.split()) > ABOUT_THE_FORM_WORDS:
        return "go_back" if _opens_with_a_change_to(folded) else None
    if _HOW_LONG.search(folded) and (folded.endswith("?") or len(folded.split()) <= 6):
        return "how_long"
    found = _GO_BACK.search(folded)
    if found is None:
        return None
    rest = folded[found.end():].strip(" ?!.,")
    # A wish after it ("go back to work", "mynd yn ôl i'r côr") is an answer; "about my friends" is what to change.
    what_to_change = re.match(r"(?:about|to\s+(?:the\s+)?(?:last|previous|that)|one|question|answer|bit|step|am|ar)\b",
                              rest)
    a_wish = re.match(r"(?:to|i|i'r|at|adra|adre|home|gartre)\b(?!\s+(?:the\s+)?(?:last|previous|that)\b)", rest)
    about_the_form = re.search(r"\b(?:question|questions|answer|answers|cwestiwn|ateb|atebion)\b", rest)
    if about_the_form:  # "can I go back to the garden question?"
        return "go_back"
    return "go_back" if (folded.endswith("?") or not rest or what_to_change) and not a_wish else None


@cache
def _question_names() -> list[tuple[str, str]]:
    """(a name for one of our questions, its slot), longest name first (bot/data/analysis/question_names.tsv)."""
    names = [(name.strip(), slot) for slot, names in iter_tsv("question_names.tsv") for name in names.split(",")
             if name.strip()]
    return sorted(names, key=lambda pair: -len(pair[0]))


#: Asking, not wishing: "can we…", "ga i…", "let's…", or a question mark.
_ASKING = re.compile(r"^\W*(?:can|could|may|ga|gaf|gawn|alla|allwn|galla|gallwn|fedra|fedrwn|medra|let['’]?s|lets"
                     r"|please|plis|pls|sorry|sori|wait|hang\s+on|aros)\b", re.IGNORECASE)
#: What may stand between "go back" and the question's name ("to the question about", "at y cwestiwn am").
_TO_THE_QUESTION = re.compile(
    r"^\W*(?:to|at|i|about|am|ar|re)?\s*(?:(?:the|y|yr|'r)\s+)?(?:(?:question|bit|part|one|cwestiwn|darn)\s+"
    r"(?:about|on|am|ar|ynglyn\s+a)\s+)?(?:(?:the|y|yr|'r)\s+)?")
#: Words beside the question's name that change nothing ("question", "bit", "please", "again").
NAMED_QUESTION_EXTRA_WORDS = 3
GO_BACK_TO_WORDS = 14


def question_named(text: str) -> str | None:
    """The slot of one of our questions that a short message asks to go back to, or to change the answer to ("can we
    go back to who is important", "ga i fynd nôl at pwy sy'n bwysig?", "ga i newid be ddudis i am y pethau sy'n mynd
    yn dda?"; trial 39 AT7: each was kept as an answer); None when none is named, or it is a wish ("I want to go back
    to work"). The conversation decides whether that question was already asked."""
    if len(text.split()) > GO_BACK_TO_WORDS:
        return None
    folded = " ".join(plain_fold(text).lower().replace("’", "'").split())
    found = _GO_BACK.search(folded)
    if found is None or not (_ASKING.match(folded) or folded.rstrip().endswith("?")):
        return None
    rest = folded[found.end():]
    rest = rest[_TO_THE_QUESTION.match(rest).end():].strip(" ?!.,")  # type: ignore[union-attr]
    for name, slot in _question_names():
        at = re.search(r"(?<![\w'])" + re.escape(name) + r"(?![\w'])", rest)
        if at is not None and len(rest.split()) <= len(name.split()) + NAMED_QUESTION_EXTRA_WORDS:
            return slot
    return None


#: A request to change an earlier answer opens a longer message within this many words ("Dwisio newid be ddeudis i
#: gynt am y côr - nos Fercher…", fifth trial Y5: kept as a carer's wish to change).
CHANGE_OPENS_WITHIN_WORDS = 4


def _opens_with_a_change_to(folded: str) -> bool:
    """A long message that opens by asking to change what they said about something ("dwisio newid be ddeudis i gynt
    am y côr - …", "can I change what I said about the choir, …"): the request, whatever follows."""
    found = _GO_BACK.search(folded)
    if found is None or len(folded[:found.start()].split()) > CHANGE_OPENS_WITHIN_WORDS:
        return False
    return re.match(r"\s*(?:about|am|ar)\b", folded[found.end():]) is not None


__all__ = [
    "ABOUT_THE_FORM_WORDS",
    "DELETE_QUESTION_WORDS",
    "WHOLE_QUESTION_WORDS",
    "about_assistant_reply",
    "answer_beside_a_complaint",
    "answered_before",
    "asks_about_assistant",
    "asks_about_being_taken_away",
    "asks_about_the_form",
    "asks_about_the_same_worker",
    "asks_about_trouble",
    "asks_for_a_person",
    "asks_for_the_question_again",
    "asks_how_long_kept",
    "asks_if_someone_else_can_write",
    "asks_the_point",
    "asks_to_delete",
    "asks_us_to_wait",
    "asks_what_is_possible",
    "asks_what_the_question_was",
    "asks_what_the_safeguarding_team_is",
    "asks_who_gets_in_touch",
    "asks_who_sees",
    "complains_of_being_ignored",
    "doubts_a_machine",
    "is_remark_on_the_conversation",
    "question_to_us",
    "remarks_on_the_conversation",
    "says_we_went_too_fast",
    "where_a_person_is_asked",
    "where_visit_days_are_asked",
]
