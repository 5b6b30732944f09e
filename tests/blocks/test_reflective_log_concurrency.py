"""The same learner saving from two browser tabs: nothing either tab wrote is lost.

Each tab sends the version it last loaded (optimistic concurrency). A save based on an older
version never overwrites the newer text: it is stored as a new draft, and the tab is told so.
"""
from jobs4all_xblocks.domain import reflection_entries as entries
from tests.blocks.reflective_log_page import answers, make_page, page  # noqa: F401  pylint: disable=unused-import


class Tab:
    """One browser tab: it remembers the entry and version it last loaded or saved."""

    def __init__(self, page, entry=None):
        self.page = page
        self.entry_id = entry["id"] if entry else None
        self.version = entry["version"] if entry else 0

    def _remember(self, result):
        status, body = result
        if status == 200:
            self.entry_id, self.version = body["entry"]["id"], body["entry"]["version"]
        return status, body

    def autosave(self, text):
        return self._remember(self.page.save(entry_id=self.entry_id, version=self.version, answers={"what": text}))

    def submit(self, text, **fields):
        return self._remember(self.page.submit(entry_id=self.entry_id, version=self.version,
                                               answers=dict(answers(), what=text), **fields))


def all_texts(page):
    return sorted(entry.answers.get("what", "") for entry in page.entries())


def test_two_tabs_editing_one_draft_keep_both_texts(page):
    first = Tab(page)
    first.autosave("Written in the first tab")
    second = Tab(page, {"id": first.entry_id, "version": first.version})    # opened the same draft

    status, body = first.autosave("First tab, later")
    assert status == 200 and body["action"] == "updated"
    status, body = second.autosave("Second tab, typed meanwhile")
    assert status == 200 and body["action"] == "copied"
    assert body["message"].startswith("This entry was changed in another window or tab. Your text was saved as a "
                                      "new draft")
    assert body["entry"]["title"] == "My entry (copy)" and second.entry_id != first.entry_id
    assert all_texts(page) == ["First tab, later", "Second tab, typed meanwhile"]

    # Both tabs go on working on their own entry without further conflicts.
    assert first.autosave("First tab, final")[1]["action"] == "updated"
    assert second.autosave("Second tab, final")[1]["action"] == "updated"
    assert all_texts(page) == ["First tab, final", "Second tab, final"]


def test_a_stale_tab_cannot_overwrite_a_submitted_entry(page):
    first = Tab(page)
    first.autosave("Draft")
    second = Tab(page, {"id": first.entry_id, "version": first.version})
    status, _ = first.submit(answers()["what"])
    assert status == 200
    status, body = second.autosave("Old tab still typing")
    assert body["action"] == "copied"
    submitted = next(e for e in page.entries() if e.id == first.entry_id)
    assert submitted.status == "submitted" and submitted.answers["what"] == answers()["what"]
    assert "Old tab still typing" in all_texts(page)


def test_a_repeated_save_of_the_same_text_is_not_a_conflict(page):
    first = Tab(page)
    first.autosave("Same text")
    second = Tab(page, {"id": first.entry_id, "version": first.version})
    first.autosave("Same text, more")
    status, body = second.autosave("Same text, more")      # e.g. the same edit arrived from both tabs
    assert body["action"] == "unchanged" and len(page.entries()) == 1


def test_a_draft_deleted_in_one_tab_is_kept_if_the_other_tab_saves_it(page):
    first = Tab(page)
    first.autosave("Keep me")
    second = Tab(page, {"id": first.entry_id, "version": first.version})
    assert page.call("delete_draft", {"entry_id": first.entry_id, "version": first.version})[0] == 200
    status, body = second.autosave("Keep me, edited")
    assert status == 200 and body["message"].startswith("This entry was deleted in another window or tab.")
    assert all_texts(page) == ["Keep me, edited"]


def test_deleting_a_draft_changed_elsewhere_is_refused(page):
    first = Tab(page)
    first.autosave("One")
    stale_version = first.version
    first.autosave("Two")
    status, body = page.call("delete_draft", {"entry_id": first.entry_id, "version": stale_version})
    assert status == 409 and all_texts(page) == ["Two"]


def test_new_entries_from_two_tabs_are_two_entries(page):
    Tab(page).autosave("From tab one")
    Tab(page).autosave("From tab two")
    assert all_texts(page) == ["From tab one", "From tab two"]


def test_a_save_that_loses_the_race_at_the_last_moment_is_kept(page, monkeypatch):
    """Two saves of the same version read the entry at the same time; the first to write wins
    (compare-and-swap on the version), the other's text becomes a new draft."""
    first = Tab(page)
    first.autosave("start")
    second = Tab(page, {"id": first.entry_id, "version": first.version})
    decide = entries.save_action
    interleaved = []

    def racing(*args, **kwargs):
        action = decide(*args, **kwargs)
        if not interleaved:               # between reading the row and writing it, the other tab writes
            interleaved.append(None)
            interleaved[0] = first.autosave("first tab won the race")
        return action

    monkeypatch.setattr(entries, "save_action", racing)
    status, body = second.autosave("second tab lost the race")
    assert interleaved[0][1]["action"] == "updated"
    assert status == 200 and body["action"] == "copied"
    assert all_texts(page) == ["first tab won the race", "second tab lost the race"]
