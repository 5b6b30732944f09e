"""Django app of the JOBS4ALL package: the learner-evidence store.

Registered as an Open edX plugin app (``lms.djangoapp`` and ``cms.djangoapp`` entry points),
so installing the package into the LMS and CMS adds the app and its migrations
(``tutor local do init`` / ``./manage.py lms migrate`` create the tables).
"""
from django.apps import AppConfig


class Jobs4AllConfig(AppConfig):
    name = "jobs4all_xblocks"
    label = "jobs4all_xblocks"
    verbose_name = "JOBS4ALL CPD"
    default_auto_field = "django.db.models.BigAutoField"

    # Open edX plugin configuration (edx-django-utils). The app needs no URLs or settings
    # of its own: the blocks reach the models through jobs4all_xblocks.evidence.
    plugin_app = {}
