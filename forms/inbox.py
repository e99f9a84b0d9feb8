"""The handler inbox in the Wagtail admin: where an authority reads and acts on its reports.

A Wagtail ModelViewSet for Report with only the views a handler needs: the
filtered list (with a CSV export), a report's page (the generic inspect view,
named ``reports_inbox:inspect`` because the notification email links to it),
and four POST actions: change status, add an internal note, ask the reporter a
question, pass the report to another authority. There is no add, edit, delete,
copy, history or usage view: reports change only through these actions.

Who sees what is decided in ``forms.permissions`` alone; every view here gets
its reports from ``reports_for`` or ``report_or_404``. Every view of a report's
content and every change is written to Wagtail's audit log, with labels and
content-free data only (status names, authority slugs, note ids): the log is
not encrypted, so report text must never reach it.
"""

import datetime
import uuid

import django_filters
from django import forms
from django.conf import settings
from django.contrib.admin.utils import quote
from django.db import transaction
from django.db.models import BooleanField
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import LogFormatter, log
from wagtail.log_actions import registry as log_registry

from core.choices import CHESHIRE_AREAS
from core.middleware import mark_form_page

from . import notifications
from .admin_forms import NoteForm, QuestionForm, ReassignForm, StatusForm
from .choices import ReportSource, ReportStatus
from .crypto import EncryptedTextField
from .models import Notification, Report, ReportNote
from .permissions import authorities_for, can_handle, report_or_404, reports_for
from .routing import Reason

# --- Audit log actions ---------------------------------------------------------------

VIEWED = "reports.viewed"
STATUS_CHANGED = "reports.status_changed"
NOTE_ADDED = "reports.note_added"
QUESTION_ASKED = "reports.question_asked"
REASSIGNED = "reports.reassigned"
EXPORTED = "reports.exported"
ANSWER_RECEIVED = "reports.answer_received"  # logged by forms.followup
CODES_GUESSED = "reports.followup_guessed"  # logged by forms.followup


def _status_label(value):
    try:
        return ReportStatus(value).label
    except ValueError:
        return value


class StatusChangedFormatter(LogFormatter):
    label = gettext_lazy("Report status changed")

    def format_message(self, log_entry):
        data = log_entry.data
        return _("Changed the status from %(old)s to %(new)s") % {
            "old": _status_label(data.get("from")),
            "new": _status_label(data.get("to")),
        }


class ReassignedFormatter(LogFormatter):
    label = gettext_lazy("Report passed to another authority")

    def format_message(self, log_entry):
        data = log_entry.data
        return _("Passed the report from %(old)s to %(new)s (reason in note %(note)s)") % {
            "old": data.get("from"),
            "new": data.get("to"),
            "note": data.get("note_id"),
        }


def register_log_actions(actions):
    """Called from the register_log_actions hook in forms/wagtail_hooks.py."""
    actions.register_action(VIEWED, gettext_lazy("Report viewed"), gettext_lazy("Viewed"))
    actions.register_action(
        NOTE_ADDED, gettext_lazy("Internal note added"), gettext_lazy("Added an internal note")
    )
    actions.register_action(
        QUESTION_ASKED,
        gettext_lazy("Question to the reporter"),
        gettext_lazy("Asked the reporter a question"),
    )
    actions.register_action(
        EXPORTED, gettext_lazy("Report exported"), gettext_lazy("Exported in a CSV list")
    )
    actions.register_action(
        ANSWER_RECEIVED,
        gettext_lazy("Answer from the reporter"),
        gettext_lazy("The reporter answered a question"),
    )
    actions.register_action(
        CODES_GUESSED,
        gettext_lazy("Many wrong receipt codes"),
        gettext_lazy("Many wrong receipt codes were tried for this report's reference"),
    )
    actions.register_action(STATUS_CHANGED)(StatusChangedFormatter)
    actions.register_action(REASSIGNED)(ReassignedFormatter)


# --- What handlers read ----------------------------------------------------------------

