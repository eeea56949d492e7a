"""reportwatch: reads economic-report news from Kafka, extracts the indicators it states,
and raises alerts when growth falls short of its target or tasks fall behind."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reportwatch", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    r = sub.add_parser(
        "run",
        help="broker + the four services + targets + seed replay; prints alerts",
        description="Start the embedded broker (unless RW_BOOTSTRAP_SERVERS is set), the "
        "four services, load seeds/targets.yaml, replay seeds/*.jsonl and print "
        "each alert as it arrives. Ctrl-C stops everything.",
    )
    r.add_argument("--once", action="store_true", help="exit 0 once the replay is fully processed")
    r.add_argument("--timeout", type=float, default=180.0, help="seconds --once may take (default 180)")

    s = sub.add_parser("serve", help="run one service (needs RW_BOOTSTRAP_SERVERS)")
    s.add_argument("service", choices=["extractor", "validator", "enricher", "alerter"])

    pr = sub.add_parser("produce", help="check a JSONL file of raw reports and send the good lines")
    pr.add_argument("file", type=Path)

    a = sub.add_parser("alerts", help="alert commands")
    asub = a.add_subparsers(dest="alerts_command", required=True, metavar="SUBCOMMAND")
    t = asub.add_parser("tail", help="print alerts as readable lines")
    t.add_argument("--json", action="store_true", help="one JSON object per line")
    t.add_argument("--from-end", action="store_true", help="only alerts that arrive from now on")
    t.add_argument(
        "--idle-exit",
        type=float,
        default=None,
        metavar="SECONDS",
        help="exit after this many seconds without a new alert",
    )
    f = asub.add_parser("forward", help="post alerts to Alertmanager's /api/v2/alerts")
    f.add_argument("--alertmanager", required=True, help="base URL, e.g. http://127.0.0.1:9093")
    f.add_argument("--idle-exit", type=float, default=None, metavar="SECONDS")
    f.add_argument("--resend", type=float, default=60.0, help="seconds between re-posts of firing alerts")

    tg = sub.add_parser("targets", help="target commands")
    tsub = tg.add_subparsers(dest="targets_command", required=True, metavar="SUBCOMMAND")
    tl = tsub.add_parser("load", help="publish a targets YAML file to the targets topic")
    tl.add_argument("file", type=Path)

    ex = sub.add_parser("extract", help="batch: JSONL reports on stdin -> JSONL facts on stdout (no Kafka)")
    ex.add_argument(
        "--format",
        choices=["facts", "contract"],
        default="facts",
        help="'contract' prints the scored view of the extraction contract",
    )

    sub.add_parser("broker", help="run only the embedded broker (with the topics) until Ctrl-C")
    sc = sub.add_parser("schemas", help="write the JSON Schema files of every message to schemas/json")
    sc.add_argument("--check", action="store_true", help="exit 1 if the committed files are stale")
    return p


def _need_broker(settings: object) -> None:
    if not getattr(settings, "bootstrap_servers", ""):
        sys.exit(
            "reportwatch: this command needs a broker: set RW_BOOTSTRAP_SERVERS "
            "(or start one with `reportwatch broker`)"
        )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from services.common.logs import configure
    from services.common.settings import get_settings

    settings = get_settings()
    configure(settings)
    cmd = args.command
    if cmd == "extract":
        from services.cli import extract_cmd

        return extract_cmd.main(args.format, settings.max_body_bytes)
    if cmd == "schemas":
        from schemas import generate

        return generate.main(check=args.check)
    if cmd == "run":
        from services.cli import run_cmd

        return run_cmd.run(settings, args.once, args.timeout)
    if cmd == "broker":
        return _broker(settings)
    _need_broker(settings)
    if cmd == "serve":
        import importlib

        module = importlib.import_module(f"services.{args.service}.service")
        svc = module.build(settings)
        svc.run(settings.log_level)
        return 0
    if cmd == "produce":
        from services.cli import produce_cmd

        checked = produce_cmd.check_file(args.file, settings.max_record_bytes)
        for n, err in checked.bad:
            print(f"{args.file}:{n}: {err}", file=sys.stderr)
        sent = produce_cmd.send(settings, checked.good) if checked.good else 0
        print(f"sent {sent} reports to {settings.topic_raw}; {len(checked.bad)} bad lines", file=sys.stderr)
        return 1 if checked.bad else 0
    if cmd == "targets":
        from services.cli import targets_cmd

        try:
            n = targets_cmd.load(settings, args.file)
        except targets_cmd.TargetFileError as exc:
            print(f"reportwatch: {exc}", file=sys.stderr)
            return 1
        print(f"sent {n} targets to {settings.topic_targets}", file=sys.stderr)
        return 0
    if cmd == "alerts":
        if args.alerts_command == "tail":
            from services.cli import alerts_cmd

            return alerts_cmd.run(settings, args.json, not args.from_end, args.idle_exit)
        from services.cli import forward_cmd

        return forward_cmd.run(settings, args.alertmanager, args.idle_exit, args.resend)
    return 2


def _broker(settings: object) -> int:
    from services.common.broker import kafka
    from services.common.settings import Settings

    assert isinstance(settings, Settings)
    if not settings.embedded:
        sys.exit("reportwatch: RW_BOOTSTRAP_SERVERS is set; `broker` only runs the embedded one")
    with kafka(settings) as (bootstrap, _):
        print(
            f"embedded broker on {bootstrap} with topics: {', '.join(settings.topic_names().values())}",
            flush=True,
        )
        print(f"export RW_BOOTSTRAP_SERVERS={bootstrap}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(asyncio.Event().wait())
    return 0


if __name__ == "__main__":
    sys.exit(main())
