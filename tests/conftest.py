"""Fixtures shared by all tests."""
import pytest

from tests.workbench import Workbench


@pytest.fixture
def workbench(db):  # pylint: disable=unused-argument,invalid-name
    """The workbench runtime on the test database (see tests/workbench.py)."""
    return Workbench()
