"""The Arabic interface with an English meeting (issue 17): a footnote keeps its full stop at its
end, a cut-off timetable title has its "…" at its end, and the unselected tabs leave room for
the dots below ي."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from agenda_editor.gui.timetable.delegate import CellDelegate
from tests import factories

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def _arabic_window(make_window: Any, languages: Any) -> Any:
    languages.apply("ar")
    window = make_window(factories.sample_meeting())
    assert window.layoutDirection() == RTL
    return window


def test_an_english_footnote_is_laid_out_left_to_right(make_window: Any, languages: Any) -> None:
    window = _arabic_window(make_window, languages)
    footnoted = next(
        item.id
        for item in window.document.meeting.walk()
        if any("<footnote>" in p for p in item.annotation.get("en", []))
    )
    window.agenda_panel.select_item(footnoted)
    footnotes = window.item_editor.findChild(type(window.item_editor.footnotes))
    listing = footnotes.list
    assert listing.count() >= 1
    index = listing.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(listing)
    listing.itemDelegate().initStyleOption(option, index)
    assert option.text.rstrip().endswith(".")
    assert option.direction == LTR  # the full stop at the end of the English text
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight  # on the interface's side
    assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute


def _draw(paint: Any) -> QImage:
    image = QImage(200, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    paint(painter)
    painter.end()
    return image


def test_a_cut_off_english_title_ends_with_its_ellipsis_in_the_arabic_interface(qapp) -> None:
    text = "2  National programmes for monitoring marine debris (continued)"
    font = QFont()
    rect = QRect(0, 0, 200, 24)
    option = QStyleOptionViewItem()
    option.direction = RTL
    drawn = _draw(lambda p: CellDelegate._draw_line(p, option, rect, text, font))
    elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    assert elided.endswith("…")

    def expected(painter: QPainter) -> None:  # laid out left to right, set to the right
        painter.setFont(font)
        painter.setLayoutDirection(LTR)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), elided
        )

    def mirrored(painter: QPainter) -> None:  # what it did: laid out right to left
        painter.setFont(font)
        painter.setLayoutDirection(RTL)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), elided
        )

    assert drawn == _draw(expected)
    assert drawn != _draw(mirrored)


def test_unselected_tabs_leave_room_below_arabic_letters(make_window: Any, languages: Any) -> None:
    window = _arabic_window(make_window, languages)
    bar = window.tabs.tabBar()
    metrics = QFontMetrics(bar.font())
    shift = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, None, bar)
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabVSpace, None, bar)
    for index in range(bar.count()):
        text = bar.tabText(index).replace("&", "")
        assert any("\u0600" <= ch <= "\u06ff" for ch in text)
        ink = metrics.tightBoundingRect(text).height()
        # The style draws unselected tabs lower by its shift: the tab keeps the ink inside.
        assert bar.tabSizeHint(index).height() >= ink + space + 2 * abs(shift)


def test_an_english_match_in_find_and_replace_reads_left_to_right(
    make_window: Any, languages: Any
) -> None:
    window = _arabic_window(make_window, languages)
    dialog = window.menus.find_replace.open(False)
    dialog.find_edit.setText("meeting")
    results = dialog.results
    assert results.topLevelItemCount() > 1
    index = results.model().index(1, 2)
    option = QStyleOptionViewItem()
    option.initFrom(results)
    results.itemDelegateForColumn(2).initStyleOption(option, index)
    assert option.text.startswith("…") and option.direction == LTR
    dialog.close()


def test_the_offer_to_follow_the_dates_names_the_days_in_the_interface_language(
    make_window: Any, languages: Any
) -> None:
    """The sentence is Arabic: its days too ("الاثنين، 15 حزيران/يونيه"), not English ones that
    the bidi algorithm cut into pieces inside it."""
    import datetime as dt

    from PySide6.QtCore import QDate

    from agenda_editor.i18n.dates import weekday_date
    from tests.factories import SAMPLE_END

    window = _arabic_window(make_window, languages)
    monday = SAMPLE_END + dt.timedelta(days=3)
    field = window.meeting_page.end
    field.edit.setDate(QDate(monday.year, monday.month, monday.day))
    field.edit.editingFinished.emit()
    note = window.meeting_days_bar.note.text()
    assert weekday_date(monday, "ar") in note
    assert "June" not in note and "Monday" not in note
