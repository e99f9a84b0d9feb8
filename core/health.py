"""What /healthz reports besides the database.

Apps register a function that returns a list of warnings (plain sentences, nothing
a reporter wrote): ``forms`` registers its notification alerts in its AppConfig.
So ``home``, which serves /healthz, imports no feature app.
"""

_checks = []


def register(check):
    """Add ``check`` (no arguments, returns a list of strings). Usable as a decorator."""
    if check not in _checks:
        _checks.append(check)
    return check


def warnings():
    found = []
    for check in _checks:
        found.extend(check())
    return found
