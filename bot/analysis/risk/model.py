"""The learned second opinion: TF-IDF n-grams and a multinomial logistic regression, written out.

Why by hand: it is the model sklearn's ``LogisticRegression(class_weight="balanced")`` fits over a
``TfidfVectorizer`` union (tests/safeguarding/test_risk_model.py checks the probabilities agree),
but importing sklearn alone takes most of the loading budget and its per-call overhead would halve
throughput; here one message is scored with a few dict look-ups. Nothing pickled is shipped: the
model is fitted from the training files (see docs/risk-model.md).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.analysis.text import DATA_DIR, demutate, welsh_radicals
from bot.analysis.types import LANGUAGES

from .normalise import pattern_text
from .rules import read_rows, rules_only

if TYPE_CHECKING:  # numpy and scipy load with the model, not with this module
    import numpy as np
    from numpy.typing import NDArray

    Floats = NDArray[np.float64]
    Ints = NDArray[np.int64]
    #: scipy.sparse.csr_matrix (scipy ships no type information mypy can read).
    Sparse = Any

#: Regularisation (round 9; why 1, and how it was chosen: docs/risk-model.md).
MODEL_C = 1.0
CHAR_NGRAMS = (2, 5)
#: Word n-grams in more than this share of the training lines ("a", "i", "yn", "and", "her") are
#: left out, as sklearn's ``max_df`` does: each leaned a little towards urgent, and a long everyday
#: answer, full of them, added up to an urgent reading (issue 11).
WORD_MAX_DF = 0.05
GTOL = 1e-3  # L-BFGS stopping tolerance: probabilities agree with a 1e-6 fit to 3 decimals
LEVELS: tuple[str, ...] = ("concern", "none", "urgent")  # sklearn's sorted class order

#: (text, language, level, categories): one line of training data.
Row = tuple[str, str, str, tuple[str, ...]]

#: The model's training files (ordinary_answers() are added to them); each file's own header says
#: who it speaks for. Order matters only for reproducibility of the fit.
TRAINING_FILES: tuple[str, ...] = (
    "risk_train.tsv", "risk_train_cy.tsv", "risk_train_ordinary.tsv", "risk_train_more_en.tsv",
    "risk_train_more_cy.tsv", "risk_train_yp_cy.tsv", "risk_train_yp_en.tsv", "risk_train_adult_en.tsv",
    "risk_train_adult_cy.tsv", "risk_train_pairs_cy.tsv", "risk_train_pairs_en.tsv", "risk_train_boundary.tsv",
    "risk_train_everyday_cy.tsv", "risk_train_everyday_en.tsv", "risk_train_casual_cy.tsv", "risk_train_casual_en.tsv",
    "risk_train_families.tsv", "risk_train_dev.tsv", "risk_train_dev2.tsv", "risk_train_families17.tsv",
    "risk_train_families18.tsv", "risk_train_fresh4.tsv", "risk_train_writers.tsv",
)

#: How much one line of a training file counts in the fit, when not 1 (a sample weight; issue 11, stop 17): a file
#: written for the model may help at a lower weight where at full weight it moves the fit too far (docs/risk-model.md).
FILE_WEIGHTS: dict[str, float] = {}

#: The other data files the fit depends on (a change to any of them means a new fit).
MODEL_INPUTS: tuple[str, ...] = (
    "outcomes_train.tsv", "no_outcome_train.tsv", "welsh_radicals.txt", "risk_radicals.txt",
    "risk_patterns.tsv", "risk_macros.tsv", "risk_guards.tsv", "risk_negations.txt",
)


@cache
def _radicals() -> frozenset[str]:
    """Welsh dictionary forms the model's de-mutation may map to.

    The shared list (welsh_radicals.txt) and risk_radicals.txt. Not the rules' {lemma}s: then a
    word added to a rule would quietly change what the model learns.
    """
    found = set(welsh_radicals())
    for line in (DATA_DIR / "risk_radicals.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            found.add(line.strip())
    return frozenset(found)


_DEMUTATED: dict[str, str] = {}


def _demutated(word: str) -> str:
    """text.demutate over the model's radicals, remembered: it runs for every word of every message."""
    hit = _DEMUTATED.get(word)
    if hit is None:
        hit = demutate(word, _radicals())
        if len(_DEMUTATED) < 200_000:
            _DEMUTATED[word] = hit
    return hit


