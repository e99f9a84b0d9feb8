"""django-axes without the browser's details.

Axes keeps each sign-in (AccessLog), failure (AccessAttempt, AccessFailureLog) with
the browser's user agent and Accept header, and writes them into its log lines. No
setting turns that off, so this handler, Axes' own database handler otherwise,
blanks both before anything is stored or logged. Lockouts are by username only
(AXES_LOCKOUT_PARAMETERS) and the address is a stand-in (core.logging), so nothing
Axes keeps says anything about the person's device.
"""

from axes.handlers.database import AxesDatabaseHandler


def forget_the_browser(request):
    if request is not None:
        request.axes_user_agent = ""
        request.axes_http_accept = ""


class AxesHandlerWithoutBrowserDetails(AxesDatabaseHandler):
    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        forget_the_browser(request)
        return super().user_login_failed(sender, credentials, request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        forget_the_browser(request)
        return super().user_logged_in(sender, request, user, **kwargs)

    def user_logged_out(self, sender, request, user, **kwargs):
        forget_the_browser(request)
        return super().user_logged_out(sender, request, user, **kwargs)

    def get_failures(self, request, credentials=None):
        forget_the_browser(request)
        return super().get_failures(request, credentials)

    def is_locked(self, request, credentials=None):
        forget_the_browser(request)
        return super().is_locked(request, credentials)
