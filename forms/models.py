"""Reports, the authorities that receive them and the places that route them.

A report's path is in /work/shared/DESIGN.md: saved first (one transaction with
its notification), routed by ``forms.routing``, read only by its authority
(``forms.permissions``).
"""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.models.audit_log import BaseLogEntry, ModelLogEntryManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.choices import Area, Sector
from core.data_inventory import STAFF, VISITORS, PersonalData
from home.blocks import BaseStreamBlock
from home.i18n import site_languages
from home.models import BasePage, reviewed_relations

from .choices import (
    AuthorityKind,
    PlaceType,
    ReporterRole,
    ReportKind,
    ReportSource,
    ReportStatus,
    WhenPrecision,
)
from .crypto import EncryptedTextField

# Reference and receipt alphabets avoid letters and digits people confuse (0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def random_code(groups, size=4):
    return "-".join(
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(size)) for _ in range(groups)
    )


class Authority(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    """A body that receives reports: a council's children's services, the police,
    or the Pan-Cheshire triage team.

    Its public contact details (and who is told of its reports) change only once a
    second administrator approves the change ("Authorities' public details review");
    routing and notifications read the live, approved row.
    """

    slug = models.SlugField(unique=True, help_text=_("A short fixed name used by the routing."))
    name = models.CharField(max_length=120, help_text=_("As reporters should see it."))
    kind = models.CharField(max_length=20, choices=AuthorityKind.choices)
    area = models.CharField(
        max_length=40,
        choices=Area.choices,
        blank=True,
        help_text=_("The council area this authority covers. Leave empty for police and triage."),
    )
    notification_emails = models.TextField(
        blank=True,
        help_text=_(
            "Where to send 'a new report has arrived' emails, one address per line. "
            "The email never contains what the reporter wrote."
        ),
    )
    handlers = models.OneToOneField(
        Group,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="authority",
        help_text=_("The admin group whose members read and handle this authority's reports."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("area"),
        InlinePanel("contacts", heading=_("Public contact details"), label=_("Contact")),
        FieldPanel("notification_emails"),
        FieldPanel("handlers"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    _revisions, workflow_states = reviewed_relations("authority")

    class Meta:
        ordering = ["name"]
        verbose_name = _("authority")
        verbose_name_plural = _("authorities")

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    @property
    def notification_addresses(self):
        return [line.strip() for line in self.notification_emails.splitlines() if line.strip()]


class AuthorityContact(Orderable):
    """A contact detail shown to reporters. Shown only once an editor confirms it."""

    class Kind(models.TextChoices):
        PHONE = "phone", _("Phone")
        EMAIL = "email", _("Email")
        WEB = "web", _("Website")

    authority = ParentalKey(Authority, on_delete=models.CASCADE, related_name="contacts")
    label = models.CharField(
        max_length=120, help_text=_("For example 'Children's services front door (daytime)'.")
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.PHONE)
    value = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("The number, address or web address exactly as people should use it."),
    )
    confirmed = models.BooleanField(
        default=False,
        help_text=_(
            "Tick only after checking it with the authority. Until then the site leaves "
            "it out and shows the national routes instead."
        ),
    )

    panels = [FieldPanel("label"), FieldPanel("kind"), FieldPanel("value"), FieldPanel("confirmed")]

    def __str__(self):
        return f"{self.authority}: {self.label}"

    @property
    def is_usable(self):
        return self.confirmed and bool(self.value)


class Locality(models.Model):
    """A postcode district or town, and the council area it lies in.

    Districts and towns that cross a boundary are marked ambiguous and list
    every area they touch. A town lists the postcode districts it lies in, so a
    reporter who types a boundary district can be asked which of its towns they
    mean; if they do not know, the report goes to triage.
    """

    class Kind(models.TextChoices):
        DISTRICT = "district", _("Postcode district")
        TOWN = "town", _("Town or village")

    name = models.CharField(
        max_length=80,
        help_text=_("A postcode district such as 'WA7', or a town such as 'Runcorn'."),
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    areas = models.CharField(
        max_length=200,
        help_text=_(
            "The area slugs it lies in, separated by spaces, for example 'halton' or "
            "'warrington halton'. Use 'outside-cheshire' for parts outside Cheshire."
        ),
    )
    districts = models.CharField(
        max_length=200,
        blank=True,
        help_text=_(
            "Towns only: the postcode districts the town lies in, separated by spaces, for "
            "example 'WA8'. Reporters who type a district that crosses a boundary choose "
            "from the towns listed for it."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("areas"), FieldPanel("districts")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("postcode district or town")
        verbose_name_plural = _("postcode districts and towns")
        constraints = [
            models.UniqueConstraint(fields=["kind", "name"], name="unique_locality_per_kind")
        ]

    def __str__(self):
        return self.name

    @property
    def area_list(self):
        return self.areas.split()

    @property
    def is_ambiguous(self):
        return len(self.area_list) != 1

    @property
    def district_list(self):
        return self.districts.upper().split()


class Report(models.Model):
    """One report. Everything a reporter typed is encrypted at rest.

    Never add a field for the reporter's address, user agent or referrer.
    """

    reference = models.CharField(max_length=20, unique=True, editable=False)
    kind = models.CharField(max_length=20, choices=ReportKind.choices)
    status = models.CharField(
        max_length=20, choices=ReportStatus.choices, default=ReportStatus.NEW, db_index=True
    )
    authority = models.ForeignKey(Authority, on_delete=models.PROTECT, related_name="reports")
    # Routing: what the reporter chose, and what we decided.
    area_given = models.CharField(max_length=40, choices=Area.choices)
    area = models.CharField(
        max_length=40, choices=Area.choices, blank=True, help_text=_("The area as routed.")
    )
    routing_reason = models.CharField(max_length=40)
    locality = EncryptedTextField(blank=True)
    # What happened.
    what_happened = EncryptedTextField()
    when_precision = models.CharField(max_length=10, choices=WhenPrecision.choices)
    when_date = models.DateField(null=True, blank=True)
    when_description = EncryptedTextField(blank=True)
    place_type = models.CharField(max_length=20, choices=PlaceType.choices, blank=True)
    place = EncryptedTextField(blank=True)
    # People involved.
    people_description = EncryptedTextField(blank=True)
    names = EncryptedTextField(blank=True)
    usernames = EncryptedTextField(blank=True)
    vehicles = EncryptedTextField(blank=True)
    # The reporter: only what they chose to tell us.
    danger_now = models.BooleanField(default=False)
    reporter_role = models.CharField(max_length=20, choices=ReporterRole.choices)
    sector = models.CharField(max_length=20, choices=Sector.choices, blank=True)
    wants_contact = models.BooleanField(default=False)
    contact_name = EncryptedTextField(blank=True)
    contact_phone = EncryptedTextField(blank=True)
    contact_email = EncryptedTextField(blank=True)
    # The language the reporter used the form in (the page's interface language).
    language = models.CharField(max_length=10, choices=site_languages, default="en")
    # Idempotency: one report per submission token, however often it is sent.
    submission_token = models.CharField(max_length=64, unique=True, editable=False)
    receipt_hash = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    source = models.CharField(
        max_length=20, choices=ReportSource.choices, default=ReportSource.REPORT_FORM
    )

    # What each field is for and how long it is kept (docs/data-inventory.md).
    personal_data = PersonalData(
        whose=VISITORS,
        retention=("reports-open", "reports-passed-on", "reports-closed"),
        about="A concern or information a reporter sends, or a page feedback comment "
        "screened as a possible disclosure. Only what they chose to tell us.",
        fields={
            "reference": "The report's reference, shown to the reporter and used by handlers.",
            "kind": "Concern about a child, or information about people, places or vehicles.",
            "status": "Where the handling authority has got to; drives retention.",
            "authority": "Who must act on it (forms/routing.py).",
            "area_given": "The council area the reporter chose, to route it.",
            "area": "The area as routed.",
            "routing_reason": "Why it went where it went, for handlers.",
            "locality": "A town or postcode district the reporter gave, to route it.",
            "what_happened": "What the reporter saw or was told.",
            "when_precision": "How sure the reporter is of when.",
            "when_date": "When it happened, if known.",
            "when_description": "When, in the reporter's words.",
            "place_type": "The kind of place, to route it and for the quarterly figures.",
            "place": "Where it happened.",
            "people_description": "Descriptions of the people involved.",
            "names": "Names or nicknames the reporter gave.",
            "usernames": "Online usernames the reporter gave.",
            "vehicles": "Vehicles the reporter described.",
            "danger_now": "Whether a child was in danger when they reported.",
            "reporter_role": "Who the reporter is (a young person, a parent...), as they chose.",
            "sector": "The reporter's line of business, if they work in one.",
            "wants_contact": "Whether the reporter agreed to be contacted.",
            "contact_name": "The reporter's name, only if they chose to give it.",
            "contact_phone": "The reporter's phone number, only if they chose to give it.",
            "contact_email": "The reporter's email, only if they chose to give it.",
            "language": "The language of the form, so a reply can be in it.",
            "submission_token": "Random; makes a resent form save one report, not two.",
            "receipt_hash": "Keyed hash of the reporter's receipt code, for follow-up.",
            "created_at": "When it arrived.",
            "updated_at": "When a handler last changed it; starts the open-report clock.",
            "closed_at": "When it was closed; starts the closed-report clock.",
            "source": "The report forms, or a screened page feedback comment.",
        },
    )

    class Meta:
        ordering = ["-created_at"]
        permissions = [("handle_report", "Can read and handle reports for their authority")]

    def __str__(self):
        return self.reference

    @staticmethod
    def hash_receipt(code):
        """Receipt codes are stored only as a keyed hash."""
        key = settings.SECRET_KEY.encode()
        normalised = code.replace("-", "").replace(" ", "").upper()
        return hmac.new(key, b"receipt:" + normalised.encode(), hashlib.sha256).hexdigest()

    def check_receipt(self, code):
        return hmac.compare_digest(self.receipt_hash, self.hash_receipt(code))


class ReportNote(models.Model):
    """A handler's internal note, a question to the reporter, or the reporter's answer."""

    class Kind(models.TextChoices):
        INTERNAL = "internal", _("Internal note")
        QUESTION = "question", _("Question to the reporter")
        ANSWER = "answer", _("Answer from the reporter")
        REASSIGNMENT = "reassignment", _("Reason for reassignment")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="notes")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = EncryptedTextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    personal_data = PersonalData(
        whose=VISITORS,
        retention=("reports-open", "reports-passed-on", "reports-closed"),
        about="Deleted with its report.",
        fields={
            "report": "The report it belongs to.",
            "kind": "A handler's note, a question to the reporter or the reporter's answer.",
            "text": "The note, question or answer.",
            "author": "The handler who wrote it (empty for the reporter's answers).",
            "created_at": "When it was written; a note restarts an open report's clock.",
        },
    )

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.report}: {self.get_kind_display()}"


class Notification(models.Model):
    """The outbox: one content-free email per report to its authority.

    Written in the same transaction as the report, so a failing mail server or
    worker loses nothing; the worker delivers and marks it sent.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to send")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed: will not retry")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="notifications")
    authority = models.ForeignKey(Authority, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    personal_data = PersonalData(
        whose=VISITORS,
        retention=("reports-open", "reports-passed-on", "reports-closed"),
        about="The content-free email telling an authority a report has arrived. Deleted "
        "with its report.",
        fields={
            "report": "The report it announces.",
            "authority": "Who is told.",
            "status": "Waiting, sent or failed: a report whose email failed is never "
            "deleted by the retention job.",
            "attempts": "How many times sending was tried.",
            "last_error": "The mail server's last answer, with no address but the authority's own.",
            "created_at": "When it was queued.",
            "sent_at": "When the mail server accepted it.",
        },
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.report} → {self.authority}"


class ReportPage(RoutablePageMixin, BasePage):
    """The start page of one report journey, and the journey's steps beneath it.

    The start page (the index route) is an ordinary cacheable page that sets no
    cookie. The steps (questions, check your answers, the 999 page, the
    confirmation) are routes handled in ``forms.journey``: they carry the answers
    in a signed hidden field, never a session, and are never cached.
    """

    template = "pages/report_page.html"

    kind = models.CharField(
        max_length=20,
        choices=ReportKind.choices,
        help_text=_(
            "Which report this page starts. A concern goes to the council for the child's "
            "area; information about people, places or vehicles goes to Cheshire Police."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text=_(
            "What people read before they start: what happens to the report and who reads "
            "it, what we do not collect, that the form is not watched around the clock, "
            "and to call 999 if a child is in danger now."
        ),
    )

    contact_note = RichTextField(
        blank=True,
        features=["bold", "link"],
        verbose_name=_("Note on “Can we contact you?”"),
        help_text=_(
            "Shown beside the contact details and on the confirmation, in words a "
            "12-year-old follows: whether a parent or carer could be told, and anything "
            "else someone should know before leaving a number. Say only what the "
            "partnership has agreed. Leave empty to show nothing."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("body"),
        FieldPanel("contact_note"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("kind"),
        TranslatableField("body"),
        TranslatableField("contact_note"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("report start page")

    def clean(self):
        super().clean()
        others = ReportPage.objects.filter(kind=self.kind).exclude(pk=self.pk)
        if self.locale_id:
            others = others.filter(locale_id=self.locale_id)
        if others.exists():
            raise ValidationError(
                {"kind": _("There is already a start page for this report. Edit that one.")}
            )

    def step_url(self, request, step):
        """The address of one step of the journey, for links and form actions."""
        return self.get_url(request) + self.reverse_subpage(step)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from .retention import kept_in_plain_words  # it imports this module

        context["questions_url"] = self.step_url(request, "questions")
        context["kept"] = kept_in_plain_words()
        return context

    @path("questions/", name="questions")
    def questions_route(self, request):
        from . import journey

        return journey.questions(self, request)

    @path("check/", name="check")
    def check_route(self, request):
        from . import journey

        return journey.check(self, request)

    @path("send/", name="send")
    def send_route(self, request):
        from . import journey

        return journey.send(self, request)


class ReportLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        """Audit entries of the reports this user may read (forms.permissions),
        so Wagtail's site history never shows another authority's reports.
        Administrators (superusers and the Site administrators group, through
        governance's permission) see every entry: the trail holds actions, never
        report text."""
        if user.is_superuser or user.has_perm("governance.view_report_audit_log"):
            return self.all()
        from .permissions import reports_for

        visible_ids = (
            reports_for(user)
            .annotate(id_text=models.functions.Cast("pk", models.CharField()))
            .values("id_text")
        )
        return self.filter(object_id__in=visible_ids)


class ReportLogEntry(BaseLogEntry):
    """The audit trail of reports, kept apart from Wagtail's shared ModelLogEntry
    because that one is visible to anyone with any permission on the model."""

    object_id = models.CharField(max_length=255, db_index=True)

    objects = ReportLogEntryManager()

    personal_data = PersonalData(
        whose=STAFF,
        retention="reports-audit-trail",
        about="Who did what to a report, and when: never what the report says. When a "
        "report is deleted its entries keep only the reference, the action, the user and "
        "the time.",
        fields={
            "content_type": "The kind of record (a report).",
            "label": "The report's reference.",
            "action": "What was done: viewed, status changed, note added, passed on...",
            "data": "Content-free details: status names, authority names, note numbers.",
            "timestamp": "When.",
            "uuid": "Groups entries made in one request.",
            "user": "The handler or administrator who did it.",
            "revision": "Unused for reports.",
            "content_changed": "Whether the report changed.",
            "deleted": "Marks the entry that records a report's deletion.",
            "object_id": "The report's row number.",
        },
    )

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("report log entry")
        verbose_name_plural = _("report log entries")

    def __str__(self):
        return f"{self.action} on {self.label}"


class WorkerHeartbeat(models.Model):
    """A background worker's lease on the tasks it runs (``forms.worker``).

    Each worker process updates its row every few seconds, from a thread of its
    own, even while a task is running. A task still RUNNING whose worker has not
    been seen for the lease time lost its worker: the sweep runs it again. The
    newest row says when any worker last ran (``forms.monitor``).
    """

    worker_id = models.CharField(max_length=100, unique=True)
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-seen_at"]

    def __str__(self):
        return self.worker_id


class Alert(models.Model):
    """Something a person must act on, shown to administrators and the triage team
    on the dashboard and emailed to them once (``forms.monitor``). Holds no report
    content: a report is named by its reference at most."""

    key = models.CharField(max_length=100, unique=True)
    message = models.TextField()
    raised_at = models.DateTimeField()
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-raised_at"]

    def __str__(self):
        return self.key


class ScheduledRun(models.Model):
    """When a periodic job that must run once per period across every worker (the
    daily retention job, publishing scheduled pages) last ran (``forms.worker``).
    A worker claims a turn by moving ``last_run_at`` forward in one conditional
    UPDATE, so two workers, or one restarted, never run the same turn twice."""

    name = models.CharField(max_length=100, unique=True)
    last_run_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.name
