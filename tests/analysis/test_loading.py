"""Models load when a service starts (load() / risk.warm()), never on import (issue 9)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, sys
import bot.analysis, bot.analysis.risk
from bot.analysis import outcomes
from bot.analysis.risk import cache, rules
before = {
    "heavy": sorted(m for m in ("numpy", "scipy", "sklearn", "langdetect") if m in sys.modules),
    "risk_model": cache.fitted_model.cache_info().currsize,
    "risk_rules": rules.rule_set.cache_info().currsize,
    "outcome_model": outcomes._model is not None,
}
bot.analysis.risk.configure(cache_dir=sys.argv[1])
bot.analysis.risk.warm()
after = {"risk_model": cache.fitted_model.cache_info().currsize, "risk_rules": rules.rule_set.cache_info().currsize,
         "cache_file": str(cache.cache_path())}
print(json.dumps({"before": before, "after": after}))
"""


def test_importing_the_analysis_package_loads_no_model(tmp_path: Path) -> None:
    """In a fresh interpreter: import loads nothing; warm() loads the risk model from the configured folder."""
    from bot.analysis.risk import cache

    folder = tmp_path / "fits"
    folder.mkdir(mode=0o700)
    fitted, wanted = cache.cache_path(), cache.cache_path(folder)
    assert fitted is not None and wanted is not None
    if fitted.exists():  # the session's fit (conftest warms it): copied, so the probe need not fit again
        shutil.copyfile(fitted, wanted)
    out = subprocess.run([sys.executable, "-c", _PROBE, str(folder)], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=600)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["before"] == {"heavy": [], "risk_model": 0, "risk_rules": 0, "outcome_model": False}
    assert found["after"] == {"risk_model": 1, "risk_rules": 1, "cache_file": str(wanted)}
    assert wanted.exists()
