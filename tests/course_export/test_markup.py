"""Markdown pages become whole-sentence segments; translations replace them, keeping the markup."""
from course_export.markup import inline_html, render_markdown, signature, to_html, translate_tree
from course_export.translate import Catalog, Recorder, Segment

PAGE = """## Why it matters

Time is **scarce**, and a sentence
that wraps stays *one* segment.

- First item with a [link](/static/form.html)
- Second item
    - Nested item

| Step | Who |
| --- | --- |
| 1 | The coordinator |
"""


def segments(text):
    recorder = Recorder()
    translate_tree(render_markdown(text), recorder, "page.md", source="page.md")
    return [segment.text for segment in recorder.segments.values()]


def test_segments_are_headings_paragraphs_items_and_cells():
    assert segments(PAGE) == [
        "Why it matters",
        "Time is <strong>scarce</strong>, and a sentence that wraps stays <em>one</em> segment.",
        'First item with a <a href="/static/form.html">link</a>',
        "Second item",
        "Nested item",
        "Step",
        "Who",
        "The coordinator",   # the cell "1" holds nothing to translate
    ]


def test_comments_tell_translators_what_the_segment_is_and_which_tags_to_keep():
    recorder = Recorder()
    translate_tree(render_markdown(PAGE), recorder, "page.md", source="page.md")
    comments = {segment.text: segment.comment for segment in recorder.segments.values()}
    assert comments["Why it matters"] == "heading"
    assert comments["Second item"] == "list item"
    assert comments['First item with a <a href="/static/form.html">link</a>'] == "list item; keep the HTML tags <a>"


class FakeCatalog(Catalog):
    def __init__(self, entries):  # pylint: disable=super-init-not-called
        self.language = "de"
        self.entries = entries
        self.missing, self.broken = {}, {}


def test_translation_replaces_the_inline_content_and_keeps_nested_lists():
    catalog = FakeCatalog({
        ("page.md", "Why it matters"): "Warum es wichtig ist",
        ("page.md", "Time is <strong>scarce</strong>, and a sentence that wraps stays <em>one</em> segment."):
            "Zeit ist <strong>knapp</strong>, und ein umbrochener Satz bleibt <em>ein</em> Segment.",
        ("page.md", "Second item"): "Zweiter Punkt",
    })
    html = to_html(translate_tree(render_markdown(PAGE), catalog, "page.md", source="page.md"))
    assert "<h2>Warum es wichtig ist</h2>" in html
    assert "<p>Zeit ist <strong>knapp</strong>, und ein umbrochener Satz bleibt <em>ein</em> Segment.</p>" in html
    assert "<li>Zweiter Punkt\n<ul>" in html or "<li>Zweiter Punkt<ul>" in html
    assert len(catalog.missing) == 5 and not catalog.broken


def test_a_translation_that_changes_the_markup_is_rejected():
    source = 'First item with a <a href="/static/form.html">link</a>'
    catalog = FakeCatalog({("page.md", source): 'Erster Punkt mit <a href="https://example.org">Link</a>'})
    html = to_html(translate_tree(render_markdown(PAGE), catalog, "page.md", source="page.md"))
    assert ("page.md", source) in catalog.broken
    assert 'href="https://example.org"' not in html


def test_inline_html_and_signature():
    root = render_markdown("A *b* &amp; c")
    assert inline_html(root.find("p")) == "A <em>b</em> &amp; c"
    assert signature("x <em>y</em> <strong>z</strong>") == signature("<strong>z</strong> x <em>y</em>")
    assert Segment("c", "t").text == "t"
