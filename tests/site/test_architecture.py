"""Imports between the site's apps run one way: site and demo, then the feature apps,
then home, then core. Between feature apps only the arrows in ``ALLOWED`` exist, and
nothing imports demo.

Every module of every app is read (migrations aside): ``import`` and ``from ... import``
anywhere in the file, inside functions too, and ``__import__`` or
``importlib.import_module`` with a constant name.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Folder: import name. site/ is installed as cse_site (see README "Why cse_site").
APPS = {
    "core": "core",
    "home": "home",
    "audiences": "audiences",
    "resources": "resources",
    "forms": "forms",
    "measures": "measures",
    "governance": "governance",
    "demo": "demo",
    "site": "cse_site",
}
FEATURE_APPS = {"audiences", "resources", "forms", "measures", "governance"}

# Which other apps each app may import.
ALLOWED = {
    "core": set(),
    "home": {"core"},
    "audiences": {"home", "core", "resources", "measures"},  # measures: its content blocks
    "resources": {"home", "core"},
    "forms": {"home", "core"},
    "measures": {"home", "core", "forms", "resources"},
    "governance": {"home", "core"},
    "cse_site": FEATURE_APPS | {"home", "core"},
    "demo": FEATURE_APPS | {"home", "core", "cse_site"},
}


# Demo content that still sits inside the feature apps until the demo/ app takes it
# over: it counts as demo. (Delete each line once its file has moved.)
def module_name(path):
    """The dotted name a file under ROOT is imported as."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    parts[0] = APPS[parts[0]]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _absolute(node, module, is_package):
    """The module a ``from ... import`` names, with relative imports resolved."""
    if not node.level:
        return node.module
    package = module.split(".")
    if not is_package:
        package.pop()
    package = package[: len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def _constant_name(call):
    """The constant module name of ``__import__("x")`` or ``import_module("x")``."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    if name not in ("__import__", "import_module") or not call.args:
        return None
    first = call.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def imported_modules(source, module, is_package=False):
    """(line, module name) for every import in ``source``, however it is written."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            yield node.lineno, _absolute(node, module, is_package)
        elif isinstance(node, ast.Call):
            name = _constant_name(node)
            if name:
                yield node.lineno, name


def app_of(module):
    """The app a module belongs to, or None for anything outside the site's apps."""
    top = module.split(".")[0]
    return top if top in APPS.values() else None


def violations(source, path):
    """One line per import that breaks the arrows, naming the file and the import."""
    relative = path.relative_to(ROOT).as_posix()
    module = module_name(path)
    importer = app_of(module)
    found = []
    for line, imported in imported_modules(source, module, path.name == "__init__.py"):
        target = app_of(imported)
        if target is None or target == importer:
            continue
        if target not in ALLOWED[importer]:
            allowed = ", ".join(sorted(ALLOWED[importer])) or "none of the site's apps"
            found.append(f"{relative}:{line} imports {imported} ({importer} may import: {allowed})")
    return found


def app_files():
    for folder in APPS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts:
                yield path


def test_imports_between_apps_run_one_way():
    files = list(app_files())
    assert len(files) > 50  # the apps were found
    broken = [
        message for path in files for message in violations(path.read_text(encoding="utf-8"), path)
    ]
    assert not broken, "imports against the arrows:\n" + "\n".join(broken)


LAZY_AND_DYNAMIC = """
import importlib

def later():
    from home.models import HomePage
    module = importlib.import_module("audiences.models")
    return __import__("forms.models"), HomePage, module
"""


@pytest.mark.parametrize(
    "folder, source, expected",
    [
        ("core", LAZY_AND_DYNAMIC, ["home.models", "audiences.models", "forms.models"]),
        ("home", "from measures.campaign import page_for_path\n", ["measures.campaign"]),
        ("forms", "from resources import models\n", ["resources"]),
        ("measures", "import audiences.models\n", ["audiences.models"]),
        ("site", "from demo import seeding\n", ["demo"]),
    ],
)
def test_the_check_names_the_file_and_the_import(folder, source, expected):
    path = ROOT / folder / "not_a_real_module.py"
    found = violations(source, path)
    assert len(found) == len(expected), found
    for message, imported in zip(found, expected, strict=True):
        assert message.startswith(f"{folder}/not_a_real_module.py:")
        assert f" imports {imported} " in message


def test_the_arrows_that_exist_pass():
    source = "from core import ratelimit\nfrom forms.models import Report\nfrom . import views\n"
    assert violations(source, ROOT / "measures" / "not_a_real_module.py") == []
    assert violations("from audiences.models import CampaignPage\n", ROOT / "demo" / "x.py") == []


def test_relative_imports_are_resolved():
    source = "from .models import Resource\nfrom ..home import models\n"
    found = list(imported_modules(source, "resources.blocks"))
    assert found == [(1, "resources.models"), (2, "home")]
