"""What personal data the site holds, field by field: the source of docs/data-inventory.md.

A model that holds data about people says so next to its fields, with a class attribute
``personal_data = PersonalData(...)``: whose data it is, each field's purpose, and the
retention rule (a key of ``settings.RETENTION``, see core/retention.py). Models of other
packages are declared by the app that uses them (``declare``, in its retention.py).
Every other model is listed here or by its app as holding none (``holds_none``), with
the reason: tests/core/test_data_inventory.py fails when a model is neither, when a
field has no purpose, or when the file in docs/ is out of date.

``manage.py data_inventory --write`` writes the file again.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.utils import translation

from . import retention

VISITORS = "visitors"
STAFF = "staff"
PAGE_REASON = "what editors write."


@dataclass(frozen=True)
class Field:
    """A field's purpose, and its own retention rule when it differs from the model's."""

    purpose: str
    retention: str | None = None


@dataclass(frozen=True)
class PersonalData:
    """``fields`` maps every concrete field but ``id`` to its purpose (a string or a
    ``Field``). ``retention`` names the model's rule (a key of ``settings.RETENTION``,
    or the name of a rule with no period, such as "admin-sessions"), or a tuple of
    rules when the record's status decides (reports)."""

    whose: str
    retention: str
    fields: dict
    about: str = ""

    def purpose(self, name):
        value = self.fields.get(name)
        return value.purpose if isinstance(value, Field) else value

    def retention_of(self, name):
        """The names of the rules that apply to one field, as a tuple."""
        value = self.fields.get(name)
        rules = (value.retention if isinstance(value, Field) else None) or self.retention
        return (rules,) if isinstance(rules, str) else tuple(rules)


# Models of other packages, declared by the app that uses them: {label: PersonalData}.
_DECLARED: dict[str, PersonalData] = {}
# Models that hold nothing about anyone, or only what staff write as content.
_HOLD_NONE: dict[str, str] = {}

# Whole packages whose models hold content, configuration or staff's editing work, not
# data about visitors. (Staff sign-in records, sessions and two-step devices are staff
# data and are declared where they are cleaned: governance and core.)
PACKAGES_WITHOUT_VISITOR_DATA = {
    "wagtailcore": "Pages, revisions, workflows, editors' comments and the audit log of "
    "staff actions.",
    "wagtailadmin": "Editors' unsaved form state and editing sessions.",
    "wagtaildocs": "Documents editors upload.",
    "wagtailimages": "Images editors upload, and their renditions.",
    "wagtailembeds": "Embedded media editors add.",
    "wagtailredirects": "Redirects editors make.",
    "wagtailsearch": "The search index of pages and resources.",
    "wagtailusers": "Staff's admin preferences.",
    "wagtail_localize": "Translations of pages and snippets.",
    "taggit": "Tags editors give content.",
    "contenttypes": "Django's list of models.",
    "admin": "Django admin's log of staff actions (the site uses Wagtail's admin).",
    "wagtailforms": "No page type on this site is a Wagtail form page, so it stays empty.",
}


def declare(label, personal_data):
    """Declare a model of another package (``"axes.accesslog"``)."""
    _DECLARED[label.lower()] = personal_data


def holds_none(reason, *labels):
    """Record that these models hold no personal data, and why."""
    for label in labels:
        _HOLD_NONE[label.lower()] = reason


def declaration(model):
    retention.autodiscover()  # each app's retention.py makes its declarations
    own = model.__dict__.get("personal_data")
    return own if own is not None else _DECLARED.get(model._meta.label_lower)


def reason_for_none(model):
    """Why the model holds no personal data, or None when nobody has said."""
    from wagtail.models import Page

    retention.autodiscover()
    label = model._meta.label_lower
    if label in _HOLD_NONE:
        return _HOLD_NONE[label]
    if issubclass(model, Page):
        return PAGE_REASON
    return PACKAGES_WITHOUT_VISITOR_DATA.get(model._meta.app_label)


def concrete_fields(model):
    return [f for f in model._meta.concrete_fields if f.name != "id"]


def is_encrypted(model_field):
    return getattr(model_field, "encrypted_at_rest", False)


@dataclass
class Entry:
    model: type
    data: PersonalData
    rows: list = field(default_factory=list)  # (name, purpose, encrypted, retention)