ROUTING_REASONS = {
    Reason.CHOSEN: gettext_lazy("The reporter chose the area"),
    Reason.LOCALITY: gettext_lazy("Worked out from the town or postcode given"),
    Reason.TOWN: gettext_lazy("The reporter chose the town in a boundary postcode district"),
    Reason.AMBIGUOUS: gettext_lazy("The town or postcode crosses a boundary"),
    Reason.UNKNOWN: gettext_lazy("Area not known"),
    Reason.OUTSIDE: gettext_lazy("Outside Cheshire"),
    Reason.SCREENED: gettext_lazy(
        "Left outside the report forms and screened as a possible disclosure: to triage"
    ),
}
AREA_UNKNOWN = "unknown"
NOT_GIVEN = gettext_lazy("Not given")

# Every field of a report, in the order a handler reads it. The reporter's
# idempotency token and receipt hash are internal and meaningless to a handler;
# tests check that no other field is missing from this list.
INSPECT_SECTIONS = [
    (
        "summary",
        gettext_lazy("About this report"),
        [
            "reference",
            "kind",
            "source",
            "status",
            "authority",
            "created_at",
            "updated_at",
            "closed_at",
        ],
    ),
    (
        "happened",
        gettext_lazy("What happened"),
        ["danger_now", "what_happened", "when_precision", "when_date", "when_description"],
    ),
    (
        "where",
        gettext_lazy("Where"),
        ["area_given", "area", "routing_reason", "locality", "place_type", "place"],
    ),
    (
        "people",
        gettext_lazy("People involved"),
        ["people_description", "names", "usernames", "vehicles"],
    ),
    (
        "reporter",
        gettext_lazy("The reporter"),
        [
            "reporter_role",
            "sector",
            "language",
            "wants_contact",
            "contact_name",
            "contact_phone",
            "contact_email",
        ],
    ),
]
INTERNAL_FIELDS = {"id", "submission_token", "receipt_hash"}

FIELD_LABELS = {
    "created_at": gettext_lazy("Received"),
    "updated_at": gettext_lazy("Last changed"),
    "closed_at": gettext_lazy("Closed"),
    "source": gettext_lazy("Came from"),
    "area_given": gettext_lazy("Area the reporter chose"),
    "area": gettext_lazy("Area as routed"),
    "routing_reason": gettext_lazy("How it was routed"),
    "locality": gettext_lazy("Town or postcode given"),
    "danger_now": gettext_lazy("Child in danger at the time of reporting"),
    "what_happened": gettext_lazy("What happened"),
    "when_precision": gettext_lazy("When"),
    "when_date": gettext_lazy("Date"),
    "when_description": gettext_lazy("When, in the reporter's words"),
    "place_type": gettext_lazy("Type of place"),
    "place": gettext_lazy("Place"),
    "people_description": gettext_lazy("Descriptions of people"),
    "names": gettext_lazy("Names or nicknames"),
    "usernames": gettext_lazy("Online usernames"),
    "vehicles": gettext_lazy("Vehicles"),
    "reporter_role": gettext_lazy("Who they are"),
    "sector": gettext_lazy("Business sector"),
    "language": gettext_lazy("Language of the form"),
    "wants_contact": gettext_lazy("Agreed to be contacted"),
    "contact_name": gettext_lazy("Contact name"),
    "contact_phone": gettext_lazy("Contact phone"),
    "contact_email": gettext_lazy("Contact email"),
}


def kind_label(report):
    """The kind, and for anything not sent through the report forms where it came from:
    a screened page feedback comment must stand out in the list."""
    if report.source == ReportSource.REPORT_FORM:
        return report.get_kind_display()
    return f"{report.get_kind_display()} ({report.get_source_display()})"


def area_label(report):
    return report.get_area_display() if report.area else _("Not known")


EXACT_TIME = "j F Y, H:i"
CONFIRMED = "confirmed"


def exact_time(report):
    return date_format(timezone.localtime(report.created_at), EXACT_TIME)


EMPTY_TEXT = {"closed_at": gettext_lazy("Not closed")}


