"""Pages go out gzipped; static files are WhiteNoise's (gzip and brotli, made at build time)."""

from django.middleware.gzip import GZipMiddleware


class PageGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware for HTML only.

    A page shrinks to about a quarter, which is most of what a slow phone waits for on a
    first visit. Downloads (PDFs, images) are already compressed and keep their
    Content-Length. Django pads each compressed page with random bytes, which defeats
    the BREACH attack on the CSRF token in form pages.
    """

    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith("text/html"):
            return response
        return super().process_response(request, response)
