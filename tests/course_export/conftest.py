"""One English build per test session, kept unpacked for the archive tests."""
import pytest

from course_export.build import build


@pytest.fixture(scope="session")
def english(tmp_path_factory):
    """``(result, course folder)`` of the English archive built from the real source."""
    root = tmp_path_factory.mktemp("english")
    result = build("en", dist=root / "dist", keep=root / "course")
    return result, root / "course"
