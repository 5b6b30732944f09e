"""The JOBS4ALL domain in pure Python: no xblock, no django.

Everything a block decides (what a Learning Outcomes Matrix may contain, how mastery is
computed from evidence, ...) lives here so that it can be unit-tested without a runtime.
User-visible messages are English templates marked with ``gettext_noop``; the blocks
translate and format them (see :mod:`.problems`).
"""
