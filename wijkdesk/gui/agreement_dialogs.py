"""Forms for samenwerkingsafspraken: the agreement itself, the steps of its lifecycle that need
a note (submit, send back, withdraw), and approval with the team lead's password.

The labels of an agreement's fields live here too, so that the form, the detail and the
comparison of versions call each field by the same name.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.agreements import AgreementContent
from wijkdesk.errors import ValidationError, WrongPassword
from wijkdesk.gui.feedback import say
from wijkdesk.gui.neighbourhood import money
from wijkdesk.gui.record_dialogs import RecordDialog, id_of
from wijkdesk.gui.session import Session
from wijkdesk.gui.support_names import short_date, to_date
from wijkdesk.services.agreements import AgreementVersion
from wijkdesk.services.roles import MatrixInfo

_CONTEXT = "Agreements"

# Every field of AgreementContent, in the order a reader of the agreement expects them.
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Agreements", "Title"),
    "parties": QT_TRANSLATE_NOOP("Agreements", "Parties"),
    "team": QT_TRANSLATE_NOOP("Agreements", "Team"),
    "place_id": QT_TRANSLATE_NOOP("Agreements", "Area"),
    "period_from": QT_TRANSLATE_NOOP("Agreements", "Period from"),
    "period_to": QT_TRANSLATE_NOOP("Agreements", "Period until"),
    "assignment": QT_TRANSLATE_NOOP("Agreements", "Assignment"),
    "expected_results": QT_TRANSLATE_NOOP("Agreements", "Expected results"),
    "mutual_expectations": QT_TRANSLATE_NOOP("Agreements", "Mutual expectations"),
    "mandate": QT_TRANSLATE_NOOP("Agreements", "Mandate and decision rights"),
    "hours_per_week": QT_TRANSLATE_NOOP("Agreements", "Hours per week"),
    "budget_cents": QT_TRANSLATE_NOOP("Agreements", "Budget"),
    "evaluation_criteria": QT_TRANSLATE_NOOP("Agreements", "Evaluation criteria"),
    "review_on": QT_TRANSLATE_NOOP("Agreements", "Review date"),
}
LONG_FIELDS = frozenset({"parties", "assignment", "expected_results", "mutual_expectations",
                         "mandate", "evaluation_criteria"})
_HOURS = QT_TRANSLATE_NOOP("Agreements", "%1 hours")
NOTE_REQUIRED = "Say why in a note; it stays with the agreement."  # the service's own sentence


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(name: str) -> str:
    return _t(FIELD_LABELS[name])


def field_text(name: str, value: object, place_name: str = "") -> str:
    """A field's value as the window shows it; "" when it is empty."""
    if name == "place_id":
        return place_name if value is not None else ""
    if value is None:
        return ""
    if isinstance(value, date):
        return short_date(value)
    if name == "budget_cents":
        return money(int(value)) if value else ""
    if name == "hours_per_week":
        return _t(_HOURS).replace("%1", str(value)) if value else ""
    return str(value)


@dataclass
class Choices:
    """What the agreement form offers: teams, areas (wijk and buurt) and matrices."""

    teams: list[str] = field(default_factory=list)
    places: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    matrices: list[MatrixInfo] = field(default_factory=list)


def matrix_label(info: MatrixInfo) -> str:
    return f"{info.team} · {info.place_name}" if info.place_name else info.team


