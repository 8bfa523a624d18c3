"""Subjects (대상자): cards, admissions and discharges, histories, fees, vocational rehabilitation."""
from heemang_desktop.features import Feature, ImportRef

FEATURE = Feature(
    models=("heemang_desktop.subjects.models",),
    commands=("heemang_desktop.subjects.cli",),
    imports={"subjects": ImportRef("heemang_desktop.subjects.excel:SUBJECTS")},
    templates={"subjects": "heemang_desktop.subjects.excel:write_subjects_template"},
    pages={
        "subjects.cards": "heemang_desktop.gui.subjects.cards:SubjectCardsPage",
        "subjects.episodes": "heemang_desktop.gui.subjects.episodes:EpisodesPage",
        "history.outings": "heemang_desktop.gui.subjects.outings:OutingsPage",
        "history.programs": "heemang_desktop.gui.subjects.programs:ProgramsPage",
        "fees.receipts": "heemang_desktop.gui.subjects.receipts:ReceiptsPage",
        "vocational.attendance": "heemang_desktop.gui.subjects.vocational:VocationalPage",
    },
    entities={
        "subject": "대상자",
        "episode": "입소·퇴소(이용)",
        "no_kin_report": "무연고자 신고",
        "outing": "외출·외박",
        "program_session": "프로그램 진행",
        "daily_log": "일지",
        "fee_charge": "이용료 부과",
        "fee_receipt": "이용료 수납",
        "trainee_attendance": "훈련생 출결",
        "work_record": "작업내역",
        "wage": "훈련생 급여",
    },
)
