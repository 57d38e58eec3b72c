"""`python -m sharpbits`: the same as the `sharpbits` command."""

from sharpbits.cli import main

raise SystemExit(main())
