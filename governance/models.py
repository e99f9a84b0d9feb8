"""Governance owns no table: only the two permissions that Settings > Groups shows."""

from django.db import models


class Governance(models.Model):
    """A holder for permissions that belong to no model (like wagtailadmin.Admin)."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_report_audit_log", "Can see the audit log of every authority's reports"),
            ("require_two_factor", "Must sign in to the admin with two-factor authentication"),
        ]

    def __str__(self):
        return "Governance"
