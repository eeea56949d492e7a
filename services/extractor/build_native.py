"""Compiles the extraction engine with mypyc into `engine/_native/` (see engine/__init__.py).

    python -m services.extractor.build_native          # about a minute on one core
    python -m services.extractor.build_native --out D  # somewhere else (D then holds the build)

Needs mypy (the `dev` or `native` extra) and a C compiler. The engine's modules are already
type-checked strictly, which is what mypyc compiles from; the build stamps the digest of the
sources it compiled, and the engine ignores a build whose stamp no longer matches.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from services.extractor import engine

GROUP = "services.extractor.engine.compiled"  # the shared runtime library of the compiled modules


def build(out: Path = engine.NATIVE_DIR) -> list[Path]:
    """Compile, then replace `out` with the new build; returns the extension files written."""
    from mypyc.build import mypycify  # only a build needs mypy
    from setuptools import setup

    root = engine.HERE.parents[2]  # the directory that holds the `services` package
    digest = engine.sources_digest()
    with tempfile.TemporaryDirectory(prefix="rw-native-") as tmp:
        work = Path(tmp)
        # The engine and what it imports, copied to a folder of their own: mypy resolves
        # `services.…` and `schemas` from there, and never mistakes an installed tree's
        # neighbours (site-packages) for the project's modules.
        src = work / "src"
        shutil.copytree(root / "schemas", src / "schemas", ignore=shutil.ignore_patterns("__pycache__"))
        (src / "services" / "extractor" / "engine").mkdir(parents=True)
        for init in ("services/__init__.py", "services/extractor/__init__.py"):
            shutil.copy2(root / init, src / init)
        sources = []
        for p in engine.compiled_sources():
            sources.append(f"services/extractor/engine/{p.name}")
            shutil.copy2(p, src / sources[-1])
        # The project's type-checking settings that compiling needs (an installed tree has no
        # pyproject.toml to read them from).
        (src / "mypy.ini").write_text("[mypy]\nplugins = pydantic.mypy\nignore_missing_imports = True\n")
        cwd = os.getcwd()
        os.chdir(src)
        try:
            extensions = mypycify(
                ["--config-file=mypy.ini", f"--cache-dir={work / 'mypy'}", *sources],
                opt_level="3",
                target_dir=str(work / "c"),
                group_name=GROUP,
            )
            setup(
                name="reportwatch-engine-native",
                ext_modules=extensions,
                script_args=[
                    "--quiet",
                    "build_ext",
                    f"--build-lib={work / 'lib'}",
                    f"--build-temp={work / 'obj'}",
                ],
            )
        finally:
            os.chdir(cwd)
        built = sorted((work / "lib" / "services" / "extractor" / "engine").glob("*.so"))
        if len(built) != len(sources) + 1:
            raise RuntimeError(f"mypyc built {len(built)} extensions for {len(sources)} modules")
        staging = out.with_name(out.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        for so in built:
            shutil.copy2(so, staging / so.name)
        (staging / engine.STAMP).write_text(digest + "\n", "utf-8")
        shutil.rmtree(out, ignore_errors=True)
        staging.rename(out)
    return sorted(out.glob("*.so"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=engine.NATIVE_DIR, help="where the build goes")
    ap.add_argument("--force", action="store_true", help="rebuild even if the build is fresh")
    args = ap.parse_args(argv)
    if not args.force and engine.native_state(args.out) == "fresh":
        print(f"the compiled engine in {args.out} is built from these sources", file=sys.stderr)
        return 0
    print(f"compiling {len(engine.compiled_sources())} engine modules with mypyc ...", file=sys.stderr)
    start = time.monotonic()
    try:
        files = build(args.out)
    except ImportError as exc:
        print(f"cannot build: {exc} (install the `native` extra: pip install 'reportwatch[native]')")
        return 2
    print(
        f"built {len(files)} extensions into {args.out} in {time.monotonic() - start:.0f} s", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
