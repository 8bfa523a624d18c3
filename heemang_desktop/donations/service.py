"""Donations' door: what the GUI, the CLI and other features may call. Everything else in `donations/`
is internal and may change without notice.

Reads run in plain sessions, writes each in their own transaction; a write's outbox entries tell
`changes.collect()` what it touched.
"""

from __future__ import annotations

from pathlib import Path

from heemang_desktop.donations.cms import (
    AppliedResult,
    CmsSetup,
    FileResult,
    MovedDebit,
    Problem,
    ResultLineOut,
    apply_result,
    blackout_moves,
    cms_setup,
    set_cms_setup,
    write_eb13,
    write_eb21,
    write_notice,
)
from heemang_desktop.donations.donors import (
    PLEDGE_STATES,
    DonorCard,
    DonorInput,
    DonorRow,
    DuplicateDonor,
    add_donor,
    find_duplicates,
    get_donor,
    search_donors,
    update_donor,
)
from heemang_desktop.donations.gifts import GiftInput, GiftRow, list_gifts, record_gift
from heemang_desktop.donations.pledges import (
    CMS_MINIMUM,
    PledgeInput,
    PledgeRow,
    add_pledge,
    cancel_pledge,
    change_pledge,
    donor_pledges,
    pause_pledge,
    pledge_history,
    reapply_cms,
)

__all__ = [
    "CMS_MINIMUM", "PLEDGE_STATES", "TEMPLATE_KIND",
    "AppliedResult", "CmsSetup", "FileResult", "MovedDebit", "Problem", "ResultLineOut",
    "apply_result", "blackout_moves", "cms_setup", "set_cms_setup", "write_eb13", "write_eb21", "write_notice",
    "DonorCard", "DonorInput", "DonorRow", "DuplicateDonor", "GiftInput", "GiftRow", "PledgeInput", "PledgeRow",
    "add_donor", "add_pledge", "cancel_pledge", "change_pledge", "donor_pledges", "find_duplicates", "get_donor",
    "list_gifts", "pause_pledge", "pledge_history", "reapply_cms", "record_gift", "search_donors", "update_donor",
    "write_template",
]

TEMPLATE_KIND = "donors"  # the registry's import and template kind for the 후원자 workbook


def write_template(path: Path) -> None:
    """The blank 후원자 workbook."""
    from heemang_desktop.donations import donor_import  # openpyxl loads only when a file is written

    donor_import.write_donors_template(Path(path))
