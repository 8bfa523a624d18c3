"""시군구보고 drafted from fixture registers, checked field by field for each kind; status steps; the
deadline moved before the notice's outage; forms as data (a correction is a data change)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from heemang_desktop.accounting import service as accounting
from heemang_desktop.hr import service as hr
from heemang_desktop.payroll import service as payroll
from heemang_desktop.payroll.compute import PayrollInput
from heemang_desktop.reporting import forms
from heemang_desktop.reporting import service as reporting
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.subjects import service as subjects
from heemang_desktop.sync.models import OutboxEntry
from heemang_desktop.work_items import OVERDUE

D = date


def _subject(ctx, name, rrn, category, **kw):
    return subjects.register_subject(ctx, subjects.SubjectInput(name=name, resident_number=rrn,
                                                                support_category=category, **kw))


def _service_id(ctx) -> str:
    return next(iter(subjects.services()))


def _card(ctx, no, name, job, hired, kind="정규", **kw):
    return hr.create_employee(ctx, hr.EmployeeInput(employee_no=no, name=name, job_type=job, employment_type=kind,
                                                    hire_date=hired, daily_wage=100_000 if kind == "일용" else 0,
                                                    **kw))


@pytest.fixture
def residents(ctx):
    """김생계 (생계급여) in since 7.20, out 8.20 (가정 복귀); 박일반 in 8.3; 최의료 (의료급여) in 8.10."""
    svc = _service_id(ctx)
    a = _subject(ctx, "김생계", "400101-2234567", "기초생활수급(생계)", ltc_grade="3등급")
    b = _subject(ctx, "박일반", "410202-2234568", "일반")
    c = _subject(ctx, "최의료", "420303-1234569", "기초생활수급(의료)")
    ep = subjects.admit(ctx, a.id, svc, D(2022, 7, 20))
    subjects.discharge(ctx, ep.id, D(2022, 8, 20), "가정 복귀")
    subjects.admit(ctx, b.id, svc, D(2022, 8, 3))
    subjects.admit(ctx, c.id, svc, D(2022, 8, 10))
    return a, b, c


def test_admission_discharge_report_lists_the_months_admissions_and_discharges_field_by_field(ctx, residents):
    report = reporting.draft_report(ctx, "입퇴소보고", "2022-08")
    assert (report.kind, report.period, report.status) == ("admission_discharge", "2022-08", "draft")
    assert [c[1] for c in report.columns][:4] == ["구분", "일자", "성명", "주민등록번호"]
    svc = subjects.service_of(_service_id(ctx))
    got = [(r["event"], r["on"], r["name"], r["rrn"], r["category"], r["started"], r["ended"], r["reason"])
           for r in report.rows]
    assert got == [
        (svc.start, "2022-08-03", "박일반", "410202-2******", "일반", "2022-08-03", None, None),
        (svc.start, "2022-08-10", "최의료", "420303-1******", "기초생활수급(의료)", "2022-08-10", None, None),
        (svc.end, "2022-08-20", "김생계", "400101-2******", "기초생활수급(생계)", "2022-07-20", "2022-08-20",
         "가정 복귀"),
    ]
    assert report.rows[2]["ltc_grade"] == "3등급"
    assert (report.rows[0]["sex"], report.rows[1]["sex"]) == ("여", "남")  # as the form prints it, not F/M
    assert report.problems == ()
    # July holds only 김생계's admission
    july = reporting.draft_report(ctx, "admission_discharge", "2022-07")
    assert [(r["event"], r["name"]) for r in july.rows] == [(svc.start, "김생계")]


def test_livelihood_benefit_lists_only_livelihood_recipients_with_the_days_served(ctx, residents):
    report = reporting.draft_report(ctx, "생계급여신청", "2022-08")
    assert [(r["name"], r["category"], r["started"], r["ended"], r["days"]) for r in report.rows] == [
        ("김생계", "기초생활수급(생계)", "2022-07-20", "2022-08-20", 20)]
    assert report.totals == {"days": 20}
    july = reporting.draft_report(ctx, "livelihood_benefit", "2022-07")
    assert [(r["name"], r["days"]) for r in july.rows] == [("김생계", 12)]  # 7.20..7.31


@pytest.fixture
def staff(ctx):
    cards = {
        "E001": _card(ctx, "E001", "김요양", "요양보호사", D(2022, 8, 1)),
        "E002": _card(ctx, "E002", "이복지", "사회복지사", D(2020, 3, 2)),
        "E003": _card(ctx, "E003", "박일용", "조리원", D(2022, 8, 5), kind="일용"),
        "E004": _card(ctx, "E004", "최조리", "조리원", D(2021, 1, 4)),
        "E005": _card(ctx, "E005", "정운전", "운전원", D(2022, 8, 16)),
    }
    hr.retire_employee(ctx, cards["E002"].id, D(2022, 8, 31))
    return cards


def test_staff_changes_report_hires_and_leaves_and_skips_day_laborers(ctx, staff):
    report = reporting.draft_report(ctx, "종사자입퇴사보고", "2022-08")
    got = [(r["change"], r["on"], r["no"], r["name"], r["job"], r["employment"], r["hired"], r["left"])
           for r in report.rows]
    assert got == [
        ("입사", "2022-08-01", "E001", "김요양", "요양보호사", "정규", "2022-08-01", None),
        ("입사", "2022-08-16", "E005", "정운전", "운전원", "정규", "2022-08-16", None),
        ("퇴사", "2022-08-31", "E002", "이복지", "사회복지사", "정규", "2020-03-02", "2022-08-31"),
    ]
    assert report.problems == ()


def test_ltc_staff_change_keeps_to_care_staff_and_finds_a_job_type_change_against_the_last_report(ctx, staff):
    august = reporting.draft_report(ctx, "장기요양인력변경보고", "2022-08")
    assert [(r["change"], r["name"], r["job"]) for r in august.rows] == [
        ("입사", "김요양", "요양보호사"), ("입사", "박일용", "조리원"), ("퇴사", "이복지", "사회복지사")]  # no 운전원
    card = hr.get_employee(ctx, staff["E004"].id)
    hr.update_employee(ctx, card.id, hr.input_from(card).__class__(**{**hr.input_from(card).__dict__,
                                                                       "job_type": "요양보호사"}))
    september = reporting.draft_report(ctx, "ltc_staff_change", "2022-09")
    assert [(r["change"], r["on"], r["name"], r["previous_job"], r["job"]) for r in september.rows] == [
        ("직종변경", "2022-09-30", "최조리", "조리원", "요양보호사")]


def _register(ctx, staff, month="2026-08"):
    payroll.save_facts(ctx, month, "under_150", "0.66")
    inputs = [
        PayrollInput(staff["E001"].id, "E001", "김요양", job_type="요양보호사", base_pay=2_400_000,
                     standing={"treatment": 150_000}),
        PayrollInput(staff["E004"].id, "E004", "최조리", job_type="조리원", base_pay=2_200_000,
                     standing={"treatment": 70_000, "meal": 200_000}),
        PayrollInput(staff["E005"].id, "E005", "정운전", job_type="운전원", base_pay=2_100_000),
    ]
    payroll.run_month(ctx, month, inputs)


def test_staff_allowance_takes_the_payroll_registers_allowances_with_the_cards_hire_dates(ctx, staff):
    with pytest.raises(ValidationError, match="급여대장이 없습니다"):
        reporting.draft_report(ctx, "종사자수당신청", "2026-08")
    _register(ctx, staff)
    report = reporting.draft_report(ctx, "종사자수당신청", "2026-08")
    assert [(r["no"], r["name"], r["job"], r["hired"], r["items"], r["amount"]) for r in report.rows] == [
        ("E001", "김요양", "요양보호사", "2022-08-01", "처우개선비", 150_000),
        ("E004", "최조리", "조리원", "2021-01-04", "처우개선비", 70_000),
    ]  # 정운전 got none
    assert report.totals == {"amount": 220_000}


def _income(ctx, day, code, amount):
    accounting.save_resolution(ctx, accounting.ResolutionInput(
        kind="수입", resolution_date=day, business_name="보조금 수입", lines=[accounting.LineInput(code, amount)],
        funding_source="보조금"))


def test_subsidy_application_from_the_budget_and_what_was_received_before_the_period(ctx):
    accounting.set_budget(ctx, 2026, "세입", "313", 12_000_000)
    accounting.set_budget(ctx, 2026, "세입", "311", 3_000_000)
    _income(ctx, D(2026, 3, 10), "313", 6_000_000)
    _income(ctx, D(2026, 10, 5), "313", 1_000_000)  # inside the period: not yet received before it
    report = reporting.draft_report(ctx, "보조금교부신청", "2026-10")
    got = [(r["account"], r["account_name"], r["budget"], r["received"], r["remaining"], r["requested"])
           for r in report.rows]
    assert got == [("311", "국고보조금", 3_000_000, 0, 3_000_000, 1_000_000),
                   ("313", "시군구보조금", 12_000_000, 6_000_000, 6_000_000, 2_000_000)]  # rest over Oct–Dec
    assert report.totals == {"budget": 15_000_000, "received": 6_000_000, "remaining": 9_000_000,
                             "requested": 3_000_000}
    assert report.deadline.due == D(2026, 9, 30)  # the last day of the month before


def _expense(ctx, day, lines, funding="보조금", method="보조금카드", **kw):
    return accounting.save_resolution(ctx, accounting.ResolutionInput(
        kind="지출", resolution_date=day, business_name="어르신 급식", funding_source=funding, payment_method=method,
        lines=[accounting.LineInput(c, a, note) for c, a, note in lines], **kw))


def test_subsidy_settlement_lists_the_lines_paid_from_subsidy_and_flags_a_cash_payment(ctx):
    year = 2026
    codes = sorted(code for code in accounting.leaf_names(ctx, year)["세출"])[:2]
    accounting.set_budget(ctx, year, "세출", codes[0], 10_000_000)
    accounting.set_budget(ctx, year, "세출", codes[1], 10_000_000)
    first = _expense(ctx, D(year, 8, 3), [(codes[0], 300_000, "부식 구입"), (codes[1], 120_000, "가스 요금")])
    _expense(ctx, D(year, 8, 9), [(codes[0], 50_000, "후원금 지출")], funding="후원금(비지정)", method="계좌이체")
    _expense(ctx, D(year, 9, 1), [(codes[0], 70_000, "9월분")])
    cash = _expense(ctx, D(year, 8, 20), [(codes[0], 40_000, "현금 구입")], method="현금")
    report = reporting.draft_report(ctx, "보조금정산보고", f"{year}-08")
    got = [(r["on"], r["number"], r["account"].split()[0], r["summary"], r["method"], r["amount"]) for r in report.rows]
    assert got == [
        (f"{year}-08-03", first.number, codes[0], "부식 구입", "보조금카드", 300_000),
        (f"{year}-08-03", first.number, codes[1], "가스 요금", "보조금카드", 120_000),
        (f"{year}-08-20", cash.number, codes[0], "현금 구입", "현금", 40_000),
    ]
    assert report.totals == {"amount": 460_000}
    assert report.problems == ("3행 결제방법: '현금'은(는) 보조금카드, 계좌이체 중 하나여야 합니다.",)
    with pytest.raises(ValidationError, match="고칠 곳이 1건"):
        reporting.set_status(ctx, report.id, "checked")


def test_status_steps_keep_who_and_when_and_a_submitted_report_is_frozen(ctx, residents):
    from heemang_desktop.reporting.drafts import list_drafts

    assert len([d for d in list_drafts(ctx) if d.event_on.month == 8]) == 3  # queued when entered
    report = reporting.draft_report(ctx, "입퇴소보고", "2022-08")
    with pytest.raises(ValidationError, match="작성 중에서 제출"):
        reporting.set_status(ctx, report.id, "submitted")
    reporting.set_status(ctx, report.id, "checked")
    submitted = reporting.set_status(ctx, report.id, "submitted")
    assert [(s.status, s.by) for s in submitted.history] == [("draft", "admin"), ("checked", "admin"),
                                                            ("submitted", "admin")]
    assert all(s.at for s in submitted.history)
    with pytest.raises(ValidationError, match="이미 제출되어 고칠 수 없습니다"):
        reporting.draft_report(ctx, "입퇴소보고", "2022-08")
    with pytest.raises(ValidationError, match="반려 사유"):
        reporting.set_status(ctx, report.id, "returned")
    returned = reporting.set_status(ctx, report.id, "returned", "퇴소 사유 확인 필요")
    assert (returned.status, returned.reason, returned.history[-1].reason) == ("returned", "퇴소 사유 확인 필요",
                                                                              "퇴소 사유 확인 필요")
    again = reporting.draft_report(ctx, "입퇴소보고", "2022-08")  # rebuilt as a new draft
    assert again.status == "draft" and again.history[-1].reason == "다시 작성"
    reporting.set_status(ctx, report.id, "checked")
    reporting.set_status(ctx, report.id, "submitted")
    accepted = reporting.set_status(ctx, report.id, "accepted")
    assert accepted.status == "accepted" and accepted.next_steps == ()
    # filing the report filed the admissions and discharges queued when they were entered
    assert [d.event_on for d in list_drafts(ctx) if d.event_on.month == 8] == []


def test_rebuilding_a_draft_follows_the_registers_and_goes_through_the_outbox(ctx, residents):
    report = reporting.draft_report(ctx, "입퇴소보고", "2022-08")
    _subject_id = subjects.search_subjects(ctx, "박일반")[0].id
    new = _subject(ctx, "한신규", "430404-2234560", "일반")
    subjects.admit(ctx, new.id, _service_id(ctx), D(2022, 8, 25))
    rebuilt = reporting.draft_report(ctx, "입퇴소보고", "2022-08")
    assert rebuilt.id == report.id and len(rebuilt.rows) == len(report.rows) + 1
    assert [r.id for r in reporting.list_reports(ctx)] == [report.id]
    with ctx.store.session() as session:
        entries = session.query(OutboxEntry).filter(OutboxEntry.entity == "municipal_report").all()
        assert len(entries) >= 1 and all(e.entity_id == report.id for e in entries)
        payload = json.loads(entries[-1].payload)
        assert payload["kind"] == "admission_discharge" and "한신규" in payload["details"]


def test_a_report_due_on_september_2nd_moves_to_august_31st_with_the_reason(ctx, monkeypatch):
    form = forms.load_form("입퇴소보고")
    early = forms.Form(**{**form.__dict__, "deadline": {"from": "end", "months": 1, "day": 2}})
    monkeypatch.setattr(forms, "load_form", lambda kind: early)
    report = reporting.draft_report(ctx, "입퇴소보고", "2022-08")
    d = report.deadline
    assert (d.due, d.on, d.moved) == (D(2022, 9, 2), D(2022, 8, 31), True)
    assert "9.1~9.5" in d.reason and "8.31" in d.reason


def test_the_notices_dates_set_the_deadlines_it_names(ctx, staff):
    ltc = reporting.draft_report(ctx, "장기요양인력변경보고", "2022-08")
    assert (ltc.deadline.due, ltc.deadline.moved) == (D(2022, 8, 30), False)
    assert "8.30일까지 사전 보고" in ltc.deadline.rule
    changes = reporting.draft_report(ctx, "종사자입퇴사보고", "2022-09")
    assert changes.deadline.due == D(2022, 9, 30)
    settlement = reporting.draft_report(ctx, "보조금정산보고", "2022-08")
    assert settlement.deadline.due is None and "기한 없음" in settlement.deadline.rule


def test_a_correction_from_the_field_is_a_data_change(ctx, staff, monkeypatch):
    form = forms.load_form("종사자입퇴사보고")
    corrected = forms.Form(**{**form.__dict__, "params": {**form.params, "skip_employment_types": []},
                              "fields": form.fields[:4]})
    monkeypatch.setattr(forms, "load_form", lambda kind: corrected)
    report = reporting.draft_report(ctx, "종사자입퇴사보고", "2022-08")
    assert [c[1] for c in report.columns] == ["구분", "일자", "사번", "성명"]
    assert "박일용" in [r["name"] for r in report.rows]  # day laborers now reported


def test_unknown_kind_and_bad_period_are_refused_in_korean(ctx):
    with pytest.raises(ValidationError, match="그런 시군구보고 종류가 없습니다"):
        reporting.draft_report(ctx, "없는보고", "2022-08")
    with pytest.raises(ValidationError, match="2022-08 형식"):
        reporting.draft_report(ctx, "입퇴소보고", "2022-13")


def test_my_work_lists_reports_due_in_the_next_14_days_and_drafts_waiting(ctx, residents):
    items = reporting.report_items(ctx, D(2022, 8, 16))
    titles = {i.title: i for i in items}
    ltc = next(i for i in items if "장기요양인력변경보고 2022-08" in i.title)
    assert (ltc.kind, ltc.page, ltc.due) == ("report_due", "municipal.reports", D(2022, 8, 30))
    assert "(초안 없음)" in ltc.title and "8.30까지" in ltc.title
    assert all(i.due is None or D(2022, 8, 9) <= i.due <= D(2022, 8, 30) for i in items if "초안 없음" in i.title)
    report = reporting.draft_report(ctx, "입퇴소보고", "2022-08")
    waiting = [i for i in reporting.report_items(ctx, D(2022, 8, 16)) if i.key == report.id]
    assert len(waiting) == 1 and "(작성 중)" in waiting[0].title
    reporting.set_status(ctx, report.id, "checked")
    reporting.set_status(ctx, report.id, "submitted")
    assert [i for i in reporting.report_items(ctx, D(2022, 8, 16)) if i.key == report.id] == []
    missed = next(i for i in reporting.report_items(ctx, D(2022, 8, 31)) if "장기요양인력변경보고 2022-08" in i.title)
    assert (missed.urgency, missed.title.endswith("8.30 기한 지남")) == (OVERDUE, True)
    assert not [i for i in reporting.report_items(ctx, D(2022, 9, 7)) if "장기요양인력변경보고 2022-08" in i.title]
    assert titles  # something was due on the notice's own day


def test_a_monthly_due_day_on_a_weekend_or_holiday_rolls_to_the_next_business_day(ctx, residents):
    report = reporting.draft_report(ctx, "입퇴소보고", "2022-08")  # the 10th: Saturday 9.10, then 추석 9.9~9.12
    assert (report.deadline.due, report.deadline.on) == (D(2022, 9, 13), D(2022, 9, 13))
    assert "9.10 토요일: 다음 업무일 9.13" in report.deadline.rule
    quiet = reporting.draft_report(ctx, "입퇴소보고", "2024-03")  # no 2024 holiday data: kept, and said so
    assert quiet.deadline.due == D(2024, 4, 10) and "2024년 공휴일 자료가 없어" in quiet.deadline.rule


def test_every_shipped_form_is_whole_its_source_registered_and_its_notice_dates_in_the_calendar():
    from heemang_desktop.calendar import service as calendar
    from heemang_desktop.reporting import sources

    refs = {w.ref: w for w in calendar.shipped()}
    labels = set()
    for kind in forms.kinds():
        form = forms.load_form(kind)
        labels.add(form.label)
        assert form.kind == kind and form.source in sources.SOURCES, kind
        assert len({f.key for f in form.fields}) == len(form.fields), f"{kind}: a field key twice"
        keys = {f.key for f in form.fields}
        for check in form.checks:
            assert set(check.get("required", ())) <= keys and set(check.get("compare", [None, None, None])[::2]) <= (
                keys | {None}), kind
        for period, ref in form.deadline.get("calendar", {}).items():
            forms.parse_period(period)
            assert refs[ref].kind == "deadline" and form.label in refs[ref].reports, (kind, ref)
    assert labels == {"입퇴소보고", "생계급여신청", "장기요양인력변경보고", "종사자입퇴사보고", "종사자수당신청",
                      "보조금교부신청", "보조금정산보고"}


def test_a_facility_is_reminded_only_of_the_reports_it_files(ctx, monkeypatch):
    import dataclasses

    def due_kinds():
        return {i.title.split()[1] for i in reporting.report_items(ctx, D(2022, 8, 16))}

    assert {"장기요양인력변경보고", "생계급여신청"} <= due_kinds()  # 노인요양시설 files both
    monkeypatch.setattr(ctx, "facility", dataclasses.replace(ctx.facility, type="지역아동센터"))
    assert not {"장기요양인력변경보고", "생계급여신청"} & due_kinds()
    assert "보조금교부신청" in due_kinds()
    # a report it chooses to draft is still made
    assert reporting.draft_report(ctx, "장기요양인력변경보고", "2022-08").kind == "ltc_staff_change"


def test_a_filed_report_keeps_its_columns_when_the_form_data_changes_later(ctx, staff, monkeypatch):
    report = reporting.draft_report(ctx, "종사자입퇴사보고", "2022-08")
    reporting.set_status(ctx, report.id, "checked")
    reporting.set_status(ctx, report.id, "submitted")
    form = forms.load_form("종사자입퇴사보고")
    monkeypatch.setattr(forms, "load_form", lambda kind: forms.Form(**{**form.__dict__, "fields": form.fields[:2]}))
    kept = reporting.get_report(ctx, report.id)
    assert [c[1] for c in kept.columns] == [c[1] for c in report.columns] and kept.rows == report.rows