def field_row(report, name):
    """One labelled value for the report page. Free text stays plain text: the
    template escapes it (and keeps its line breaks); nothing is marked safe."""
    field = Report._meta.get_field(name)
    label = FIELD_LABELS.get(name) or field.verbose_name.capitalize()
    value = getattr(report, name)
    if name == "authority":
        value = report.authority.name
    elif name == "area":
        value = area_label(report)
    elif name == "routing_reason":
        value = ROUTING_REASONS.get(value, value)
    elif name == "language":
        value = dict(settings.LANGUAGES).get(value, value)
    elif field.choices and value:
        value = getattr(report, f"get_{name}_display")()
    elif isinstance(field, BooleanField):
        value = _("Yes") if value else _("No")
    elif isinstance(value, datetime.datetime):
        value = date_format(timezone.localtime(value), EXACT_TIME)
    elif isinstance(value, datetime.date):
        value = date_format(value, "j F Y")
    return {
        "name": name,
        "label": label,
        "value": value,
        "is_text": isinstance(field, EncryptedTextField),
        "is_empty": value in (None, ""),
        "empty_text": EMPTY_TEXT.get(name, NOT_GIVEN),
    }


# --- Shared behaviour ------------------------------------------------------------------


class InboxResponseMixin:
    """Headers every inbox response carries.

    ``no-store``: what a handler reads must never be kept by a browser or proxy
    cache. The admin URLs are already wrapped in never_cache; this makes it a
    property of the inbox views themselves, wherever they are mounted.

    ``Referrer-Policy: same-origin``: under the site's ``no-referrer`` a browser
    sends ``Origin: null`` with every form POST, which Django's CSRF check
    refuses, so the report page's actions could never be used. ``same-origin``
    still sends nothing to any other site (as forms/journey.py does).
    """

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        return mark_form_page(response)


class ReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=ReportStatus.choices,
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Kind"),
        choices=Report._meta.get_field("kind").choices,
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    area = django_filters.ChoiceFilter(
        label=gettext_lazy("Area"),
        choices=[(area.value, area.label) for area in CHESHIRE_AREAS]
        + [(AREA_UNKNOWN, gettext_lazy("Not known"))],
        method="filter_area",
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Received"), widget=DateRangePickerWidget
    )
    reporter_role = django_filters.ChoiceFilter(
        label=gettext_lazy("Reporter"),
        choices=Report._meta.get_field("reporter_role").choices,
        empty_label=gettext_lazy("All"),
    )
    authority = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Authority"),
        queryset=lambda request: authorities_for(request.user),
        empty_label=gettext_lazy("All"),
    )

    class Meta:
        model = Report
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        # Only worth offering to someone who handles more than one authority's reports.
        if request is None or authorities_for(request.user).count() < 2:
            del self.filters["authority"]

    def filter_area(self, queryset, name, value):
        return queryset.filter(area="" if value == AREA_UNKNOWN else value)


def _csv_datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


# The CSV holds no free text at all, only the reference and fixed answers: a CSV
# leaves the admin (attachments, shared drives) without encryption or audit,
# and handlers read what was written on the report's page, where it is logged.
# No cell holds anything a reporter typed, so none can carry a spreadsheet formula.
EXPORT_COLUMNS = [
    ("reference", gettext_lazy("Reference"), lambda r: r.reference),
    ("kind", gettext_lazy("Kind"), lambda r: r.get_kind_display()),
    ("status", gettext_lazy("Status"), lambda r: r.get_status_display()),
    ("authority", gettext_lazy("Authority"), lambda r: r.authority.name),
    ("area", gettext_lazy("Area"), area_label),
    ("area_given", gettext_lazy("Area the reporter chose"), lambda r: r.get_area_given_display()),
    (
        "routing_reason",
        gettext_lazy("How it was routed"),
        lambda r: ROUTING_REASONS.get(r.routing_reason, r.routing_reason),
    ),
    ("place_type", gettext_lazy("Type of place"), lambda r: r.get_place_type_display()),
    ("reporter_role", gettext_lazy("Reporter"), lambda r: r.get_reporter_role_display()),
    ("sector", gettext_lazy("Business sector"), lambda r: r.get_sector_display()),
    ("language", gettext_lazy("Language of the form"), lambda r: r.get_language_display()),
    (
        "danger_now",
        gettext_lazy("Child in danger when reported"),
        lambda r: _("Yes") if r.danger_now else _("No"),
    ),
    (
        "wants_contact",
        gettext_lazy("Agreed to be contacted"),
        lambda r: _("Yes") if r.wants_contact else _("No"),
    ),
    ("created_at", gettext_lazy("Received"), lambda r: _csv_datetime(r.created_at)),
    ("closed_at", gettext_lazy("Closed"), lambda r: _csv_datetime(r.closed_at)),
]


