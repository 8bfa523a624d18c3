"""Entry point of the frozen app (PyInstaller needs a script, not a console-script name)."""

from heemang_desktop.cli import main

raise SystemExit(main())
