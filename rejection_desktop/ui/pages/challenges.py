"""The Challenges page: the library as a searchable table, and the user's ladder.

The ladder lists the user's own rungs (challenges tried, planned, re-rated or written by the
user), easiest first; the library holds everything else to pick from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.ladder import DISTRESS_BANDS, ladder
from rejection_desktop.domain.records import ChallengeRecord
from rejection_desktop.services.container import Services
from rejection_desktop.ui.dialogs.challenge_dialog import ChallengeDialog
from rejection_desktop.ui.models.challenge_model import (
    RECORD_ROLE,
    ChallengeFilterProxy,
    ChallengeTableModel,
    Column,
    LadderModel,
    Status,
    band_label,
    category_label,
)
from rejection_desktop.ui.widgets.banner import Banner
from rejection_desktop.ui.widgets.common import (
    SEARCH_WIDTH,
    Card,
    EmptyState,
    PageHeader,
    button,
    label,
    primary_button,
)
from rejection_desktop.ui.widgets.flow_layout import FlowLayout
from rejection_desktop.ui.widgets.ladder_delegate import ROW_HEIGHT, LadderDelegate


class AttemptStarter(Protocol):
    """What the page needs from the attempt flow."""

    def plan(self, challenge_id: int) -> object: ...

    def log(self, challenge_id: int | None = None, attempt_id: int | None = None) -> object: ...


class ChallengesPage(QWidget):
    """Search, filter, add, edit, duplicate, archive and restore challenges; see the ladder."""

    challenge_selected = Signal(int)

    def __init__(self, services: Services, flow: AttemptStarter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._flow = flow
        self._ladder_stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.setSpacing(10)
        self.header = PageHeader(self.tr("Challenges"))
        layout.addWidget(self.header)

        filters = FlowLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setMinimumWidth(SEARCH_WIDTH)
        self.search_edit.setPlaceholderText(self.tr("Search challenges"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search challenges"))
        filters.addWidget(self.search_edit)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category filter"))
        filters.addWidget(self.category_combo)
        self.band_combo = QComboBox()
        self.band_combo.setAccessibleName(self.tr("Distress filter"))
        self.band_combo.addItem(self.tr("Any level"), "")
        for band in DISTRESS_BANDS:
            self.band_combo.addItem(band_label(band.key) + f" ({band.low}-{band.high})", band.key)
        filters.addWidget(self.band_combo)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        for status, text in ((Status.ACTIVE, self.tr("Active")),
                             (Status.NEVER_TRIED, self.tr("Never tried")),
                             (Status.DONE, self.tr("Tried")),
                             (Status.ARCHIVED, self.tr("Archived")),
                             (Status.ALL, self.tr("All"))):
            self.status_combo.addItem(text, int(status))
        filters.addWidget(self.status_combo)
        layout.addLayout(filters)

        switch = QHBoxLayout()
        self.view_group = QButtonGroup(self)
        self.table_button = QPushButton(self.tr("Library"))
        self.ladder_button = QPushButton(self.tr("My ladder"))
        for index, widget in enumerate((self.table_button, self.ladder_button)):
            widget.setCheckable(True)
            widget.setAccessibleName(widget.text())
            self.view_group.addButton(widget, index)
            switch.addWidget(widget)
        self.table_button.setChecked(True)
        self.count_label = label("", "muted")
        switch.addStretch(1)
        switch.addWidget(self.count_label)
        layout.addLayout(switch)
        self.banner = Banner()
        layout.addWidget(self.banner)

        self.model = ChallengeTableModel(self)
        self.proxy = ChallengeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Challenge library"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DISTRESS, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (Column.CATEGORY, Column.DISTRESS, Column.ASKS, Column.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.CATEGORY, 150)
        header.resizeSection(Column.DISTRESS, 80)
        header.resizeSection(Column.ASKS, 60)
        header.resizeSection(Column.KIND, 120)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())

        self.ladder_model = LadderModel(self)
        self.ladder_view = QListView()
        self.ladder_view.setModel(self.ladder_model)
        self.ladder_view.setItemDelegate(LadderDelegate(self.ladder_view))
        self.ladder_view.setUniformItemSizes(True)
        self.ladder_view.setAccessibleName(self.tr("My ladder"))
        self.ladder_view.setSpacing(0)
        self.ladder_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.ladder_view.verticalScrollBar().setSingleStep(ROW_HEIGHT // 2)

        self.ladder_empty = EmptyState(
            self.tr("Your ladder is empty, for now"),
            self.tr("Every challenge you plan, log, re-rate or write yourself becomes a rung "
                    "here, easiest first. Pick one in the Library to start climbing."))
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.ladder_view)
        self.views.addWidget(self.ladder_empty)
        layout.addWidget(self.views, 1)

        self.detail = Card()
        self.detail_title = label("", "sectionTitle", wrap=True)
        self.detail_text = label("", wrap=True)
        self.detail_tip = label("", "muted", wrap=True)
        for detail_label in (self.detail_title, self.detail_text, self.detail_tip):
            self.detail.body.addWidget(detail_label)
        layout.addWidget(self.detail)

        actions = FlowLayout()
        self.new_button = primary_button(self.tr("&New challenge"))
        self.edit_button = button(self.tr("Ed&it"))
        self.duplicate_button = button(self.tr("D&uplicate"))
        self.archive_button = button(self.tr("&Archive"))
        self.plan_button = button(self.tr("&Plan it"))
        self.log_button = button(self.tr("&Log an attempt"))
        for widget in (self.new_button, self.edit_button, self.duplicate_button,
                       self.archive_button, self.plan_button, self.log_button):
            actions.addWidget(widget)
        layout.addLayout(actions)

        self.new_button.clicked.connect(self.add_challenge)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.archive_button.clicked.connect(self.toggle_archive_selected)
        self.plan_button.clicked.connect(self._plan_selected)
        self.log_button.clicked.connect(self._log_selected)
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.category_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.band_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.view_group.idClicked.connect(self._on_view_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.ladder_view.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.timeout.connect(self.reload)
        for signal in (services.challenges.challenge_added, services.challenges.challenge_updated,
                       services.challenges.challenge_archived,
                       services.challenges.challenge_restored, services.attempts.attempt_logged,
                       services.attempts.attempt_planned, services.attempts.attempt_updated,
                       services.attempts.attempt_deleted, services.attempts.attempt_restored):
            signal.connect(self._schedule_reload)
        self.reload()

    # data ----------------------------------------------------------------------------------
    def _schedule_reload(self) -> None:
        self._reload_timer.start(0)

    def reload(self) -> None:
        """Re-read the library from the service, keeping the selection."""
        selected = self.selected_record()
        records = self._services.challenges.list_challenges()
        self.model.reload(records, self._services.challenges.attempt_counts())
        self._fill_categories()
        self._ladder_stale = True
        if self.showing_ladder():
            self._reload_ladder()
        if selected is not None:
            self.select_challenge(selected.id)
        self._update_counts()
        self._on_selection_changed()

    def _reload_ladder(self) -> None:
        zone = self._services.settings.zone()
        records = self._services.challenges.list_challenges(include_archived=False)
        rungs = ladder(records, self._services.attempts.records(), zone)
        self.ladder_model.reload([r for r in rungs
                                  if r.is_mine and self.proxy_accepts(r.challenge)])
        self._ladder_stale = False
        self._show_view()

    def proxy_accepts(self, record: ChallengeRecord) -> bool:
        row = self.model.row_of(record.id)
        return row >= 0 and self.proxy.filterAcceptsRow(row, QModelIndex())

    def _fill_categories(self) -> None:
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), "")
        for key in self._services.challenges.categories():
            self.category_combo.addItem(category_label(key), key)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(current)))
        self.category_combo.blockSignals(False)

    def _on_filter_changed(self) -> None:
        self.proxy.set_text(self.search_edit.text())
        self.proxy.set_category(str(self.category_combo.currentData() or ""))
        self.proxy.set_band(str(self.band_combo.currentData() or ""))
        self.proxy.set_status(Status(int(self.status_combo.currentData())))
        if self.showing_ladder():
            self._reload_ladder()
        else:
            self._ladder_stale = True
        self._update_counts()

    def _on_view_changed(self, index: int) -> None:
        if index == 1 and self._ladder_stale:
            self._reload_ladder()
        self._show_view()
        self._update_counts()
        self._on_selection_changed()

    def showing_ladder(self) -> bool:
        return self.view_group.checkedId() == 1

    def _show_view(self) -> None:
        """The library, the ladder, or the ladder's empty state."""
        if not self.showing_ladder():
            self.views.setCurrentWidget(self.table)
        elif self.ladder_model.rowCount() == 0:
            self.views.setCurrentWidget(self.ladder_empty)
        else:
            self.views.setCurrentWidget(self.ladder_view)

    def _update_counts(self) -> None:
        if self.showing_ladder():
            rungs = self.ladder_model.rowCount()
            self.count_label.setText(self.tr("1 rung") if rungs == 1
                                     else self.tr("%n rungs", "", rungs))
        else:
            self.count_label.setText(self.tr("{0} of {1} challenges").format(
                self.proxy.rowCount(), self.model.rowCount()))
        self.header.set_subtitle(self.tr(
            "Rate each ask by how scary it feels to you, then climb from the easy end. "
            "A rung counts as done after two asks with a prediction written down."))

    # selection -----------------------------------------------------------------------------
    def selected_record(self) -> ChallengeRecord | None:
        """The challenge selected in the visible view, if any."""
        if self.showing_ladder():
            indexes = self.ladder_view.selectionModel().selectedIndexes()
            return indexes[0].data(RECORD_ROLE).challenge if indexes else None
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_challenge(self, challenge_id: int) -> bool:
        """Select (and scroll to) a challenge in the table; False if it is filtered out."""
        row = self.model.row_of(challenge_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _on_selection_changed(self) -> None:
        record = self.selected_record()
        has = record is not None
        for widget in (self.edit_button, self.duplicate_button, self.archive_button,
                       self.plan_button, self.log_button):
            widget.setEnabled(has)
        self.plan_button.setEnabled(has and self._flow is not None)
        self.log_button.setEnabled(has and self._flow is not None)
        if record is None:
            self.detail_title.setText(self.tr("Pick a challenge"))
            self.detail_text.setText(self.tr("Select a challenge to see what to do, or add your "
                                             "own with New challenge."))
            self.detail_tip.setText("")
            return
        self.archive_button.setText(self.tr("&Restore") if record.archived
                                    else self.tr("&Archive"))
        self.detail_title.setText(record.title)
        self.detail_text.setText(record.description or self.tr("No description."))
        self.detail_tip.setText(self.tr("Tip: {0}").format(record.tip) if record.tip else "")
        self.challenge_selected.emit(record.id)

    # actions -------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def add_challenge(self) -> int | None:
        """Open the new-challenge form; returns the new id when saved."""
        dialog = ChallengeDialog(self._services.challenges, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_id is None:
            return None
        self.reload()
        self.confirm(self.tr("Added: {0}.").format(
            self._services.challenges.get(dialog.saved_id).title))
        self.status_combo.setCurrentIndex(self.status_combo.findData(int(Status.ACTIVE)))
        self.search_edit.clear()
        self.select_challenge(dialog.saved_id)
        return dialog.saved_id

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        dialog = ChallengeDialog(self._services.challenges, record, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.confirm(self.tr("Saved: {0}.").format(
                self._services.challenges.get(record.id).title))

    def duplicate_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        new_id = self._services.challenges.duplicate(record.id)
        self.reload()
        self.select_challenge(new_id)
        self.confirm(self.tr("Copied as: {0}. Edit it to make it your variant.").format(
            self._services.challenges.get(new_id).title))

    def toggle_archive_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        challenges = self._services.challenges
        if record.archived:
            challenges.restore(record.id)
            self.confirm(self.tr("Restored: {0}. It can come up as a suggestion again.").format(
                record.title), lambda: challenges.archive(record.id))
        else:
            challenges.archive(record.id)
            self.confirm(self.tr("Archived: {0}. It no longer comes up as a suggestion; its "
                                 "asks stay in the Journal.").format(record.title),
                         lambda: challenges.restore(record.id))

    def confirm(self, text: str, undo: Callable[[], None] | None = None) -> None:
        """A short confirmation above the list, with Undo when ``undo`` is given."""
        self.banner.confirm(text, undo)

    def _plan_selected(self) -> None:
        record = self.selected_record()
        if record is not None and self._flow is not None:
            self._flow.plan(record.id)

    def _log_selected(self) -> None:
        record = self.selected_record()
        if record is not None and self._flow is not None:
            self._flow.log(challenge_id=record.id)
