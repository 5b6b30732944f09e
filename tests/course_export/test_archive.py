"""The English archive: layout, policies, validation, downloads and byte-for-byte reproducibility."""
import gzip
import json
import tarfile

from lxml import etree

from course_export import OUR_TAGS
from course_export.archive import FIXED_MTIME, pack, sha256
from course_export.build import build
from course_export.emitters import installed
from course_export.markup import static_links
from course_export.validate import block_errors, olx_findings


def test_archive_has_one_course_folder_with_the_olx_layout(english):
    result, _ = english
    with tarfile.open(result.path) as tar:
        names = tar.getnames()
    assert all(name == "course" or name.startswith("course/") for name in names)
    for required in ("course/course.xml", "course/course/2026_EN.xml", "course/policies/2026_EN/policy.json",
                     "course/policies/2026_EN/grading_policy.json", "course/policies/assets.json",
                     "course/about/overview.html", "course/about/short_description.html",
                     "course/static/course_image.png", "course/static/jobs4all-m1-partner-map.html",
                     "course/static/jobs4all-m1-partner-record.html"):
        assert required in names, required
    assert any(name.startswith("course/chapter/") for name in names)
    assert any(name.startswith("course/html/") and name.endswith(".html") for name in names)


def test_policy_lists_our_blocks_and_the_language(english):
    _, course_dir = english
    policy = json.loads((course_dir / "policies" / "2026_EN" / "policy.json").read_text(encoding="utf-8"))
    settings = policy["course/2026_EN"]
    assert settings["advanced_modules"] == ["jobs4all_lom", "jobs4all_assessment", "jobs4all_reflective_log",
                                            "jobs4all_pathway", "jobs4all_level2_gate"]
    assert settings["language"] == "en"
    assert (course_dir / "static" / settings["course_image"]).is_file()
    course = etree.parse(str(course_dir / "course.xml")).getroot()
    assert (course.get("org"), course.get("course"), course.get("url_name")) == ("JOBS4ALL", "CPD", "2026_EN")
    assert not etree.parse(str(course_dir / "course" / "2026_EN.xml")).getroot().attrib  # settings: policy only
    grading = json.loads((course_dir / "policies" / "2026_EN" / "grading_policy.json").read_text(encoding="utf-8"))
    assert grading["GRADER"][0]["type"] == "Module assessment"
    sequential = etree.parse(str(course_dir / "sequential" / "m1.xml")).getroot()
    assert sequential.get("graded") == "true" and sequential.get("format") == "Module assessment"


def test_olxcleaner_finds_no_error_and_our_blocks_read_back_their_olx(english):
    _, course_dir = english
    assert olx_findings(course_dir) == []
    assert block_errors(course_dir) == []


def test_only_pending_blocks_are_left_out(english):
    result, course_dir = english
    for tag, _ in result.omitted:
        assert tag in OUR_TAGS and not installed(tag), f"{tag} is installed but was left out"
    written = {element.tag for path in (course_dir / "vertical").glob("*.xml")
               for element in etree.parse(str(path)).getroot().iter(*OUR_TAGS)}
    assert {"jobs4all_lom", "jobs4all_assessment"} <= written


def test_every_static_link_resolves_and_templates_are_documents(english):
    _, course_dir = english
    for page in (course_dir / "html").glob("*.html"):
        root = etree.HTML(page.read_text(encoding="utf-8"))
        for target in static_links(root):
            assert (course_dir / "static" / target).is_file(), f"{page.name}: /static/{target}"
    template = (course_dir / "static" / "jobs4all-m1-partner-map.html").read_text(encoding="utf-8")
    assert template.startswith("<!DOCTYPE html>") and '<html lang="en">' in template
    assert "<title>Partner map and first-contact plan</title>" in template
    assert template.count("<tr>") > 20


def test_units_of_module_1_are_real_pages(english):
    _, course_dir = english
    for unit in ("m1_concepts_2", "m1_practice_1", "m1_apply_1", "m1_workshop_1"):
        text = etree.HTML((course_dir / "html" / f"{unit}.html").read_text(encoding="utf-8")).xpath("string()")
        assert 600 <= len(text.split()) <= 1300, (unit, len(text.split()))


def test_same_input_gives_a_byte_identical_archive(english, tmp_path):
    result, _ = english
    again = build("en", dist=tmp_path)
    assert again.sha256 == result.sha256
    assert (tmp_path / "jobs4all-cpd-en.tar.gz").read_bytes() == result.path.read_bytes()


def test_archive_entries_are_normalised(tmp_path):
    folder = tmp_path / "tree"
    (folder / "b").mkdir(parents=True)
    (folder / "b" / "z.txt").write_text("z")
    (folder / "a.txt").write_text("a")
    first = pack(folder, tmp_path / "one.tar.gz")
    (folder / "a.txt").touch()  # a new mtime changes nothing
    assert pack(folder, tmp_path / "two.tar.gz") == first == sha256(tmp_path / "two.tar.gz")
    raw = (tmp_path / "one.tar.gz").read_bytes()
    assert raw[4:8] == b"\0\0\0\0"  # gzip header mtime
    with tarfile.open(tmp_path / "one.tar.gz") as tar:
        members = tar.getmembers()
    assert [m.name for m in members] == ["course", "course/a.txt", "course/b", "course/b/z.txt"]
    assert {(m.uid, m.gid, m.uname, m.gname, m.mtime) for m in members} == {(0, 0, "", "", FIXED_MTIME)}
    assert gzip.decompress(raw)
