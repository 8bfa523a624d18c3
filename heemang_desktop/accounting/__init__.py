"""Accounting: budget accounts, budgets, requisitions (품의서), resolutions (결의서), books and reports."""
