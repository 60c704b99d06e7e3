"""The one settings object, built once and passed explicitly to every stage.

Defaults come from ``defaults.toml`` shipped in the package; a user TOML file overlays them
section by section; keyword overrides (from the CLI) come last::

    settings = load_settings("my.toml", store={"path": "x.duckdb"})

Settings are frozen: derive a changed copy with ``settings.with_overrides(...)``.
"""
from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError

__all__ = ["Settings", "load_settings"]


@dataclass(frozen=True, slots=True)
class StoreSettings:
    path: str = "intelfile.duckdb"


@dataclass(frozen=True, slots=True)
class IngestSettings:
    max_bytes: int = 50_000_000
    extensions: tuple[str, ...] = (".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz", ".gz")
    follow_symlinks: bool = False
    batch_size: int = 500


@dataclass(frozen=True, slots=True)
class CleanSettings:
    drop_boilerplate: bool = True
    min_paragraph_chars: int = 0


@dataclass(frozen=True, slots=True)
class NLPSettings:
    model: str = "auto"
    batch_size: int = 64
    n_process: int = 1


@dataclass(frozen=True, slots=True)
class ActorSettings:
    dictionaries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GeoSettings:
    gazetteer_path: str = ""
    min_population: int = 0
    demonym_places: bool = False
    embedded_places: bool = True
    event_location: str = "model"
    event_location_model: str = ""


@dataclass(frozen=True, slots=True)
class CodingSettings:
    min_confidence: float = 0.3
    partial_max_sentences: int = 1
    target_chooser: str = "model"


@dataclass(frozen=True, slots=True)
class DedupSettings:
    window_days: int = 3
    near_duplicate_threshold: float = 0.8
    max_km: float = 10.0
    shingle_size: int = 5
    num_perm: int = 128


@dataclass(frozen=True, slots=True)
class ReportSettings:
    output_dir: str = "intelfile-report"
    assessment_months: int = 6
    main_actors: int = 6
    formats: tuple[str, ...] = ("html", "md", "json")


@dataclass(frozen=True, slots=True)
class ParallelSettings:
    backend: str = "local"
    workers: int = 2
    partition_size: int = 64
    scheduler: str = "processes"


@dataclass(frozen=True, slots=True)
class Settings:
    store: StoreSettings = field(default_factory=StoreSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    nlp: NLPSettings = field(default_factory=NLPSettings)
    actors: ActorSettings = field(default_factory=ActorSettings)
    geo: GeoSettings = field(default_factory=GeoSettings)
    coding: CodingSettings = field(default_factory=CodingSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    parallel: ParallelSettings = field(default_factory=ParallelSettings)

    def with_overrides(self, overrides: Mapping[str, Mapping[str, Any]]) -> "Settings":
        """Return a copy with ``{"section": {"key": value}}`` applied (validated)."""
        changed: dict[str, Any] = {}
        for section, values in overrides.items():
            current = getattr(self, section, None)
            if current is None or not dataclasses.is_dataclass(current):
                raise ConfigError(f"unknown settings section [{section}]")
            if not isinstance(values, Mapping):
                raise ConfigError(f"settings section [{section}] must be a table")
            changed[section] = _apply(section, current, values)
        return dataclasses.replace(self, **changed)

    def as_dict(self) -> dict[str, dict[str, Any]]:
        return {f.name: dataclasses.asdict(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _apply(section: str, current: Any, values: Mapping[str, Any]) -> Any:
    fields = {f.name: f for f in dataclasses.fields(current)}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in fields:
            raise ConfigError(f"unknown setting {section}.{key}")
        default = getattr(current, key)
        kwargs[key] = _coerce(f"{section}.{key}", default, value)
    return dataclasses.replace(current, **kwargs)


def _coerce(name: str, default: Any, value: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{name} must be true or false, not {value!r}")
        return value
    if isinstance(default, tuple):
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise ConfigError(f"{name} must be a list, not {value!r}")
        return tuple(value)
    if isinstance(default, float) and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(default, int) and not (isinstance(value, int) and not isinstance(value, bool)):
        raise ConfigError(f"{name} must be an integer, not {value!r}")
    if isinstance(default, str) and not isinstance(value, str):
        raise ConfigError(f"{name} must be a string, not {value!r}")
    return value


def _read_toml(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: {exc}") from exc


def load_settings(path: str | Path | None = None, **overrides: Mapping[str, Any]) -> Settings:
    """Build settings: shipped defaults, then the user file at ``path``, then ``overrides``."""
    shipped = resources.files("intelfile").joinpath("defaults.toml").read_text(encoding="utf-8")
    settings = Settings().with_overrides(_read_toml(shipped, "defaults.toml"))
    if path is not None:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read settings file: {exc.strerror}") from exc
        settings = settings.with_overrides(_read_toml(text, str(p)))
    if overrides:
        settings = settings.with_overrides(overrides)
    return settings
