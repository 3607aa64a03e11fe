"""Messages from trials that more than one test quotes, kept once so a fixture is never edited in one place only."""
from __future__ import annotations

#: Stop-21 trial U40: a carer whose own wish differs from what Mam says she wants (whose view each quote is).
U40 = {
    "cy": ("Dyma lle dan ni ddim yn cytuno. Mae Mam yn deud ei bod hi'n iawn a does dim angen help arni hi, a bod hi "
           "isio cal ei gadael i fod. Dydi hi ddim yn iawn. Mae hi'n anghofio bwyta ac yn crwydro allan gyda'r nos. "
           "Dwi isio iddi gael gofalwyr yn y bore a'r nos, ond mi fysa hi'n deud na."),
    "en": ("This is where we don't agree. Mum says she's fine and she doesn't need any help, and she wants to be left "
           "alone. She isn't fine. She forgets to eat and wanders out at night. I want her to have carers morning and "
           "night, but she'd say no."),
}
#: The person's own view in U40, passed on by the carer.
U40_THEIRS = {"cy": ["does dim angen help arni hi", "bod hi isio cal ei gadael i fod."],
              "en": ["she doesn't need any help", "she wants to be left alone."]}
#: The carer's own wish in U40.
U40_HERS = {"cy": "Dwi isio iddi gael gofalwyr yn y bore a'r nos", "en": "I want her to have carers morning and night"}
