"""The Journal page: every ask and reflection, newest first, searchable, filterable, editable.

The list loads lazily (JournalModel pages through JournalService); the search box searches the
reflections and the attempt notes as you type (after a short pause). Deleting an entry shows an
Undo button in a banner above the list. Ctrl+F (the window's Find action) calls
``focus_search``.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QItemSelectionModel, Qt, QTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.services.attempts import DeletedAttempt
from rejection_desktop.services.container import Services
from rejection_desktop.services.journal import (
    PLANNED,
    STANDALONE,
    JournalEntry,
    JournalFilter,
)
from rejection_desktop.services.undo import UndoConflictError
from rejection_desktop.ui.attempt_flow import AttemptFlow
from rejection_desktop.ui.journal_format import chip_icon, from_qdatetime, outcome_label
from rejection_desktop.ui.models.challenge_model import category_label
from rejection_desktop.ui.models.journal_model import ENTRY_ROLE, JournalDelegate, JournalModel
from rejection_desktop.ui.pages.journal_detail import JournalDetail
from rejection_desktop.ui.widgets.banner import Banner
from rejection_desktop.ui.widgets.common import (
    SEARCH_WIDTH,
    EmptyState,
    PageHeader,
    button,
    primary_button,
)
from rejection_desktop.ui.widgets.date_fields import DateField
from rejection_desktop.ui.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)

SEARCH_PAUSE_MS = 200
PERIODS = ("any", "7", "30", "365", "custom")


class JournalPage(QWidget):
    """The journal list, its search and filters, and the selected entry's details."""

    def __init__(self, services: Services, flow: AttemptFlow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.flow = flow
        self.journal = services.journal
        self.model = JournalModel(self.journal, self)
        self._undo: tuple[str, Any] | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self.update_count)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.setSpacing(10)
        header_row = QHBoxLayout()
        self.header = PageHeader(self.tr("Journal"))
        header_row.addWidget(self.header, 1)
        self.count_label = self.header.subtitle_label  # "20,000 entries" under the title
        self.count_label.setAccessibleName(self.tr("Number of entries"))
        self.count_label.show()
        self.reflect_button = button(self.tr("New &reflection"),
                                     self.tr("Write a reflection without an ask"))
        self.log_button = primary_button(self.tr("&Log an ask"))
        header_row.addWidget(self.reflect_button, 0, Qt.AlignmentFlag.AlignBottom)
        header_row.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(header_row)
        layout.addLayout(self._build_filters())
        self.banner = Banner()
        layout.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list_stack = QStackedWidget()
        self.view = QListView()
        self.view.setObjectName("journalList")
        self.view.setAccessibleName(self.tr("Journal entries"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(JournalDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(False)
        self.list_stack.addWidget(self.view)
        self.welcome = EmptyState(
            self.tr("Your journal is empty, for now"),
            self.tr("Every ask you log and every reflection you write will be kept here, "
                    "newest first. Pick a challenge on the Today page, or write down what is "
                    "on your mind."))
        self.welcome_button = primary_button(self.tr("Write a reflection"))
        self.welcome.action_box.addWidget(self.welcome_button)
        self.list_stack.addWidget(self.welcome)
        self.no_results = EmptyState(self.tr("Nothing matches"), self.tr(
            "Try another word, fewer words, or clear the filters."))
        self.clear_button = button(self.tr("&Clear search and filters"))
        self.no_results.action_box.addWidget(self.clear_button)
        self.list_stack.addWidget(self.no_results)
        self.splitter.addWidget(self.list_stack)
        self.detail = JournalDetail(services)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 460])
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        self._connect()
        self.model.set_filter(self.current_filter())
        self._after_reload(None)

    # building ----------------------------------------------------------------------------------
    def _build_filters(self) -> FlowLayout:
        row = FlowLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setMinimumWidth(SEARCH_WIDTH)
        self.search_edit.setObjectName("journalSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search reflections and notes (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search the journal"))
        row.addWidget(self.search_edit)

        self.outcome_combo = QComboBox()
        self.outcome_combo.setAccessibleName(self.tr("Filter by outcome"))
        self.outcome_combo.addItem(self.tr("All entries"), None)
        for outcome in (Outcome.REJECTED, Outcome.ACCEPTED, Outcome.PARTIAL, Outcome.NO_REPLY,
                        Outcome.NOT_ATTEMPTED):
            self.outcome_combo.addItem(chip_icon(outcome.value), outcome_label(outcome.value),
                                       outcome.value)
        self.outcome_combo.addItem(chip_icon(PLANNED), outcome_label(None), PLANNED)
        self.outcome_combo.addItem(chip_icon(None), self.tr("Reflections without an ask"),
                                   STANDALONE)
        row.addWidget(self.outcome_combo)

        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Filter by category"))
        self._fill_categories()
        row.addWidget(self.category_combo)

        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Filter by date"))
        for key, text in zip(PERIODS, (self.tr("Any time"), self.tr("Last 7 days"),
                                       self.tr("Last 30 days"), self.tr("Last 12 months"),
                                       self.tr("Pick dates…")), strict=True):
            self.period_combo.addItem(text, key)
        row.addWidget(self.period_combo)
        today = self._today()
        self.from_edit = DateField()
        self.from_edit.setDate(today.addMonths(-1))
        self.to_edit = DateField()
        self.to_edit.setDate(today)
        for edit, name in ((self.from_edit, self.tr("From date")),
                           (self.to_edit, self.tr("To date"))):
            edit.setAccessibleName(name)
            edit.hide()
            row.addWidget(edit)
        return row

    def _fill_categories(self) -> None:
        """All categories in use (custom ones appear as they are created), keeping the choice."""
        chosen = self.category_combo.currentData()
        blocked = self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for key in self.services.challenges.categories():
            self.category_combo.addItem(category_label(key), key)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(chosen)))
        self.category_combo.blockSignals(blocked)

    def _on_challenges_changed(self, *_args: object) -> None:
        self._fill_categories()
        self._schedule_refresh()

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        for combo in (self.outcome_combo, self.category_combo, self.period_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.apply_filters)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.activated.connect(self._open_entry)
        self.model.modelReset.connect(lambda: self.detail.show_entry(self.current_entry()))
        self.reflect_button.clicked.connect(lambda _checked=False: self.flow.reflect())
        self.log_button.clicked.connect(lambda _checked=False: self.flow.log())
        self.welcome_button.clicked.connect(lambda _checked=False: self.flow.reflect())
        self.clear_button.clicked.connect(self.clear_filters)
        self.detail.log_requested.connect(lambda i: self.flow.log(attempt_id=i))
        self.detail.edit_attempt_requested.connect(self.flow.edit_attempt)
        self.detail.reflect_requested.connect(self.flow.reflect)
        self.detail.edit_reflection_requested.connect(self.flow.edit_reflection)
        self.detail.delete_requested.connect(self.delete_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search_edit.clear)
        attempts, reflections = self.services.attempts, self.services.reflections
        for signal in (attempts.attempt_planned, attempts.attempt_logged,
                       attempts.attempt_updated, attempts.attempt_deleted,
                       attempts.attempt_restored, reflections.reflection_saved,
                       reflections.reflection_deleted, reflections.reflection_restored):
            signal.connect(self._schedule_refresh)
        challenges = self.services.challenges
        for signal in (challenges.challenge_added, challenges.challenge_updated):
            signal.connect(self._on_challenges_changed)

    # filters -----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _today(self) -> QDate:
        return QDateTime.fromMSecsSinceEpoch(
            round(self.flow.clock().timestamp() * 1000)).date()

    def current_filter(self) -> JournalFilter:
        """The filter the controls describe."""
        since: datetime | None = None
        until: datetime | None = None
        period = self.period_combo.currentData()
        custom = period == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        if custom:
            first, last = sorted((self.from_edit.date(), self.to_edit.date()))
            since = from_qdatetime(QDateTime(first, QTime(0, 0)))
            until = from_qdatetime(QDateTime(last.addDays(1), QTime(0, 0)))
        elif period != "any":
            since = self.flow.clock() - timedelta(days=int(period))
        return JournalFilter(text=self.search_edit.text(), outcome=self.outcome_combo.currentData(),
                             category=self.category_combo.currentData(), since=since,
                             until=until)

    def apply_filters(self) -> None:
        """Show the entries matching the search box and filters."""
        self._search_timer.stop()
        selected = self.current_entry()
        self.model.set_filter(self.current_filter())
        self._after_reload(selected)

    def clear_filters(self) -> None:
        for combo in (self.outcome_combo, self.category_combo, self.period_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.apply_filters()

    # refreshing --------------------------------------------------------------------------------
    def _schedule_refresh(self, *_args: object) -> None:
        self._refresh_timer.start(0)

    def refresh(self) -> None:
        """Reload after the journal changed, keeping the selected entry when it is still there."""
        selected = self.current_entry()
        self.model.reload()
        self._after_reload(selected)

    def data_replaced(self) -> None:
        """An import or restore replaced the journal: an Undo of an older delete no longer fits."""
        self._undo = None
        self.banner.hide()
        self.refresh()

    def _after_reload(self, selected: JournalEntry | None) -> None:
        self._count_timer.start(0)  # the list paints first, the count follows
        where = self.model.filter
        self._show_detail(self.model.rowCount() > 0)
        if self.model.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.view)
        elif where.is_empty:
            self.list_stack.setCurrentWidget(self.welcome)
        else:
            self.list_stack.setCurrentWidget(self.no_results)
        row = self.model.row_of(selected.kind, selected.id) if selected else -1
        if row < 0 and self.model.rowCount() > 0 and selected is None:
            row = 0
        if row >= 0:
            self.select_row(row)
        else:
            self.detail.show_entry(None)

    def _show_detail(self, visible: bool) -> None:
        """Show or hide the details pane, laid out at once.

        A splitter re-lays its panes out only when it next handles events, so a pane just
        shown would sit there at zero width (its buttons unclickable) until then; the refresh
        that showed it must leave the page as it will be painted.
        """
        if self.detail.isVisibleTo(self) != visible:
            self.detail.setVisible(visible)
            self.splitter.refresh()

    def update_count(self) -> None:
        """Show how many entries the current search and filters match."""
        where = self.model.filter
        count = self.journal.count(where)
        if where.is_empty and count == 1:
            self.count_label.setText(self.tr("1 entry"))
        elif where.is_empty:
            self.count_label.setText(self.tr("%Ln entries", "", count))
        else:
            self.count_label.setText(self.tr("%Ln found", "", count))

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        self.detail.show_entry(self.model.entry(row))

    def current_entry(self) -> JournalEntry | None:
        index = self.view.currentIndex()
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        return entry if isinstance(entry, JournalEntry) else None

    def _on_current_changed(self, *_args: object) -> None:
        self.detail.show_entry(self.current_entry())

    # actions -----------------------------------------------------------------------------------
    def _open_entry(self, *_args: object) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if not entry.is_attempt:
            self.flow.edit_reflection(entry.id)
        elif entry.outcome is None or entry.outcome == Outcome.NO_REPLY:
            self.flow.log(attempt_id=entry.id)
        else:
            self.flow.edit_attempt(entry.id)

    def delete_selected(self) -> None:
        """Delete the selected entry at once; the banner offers Undo."""
        entry = self.current_entry()
        if entry is None:
            return
        row = self.view.currentIndex().row()
        try:
            if entry.is_attempt:
                self._undo = ("attempt", self.services.attempts.delete(entry.id))
                text = self.tr("The ask and its reflections were deleted.")
            else:
                self._undo = ("reflection", self.services.reflections.delete(entry.id))
                text = self.tr("The reflection was deleted.")
        except KeyError:
            self.refresh()
            return
        self.banner.show_message(text, self.tr("Undo"), self.undo_delete)
        self.refresh()
        if self.model.rowCount() > 0:
            self.select_row(min(row, self.model.rowCount() - 1))
        self.view.setFocus()

    def undo_delete(self) -> None:
        """Put the last deleted entry back."""
        if self._undo is None:
            return
        kind, snapshot = self._undo
        self._undo = None
        try:
            self._put_back(kind, snapshot)
        except UndoConflictError:
            log.exception("undo of a deleted %s failed", kind)
            self.banner.show_message(self.tr(
                "The entry could not be put back: the journal has changed since it was "
                "deleted."))
            return
        self.banner.hide()

    def _put_back(self, kind: str, snapshot: Any) -> None:
        if kind == "attempt" and isinstance(snapshot, DeletedAttempt):
            restored = self.services.attempts.undo_delete(snapshot)
            self.model.reload()
            self._after_reload(self._entry_for("attempt", restored))
        elif isinstance(snapshot, dict):
            restored = self.services.reflections.undo_delete(snapshot)
            self.model.reload()
            self._after_reload(self._entry_for("reflection", restored))

    def _entry_for(self, kind: str, entry_id: int) -> JournalEntry | None:
        row = self.model.row_of(kind, entry_id)
        return self.model.entry(row)
