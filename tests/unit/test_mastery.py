"""Mastery of an outcome from evidence: hand-computed expectations and invariants."""
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobs4all_xblocks.domain import mastery as m
from jobs4all_xblocks.domain.evidence_kinds import ASSESSMENT, REFLECTION, SELF_RATING, TRAINER
from jobs4all_xblocks.domain.problems import DomainError

T0 = datetime(2026, 3, 1, tzinfo=timezone.utc)


def points(*ratios, kind=ASSESSMENT):
    return [m.EvidencePoint(kind, r, 1.0, T0 + timedelta(days=i)) for i, r in enumerate(ratios)]


def config(method, **kwargs):
    return m.MasteryConfig(method=method, **kwargs)


# Results 0.5, 0.9, 0.6 (oldest first), threshold 0.7:
@pytest.mark.parametrize("method, level, state", [
    (m.HIGHEST, 0.9, m.ACHIEVED),
    (m.LATEST, 0.6, m.IN_PROGRESS),
    (m.AVERAGE, (0.5 + 0.9 + 0.6) / 3, m.IN_PROGRESS),          # 0.6667
    (m.DECAYING_AVERAGE, 0.6 * 0.65 + 0.7 * 0.35, m.IN_PROGRESS),  # 0.39 + 0.245 = 0.635
    (m.N_MASTERY, (0.9 + 0.6) / 2, m.IN_PROGRESS),               # only one result >= 0.7, n = 2
])
def test_five_methods_on_the_same_results(method, level, state):
    result = m.compute(points(0.5, 0.9, 0.6), config(method))
    assert result.level == pytest.approx(level)
    assert result.state == state
    assert result.scored_count == 3


def test_decaying_average_with_one_result_is_that_result():
    assert m.compute(points(0.8), config(m.DECAYING_AVERAGE)).level == pytest.approx(0.8)


def test_decaying_average_weights_latest():
    # earlier mean (0.4 + 0.6) / 2 = 0.5; latest 1.0; p = 0.8 -> 0.8 + 0.1 = 0.9
    result = m.compute(points(0.4, 0.6, 1.0), config(m.DECAYING_AVERAGE, decay_weight=0.8))
    assert result.level == pytest.approx(0.9)
    assert result.state == m.ACHIEVED


def test_n_mastery_needs_n_results_at_threshold():
    cfg = config(m.N_MASTERY, n=3, threshold=0.8)
    assert m.compute(points(0.9, 0.8, 0.2), cfg).state == m.IN_PROGRESS
    done = m.compute(points(0.9, 0.8, 0.2, 1.0), cfg)
    assert done.state == m.ACHIEVED
    assert done.level == pytest.approx((1.0 + 0.9 + 0.8) / 3)
    assert done.achieved_at == T0 + timedelta(days=3)


def test_threshold_reached_exactly_counts_despite_float_noise():
    assert (0.7 + 0.7 + 0.7) / 3 < 0.7  # 0.6999999999999998 in floating point
    assert m.compute(points(0.7, 0.7, 0.7), config(m.AVERAGE, threshold=0.7)).state == m.ACHIEVED


def test_reflections_and_self_ratings_never_make_mastery():
    evidence = points(1.0, kind=REFLECTION) + [m.EvidencePoint(SELF_RATING, 5, 5, T0 + timedelta(days=5))]
    result = m.compute(evidence, config(m.HIGHEST))
    assert result.state == m.IN_PROGRESS
    assert result.level is None
    assert result.self_rating == 5
    assert result.evidence_count == 2


def test_trainer_judgement_counts_as_a_result():
    evidence = points(1.0, kind=REFLECTION) + points(1.0, kind=TRAINER)
    assert m.compute(evidence, config(m.HIGHEST)).state == m.ACHIEVED


def test_no_evidence_is_not_started():
    result = m.compute([], config(m.HIGHEST))
    assert (result.state, result.level, result.first_at) == (m.NOT_STARTED, None, None)


def test_points_are_taken_in_chronological_order_whatever_the_input_order():
    shuffled = list(reversed(points(0.2, 1.0)))
    assert m.compute(shuffled, config(m.LATEST)).level == pytest.approx(1.0)


def test_scores_are_scaled_by_max_score_and_clamped():
    evidence = [m.EvidencePoint(ASSESSMENT, 3, 4, T0), m.EvidencePoint(ASSESSMENT, 7, 5, T0 + timedelta(1))]
    assert [p.ratio for p in evidence] == [0.75, 1.0]


@pytest.mark.parametrize("raw, field", [
    ({"method": "median"}, "method"),
    ({"threshold": 0}, "threshold"),
    ({"threshold": "high"}, "threshold"),
    ({"threshold": 1.5}, "threshold"),
    ({"decay_weight": 1}, "decay_weight"),
    ({"n": 2.5}, "n"),
    ({"n": 0}, "n"),
    ({"n": True}, "n"),
])
def test_invalid_configuration_is_refused_precisely(raw, field):
    with pytest.raises(DomainError) as error:
        m.parse_config(raw)
    assert [p.field for p in error.value.problems] == [field]


def test_valid_configuration_round_trips():
    cfg = m.parse_config({"method": "n_mastery", "threshold": "0.8", "decay_weight": 0.5, "n": "3"})
    assert cfg == m.MasteryConfig(m.N_MASTERY, 0.8, 0.5, 3)
    assert m.parse_config(cfg.as_dict()) == cfg


def test_rule_is_described_to_learners_with_numbers():
    message, params = m.describe(config(m.N_MASTERY, n=3, threshold=0.75))
    assert message.format(**params) == "An outcome is achieved when 3 of your results reach 75 %."


# ---------------------------------------------------------------- invariants
ratios = st.lists(st.floats(min_value=0, max_value=1, allow_nan=False), min_size=1, max_size=12)
methods = st.sampled_from(list(m.METHODS))
configs = st.builds(m.MasteryConfig, method=methods, threshold=st.floats(0.01, 1),
                    decay_weight=st.floats(0.01, 0.99), n=st.integers(1, 5))


@given(ratios, configs)
def test_level_lies_between_worst_and_best_result(values, cfg):
    level = m.compute(points(*values), cfg).level
    assert min(values) - 1e-9 <= level <= max(values) + 1e-9


@given(ratios, configs)
def test_state_is_achieved_or_in_progress_once_there_is_evidence(values, cfg):
    result = m.compute(points(*values), cfg)
    assert result.state in (m.ACHIEVED, m.IN_PROGRESS)
    assert (result.state == m.ACHIEVED) == (result.achieved_at is not None)


@given(ratios, st.floats(0.01, 1))
def test_highest_never_loses_mastery_when_results_are_added(values, threshold):
    cfg = config(m.HIGHEST, threshold=threshold)
    before = m.compute(points(*values), cfg).state
    after = m.compute(points(*values, 0.0), cfg).state
    assert not (before == m.ACHIEVED and after != m.ACHIEVED)


@given(ratios)
def test_highest_and_average_ignore_order(values):
    for method in (m.HIGHEST, m.AVERAGE):
        a = m.compute(points(*values), config(method)).level
        b = m.compute(points(*reversed(values)), config(method)).level
        assert a == pytest.approx(b)


@given(ratios)
def test_latest_is_the_last_result(values):
    assert m.compute(points(*values), config(m.LATEST)).level == values[-1]


@given(ratios, st.floats(0.01, 1))
def test_a_perfect_result_achieves_under_highest_and_latest(values, threshold):
    for method in (m.HIGHEST, m.LATEST):
        assert m.compute(points(*values, 1.0), config(method, threshold=threshold)).state == m.ACHIEVED