# --- Views -----------------------------------------------------------------------------


class ReportIndexView(InboxResponseMixin, generic.IndexView):
    template_name = "reports/admin/index.html"
    page_title = gettext_lazy("Reports inbox")
    FORMATS = ("csv",)  # no XLSX: one export format to reason about
    list_export = [key for key, _label, _get in EXPORT_COLUMNS]
    export_headings = {key: label for key, label, _get in EXPORT_COLUMNS}
    _export_getters = {key: get for key, _label, get in EXPORT_COLUMNS}

    def get_base_queryset(self):
        return reports_for(self.request.user).select_related("authority")

    @cached_property
    def header_buttons(self):
        return [HeaderButton(_("Download CSV"), url=self.csv_export_url, icon_name="download")]

    @cached_property
    def header_more_buttons(self):
        return []

    def get_filename(self):
        return f"reports-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, item):
        return {key: self._export_getters[key](item) for key in self.list_export}

    def as_spreadsheet(self, queryset, spreadsheet_format):
        reports = list(queryset)  # also fills the queryset's cache for the writer below
        export_id = uuid.uuid4()
        with transaction.atomic():
            for report in reports:
                log(
                    instance=report,
                    action=EXPORTED,
                    user=self.request.user,
                    uuid=export_id,
                    data={"format": spreadsheet_format, "rows": len(reports)},
                )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["handled_authorities"] = list(authorities_for(self.request.user))
        return context


class ReportInspectView(InboxResponseMixin, generic.InspectView):
    """A report's page: every field decrypted and escaped, the notes, the forms
    for the actions and the audit trail. Each time the page is shown, that
    showing is written to the audit trail."""

    template_name = "reports/admin/inspect.html"
    page_title = gettext_lazy("Report")
    action_forms = {
        "status_form": StatusForm,
        "note_form": NoteForm,
        "question_form": QuestionForm,
        "reassign_form": ReassignForm,
    }

    def get_object(self, queryset=None):
        queryset = reports_for(self.request.user).select_related("authority")
        return report_or_404(self.request.user, self.pk, queryset=queryset)

    def get_fields(self):
        return [name for _key, _heading, names in INSPECT_SECTIONS for name in names]

    def get_fields_context(self):
        return []  # the sections below replace the generic field list

    def get(self, request, *args, **kwargs):
        self.log_view()
        return super().get(request, *args, **kwargs)

    def log_view(self):
        log(instance=self.object, action=VIEWED, user=self.request.user)

    def make_form(self, name, data=None):
        form_class = self.action_forms[name]
        kwargs = {"report": self.object} if form_class is ReassignForm else {}
        if form_class is StatusForm and data is None:
            kwargs["initial"] = {"status": self.object.status}
        return form_class(data, **kwargs)

    def get_context_data(self, **kwargs):
        for name in self.action_forms:
            kwargs.setdefault(name, self.make_form(name))
        context = super().get_context_data(**kwargs)
        report = self.object
        context["report"] = report
        context["sections"] = [
            {"key": key, "heading": heading, "rows": [field_row(report, n) for n in names]}
            for key, heading, names in INSPECT_SECTIONS
        ]
        context["notes"] = report.notes.select_related("author")
        context["log_entries"] = (
            log_registry.get_logs_for_instance(report)
            .select_related("user")
            .order_by("-timestamp", "-pk")
        )
        return context


