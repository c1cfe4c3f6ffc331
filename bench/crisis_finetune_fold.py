"""Would fine-tuning the encoder beat the shipped crisis head? One held-out fold, side by side.

    nice -n 10 .venv/bin/python bench/crisis_finetune_fold.py [--fold 0] [--epochs 1]

MiniLM fine-tuned end to end as a classifier (mean-pooled, normalised, one linear layer over the
bank's labels; cross-entropy, AdamW 3e-5 for the encoder and 1e-3 for the layer, warm-up then
linear decay, batches of like length) against the shipped head (logistic regression on the frozen
vector + n-grams), trained on the same four fifths of every source set and scored on the same held
fifth (bench/safety_net_compare.block_folds), with the same band rule (bench/crisis_bands.py),
and their mean. One fold, because one fine-tune takes ~5 minutes an epoch on 2 cores; the
columns are bench/crisis_bank_compare.py's. Counts only, never message text.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
from crisis_bands import choose_bands
from crisis_bank_compare import HEAD, load_scored_bank, report
from safety_net_compare import _predict, block_folds

from retrieval.embedding import DEFAULT_MODEL, resolve_model_path
from safety.net import ORDINARY
from safety.net_training import SEED, train_head

ROOT = Path(__file__).resolve().parent.parent


def fine_tuned_probabilities(texts, labels, train, test, epochs: int) -> np.ndarray:
    """P(crisis) for the `test` rows from MiniLM fine-tuned on the `train` rows."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(2)
    torch.manual_seed(SEED)
    path = resolve_model_path(DEFAULT_MODEL)
    tokenizer = AutoTokenizer.from_pretrained(path)
    classes = sorted(set(labels))
    target = torch.as_tensor([classes.index(label) for label in labels])

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(path)
            self.layer = torch.nn.Linear(384, len(classes))

        def forward(self, batch):
            tokens = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            vector = torch.nn.functional.normalize((tokens * mask).sum(1) / mask.sum(1), dim=1)
            return self.layer(vector * 20)  # unit vectors: scale so the softmax can be sharp

    def batches(rows, size, rng=None):
        rows = rows[np.argsort([len(texts[i]) for i in rows], kind="stable")]
        chunks = [rows[start : start + size] for start in range(0, len(rows), size)]
        if rng is not None:
            rng.shuffle(chunks)
        return chunks

    def tokens(rows):
        return tokenizer([texts[i] for i in rows], padding=True, truncation=True, max_length=128,
                         return_tensors="pt")

    model = Classifier()
    optimiser = torch.optim.AdamW([{"params": model.encoder.parameters(), "lr": 3e-5},
                                   {"params": model.layer.parameters(), "lr": 1e-3}],
                                  weight_decay=0.01)
    rng = np.random.default_rng(SEED)
    plan = [chunk for _ in range(epochs) for chunk in batches(train, 32, rng)]
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / 50) * max(0.0, 1 - step / len(plan)))
    model.train()
    for chunk in plan:
        loss = torch.nn.functional.cross_entropy(model(tokens(chunk)), target[chunk])
        loss.backward()
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
    model.eval()
    prob = np.zeros(len(labels))
    with torch.inference_mode():
        for chunk in batches(test, 64):
            probs = torch.softmax(model(tokens(chunk)), dim=1).numpy()
            prob[chunk] = 1.0 - probs[:, classes.index(ORDINARY)]
    return prob[test]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", default=str(ROOT / "corpus" / "index"))
    parser.add_argument("--fold", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=1)
    args = parser.parse_args()
    bank = load_scored_bank(args.index)
    texts, labels, vectors = bank.texts, bank.labels, bank.vectors
    normalised = [bank.searcher.lexical.normalise_query(text) or text for text in texts]
    held = block_folds(bank.groups) == args.fold
    train, test = np.flatnonzero(~held), np.flatnonzero(held)

    started = time.perf_counter()
    net = train_head(vectors[train], labels[train], HEAD, SEED, texts=[texts[i] for i in train])
    shipped = _predict(net, vectors[test], [texts[i] for i in test])[0]
    shipped_seconds = time.perf_counter() - started
    started = time.perf_counter()
    tuned = fine_tuned_probabilities(normalised, labels, train, test, args.epochs)
    tuned_seconds = time.perf_counter() - started

    labels, groups, langs = labels[test], bank.groups[test], bank.langs[test]
    pattern, served_english = bank.pattern[test], bank.served_english[test]
    print(f"fold {args.fold}: {len(test)} held-out rows; columns of bench/crisis_bank_compare.py")
    for name, prob in ((f"shipped head ({shipped_seconds:.0f} s to train)", shipped),
                       (f"fine-tuned, {args.epochs} epoch(s) ({tuned_seconds:.0f} s)", tuned),
                       ("mean of both", (shipped + tuned) / 2)):
        report(name, prob, choose_bands(prob, labels, groups, pattern), labels, groups, pattern,
               langs, served_english)


if __name__ == "__main__":
    main()
