"""Offline drafting: check a package out, work on it anywhere, check it back in.

A package is one SQLite file of the same schema with a manifest (see manifest.py); check-in
and pull merge clause by clause against the manifest's base (merge.py), never dropping a
version from either side.
"""

from .checkin import checkin, pending_conflicts, pull, resolve_conflict
from .checkout import checkout
from .manifest import Manifest, PackageError, package_of, read_manifest
from .report import ClauseChange, Conflict, MergeReport, PackageInfo

__all__ = [
    "package_of",
    "ClauseChange",
    "Conflict",
    "Manifest",
    "MergeReport",
    "PackageError",
    "PackageInfo",
    "checkin",
    "checkout",
    "pending_conflicts",
    "pull",
    "read_manifest",
    "resolve_conflict",
]
