"""The public surface: ``intelfile.__all__`` is honest, one version, importing does no work."""
from __future__ import annotations

import subprocess
import sys
import tomllib
import types
from pathlib import Path

import intelfile

ROOT = Path(__file__).resolve().parents[1]


def test_everything_in_all_exists():
    missing = [name for name in intelfile.__all__ if not hasattr(intelfile, name)]
    assert missing == []
    assert len(intelfile.__all__) == len(set(intelfile.__all__))


def test_every_public_name_is_in_all():
    public = {
        name for name, value in vars(intelfile).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
        and name != "annotations"  # the `from __future__ import annotations` feature
    }
    assert public - set(intelfile.__all__) == set()


def test_public_classes_come_from_intelfile_modules():
    for name in intelfile.__all__:
        value = getattr(intelfile, name)
        if isinstance(value, type):
            assert value.__module__.startswith("intelfile."), name


def test_one_version_source():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "intelfile.__version__"}
    assert isinstance(intelfile.__version__, str) and intelfile.__version__.count(".") >= 2


def test_importing_intelfile_and_its_cli_loads_no_heavy_library():
    code = ("import sys, intelfile, intelfile.cli, intelfile.store, intelfile.pipeline; "
            "heavy = [m for m in ('spacy', 'duckdb', 'trafilatura', 'pyarrow', 'tqdm') if m in sys.modules]; "
            "print(','.join(heavy))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_console_script_is_declared():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"]["intelfile"] == "intelfile.cli:main"
