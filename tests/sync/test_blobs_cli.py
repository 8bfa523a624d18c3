"""The help desk reads an inquiry's attachments on the central service:
`heemang-desktop central inquiries show ID` lists them, `... attachment SHA --out FILE` saves one."""

from __future__ import annotations

import json

import pytest
from harness_central import CentralServer, db_url_for
from sync_helpers import engine_for
from test_blobs_inquiry import png

from heemang_desktop.cli import main
from heemang_desktop.inquiries import service


@pytest.fixture
def central(tmp_path):
    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    server.add_user()
    (tmp_path / "central.key").write_text(server.key.hex())
    yield server
    server.stop()


def desk(central, tmp_path, *args: str) -> list[str]:
    return ["central", "inquiries", *args, "--facility-code", "k0161", "--db", central.db_url,
            "--key-file", str(tmp_path / "central.key")]


def test_the_desk_lists_an_inquirys_attachments_and_saves_the_screenshot(ctx, central, tmp_path, capsys):
    shot, error = tmp_path / "화면1.png", tmp_path / "오류.png"
    shot.write_bytes(png())
    error.write_bytes(png(shade=7))
    row = service.submit_inquiry(ctx, service.InquiryDraft(
        title="화면이 깨집니다", kind="시스템오류", content="결의서 화면의 표가 겹칩니다.",
        attachments=(str(shot), str(error))))
    assert engine_for(ctx, central.url).run_once().drained
    from hashlib import sha256

    shot_sha, error_sha = (sha256(f.read_bytes()).hexdigest() for f in (shot, error))

    assert main(desk(central, tmp_path, "show", row.id)) == 0
    shown = capsys.readouterr().out
    assert f"{shot_sha}  화면1.png  {len(shot.read_bytes()):,}바이트" in shown
    assert f"{error_sha}  오류.png  {len(error.read_bytes()):,}바이트" in shown
    assert main(desk(central, tmp_path, "show", row.id, "--json")) == 0
    listed = json.loads(capsys.readouterr().out)["attachments"]
    assert [(a["name"], a["size"]) for a in listed] == [("화면1.png", shot.stat().st_size),
                                                        ("오류.png", error.stat().st_size)]

    out = tmp_path / "desk" / "받은 화면.png"
    out.parent.mkdir()
    assert main(desk(central, tmp_path, "attachment", shot_sha, "--out", str(out))) == 0
    assert out.read_bytes() == shot.read_bytes()
    capsys.readouterr()
    assert main(desk(central, tmp_path, "attachment", shot_sha, "--out", str(out))) == 1  # never overwritten
    assert "덮어쓰지 않았습니다" in capsys.readouterr().err
    assert main(desk(central, tmp_path, "attachment", "0" * 64, "--out", str(tmp_path / "x.png"))) == 1
    assert "그 파일이 없습니다" in capsys.readouterr().err and not (tmp_path / "x.png").exists()
    assert main(desk(central, tmp_path, "show", "no-such-id")) == 1
    assert "이 시설의 질의가 아닙니다" in capsys.readouterr().err
