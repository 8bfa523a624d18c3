"""Subjects (대상자): cards, admissions and discharges, histories, fees, vocational rehabilitation."""
