"""A report is saved once, in one transaction, and what the reporter typed is
never in the database as plain text."""

import pytest
from django.db import connection

from forms import notifications
from forms.crypto import EncryptedTextField
from forms.models import Notification, Report
from forms.submission import receipt_code_for, save_report

SECRET_WORDS = "Blue Corsa outside the chip shop, driver called Kev, Snapchat kev_the_man"


def answers(**overrides):
    base = {
        "kind": "concern",
        "area_given": "halton",
        "locality": "Runcorn WA7",
        "what_happened": SECRET_WORDS,
        "when_precision": "unknown",
        "when_date": None,
        "when_description": "Friday nights",
        "place_type": "taxi",
        "place": "Outside the station",
        "people_description": "A man in his forties",
        "names": "Kev",
        "usernames": "kev_the_man",
        "vehicles": "AB12 CDE",
        "danger_now": False,
        "reporter_role": "taxi",
        "sector": "taxi",
        "wants_contact": True,
        "contact_name": "Sam Reporter",
        "contact_phone": "07700 900123",
        "contact_email": "sam@example.org",
        "language": "en",
    }
    return base | overrides


ENCRYPTED = [f.name for f in Report._meta.fields if isinstance(f, EncryptedTextField)]


@pytest.mark.django_db
def test_typed_text_is_encrypted_at_rest():
    saved = save_report(answers(), "token-1")
    report = Report.objects.get(pk=saved.report.pk)
    assert report.what_happened == SECRET_WORDS
    columns = ", ".join(ENCRYPTED)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM reports_report WHERE id = %s", [report.pk])
        raw = cursor.fetchone()
    typed = answers()
    for name, stored in zip(ENCRYPTED, raw, strict=True):
        assert stored.startswith("gAAAA"), f"{name} is not a Fernet token"
        assert typed[name] not in stored
    assert {"locality", "what_happened", "contact_email", "vehicles"} <= set(ENCRYPTED)


@pytest.mark.django_db
def test_no_field_could_hold_the_reporters_address_or_browser():
    names = {field.name for field in Report._meta.get_fields()}
    for forbidden in ("ip", "ip_address", "user_agent", "referrer", "referer", "remote_addr"):
        assert forbidden not in names


@pytest.mark.django_db
def test_a_resubmission_creates_one_report():
    first = save_report(answers(), "same-token")
    second = save_report(answers(what_happened="typed again"), "same-token")
    assert first.created and not second.created
    assert first.report.pk == second.report.pk
    assert first.receipt_code == second.receipt_code
    assert Report.objects.count() == 1
    assert Notification.objects.count() == 1


@pytest.mark.django_db
def test_receipt_code_is_stored_only_as_a_hash():
    saved = save_report(answers(), "token-2")
    assert saved.receipt_code == receipt_code_for("token-2")
    plain = saved.receipt_code.replace("-", "")
    assert plain not in saved.report.receipt_hash
    assert saved.report.check_receipt(saved.receipt_code)
    assert saved.report.check_receipt(saved.receipt_code.lower().replace("-", " "))
    assert not saved.report.check_receipt("AAAA-BBBB-CCCC")


@pytest.mark.django_db
def test_report_and_notification_are_saved_together_or_not_at_all(monkeypatch):
    def broken(notification):
        raise RuntimeError("queue unavailable")

    monkeypatch.setattr(notifications, "enqueue", broken)
    with pytest.raises(RuntimeError):
        save_report(answers(), "token-3")
    assert Report.objects.count() == 0
    assert Notification.objects.count() == 0


@pytest.mark.django_db
def test_saving_routes_the_report():
    saved = save_report(answers(area_given="not-sure", locality="WA4 2"), "token-4")
    assert saved.report.authority.slug == "pan-cheshire-triage"
    assert saved.report.routing_reason == "ambiguous"
    intel = save_report(answers(kind="intelligence"), "token-5")
    assert (intel.report.authority.slug, intel.report.area) == ("cheshire-police", "halton")


@pytest.mark.django_db
def test_encrypted_fields_cannot_be_filtered_on():
    from django.core.exceptions import FieldError

    with pytest.raises(FieldError):
        list(Report.objects.filter(what_happened=SECRET_WORDS))
