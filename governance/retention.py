"""Retention of staff sign-in records (django-axes) and admin sessions, and what the
staff accounts hold (see core/retention.py, core/data_inventory.py).

Axes keeps a record of each admin sign-in (AccessLog), of failures that locked an
account (AccessFailureLog) and of recent failed attempts (AccessAttempt). Axes itself
only drops an attempt when someone next signs in after the cool-off; the daily job
deletes all three once they are older than ``RETENTION["security-logs"]``.
"""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils.translation import gettext_lazy, ngettext

from core import retention
from core.data_inventory import STAFF, PersonalData, declare, holds_none

SIGN_IN_RECORDS = (AccessLog, AccessFailureLog, AccessAttempt)


def apply_security_logs(run):
    cutoff = run.cutoff("security-logs")
    due = [model.objects.filter(attempt_time__lt=cutoff) for model in SIGN_IN_RECORDS]
    if run.dry_run:
        return {"deleted": sum(queryset.count() for queryset in due)}
    return {"deleted": sum(queryset.delete()[0] for queryset in due)}


def session_length():
    hours = settings.SESSION_COOKIE_AGE // 3600
    return ngettext("at most %(count)d hour", "at most %(count)d hours", hours) % {"count": hours}


def apply_expired_sessions(run):
    expired = Session.objects.filter(expire_date__lt=run.now)
    if run.dry_run:
        return {"deleted": expired.count()}
    return {"deleted": expired.delete()[0]}


retention.register(
    retention.Rule(
        None,
        name="admin-sessions",
        what=gettext_lazy("Staff's admin sessions"),
        starts=gettext_lazy("after signing in; they end when the browser closes"),
        fixed=session_length,
        apply=apply_expired_sessions,
        order=91,
    )
)
retention.register(
    retention.Rule(
        "security-logs",
        what=gettext_lazy("Staff sign-in records"),
        starts=gettext_lazy("after the sign-in or attempt"),
        apply=apply_security_logs,
        order=90,
    )
)

# No address is kept (AXES_CLIENT_IP_CALLABLE gives Axes one that identifies nobody).
_COMMON = {
    "user_agent": "The staff member's browser, as it describes itself.",
    "ip_address": "Always the same placeholder: no address is kept.",
    "username": "The username typed.",
    "http_accept": "What the browser said it accepts.",
    "path_info": "The sign-in page's address.",
    "attempt_time": "When; starts the clock.",
}
declare(
    "axes.accesslog",
    PersonalData(
        whose=STAFF,
        retention="security-logs",
        about="One row per successful admin sign-in.",
        fields={
            **_COMMON,
            "logout_time": "When they signed out.",
            "session_hash": "A hash of the session, to match the sign-out.",
        },
    ),
)
declare(
    "axes.accessfailurelog",
    PersonalData(
        whose=STAFF,
        retention="security-logs",
        about="One row per failed admin sign-in.",
        fields={**_COMMON, "locked_out": "Whether this failure locked the username."},
    ),
)
declare(
    "axes.accessattempt",
    PersonalData(
        whose=STAFF,
        retention="security-logs",
        about="Recent failed sign-ins for one username, to lock it after five.",
        fields={
            **_COMMON,
            "get_data": "The sign-in page's query string.",
            "post_data": "The sign-in form as sent, with the password removed by Axes.",
            "failures_since_start": "How many failures in a row.",
        },
    ),
)
declare(
    "axes.accessattemptexpiration",
    PersonalData(
        whose=STAFF,
        retention="security-logs",
        about="When a failed attempt stops counting; deleted with it.",
        fields={
            "access_attempt": "The attempt it belongs to.",
            "expires_at": "When it stops counting.",
        },
    ),
)
declare(
    "sessions.session",
    PersonalData(
        whose=STAFF,
        retention="admin-sessions",
        about="Only staff signed in to the admin have a session; visitors never do.",
        fields={
            "session_key": "The random value in the staff member's session cookie.",
            "session_data": "Who is signed in, and their two-step sign-in state.",
            "expire_date": "When the session ends.",
        },
    ),
)
holds_none(
    "Staff accounts, groups and two-step sign-in devices: not visitors' data; kept while "
    "the account exists (administrators remove leavers).",
    "auth.user",
    "auth.group",
    "auth.permission",
    "otp_totp.totpdevice",
)
holds_none("Permissions only: no table.", "governance.governance")
holds_none(
    "The review step's settings (which groups approve); who acted is in Wagtail's own "
    "workflow and audit tables.",
    "governance.twopersonapprovaltask",
)
