"""Two versions of an agreement side by side: every field with what changed marked (down to
the words of a text), then the matrix cells and the agreed splits that changed."""

from __future__ import annotations

import difflib
import re
import uuid
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.role_matrix import Level
from wijkdesk.gui.agreement_dialogs import FIELD_LABELS, field_label, field_text
from wijkdesk.gui.feedback import say
from wijkdesk.gui.messages import describe
from wijkdesk.gui.raci import LEVEL_COLOURS, level_name, state_name, type_label
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import short_date
from wijkdesk.services.agreements import AgreementSummary, AgreementVersion, Comparison

# Marks that read on the light and the dark palette alike: each sets its own text colour.
CHANGED_ROW = "#fff1c2"
REMOVED = "background-color:#f6c4bf; color:#3b0a06; text-decoration:line-through"
ADDED = "background-color:#c5e8cc; color:#0b2e13"
INK = "#1b1b1b"


def _words(text: str) -> list[str]:
    """Each word with the white space after it, so the text can be rebuilt from its pieces."""
    return re.findall(r"\s+|\S+\s*", text)


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def word_diff(old: str, new: str) -> tuple[str, str]:
    """Both texts as HTML, with the words removed from old and added in new marked."""
    a, b = _words(old), _words(new)
    # matched on the words alone: a word that gained a space before the next one is the same
    matcher = difflib.SequenceMatcher(None, [w.strip() for w in a], [w.strip() for w in b],
                                      autojunk=False)
    left, right = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        gone, came = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            left.append(_html(gone))
            right.append(_html(came))
            continue
        left.append(_mark(gone, REMOVED))
        right.append(_mark(came, ADDED))
    return "".join(left), "".join(right)


def _mark(text: str, style: str) -> str:
    """The words marked, the white space after them not."""
    words = text.rstrip()
    if not words:
        return _html(text)
    return f'<span style="{style}">{_html(words)}</span>{_html(text[len(words):])}'


def _level_cell(code: str) -> str:
    if not code:
        return "<td>—</td>"
    level = Level(code)
    return (f'<td bgcolor="{LEVEL_COLOURS[level].name()}"><span style="color:{INK}">'
            f"<b>{escape(code)}</b> {escape(level_name(level))}</span></td>")


