"""나의업무 on the notice's dates: what a user opening the app on 2022-08-16 learns without reading it."""

from __future__ import annotations

import json
from datetime import date

from heemang_desktop.mywork import service
from heemang_desktop.reporting import service as reporting
from heemang_desktop.users import service as users
from heemang_desktop.work_items import OVERDUE, WorkItem


def _titles(items):
    return [i.title for i in items]


def test_on_august_16th_it_warns_of_the_8_30_reports_and_the_outage(ctx):
    items = service.items(ctx, date(2022, 8, 16))
    by_kind = {}
    for i in items:
        by_kind.setdefault(i.kind, []).append(i)
    [outage] = by_kind["outage"]
    assert outage.title == "9.1–9.5 시스템 중단 예정: 시군구보고는 8.30까지"
    assert (outage.due, outage.page) == (date(2022, 8, 30), "municipal.reports")
    assert "개통 관련 유의사항" in outage.reason
    # the notice's 8.30 deadline, per report (시군구보고's own items), moved before nothing: due as set
    due = {i.title for i in by_kind["report_due"] if i.due == date(2022, 8, 30) and i.page == "municipal.reports"}
    assert any("장기요양인력변경보고" in t for t in due)
    # the 9.30 deadlines are more than 14 days off, and the CMS blackout is the donations area's
    assert not any("9.30" in t for t in _titles(items))


def test_a_deadline_an_admin_adds_comes_into_the_list_14_days_ahead_with_its_source(ctx):
    from heemang_desktop.calendar import service as calendar

    calendar.add_window(ctx, "deadline", date(2022, 9, 20), date(2022, 10, 4), "법인 결산 서류 제출",
                        "구청 공문 제2022-77호")
    assert not [i for i in service.items(ctx, date(2022, 9, 19)) if i.kind == "deadline"]
    [item] = [i for i in service.items(ctx, date(2022, 9, 20)) if i.kind == "deadline"]
    assert (item.title, item.due, item.reason) == (
        "법인 결산 서류 제출: 10.4까지", date(2022, 10, 4), "구청 공문 제2022-77호")
    assert not [i for i in service.items(ctx, date(2022, 10, 5)) if i.kind in ("deadline", "outage")]


def test_an_outage_an_admin_adds_is_warned_of_a_month_ahead_with_the_deadline_set_before_it(ctx):
    from heemang_desktop.calendar import service as calendar

    calendar.add_window(ctx, "outage", date(2026, 3, 20), date(2026, 3, 22), "희망이음 정기 점검")
    assert not [i for i in service.items(ctx, date(2026, 2, 17)) if i.kind == "outage"]
    [item] = [i for i in service.items(ctx, date(2026, 2, 18)) if i.kind == "outage"]
    assert (item.title, item.due) == ("3.20–3.22 시스템 중단 예정", date(2026, 3, 20))
    calendar.add_window(ctx, "deadline", date(2026, 3, 1), date(2026, 3, 18), "분기 보조금 정산 서류")
    [item] = [i for i in service.items(ctx, date(2026, 3, 2)) if i.kind == "outage"]
    assert (item.title, item.due) == ("3.20–3.22 시스템 중단 예정: 분기 보조금 정산 서류 3.18까지", date(2026, 3, 18))


def test_during_the_outage_it_says_so_with_its_last_day(ctx):
    [outage] = [i for i in service.items(ctx, date(2022, 9, 2)) if i.kind == "outage"]
    assert outage.title.startswith("9.1–9.5 시스템 중단 중 (9.5까지)") and outage.urgency < 20


def test_most_urgent_first_then_by_due_date(ctx):
    items = service.items(ctx, date(2022, 8, 27))  # 8.30 is 3 days off: urgent
    keys = [(i.urgency, i.due or date.max) for i in items]
    assert keys == sorted(keys) and items[0].due == date(2022, 8, 30)


def test_an_open_objection_window_is_listed_until_its_deadline(ctx):
    reporting.add_evaluation(ctx, date(2022, 8, 27), items="지표 3-2")
    [item] = [i for i in service.items(ctx, date(2022, 8, 29)) if i.kind == "evaluation_objection"]
    assert item.page == "evaluation.objections" and item.due == date(2022, 9, 3)
    assert "공문" in item.title and "9.1~9.6" in item.reason
    assert not [i for i in service.items(ctx, date(2022, 9, 4)) if i.kind == "evaluation_objection"]


