"""Prometheus metrics of one service, in a registry of its own (tests build a fresh one
and read sample values). Names follow Prometheus conventions; label sets are bounded."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

from services.common.routing import Incoming, Output

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
EXTRACT_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1.0)


@dataclass
class Metrics:
    registry: CollectorRegistry
    records_in: Counter
    records_out: Counter
    deadletters: Counter
    rejections: Counter
    facts: Counter
    alerts: Counter
    latency: Histogram
    extract_seconds: Histogram
    lag: Gauge
    indicator_value: Gauge
    indicator_growth: Gauge
    indicator_plan: Gauge
    ready: Gauge
    build: Info


def make_metrics(
    service: str, registry: CollectorRegistry | None = None, build: dict[str, str] | None = None
) -> Metrics:
    """`build`: more labels for the build information (the extractor's engine)."""
    from services import __version__

    reg = registry or CollectorRegistry()
    m = Metrics(
        registry=reg,
        records_in=Counter("reportwatch_records_in_total", "Records consumed", ["topic"], registry=reg),
        records_out=Counter(
            "reportwatch_records_out_total",
            "Records produced, by outcome",
            ["topic", "outcome"],
            registry=reg,
        ),
        deadletters=Counter(
            "reportwatch_deadletters_total",
            "Records dead-lettered, by reason",
            ["stage", "reason"],
            registry=reg,
        ),
        rejections=Counter(
            "reportwatch_rejections_total", "Facts rejected, by reason", ["reason"], registry=reg
        ),
        facts=Counter(
            "reportwatch_facts_extracted_total", "Facts extracted", ["language", "indicator"], registry=reg
        ),
        alerts=Counter(
            "reportwatch_alerts_total", "Alerts emitted", ["alertname", "severity", "status"], registry=reg
        ),
        latency=Histogram(
            "reportwatch_processing_latency_seconds",
            "From the input record's Kafka timestamp to its output",
            buckets=LATENCY_BUCKETS,
            registry=reg,
        ),
        extract_seconds=Histogram(
            "reportwatch_extraction_duration_seconds",
            "Time to extract one report",
            buckets=EXTRACT_BUCKETS,
            registry=reg,
        ),
        lag=Gauge(
            "reportwatch_consumer_lag",
            "Records behind the partition end",
            ["topic", "partition"],
            registry=reg,
        ),
        indicator_value=Gauge(
            "reportwatch_indicator_value", "Latest value per series", ["region", "indicator"], registry=reg
        ),
        indicator_growth=Gauge(
            "reportwatch_indicator_growth_percent",
            "Latest growth per series",
            ["region", "indicator"],
            registry=reg,
        ),
        indicator_plan=Gauge(
            "reportwatch_indicator_plan_progress_percent",
            "Latest plan progress per series",
            ["region", "indicator"],
            registry=reg,
        ),
        ready=Gauge(
            "reportwatch_ready", "1 when partitions are assigned and the broker answers", registry=reg
        ),
        build=Info("reportwatch_build", "Build information", registry=reg),
    )
    m.build.info({"version": __version__, "service": service, **(build or {})})
    return m


def account(
    metrics: Metrics, service: str, names: dict[str, str], outputs: list[Output], rec: Incoming, now: float
) -> None:
    """Count what one input record became; its latency runs from its Kafka timestamp."""
    for out in outputs:
        metrics.records_out.labels(names[out.topic], out.outcome).inc()
        if out.outcome == "deadlettered":
            metrics.deadletters.labels(service, out.reason or "unknown").inc()
        elif out.outcome == "rejected":
            for r in (out.reason or "unknown").split(","):
                metrics.rejections.labels(r).inc()
    if rec.timestamp:
        metrics.latency.observe(max(now - rec.timestamp, 0.0))
