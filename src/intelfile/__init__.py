"""intelfile: turn news into an intelligence file.

The public API is what ``__all__`` lists; everything else is internal. Importing intelfile does no
work: models, gazetteers and databases are loaded only when a stage is built.
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

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "__version__",
    "Settings", "load_settings",
    "IntelfileError", "ConfigError", "InputError", "EmptyInput", "ResourceError", "StoreError",
    "PipelineError", "NotFound",
    "RawDocument", "Document", "Failure", "Span", "Actor", "ActorMention", "Place",
    "PlaceMention", "Numbers", "Attribution", "Event", "Relation", "Claim",
]
