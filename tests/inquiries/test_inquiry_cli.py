"""`heemang-desktop inquiries check|new|list` and `central inquiries|reply`, as the checks run them."""

from __future__ import annotations

import json
from datetime import date

import pytest
from harness_central import CentralServer, db_url_for
from sync_helpers import engine_for

from heemang_desktop.cli import main
from heemang_desktop.donations import service as donations
from heemang_desktop.hr import service as hr
from heemang_desktop.subjects import service as subjects


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_gives_the_spans_and_knows_registered_names(ctx, paths, capsys):
    subjects.register_subject(ctx, subjects.SubjectInput(name="최말순"))
    ctx.close()
    text = "최말순 어르신 900101-1234567 결의번호 2026-지출-0042 금액 1,234,567원"
    code, out, _ = run(capsys, "--data-dir", str(paths.data_dir), "inquiries", "check", "--text", text, "--json")
    assert code == 0
    assert json.loads(out) == {"blocked": True, "spans": [
        {"start": 0, "end": 3, "kind": "registered_name"}, {"start": 8, "end": 22, "kind": "resident_number"}]}
    code, out, _ = run(capsys, "--data-dir", str(paths.data_dir), "inquiries", "check", "--text",
                       "결의번호 2026-지출-0042 금액 1,234,567원", "--json")
    assert json.loads(out) == {"blocked": False, "spans": []}


def test_check_knows_donors_but_not_organisations(ctx, paths, capsys):
    donations.add_donor(ctx, donations.DonorInput(name="이영희"))
    donations.add_donor(ctx, donations.DonorInput(name="희망상사", donor_kind="단체"))
    ctx.close()
    text = "후원자 이영희님 CMS 출금이 두 번 되었습니다 (희망상사 건은 정상)"
    code, out, _ = run(capsys, "--data-dir", str(paths.data_dir), "inquiries", "check", "--text", text, "--json")
    assert code == 0
    assert json.loads(out) == {"blocked": True, "spans": [{"start": 4, "end": 7, "kind": "registered_name"}]}


def test_new_is_refused_with_exit_code_2_and_the_spans_then_taken_once_clean(ctx, paths, tmp_path, capsys):
    hr.create_employee(ctx, hr.EmployeeInput(employee_no="E1", name="박복지", job_type="요양보호사",
                                             employment_type="정규", hire_date=date(2024, 3, 2)))
    ctx.close()
    content, private = tmp_path / "content.txt", tmp_path / "private.txt"
    content.write_text("박복지 선생님 급여명세서 메일이 010-1234-5678 로 안 갑니다", encoding="utf-8")
    d = ["--data-dir", str(paths.data_dir), "inquiries"]
    code, out, err = run(capsys, *d, "new", "--title", "급여명세서 메일 오류", "--kind", "시스템오류",
                         "--content-file", str(content), "--json")
    assert code == 2
    phone = content.read_text(encoding="utf-8").index("010-1234-5678")
    assert json.loads(out)["spans"] == {"content": [{"start": 0, "end": 3, "kind": "registered_name"},
                                                    {"start": phone, "end": phone + 13, "kind": "phone"}]}
    assert "개인정보로 보이는 내용이 있어 보내지 않았습니다" in err
    code, out, _ = run(capsys, *d, "list", "--json")
    assert json.loads(out) == {"inquiries": []}

    content.write_text("직원 한 명의 급여명세서 메일이 안 갑니다", encoding="utf-8")
    private.write_text("박복지 010-1234-5678", encoding="utf-8")
    code, out, err = run(capsys, *d, "new", "--title", "급여명세서 메일 오류", "--kind", "시스템오류",
                         "--content-file", str(content), "--private-file", str(private),
                         "--category", "인사/급여/세무/자산 > 급여")
    assert code == 0, err
    code, out, _ = run(capsys, *d, "list", "--json")
    (row,) = json.loads(out)["inquiries"]
    assert (row["title"], row["status"], row["has_private"], row["category"]) == (
        "급여명세서 메일 오류", "전송 대기", True, "인사/급여/세무/자산 > 급여")


@pytest.fixture
def central(tmp_path):
    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    server.add_user()
    yield server
    server.stop()


def test_the_desk_lists_and_replies_from_the_central_cli(ctx, central, tmp_path, capsys):
    from heemang_desktop.inquiries import service

    row = service.submit_inquiry(ctx, service.InquiryDraft(title="동기화가 멈춥니다", kind="시스템오류",
                                                           content="어제부터 동기화가 안 됩니다."))
    engine_for(ctx, central.url).run_once()
    key = tmp_path / "central.key"
    key.write_text(central.key.hex())
    db = central.db_url.removeprefix("sqlite:///")
    code, out, _ = run(capsys, "central", "inquiries", "--db", db, "--key-file", str(key),
                       "--facility-code", "k0161", "--json")
    assert code == 0 and [q["title"] for q in json.loads(out)["inquiries"]] == ["동기화가 멈춥니다"]
    code, out, err = run(capsys, "central", "reply", "--db", db, "--key-file", str(key), "--facility-code", "K0161",
                         "--inquiry", row.id, "--text", "설정 > 동기화에서 다시 로그인해 주세요.",
                         "--status", "in_progress")
    assert code == 0, err
    code, _, err = run(capsys, "central", "reply", "--db", db, "--key-file", str(key), "--facility-code", "K0161",
                       "--inquiry", "no-such-id", "--text", "x")
    assert code == 1 and "이 시설의 질의가 아닙니다" in err
    engine_for(ctx, central.url).run_once()
    (listed,) = service.list_inquiries(ctx)
    assert listed.status == "처리 중" and listed.replies[0].body == "설정 > 동기화에서 다시 로그인해 주세요."


def test_new_attaches_files_and_refuses_a_file_named_after_a_registered_person(ctx, paths, tmp_path, capsys):
    subjects.register_subject(ctx, subjects.SubjectInput(name="최말순"))
    ctx.close()
    content = tmp_path / "content.txt"
    content.write_text("첨부한 출력물의 적요가 잘립니다.", encoding="utf-8")
    named, plain = tmp_path / "최말순_진료비.pdf", tmp_path / "출력물.pdf"
    for f in (named, plain):
        f.write_bytes(b"%PDF-1.4\n%%EOF\n")
    d = ["--data-dir", str(paths.data_dir), "inquiries", "new", "--title", "출력 오류", "--kind", "시스템오류",
         "--content-file", str(content)]
    code, out, err = run(capsys, *d, "--attach", str(plain), str(named), "--json")
    assert code == 2 and json.loads(out)["spans"] == {"attachments": [
        {"start": len("출력물.pdf\n"), "end": len("출력물.pdf\n최말순"), "kind": "registered_name"}]}
    code, out, err = run(capsys, *d, "--attach", str(plain), "--json")
    assert code == 0, err
    row = json.loads(out)
    assert row["attachments"] == ["출력물.pdf"]
    (stored,) = (paths.attachments / "inquiry" / row["id"]).iterdir()  # kept under its content hash
    assert stored.read_bytes() == b"%PDF-1.4\n%%EOF\n"