def _add_user(ctx, login_id, role):
    if not any(u.password_hash for u in users.list_users(ctx)):
        users.set_password(ctx, "admin", "secret123")  # a PC with several users needs the admin's password
    users.add_user(ctx, login_id, login_id, role, "secret123")


def test_roles_see_different_lists(ctx):
    reporting.add_evaluation(ctx, date(2022, 8, 27))
    _add_user(ctx, "acc", "회계담당")
    _add_user(ctx, "sw", "사회복지사")
    on = date(2022, 8, 29)
    accountant = {i.kind for i in service.items(ctx, on, "acc")}
    worker = {i.kind for i in service.items(ctx, on, "sw")}
    assert "evaluation_objection" in worker and "evaluation_objection" not in accountant
    assert "outage" in accountant & worker
    assert "evaluation_objection" in {i.kind for i in service.items(ctx, on)}  # the admin sees all


def test_a_failing_provider_is_one_item_and_the_rest_still_shows(ctx, monkeypatch, caplog):
    def broken(_ctx, _on):
        raise RuntimeError("boom")

    real = service.providers()
    monkeypatch.setattr(service, "providers", lambda: [("donations", "x:broken"), *real])
    monkeypatch.setattr(service, "load", lambda target: broken if target == "x:broken" else _load(target))
    items = service.items(ctx, date(2022, 8, 16))
    [err] = [i for i in items if i.kind == "provider_error"]
    assert err.title == "후원관리 항목을 읽지 못했습니다" and err.page == "my_work.home"
    assert "outage" in {i.kind for i in items}
    assert "x:broken failed" in caplog.text

    from heemang_desktop.mywork import providers

    monkeypatch.setattr(providers, "sync_items", broken)
    monkeypatch.setattr(service, "load", _load)
    assert "전송 항목을 읽지 못했습니다" in _titles(service.items(ctx, date(2022, 8, 16)))


def _load(target):
    from heemang_desktop.features import load

    return load(target)


def test_sync_problems_and_queued_changes_are_items_on_the_sync_page(ctx):
    from sqlalchemy import update

    from heemang_desktop.sync.models import CONFLICT, REJECTED, OutboxEntry

    reporting.add_evaluation(ctx, date(2022, 8, 10))  # one change queued
    e = reporting.add_evaluation(ctx, date(2022, 8, 11))
    [queued] = [i for i in service.items(ctx, date(2022, 8, 16)) if i.kind.startswith("sync")]
    assert queued.title.startswith("전송 대기 2건") and queued.page == "my_work.sync"
    with ctx.transaction() as s:  # as the sync engine stores the central service's answers
        s.execute(update(OutboxEntry).where(OutboxEntry.entity_id == e.id).values(state=REJECTED))
        s.execute(update(OutboxEntry).where(OutboxEntry.entity_id != e.id).values(state=CONFLICT))
    items = [i for i in service.items(ctx, date(2022, 8, 16)) if i.kind.startswith("sync")]
    assert [(i.kind, i.title.split(":")[0], i.page) for i in items] == [
        ("sync_conflict", "동기화 충돌 1건", "my_work.sync"),
        ("sync_rejected", "중앙 서비스가 거부한 기록 1건", "my_work.sync")]  # both urgent: by title


def test_a_police_report_due_is_overdue_until_recorded(ctx):
    from datetime import datetime

    from heemang_desktop.subjects import service as subjects

    sid = _subject(ctx)
    row = subjects.report_event(ctx, sid, "무연고자 사망", datetime(2022, 8, 15, 9, 0))
    [item] = [i for i in service.items(ctx, date(2022, 8, 16)) if i.kind == "no_kin_police"]
    assert (item.urgency, item.page, item.due) == (OVERDUE, "subjects.cards", date(2022, 8, 15))
    subjects.record_police_report(ctx, row.id, datetime(2022, 8, 15, 10, 0), "서울중앙경찰서")
    assert not [i for i in service.items(ctx, date(2022, 8, 16)) if i.kind == "no_kin_police"]