def model_text(norm: str) -> tuple[str, str]:
    """(text for character n-grams, text for word n-grams) from pattern_text() output.

    Characters see the words as written (mutated forms share most n-grams with the radical anyway);
    words are de-mutated so "fy nharo", "ei daro" and "taro" are one feature.
    """
    toks = [w for w in norm.split() if w not in ("|", ",")]
    return " ".join(toks), " ".join(_demutated(w) for w in toks)


def load_training(path: Path | None = None) -> list[Row]:
    """Rows of every TRAINING_FILES file (or of `path` alone): (text, language, level, categories)."""
    rows: list[Row] = []
    sources = [DATA_DIR / name for name in TRAINING_FILES] if path is None else [path]
    for _, cols in (rc for src in sources for rc in read_rows(src)):
        if cols[0] == "text" or len(cols) < 3:
            continue
        cats = tuple(c.strip() for c in (cols[3] if len(cols) > 3 else "").split(",") if c.strip())
        rows.append((cols[0], cols[1].strip(), cols[2].strip(), cats))
    return rows


def training_weights() -> list[float]:
    """One sample weight per row of :func:`load_training` (all files), in its order: FILE_WEIGHTS, else 1."""
    return [FILE_WEIGHTS.get(name, 1.0) for name in TRAINING_FILES for _ in load_training(DATA_DIR / name)]


def training_set(extra: Sequence[Row] = (), extra_weight: float = 1.0,
                 leave_out: Collection[str] = ()) -> tuple[list[Row], list[float] | None]:
    """What the model is fitted on, with one sample weight per row (None when every weight is 1): every TRAINING_FILES
    row, then `extra` (as if one more training file, at `extra_weight`), then the ordinary answers.

    Why `extra`: the benchmark refits in-process with labelled lines that are not (yet) a training file, to measure
    whether more writers' lines help a writer the model never saw (risk_benchmark.py --writers, stop 30).
    Why `leave_out` (normalised texts, :func:`pattern_text`): since stop 31 writers' tuning halves are a training file
    (risk_train_writers.tsv); to read one of those writers as never seen, the benchmark leaves its lines out.
    """
    files = load_training()
    weights = training_weights() + [extra_weight] * len(extra)
    rows = files + list(extra)
    if leave_out:
        kept = [i for i, r in enumerate(rows) if pattern_text(r[0]) not in leave_out]
        rows, weights = [rows[i] for i in kept], [weights[i] for i in kept]
    ordinary = ordinary_answers()
    if all(w == 1.0 for w in weights):
        return rows + ordinary, None
    return rows + ordinary, weights + [1.0] * len(ordinary)


def ordinary_answers() -> list[Row]:
    """Everyday answers (the outcome sorter's training data) that the rules leave at none.

    Why: without them the model had seen too few everyday answers and raised one in twenty ("I
    want them to turn up when they say they will") to urgent, a false alarm to the duty team.
    """
    rows: list[Row] = []
    for name in ("outcomes_train.tsv", "no_outcome_train.tsv"):
        for _, cols in read_rows(DATA_DIR / name):
            if cols[0] == "text" or len(cols) < 2:
                continue
            if rules_only(cols[0]).level == "none":
                rows.append((cols[0], cols[-1].strip() if cols[-1].strip() in LANGUAGES else "und", "none", ()))
    return rows


def _char_wb(text: str, lo: int = CHAR_NGRAMS[0], hi: int = CHAR_NGRAMS[1]) -> list[str]:
    """sklearn's ``analyzer="char_wb"`` n-grams (same padding, same order of magnitude of output)."""
    out: list[str] = []
    for w in text.split():
        w = " " + w + " "
        length = len(w)
        for n in range(lo, min(hi, length) + 1):
            out += [w[i:i + n] for i in range(length - n + 1)]
    return out


def _word_ngrams(text: str) -> list[str]:
    """sklearn's word 1-2-grams over whitespace tokens."""
    toks = text.split()
    return toks + [a + " " + b for a, b in pairwise(toks)]


def _analyse(feats: tuple[str, str]) -> tuple[Counter[str], Counter[str]]:
    return Counter(_char_wb(feats[0])), Counter(_word_ngrams(feats[1]))


