"""The vpt desktop app: presentation and threads only; all work is done by the ``vpt`` engine."""
