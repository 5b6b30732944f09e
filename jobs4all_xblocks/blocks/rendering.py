"""Translated rendering: templates, fragments, static resources and the JS catalog."""
import hashlib
import re
from importlib.resources import files

from django.template import Context, Engine
from django.template.backends.django import get_installed_libraries
from django.utils.html import json_script
from web_fragments.fragment import Fragment
from xblock.exceptions import DisallowedFileError

from .. import i18n

TEMPLATES = files("jobs4all_xblocks") / "templates"
_PUBLIC_RESOURCE = re.compile(r"^static/(?:js|css|images)/[A-Za-z0-9_/-]+\.(?:js|css|svg|png)$")


def _engine():
    """The template engine: our templates folder, with XBlock's translating {% trans %} tags.

    The ``i18n`` library is XBlock's proxy (as in ``ResourceLoader.render_django_template``):
    it merges the package catalog passed as ``_i18n_service`` into Django's translation.
    """
    if not hasattr(_engine, "instance"):
        libraries = dict(get_installed_libraries(), i18n="xblock.utils.templatetags.i18n")
        _engine.instance = Engine(dirs=[str(TEMPLATES)], libraries=libraries, autoescape=True)
    return _engine.instance


def dom_id_for(usage_key):
    """A page-unique prefix for the element ids of the block ``usage_key``."""
    return "j4a-" + hashlib.sha1(str(usage_key).encode("utf-8")).hexdigest()[:10]


class RenderingMixin:
    """Templates rendered in the active language; JS and CSS served from ``static/``."""

    public_dir = "static"
    i18n_js_namespace = i18n.JS_NAMESPACE

    @classmethod
    def open_local_resource(cls, uri):
        """Serve only files below static/js, static/css and static/images of this package."""
        if isinstance(uri, bytes):
            uri = uri.decode("utf-8")
        if not _PUBLIC_RESOURCE.match(uri) or "/." in uri or "//" in uri:
            raise DisallowedFileError(f"Only JOBS4ALL static files are served: {uri!r}")
        return files("jobs4all_xblocks").joinpath(uri).open("rb")

    # -- translation
    def translation(self):
        return i18n.translation()

    def gettext(self, text):
        return self.translation().gettext(text)

    def ngettext(self, singular, plural, number):
        return self.translation().ngettext(singular, plural, number)

    def render_problems(self, problems):
        gettext = self.translation().gettext
        return [problem.as_dict(gettext) for problem in problems]

    # -- rendering
    @property
    def dom_id(self):
        """A page-unique prefix for element ids (two blocks on a page never share an id)."""
        return dom_id_for(self.usage_key)

    def render_template(self, name, context):
        """Render ``templates/<name>`` in the active language ({% include %} works too)."""
        context = dict(context, dom_id=self.dom_id, lang=i18n.language_code(), _i18n_service=self.translation())
        return _engine().get_template(name).render(Context(context))

    def resource_url(self, path):
        return self.runtime.local_resource_url(self, f"static/{path}")

    def build_fragment(self, template, context, *, js=(), css=("css/jobs4all.css",), init=None, init_args=None):
        """A fragment of ``template`` with the CSS, the JS catalog, the shared JS and ``js``."""
        fragment = Fragment(self.render_template(template, context))
        for path in css:
            fragment.add_css_url(self.resource_url(path))
        if js:
            catalog = i18n.js_catalog()
            if catalog:
                fragment.add_javascript_url(self.runtime.local_resource_url(self, catalog))
            fragment.add_javascript_url(self.resource_url("js/jobs4all-common.js"))
            for path in js:
                fragment.add_javascript_url(self.resource_url(path))
        if init:
            # The init arguments travel in an escaped JSON element, not in the runtime's
            # <script type="json/xblock-args">: XBlock's runtime and the workbench write those
            # with a bare json.dumps, so author or learner text containing "</script>" could
            # break out of the tag. The JS reads them back with Jobs4All.initData(args).
            data_id = f"{self.dom_id}-init-args"
            fragment.add_content(json_script(init_args or {}, data_id))
            fragment.initialize_js(init, {"data": data_id})
        return fragment
