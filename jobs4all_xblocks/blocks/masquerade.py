"""Staff viewing the course as a learner ("View this course as" in the LMS).

edx-platform does not tell blocks about a masquerade directly. While course staff view the
course as a learner, a generic "Learner" or a specific one:

* the user service reports ``edx-platform.user_is_staff`` False and ``user_role`` "student"
  (``courseware.access._has_access_to_course`` denies staff access while masquerading as a
  student, and ``get_user_role`` follows it);
* as a specific learner, the user service is built for *that* learner (their anonymous id),
  and only blocks with ``show_in_read_only_mode`` are shown;
* the Django user the user service is bound to (``DjangoXBlockUserService._django_user``)
  carries ``masquerade_settings``: ``{course key: CourseMasquerade(role, user_name, ...)}``,
  set by ``courseware.masquerade.setup_masquerade`` on every courseware and handler request
  (for a specific learner on that learner's user object, which also has ``real_user``).

So a masquerade is recognised by a ``CourseMasquerade`` with role "student" for this course.
Outside the LMS (Studio, the workbench) there is none.
"""
STUDENT = "student"


def masquerade_of(block):
    """The ``CourseMasquerade`` of the current user in the block's course, or None."""
    service = block.runtime.service(block, "user")
    user = getattr(service, "_django_user", None)
    settings = getattr(user, "masquerade_settings", None)
    if not isinstance(settings, dict):
        return None
    return next((value for key, value in settings.items() if str(key) == block.course_key), None)


def is_staff_viewing_as_learner(block):
    masquerade = masquerade_of(block)
    return getattr(masquerade, "role", None) == STUDENT


def viewed_learner(block):
    """The username of the specific learner staff are viewing the course as ("" for a generic learner)."""
    masquerade = masquerade_of(block)
    return getattr(masquerade, "user_name", None) or ""
