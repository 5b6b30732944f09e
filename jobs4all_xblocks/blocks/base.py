"""The base every JOBS4ALL block builds on: identity, translated rendering, services."""
from xblock.core import XBlock

from .identity import IdentityMixin
from .rendering import RenderingMixin, dom_id_for


@XBlock.wants("user", "studio_user_permissions")
class Jobs4AllBlock(IdentityMixin, RenderingMixin, XBlock):
    """Not an entry point itself; concrete blocks subclass it."""

    def link_to(self, usage_key):
        """A link to another block of the course: the LMS "jump to" URL; in the workbench,
        where a scenario is one page, an anchor on that block."""
        if self.course_key.startswith("workbench:"):
            return "#" + dom_id_for(usage_key)
        return f"/courses/{self.course_key}/jump_to/{usage_key}"
