"""The interface's words, from one bilingual catalogue (bot/web/strings.yml)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from markupsafe import Markup

from bot.analysis.types import LANGUAGES

CATALOGUE = Path(__file__).with_name("strings.yml")


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    with CATALOGUE.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def t(key: str, language: str) -> str:
    """The string in the chosen language; a missing key shows itself, so tests catch it."""
    entry = catalogue().get(key)
    if entry is None:
        return key
    return entry.get(language if language in LANGUAGES else "cy") or entry.get("en") or key


def both(key: str) -> str:
    """Welsh first, then English: for places everyone shares (sign-in, errors before sign-in)."""
    cy, en = t(key, "cy"), t(key, "en")
    return cy if cy == en else f"{cy} / {en}"


def bilingual(key: str) -> Markup:
    """Welsh then English as HTML, each marked with its language for screen readers."""
    cy, en = t(key, "cy"), t(key, "en")
    if cy == en:
        return Markup('<span lang="cy">{}</span>').format(cy)
    return Markup('<span lang="cy">{}</span> / <span lang="en">{}</span>').format(cy, en)
