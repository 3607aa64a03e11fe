"""The interface's bilingual catalogue: every key in Welsh and English, every used key present."""
from __future__ import annotations

import re
from pathlib import Path

from bot.web import i18n

TEMPLATES = Path(i18n.__file__).with_name("templates")
# Keys built at run time in templates and the app's modules (prefix + value).
DYNAMIC = {
    "status_": ["new", "viewed", "visit_done"],
    "type_": ["change", "maintenance", "process"],
    "set_by_": ["model", "person", "practitioner"],
    "role_": ["practitioner", "team_manager", "admin"],
    "msg_": ["expired", "signed_out", "group_saved", "visit_marked", "marked_viewed"],
    "action_": ["sign_in", "sign_in_failed", "sign_in_locked", "sign_out", "view_list", "view", "export_pdf",
                "export_json", "export_fhir", "correction", "confirm_group", "visit_done", "marked_viewed", "language", "not_found",
                "forbidden", "csrf_failed", "view_audit", "view_users", "api_list", "api_view", "api_refused",
                "erased", "retention"],
}


def test_every_key_has_welsh_and_english() -> None:
    for key, entry in i18n.catalogue().items():
        assert isinstance(key, str), key
        assert set(entry) == {"cy", "en"}, key
        assert entry["cy"].strip() and entry["en"].strip(), key


def test_every_key_used_exists() -> None:
    used = set()
    for path in [*TEMPLATES.glob("*.html"), *Path(i18n.__file__).parent.glob("*.py")]:
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\b(?:t|bi|both)\(\s*['"]([a-z_]+)['"]""", source))
        for pair in re.findall(r'error_page\(request, \d+, "([a-z_]+)", "([a-z_]+)"\)', source):
            used |= set(pair)
        used |= set(re.findall(r'error="([a-z_]+)"', source))
    used = {k for k in used if not k.endswith("_")}  # prefixes of the dynamic keys below
    for prefix, values in DYNAMIC.items():
        used |= {prefix + v for v in values}
    missing = sorted(k for k in used if k not in i18n.catalogue())
    assert not missing, missing


def test_shared_places_put_welsh_first() -> None:
    assert i18n.both("sign_in") == "Mewngofnodi / Sign in"
    assert str(i18n.bilingual("sign_in")).startswith('<span lang="cy">Mewngofnodi</span>')
