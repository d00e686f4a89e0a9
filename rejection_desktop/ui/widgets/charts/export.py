"""Exports: one chart as a PNG (title, chart, caption) and the whole page as a PDF report.

Both draw with QPainter, so the PDF keeps charts as vector graphics with real text (a therapist
can search or copy it). The PDF is always drawn in the light palette: it is meant for paper.

The charts are Qt Charts scenes, which only the GUI thread may draw, so the PDF is written in
slices (``pdf_slices``: one figure per event-loop turn, run by the job runner) into a private
temporary file renamed into place at the end: a cancelled or failed report leaves nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
)

from rejection_desktop import APP_NAME
from rejection_desktop.services.steps import NO_STEPS, Phase, Steps

Draw = Callable[[QPainter, QRectF, QPalette], None]
"""Draws a figure into a rectangle with a palette."""

PNG_SCALE = 2
"""PNG exports are drawn at twice the on-screen size so they stay sharp when shared."""

REPORT_DPI = 96
REPORT_CHART_HEIGHT = 300.0
SPACING = 10.0


translate = QCoreApplication.translate
"""Qt's translate; each call names the context "ProgressExport" so lupdate extracts it."""


class ExportError(Exception):
    """A file could not be written; the message is for the user."""


@dataclass(frozen=True)
class Figure:
    """One chart with its title and caption, and how to draw it."""

    title: str
    caption: str
    draw: Draw
    height: float = REPORT_CHART_HEIGHT


def font_of(base: QFont, points: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class Look:
    """The palette and base font an export is drawn with."""

    palette: QPalette
    font: QFont

    def colour(self, role: QPalette.ColorRole) -> QColor:
        return self.palette.color(role)

    def title_font(self, scale: float = 1.25) -> QFont:
        return font_of(self.font, self.font.pointSizeF() * scale, True)


def text_height(text: str, font: QFont, width: float) -> float:
    """Height of ``text`` wrapped to ``width`` in ``font`` (0 for empty text)."""
    if not text:
        return 0.0
    flags = int(Qt.TextFlag.TextWordWrap)
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()


def draw_text(painter: QPainter, text: str, font: QFont, colour: QColor, box: QRectF) -> float:
    """Draw ``text`` wrapped to ``box``'s width from its top left; returns the height used."""
    height = text_height(text, font, box.width())
    if height:
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(box.left(), box.top(), box.width(), height),
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
    return height


def below(box: QRectF, height: float) -> QRectF:
    """``box`` moved down by ``height`` (its width kept)."""
    return QRectF(box.left(), box.top() + height, box.width(), box.height())


def figure_height(figure: Figure, width: float, look: Look) -> float:
    """The height ``draw_figure`` will use at ``width``."""
    return (text_height(figure.title, look.title_font(), width) + figure.height
            + text_height(figure.caption, look.font, width) + SPACING)


def draw_figure(painter: QPainter, figure: Figure, box: QRectF, look: Look) -> float:
    """Title, chart and caption stacked from ``box``'s top left; returns the height used."""
    text = look.colour(QPalette.ColorRole.Text)
    muted = look.colour(QPalette.ColorRole.PlaceholderText)
    used = draw_text(painter, figure.title, look.title_font(), text, box) + SPACING / 2
    painter.save()
    figure.draw(painter, QRectF(box.left(), box.top() + used, box.width(), figure.height),
                look.palette)
    painter.restore()
    used += figure.height + SPACING / 2
    used += draw_text(painter, figure.caption, look.font, muted, below(box, used))
    return used


def save_png(path: Path, figure: Figure, size: QSize, look: Look) -> None:
    """Write ``figure`` at ``size`` (the chart's on-screen size) as a PNG, drawn at 2x."""
    margin = 16.0
    width = float(max(size.width(), 320))
    figure = Figure(figure.title, figure.caption, figure.draw, float(max(size.height(), 160)))
    height = margin * 2 + figure_height(figure, width, look)
    image = QImage(int((width + 2 * margin) * PNG_SCALE), int(height * PNG_SCALE),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(PNG_SCALE)
    image.fill(look.colour(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    draw_figure(painter, figure, QRectF(margin, margin, width, height), look)
    painter.end()
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # stub says bytes; runtime takes str
        raise ExportError(cannot_write(path))


def cannot_write(path: Path) -> str:
    return translate("ProgressExport",
                     "Could not write {0}. Check that the folder exists and that you may write "
              "there.").format(path)


@dataclass(frozen=True)
class Report:
    """What the PDF holds: a title, the range, headline sentences, then the figures."""

    title: str
    subtitle: str
    headlines: Sequence[str]
    figures: Sequence[Figure]
    footer: str


def write_pdf(path: Path, report: Report, look: Look) -> None:
    """Write ``report`` as an A4 PDF at ``path`` at once; raises ExportError when it cannot."""
    for _ in pdf_slices(path, report, look):
        pass


def private_partial(path: Path) -> Path:
    """An empty temporary file next to ``path``, readable only by the user from its first
    byte; raises ExportError when the folder cannot be written."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    except OSError as exc:
        raise ExportError(cannot_write(path)) from exc
    return partial


def pdf_slices(path: Path, report: Report, look: Look, steps: Steps = NO_STEPS
               ) -> Generator[None, None, Path]:
    """Write ``report`` as an A4 PDF at ``path``, yielding after the first page's text and
    after each figure; returns ``path``. Raises ExportError when it cannot be written; a
    cancel seen by ``steps`` (or closing the generator) leaves no file behind."""
    steps.phase(Phase.DRAWING, len(report.figures) + 1)
    partial = private_partial(path)
    writer = QPdfWriter(str(partial))
    painter = QPainter()
    try:
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter)
        writer.setResolution(REPORT_DPI)
        writer.setTitle(report.title)
        writer.setCreator(APP_NAME)
        if not painter.begin(writer):
            raise ExportError(cannot_write(path))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, page_height = float(writer.width()), float(writer.height())
        text = look.colour(QPalette.ColorRole.Text)
        muted = look.colour(QPalette.ColorRole.PlaceholderText)
        y = draw_text(painter, report.title, font_of(look.font, 20, True), text,
                      QRectF(0, 0, width, page_height))
        y += draw_text(painter, report.subtitle, look.font, muted,
                       QRectF(0, y + 2, width, page_height)) + SPACING * 1.5
        for line in report.headlines:
            y += draw_text(painter, line, look.title_font(1.1), text,
                           QRectF(0, y, width, page_height)) + SPACING / 2
        y += SPACING
        steps.advance()
        yield
        for figure in report.figures:
            if y + figure_height(figure, width, look) > page_height and y > 0:
                writer.newPage()
                y = 0.0
            y += draw_figure(painter, figure, QRectF(0, y, width, page_height), look)
            y += SPACING * 2
            steps.advance()
            yield
        footer_height = text_height(report.footer, look.font, width)
        if y + footer_height > page_height:
            writer.newPage()
            y = 0.0
        draw_text(painter, report.footer, look.font, muted,
                  QRectF(0, max(y, page_height - footer_height), width, footer_height))
        painter.end()
        del writer  # flushes and closes the file
        if partial.stat().st_size == 0:
            raise ExportError(cannot_write(path))
        os.replace(partial, path)
    except BaseException:
        if painter.isActive():
            painter.end()
        partial.unlink(missing_ok=True)
        raise
    return path
