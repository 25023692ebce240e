"""Designer forms, translations and the display check: generated files agree with sources."""

import shutil
import subprocess
import sys

from tests.conftest import REPO, cli_env, run_cli

sys.path.insert(0, str(REPO / "ui"))
import build  # noqa: E402  (ui/build.py)


def test_every_form_and_translation_is_built_from_its_source():
    result = subprocess.run([sys.executable, str(REPO / "ui" / "build.py"), "--check"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_notices_a_stale_form_and_an_unfinished_translation(tmp_path, monkeypatch):
    forms = tmp_path / "ui"
    out = tmp_path / "forms"
    shutil.copytree(REPO / "ui", forms, ignore=shutil.ignore_patterns("*.py", "*.md"))
    shutil.copytree(build.FORMS_OUT, out)
    translations = tmp_path / "translations"
    shutil.copytree(build.TRANSLATIONS, translations)
    monkeypatch.setattr(build, "FORMS_SRC", forms)
    monkeypatch.setattr(build, "FORMS_OUT", out)
    monkeypatch.setattr(build, "TRANSLATIONS", translations)
    monkeypatch.setattr(build, "translation_sources", lambda: sorted(forms.glob("*.ui")))
    # the committed .ts also holds the Python sources' strings: rebuild it from the forms only
    build.update_ts(build.ts_file("nl"))
    build.release(build.ts_file("nl"), build.qm_file("nl"))
    assert build.check() == []

    login = forms / "login_dialog.ui"
    login.write_text(login.read_text().replace("Sign in to wijkdesk", "Sign in to Wijkdesk!"))
    problems = build.check()
    assert any("login_dialog.py does not match" in p for p in problems)
    assert any("'Sign in to Wijkdesk!'" in p for p in problems)


def test_unfinished_empty_and_missing_translations_are_found(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">
<context><name>C</name>
<message><source>done</source><translation>klaar</translation></message>
<message><source>open</source><translation type="unfinished">open</translation></message>
<message><source>empty</source><translation></translation></message>
<message numerus="yes"><source>%n item(s)</source><translation>
  <numerusform>%n ding</numerusform><numerusform></numerusform></translation></message>
</context></TS>""", encoding="utf-8")
    assert build.unfinished(ts) == ["open", "empty", "%n item(s)"]


def test_the_dutch_translation_ships_as_a_resource():
    from wijkdesk.resources import resource_path

    assert resource_path("translations", "wijkdesk_nl.qm").stat().st_size > 1000


def test_without_a_display_wijkdesk_says_so_in_one_sentence(tmp_path):
    env = cli_env(tmp_path)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    result = run_cli(env=env, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "wijkdesk info" in lines[0]
    assert result.stdout == ""