@dataclass(frozen=True)
class Model:
    """The fitted model flattened to lookup tables, so one message is scored with a few dict look-ups."""

    index: tuple[dict[str, int], dict[str, int]]  # char block, word block: n-gram -> row
    idf: Floats        # one idf per row
    level_w: Floats    # rows x 3, columns in LEVELS order
    level_b: Floats    # 3
    cat_w: Floats      # rows x len(cat_names)
    cat_b: Floats
    cat_names: tuple[str, ...]
    #: word -> rows of its character n-grams in the vocabulary, filled as words are met (a long
    #: message repeats most of its words; their n-grams are built once).
    char_rows: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)


def fit_tfidf(docs: Sequence[tuple[str, str]]) -> tuple[Sparse, list[dict[str, int]], Floats]:
    """Vocabulary, smooth idf and the l2-normalised sublinear tf-idf matrix (sklearn's formulas).

    Two blocks, character and word, each normalised on its own, side by side (as a FeatureUnion).
    """
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    analysed = [_analyse(d) for d in docs]
    blocks: list[Sparse] = []
    indexes: list[dict[str, int]] = []
    idfs: list[Floats] = []
    n = len(docs)
    for part in (0, 1):
        df: Counter[str] = Counter()
        for a in analysed:
            df.update(a[part].keys())
        if part == 1 and WORD_MAX_DF < 1.0:
            df = Counter({g: k for g, k in df.items() if k <= WORD_MAX_DF * n})
        vocab = {g: i for i, g in enumerate(sorted(df))}
        idf = np.log((1.0 + n) / (1.0 + np.array([df[g] for g in sorted(df)], dtype=float))) + 1.0
        # Vectorised (same numbers as one (1 + log tf) * idf per cell): the loading budget is tight.
        indptr = np.zeros(n + 1, dtype=np.int64)
        cols: list[int] = []
        tfs: list[int] = []
        for r, a in enumerate(analysed):
            kept = [(vocab[g], t) for g, t in a[part].items() if g in vocab]
            cols += [c for c, _ in kept]
            tfs += [t for _, t in kept]
            indptr[r + 1] = len(cols)
        cols_a = np.array(cols, dtype=np.int64)
        vals = (1.0 + np.log(np.array(tfs, dtype=float))) * idf[cols_a]
        sq = np.add.reduceat(vals * vals, indptr[:-1]) if len(vals) else np.zeros(n)
        sq[np.diff(indptr) == 0] = 0.0
        norms = np.sqrt(sq)
        norms[norms == 0] = 1.0
        vals /= np.repeat(norms, np.diff(indptr))
        m = csr_matrix((vals, cols_a, indptr), shape=(n, len(vocab)))
        m.sort_indices()
        blocks.append(m)
        indexes.append(vocab)
        idfs.append(idf)
    return hstack(blocks).tocsr(), indexes, np.concatenate(idfs)


def fit_logistic(x: Sparse, labels: Sequence[str], c: float = MODEL_C,
                 weights: Sequence[float] | None = None) -> tuple[tuple[str, ...], Floats, Floats]:
    """Multinomial logistic regression, L2 (1/2C)|W|^2, unpenalised intercept, balanced class weights.

    The same objective as sklearn's ``LogisticRegression(C=c, class_weight="balanced")`` (checked by
    tests/safeguarding/test_risk_model.py; `weights` is its ``sample_weight``), minimised by L-BFGS
    (:func:`_lbfgs`): importing sklearn alone would take most of the loading budget.
    """
    import numpy as np

    classes = tuple(sorted(set(labels)))
    y = np.array([classes.index(label) for label in labels])
    n, d = x.shape
    k = len(classes)
    counts = np.bincount(y, minlength=k)
    sw = (n / (k * counts))[y]
    if weights is not None:
        sw = sw * np.asarray(weights, dtype=float)
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    xt = x.T.tocsr()

    def loss(theta: Floats) -> tuple[float, Floats]:
        w = theta[: d * k].reshape(d, k)
        b = theta[d * k:]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        f = -(sw * (onehot * logp).sum(axis=1)).sum() + 0.5 / c * (w * w).sum()
        g = (np.exp(logp) - onehot) * sw[:, None]
        gw = xt @ g + w / c
        return f, np.concatenate([gw.ravel(), g.sum(axis=0)])

    theta = _lbfgs(loss, np.zeros(d * k + k), GTOL)
    return classes, theta[: d * k].reshape(d, k), theta[d * k:]


