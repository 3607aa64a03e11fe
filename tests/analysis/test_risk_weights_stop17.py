"""Sample weights for the risk model's training files (issue 11, stop 17): how a file written for the model was
tried at a lower weight (model.FILE_WEIGHTS; docs/benchmarks.md, "Fourth pass"). Equal weights must give the
fit without weights, and a heavier line must pull the fit towards its level."""
from __future__ import annotations

from bot.analysis import risk
from bot.analysis.risk import model


def _picked() -> list[model.Row]:
    rows = risk.load_training()
    return [r for level in risk.LEVELS for r in [x for x in rows if x[2] == level][:15]]


def test_equal_weights_are_the_fit_without_weights() -> None:
    picked = _picked()
    plain = risk.train_model(picked, categories=False)
    ones = risk.train_model(picked, categories=False, weights=[1.0] * len(picked))
    text = risk.pattern_text(picked[0][0])
    a, b = model.level_scores(text, plain), model.level_scores(text, ones)
    assert all(abs(a[k] - b[k]) < 1e-9 for k in risk.LEVELS)


def test_a_heavier_line_pulls_the_fit_towards_its_level() -> None:
    picked = _picked()
    target = next(i for i, r in enumerate(picked) if r[2] == "none")
    text = risk.pattern_text(picked[target][0])
    light = [1.0] * len(picked)
    heavy = light.copy()
    heavy[target] = 20.0
    p_light = model.level_scores(text, risk.train_model(picked, categories=False, weights=light))["none"]
    p_heavy = model.level_scores(text, risk.train_model(picked, categories=False, weights=heavy))["none"]
    assert p_heavy > p_light


def test_every_weighted_file_is_a_training_file_and_weights_follow_the_rows() -> None:
    assert set(model.FILE_WEIGHTS) <= set(model.TRAINING_FILES)
    assert len(model.training_weights()) == len(risk.load_training())
