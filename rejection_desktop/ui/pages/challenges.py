"""The Challenges page: the library as a searchable table, and the user's ladder."""

from __future__ import annotations

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
from rejection_desktop.ui.widgets.common import Card, PageHeader, button, label, primary_button
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

        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search challenges"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search challenges"))
        filters.addWidget(self.search_edit, 2)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category filter"))
        filters.addWidget(self.category_combo, 1)
        self.band_combo = QComboBox()
        self.band_combo.setAccessibleName(self.tr("Distress filter"))
        self.band_combo.addItem(self.tr("Any level"), "")
        for band in DISTRESS_BANDS:
            self.band_combo.addItem(band_label(band.key) + f" ({band.low}-{band.high})", band.key)
        filters.addWidget(self.band_combo, 1)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        for status, text in ((Status.ACTIVE, self.tr("Active")),
                             (Status.NEVER_TRIED, self.tr("Never tried")),
                             (Status.DONE, self.tr("Tried")),
                             (Status.ARCHIVED, self.tr("Archived")),
                             (Status.ALL, self.tr("All"))):
            self.status_combo.addItem(text, int(status))
        filters.addWidget(self.status_combo, 1)
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

        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.ladder_view)
        layout.addWidget(self.views, 1)

        self.detail = Card()
        self.detail_title = label("", "sectionTitle", wrap=True)
        self.detail_text = label("", wrap=True)
        self.detail_tip = label("", "muted", wrap=True)
        for widget in (self.detail_title, self.detail_text, self.detail_tip):
            self.detail.body.addWidget(widget)
        layout.addWidget(self.detail)

        actions = QHBoxLayout()
        self.new_button = primary_button(self.tr("&New challenge"))
        self.edit_button = button(self.tr("&Edit"))
        self.duplicate_button = button(self.tr("D&uplicate"))
        self.archive_button = button(self.tr("&Archive"))
        self.plan_button = button(self.tr("&Plan it"))
        self.log_button = button(self.tr("&Log an attempt"))
        for widget in (self.new_button, self.edit_button, self.duplicate_button,
                       self.archive_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.plan_button)
        actions.addWidget(self.log_button)
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
        if self.views.currentWidget() is self.ladder_view:
            self._reload_ladder()
        if selected is not None:
            self.select_challenge(selected.id)
        self._update_counts()
        self._on_selection_changed()

    def _reload_ladder(self) -> None:
        zone = self._services.settings.zone()
        records = self._services.challenges.list_challenges(include_archived=False)
        rungs = ladder(records, self._services.attempts.records(), zone)
        self.ladder_model.reload([r for r in rungs if self.proxy_accepts(r.challenge)])
        self._ladder_stale = False

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
        if self.views.currentWidget() is self.ladder_view:
            self._reload_ladder()
        else:
            self._ladder_stale = True
        self._update_counts()

    def _on_view_changed(self, index: int) -> None:
        self.views.setCurrentIndex(index)
        if index == 1 and self._ladder_stale:
            self._reload_ladder()
        self._update_counts()
        self._on_selection_changed()

    def _update_counts(self) -> None:
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        self.count_label.setText(self.tr("{0} of {1} challenges").format(shown, total))
        self.header.set_subtitle(self.tr(
            "Rate each ask by how scary it feels to you, then climb from the easy end. "
            "A rung counts as done after two asks with a prediction written down."))

    # selection -----------------------------------------------------------------------------
    def selected_record(self) -> ChallengeRecord | None:
        """The challenge selected in the visible view, if any."""
        if self.views.currentWidget() is self.ladder_view:
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
        self.status_combo.setCurrentIndex(self.status_combo.findData(int(Status.ACTIVE)))
        self.search_edit.clear()
        self.select_challenge(dialog.saved_id)
        return dialog.saved_id

    def edit_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        dialog = ChallengeDialog(self._services.challenges, record, parent=self)
        dialog.exec()

    def duplicate_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        new_id = self._services.challenges.duplicate(record.id)
        self.reload()
        self.select_challenge(new_id)

    def toggle_archive_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        if record.archived:
            self._services.challenges.restore(record.id)
        else:
            self._services.challenges.archive(record.id)

    def _plan_selected(self) -> None:
        record = self.selected_record()
        if record is not None and self._flow is not None:
            self._flow.plan(record.id)

    def _log_selected(self) -> None:
        record = self.selected_record()
        if record is not None and self._flow is not None:
            self._flow.log(challenge_id=record.id)
