"""Update the translation sources and build the compiled catalogues (``make translations``).

``pyside6-lupdate`` reads every module of the package and merges new, changed and vanished
strings into ``resources/translations/rejection_desktop_<lang>.ts`` (obsolete entries dropped,
no line numbers, so a re-run after someone else's change only shows what really changed);
``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads. The ``.qm`` files
are build output (not committed): ``make run``, ``make test`` and ``make dist`` build them.

    python scripts/translations.py            # lupdate, then lrelease
    python scripts/translations.py --release  # only lrelease (what the builds need)
    python scripts/translations.py --add pt   # start a new language
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "rejection_desktop"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es")
"""The shipped languages; a new one is added with ``--add`` and listed here."""


def tool(name: str) -> str:
    """A Qt tool from the Python environment running this script (or the PATH)."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: pip install PySide6")
    return found


def ts_path(language: str) -> Path:
    return FOLDER / f"rejection_desktop_{language}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def update(languages: tuple[str, ...]) -> None:
    """Merge the package's strings into each language's ``.ts``."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in languages:
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", language, *sources(),
                        "-ts", str(ts_path(language))], cwd=ROOT, check=True)


def release(languages: tuple[str, ...], out: Path = FOLDER) -> list[Path]:
    """Compile each ``.ts`` into ``out/rejection_desktop_<lang>.qm``; returns the files."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for language in languages:
        qm = out / f"rejection_desktop_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm",
                        str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .qm files")
    parser.add_argument("--add", metavar="LANG", help="create the .ts of a new language")
    args = parser.parse_args(argv)
    languages = (args.add,) if args.add else LANGUAGES
    if not args.release:
        update(languages)
    release(languages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
