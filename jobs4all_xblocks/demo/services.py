"""A workbench user service that behaves like edx-platform's for our blocks.

Each ``?student=<id>`` gets its own per-course anonymous id (the workbench gives every
student the same constant one), and students whose id starts with ``staff`` are course staff.
"""
import hashlib
from types import SimpleNamespace

from xblock.reference.user_service import UserService, XBlockUser

from ..blocks.identity import ANONYMOUS_USER_ID, USER_IS_STAFF, USERNAME

PREFIX = "demo"


def anonymous_id(student):
    """Deterministic, so the demo can name learners in staff views (the LMS keeps a table)."""
    return f"{PREFIX}-{student}-" + hashlib.sha256(student.encode("utf-8")).hexdigest()[:8]


def student_of(anonymous):
    parts = anonymous.split("-")
    if len(parts) >= 3 and parts[0] == PREFIX:
        student = "-".join(parts[1:-1])
        if anonymous_id(student) == anonymous:
            return student
    return None


class DemoUserService(UserService):
    runtime = None  # set by the workbench after construction

    def get_current_user(self):
        student = str(getattr(self.runtime, "user_id", None) or "student_1")
        user = XBlockUser(is_current_user=True, emails=[f"{student}@example.org"], full_name=student)
        user.opt_attrs.update({
            "xblock-workbench.user_id": student,
            USERNAME: student,
            ANONYMOUS_USER_ID: anonymous_id(student),
            USER_IS_STAFF: student.startswith("staff"),
            "edx-platform.is_authenticated": True,
        })
        return user

    def get_user_by_anonymous_id(self, uid=None):
        student = student_of(uid or "")
        return SimpleNamespace(username=student) if student else None
