"""`make run`: the served workbench lists and renders every JOBS4ALL scenario."""
import re
import urllib.request

import pytest

from tests.server import DemoServer


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    demo = DemoServer(tmp_path_factory.mktemp("demo")).start()
    yield demo
    demo.stop()


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read().decode("utf-8")


def scenario_ids(server):
    _, index = fetch(server.url + "/")
    return sorted(set(re.findall(r'href="/scenario/(jobs4all_[^/"]+)/"', index)))


def test_index_lists_only_jobs4all_scenarios(server):
    _, index = fetch(server.url + "/")
    ids = scenario_ids(server)
    assert "jobs4all_lom.0" in ids
    assert all(i.startswith("jobs4all_") for i in re.findall(r'href="/scenario/([^/"]+)/"', index))


@pytest.mark.parametrize("student", ["student_1", "staff_1"])
def test_every_scenario_renders_its_blocks(server, student):
    for scenario in scenario_ids(server):
        status, html = fetch(f"{server.url}/scenario/{scenario}/?student={student}")
        block_type = scenario.split(".")[0]
        assert status == 200, scenario
        assert f"data-block-type='{block_type}'" in html or f'data-block-type="{block_type}"' in html, scenario
        assert 'class="j4a' in html, scenario
    assert "Traceback" not in server.log()
    assert not re.search(r'" (5\d\d) \d+', server.log()), server.log()


def test_seeded_cohort_is_visible_to_staff(server):
    _, html = fetch(f"{server.url}/scenario/jobs4all_lom.0/?student=staff_1")
    assert "37 learners have recorded evidence in this course." in html


def test_static_resources_are_served(server):
    for path in ("static/js/jobs4all-common.js", "static/js/lom-editor.js", "static/css/jobs4all.css"):
        status, body = fetch(f"{server.url}/resource/jobs4all_lom/{path}")
        assert status == 200 and len(body) > 100
    for forbidden in ("static/../setup.py", "templates/lom/student.html", "static/js/./lom-editor.js"):
        with pytest.raises(urllib.error.HTTPError) as error:
            fetch(f"{server.url}/resource/jobs4all_lom/{forbidden}")
        assert error.value.code == 404


def test_language_can_be_chosen_with_lang(server):
    _, html = fetch(f"{server.url}/scenario/jobs4all_lom.0/?lang=de")
    assert 'lang="de"' in html
