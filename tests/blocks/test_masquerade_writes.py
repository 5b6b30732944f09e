"""Staff viewing the course as a specific learner never write into that learner's record."""
import pytest

from jobs4all_xblocks.blocks import api
from tests import assessment_data as data
from tests.blocks.assessment_page import make_page as assessment_page

REFUSAL = "You are viewing the course as another learner: nothing was saved."


@pytest.fixture
def viewing_as_learner(monkeypatch):
    monkeypatch.setattr(api, "viewed_learner", lambda block: "learner_7")


def test_a_submission_while_viewing_as_a_learner_records_nothing(workbench, viewing_as_learner):
    page = assessment_page(workbench)
    status, body = page.submit(data.answers())
    assert (status, body["error"]) == (403, REFUSAL)
    assert page.evidence() == []
    assert page.block().attempts == 0


def test_reading_the_learner_state_still_works_while_viewing_as_a_learner(workbench, viewing_as_learner):
    page = assessment_page(workbench)
    status, body = workbench.call(page.quiz, "student_view_user_state", {})
    assert status == 200 and body["attempts"] == 0


def test_a_reflection_draft_while_viewing_as_a_learner_is_refused(workbench, viewing_as_learner):
    from tests.blocks.reflective_log_page import make_page as log_page  # pylint: disable=import-outside-toplevel
    page = log_page(workbench)
    status, body = page.save(title="Trainer test")
    assert (status, body["error"]) == (403, REFUSAL)
