"""The ONNX encoder gives sentence-transformers' embeddings without torch at serve time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from retrieval.build_folders import current_build
from retrieval.embedding import DEFAULT_MODEL, Encoder, ModelError, resolve_model_path

TEXTS = [
    "my baby wont stop crying what do i do",
    "How can I bond with my baby during pregnancy?",
    "Oxytocin is released during physical closeness, as well as through eye-contact.",
    # Longer than the 128 tokens the shipped tokenizer.json truncates to by default.
    "Babies cry because they are trying to let you know they need something. " * 12,
]


@pytest.mark.slow
def test_onnx_matches_sentence_transformers(built_index):
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(resolve_model_path(DEFAULT_MODEL)), device="cpu")
    expected = reference.encode(TEXTS, normalize_embeddings=True)
    encoder = Encoder(current_build(built_index))
    batched = encoder.encode(TEXTS)
    single = np.vstack([encoder.encode_one(text) for text in TEXTS])
    assert batched.shape == expected.shape == (len(TEXTS), encoder.dimension)
    assert np.min(np.sum(batched * expected, axis=1)) >= 0.9999
    assert np.min(np.sum(single * expected, axis=1)) >= 0.9999
    assert np.allclose(np.linalg.norm(single, axis=1), 1.0, atol=1e-5)


def test_serving_imports_neither_torch_nor_sentence_transformers(built_index):
    script = (
        "import sys\n"
        "from retrieval.search import Searcher\n"
        f"searcher = Searcher.load({str(built_index)!r})\n"
        "assert searcher.search('how do I bond with my baby').hits\n"
        "heavy = {'torch', 'sentence_transformers', 'transformers'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=Path(__file__).parent.parent)


def test_model_setting_accepts_a_folder_and_rejects_unknown_names():
    folder = resolve_model_path(DEFAULT_MODEL)
    assert (folder / "config.json").is_file()
    assert resolve_model_path(str(folder)) == folder
    with pytest.raises(ModelError, match="neither a folder nor an installed package"):
        resolve_model_path("no-such-model-package")