def _lbfgs(fun: Callable[[Floats], tuple[float, Floats]], x0: Floats, gtol: float, maxiter: int = 500,
           memory: int = 10) -> Floats:
    """Unconstrained L-BFGS (two-loop recursion, backtracking Armijo line search), deterministic.

    Stops when the largest gradient component is at most `gtol` (scipy's L-BFGS-B criterion). The
    objective is smooth and convex, so this reaches the same optimum as scipy's L-BFGS-B; scipy's
    bound handling cost ~0.2 s per load on 90k variables, which the loading budget has no room for.
    """
    import numpy as np

    x = x0.copy()
    f, g = fun(x)
    hist: list[tuple[Floats, Floats, float]] = []
    for _ in range(maxiter):
        if np.abs(g).max() <= gtol:
            break
        q = g.copy()
        alphas: list[float] = []
        for s, y, rho in reversed(hist):
            a = rho * float(s @ q)
            alphas.append(a)
            q -= a * y
        if hist:
            s, y, _ = hist[-1]
            q *= (s @ y) / (y @ y)
        else:
            q /= np.linalg.norm(g)
        for (s, y, rho), a in zip(hist, reversed(alphas)):
            q += (a - rho * (y @ q)) * s
        step, slope = 1.0, -(g @ q)
        while True:
            xn = x - step * q
            fn, gn = fun(xn)
            if fn <= f + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s, y = xn - x, gn - g
        sy = float(s @ y)
        if sy > 1e-10:
            hist.append((s, y, 1.0 / sy))
            if len(hist) > memory:
                hist.pop(0)
        x, f, g = xn, fn, gn
    return x


def train_model(rows: Sequence[Row], c: float = MODEL_C,
                categories: bool = True, weights: Sequence[float] | None = None) -> Model:
    """Fit the second opinion on (text, language, level, categories) rows (also used by the CV,
    which passes categories=False: it only needs the levels). `weights`: one sample weight per row."""
    import numpy as np

    x, indexes, idf = fit_tfidf([model_text(pattern_text(t)) for t, _, _, _ in rows])
    classes, lw, lb = fit_logistic(x, [r[2] for r in rows], c, weights)
    if classes != LEVELS:  # every training file holds all three levels (tested)
        raise ValueError(f"risk training data must hold the levels {LEVELS}, not {classes}")
    # Categories: a second multinomial logistic regression over the flagged lines' first category.
    # Why not the nearest centroid used before: on whole training files held out in turn it named
    # the right category 0.56-0.74 of the time, this 0.70-0.85; the category picks the helplines.
    # It costs a few seconds to fit, paid once thanks to the cache (see cache.fitted_model).
    flagged = [i for i, r in enumerate(rows) if r[2] != "none" and r[3]]
    if categories:
        cat_names, cw, cb = fit_logistic(x[flagged], [rows[i][3][0] for i in flagged], c,
                                         None if weights is None else [weights[i] for i in flagged])
    else:
        cat_names, cw, cb = ("none",), np.zeros((x.shape[1], 1)), np.zeros(1)
    # The word block sits after the character block in the fitted matrix (fit_tfidf's hstack), so
    # its rows are offset by the character vocabulary's size. Until issue 11 they were not, and each
    # word n-gram was scored with the weight of an unrelated character n-gram.
    words = {g: r + len(indexes[0]) for g, r in indexes[1].items()}
    return Model((indexes[0], words), idf, np.ascontiguousarray(lw), lb,
                  np.ascontiguousarray(cw), cb, tuple(cat_names))


_MAX_CACHED_WORDS = 200_000


def _grams(norm: str, m: Model) -> tuple[list[int], list[int]]:
    """Vocabulary rows of one message's n-grams, repeats kept: (character block, word block).

    The same n-grams as :func:`_char_wb` and :func:`_word_ngrams` (out-of-vocabulary ones dropped),
    each word's character n-grams looked up once per process.
    """
    chars_text, words_text = model_text(norm)
    char_index, word_index = m.index
    known = m.char_rows
    char_rows: list[int] = []
    for w in chars_text.split():
        rows = known.get(w)
        if rows is None:
            rows = tuple(r for g in _char_wb(w) if (r := char_index.get(g)) is not None)
            if len(known) < _MAX_CACHED_WORDS:
                known[w] = rows
        char_rows += rows
    word_rows = [r for g in _word_ngrams(words_text) if (r := word_index.get(g)) is not None]
    return char_rows, word_rows


