"""``python -m natorussia``: print a summary of the bundled corpus."""

from natorussia.cli import main

raise SystemExit(main())
