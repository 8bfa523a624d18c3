from heemang_desktop.cli import main

raise SystemExit(main())
