"""질의하기: help-desk inquiries composed offline, checked by the personal-data guard, sent through the outbox."""
