"""Site-wide views: health check, robots.txt and the error pages."""

from django.db import connection
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .chrome import fallback_chrome


@never_cache
@require_GET
def healthz(request):
    """Answers 200 only when the database answers: used by Docker's HEALTHCHECK."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return HttpResponse("ok", content_type="text/plain")


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
