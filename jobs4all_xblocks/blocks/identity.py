"""Who is looking at a block, and in which course.

Learner identity is the anonymous user id Open edX gives each learner per course
(``edx-platform.anonymous_user_id`` in the user service); staff status is
``edx-platform.user_is_staff``. In Studio, authoring rights come from the
``studio_user_permissions`` service.
"""
import hashlib
import hmac

from django.conf import settings

ANONYMOUS_USER_ID = "edx-platform.anonymous_user_id"
USER_IS_STAFF = "edx-platform.user_is_staff"
USERNAME = "edx-platform.username"


class IdentityMixin:
    """Requires the ``user`` and ``studio_user_permissions`` services to be *wanted*."""

    def _current_user(self):
        service = self.runtime.service(self, "user")
        return service.get_current_user() if service else None

    def _user_attr(self, key, default=None):
        user = self._current_user()
        return user.opt_attrs.get(key, default) if user is not None else default

    @property
    def learner_id(self):
        """The current learner's anonymous id in this course, or None if not signed in."""
        return self._user_attr(ANONYMOUS_USER_ID) or None

    def is_staff(self):
        return bool(self._user_attr(USER_IS_STAFF, False))

    def can_author(self):
        """Course authors in Studio; course staff elsewhere (the workbench, the LMS)."""
        permissions = self.runtime.service(self, "studio_user_permissions")
        if permissions is not None:
            key = getattr(self.scope_ids.usage_id, "context_key", None)
            if key is not None:
                return bool(permissions.can_write(key))
        return self.is_staff()

    def private_key(self, purpose):
        """An opaque, stable key for this block, the current learner and ``purpose`` (an HMAC with
        the site's secret): usable in the browser, it reveals neither the learner nor the block."""
        scope = f"{purpose}\x1f{self.usage_key}\x1f{self.learner_id or ''}".encode("utf-8")
        return hmac.new(settings.SECRET_KEY.encode("utf-8"), scope, hashlib.sha256).hexdigest()[:32]

    @property
    def usage_key(self):
        return str(self.scope_ids.usage_id)

    @property
    def course_key(self):
        """The course (context) key; in the workbench, one scenario counts as one course."""
        usage = self.scope_ids.usage_id
        key = getattr(usage, "context_key", None) or getattr(usage, "course_key", None)
        if key is not None:
            return str(key)
        # Workbench usage ids read "<scenario-slug>.<block-type>.d<n>.u<n>".
        return "workbench:" + str(usage).split(".", 1)[0]

    def learner_name(self, anonymous_id):
        """A readable name for staff views: the username in the LMS, else the anonymous id."""
        service = self.runtime.service(self, "user")
        finder = getattr(service, "get_user_by_anonymous_id", None)
        if finder is not None:
            try:
                user = finder(anonymous_id)
            except Exception:  # pylint: disable=broad-except  # a lookup must never break a staff view
                user = None
            if user is not None:
                return getattr(user, "username", None) or str(user)
        return anonymous_id