class CompareDialog(QDialog):
    """Pick two versions of one series; by default the one before the newest, and the newest."""

    def __init__(self, session: Session, versions: list[AgreementSummary],
                 parent: QWidget | None = None, *, old_id: uuid.UUID | None = None,
                 new_id: uuid.UUID | None = None):
        super().__init__(parent)
        self.session = session
        self.versions = sorted(versions, key=lambda v: v.version)
        self.comparison: Comparison | None = None
        self.old: AgreementVersion | None = None
        self.new: AgreementVersion | None = None
        title = self.versions[-1].title if self.versions else ""
        self.setWindowTitle(self.tr("Compare versions of “%1”").replace("%1", title))
        layout = QVBoxLayout(self)
        pickers = QHBoxLayout()
        self.old_combo, self.new_combo = QComboBox(self), QComboBox(self)
        for combo in (self.old_combo, self.new_combo):
            for v in self.versions:
                combo.addItem(self._version_label(v), str(v.id))
        old_label = QLabel(self.tr("&Compare version"), self)
        old_label.setBuddy(self.old_combo)
        new_label = QLabel(self.tr("&with version"), self)
        new_label.setBuddy(self.new_combo)
        self.only_changes = QCheckBox(self.tr("&Only what changed"), self)
        pickers.addWidget(old_label)
        pickers.addWidget(self.old_combo, 1)
        pickers.addSpacing(12)
        pickers.addWidget(new_label)
        pickers.addWidget(self.new_combo, 1)
        pickers.addSpacing(12)
        pickers.addWidget(self.only_changes)
        layout.addLayout(pickers)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        say(self.message)
        count = len(self.versions)
        self._pick(self.old_combo, old_id, count - 2)
        self._pick(self.new_combo, new_id, count - 1)
        self.old_combo.currentIndexChanged.connect(self.load)
        self.new_combo.currentIndexChanged.connect(self.load)
        self.only_changes.toggled.connect(self._render)
        self.resize(1100, 720)
        self.load()

    def _version_label(self, v: AgreementSummary) -> str:
        when = v.approved_at or v.updated_at
        return (self.tr("Version %1 · %2 · %3").replace("%1", str(v.version))
                .replace("%2", state_name(v.state)).replace("%3", short_date(
                    when.astimezone().date() if when else None)))

    @staticmethod
    def _pick(combo: QComboBox, wanted: uuid.UUID | None, fallback: int) -> None:
        index = combo.findData(str(wanted)) if wanted is not None else -1
        combo.setCurrentIndex(index if index >= 0 else max(0, fallback))

    # Loading --------------------------------------------------------------------------------

    def load(self) -> None:
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        if not old_id or not new_id:
            return
        if old_id == new_id:
            self.comparison = self.old = self.new = None
            self.view.clear()
            say(self.message, self.tr("Choose two different versions."), error=False)
            return
        say(self.message)
        agreements = self.session.workspace.agreements(self.session.actor)
        old, new = uuid.UUID(old_id), uuid.UUID(new_id)
        self.session.run(lambda _p: (agreements.compare(old, new), agreements.get(old),
                                     agreements.get(new)),
                         "compare agreement versions", self._compared, self._failed,
                         owner=self)

    def _compared(self, result: tuple[Comparison, AgreementVersion, AgreementVersion]) -> None:
        # an answer for versions no longer picked is dropped: a newer request is on its way
        comparison, old, new = result
        if (str(old.summary.id), str(new.summary.id)) != (self.old_combo.currentData(),
                                                          self.new_combo.currentData()):
            return
        self.comparison, self.old, self.new = comparison, old, new
        self._render()

    def _failed(self, exc: BaseException) -> None:
        say(self.message, describe(exc))

    # Showing --------------------------------------------------------------------------------

    def _render(self, *_args: Any) -> None:
        if self.comparison is None or self.old is None or self.new is None:
            return
        self.view.setHtml(self.html())

    def html(self) -> str:
        c, old, new = self.comparison, self.old, self.new
        assert c is not None and old is not None and new is not None
        x = self.tr("Version %1").replace("%1", str(old.summary.version))
        y = self.tr("Version %1").replace("%1", str(new.summary.version))
        changed = {f.field for f in c.fields}
        parts = []
        if not (changed or c.cells or c.splits):
            parts.append("<p>" + escape(self.tr("These versions say the same.")) + "</p>")
        else:
            parts.append("<p>" + escape(self.tr(
                "Changed: fields %1, matrix cells %2, agreed splits %3. Changed rows are "
                "marked; words taken out are struck through, words added are green.")
                .replace("%1", str(len(changed))).replace("%2", str(len(c.cells)))
                .replace("%3", str(len(c.splits)))) + "</p>")
        rows = []
        for name in FIELD_LABELS:  # in the order a reader of the agreement expects
            if self.only_changes.isChecked() and name not in changed:
                continue
            a = field_text(name, getattr(old.content, name), old.summary.place_name)
            b = field_text(name, getattr(new.content, name), new.summary.place_name)
            if name in changed and isinstance(getattr(old.content, name), str):
                a, b = word_diff(a, b)
            else:
                a, b = _html(a), _html(b)
            label = escape(field_label(name))
            if name in changed:
                rows.append(f'<tr bgcolor="{CHANGED_ROW}"><td><span style="color:{INK}"><b>'
                            f'{label}</b></span></td><td><span style="color:{INK}">{a or "—"}'
                            f'</span></td><td><span style="color:{INK}">{b or "—"}</span>'
                            "</td></tr>")
            else:
                rows.append(f"<tr><td>{label}</td><td>{a or '—'}</td><td>{b or '—'}</td></tr>")
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="5" border="1" '
            'style="border-collapse:collapse; border-color:#9aa0a6">'
            f'<tr><th align="left" width="20%">{escape(self.tr("Field"))}</th>'
            f'<th align="left" width="40%">{escape(x)}</th>'
            f'<th align="left" width="40%">{escape(y)}</th></tr>' + "".join(rows) + "</table>")
        if c.cells:
            types = {code: type_label(code, name) for code, name, _a in
                     (*old.snapshot.types, *new.snapshot.types)}
            lines = "".join(
                f"<tr><td>{escape(cell.domain)}</td><td>{escape(cell.task)}</td>"
                f"<td>{escape(types.get(cell.professional_type, cell.professional_type))}</td>"
                f"{_level_cell(cell.old)}{_level_cell(cell.new)}</tr>" for cell in c.cells)
            parts.append(
                "<h3>" + escape(self.tr("Matrix cells that changed")) + "</h3>"
                '<table cellspacing="0" cellpadding="4" border="1" '
                'style="border-collapse:collapse; border-color:#9aa0a6"><tr>'
                + "".join(f'<th align="left">{escape(h)}</th>' for h in (
                    self.tr("Domain"), self.tr("Task"), self.tr("Type"), x, y))
                + f"</tr>{lines}</table>")
        if c.splits:
            types = {code: type_label(code, name) for code, name, _a in
                     (*old.snapshot.types, *new.snapshot.types)}
            lines = "".join(
                f"<tr><td>{escape(types.get(code, code))}</td><td>{self._split(before)}</td>"
                f"<td>{self._split(after)}</td></tr>" for code, before, after in c.splits)
            parts.append(
                "<h3>" + escape(self.tr("Agreed splits that changed")) + "</h3>"
                '<table cellspacing="0" cellpadding="4" border="1" '
                'style="border-collapse:collapse; border-color:#9aa0a6"><tr>'
                + "".join(f'<th align="left">{escape(h)}</th>' for h in (
                    self.tr("Type"), x, y)) + f"</tr>{lines}</table>")
        return "".join(parts)

    def _split(self, percent: int | None) -> str:
        if percent is None:
            return "—"
        return escape(self.tr("%1% individual, %2% collective").replace(
            "%1", str(percent)).replace("%2", str(100 - percent)))

