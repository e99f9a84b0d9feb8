"""Two states of the test database per worker: the migrated one and the demo site.

pytest-django migrates one test database per worker and rolls every test back. Seeding
the demo takes seconds, so it is done once, into a copy of the migrated database that
tests asking for ``demo_site`` run on; every other test keeps the migrated database
it had before, so neither kind of test sees the other's data.

SQLite (an in-memory database): each state is an in-memory snapshot, copied into the
test database with SQLite's backup API when the next test needs the other state.
PostgreSQL: each state is a database of its own (``CREATE DATABASE ... TEMPLATE``),
and the connection is pointed at the one the test needs.
Either way the switch happens before the test's transaction begins (conftest.py sees
to the fixture order) and clears what Django and Wagtail cache from the database.
"""

import shutil
import sqlite3

from django.conf import settings
from django.core.cache import caches
from django.db import connection

MIGRATED = "migrated"
DEMO = "demo"

# The database the settings name, before pytest-django puts the test database's name
# in its place (this module is imported by tests/conftest.py, before any test runs).
CONFIGURED_NAME = settings.DATABASES["default"]["NAME"]


def ensure_test_database():
    """Create the test database if pytest-django has not: it does so only when a
    collected test uses ``db``, and the browser tests reach the database only through
    their server's copy of the demo. True when made here."""
    if connection.settings_dict["NAME"] != CONFIGURED_NAME:
        return False
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    return True


def drop_test_database():
    connection.creation.destroy_test_db(CONFIGURED_NAME, verbosity=0)


def clear_database_caches():
    """What survives a switch of database: content types, Wagtail's site root paths
    (in the default cache) and the page cache."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    for alias in settings.CACHES:
        caches[alias].clear()


class DatabaseStates:
    """Named states of the default test database; ``use(name)`` makes one current.

    Made right after migration, so every state starts from the migrated database even
    if a transactional test has flushed it by the time the state is built.
    """

    def __init__(self, later):
        self.current = MIGRATED

    def build(self, name, populate):
        """The state ``name``: the migrated database with ``populate()`` run in it."""
        raise NotImplementedError

    def use(self, name):
        if name == self.current:
            return
        if connection.in_atomic_block:
            raise RuntimeError(
                f"The test's transaction began before its database ({name}) was chosen: "
                "the fixture that chooses it must come first (see tests/conftest.py)."
            )
        self.switch_to(name)
        self.current = name
        clear_database_caches()

    def switch_to(self, name):
        raise NotImplementedError

    def copy_for_server(self, name, target):
        """A copy of the state for a server in another process; returns its URL."""
        raise NotImplementedError

    def close(self):
        pass


class SqliteStates(DatabaseStates):
    """Each state is an in-memory snapshot, copied in and out with the backup API."""

    def __init__(self, later):
        super().__init__(later)
        self.snapshots = {MIGRATED: self.snapshot()}

    def snapshot(self):
        connection.ensure_connection()
        snapshot = sqlite3.connect(":memory:")
        connection.connection.backup(snapshot)
        return snapshot

    def switch_to(self, name):
        connection.ensure_connection()
        self.snapshots[name].backup(connection.connection)

    def build(self, name, populate):
        self.use(MIGRATED)
        self.switch_to(MIGRATED)  # as migrated, whatever the tests before did
        populate()
        self.snapshots[name] = self.snapshot()
        self.switch_to(MIGRATED)
        clear_database_caches()

    def copy_for_server(self, name, path):
        target = sqlite3.connect(path)
        with target:
            self.snapshots[name].backup(target)
        target.close()
        return f"sqlite:///{path}"

    def close(self):
        for snapshot in self.snapshots.values():
            snapshot.close()


class PostgresStates(DatabaseStates):
    """Each state is a database of its own, cloned from the migrated one at the start."""

    def __init__(self, later):
        super().__init__(later)
        self.names = {MIGRATED: connection.settings_dict["NAME"]}
        self.copies = []  # made for servers
        for name in later:
            self.names[name] = f"{self.names[MIGRATED]}_{name}"
            self.clone(self.names[MIGRATED], self.names[name])

    def run_outside(self, *statements):
        """Statements run from the maintenance database: CREATE DATABASE copies a
        template only while nobody is connected to it."""
        connection.close()
        with connection._nodb_cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    def clone(self, source, target):
        self.run_outside(
            f'DROP DATABASE IF EXISTS "{target}"',
            f'CREATE DATABASE "{target}" TEMPLATE "{source}"',
        )

    def switch_to(self, name):
        connection.close()
        connection.settings_dict["NAME"] = self.names[name]

    def build(self, name, populate):
        self.use(name)
        populate()
        self.use(MIGRATED)

    def copy_for_server(self, name, url):
        from urllib.parse import urlsplit

        database = urlsplit(url).path.lstrip("/")
        self.clone(self.names[name], database)
        self.copies.append(database)
        return url

    def close(self):
        """Drop every copy (the servers using them have stopped by now)."""
        self.use(MIGRATED)
        copies = [db for name, db in self.names.items() if name != MIGRATED] + self.copies
        self.run_outside(*(f'DROP DATABASE IF EXISTS "{db}"' for db in copies))


def database_states(later):
    """The states of the test database just migrated; ``later`` names those that will
    be built from it."""
    if connection.vendor == "sqlite":
        return SqliteStates(later)
    if connection.vendor == "postgresql":
        return PostgresStates(later)
    raise NotImplementedError(f"No copies of a {connection.vendor} test database")


def copy_media(target):
    """The files the demo uploaded (images, documents), for a server in another process."""
    shutil.copytree(settings.MEDIA_ROOT, target, dirs_exist_ok=True)
    return target
