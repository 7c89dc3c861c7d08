"""vpt: follow-up of Swedish operational plans (verksamhetsplaner).

The engine is a set of plain functions: read a plan, generate follow-up workbooks, read the
returned workbooks back, assess them and consolidate a summary. Nothing here imports Qt.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vpt")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