def _vectors(pieces: Sequence[str], m: Model) -> tuple[Ints, Ints, Floats]:
    """The tf-idf vectors of several messages at once, as (piece number, row, value) arrays.

    Each block (characters, words) of each piece is l2-normalised on its own, as in the fit.
    """
    import numpy as np

    owners: list[int] = []   # piece number * 2 + block
    rows: list[int] = []
    tfs: list[int] = []
    for i, piece in enumerate(pieces):
        for block, grams in enumerate(_grams(piece, m)):
            counts = Counter(grams)
            owners += [2 * i + block] * len(counts)
            rows += counts.keys()
            tfs += counts.values()
    owner = np.array(owners, dtype=np.int64)
    row = np.array(rows, dtype=np.int64)
    v = (np.log(np.array(tfs, dtype=float)) + 1.0) * m.idf[row]
    norms = np.sqrt(np.bincount(owner, weights=v * v, minlength=2 * len(pieces)))
    v /= norms[owner] if len(v) else 1.0
    return owner // 2, row, v


def _vector(norm: str, m: Model) -> tuple[list[int], Floats | None]:
    """Rows and values of one message's tf-idf vector (the two blocks each l2-normalised).

    One message at a time, with a few small numpy calls: most messages are one piece, and the
    batched :func:`_vectors` costs more than this for one.
    """
    import numpy as np

    rows: list[int] = []
    parts: list[Floats] = []
    for grams in _grams(norm, m):
        if not grams:
            continue
        counts = Counter(grams)
        js = list(counts)
        v = np.log(list(counts.values())) + 1.0
        v *= m.idf[js]
        v /= math.sqrt(v @ v)
        rows += js
        parts.append(v)
    return rows, (np.concatenate(parts) if len(parts) > 1 else parts[0] if parts else None)


def level_scores(norm: str, m: Model) -> dict[str, float]:
    """{"concern": p, "none": p, "urgent": p} from the second opinion, for normalised text."""
    import numpy as np

    rows, vals = _vector(norm, m)
    if vals is None:
        return {"concern": 0.0, "none": 1.0, "urgent": 0.0}
    z = vals @ m.level_w[rows] + m.level_b
    e = np.exp(z - z.max())
    p = e / e.sum()
    return {lvl: float(p[i]) for i, lvl in enumerate(LEVELS)}


def level_scores_many(pieces: Sequence[str], m: Model) -> list[dict[str, float]]:
    """:func:`level_scores` of each piece, computed together in a few array operations (a long
    message has hundreds of pieces; one numpy call per piece would cost more than the reading)."""
    import numpy as np

    owner, rows, vals = _vectors(pieces, m)
    n = len(pieces)
    z = np.column_stack([np.bincount(owner, weights=vals * m.level_w[rows, j], minlength=n)
                         for j in range(len(LEVELS))]) + m.level_b
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    p = e / e.sum(axis=1, keepdims=True)
    seen = np.bincount(owner, minlength=n) > 0
    return [{lvl: float(p[i, j]) for j, lvl in enumerate(LEVELS)} if seen[i]
            else {"concern": 0.0, "none": 1.0, "urgent": 0.0} for i in range(n)]


def category_share(norm: str, allowed: Iterable[str], m: Model) -> float:
    """The second opinion's probability (over every category) of the most likely of `allowed`, for normalised text:
    how much the words tell of that kind of harm, whatever their urgency."""
    import numpy as np

    rows, vals = _vector(norm, m)
    if vals is None:
        return 0.0
    z = np.asarray(vals @ m.cat_w[rows] + m.cat_b).ravel()
    shares = np.exp(z - z.max())
    shares /= shares.sum()
    allowed = set(allowed)
    return float(max((p for name, p in zip(m.cat_names, shares) if name in allowed), default=0.0))


def likely_category(norm: str, allowed: Iterable[str], m: Model) -> str | None:
    """The second opinion's most likely category among `allowed` (normalised text)."""
    rows, vals = _vector(norm, m)
    if vals is None:
        return None
    z = vals @ m.cat_w[rows] + m.cat_b
    best = None
    allowed = set(allowed)
    for i in z.argsort()[::-1]:
        if m.cat_names[i] in allowed:
            best = m.cat_names[i]
            break
    return best
