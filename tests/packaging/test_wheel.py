"""A plain (non-editable) install of the wheel serves every JS/CSS file and every catalog."""
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True)
    (path,) = out.glob("jobs4all_xblocks-*.whl")
    return path


def repo_files(folder, suffixes):
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*") if p.suffix in suffixes)


def test_wheel_contains_static_files_catalogs_templates_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = (repo_files("static", {".js", ".css", ".svg", ".png"})
                + repo_files("translations", {".mo", ".po"}))
    assert expected, "nothing to check"
    missing = [name for name in expected if f"jobs4all_xblocks/{name}" not in names]
    assert missing == []
    for name in ("jobs4all_xblocks/templates/lom/student.html", "jobs4all_xblocks/migrations/0001_initial.py",
                 "jobs4all_xblocks/data/jobs4all_lom.csv"):
        assert name in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "jobs4all_lom = jobs4all_xblocks.blocks.lom:LearningOutcomesMatrixBlock" in text
    assert "[lms.djangoapp]" in text and "[cms.djangoapp]" in text


CHECK = textwrap.dedent('''
    import gettext, sys
    from importlib.metadata import entry_points
    import django
    from django.conf import settings
    settings.configure(INSTALLED_APPS=["jobs4all_xblocks.apps.Jobs4AllConfig"], USE_I18N=True)
    django.setup()
    import jobs4all_xblocks
    assert jobs4all_xblocks.__file__.startswith(sys.prefix), jobs4all_xblocks.__file__
    found = {ep.name: ep for ep in entry_points(group="xblock.v1")}
    block = found["jobs4all_lom"].load()
    for uri in ("static/js/lom-editor.js", "static/js/jobs4all-common.js", "static/css/jobs4all.css",
                "static/js/translations/de/textjs.js"):
        assert len(block.open_local_resource(uri).read()) > 100, uri
    from jobs4all_xblocks import i18n
    assert i18n.translation("de").gettext("Your mastery") != "Your mastery"
    assert i18n.translation("pt-br").gettext("Your mastery") == i18n.translation("pt").gettext("Your mastery")
    print("OK", sorted(found))
''')


def test_fresh_virtualenv_install_serves_resources_and_catalogs(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DJANGO_SETTINGS_MODULE")}
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, env=env,
                   capture_output=True)
    result = subprocess.run([str(python), "-c", CHECK], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK") and "jobs4all_lom" in result.stdout
