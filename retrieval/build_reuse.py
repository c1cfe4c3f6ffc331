"""What a new build takes over from an earlier one by the same model: its ONNX export of the
model, and the vectors of every text that has not changed (embedding is most of a build's time).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

import faiss
import numpy as np

from retrieval.build_folders import Manifest, current_build, last_good_build, link_or_copy
from retrieval.build_integrity import verify_build
from retrieval.build_progress import BuildProgress
from retrieval.embedding import MODEL_FILE, TOKENIZER_FILE, export_onnx
from retrieval.index_files import (
    OFF_TOPIC_VECTORS_FILE,
    TEXT_HASHES_FILE,
    VECTORS_FILE,
    VIEWS_FILE,
)


def provide_encoder(
    index_dir: Path, model: str, fingerprint: str, model_dir: Path, build: Path
) -> Path | None:
    """Reuse the serving index's ONNX export when it came from the same model; else export.

    Returns the serving build whose vectors may be reused, or None.
    """
    serving = current_build(index_dir)
    for previous in (serving, last_good_build(index_dir, besides=serving)):
        if previous is None:
            continue
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            manifest = Manifest.read(previous)
            # Never carry a damaged file (or its vectors) into a new build.
            verify_build(previous, manifest.files)
            if manifest.model == model and manifest.model_fingerprint == fingerprint:
                for name in (MODEL_FILE, TOKENIZER_FILE):
                    link_or_copy(previous / name, build / name)
                return previous
    BuildProgress().step(f"exporting {model} to ONNX (the first build with this model)")
    export_onnx(model_dir, build)
    return None


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def previous_vectors(build: Path) -> dict[str, np.ndarray]:
    """text hash → vector from an earlier build by the same model (empty if unreadable)."""
    try:
        hashes = json.loads((build / TEXT_HASHES_FILE).read_text(encoding="utf-8"))
        parts = []
        for name in (VECTORS_FILE, VIEWS_FILE, OFF_TOPIC_VECTORS_FILE):
            index = faiss.read_index(str(build / name))
            parts.append(index.reconstruct_n(0, index.ntotal))
        vectors = np.vstack(parts)
    except (OSError, ValueError, RuntimeError, TypeError):
        return {}
    if not isinstance(hashes, list) or len(hashes) != len(vectors):
        return {}
    return dict(zip(hashes, vectors, strict=True))