class ReportActionView(ReportInspectView):
    """A POST that changes a report. The report is looked up again, locked,
    inside the transaction: if it moved away meanwhile, this is a 404 too.
    An invalid form shows the report page again with the errors and the text kept.

    Each subclass names its ``form_name`` and defines ``perform(report, data)``,
    which makes the change, logs it and returns the message for the handler."""

    http_method_names = ["post"]
    form_name = None

    def post(self, request, *args, **kwargs):
        with transaction.atomic():
            self.object = report_or_404(
                request.user,
                self.object.pk,
                queryset=reports_for(request.user).select_for_update(of=("self",)),
            )
            form = self.make_form(self.form_name, request.POST)
            message = self.perform(self.object, form.cleaned_data) if form.is_valid() else None
        if message is None:
            self.log_view()  # the page below shows the report again
            messages.error(request, _("Nothing was changed: please correct the errors below."))
            return self.render_to_response(self.get_context_data(**{self.form_name: form}))
        messages.success(request, message)
        return redirect(self.get_success_url())

    def get_success_url(self):
        return reverse("reports_inbox:inspect", args=[quote(self.object.pk)])


class ChangeStatusView(ReportActionView):
    form_name = "status_form"

    def perform(self, report, data):
        old, new = report.status, data["status"]
        if old == new:
            return _("The status was already %(status)s.") % {"status": _status_label(new)}
        report.status = new
        # Closed reports are deleted after the retention period counted from
        # closed_at; reopening one must stop that clock.
        report.closed_at = timezone.now() if new == ReportStatus.CLOSED else None
        report.save(update_fields=["status", "closed_at", "updated_at"])
        log(
            instance=report,
            action=STATUS_CHANGED,
            user=self.request.user,
            data={"from": old, "to": new},
        )
        return _("Status changed to %(status)s.") % {"status": _status_label(new)}


class AddNoteView(ReportActionView):
    form_name = "note_form"
    note_kind = ReportNote.Kind.INTERNAL
    log_action = NOTE_ADDED
    success_message = gettext_lazy("Note added.")

    def perform(self, report, data):
        note = ReportNote.objects.create(
            report=report, kind=self.note_kind, text=data["text"], author=self.request.user
        )
        log(
            instance=report,
            action=self.log_action,
            user=self.request.user,
            data={"note_id": note.pk},
        )
        return str(self.success_message)


class AskQuestionView(AddNoteView):
    form_name = "question_form"
    note_kind = ReportNote.Kind.QUESTION
    log_action = QUESTION_ASKED
    success_message = gettext_lazy(
        "Question saved. The reporter will see it if they come back with their receipt code."
    )


class ReassignView(ReportActionView):
    """Passing a report on asks first: a valid form shows what will happen (who gets
    it, that the handler may lose sight of it) and is sent again with "confirmed"."""

    form_name = "reassign_form"
    confirm_template_name = "reports/admin/confirm_reassign.html"

    def post(self, request, *args, **kwargs):
        if request.POST.get(CONFIRMED) != "yes":
            form = self.make_form(self.form_name, request.POST)
            if form.is_valid():
                return self.ask_first(form)
        return super().post(request, *args, **kwargs)

    def ask_first(self, form):
        authority = form.cleaned_data["authority"]
        context = {
            "report": self.object,
            "form": form,
            "authority": authority,
            "keeps_access": can_handle_authority(self.request.user, authority),
            "confirmed_field": CONFIRMED,
            "page_title": _("Pass report %(reference)s to %(authority)s?")
            % {"reference": self.object.reference, "authority": authority.name},
            "header_icon": "mail",
        }
        return TemplateResponse(self.request, self.confirm_template_name, context)

    def perform(self, report, data):
        old_authority, new_authority = report.authority, data["authority"]
        old_status = report.status
        note = ReportNote.objects.create(
            report=report,
            kind=ReportNote.Kind.REASSIGNMENT,
            text=data["reason"],
            author=self.request.user,
        )
        report.authority = new_authority
        report.status = ReportStatus.NEW
        report.closed_at = None
        report.save(update_fields=["authority", "status", "closed_at", "updated_at"])
        # The new authority is told the same way as for a new report, in this
        # same transaction: if queuing fails, the report does not move.
        notification = Notification.objects.create(report=report, authority=new_authority)
        notifications.enqueue(notification)
        log(
            instance=report,
            action=REASSIGNED,
            user=self.request.user,
            data={
                "from": old_authority.slug,
                "to": new_authority.slug,
                "note_id": note.pk,
                "status_from": old_status,
            },
        )
        return _("Report %(reference)s passed to %(authority)s.") % {
            "reference": report.reference,
            "authority": new_authority.name,
        }

    def get_success_url(self):
        if can_handle(self.request.user, self.object):
            return super().get_success_url()
        return reverse("reports_inbox:index")


