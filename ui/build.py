"""Build what the window is made of: Designer forms to Python, translations to .qm.

    python ui/build.py          compile ui/*.ui, update the .ts from the sources, build the .qm
    python ui/build.py --check  change nothing; exit 1 when a generated file is out of date
                                or a Dutch translation is missing or unfinished

Uses the pyside6-uic, pyside6-lupdate and pyside6-lrelease of the running environment.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_SRC = ROOT / "ui"
FORMS_OUT = ROOT / "wijkdesk" / "gui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl",)


def tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is not installed; install the project's test extra.")
    return found


def forms() -> list[Path]:
    return sorted(FORMS_SRC.glob("*.ui"))


def generated(form: Path) -> Path:
    return FORMS_OUT / f"{form.stem}.py"


def compile_form(form: Path) -> str:
    return subprocess.run([tool("pyside6-uic"), str(form)], check=True, capture_output=True,
                          text=True).stdout


def translation_sources() -> list[Path]:
    gui = ROOT / "wijkdesk" / "gui"
    code = [p for p in sorted(gui.rglob("*.py")) if FORMS_OUT not in p.parents]
    return code + forms()


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"wijkdesk_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"wijkdesk_{language}.qm"


def update_ts(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                    *map(str, translation_sources()), "-ts", str(ts)],
                   check=True, capture_output=True, text=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True, text=True)


def unfinished(ts: Path) -> list[str]:
    """Source texts whose translation is missing, empty or marked unfinished."""
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):  # noqa: S314 (our own file)
        source = message.findtext("source") or ""
        translation = message.find("translation")
        numerus = translation is not None and message.get("numerus") == "yes"
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                "obsolete"):
            problems.append(source)
        elif numerus:
            if not all((f.text or "").strip() for f in translation.findall("numerusform")):
                problems.append(source)
        elif not (translation.text or "").strip():
            problems.append(source)
    return problems


def check() -> list[str]:
    problems = []
    for form in forms():
        out = generated(form)
        if not out.exists() or out.read_text(encoding="utf-8") != compile_form(form):
            problems.append(f"{out.name} does not match {form.name}")
    known = {f.stem for f in forms()}
    for module in FORMS_OUT.glob("*.py"):
        if module.stem != "__init__" and module.stem not in known:
            problems.append(f"{module.name} has no form in ui/")
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            scratch = Path(tmp) / ts_file(language).name
            shutil.copy(ts_file(language), scratch)
            update_ts(scratch)  # what the sources ask for now, with the translations we have
            for source in unfinished(scratch):
                problems.append(f"{language}: no finished translation for {source!r}")
            if scratch.read_bytes() != ts_file(language).read_bytes():
                problems.append(f"{ts_file(language).name} is not current with the sources")
            built = Path(tmp) / qm_file(language).name
            release(ts_file(language), built)
            if not qm_file(language).exists() or \
                    built.read_bytes() != qm_file(language).read_bytes():
                problems.append(f"{qm_file(language).name} is not built from its .ts")
    return problems


def build() -> None:
    FORMS_OUT.mkdir(parents=True, exist_ok=True)
    for form in forms():
        generated(form).write_text(compile_form(form), encoding="utf-8")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        update_ts(ts_file(language))
        release(ts_file(language), qm_file(language))
        for source in unfinished(ts_file(language)):
            print(f"{language}: untranslated: {source!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
