"""Key rotation: after reencrypt_reports every encrypted value is under the newest
key, so the old key can be removed and every report still reads."""

from io import StringIO

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from forms.crypto import EncryptedTextField
from forms.models import Report, ReportNote
from forms.submission import save_report

KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()
REPORT_FIELDS = [f.name for f in Report._meta.concrete_fields if isinstance(f, EncryptedTextField)]
TYPED = {
    "what_happened": "A man offers lifts to girls outside the leisure centre",
    "place": "Leisure centre car park",
    "vehicles": "YX19 ABC",
    "contact_email": "someone@example.org",
}
NOTE = "Called the school: they know the family"


def answers(n):
    return {
        "kind": "concern",
        "area_given": "cheshire-east",
        "when_precision": "unknown",
        "reporter_role": "parent-carer",
        "language": "en",
        **{name: f"{value} #{n}" for name, value in TYPED.items()},
    }


def raw_rows(table, columns):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, {', '.join(columns)} FROM {table} ORDER BY id")
        return {row[0]: row[1:] for row in cursor.fetchall()}


def tokens_in(rows):
    return [value for row in rows.values() for value in row if value]


@pytest.fixture
def written_under_a(db):
    with override_settings(REPORT_ENCRYPTION_KEYS=[KEY_A]):
        reports = [save_report(answers(n), f"rotate-{n}").report for n in range(3)]
        for report in reports:
            ReportNote.objects.create(report=report, kind=ReportNote.Kind.INTERNAL, text=NOTE)
    return reports


def test_rotation_then_removing_the_old_key(written_under_a):
    report_before = raw_rows("reports_report", REPORT_FIELDS)
    note_before = raw_rows("reports_reportnote", ["text"])
    updated_before = dict(Report.objects.values_list("pk", "updated_at"))
    assert len(tokens_in(report_before)) == 3 * len(TYPED)
    for token in tokens_in(report_before) + tokens_in(note_before):
        Fernet(KEY_A.encode()).decrypt(token.encode())

    # With the new key alone, nothing written under the old one can be read yet.
    with override_settings(REPORT_ENCRYPTION_KEYS=[KEY_B]):
        with pytest.raises(ImproperlyConfigured):
            Report.objects.get(pk=written_under_a[0].pk)

    out = StringIO()
    with override_settings(REPORT_ENCRYPTION_KEYS=[KEY_B, KEY_A]):
        call_command("reencrypt_reports", "--batch-size", "2", stdout=out)
    assert "reports.Report: re-encrypted 3 rows" in out.getvalue()
    assert "reports.ReportNote: re-encrypted 3 rows" in out.getvalue()

    report_after = raw_rows("reports_report", REPORT_FIELDS)
    note_after = raw_rows("reports_reportnote", ["text"])
    for before, after in ((report_before, report_after), (note_before, note_after)):
        for pk, row in after.items():
            for old, new in zip(before[pk], row, strict=True):
                assert bool(old) == bool(new)  # empty stays empty
                if new:
                    assert new != old
                    assert new.startswith("gAAAA")
    plaintexts = list(TYPED.values()) + [NOTE]
    for token in tokens_in(report_after) + tokens_in(note_after):
        assert not any(text in token for text in plaintexts)
        Fernet(KEY_B.encode()).decrypt(token.encode())
        with pytest.raises(InvalidToken):
            Fernet(KEY_A.encode()).decrypt(token.encode())

    with override_settings(REPORT_ENCRYPTION_KEYS=[KEY_B]):
        for n, original in enumerate(written_under_a):
            report = Report.objects.get(pk=original.pk)
            for name, value in TYPED.items():
                assert getattr(report, name) == f"{value} #{n}"
            assert report.notes.get().text == NOTE
    assert dict(Report.objects.values_list("pk", "updated_at")) == updated_before


def test_running_again_is_harmless(written_under_a):
    with override_settings(REPORT_ENCRYPTION_KEYS=[KEY_B, KEY_A]):
        call_command("reencrypt_reports", stdout=StringIO())
        call_command("reencrypt_reports", stdout=StringIO())
    with override_settings(REPORT_ENCRYPTION_KEYS=[KEY_B]):
        assert Report.objects.get(pk=written_under_a[1].pk).what_happened == (
            f"{TYPED['what_happened']} #1"
        )
