"""The `reportwatch` command."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reportwatch", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="batch: JSONL reports on stdin -> JSONL facts on stdout (no Kafka)")
    ex.add_argument("--format", choices=["facts", "contract"], default="facts",
                    help="'contract' prints the scored view of the extraction contract")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from services.common.settings import get_settings

    settings = get_settings()
    if args.command == "extract":
        from services.cli import extract_cmd

        return extract_cmd.main(args.format, settings.max_body_bytes)
    return 2


if __name__ == "__main__":
    sys.exit(main())
