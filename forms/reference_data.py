"""The authorities, their handler groups and the locality table, as data.

Used by migration 0002 (with historical models) and by `load_localities`, so a
fresh database and an updated one end up the same.
"""

import csv
from pathlib import Path

from core.choices import Area

from .choices import AuthorityKind

LOCALITIES_CSV = Path(__file__).resolve().parent / "data" / "localities.csv"

# Contacts start empty and unconfirmed: the site shows "to be confirmed" until an
# editor enters and confirms the real details. Only 101 is a national number.
COUNCIL_CONTACTS = [
    ("Children's services front door (daytime)", "phone", "", False),
    ("Emergency duty team (evenings and weekends)", "phone", "", False),
]

AUTHORITIES = [
    # slug, name, kind, area, contacts
    (
        "cheshire-east",
        "Cheshire East Council",
        AuthorityKind.COUNCIL,
        Area.CHESHIRE_EAST,
        COUNCIL_CONTACTS,
    ),
    (
        "cheshire-west-and-chester",
        "Cheshire West and Chester Council",
        AuthorityKind.COUNCIL,
        Area.CHESHIRE_WEST,
        COUNCIL_CONTACTS,
    ),
    ("halton", "Halton Borough Council", AuthorityKind.COUNCIL, Area.HALTON, COUNCIL_CONTACTS),
    (
        "warrington",
        "Warrington Borough Council",
        AuthorityKind.COUNCIL,
        Area.WARRINGTON,
        COUNCIL_CONTACTS,
    ),
    (
        "cheshire-police",
        "Cheshire Police",
        AuthorityKind.POLICE,
        "",
        [("Police non-emergency number", "phone", "101", True)],
    ),
    ("pan-cheshire-triage", "Pan-Cheshire triage team", AuthorityKind.TRIAGE, "", []),
]


def handler_group_name(authority_name):
    return f"Report handlers: {authority_name}"


def create_authorities(apps):
    Authority = apps.get_model("reports", "Authority")
    AuthorityContact = apps.get_model("reports", "AuthorityContact")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    report_type, _ = ContentType.objects.get_or_create(app_label="reports", model="report")
    handle, _ = Permission.objects.get_or_create(
        content_type=report_type,
        codename="handle_report",
        defaults={"name": "Can read and handle reports for their authority"},
    )
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for slug, name, kind, area, contacts in AUTHORITIES:
        group, _ = Group.objects.get_or_create(name=handler_group_name(name))
        group.permissions.add(handle, *([access_admin] if access_admin else []))
        authority, created = Authority.objects.get_or_create(
            slug=slug, defaults={"name": name, "kind": kind, "area": area, "handlers": group}
        )
        if created:
            for sort_order, (label, contact_kind, value, confirmed) in enumerate(contacts):
                AuthorityContact.objects.create(
                    authority=authority,
                    sort_order=sort_order,
                    label=label,
                    kind=contact_kind,
                    value=value,
                    confirmed=confirmed,
                )


def read_localities(path=LOCALITIES_CSV):
    """(name, kind, areas, districts) for every row; districts is "" for a district."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    return [
        (
            row["name"].strip(),
            row["kind"].strip(),
            " ".join(row["areas"].split()),
            " ".join((row.get("districts") or "").upper().split()),
        )
        for row in csv.DictReader(rows)
    ]


def load_localities(Locality, path=LOCALITIES_CSV):
    """Create or update every row of the table; returns (created, updated).

    Works with the historical model of an early migration too, which has no
    ``districts`` yet: the column is then left for the later migration to load.
    """
    valid = {choice.value for choice in Area}
    has_districts = any(f.name == "districts" for f in Locality._meta.get_fields())
    created = updated = 0
    for name, kind, areas, districts in read_localities(path):
        unknown = set(areas.split()) - valid
        if unknown:
            raise ValueError(f"{name}: unknown area {', '.join(sorted(unknown))}")
        defaults = {"areas": areas}
        if has_districts:
            defaults["districts"] = districts
        obj, was_created = Locality.objects.update_or_create(
            kind=kind, name=name, defaults=defaults
        )
        created += was_created
        updated += not was_created
    return created, updated
