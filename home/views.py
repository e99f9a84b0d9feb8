"""Site-wide views: health check, robots.txt and the error pages."""

from django.db import connection
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core import health

from .chrome import fallback_chrome


@never_cache
@require_GET
def healthz(request):
    """Answers 200 only when the database answers: used by Docker's HEALTHCHECK.

    The body is "ok", or "warning" and one line per problem the apps report
    (``core.health``: report notifications held up, no worker running). Those
    leave the status 200: the web server itself is fine, and restarting it would
    not help.
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    problems = health.warnings()
    body = "\n".join(["warning", *problems]) if problems else "ok"
    return HttpResponse(body, content_type="text/plain")


@require_GET
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """Render the 500 page from defaults only: the database may be the problem."""
    template = loader.get_template("500.html")
    body = template.render({"chrome": fallback_chrome(), "request": None})
    return HttpResponseServerError(body)