def can_handle_authority(user, authority):
    return authorities_for(user).filter(pk=authority.pk).exists()


# URL name (under the reports_inbox namespace) -> view class.
REPORT_ACTIONS = {
    "status": ChangeStatusView,
    "note": AddNoteView,
    "question": AskQuestionView,
    "reassign": ReassignView,
}


# --- The viewset -----------------------------------------------------------------------


class ReportAdminURLFinder(ModelAdminURLFinder):
    """Links to a report (from the admin's own listings) go to its page, and
    only for someone who may read it."""

    edit_url_name = "reports_inbox:inspect"

    def get_edit_url(self, instance):
        if self.user is not None and not can_handle(self.user, instance):
            return None
        return self.construct_edit_url(instance)


class ReportsInboxViewSet(ModelViewSet):
    model = Report
    name = "reports_inbox"
    url_prefix = "inbox"
    icon = "mail"
    menu_label = gettext_lazy("Reports inbox")
    menu_order = 150
    add_to_admin_menu = True
    # A report's relations must never show up in another object's "usage".
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ReportIndexView
    inspect_view_class = ReportInspectView
    list_per_page = 25
    ordering = "-created_at"
    filterset_class = ReportFilterSet
    search_fields = ["reference"]
    search_backend_name = None  # the reference is searched in the database directly
    list_display = [
        TitleColumn(
            "reference",
            label=gettext_lazy("Reference"),
            url_name="reports_inbox:inspect",
            sort_key="reference",
            classname="w-whitespace-nowrap",
        ),
        Column("kind", accessor=kind_label, label=gettext_lazy("Kind"), sort_key="kind"),
        Column("area", accessor=area_label, label=gettext_lazy("Area"), sort_key="area"),
        StatusTagColumn(
            "status",
            accessor="get_status_display",
            label=gettext_lazy("Status"),
            sort_key="status",
            primary=lambda report: report.status == ReportStatus.NEW,
        ),
        Column(
            "danger_now",
            accessor=lambda report: _("In danger when reported") if report.danger_now else "",
            label=gettext_lazy("Danger"),
        ),
        Column(
            "reporter_role",
            accessor="get_reporter_role_display",
            label=gettext_lazy("Reporter"),
            sort_key="reporter_role",
        ),
        Column(
            "language",
            accessor="get_language_display",
            label=gettext_lazy("Language"),
            sort_key="language",
        ),
        # The exact time, not "3 hours ago": handlers compare it with other records.
        Column(
            "created_at",
            accessor=exact_time,
            label=gettext_lazy("Received"),
            sort_key="created_at",
            classname="w-whitespace-nowrap",
        ),
        Column(
            "authority",
            accessor="authority.name",
            label=gettext_lazy("Authority"),
            sort_key="authority__name",
        ),
    ]

    @property
    def url_finder_class(self):
        return ReportAdminURLFinder

    def get_permissions_to_register(self):
        # Offer only the one permission that means something in Settings > Groups.
        return super().get_permissions_to_register().filter(codename="handle_report")

    def get_urlpatterns(self):
        urlpatterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]
        for name, view_class in REPORT_ACTIONS.items():
            view = self.construct_view(view_class, **self.get_inspect_view_kwargs())
            urlpatterns.append(path(f"{name}/<int:pk>/", view, name=name))
        return urlpatterns
