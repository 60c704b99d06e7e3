"""Settings: shipped defaults = dataclass defaults, every key documented, overlays and validation."""
from __future__ import annotations

import dataclasses
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from intelfile import Settings, load_settings
from intelfile.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def shipped_defaults() -> dict:
    return tomllib.loads(resources.files("intelfile").joinpath("defaults.toml").read_text(encoding="utf-8"))


def _plain(value):
    return list(value) if isinstance(value, tuple) else value


def test_defaults_toml_equals_the_dataclass_defaults():
    toml = shipped_defaults()
    code = {section: {k: _plain(v) for k, v in values.items()} for section, values in Settings().as_dict().items()}
    assert toml == code


def test_every_setting_is_documented_and_every_documented_setting_exists():
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    keys = {f"{section}.{key}" for section, values in shipped_defaults().items() for key in values}
    documented = set(re.findall(r"^### `([a-z_]+\.[a-z_]+)`", doc, flags=re.M))
    assert keys - documented == set(), "add these settings to docs/settings.md"
    assert documented - keys == set(), "docs/settings.md documents settings that do not exist"
    for section in shipped_defaults():
        assert f"## [{section}]" in doc


def test_every_setting_has_a_comment_in_defaults_toml():
    lines = resources.files("intelfile").joinpath("defaults.toml").read_text(encoding="utf-8").splitlines()
    undocumented = []
    for i, line in enumerate(lines):
        m = re.match(r"^([a-z_]+)\s*=", line)
        if m:
            j = i - 1
            while j >= 0 and re.match(r"^[a-z_]+\s*=", lines[j]):
                j -= 1  # a group of keys may share one comment
            if j < 0 or not lines[j].startswith("#"):
                undocumented.append(m.group(1))
    assert undocumented == []


def test_user_file_overlays_defaults_and_overrides_come_last(tmp_path):
    user = tmp_path / "my.toml"
    user.write_text('[store]\npath = "file.duckdb"\n[ingest]\nbatch_size = 7\n', encoding="utf-8")
    settings = load_settings(user)
    assert settings.store.path == "file.duckdb" and settings.ingest.batch_size == 7
    assert settings.ingest.max_bytes == Settings().ingest.max_bytes
    settings = load_settings(user, store={"path": "cli.duckdb"})
    assert settings.store.path == "cli.duckdb" and settings.ingest.batch_size == 7


def test_values_are_coerced_and_frozen():
    settings = load_settings(ingest={"extensions": [".txt"]}, coding={"min_confidence": 1})
    assert settings.ingest.extensions == (".txt",)
    assert settings.coding.min_confidence == 1.0 and isinstance(settings.coding.min_confidence, float)
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.store.path = "x"  # type: ignore[misc]
    changed = settings.with_overrides({"ingest": {"batch_size": 3}})
    assert changed.ingest.batch_size == 3 and settings.ingest.batch_size == 500


@pytest.mark.parametrize("overrides, message", [
    ({"nope": {"x": 1}}, "unknown settings section"),
    ({"store": {"nope": 1}}, "unknown setting store.nope"),
    ({"store": "x.duckdb"}, "must be a table"),
    ({"ingest": {"batch_size": "10"}}, "must be an integer"),
    ({"ingest": {"batch_size": True}}, "must be an integer"),
    ({"ingest": {"follow_symlinks": "yes"}}, "true or false"),
    ({"ingest": {"extensions": ".txt"}}, "must be a list"),
    ({"store": {"path": 3}}, "must be a string"),
])
def test_bad_values_raise_config_error(overrides, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(**overrides)


def test_bad_files_raise_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "absent.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[store\npath = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.toml"):
        load_settings(broken)
