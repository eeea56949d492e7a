"""`reportwatch run`: broker (unless configured) + the four services as child processes +
targets + a replay of the seeds, printing each alert as it arrives.

With --once it exits 0 when every stage has committed everything upstream of it and the
alerts have been printed; non-zero with the lagging stage named if that does not happen
within the timeout."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from schemas.alert import Alert
from schemas.raw_report import RawReport
from services.cli.alerts_cmd import format_alert
from services.cli.produce_cmd import check_file, send
from services.cli.targets_cmd import read_targets
from services.common.broker import die_with_parent, env_for_children, instance_dir, kafka
from services.common.codec import encode
from services.common.kafka_io import Progress, send_all, tail
from services.common.settings import SERVICES, Settings

# Which topics each stage consumes, in flow order.
STAGE_INPUTS = {
    "extractor": ["topic_raw"],
    "validator": ["topic_facts"],
    "enricher": ["topic_valid", "topic_targets"],
    "alerter": ["topic_enriched"],
}


def _say(msg: str) -> None:
    print(f"reportwatch: {msg}", file=sys.stderr, flush=True)


def start_services(
    settings: Settings, env: dict[str, str], log_dir: Path
) -> dict[str, subprocess.Popen[bytes]]:
    log_dir.mkdir(parents=True, exist_ok=True)
    children = {}
    for svc in SERVICES:
        log = (log_dir / f"{svc}.log").open("ab")
        children[svc] = subprocess.Popen(
            [sys.executable, "-m", "services.cli.main", "serve", svc],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
            start_new_session=True,  # Ctrl-C reaches us once; we stop the children in order
        )
    return children


def stop_services(children: dict[str, subprocess.Popen[bytes]], timeout: float = 15.0) -> None:
    for p in children.values():
        if p.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                p.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for p in children.values():
        try:
            p.wait(max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGKILL)
            p.wait()


async def lag_by_stage(settings: Settings, progress: Progress) -> dict[str, int]:
    out = {}
    for svc, fields in STAGE_INPUTS.items():
        out[svc] = await progress.behind(settings.group_id(svc), [getattr(settings, f) for f in fields])
    return out


async def wait_caught_up(
    settings: Settings,
    children: dict[str, subprocess.Popen[bytes]],
    timeout: float,
    stages: list[str] | None = None,
) -> None:
    async with Progress(settings) as progress:
        await _wait(settings, children, timeout, stages, progress)


async def _wait(
    settings: Settings,
    children: dict[str, subprocess.Popen[bytes]],
    timeout: float,
    stages: list[str] | None,
    progress: Progress,
) -> None:
    deadline = time.monotonic() + timeout
    stable = 0
    last: dict[str, int] = {}
    while time.monotonic() < deadline:
        dead = [s for s, p in children.items() if p.poll() is not None]
        if dead:
            raise RuntimeError(
                f"service(s) exited early: {', '.join(dead)} (see the logs in {settings.data_dir / 'logs'})"
            )
        lags = await lag_by_stage(settings, progress)
        if stages:
            lags = {k: v for k, v in lags.items() if k in stages}
        last = lags
        stable = stable + 1 if not any(lags.values()) else 0
        if stable >= 3:  # three quiet polls: nothing in flight between stages either
            return
        await asyncio.sleep(0.25)
    behind_ = ", ".join(f"{k} {v} behind" for k, v in last.items() if v) or "no progress reported"
    raise TimeoutError(f"not caught up within {timeout:.0f} s: {behind_}")


async def orchestrate(
    settings: Settings, children: dict[str, subprocess.Popen[bytes]], once: bool, timeout: float
) -> int:
    seeds = settings.seeds_dir
    targets_file = seeds / "targets.yaml"
    if targets_file.exists():
        targets = read_targets(targets_file)
        await send_all(settings, settings.topic_targets, [(t.key.encode(), encode(t)) for t in targets])
        _say(f"loaded {len(targets)} targets from {targets_file}")
        # Targets first, so the first reports are judged against them.
        await wait_caught_up(settings, children, timeout, ["enricher"])
    reports = []
    for f in sorted(seeds.glob("*.jsonl")):
        checked = check_file(f, settings.max_record_bytes)
        for n, err in checked.bad:
            _say(f"{f}:{n}: skipped: {err}")
        reports += checked.good
    topics = [settings.topic_alerts_growth, settings.topic_alerts_deadline]
    printed = 0
    last_print = time.monotonic()

    async def printer() -> None:
        nonlocal printed, last_print
        async for m in tail(settings, topics, True, idle_timeout=None):
            print(format_alert(Alert.model_validate_json(m.value)), flush=True)
            printed += 1
            last_print = time.monotonic()

    printing = asyncio.create_task(printer())
    try:
        # In publication order, as the news arrived: each day's reports are through the
        # flow before the next day's, so last year's figures are history for this year's.
        reports.sort(
            key=lambda r: (r.published_at is None, r.published_at.timestamp() if r.published_at else 0.0)
        )
        days: dict[object, list[RawReport]] = {}
        for r in reports:
            days.setdefault(r.published_at.date() if r.published_at else None, []).append(r)
        _say(f"replaying {len(reports)} reports from {seeds}/*.jsonl; alerts follow")
        for batch in days.values():
            await asyncio.to_thread(send, settings, batch)
            await wait_caught_up(settings, children, timeout)
        if not once:
            await printing
            return 0
        # Everything is committed; let the printer reach the end of the alert topics
        # (quiet for a second: the alerter commits only after its alerts are acknowledged).
        while time.monotonic() - last_print < 1.0:  # noqa: ASYNC110 - polling a clock, not a flag
            await asyncio.sleep(0.1)
        _say(f"all {len(reports)} reports processed; {printed} alerts")
        return 0
    finally:
        printing.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await printing


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run(settings: Settings, once: bool, timeout: float) -> int:
    children: dict[str, subprocess.Popen[bytes]] = {}
    # Ctrl-C and a plain `kill` both stop everything in order (even when started in the
    # background, where SIGINT would otherwise be ignored).
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        with kafka(settings) as (bootstrap, broker):
            where = f"embedded broker on {bootstrap}" if broker else f"Kafka at {bootstrap}"
            _say(f"{where}; starting {', '.join(SERVICES)}")
            env = env_for_children(settings, bootstrap, broker.instance if broker else None)
            settings = settings.model_copy(update={"bootstrap_servers": bootstrap})
            children = start_services(settings, env, settings.data_dir / "logs")
            try:
                return asyncio.run(orchestrate(settings, children, once, timeout))
            finally:
                stop_services(children)
                if broker is not None:
                    # The embedded broker's data dies with it; so does the table state built
                    # from it (a later broker must start the tables afresh).
                    shutil.rmtree(instance_dir(settings, broker.instance), ignore_errors=True)
    except KeyboardInterrupt:
        _say("stopping")
        if children:
            stop_services(children)
        return 130
    except (TimeoutError, RuntimeError) as exc:
        _say(f"error: {exc}")
        return 1
