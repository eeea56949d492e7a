"""Which model travels on which topic, and what its key is. The AsyncAPI document and the
JSON Schema files are generated from (and tested against) this table."""

from __future__ import annotations

from dataclasses import dataclass

from schemas.alert import Alert
from schemas.base import Message
from schemas.deadletter import DeadLetter
from schemas.enriched import EnrichedObservation
from schemas.fact import ExtractedFacts
from schemas.observation import Observation, RejectedObservation
from schemas.raw_report import RawReport
from schemas.target import Target


@dataclass(frozen=True)
class TopicSpec:
    setting: str  # the Settings field that names the topic
    default_name: str
    model: type[Message]
    key: str
    description: str
    compacted: bool = False


TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec("topic_raw", "reports.raw", RawReport, "report id", "News items pushed by producers."),
    TopicSpec(
        "topic_facts",
        "facts.extracted",
        ExtractedFacts,
        "report id",
        "Every fact found in one report, with spans, sentences and confidence.",
    ),
    TopicSpec(
        "topic_deadletter",
        "reports.deadletter",
        DeadLetter,
        "report id or null",
        "Records a stage could not read, with their original bytes.",
    ),
    TopicSpec(
        "topic_valid",
        "observations.valid",
        Observation,
        "series key (region|indicator)",
        "One checked fact.",
    ),
    TopicSpec(
        "topic_rejected",
        "observations.rejected",
        RejectedObservation,
        "series key",
        "A fact and every reason it failed validation.",
    ),
    TopicSpec(
        "topic_enriched",
        "observations.enriched",
        EnrichedObservation,
        "series key",
        "An observation plus its comparisons with history and targets.",
    ),
    TopicSpec(
        "topic_targets",
        "targets",
        Target,
        "region|indicator|period",
        "Growth and value targets and task deadlines.",
        compacted=True,
    ),
    TopicSpec(
        "topic_alerts_growth",
        "alerts.growth",
        Alert,
        "alert fingerprint",
        "Growth alerts, Alertmanager-shaped.",
    ),
    TopicSpec(
        "topic_alerts_deadline",
        "alerts.deadline",
        Alert,
        "alert fingerprint",
        "Task and deadline alerts, Alertmanager-shaped.",
    ),
)
