"""Headers that Django does not set itself."""

from django.conf import settings


class PrivacyHeadersMiddleware:
    """Add Permissions-Policy, which Django has no setting for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
