"""질의하기: help-desk inquiries, the personal-data guard, and the desk's replies."""
from heemang_desktop.features import Feature

FEATURE = Feature(
    models=("heemang_desktop.inquiries.models",),
    commands=("heemang_desktop.inquiries.cli",),
    pages={"inquiries.list": "heemang_desktop.gui.inquiries.page:InquiriesPage"},
    entities={"inquiry": "질의", "inquiry_reply": "질의 답변"},
)
