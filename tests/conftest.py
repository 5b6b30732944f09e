"""Fixtures shared by all tests."""
import pytest
from workbench.runtime import WorkbenchRuntime

from tests.workbench import Workbench


@pytest.fixture
def workbench(db):  # pylint: disable=unused-argument,invalid-name
    """The workbench runtime on the test database (see tests/workbench.py)."""
    return Workbench()


@pytest.fixture
def published(monkeypatch):
    """Every ``runtime.publish(block, event_type, data)`` of the test, as ``(event_type, data)``."""
    events = []
    monkeypatch.setattr(WorkbenchRuntime, "publish",
                        lambda self, block, event_type, event: events.append((event_type, dict(event))))
    return events
