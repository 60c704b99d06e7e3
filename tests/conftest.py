"""Shared fixtures for every test tier (see CONVENTIONS.md point 17).

``shared_dir``: the read-only ``../shared`` folder (seed article, corpus, eval sets); tests that
need it are skipped with a clear reason when it is absent. ``nlp``: the English spaCy pipeline,
loaded once per session.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _find_shared() -> Path | None:
    env = os.environ.get("INTELFILE_SHARED")
    candidates = [Path(env)] if env else []
    candidates += [ROOT.parent / "shared", ROOT / ".." / ".." / "shared"]
    for c in candidates:
        if (c / "seed" / "seed-article.txt").is_file():
            return c.resolve()
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    found = _find_shared()
    if found is None:
        pytest.skip("../shared (seed article, corpus and eval data) is absent; set INTELFILE_SHARED to its path")
    return found


@pytest.fixture(scope="session")
def settings():
    from intelfile import load_settings

    return load_settings()


@pytest.fixture(scope="session")
def nlp(settings):
    from intelfile.annotate import load_nlp

    return load_nlp(settings)


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory):
    """The embedded gazetteer, built once per session into a temporary cache (never the user's)."""
    from intelfile import load_settings
    from intelfile.gazetteer import Gazetteer

    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.pkl"
    return Gazetteer.load(load_settings(geo={"gazetteer_path": str(path)}))
