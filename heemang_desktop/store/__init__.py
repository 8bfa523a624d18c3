"""Local store: SQLite through SQLAlchemy, migrations, backups and field encryption."""
