"""`reportwatch extract`: JSONL raw reports on stdin -> JSONL facts on stdout, no Kafka.

A bad line is reported on stderr with its line number and an error object on stdout keeps
the line accounted for; the command exits 1 if any line was bad."""

from __future__ import annotations

import sys
import time
from typing import IO

import orjson

from schemas.raw_report import RawReport
from services.common.codec import DecodeError, decode, encode
from services.extractor.contract import scored_view
from services.extractor.engine.extract import BodyTooLarge, extract


def run(
    fmt: str, inp: IO[bytes], out: IO[bytes], err: IO[str], max_bytes: int, progress_every: int = 1000
) -> int:
    bad = 0
    started = time.perf_counter()
    n = 0
    for n, line in enumerate(inp, start=1):
        if not line.strip():
            continue
        try:
            report = decode(line, RawReport, max_bytes)
            facts = extract(report, max_body_chars=max_bytes)
        except (DecodeError, BodyTooLarge) as exc:
            bad += 1
            err.write(f"line {n}: {exc}\n")
            out.write(orjson.dumps({"line": n, "error": str(exc)}) + b"\n")
            continue
        except Exception as exc:  # one report's failure must not end the batch
            bad += 1
            err.write(f"line {n}: extraction failed: {type(exc).__name__}: {exc}\n")
            out.write(orjson.dumps({"line": n, "error": f"extract_failed: {exc}"}) + b"\n")
            continue
        if fmt == "contract":
            out.write(orjson.dumps(scored_view(facts)) + b"\n")
        else:
            out.write(encode(facts) + b"\n")
        if progress_every and n % progress_every == 0 and err.isatty():
            err.write(f"\r{n} reports, {n / (time.perf_counter() - started):.0f}/s")
    out.flush()
    if bad:
        err.write(f"{bad} of {n} lines could not be read\n")
    return 1 if bad else 0


def main(fmt: str, max_bytes: int) -> int:
    return run(fmt, sys.stdin.buffer, sys.stdout.buffer, sys.stderr, max_bytes)