class AgreementDialog(RecordDialog):
    """A new agreement, or (version given) changes to a draft. Short fields on the left, the
    texts of the agreement on the right, each labelled as the detail labels it."""

    def __init__(self, session: Session, choices: Choices, *,
                 version: AgreementVersion | None = None, parent: QWidget | None = None):
        title = (self.tr("Agreement “%1”, version %2").replace("%1", version.content.title)
                 .replace("%2", str(version.summary.version)) if version
                 else self.tr("New agreement"))
        super().__init__(session, title, parent)
        self.version, self.choices = version, choices
        self._matrix_by_hand = version is not None
        c = version.content if version else None
        self._columns()
        self.title_ = self.text_field(field_label("title"), c.title if c else "", 200)
        self.parties = self._text("parties", c, self.form, 80)
        self.parties.setPlaceholderText(self.tr("Who agree: organisations and professionals"))
        self.team = self.row(field_label("team"), QComboBox(self))
        self.team.setEditable(True)
        self.team.addItems(choices.teams)
        self.team.lineEdit().setMaxLength(120)
        self.team.lineEdit().setPlaceholderText(self.tr("Name of the team"))
        self.team.setCurrentText(c.team if c else (choices.teams[0] if len(choices.teams) == 1
                                                   else ""))
        self.area = self.id_field(field_label("place_id"), choices.places,
                                  c.place_id if c else None,
                                  none=self.tr("(the whole team, no one area)"))
        today = date.today()
        self.period_from = self._date("period_from", c.period_from if c else today)
        self.period_to = self._date("period_to", c.period_to if c else None)
        self.hours = self.row(field_label("hours_per_week"), QSpinBox(self))
        self.hours.setRange(0, 2_000)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setValue(c.hours_per_week if c else 0)
        self.budget = self.row(field_label("budget_cents"), QDoubleSpinBox(self))
        self.budget.setRange(0, 100_000_000)
        self.budget.setDecimals(2)
        self.budget.setSingleStep(100)
        self.budget.setPrefix("€ ")
        self.budget.setValue((c.budget_cents if c else 0) / 100)
        year_on = QDate.currentDate().addYears(1)
        self.review = self._date("review_on", c.review_on if c else to_date(year_on))
        self.matrix = self.id_field(self.tr("Matrix"), [(m.id, matrix_label(m))
                                                        for m in choices.matrices],
                                    version.matrix_id if version else None,
                                    none=self.tr("(no matrix)"))
        self.matrix.setToolTip(self.tr("The responsibility matrix whose snapshot the agreement "
                                       "carries; it is taken again when the draft is saved "
                                       "and when it is submitted."))
        hint = QLabel(self.tr("Dates can be left empty: go below the first date, or clear the "
                              "field."), self)
        hint.setWordWrap(True)
        hint.setProperty("tone", "info")
        self.form.addRow(hint)
        self.assignment = self._text("assignment", c)
        self.results = self._text("expected_results", c)
        self.expectations = self._text("mutual_expectations", c)
        self.mandate = self._text("mandate", c)
        self.criteria = self._text("evaluation_criteria", c)
        self.team.currentTextChanged.connect(self._suggest_matrix)
        self.area.currentIndexChanged.connect(self._suggest_matrix)
        self.matrix.activated.connect(self._matrix_chosen)
        if version is None:
            self._suggest_matrix()
        self.resize(1040, 660)
        self.title_.setFocus()

    def _columns(self) -> None:
        """The form of RecordDialog becomes the left column, kept at the top; the texts of
        the agreement get the right column, each under its label and sharing the height."""
        outer = self.layout()
        outer.removeItem(self.form)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        self.texts = QVBoxLayout()
        self.texts.setSpacing(4)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(18)  # not setSpacing: the columns would inherit it between rows
        columns.addLayout(self.texts, 6)
        outer.insertLayout(0, columns, 1)

    def _text(self, name: str, content: AgreementContent | None,
              column: QFormLayout | None = None, height: int = 0) -> QPlainTextEdit:
        """A long text: in the left form (column given), or under its label on the right."""
        edit = QPlainTextEdit(getattr(content, name) if content else "", self)
        edit.setTabChangesFocus(True)
        if column is not None:
            edit.setFixedHeight(height)
            column.addRow(field_label(name), edit)
            return edit
        edit.setMinimumHeight(60)
        label = QLabel(field_label(name), self)
        label.setBuddy(edit)
        if self.texts.count():
            self.texts.addSpacing(6)
        self.texts.addWidget(label)
        self.texts.addWidget(edit, 1)
        return edit

    def _date(self, name: str, value: date | None):  # noqa: ANN202 - a QDateEdit
        edit = self.date_field(field_label(name), value, optional=True, future=True)
        edit.setToolTip(self.tr("Leave empty by going below the first date"))
        return edit

    def _matrix_chosen(self, _index: int) -> None:
        self._matrix_by_hand = True

    def _suggest_matrix(self) -> None:
        """The matrix of the chosen team (in the chosen wijk, where it has one) until the user
        picks a matrix themselves."""
        if self._matrix_by_hand:
            return
        team = " ".join(self.team.currentText().split()).casefold()
        area = id_of(self.area)
        ours = [m for m in self.choices.matrices if m.team.casefold() == team]
        best = (next((m for m in ours if area is not None and m.place_id == area), None)
                or next((m for m in ours if m.place_id is None), None))
        self.matrix.setCurrentIndex(max(0, self.matrix.findData(str(best.id))) if best else 0)

    def content(self) -> AgreementContent:
        return AgreementContent(
            title=self.title_.text(), parties=self.parties.toPlainText(),
            team=self.team.currentText(), assignment=self.assignment.toPlainText(),
            expected_results=self.results.toPlainText(),
            mutual_expectations=self.expectations.toPlainText(),
            mandate=self.mandate.toPlainText(),
            evaluation_criteria=self.criteria.toPlainText(), place_id=id_of(self.area),
            period_from=self.date_of(self.period_from), period_to=self.date_of(self.period_to),
            hours_per_week=self.hours.value(), budget_cents=round(self.budget.value() * 100),
            review_on=self.date_of(self.review))

    def work(self) -> Callable[[], Any]:
        content = self.content().validated()  # said at once, before the lane
        matrix_id = id_of(self.matrix)
        agreements = self.session.workspace.agreements(self.session.actor)
        if self.version is not None:
            agreement_id = self.version.summary.id
            return lambda: agreements.update(agreement_id, content, matrix_id)
        return lambda: agreements.create(content, matrix_id)


