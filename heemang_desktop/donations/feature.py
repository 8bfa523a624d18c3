"""후원관리: donors, pledges, gifts and the CMS debit cycle."""
from heemang_desktop.features import Feature, ImportRef

FEATURE = Feature(
    models=("heemang_desktop.donations.models", "heemang_desktop.donations.receipt_models"),
    # gift_cli after cli: it adds its subcommands to the `donations` command cli makes
    commands=("heemang_desktop.donations.cli", "heemang_desktop.donations.receipts_cli",
              "heemang_desktop.donations.gift_cli"),
    imports={"donors": ImportRef("heemang_desktop.donations.donor_import:DONORS")},
    templates={"donors": "heemang_desktop.donations.donor_import:write_donors_template"},
    pages={
        "donations.donors": "heemang_desktop.gui.donations.donors_page:DonorsPage",
        "donations.cms": "heemang_desktop.gui.donations.cms_page:CmsPage",
        "donations.receipts": "heemang_desktop.gui.donations.receipts_page:DonationReceiptsPage",
    },
    work_items=("heemang_desktop.donations.service:cms_blackout_items",
                "heemang_desktop.donations.service:income_items",
                "heemang_desktop.donations.service:receipts_due_items"),
    entities={
        "donor": "후원자",
        "pledge": "후원약정",
        "gift": "후원금",
        "cms_batch": "CMS 파일",
        "cms_line": "CMS 출금·등록 내역",
        "receipt_series": "기부금영수증 번호 계열",
        "donation_receipt": "기부금영수증",
    },
)
