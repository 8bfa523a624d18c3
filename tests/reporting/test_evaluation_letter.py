"""평가 이의신청 by 공문: the letter draft (facility, visit, deadline, why by letter, the items), saved as a
PDF from the text as the user edited it; and correcting or taking back a recorded visit."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from heemang_desktop.mywork import service as mywork
from heemang_desktop.reporting import service
from heemang_desktop.store.errors import ValidationError


def test_the_letter_draft_names_the_facility_the_visit_the_deadline_and_the_items(ctx):
    e = service.add_evaluation(ctx, date(2022, 8, 27), items="지표 3-2 프로그램 운영 점수\n- 지표 5-1 안전 점검")
    text = service.letter_text(ctx, e.id)
    assert text.splitlines()[0] == "희망요양원" and text.rstrip().endswith("희망요양원장")
    assert "제목  2022년 시설평가 현장평가 점수 이의신청" in text
    assert "시설명: 희망요양원 (시설기호 K0161, 노인요양시설)" in text
    assert "현장평가일: 2022. 8. 27." in text and "이의신청 기한: 2022. 9. 3. (현장평가일로부터 7일 이내)" in text
    assert "1) 지표 3-2 프로그램 운영 점수" in text and "2) 지표 5-1 안전 점검" in text
    assert "(9.1~9.6)과 겹쳐 시스템으로 이의신청할 수 없으므로 공문으로" in text


def test_the_pdf_is_made_from_the_edited_text(ctx, tmp_path):
    e = service.add_evaluation(ctx, date(2022, 8, 27), items="지표 3-2")
    text = service.letter_text(ctx, e.id).replace("(평가 주관 기관을 적으세요)", "한국사회복지협의회장")
    seen = {}
    service.save_letter_pdf(text, tmp_path / "x.pdf", render=lambda html, path, title: seen.update(html=html))
    assert "수신&nbsp;&nbsp;한국사회복지협의회장" in seen["html"] and "주관 기관을 적으세요" not in seen["html"]
    path = service.save_letter_pdf(text, tmp_path / "공문.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        out = out.replace("\x01", " ")  # Qt's PDF maps the space glyph to no text: pdftotext reads \x01
        assert "한국사회복지협의회장" in out and "지표 3-2" in out
    with pytest.raises(ValidationError, match="공문 내용이 비어"):
        service.save_letter_pdf("  \n", tmp_path / "빈.pdf")


def test_correcting_the_visit_date_changes_the_route_and_the_work_item(ctx):
    e = service.add_evaluation(ctx, date(2022, 8, 10))
    assert e.route.route == service.ONLINE
    fixed = service.update_evaluation(ctx, e.id, date(2022, 8, 27), e.cycle, "지표 1-1")
    assert (fixed.route.route, fixed.route.deadline, fixed.items) == (service.LETTER, date(2022, 9, 3), "지표 1-1")
    [item] = [i for i in mywork.items(ctx, date(2022, 8, 30)) if i.kind == "evaluation_objection"]
    assert item.title == "2022년 시설평가 이의신청: 9.3까지 공문으로"
    service.remove_evaluation(ctx, e.id)
    assert service.list_evaluations(ctx) == []
    assert not [i for i in mywork.items(ctx, date(2022, 8, 30)) if i.kind == "evaluation_objection"]
    with pytest.raises(ValidationError, match="현장평가 기록을"):
        service.get_evaluation(ctx, e.id)


def test_a_cycle_too_long_is_refused(ctx):
    e = service.add_evaluation(ctx, date(2022, 8, 10))
    with pytest.raises(ValidationError, match="40자"):
        service.update_evaluation(ctx, e.id, date(2022, 8, 10), "가" * 41)
