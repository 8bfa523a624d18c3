"""Open subject pages follow a change made elsewhere (another page, the CLI, a sync pull) without F5
(issue 13 §2): a write no page asked for, then the window's broadcast naming what it touched."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from subject_helpers import open_page, register, run

from PySide6.QtCore import Qt

from heemang_desktop.changes import Changes
from heemang_desktop.subjects import service

TODAY = service.now_seoul().date()
MONTH = TODAY.strftime("%Y-%m")


def _card(ctx):
    return Changes.of("subject", register(ctx, "최둘째", "410202-1234567").id)


def _admission(ctx):
    card = register(ctx, "최둘째", "410202-1234567")
    return Changes.of("episode", service.admit(ctx, card.id, "residential", TODAY).id)


def _outing(ctx):
    card = register(ctx, "최둘째", "410202-1234567")
    out_at = datetime.combine(TODAY, datetime.min.time())
    return Changes.of("outing", service.start_outing(ctx, card.id, "외출", out_at).id)


def _program(ctx):
    row = service.save_program_session(ctx, "원예치료", TODAY - timedelta(days=1), [])
    return Changes.of("program_session", row.id)


def _charge(ctx):
    card = register(ctx, "최둘째", "410202-1234567")
    return Changes.of("fee_charge", service.charge_month(ctx, card.id, MONTH, "residential-2026").id)


def _wage(ctx):
    card = register(ctx, "최둘째", "410202-1234567")
    service.record_day(ctx, card.id, TODAY.replace(day=1), "출근", 60, "포장", 10)
    return Changes.of("wage", *(w.id for w in service.calculate_wages(ctx, MONTH)))


def _rows(page):
    return {
        "subjects.cards": lambda: page.model.rowCount(),
        "subjects.episodes": lambda: page.model.rowCount(),
        "history.outings": lambda: page.model.rowCount(),
        "history.programs": lambda: page.sessions.rowCount(),
        "fees.receipts": lambda: page.balances.rowCount(),
        "vocational.attendance": lambda: page.wages.rowCount(),
    }[page.page_id]()


@pytest.mark.parametrize("page_id, write", [
    ("subjects.cards", _card),
    ("subjects.episodes", _admission),
    ("history.outings", _outing),
    ("history.programs", _program),
    ("fees.receipts", _charge),
    ("vocational.attendance", _wage),
])
def test_a_list_shows_a_record_saved_elsewhere(qtbot, window, page_id, write):
    page = open_page(qtbot, window, page_id)
    assert _rows(page) == 0
    changes = run(qtbot, window, write)
    qtbot.waitUntil(window.worker.idle)
    assert _rows(page) == 0  # nothing told the page yet: no reload of its own
    window.data_changed.emit(changes, None)
    qtbot.waitUntil(lambda: _rows(page) == 1)


def test_a_page_not_on_screen_reloads_when_shown_again_and_ignores_what_it_does_not_show(qtbot, window):
    cards = open_page(qtbot, window, "subjects.cards")
    episodes = open_page(qtbot, window, "subjects.episodes")
    changes = run(qtbot, window, _card)
    window.data_changed.emit(Changes.of("employee", "e1"), None)  # not a subject: no reload
    qtbot.waitUntil(window.worker.idle)
    assert episodes.subject.count() == 0
    window.data_changed.emit(changes, None)
    qtbot.waitUntil(lambda: episodes.subject.count() == 1)  # the chooser on screen follows
    assert cards.model.rowCount() == 0  # hidden: reloads when shown
    window.open_page("subjects.cards")
    qtbot.waitUntil(lambda: cards.model.rowCount() == 1)


def test_a_reload_keeps_the_card_being_typed(qtbot, window):
    card = run(qtbot, window, register)
    cards = open_page(qtbot, window, "subjects.cards")
    cards.open_subject(card.id)
    qtbot.waitUntil(lambda: cards.current_id == card.id)
    cards.notes.setText("주소 변경 예정")  # typed, not saved
    other = run(qtbot, window, _card)
    window.data_changed.emit(other, None)
    qtbot.waitUntil(lambda: cards.model.rowCount() == 2)
    assert cards.notes.text() == "주소 변경 예정" and cards.current_id == card.id


def test_a_save_on_the_page_shows_through_its_own_broadcast(qtbot, window):
    card = run(qtbot, window, register)
    receipts = open_page(qtbot, window, "fees.receipts")
    seen = []
    window.data_changed.connect(lambda changes, initiator: seen.append((changes.entities, initiator)))
    receipts.subject.select(card.id)
    receipts.charge_button.click()  # the page no longer reloads by hand: the Op's broadcast does it
    qtbot.waitUntil(lambda: receipts.balances.rowCount() == 1)
    assert receipts.balances.rows[0].charged > 0
    assert seen == [(frozenset({"fee_charge"}), receipts)]


def test_home_counts_the_queue_after_any_write(qtbot, window):
    home = open_page(qtbot, window, "my_work.home")
    qtbot.waitUntil(lambda: home.queued.text() != "")
    before = home.queued.text()
    changes = run(qtbot, window, _card)
    qtbot.waitUntil(window.worker.idle)
    assert home.queued.text() == before
    window.data_changed.emit(changes, None)
    qtbot.waitUntil(lambda: home.queued.text() != before)
    assert home.queued.text().endswith("건")


def test_saving_a_log_keeps_the_participants_being_ticked(qtbot, window):
    card = run(qtbot, window, register)
    page = open_page(qtbot, window, "history.programs")
    page.participants.item(0).setCheckState(Qt.CheckState.Checked)
    page.log_subject.select(card.id)
    page.log_type.setCurrentText("상담일지")
    page.log_text.setPlainText("가족 상담")
    page.log_button.click()  # its broadcast reloads the page
    qtbot.waitUntil(lambda: page.logs.rowCount() == 1)
    qtbot.waitUntil(window.worker.idle)
    assert page.participants.item(0).checkState() == Qt.CheckState.Checked
    assert page.log_type.currentText() == "상담일지"
    page.program.setText("원예치료")
    page.save_program_button.click()
    qtbot.waitUntil(lambda: page.sessions.rowCount() == 1)
    assert page.participants.item(0).checkState() == Qt.CheckState.Unchecked  # the next session starts blank
