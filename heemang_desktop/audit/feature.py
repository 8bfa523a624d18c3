"""개인정보 접속기록: who revealed, opened, exported or printed personal data, and the monthly review."""
from heemang_desktop.features import Feature

FEATURE = Feature(
    models=("heemang_desktop.audit.models",),
    commands=("heemang_desktop.audit.cli",),
    pages={"admin.audit": "heemang_desktop.gui.audit.page:AuditPage"},
    entities={"access_record": "개인정보 접속기록", "audit_review": "접속기록 월간 점검"},
    work_items=("heemang_desktop.audit.service:work_items",),
)
