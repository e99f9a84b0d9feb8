"""The record of the last automated accessibility test, and how it reaches the
accessibility statement.

The browser test that runs axe on every page (tests/browser/test_pages.py) writes a
small JSON record when the whole site passes; ``manage.py record_accessibility_test``
reads it into AccessibilitySettings, which the statement shows with its date. In
production the maintainers run that command with the record from the CI run of the
release they deploy, so the statement never claims a test the live code did not pass.
"""

import datetime
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings

# Where the browser test writes the record (git-ignored, like the rest of test-results/).
RECORD_PATH = Path(settings.BASE_DIR) / "test-results" / "accessibility.json"


@dataclass(frozen=True)
class AutomatedTestRecord:
    run_on: datetime.date
    tool: str  # "axe-core 4.10.2"
    standard: str  # "WCAG 2.2 A and AA"
    pages: int  # distinct addresses checked
    widths: tuple[int, ...]  # screen widths, in CSS pixels
    languages: tuple[str, ...]  # language codes of the pages checked
    fallback_pages: int  # untranslated pages shown in English under another language
    violations: int
    sideways_scrolling: int  # pages wider than the screen at the narrowest width

    def summary(self):
        """The statement's sentence about the test, in plain English."""
        from .i18n import language_name

        languages = [language_name(code) for code in self.languages]
        widths = " and ".join(f"{width}" for width in self.widths)
        listed = ", ".join(languages[:-1]) + f" and {languages[-1]}" if len(languages) > 1 else ""
        found = (
            "no problems"
            if not (self.violations or self.sideways_scrolling)
            else f"{self.violations} problems, and {self.sideways_scrolling} pages that "
            "scrolled sideways"
        )
        return (
            f"{self.tool} checked {self.pages} pages against {self.standard}, at "
            f"{widths} pixels wide, in {listed or languages[0]} "
            f"({self.fallback_pages} of them untranslated pages shown in English), and "
            f"checked that none scrolled sideways at {min(self.widths)} pixels. It found "
            f"{found}."
        )


def write_record(record, path=RECORD_PATH):
    path.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(record) | {"run_on": record.run_on.isoformat()}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def read_record(path=RECORD_PATH):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return AutomatedTestRecord(
        **{
            **data,
            "run_on": datetime.date.fromisoformat(data["run_on"]),
            "widths": tuple(data["widths"]),
            "languages": tuple(data["languages"]),
        }
    )


def record_test(setting, record):
    """Put the record on the statement's settings. True when anything changed."""
    summary = record.summary()
    if (setting.last_tested_on, setting.last_test_summary) == (record.run_on, summary):
        return False
    setting.last_tested_on = record.run_on
    setting.last_test_summary = summary
    setting.save()
    return True
