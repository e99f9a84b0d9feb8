"""Middleware every response passes through: privacy headers Django does not set
itself, the one exception to no-referrer (pages with forms), the one exception to
"never framed" (Wagtail's preview), and gzip for pages."""

from functools import wraps

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import add_never_cache_headers, patch_cache_control

# Under "no-referrer" Chromium sends "Origin: null" with a form POST, which
# Django's CSRF check refuses. Pages that post forms back to us therefore use
# "same-origin": still nothing is sent to any other site.
FORM_PAGE_REFERRER_POLICY = "same-origin"


def mark_form_page(response):
    """Headers for a page with a form: never stored, and able to post back."""
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    response["Referrer-Policy"] = FORM_PAGE_REFERRER_POLICY
    return response


def form_page(view):
    """View decorator: ``mark_form_page`` on every response of the view."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return mark_form_page(view(request, *args, **kwargs))

    return wrapper


class PrivacyHeadersMiddleware:
    """Permissions-Policy on every response; the form-page referrer policy in the admin."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = tuple(settings.FORM_PAGE_PATH_PREFIXES)

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path.startswith(self.admin_prefixes):
            response.setdefault("Referrer-Policy", FORM_PAGE_REFERRER_POLICY)
        return response


class PreviewFramingMiddleware:
    """Wagtail's preview is shown in a frame of the admin's own page (the editor's side
    panel), so a preview response may be framed by this site: frame-ancestors 'self'
    and X-Frame-Options SAMEORIGIN. Every other response keeps 'none' and DENY.

    ``request.is_preview`` is set by Wagtail on the request it makes for a preview,
    inside this process; nothing a browser sends can set it. Listed below
    XFrameOptionsMiddleware and CSPMiddleware, so it answers before they do.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            response._csp_replace = {"frame-ancestors": ["'self'"]}
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class PageGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware for HTML only.

    A page shrinks to about a quarter, which is most of what a slow phone waits for on a
    first visit. Static files are WhiteNoise's (gzip and brotli, made at build time);
    downloads (PDFs, images) are already compressed and keep their Content-Length.
    Django pads each compressed page with random bytes, which defeats the BREACH attack
    on the CSRF token in form pages.
    """

    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith("text/html"):
            return response
        return super().process_response(request, response)
