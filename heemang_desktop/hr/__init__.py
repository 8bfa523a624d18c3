"""HR: personnel cards, attendance, leave, trips, training, day laborers; payroll later."""
