from heemang_desktop.features import Feature, ImportRef

FEATURE = Feature(
    models=("heemang_desktop.accounting.models", "heemang_desktop.accounting.year_close_models"),
    commands=("heemang_desktop.accounting.cli",),
    imports={
        "resolutions": ImportRef("heemang_desktop.accounting.excel:RESOLUTIONS"),
        "budget": ImportRef("heemang_desktop.accounting.excel:BUDGET"),
    },
    templates={
        "resolutions": "heemang_desktop.accounting.excel:write_resolutions_template",
        "budget": "heemang_desktop.accounting.excel:write_budget_template",
    },
    pages={
        "accounting.resolutions": "heemang_desktop.gui.accounting.resolutions:ResolutionsPage",
        "accounting.requisitions": "heemang_desktop.gui.accounting.requisitions:RequisitionsPage",
        "accounting.budget": "heemang_desktop.gui.accounting.budget:BudgetPage",
        "accounting.books": "heemang_desktop.gui.accounting.books:BooksPage",
        "accounting.settlement": "heemang_desktop.gui.accounting.settlement:SettlementPage",
    },
    work_items=("heemang_desktop.accounting.service:year_end_items",),
    entities={
        "resolution": "결의서",
        "requisition": "품의서",
        "budget_entry": "예산",
        "budget_account": "예산과목(세목)",
        "chart_override": "예산과목 수정",
        "month_close": "월 마감",
        "budget_transfer": "예산 전용",
        "year_close": "연도 마감",
    },
)
