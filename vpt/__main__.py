"""``python -m vpt`` and the frozen app's console command ``vpt``."""

import multiprocessing

from vpt.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # generation's worker processes, when frozen on Windows
    raise SystemExit(main())
