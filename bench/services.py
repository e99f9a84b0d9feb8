"""Throwaway PostgreSQL and Redis servers on 127.0.0.1, for the benchmark and the tests
that run the site as production does (several processes sharing one database and cache).

Each server lives in a temp dir and is stopped and deleted on exit, whatever happened.
Debian's packages (``postgresql``, ``redis-server``, ``caddy``) are installed when they
are missing and we are root; otherwise ``available`` says no and callers fall back (the
benchmark) or skip (the tests).
"""

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
POSTGRES_SH = BASE_DIR / ".ci" / "postgres.sh"

# The program each Debian package provides.
PROGRAMS = {"postgresql": "initdb", "redis-server": "redis-server", "caddy": "caddy", "wrk": "wrk"}


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _postgres_installed():
    return bool(list(Path("/usr/lib/postgresql").glob("*/bin/initdb"))) or bool(
        shutil.which("initdb")
    )


def installed(package):
    if package == "postgresql":
        return _postgres_installed()
    return shutil.which(PROGRAMS[package]) is not None


def install(*packages):
    """Install the missing Debian packages when we are root; True when all are there."""
    missing = [package for package in packages if not installed(package)]
    if missing and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Installing Debian's {' '.join(missing)}...", flush=True)
        apt = {"check": False, "stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL}
        apt["env"] = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], **apt)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], **apt)
    return all(installed(package) for package in packages)


def available(*packages):
    """Installed already, without trying to install anything (for skip markers)."""
    return all(installed(package) for package in packages)


def _postgres_script(script, timeout=180):
    """Runs .ci/postgres.sh's functions; returns the KEY=value lines the script prints."""
    result = subprocess.run(
        ["bash", "-c", f"set -e; source {POSTGRES_SH}; {script}"],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=BASE_DIR,
    )
    if result.returncode != 0:
        raise RuntimeError("PostgreSQL: " + (result.stderr + result.stdout)[-2000:])
    return dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)


@contextlib.contextmanager
def postgres():
    """A PostgreSQL cluster (the one CI uses, .ci/postgres.sh); yields its DATABASE_URL."""
    cluster = _postgres_script(
        'pg_start >/dev/null; echo "PG_DIR=$PG_DIR"; echo "PG_BIN=$PG_BIN"; '
        'echo "PG_OS_USER=$PG_OS_USER"; echo "DATABASE_URL=$DATABASE_URL"'
    )
    try:
        yield cluster["DATABASE_URL"]
    finally:
        _postgres_script(
            f'PG_DIR="{cluster["PG_DIR"]}"; PG_BIN="{cluster["PG_BIN"]}"; '
            f'PG_OS_USER="{cluster.get("PG_OS_USER", "")}"; pg_stop'
        )


def postgres_version(database_url):
    import psycopg

    with psycopg.connect(database_url) as connection:
        return connection.info.server_version // 10000


def wait_for_port(port, process, what, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited during start-up")
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=1):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on {HOST}:{port} within {timeout}s")


@contextlib.contextmanager
def redis():
    """A Redis server as compose runs it (no persistence, least recently used keys
    dropped first when full); yields its URL."""
    folder = Path(tempfile.mkdtemp(prefix="cse-redis-"))
    port = free_port()
    command = [
        shutil.which("redis-server"),
        "--bind", HOST, "--port", str(port), "--dir", str(folder),
        "--save", "", "--appendonly", "no",
        "--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru",
    ]  # fmt: skip
    with open(folder / "redis.log", "wb") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, server, "redis-server")
        yield f"redis://{HOST}:{port}/0"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        shutil.rmtree(folder, ignore_errors=True)


def redis_version():
    out = subprocess.run(["redis-server", "--version"], capture_output=True, text=True).stdout
    return next((part[2:] for part in out.split() if part.startswith("v=")), "?")


@contextlib.contextmanager
def caddy(site_port, upstreams, static_root, media_root, health_host=HOST):
    """Debian's Caddy running the repository's Caddyfile in front of ``upstreams``
    (host:port strings), on plain http at 127.0.0.1:``site_port``; yields its URL."""
    folder = Path(tempfile.mkdtemp(prefix="cse-caddy-"))
    env = {
        **os.environ,
        "SITE_ADDRESS": f"http://{HOST}:{site_port}",
        "WEB_UPSTREAMS": " ".join(upstreams),
        "HEALTH_HOST": health_host,
        "HEALTH_INTERVAL": "1s",
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "CADDY_ADMIN": "off",
        # Caddy keeps its state under these; never the user's own folders.
        "HOME": str(folder),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
    }
    command = [shutil.which("caddy"), "run", "--adapter", "caddyfile"]
    command += ["--config", str(BASE_DIR / "Caddyfile")]
    with open(folder / "caddy.log", "wb") as log:
        server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_port(site_port, server, "caddy")
        yield f"http://{HOST}:{site_port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        shutil.rmtree(folder, ignore_errors=True)