def _subject(ctx) -> str:
    from heemang_desktop.subjects import service as subjects

    return subjects.register_subject(ctx, subjects.SubjectInput(name="김순자", resident_number="400101-2234567")).id


def test_cli_mywork_lists_kind_title_due_and_page(ctx, paths, capsys):
    from heemang_desktop.cli import main

    _add_user(ctx, "acc", "회계담당")
    reporting.add_evaluation(ctx, date(2022, 8, 10))
    d = ["--data-dir", str(paths.data_dir)]
    assert main(d + ["mywork", "--date", "2022-08-16", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    outage = next(i for i in out["items"] if i["kind"] == "outage")
    assert (outage["title"], outage["due"], outage["page"]) == (
        "9.1–9.5 시스템 중단 예정: 시군구보고는 8.30까지", "2022-08-30", "municipal.reports")
    assert "evaluation_objection" in {i["kind"] for i in out["items"]}
    assert main(d + ["mywork", "--date", "2022-08-16", "--user", "acc", "--json"]) == 0
    assert "evaluation_objection" not in {i["kind"] for i in json.loads(capsys.readouterr().out)["items"]}
    assert main(d + ["mywork", "--date", "2022-08-16"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(ln.startswith("8.30(화)") and "9.1–9.5 시스템 중단 예정" in ln for ln in lines)
    assert main(d + ["mywork", "--date", "8월16일"]) == 1
    assert "2022-08-16 형식" in capsys.readouterr().err


def test_an_item_is_plain_data():
    assert WorkItem("x", "t", "p").as_json()["due"] is None


def test_a_cms_debit_on_9_2_is_flagged_for_the_accountant_not_the_social_worker(ctx):
    from heemang_desktop.donations import service as donations

    donor = donations.add_donor(ctx, donations.DonorInput(name="홍후원", phone="010-2222-3333",
                                                          resident_number="800101-1234567"))
    donations.add_pledge(ctx, donor.id, donations.PledgeInput(
        pledge_kind="정기", amount=30000, method="CMS", debit_day=2, bank_name="국민은행",
        bank_account="123-456-78901", account_holder="홍후원", cms_registered_on=date(2021, 3, 2)))
    _add_user(ctx, "acc", "회계담당")
    _add_user(ctx, "sw", "사회복지사")
    [item] = [i for i in service.items(ctx, date(2022, 8, 20), "acc") if i.kind == "cms_blackout"]
    assert (item.due, item.page) == (date(2022, 9, 2), "donations.cms")
    assert "8.30~9.6" in item.title and "약정 1건" in item.title
    assert not [i for i in service.items(ctx, date(2022, 8, 20), "sw") if i.kind == "cms_blackout"]


def test_failed_payslip_mails_are_listed_for_hr_not_for_the_social_worker(ctx):
    import smtplib

    from heemang_desktop.payroll import service as payroll
    from heemang_desktop.payroll.compute import PayrollInput

    payroll.run_month(ctx, "2026-09", [PayrollInput("emp-1", "E001", "김복지", job_type="사회복지사",
                                                    base_pay=2_800_000, email="kim@example.org")])
    payroll.save_mail_settings(ctx, payroll.SmtpSettings(host="127.0.0.1", port=2525, security="none",
                                                         sender="payroll@heemang.example", sender_name="급여담당"))

    def down(*_a, **_k):
        raise smtplib.SMTPConnectError(421, "try later")

    def stub(_html, path, **_kw):
        path.write_bytes(b"%PDF-1.4")
        return path

    [failed] = payroll.send_payslips(ctx, "2026-09", render=stub, connect=down)
    assert failed.state == payroll.FAILED
    _add_user(ctx, "hr", "인사담당")
    _add_user(ctx, "sw", "사회복지사")
    [item] = [i for i in service.items(ctx, date(2026, 10, 2), "hr") if i.kind == "payslip_mail_failed"]
    assert (item.title, item.page) == ("2026-09 급여명세서 메일 1건을 보내지 못했습니다", "hr.payroll")
    assert not [i for i in service.items(ctx, date(2026, 10, 2), "sw") if i.kind == "payslip_mail_failed"]
