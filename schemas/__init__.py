"""Message contracts of every reportwatch topic (pydantic v2, versioned)."""

from schemas.alert import Alert, AlertEvidence
from schemas.base import SCHEMA_VERSION, Message, Reason
from schemas.deadletter import DeadLetter
from schemas.enriched import Comparisons, DerivedFigure, EnrichedObservation
from schemas.fact import (
    DroppedFact,
    Evidence,
    ExtractedFacts,
    Fact,
    IndicatorFact,
    TargetFact,
    TaskFact,
)
from schemas.observation import Observation, RejectedObservation
from schemas.raw_report import RawReport
from schemas.target import Target

__all__ = [
    "SCHEMA_VERSION",
    "Alert",
    "AlertEvidence",
    "Comparisons",
    "DeadLetter",
    "DerivedFigure",
    "DroppedFact",
    "EnrichedObservation",
    "Evidence",
    "ExtractedFacts",
    "Fact",
    "IndicatorFact",
    "Message",
    "Observation",
    "RawReport",
    "Reason",
    "RejectedObservation",
    "Target",
    "TargetFact",
    "TaskFact",
]
