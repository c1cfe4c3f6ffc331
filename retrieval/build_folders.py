"""The build folders of an index on disk: which build serves, publishing a new one atomically,
locking, and the last good build to fall back on.

Layout of an index folder (e.g. corpus/index/):

    current -> builds/<build id>     symlink, swapped atomically with os.replace
    builds/<build id>/               manifest.json (written last), passages.json,
                                     articles.json, vectors.faiss, encoder.onnx, tokenizer.json
    manifest.json -> current/manifest.json
    .lock                            serialises concurrent builds

A build writes a fresh folder under builds/ and only then repoints `current`, so a failed or
killed build leaves the previous index serving; leftovers are removed by the next build, which
keeps the build before it as the last good one. The manifest holds the sha256 of every other
file in its folder: a damaged file (a truncated .faiss, a bad disk) is found when the index is
read, and the last good build serves instead (retrieval/build_integrity.py).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from retrieval.build_integrity import verify_build

# 3: the manifest lists every file's checksum.
FORMAT_VERSION = 3
CURRENT = "current"
BUILDS = "builds"
MANIFEST_FILE = "manifest.json"


@dataclass(frozen=True)
class Manifest:
    """What a build holds; its file, written last, is what makes a build folder complete."""

    format_version: int
    model: str
    model_fingerprint: str
    dimension: int
    content_hash: str
    articles: int
    passages: int
    views: int
    built_at: str
    build_seconds: float
    # name → sha256 of every other file in the build folder (retrieval/build_integrity.py).
    files: dict[str, str]

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        data = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        return cls(**{key: data[key] for key in cls.__dataclass_fields__})


def current_build(index_dir: Path | str) -> Path | None:
    """The folder `current` points at, if it holds a complete build."""
    link = Path(index_dir) / CURRENT
    if not link.exists():
        return None
    target = link.resolve()
    return target if (target / MANIFEST_FILE).is_file() else None


def last_good_build(index_dir: Path | str, besides: Path | None = None) -> Path | None:
    """The newest complete, intact build of this format other than `besides` (usually the
    damaged current one), or None."""
    builds = Path(index_dir) / BUILDS
    if not builds.is_dir():
        return None
    candidates = sorted((folder for folder in builds.iterdir()
                         if (folder / MANIFEST_FILE).is_file() and folder.resolve() != besides),
                        key=lambda folder: (folder / MANIFEST_FILE).stat().st_mtime, reverse=True)
    for folder in candidates:
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            manifest = Manifest.read(folder)
            if manifest.format_version == FORMAT_VERSION:
                verify_build(folder, manifest.files)
                return folder.resolve()
    return None


def new_build_folder(index_dir: Path) -> Path:
    """An empty folder under builds/ for a build to fill, named after the time it started."""
    # mkdtemp: two builds in one second by one process must not collide.
    build = Path(tempfile.mkdtemp(prefix=f"{time.strftime('%Y%m%dT%H%M%S')}-",
                                  dir=index_dir / BUILDS))
    build.chmod(0o755)
    return build


def publish(index_dir: Path, build: Path) -> None:
    """Atomically point `current` at `build` (rename of a symlink is atomic on POSIX)."""
    link = index_dir / CURRENT
    temporary = index_dir / f".{CURRENT}.tmp-{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    temporary.symlink_to(Path(BUILDS) / build.name)
    os.replace(temporary, link)
    # index_dir/manifest.json always shows the serving build's manifest (through `current`).
    convenience = index_dir / MANIFEST_FILE
    if not convenience.is_symlink():
        convenience.unlink(missing_ok=True)
        convenience.symlink_to(Path(CURRENT) / MANIFEST_FILE)
    fsync_dir(index_dir)


def remove_leftovers(index_dir: Path) -> None:
    """Delete builds that are neither current nor the last good one before it: older ones, and
    those left by killed builds."""
    serving = current_build(index_dir)
    keep = {serving, last_good_build(index_dir, besides=serving)} - {None}
    for folder in (index_dir / BUILDS).iterdir():
        if folder.resolve() not in keep:
            shutil.rmtree(folder, ignore_errors=True)
    for stray in index_dir.glob(f".{CURRENT}.tmp-*"):
        stray.unlink(missing_ok=True)


@contextlib.contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Held for a whole build, so two builds never prune or publish over each other."""
    with open(index_dir / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def link_or_copy(source: Path, target: Path) -> None:
    """Hard-link `source` (no extra disk space), or copy it where links are not possible."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def fsync_tree(folder: Path) -> None:
    """Flush every file of `folder` and the folder itself, so a published build survives a
    power cut."""
    for path in folder.iterdir():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
