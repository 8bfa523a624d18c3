"""평가 이의신청 on the notice's dates: within 7 days of the on-site visit, by 공문 when that window
touches the 시설정보시스템's outage (the notice: visits on 8.25–9.6 of 2022), online otherwise."""

from __future__ import annotations

import json
from datetime import date

from heemang_desktop.calendar import service as calendar
from heemang_desktop.reporting import service


def test_a_visit_on_august_27th_routes_to_an_official_letter(ctx):
    e = service.add_evaluation(ctx, date(2022, 8, 27), items="지표 3-2 점수")
    assert (e.cycle, e.route.deadline, e.route.route) == ("2022년 시설평가", date(2022, 9, 3), service.LETTER)
    assert "8.27~9.3" in e.route.reason and "9.1~9.6" in e.route.reason and "공문으로" in e.route.reason
    [saved] = service.list_evaluations(ctx)
    assert (saved.visit, saved.items, saved.route.route) == (date(2022, 8, 27), "지표 3-2 점수", "공문")


def test_a_visit_on_august_10th_is_objected_to_online(ctx):
    e = service.add_evaluation(ctx, date(2022, 8, 10))
    assert (e.route.deadline, e.route.route, e.route.outage) == (date(2022, 8, 17), service.ONLINE, None)
    assert "2022-08-17까지" in e.route.reason


def test_the_letter_route_covers_exactly_the_notices_visits_from_8_25_to_9_6(ctx):
    routes = {day: service.objection_route(ctx, date(2022, *day)).route
              for day in ((8, 24), (8, 25), (9, 3), (9, 6), (9, 7))}
    assert routes == {(8, 24): "online", (8, 25): "공문", (9, 3): "공문", (9, 6): "공문", (9, 7): "online"}


def test_a_window_added_later_changes_the_route_of_a_recorded_visit(ctx):
    service.add_evaluation(ctx, date(2025, 9, 22))
    assert service.list_evaluations(ctx)[0].route.route == "online"
    calendar.add_window(ctx, "outage", date(2025, 9, 26), date(2025, 10, 10), "국가정보자원관리원 화재로 중단")
    route = service.list_evaluations(ctx)[0].route
    assert route.route == "공문" and "화재" in route.reason


def test_cli_evaluation_add_gives_the_deadline_and_the_route(ctx, paths, capsys):
    from heemang_desktop.cli import main

    d = ["--data-dir", str(paths.data_dir)]
    assert main(d + ["evaluation", "add", "--visit", "2022-08-27", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["visit"], out["deadline"], out["route"]) == ("2022-08-27", "2022-09-03", "공문")
    assert out["outage"] == "2022-ssis/evaluation-outage" and "9.1~9.6" in out["reason"]
    assert main(d + ["evaluation", "add", "--visit", "2022-08-10"]) == 0
    out = capsys.readouterr().out
    assert "2022-08-17, 온라인" in out and "online" not in out
    assert main(d + ["evaluation", "add", "--visit", "8월 27일"]) == 1
    assert "현장평가일은" in capsys.readouterr().err
    assert main(d + ["evaluation", "add", "--visit", "2022-08-27"]) == 1
    assert "2022년 시설평가 현장평가 2022-08-27은(는) 이미 기록되어 있습니다" in capsys.readouterr().err
    assert [e.visit for e in service.list_evaluations(ctx)] == [date(2022, 8, 27), date(2022, 8, 10)]
    assert main(d + ["evaluation", "list"]) == 0
    assert ", 공문\n" in capsys.readouterr().out


def test_the_same_visit_twice_is_refused_and_nauieopmu_shows_it_once(ctx):
    import pytest

    from heemang_desktop.store.errors import ValidationError

    first = service.add_evaluation(ctx, date(2022, 8, 27))
    with pytest.raises(ValidationError, match="이미 기록되어"):
        service.add_evaluation(ctx, date(2022, 8, 27), cycle="2022년 시설평가")
    other = service.add_evaluation(ctx, date(2022, 8, 28))
    with pytest.raises(ValidationError, match="이미 기록되어"):
        service.update_evaluation(ctx, other.id, date(2022, 8, 27))
    service.update_evaluation(ctx, first.id, date(2022, 8, 27), items="지표 3-2")  # itself is no duplicate
    service.remove_evaluation(ctx, other.id)
    assert len(service.objection_items(ctx, date(2022, 8, 29))) == 1
    assert service.add_evaluation(ctx, date(2022, 8, 27), cycle="2022년 재평가").cycle == "2022년 재평가"
