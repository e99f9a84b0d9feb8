"""What happens when a POST fails Django's CSRF check (``CSRF_FAILURE_VIEW``).

A reporter whose page sat open too long, or whose browser lost the CSRF cookie,
must not lose what they typed. A POST to a step of a report journey is shown
again with the answers it carried, a fresh token and a short explanation;
nothing is sent. Anything else gets Django's own failure page.
"""

from django.views.csrf import csrf_failure as django_csrf_failure
from wagtail import views as wagtail_views
from wagtail.models import Page


def _report_step(request):
    """(ReportPage, step name) when the request is for a step of a report journey."""
    from .models import ReportPage

    match = getattr(request, "resolver_match", None)
    if request.method != "POST" or match is None or match.func is not wagtail_views.serve:
        return None
    path = match.kwargs.get("path", match.args[0] if match.args else "")
    route = Page.route_for_request(request, path)
    if route is None or not isinstance(route[0], ReportPage):
        return None
    step = getattr(getattr(request, "routable_resolver_match", None), "url_name", None)
    return route[0], step


def csrf_failure(request, reason=""):
    found = _report_step(request)
    if found:
        from . import journey

        page, step = found
        response = journey.after_csrf_failure(page, request, step, reason)
        if response is not None:
            return response
    return django_csrf_failure(request, reason=reason)
