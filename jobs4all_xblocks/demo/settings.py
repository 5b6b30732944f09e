"""Settings of the workbench demo (xblock-sdk on SQLite).

Environment:
  JOBS4ALL_DEMO_DIR  folder for the database and the file store (default: ./var)
  JOBS4ALL_DB        SQLite file (default: $JOBS4ALL_DEMO_DIR/jobs4all-demo.sqlite3)
"""
import os

from workbench.settings import *  # noqa: F401,F403  pylint: disable=wildcard-import,unused-wildcard-import
from workbench.settings import INSTALLED_APPS, MIDDLEWARE, WORKBENCH

DEMO_DIR = os.path.abspath(os.environ.get("JOBS4ALL_DEMO_DIR", "var"))
os.makedirs(DEMO_DIR, exist_ok=True)

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("JOBS4ALL_DB", os.path.join(DEMO_DIR, "jobs4all-demo.sqlite3")),
        "OPTIONS": {"timeout": 20},
    }
}
DJFS = {"type": "osfs", "directory_root": os.path.join(DEMO_DIR, "djpyfs"), "url_root": "/static/djpyfs"}

INSTALLED_APPS = [*INSTALLED_APPS, "jobs4all_xblocks.apps.Jobs4AllConfig"]

# Languages: the six of the programme; browser language, the django_language cookie or ?lang=xx.
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("de", "Deutsch"), ("pl", "Polski"), ("pt", "Português"),
             ("es", "Español"), ("el", "Ελληνικά")]
_session = MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware")
MIDDLEWARE = [*MIDDLEWARE[:_session + 1], "django.middleware.locale.LocaleMiddleware",
              "jobs4all_xblocks.demo.middleware.LanguageFromQuery", *MIDDLEWARE[_session + 1:]]

# Only the JOBS4ALL scenarios on the index page (the sdk's samples stay loadable).
EXCLUDED_XBLOCKS = {
    "allscopes_demo", "attempts_scoreboard_demo", "equality_demo", "filethumbs", "helloworld_demo",
    "html_demo", "problem_demo", "sidebar_demo", "slider_demo", "textinput_demo", "thumbs",
    "view_counter_demo", "sequence_demo", "vertical_demo", "debugchild",
}

WORKBENCH = {**WORKBENCH, "services": {**WORKBENCH["services"], "user": "jobs4all_xblocks.demo.services.DemoUserService"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "jobs4all_xblocks": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
