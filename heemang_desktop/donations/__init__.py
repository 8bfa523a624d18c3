"""후원관리: donors, pledges, gifts and the CMS debit cycle."""
