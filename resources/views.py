"""The download link every listed resource goes through: it adds one to the
resource's count and sends the visitor on. No cookie, no identifier, no row per
visit: only the total is kept."""

from django.db.models import F
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .models import Resource


@never_cache  # every click must reach us to be counted, not a cache on the way
@require_safe
def download(request, pk):
    resource = get_object_or_404(
        Resource.objects.listed().select_related("document", "page"), pk=pk
    )
    url = resource.destination_url(request)
    if not url:
        raise Http404("This resource no longer leads anywhere.")
    # HEAD (link checkers, previews) is answered but not counted.
    if request.method == "GET":
        Resource.objects.filter(pk=resource.pk).update(download_count=F("download_count") + 1)
    return HttpResponseRedirect(url)