def entries():
    """Every model that holds personal data, with one row per field."""
    found = []
    for model in apps.get_models():
        data = declaration(model)
        if data is None:
            continue
        entry = Entry(model, data)
        for model_field in concrete_fields(model):
            kept = " / ".join(f"`{key}`" for key in data.retention_of(model_field.name))
            entry.rows.append(
                (
                    model_field.name,
                    data.purpose(model_field.name) or "",
                    is_encrypted(model_field),
                    kept,
                )
            )
        found.append(entry)
    return sorted(found, key=lambda e: (e.data.whose != VISITORS, e.model._meta.label))


def problems():
    """What keeps the inventory from being complete: one line per gap."""
    found = []
    rule_names = {rule.ident for rule in retention.rules()}
    for model in apps.get_models():
        label = model._meta.label
        data = declaration(model)
        if data is None:
            if reason_for_none(model) is None:
                found.append(f"{label}: neither declared (personal_data) nor listed as none")
            continue
        names = {f.name for f in concrete_fields(model)}
        for name in sorted(names):
            if not data.purpose(name):
                found.append(f"{label}.{name}: no purpose")
            for key in data.retention_of(name):
                if key not in rule_names:
                    found.append(f"{label}.{name}: retention {key!r} is no rule")
        for name in sorted(set(data.fields) - names):
            found.append(f"{label}.{name}: declared but not a field")
    return found


def _cell(text):
    return " ".join(str(text).split()).replace("|", "\\|")


def render():
    """docs/data-inventory.md, as text (in English, whatever language is active)."""
    with translation.override("en"):
        return _render()


def _render():
    lines = [
        "# Data inventory",
        "",
        "Generated from the declarations beside the models (`personal_data`, see",
        "`core/data_inventory.py`) by `manage.py data_inventory --write`. Do not edit by hand:",
        "`tests/core/test_data_inventory.py` fails when this file is out of date, and when a",
        "field that holds data about people has no purpose or no retention rule.",
        "",
        "Retention periods come from `settings.RETENTION` (site/settings/base.py), the data",
        "controller's decision; `manage.py apply_retention` (the daily job) enforces them.",
        "The Retention column names the rule in the schedule below; a report's rule depends",
        "on its status.",
        "Encrypted means stored as a Fernet token (`REPORT_ENCRYPTION_KEYS`): the database",
        "never holds the text.",
        "",
        "## Retention schedule",
        "",
        "| Rule | What | Kept for | Counted from | Days |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in retention.rules():
        days = rule.days if rule.key else "fixed"
        lines.append(
            f"| `{rule.ident}` | {_cell(rule.what)} | {_cell(rule.duration)} | "
            f"{_cell(rule.starts)} | {days} |"
        )
    current = None
    for entry in entries():
        if entry.data.whose != current:
            current = entry.data.whose
            heading = "Data about visitors" if current == VISITORS else "Data about staff"
            lines += ["", f"## {heading}"]
        meta = entry.model._meta
        lines += ["", f"### {str(meta.verbose_name).capitalize()} (`{meta.label}`)", ""]
        if entry.data.about:
            lines += [_cell(entry.data.about), ""]
        lines += ["| Field | Purpose | Encrypted | Retention |", "| --- | --- | --- | --- |"]
        for name, purpose, encrypted, kept in entry.rows:
            lines.append(
                f"| `{name}` | {_cell(purpose)} | {'yes' if encrypted else 'no'} | {_cell(kept)} |"
            )
    lines += ["", "## Models that hold no data about visitors", ""]
    packages, own = set(), defaultdict(list)
    for model in apps.get_models():
        if declaration(model) is not None:
            continue
        label = model._meta.label_lower
        if label not in _HOLD_NONE and model._meta.app_label in PACKAGES_WITHOUT_VISITOR_DATA:
            packages.add(model._meta.app_label)  # listed by package: its models vary by database
        else:
            own[reason_for_none(model) or "NOT CLASSIFIED"].append(model._meta.label)
    pages = own.pop(PAGE_REASON, [])
    for reason, labels in sorted(own.items(), key=lambda item: sorted(item[1])[0]):
        names = ", ".join(f"`{label}`" for label in sorted(labels))
        lines.append(f"- {names}: {_cell(reason)}")
    lines.append(f"- Every page type ({', '.join(sorted(pages))}): {PAGE_REASON}")
    for package in sorted(packages):
        lines.append(f"- `{package}`: {_cell(PACKAGES_WITHOUT_VISITOR_DATA[package])}")
    return "\n".join(lines) + "\n"


def inventory_path():
    return settings.BASE_DIR / "docs" / "data-inventory.md"
