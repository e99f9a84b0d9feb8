"""compose.yaml and the Caddyfile describe one deployment: Caddy in front of two web
nodes that trust only Caddy's address, share Redis and never face the internet
themselves. (tests/site/test_multi_node.py runs the Caddyfile for real.)"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((BASE_DIR / "compose.yaml").read_text())


def web_nodes(compose):
    return {
        name: service for name, service in compose["services"].items() if name.startswith("web-")
    }


def test_two_web_nodes_share_redis_and_trust_only_the_proxy(compose):
    nodes = web_nodes(compose)
    assert len(nodes) >= 2
    proxy = compose["services"]["proxy"]
    proxy_address = proxy["networks"]["front"]["ipv4_address"]
    for name, node in nodes.items():
        environment = node["environment"]
        assert environment["FORWARDED_ALLOW_IPS"] == proxy_address, name
        assert environment["REDIS_URL"].startswith("redis://"), name
        assert environment["RATE_LIMIT_SECRET"], name
        assert "ports" not in node, f"{name} must be reached through the proxy only"
        assert "front" in node["networks"], name
    assert len({node["environment"]["REDIS_URL"] for node in nodes.values()}) == 1


def test_the_proxy_runs_the_caddyfile_in_front_of_every_node(compose):
    proxy = compose["services"]["proxy"]
    assert proxy["image"].startswith("caddy:")
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in proxy["volumes"]
    upstreams = proxy["environment"]["WEB_UPSTREAMS"].split()
    assert sorted(upstream.split(":")[0] for upstream in upstreams) == sorted(web_nodes(compose))
    # Static files and uploads are the proxy's to serve: the same volumes as the app's.
    mounted = {volume.split(":")[0] for volume in proxy["volumes"]}
    assert {"static", "media"} <= mounted
    assert "static:/srv/static" in compose["services"]["static"]["volumes"]


def test_the_caddyfile_keeps_pages_out_of_the_proxy_and_documents_behind_wagtail():
    caddyfile = (BASE_DIR / "Caddyfile").read_text()
    assert "cache" not in re.sub(r"#.*", "", caddyfile).replace("Cache-Control", "")
    assert re.search(r"handle /media/documents/\*\s*{\s*respond 404", caddyfile)
    assert "health_uri /healthz" in caddyfile
    assert re.search(r"^\s*log\b", caddyfile, re.MULTILINE) is None  # no access log


@pytest.mark.skipif(not shutil.which("caddy"), reason="Debian's caddy is not installed")
def test_caddy_accepts_the_caddyfile(tmp_path):
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    result = subprocess.run(
        ["caddy", "adapt", "--adapter", "caddyfile", "--config", str(BASE_DIR / "Caddyfile")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert '"upstreams":[{"dial":"web-1:8000"},{"dial":"web-2:8000"}]' in result.stdout
