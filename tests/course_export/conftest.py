"""Archives built once per test session: English always, other languages when their catalog is complete."""
import pytest

from course_export.build import build
from course_export.catalogs import status

_BUILT = {}


@pytest.fixture(scope="session")
def archive(tmp_path_factory):
    """``archive(language)`` -> ``(result, unpacked course folder)``; skips a language whose catalog
    is incomplete (the builder would refuse it; ``test_translations`` covers that)."""
    def get(language):
        if language not in _BUILT:
            incomplete = False
            if language != "en":
                catalog, _ = status(language)
                incomplete = bool(catalog.missing or catalog.broken)
            if incomplete:
                _BUILT[language] = None
            else:
                root = tmp_path_factory.mktemp(f"archive-{language}")
                _BUILT[language] = (build(language, dist=root / "dist", keep=root / "course"), root / "course")
        if _BUILT[language] is None:
            pytest.skip(f"the {language} course catalog is not complete yet")
        return _BUILT[language]
    return get


@pytest.fixture(scope="session")
def english(archive):
    return archive("en")
