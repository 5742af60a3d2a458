import numpy as np
import pandas as pd
import pytest

from narrative_compare.compare import compare_sides, summarize_scores
from narrative_compare.sentiment import add_sentiment, lexicon_coverage, normalise_scores

SENTENCES = [
    "The strike killed 47 soldiers and wounded dozens more.",
    "Peskov called the reports a provocation, nothing more!",
    "The special military operation is going well, but losses are heavy.",
    "Residents were not happy with the slow evacuation :(",
    "VERY BAD news for the defenders of the town.",
    "The talks were a great success, both delegations said.",
]


def scored(texts):
    return add_sentiment(pd.DataFrame({"text": texts}))


def test_vader_matches_the_vadersentiment_package():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    reference = SentimentIntensityAnalyzer()
    ours = scored(SENTENCES)["sentiment_vader"]
    assert ours.tolist() == pytest.approx([reference.polarity_scores(s)["compound"] for s in SENTENCES], abs=1e-9)


def test_afinn_and_textblob_match_their_packages():
    from afinn import Afinn
    from textblob import TextBlob

    out = scored(SENTENCES)
    assert out["sentiment_afinn"].tolist() == [Afinn().score(s) for s in SENTENCES]
    assert out["sentiment_textblob"].tolist() == pytest.approx([TextBlob(s).sentiment.polarity for s in SENTENCES])


def test_war_patch_scores_what_stock_vader_misses_and_neutralises_special():
    out = scored(["Shelling wounded four civilians.", "The special operation continued."])
    assert out["sentiment_vader"].iloc[0] == 0.0 and out["sentiment_vader_war"].iloc[0] < -0.5
    assert out["sentiment_vader"].iloc[1] > 0 and out["sentiment_vader_war"].iloc[1] == 0.0


def test_targets_are_found():
    out = scored(["Putin praised North Korean troops.", "Kyiv said Ukrainian forces held.", "It rained."])
    assert out["targets"].tolist() == ["north_korean_troops;putin", "ukrainian_forces;ukrainian_state", ""]


def test_target_shortcut_finds_what_the_patterns_find(corpus_texts):
    from narrative_compare.sentiment import _target_names, _targets

    texts = corpus_texts + ["Kim said so.", "Ukrainian-made drones", "the Kremlin's line"]
    plain = [";".join(n for n, p in _targets()[0].items() if p.search(t)) for t in texts]
    assert _target_names(texts) == plain
    assert sum(bool(t) for t in plain) > 100


def test_normalised_scale_is_bounded():
    norm = normalise_scores(scored(["terrible horrible awful disaster catastrophe " * 5]))
    assert -1 <= norm["sentiment_afinn"].iloc[0] < -0.9


def _table(a_values, b_values):
    n = len(a_values) + len(b_values)
    return pd.DataFrame({"side": ["a"] * len(a_values) + ["b"] * len(b_values), "kind": ["body"] * n,
                         "score": list(a_values) + list(b_values), "text": ["x"] * n})


def test_permutation_test_separates_real_and_null_differences():
    rng = np.random.default_rng(0)
    real = compare_sides(_table(rng.normal(0.5, 0.2, 40), rng.normal(-0.5, 0.2, 40)), "score", sides=["a", "b"])
    null = compare_sides(_table(rng.normal(0, 0.2, 40), rng.normal(0, 0.2, 40)), "score", sides=["a", "b"])
    assert real["permutation_p_value"].iloc[0] < 0.001 and real["cliffs_delta"].iloc[0] > 0.9
    assert null["permutation_p_value"].iloc[0] > 0.05


def test_bootstrap_intervals_are_seeded_and_cover_the_mean():
    table = _table(np.linspace(-1, 1, 30), np.linspace(0, 1, 10))
    first = summarize_scores(table, ["score"], sides=["a", "b"], seed=7)
    assert first.equals(summarize_scores(table, ["score"], sides=["a", "b"], seed=7))
    row = first.loc[("a", "score")]
    assert row["mean_low"] < row["mean"] < row["mean_high"]


def test_coverage_shares_and_unscored_words():
    units = scored(["The shelling killed soldiers near the bridge.", "Troops crossed the bridge."]).assign(
        side="a", kind="body")
    coverage, unscored = lexicon_coverage(units, sides=["a"])
    assert 0 < coverage.loc["a", "vader_share"] < coverage.loc["a", "vader_war_share"] <= 1
    assert "bridge" in set(unscored["word"])
