"""Every tunable of reportwatch, read from environment variables prefixed ``RW_``.

Topic names, partitions, the broker address and ports live here and nowhere else, so
one deployment can rename a topic or point at another cluster without touching code.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

SERVICES = ("extractor", "validator", "enricher", "alerter")
Service = Literal["extractor", "validator", "enricher", "alerter"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RW_", env_file=None, extra="ignore")

    # Broker. Empty means: start the embedded broker (development and tests).
    bootstrap_servers: str = ""
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: str = "PLAIN"
    sasl_username: str = ""
    sasl_password: str = ""
    ssl_cafile: str = ""

    # Set by `reportwatch run` for its children: the embedded broker's identity, so that
    # local table state is kept per broker instance (see services/common/broker.py).
    broker_instance: str = ""

    # Profile: "dev" tunes group and fetch timings for the embedded broker (see DESIGN.md);
    # "prod" keeps faust's defaults, which suit Apache Kafka.
    profile: Literal["dev", "prod"] = "dev"

    # Topics.
    topic_raw: str = "reports.raw"
    topic_facts: str = "facts.extracted"
    topic_deadletter: str = "reports.deadletter"
    topic_valid: str = "observations.valid"
    topic_rejected: str = "observations.rejected"
    topic_enriched: str = "observations.enriched"
    topic_targets: str = "targets"
    topic_alerts_growth: str = "alerts.growth"
    topic_alerts_deadline: str = "alerts.deadline"
    partitions: int = Field(default=3, ge=1)
    replication_factor: int = Field(default=1, ge=1)

    # Consumer groups are "<group_prefix>-<service>".
    group_prefix: str = "reportwatch"

    # Each service serves /metrics, /healthz and /readyz on its own port.
    port_extractor: int = 9101
    port_validator: int = 9102
    port_enricher: int = 9103
    port_alerter: int = 9104
    web_host: str = "127.0.0.1"

    data_dir: Path = Path(".reportwatch")
    seeds_dir: Path = Path("seeds")
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_record_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)

    # Timings (seconds). None means: the profile's value.
    session_timeout: float | None = None
    heartbeat_interval: float | None = None
    fetch_max_wait_ms: int | None = None
    commit_interval: float | None = None
    producer_max_batch_size: int | None = None

    # Files the alerter and the validator read at start.
    rules_file: Path | None = None
    validation_file: Path | None = None
    log_format: Literal["auto", "json", "text"] = "auto"
    log_level: str = "WARNING"

    def topic_names(self) -> dict[str, str]:
        return {
            "raw": self.topic_raw,
            "facts": self.topic_facts,
            "deadletter": self.topic_deadletter,
            "valid": self.topic_valid,
            "rejected": self.topic_rejected,
            "enriched": self.topic_enriched,
            "targets": self.topic_targets,
            "alerts_growth": self.topic_alerts_growth,
            "alerts_deadline": self.topic_alerts_deadline,
        }

    def group_id(self, service: str) -> str:
        return f"{self.group_prefix}-{service}"

    def port(self, service: str) -> int:
        return int(getattr(self, f"port_{service}"))

    @property
    def embedded(self) -> bool:
        return not self.bootstrap_servers

    def timings(self) -> dict[str, float]:
        """Group and fetch timings for the active profile."""
        dev = self.profile == "dev"
        return {
            "session_timeout": self.session_timeout or (2.0 if dev else 60.0),
            "heartbeat_interval": self.heartbeat_interval or (0.5 if dev else 3.0),
            "fetch_max_wait_ms": float(self.fetch_max_wait_ms or (50 if dev else 500)),
            "commit_interval": self.commit_interval or (0.5 if dev else 2.8),
            # The embedded broker reports a partition's end as the start of its last batch
            # plus one; one record per batch keeps that exact, so tables recover fully.
            "producer_max_batch_size": float(self.producer_max_batch_size or (1 if dev else 16384)),
        }


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