class NoteDialog(RecordDialog):
    """One step of the lifecycle with a note: submit (note optional), send back or withdraw
    (note required). With confirm, a box must be ticked before the step can be taken."""

    def __init__(self, session: Session, title: str, explanation: str,
                 call: Callable[[str], Any], *, action: str, required: bool,
                 confirm: str | None = None, parent: QWidget | None = None):
        super().__init__(session, title, parent)
        self.call, self.required = call, required
        text = QLabel(explanation, self)
        text.setWordWrap(True)
        self.form.addRow(text)
        self.note = self.text_area(self.tr("Note") if not required
                                   else self.tr("Note (required)"), height=110)
        self.note.setPlaceholderText(self.tr("Why, in a sentence or two; the note stays with "
                                             "the agreement's trail.") if required else
                                     self.tr("Optional: what the team lead should look at"))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(action)
        self.confirm: QCheckBox | None = None
        if confirm is not None:
            self.confirm = QCheckBox(confirm, self)
            self.form.addRow("", self.confirm)
            self.confirm.toggled.connect(self.save_button.setEnabled)
            self.save_button.setEnabled(False)
        self.note.setFocus()

    def work(self) -> Callable[[], Any]:
        note = self.note.toPlainText().strip()
        if self.required and not note:
            raise ValidationError(NOTE_REQUIRED)
        call = self.call
        return lambda: call(note)

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if self.confirm is not None:
            self.save_button.setEnabled(self.confirm.isChecked())


class ApproveDialog(RecordDialog):
    """A team lead approves a submitted version: a note, and their password given again, so
    that an approval is a deliberate act of that person and not of whoever uses the laptop."""

    def __init__(self, session: Session, version: AgreementVersion,
                 parent: QWidget | None = None):
        super().__init__(session, self.tr("Approve the agreement"), parent)
        self.version = version
        s = version.summary
        about = QLabel(self.tr("“%1”, version %2, team %3. Once approved, this version is "
                               "frozen: a change makes a new version.")
                       .replace("%1", s.title).replace("%2", str(s.version))
                       .replace("%3", s.team), self)
        about.setWordWrap(True)
        self.form.addRow(about)
        if version.snapshot.findings:
            warning = QLabel(self.tr("The matrix of this version has findings (%1); read them "
                                     "in the detail before you approve.")
                             .replace("%1", str(len(version.snapshot.findings))), self)
            warning.setWordWrap(True)
            say(warning, warning.text(), error=True)
            self.form.addRow(warning)
        self.note = self.text_area(self.tr("Approval note"), height=100)
        self.note.setPlaceholderText(self.tr("What you approve and on what terms; the note "
                                             "stays with the agreement."))
        self.password = self.row(self.tr("Your password"), QLineEdit(self))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("The password of your profile (%1), asked again for "
                                         "the approval.").replace(
            "%1", session.actor.display_name))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Approve"))
        self.setMinimumWidth(520)
        self.note.setFocus()

    def work(self) -> Callable[[], Any]:
        note, password = self.note.toPlainText().strip(), self.password.text()
        if not note:
            raise ValidationError(NOTE_REQUIRED)
        agreements = self.session.workspace.agreements(self.session.actor)
        agreement_id, seen = self.version.summary.id, self.version.summary.updated_at
        return lambda: agreements.approve(agreement_id, password, note, seen=seen)

    def save(self) -> None:
        if not self.password.text():
            say(self.message, self.tr("Give your password again to approve."))
            self.password.setFocus()
            return
        super().save()

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if isinstance(exc, WrongPassword):  # the base said so (describe): try again
            self.password.clear()
            self.password.setFocus()
