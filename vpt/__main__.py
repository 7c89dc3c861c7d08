from vpt.cli import main

raise SystemExit(main())
