#!/usr/bin/env python3
"""Extraction benchmark: reports per second on one core and peak memory, over the dev
corpus and synthetic long reports, plus three 1 MiB bodies against a time budget: an
adversarial one (digit runs, separators, mixed scripts), a run-on list (one sentence of
figure-dense clauses) and the dev corpus's own clauses joined into one sentence (the slowest
of its three languages).

    python bench/extract.py                      # this tree
    python bench/extract.py --baseline HEAD~5    # this tree and a baseline, side by side, with ratios
    python bench/extract.py --baseline python    # this tree's compiled engine against its sources

The engine measured is the one the tree would run: its compiled build when `make native` built
it from the current sources, else the Python modules (RW_NATIVE=0 forces these).

The baseline is checked out into a temporary git worktree and measured by this script (the
same inputs) in its own process, one after the other, on the same core.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV = Path(os.environ.get("RW_BENCH_CORPUS", ROOT.parent / "shared" / "corpus" / "dev" / "dev.jsonl"))
BUDGET_S = 2.0  # the adversarial body must finish within this


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def _reports() -> list[dict]:
    return [json.loads(x) for x in DEV.read_text("utf-8").splitlines() if x.strip()]


def _synthetic(size: int, seed: int) -> str:
    """A long report made of the dev corpus' own paragraphs, shuffled: realistic density."""
    rng = random.Random(seed)
    paras = [p for r in _reports() for p in r["body"].split("\n") if len(p) > 80]
    out: list[str] = []
    while sum(len(p) + 1 for p in out) < size:
        out.append(rng.choice(paras))
    return "\n".join(out)[:size]


def _adversarial(size: int) -> str:
    rng = random.Random(7)
    chunks = [
        "9" * 500,
        "1.2.3.4.5.6,7,8,9," * 40,
        "%%%" * 50,
        "tăng giảm % " * 30,
        "वृद्धि 12,34,56,78,90,12 करोड़ " * 20,
        "((((((((((" * 20,
        "Q1 Q2 H1 2024 2025 " * 30,
        "xuất khẩu đạt 1.234,5 tỷ đồng, " * 20,
        "\u202f\u00a0" * 100,
    ]
    out: list[str] = []
    while sum(map(len, out)) < size:
        out.append(rng.choice(chunks))
    return "".join(out)[:size]


def _run_on(size: int) -> str:
    """One sentence of a megabyte: figure-dense clauses joined by commas, glued period
    mentions and "respectively" lists, shapes that once made the engine quadratic."""
    rng = random.Random(11)
    clauses = [
        "xuất khẩu đạt 5 tỷ USD, tăng 5%, ",
        "exports and imports reached 50 and 32.8 million USD respectively, ",
        "tháng 5 năm 2024 quý II 6 tháng đầu năm ",
        "exports were 5 billion USD in June 2024 as compared to 4 billion USD in June 2023, "
        "registering a growth of 25%, ",
        "phấn đấu xuất khẩu tăng 5-6%; ",
        "निर्यात 5 प्रतिशत बढ़कर 3 अरब डॉलर रहा और ",
        "12 अरब डॉलर का एफडीआई और ",
        "có 120 doanh nghiệp thành lập mới, tăng 15% về số doanh nghiệp, ",
        "phấn đấu: xuất khẩu tăng 5%; ",
        "đặt mục tiêu tăng trưởng GRDP 8%; thu ngân sách 15.500 tỷ đồng; ",
        "Of the 24 targets set, the province met 21, ",
        "2025 के 70.2 लाख की तुलना में 16.1 फीसदी अधिक ",
        "hoàn thành 2/3 nhiệm vụ trọng tâm và 5/10 nhiệm vụ cụ thể, ",
        # Quarters named in pairs, each checked against the pairs before it: once quadratic.
        "xuất khẩu quý I và quý II lần lượt đạt 5 và 6 tỷ USD, ",
        # Deadlines, each a period that is no figure's: looked up per token, once quadratic.
        "các nhiệm vụ còn lại sẽ hoàn thành trong quý III, ",
        "lower than the target of 8-8.5% but higher than the 6.2% in 2025, ",
        "aims to welcome 22-23 million visitors in the full year, ",
        "Of the total, retail sales of goods were 620 trillion VND, ",
        "giải ngân được 5.120 tỷ đồng vốn đầu tư công, ",
    ]
    out: list[str] = []
    while sum(map(len, out)) < size:
        out.append(rng.choice(clauses))
    return "".join(out)[:size]


