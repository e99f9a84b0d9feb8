"""How long the site keeps what people give it, and the one daily job that enforces it.

The schedule is ``settings.RETENTION``: days per kind of record, the data controller's
decision (see the comment there and docs/dpia.md). Each app registers the rules for the
records it owns in its own ``retention.py`` module (found by ``autodiscover``, as
Wagtail finds ``wagtail_hooks``), so core needs to import none of them, and the worker,
the management command and the privacy notice all see the same list.

A rule's ``apply(run)`` deletes (or, for reports, warns about and escalates) what is due
at ``run.now`` and returns counts by name: never what was deleted, only how many.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import ngettext

logger = logging.getLogger(__name__)

_RULES: dict[str, "Rule"] = {}


@dataclass(frozen=True)
class Rule:
    """One line of the schedule.

    ``key`` names the entry in ``settings.RETENTION`` (or None for a rule with no
    period of its own, such as expired sessions); ``what`` and ``starts`` are read on
    the privacy notice ("Closed reports" / "after the report is closed");
    ``in_plain_words`` is the young people's version, a sentence with a
    ``%(duration)s`` placeholder, or empty when the rule is not about something a
    young person gives us. ``fixed`` (text, or a function giving it) replaces the
    duration for a rule with no period, which is known by its ``name``.
    """

    key: str | None
    what: str
    starts: str
    apply: Callable[["Run"], dict]
    in_plain_words: str = ""
    fixed: object = ""
    order: int = 100
    name: str = ""  # for a rule with no key: how the inventory and the logs name it

    @property
    def ident(self):
        return self.key or self.name

    @property
    def days(self):
        return settings.RETENTION[self.key] if self.key else None

    @property
    def duration(self):
        if self.fixed:
            return str(self.fixed() if callable(self.fixed) else self.fixed)
        return describe_days(self.days)


@dataclass
class Run:
    """One run of the daily job: the time it runs at, and whether to change anything."""

    now: object = field(default_factory=timezone.now)
    dry_run: bool = False

    def cutoff(self, key):
        """Records whose clock started before this are due under ``RETENTION[key]``."""
        return self.now - timedelta(days=settings.RETENTION[key])


def register(rule):
    """Add a rule to the schedule (each app's retention.py calls this at import)."""
    if rule.key is not None and rule.key not in settings.RETENTION:
        raise KeyError(f"settings.RETENTION has no entry {rule.key!r}")
    if not rule.ident:
        raise ValueError("a rule with no key needs a name")
    _RULES[rule.ident] = rule
    return rule


def autodiscover():
    autodiscover_modules("retention")


def rules():
    """Every registered rule, in the order the privacy notice lists them."""
    autodiscover()
    return sorted(_RULES.values(), key=lambda rule: rule.order)


def describe_days(days):
    """A period as people say it: "30 days", "1 year", "2 years"."""
    if days and days % 365 == 0:
        years = days // 365
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


def run_daily(now=None, dry_run=False):
    """The daily job: apply every rule, log the counts, return {rule: counts}.

    One rule failing does not stop the others; the failure is logged (the type of
    error only: its message could quote a record) and the job goes on.
    """
    run = Run(now=now or timezone.now(), dry_run=dry_run)
    results = {}
    for rule in rules():
        name = rule.ident
        try:
            counts = rule.apply(run)
        except Exception as error:  # noqa: BLE001 - one broken rule must not stop the rest
            logger.error("retention: %s failed (%s)", name, type(error).__name__)
            results[name] = {"failed": 1}
            continue
        results[name] = counts
        summary = ", ".join(f"{what} {count}" for what, count in counts.items()) or "nothing"
        logger.info("retention%s: %s: %s", " (dry run)" if dry_run else "", name, summary)
    return results


def schedule():
    """(what, how long, from when) for the privacy notice, in the reader's language."""
    return [(str(rule.what), rule.duration, str(rule.starts)) for rule in rules()]


def plain_schedule():
    """The young people's version: one sentence per rule that concerns them."""
    return [
        str(rule.in_plain_words) % {"duration": rule.duration}
        for rule in rules()
        if rule.in_plain_words
    ]
