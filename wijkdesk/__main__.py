from wijkdesk.cli import main

raise SystemExit(main())
