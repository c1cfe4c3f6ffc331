"""Is a build folder what its build wrote? Checksums of every file, recorded in the manifest.

A build folder whose manifest is intact can still be damaged underneath it: a disk that filled
up, a copy cut short, a file truncated by hand. FAISS and onnxruntime may then fail, or worse
read garbage without complaint; a checksum catches both before anything is served.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


class IndexDamagedError(ValueError):
    """A file of a build folder is missing or differs from what its manifest recorded."""

    def __init__(self, folder: Path, damaged: list[str]):
        self.folder = folder
        self.damaged = tuple(damaged)
        super().__init__(f"index build {folder.name} is damaged: "
                         f"{', '.join(damaged)} missing or not as built")


def file_checksums(folder: Path, skip: str) -> dict[str, str]:
    """name → sha256 of every file in `folder` except `skip` (the manifest holding them)."""
    return {path.name: _sha256(path) for path in sorted(folder.iterdir())
            if path.is_file() and path.name != skip}


def damaged_files(folder: Path, expected: dict[str, str]) -> list[str]:
    """The recorded files that are missing or changed; [] when the build is intact."""
    damaged = []
    for name, checksum in sorted(expected.items()):
        try:
            if _sha256(folder / name) != checksum:
                damaged.append(name)
        except OSError:
            damaged.append(name)
    return damaged


def verify_build(folder: Path, expected: dict[str, str]) -> None:
    """Raise IndexDamagedError unless every recorded file is as it was built."""
    if not expected:
        raise IndexDamagedError(folder, ["the manifest's list of files"])
    damaged = damaged_files(folder, expected)
    if damaged:
        raise IndexDamagedError(folder, damaged)


def _sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
