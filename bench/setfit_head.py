"""SetFit-style contrastive fine-tuning of MiniLM, for bench/safety_net_compare.py only.

SetFit (Tunstall et al. 2022): fine-tune the sentence encoder on pairs of labelled examples
(same label → cosine 1, different → 0) with sentence-transformers' CosineSimilarityLoss, then fit
a logistic-regression head on the fine-tuned vectors. The `setfit` package and
sentence-transformers' own trainer both need `datasets` and `accelerate`, which this project
does not otherwise use, so the same recipe is a short torch loop here. Bounded for 2 shared
cores: a sample of pairs, one epoch.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np


def contrastive_pairs(labels: Sequence[str], count: int, seed: int) -> list[tuple[int, int, float]]:
    """`count` (i, j, target) pairs, half same-label (1.0), half different-label (0.0)."""
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = {}
    for n, label in enumerate(labels):
        by_label.setdefault(label, []).append(n)
    names = sorted(by_label)
    pairs = []
    for k in range(count):
        first = rng.choice(names)
        i = rng.choice(by_label[first])
        if k % 2 == 0:
            pairs.append((i, rng.choice(by_label[first]), 1.0))
        else:
            other = rng.choice([name for name in names if name != first])
            pairs.append((i, rng.choice(by_label[other]), 0.0))
    return pairs


def fine_tuned_encoder(model_dir: str, texts: Sequence[str], labels: Sequence[str], *,
                       pairs: int, seed: int, batch: int = 16, threads: int = 2):
    """A SentenceTransformer fine-tuned on `pairs` contrastive pairs, one epoch."""
    import torch
    from sentence_transformers import SentenceTransformer, losses

    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    model = SentenceTransformer(model_dir, device="cpu")
    model.train()
    loss_fn = losses.CosineSimilarityLoss(model)
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-5)
    sample = contrastive_pairs(labels, pairs, seed)
    for start in range(0, len(sample), batch):
        chunk = sample[start : start + batch]
        left = model.tokenize([texts[i] for i, _, _ in chunk])
        right = model.tokenize([texts[j] for _, j, _ in chunk])
        target = torch.tensor([t for _, _, t in chunk], dtype=torch.float32)
        loss = loss_fn([left, right], target)
        loss.backward()
        optimiser.step()
        optimiser.zero_grad()
    model.eval()
    return model


def encode(model, texts: Sequence[str]) -> np.ndarray:
    vectors = model.encode(list(texts), batch_size=64, normalize_embeddings=True,
                           convert_to_numpy=True, show_progress_bar=False)
    return np.ascontiguousarray(vectors, dtype=np.float32)
