"""intelfile: turn news into an intelligence file.

The public API is what ``__all__`` lists; everything else is internal. Importing intelfile does no
work: models, gazetteers and databases are loaded only when a stage is built, and the reporting
functions (which need networkx, matplotlib and Jinja2) are imported on first use.

    settings = load_settings()
    with Store.open(settings) as store:
        ingest(["articles/"], settings, store)       # read, clean, store
        analyse_store(store, settings)               # annotate, actors, places, events
        write_intelligence_file(store, "out", settings)

DOCS: README.md and docs/architecture.md
"""
from __future__ import annotations

import logging

from .errors import (
    ConfigError, EmptyInput, InputError, IntelfileError, NotFound, PipelineError, ResourceError,
    StoreError,
)
from .records import (
    Actor, ActorMention, Attribution, Claim, Document, Event, Failure, Numbers, Place,
    PlaceMention, RawDocument, Relation, Span,
)
from .settings import Settings, load_settings
from .ingest import read_inputs
from .clean import clean_document
from .store import Store
from .pipeline import Analyzer, analyse_store, ingest, run_main_job

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "__version__",
    "Settings", "load_settings",
    "IntelfileError", "ConfigError", "InputError", "EmptyInput", "ResourceError", "StoreError",
    "PipelineError", "NotFound",
    "RawDocument", "Document", "Failure", "Span", "Actor", "ActorMention", "Place",
    "PlaceMention", "Numbers", "Attribution", "Event", "Relation", "Claim",
    "read_inputs", "clean_document", "Store", "Analyzer", "ingest", "analyse_store", "run_main_job",
    "write_dossier", "write_overview", "write_intelligence_file", "export_events",
]

# Imported on first use: they pull in networkx, matplotlib and Jinja2.
_LAZY = {
    "write_dossier": "report", "write_overview": "report", "write_intelligence_file": "report",
    "export_events": "export",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
