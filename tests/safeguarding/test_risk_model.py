"""The learned second opinion in bot/analysis/risk/: same model as sklearn, only ever raises."""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from bot.analysis import risk
from bot.analysis.risk import assess_risk, cache, decide, explain, model

ROOT = Path(__file__).resolve().parents[2]


def test_training_file_shape_and_balance():
    rows = risk.load_training()
    assert len(rows) >= 400
    for lang in ("cy", "en"):
        for level in ("urgent", "concern", "none"):
            assert sum(r[1] == lang and r[2] == level for r in rows) >= 30, (lang, level)
    assert all(r[2] in ("urgent", "concern", "none") and r[1] in ("cy", "en") for r in rows)


def test_training_file_shares_no_line_with_heldout_sets():
    train = {risk.pattern_text(r[0]) for r in risk.load_training()}
    sets = [*sorted((ROOT / "benchmarks" / "heldout").glob("risk*.tsv")), ROOT / "benchmarks" / "heldout" / "outcomes.tsv",
            *sorted((ROOT / "benchmarks" / "blind").glob("*.tsv"))]
    assert len(sets) >= 5
    for path in sets:
        name = path.name
        with path.open(encoding="utf-8") as fh:
            # A file with a "half" column (risk_fresh4.tsv) has a tuning half that may be trained on; its held-out half
            # may not.
            held = {risk.pattern_text(r["text"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                    if next((v for k, v in r.items() if k and k.startswith("half")), "held_out") != "tuning"}
        assert held, name
        # Short everyday replies ("na diolch", "2 funud", "ok go on") are said by everyone: a writer who never saw the
        # training text writes some of them too (the stop-28 test set has six of four words or fewer). What must never
        # be shared is a real sentence, copied.
        assert not {line for line in train & held if len(line.split()) > 4}, name


#: The many writers' files (stop 30, 31, 32): the odd data lines of the trained writers are the tuning half
#: (risk_train_writers.tsv); their even lines, and every line of the wholly held-out writers, must never be trained.
WRITERS = {"risk_writers30": ["rwA", "rwB", "rwC", "rwD", "rwI", "rwJ"],
           "risk_writers31": ["rwK", "rwL", "rwM", "rwN", "rwO", "rwP"],
           "risk_writers32": ["rwQ", "rwR", "rwS", "rwT"],
           "risk_writers34": ["rwU"],
           "risk_writers35": ["rwV"]}
#: Never trained at all: the shipped model's check on writers it never saw (risk_writers31/README.md). rwQ-rwT (stop 32)
#: are not trained yet either: with their odd lines trained, ten pinned calm readings moved (docs/benchmarks.md,
#: "Fourteen writers, stop 32"); until that is decided every line of theirs is held out.
#: rwU (stop 34) and rwV (stop 35) were written for the end-of-stop reading only: no line of them is read, tuned on or
#: trained.
WHOLLY_HELD_OUT = {"rwN", "rwP", "rwQ", "rwR", "rwS", "rwT", "rwU", "rwV"}


def _writers_rows(folder: str) -> dict[str, list[dict[str, str]]]:
    files = sorted((ROOT / "benchmarks" / "heldout" / folder).glob("rw*.tsv"))
    assert [f.stem for f in files] == WRITERS[folder]
    found = {}
    for path in files:
        with path.open(encoding="utf-8") as fh:
            found[path.stem] = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return found


@pytest.mark.parametrize("folder", sorted(WRITERS))
def test_many_writers_held_out_lines_are_never_trained(folder):
    """benchmarks/heldout/risk_writers30, 31, 32 and 34 say whether more writers' lines help the model read a writer it never
    saw (risk_benchmark.py --writers), and the even lines say how the shipped model reads the writers it was taught
    by. That holds only while no even line, and no line of a wholly held-out writer, is in the training data."""
    texts = {risk.pattern_text(r[0]) for r in risk.load_training()}
    writers_file = {risk.pattern_text(r[0]) for r in risk.load_training(risk.DATA_DIR / "risk_train_writers.tsv")}
    for stem, rows in _writers_rows(folder).items():
        assert len(rows) == 240 and {r["language"] for r in rows} == {"cy", "en"}, stem
        held = [r for i, r in enumerate(rows) if i % 2 == 1 or stem in WHOLLY_HELD_OUT]
        held_texts = {risk.pattern_text(r["text"]) for r in held}
        # not one held-out line in the writers' training file; elsewhere, no real sentence (as above)
        assert not held_texts & writers_file, stem
        assert not {line for line in texts & held_texts if len(line.split()) > 4}, stem


def test_the_writers_training_file_is_their_odd_lines():
    """risk_train_writers.tsv is made by benchmarks/writers_training.py from the writers' odd data lines, never by hand:
    what is on disk is what the script writes, and every trained writer's tuning half is in it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("writers_training", ROOT / "benchmarks" / "writers_training.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    text, counts = script.build()
    assert (risk.DATA_DIR / "risk_train_writers.tsv").read_text(encoding="utf-8") == text
    assert "risk_train_writers.tsv" in risk.TRAINING_FILES
    trained = {name.split("/")[1].removesuffix(".tsv") for name in script.WRITERS}
    assert trained == {w for ws in WRITERS.values() for w in ws} - WHOLLY_HELD_OUT
    assert all(kept + dropped == 120 and dropped <= 1 for kept, dropped in counts.values()), counts
    assert {r[1] for r in risk.load_training(risk.DATA_DIR / "risk_train_writers.tsv")} == {"cy", "en"}


def test_scoring_matches_sklearn():
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    # Exactly what cache.fitted_model() trains on: every training file, then the ordinary answers.
    assert risk.TRAINING_FILES[0] == "risk_train.tsv" and len(risk.TRAINING_FILES) >= 4
    rows = [r for name in risk.TRAINING_FILES for r in risk.load_training(risk.DATA_DIR / name)]
    assert rows == risk.load_training()
    rows += risk.ordinary_answers()
    feats = [risk.model_text(risk.pattern_text(r[0])) for r in rows]
    x, index, idf = risk.fit_tfidf(feats)
    ref = TfidfVectorizer(analyzer="char_wb", ngram_range=risk.CHAR_NGRAMS, sublinear_tf=True, lowercase=False)
    ref.fit([f[0] for f in feats])
    assert ref.vocabulary_ == index[0]
    assert np.allclose(ref.idf_, idf[: len(index[0])])
    clf = LogisticRegression(C=risk.MODEL_C, class_weight="balanced", max_iter=5000, tol=1e-8)
    clf.fit(x, [r[2] for r in rows])
    fitted = cache.fitted_model()
    for text in ("he dragged me up the stairs", "Mae hi'n fy llusgo i", "I could murder a pint", "ok"):
        cols, vals = model._vector(risk.pattern_text(text), fitted)
        vec = csr_matrix((vals, ([0] * len(cols), cols)), shape=(1, x.shape[1]))
        mine = risk.model_proba(text)
        theirs = dict(zip(clf.classes_, clf.predict_proba(vec)[0]))
        for level in risk.LEVELS:
            assert abs(mine[level] - theirs[level]) < 0.02, (text, level, mine, theirs)


@pytest.mark.parametrize("text", [
    "I love my garden and seeing my friends. He has never hit me.",
    "my back is killing me",
    "she pushed me to do better",
])
def test_model_never_overrides_a_guard_or_negation(text):
    assert assess_risk(text).level == "none", explain(text)


def test_model_never_lowers_the_rules():
    for rule in risk.all_rules():
        if rule.example and rule.level == "urgent":
            assert assess_risk(rule.example).level == "urgent", rule.example


def test_model_raises_an_unseen_indirect_disclosure():
    result = assess_risk("I won't be around by Easter, I've sorted everything out for the kids")
    assert result.level == "urgent", explain("I won't be around by Easter")
    assert result.categories


def test_explain_reports_the_model():
    info = explain("Mae o'n fy llusgo i ar draws y llawr gerfydd fy nillad")
    assert "model" in info and "rules_level" in info


def test_disclosure_in_a_long_message_is_scored_piece_by_piece():
    filler = "We went to the shops and then had a nice cup of tea at the cafe. " * 40
    text = filler + "I won't be around by Easter, I've sorted everything out for the kids."
    assert assess_risk(text).level == "urgent"


def test_the_cached_fit_is_the_same_model_and_follows_the_data(tmp_path, monkeypatch):
    """The cache saves seconds at every start; it must never serve a fit of other data."""
    path = cache.cache_path(tmp_path)
    assert path is not None and path.parent == tmp_path
    fitted = cache.fitted_model()
    cache.save_cached(fitted, path)
    loaded = cache.load_cached(path)
    assert loaded is not None and loaded.index == fitted.index and loaded.cat_names == fitted.cat_names
    for name in ("idf", "level_w", "level_b", "cat_w"):
        assert np.array_equal(getattr(loaded, name), getattr(fitted, name)), name
    monkeypatch.setattr(model, "MODEL_C", model.MODEL_C * 2)
    assert cache.cache_path(tmp_path) != path  # another setting, another file
    (tmp_path / "broken").mkdir()
    assert cache.load_cached(tmp_path / "broken" / "missing.npz") is None  # then it simply trains
    cut_off = tmp_path / "broken" / "risk-model-cut.npz"
    cut_off.write_bytes(path.read_bytes()[:5000])  # e.g. the disk filled up mid-write
    assert cache.load_cached(cut_off) is None and not cut_off.exists()
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    assert not cache.safe_cache_dir(shared) and cache.safe_cache_dir(tmp_path)
    cache.save_cached(fitted, shared / path.name)
    assert not (shared / path.name).exists()  # a planted file there would decide who gets help


def test_the_cached_fit_follows_the_writers_training_file(tmp_path, monkeypatch):
    """risk_train_writers.tsv (stop 31) is an input of the cached fit: a writer's lines added there mean a new fit, never
    the old one served from the disk cache."""
    import shutil

    data = tmp_path / "data"
    data.mkdir()
    for name in model.TRAINING_FILES + model.MODEL_INPUTS:
        shutil.copy(risk.DATA_DIR / name, data / name)
    monkeypatch.setattr(cache, "DATA_DIR", data)
    before = cache.cache_path(tmp_path)
    assert before is not None
    with (data / "risk_train_writers.tsv").open("a", encoding="utf-8") as fh:
        fh.write("a new writer's line\ten\tnone\t\n")
    assert cache.cache_path(tmp_path) not in (None, before)
    (data / "risk_train_writers.tsv").unlink()
    assert cache.cache_path(tmp_path) is None  # a training file that cannot be read: nothing cached, it trains


def test_the_cache_folder_is_configured_not_read_from_the_environment(tmp_path, monkeypatch):
    """Settings are read once, by the entry point, and passed in (issue 9)."""
    monkeypatch.setattr(cache, "_folder", None)
    assert cache.cache_dir() == cache.default_cache_dir()
    risk.configure(cache_dir=tmp_path / "fits")
    assert cache.cache_dir() == tmp_path / "fits"
    path = cache.cache_path()
    assert path is not None and path.parent == tmp_path / "fits"
    risk.configure(None)
    assert cache.cache_dir() == cache.default_cache_dir()


def test_a_failing_model_leaves_the_rules_answer(monkeypatch):
    """Rules-only, loudly logged, rather than an error that would lose the message."""
    def broken(*_args, **_kwargs):
        raise RuntimeError("model exploded")

    monkeypatch.setattr(decide, "level_scores", broken)
    assert assess_risk("I want to kill myself").level == "urgent"
    assert assess_risk("I'd like help with the shopping").level == "none"


def test_word_ngrams_are_scored_with_their_own_weights():
    """A message is scored as the fit saw it: each word n-gram with its own weight, not the weight of
    the character n-gram that shares its number (the word block sits after the character block;
    until issue 11 scoring forgot that offset)."""
    rows = risk.load_training()
    picked = [r for level in risk.LEVELS for r in [x for x in rows if x[2] == level][:20]]
    fitted = risk.train_model(picked, categories=False)
    x, index, _ = risk.fit_tfidf([risk.model_text(risk.pattern_text(r[0])) for r in picked])
    assert min(fitted.index[1].values()) == len(index[0])
    for i in (0, 25, 50):
        z = x[i] @ fitted.level_w + fitted.level_b
        p = np.exp(z - z.max())
        p = p / p.sum()
        mine = model.level_scores(risk.pattern_text(picked[i][0]), fitted)
        for j, level in enumerate(risk.LEVELS):
            assert abs(mine[level] - float(np.ravel(p)[j])) < 1e-6, (picked[i][0], level)