def _dev_clauses(size: int, lang: str) -> str:
    """One sentence of a megabyte made of the dev corpus's own clauses in one language, joined
    by commas: real report shapes with no full stop between them (the merge of a report's
    facts was once quadratic in them)."""
    rng = random.Random(5)
    clauses = [
        c.strip().rstrip(".।")
        for r in _reports()
        if r.get("language") == lang
        for c in re.split(r"(?<=[.;।])\s+|\n", r["body"])
        if len(c.strip()) > 20
    ]
    out: list[str] = []
    while sum(map(len, out)) < size:
        out.append(rng.choice(clauses) + ", ")
    return "".join(out)[:size]


def measure(seconds: float) -> dict:
    _pin_one_core()
    # The code measured: this tree, or a baseline's (the inputs are always this script's, so
    # both sides of a comparison read the same bodies).
    sys.path.insert(0, os.environ.get("RW_BENCH_CODE", str(ROOT)))
    from schemas import RawReport
    from services.extractor import engine
    from services.extractor.engine.extract import extract

    def report(r: dict) -> RawReport:
        pub = r.get("published")
        return RawReport(
            id=r["id"],
            title=r.get("title") or "",
            body=r["body"],
            published_at=f"{pub}T00:00:00Z" if pub else None,
        )

    dev = [report(r) for r in _reports()]
    results: dict[str, float] = {}
    for r in dev:  # warm caches (lexicons compile once per process)
        extract(r)

    def rate(items: list, limit: float) -> float:
        n, start = 0, time.perf_counter()
        while time.perf_counter() - start < limit:
            for it in items:
                extract(it)
                n += 1
        return n / (time.perf_counter() - start)

    results["dev reports/s"] = rate(dev, seconds)
    for size in (10_000, 100_000):
        body = _synthetic(size, size)
        results[f"{size // 1000} KB reports/s"] = rate([RawReport(id="s", body=body, language="vi")], seconds)

    def once(report: RawReport) -> float:
        """Seconds for one extraction of a large body; NaN (and why, on stderr) if it fails."""
        start = time.perf_counter()
        try:
            extract(report, max_body_chars=2 * 1024 * 1024)
        except Exception as exc:
            print(f"{report.id} body failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return float("nan")
        return time.perf_counter() - start

    results["1 MiB adversarial s"] = once(RawReport(id="adv", body=_adversarial(1024 * 1024)))
    results["1 MiB run-on list s"] = once(RawReport(id="run-on", body=_run_on(1024 * 1024), language="vi"))
    results["1 MiB dev clauses s"] = max(
        once(RawReport(id=f"clauses-{lang}", body=_dev_clauses(1024 * 1024, lang), language=lang))
        for lang in ("vi", "en", "hi")
    )
    results["peak RSS MiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"engine": "compiled" if getattr(engine, "COMPILED", False) else "python", **results}


def run_tree(tree: Path, seconds: float, native: str | None = None) -> dict:
    env = {**os.environ, "RW_BENCH_CORPUS": str(DEV), "RW_BENCH_CODE": str(tree)}
    if native is not None:
        env["RW_NATIVE"] = native
    p = subprocess.run(
        [sys.executable, str(HERE / "extract.py"), "--measure", str(seconds)],
        capture_output=True,
        text=True,
        cwd=tree,
        check=False,
        env=env,
    )
    if p.returncode != 0:
        raise SystemExit(f"bench failed in {tree}:\n{p.stderr[-2000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--baseline", help='a git ref to measure side by side, or "python" (this tree\'s sources)'
    )
    ap.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    ap.add_argument("--measure", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure is not None:
        print(json.dumps(measure(args.measure)))
        return 0
    current = run_tree(ROOT, args.seconds)
    baseline = None
    if args.baseline == "python":
        baseline = run_tree(ROOT, args.seconds, native="0")
    elif args.baseline:
        with tempfile.TemporaryDirectory() as tmp:
            wt = Path(tmp) / "baseline"
            subprocess.run(
                ["git", "worktree", "add", "--detach", str(wt), args.baseline],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            try:
                (wt / "bench").mkdir(exist_ok=True)
                (wt / "bench" / "extract.py").write_text((HERE / "extract.py").read_text())
                baseline = run_tree(wt, args.seconds)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(wt)], cwd=ROOT, check=False)
    print(f"{'measure':<24}{'this tree':>14}" + (f"{'baseline':>14}{'ratio':>9}" if baseline else ""))
    print(
        f"{'engine':<24}{current.pop('engine'):>14}" + (f"{baseline.pop('engine'):>14}" if baseline else "")
    )
    for k, v in current.items():
        line = f"{k:<24}{v:>14.1f}"
        if baseline:
            b = baseline.get(k, float("nan"))
            line += f"{b:>14.1f}{v / b if b else float('nan'):>9.2f}"
        print(line)
    for key in ("1 MiB adversarial s", "1 MiB run-on list s", "1 MiB dev clauses s"):
        took = current[key]
        print(f"{key[:-2]}: {'within' if took <= BUDGET_S else 'OVER'} the {BUDGET_S:.0f} s budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
