"""Answer selection variants side by side, in one run, on the same index and labelled sets.

Usage: nice -n 10 .venv/bin/python bench/selector_compare.py [--baseline-ref REF] [--finetune]

Builds a fresh index cold (timed: that build includes training the selector), then scores on
tests/data/retrieval_{dev,eval,holdout}.jsonl:
  today        the hand-weighted fusion and abstention checks of git REF (default a59dda5, before
               the selector), run from an extracted copy in a child process on the same index
  lr           the logistic regression alone: rank by P(passage), decline at P(skip)
  fusion+skip  today's fused ranking, abstention by the selector's P(skip) alone
  shipped      fused ranking + 0.5 · P(passage), the selector's P(skip) (what search.py does)
  fusion+Wlr   as shipped with weight W (1, 2) on P(passage)
  mlp          as shipped, with a one-hidden-layer MLP (sklearn) in place of the regression
  finetune     (--finetune) MiniLM fine-tuned with MultipleNegativesRankingLoss on the curated
               question → passage pairs, then the shipped path on its index; its build time
               includes the fine-tune
Prints hit@1, hit@3, MRR, answered, refused per set, latency p50/p99 per query (encoding
included), build time, and the questions the shipped variant gains and loses against today.
Nothing is tuned on the holdout; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from retrieval.embedding import DEFAULT_MODEL  # noqa: E402
from retrieval.evaluation import EvalItem, is_hit, load_eval_items  # noqa: E402
from retrieval.search import Searcher, SearchResult  # noqa: E402

SETS = ("dev", "eval", "holdout")
ARTICLES = REPO_ROOT / "corpus" / "articles"

# Run by the old code (PYTHONPATH = its extracted tree): one JSON object per question.
TODAY = """
import json, sys, time
import retrieval.search
from retrieval.search import Searcher
print(retrieval.search.__file__)
searcher = Searcher.load(sys.argv[1])
searcher.search("how do I bond with my baby")
for line in sys.stdin:
    q = json.loads(line)["q"]
    started = time.perf_counter()
    result = searcher.search(q, k=3)
    ms = (time.perf_counter() - started) * 1000
    print(json.dumps({"q": q, "answered": result.answered, "ms": ms,
                      "hits": [[h.passage.article_id, h.passage.position] for h in result.hits]}))
"""


@dataclasses.dataclass(frozen=True)
class Outcome:
    answered: bool
    rank: int | None  # 1-based rank of the first hit among 3, None when none
    ms: float


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-ref", default="a59dda5")
    parser.add_argument("--finetune", action="store_true")
    parser.add_argument("--no-mlp", action="store_true", help="skip the (slow to train) MLP")
    parser.add_argument("--index", type=Path, help="use this built index instead of a cold build")
    parser.add_argument("--finetune-steps", type=int, default=60)
    args = parser.parse_args()
    sets = {name: load_eval_items(REPO_ROOT / "tests" / "data" / f"retrieval_{name}.jsonl")
            for name in SETS}

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        from retrieval.index import build_index

        started = time.perf_counter()
        if args.index:  # its manifest says how long its build took
            shutil.copytree(args.index, scratch / "index", symlinks=True)
            build_seconds = Searcher.load(scratch / "index").manifest.build_seconds
        else:
            build_index(ARTICLES, scratch / "index", DEFAULT_MODEL)
            build_seconds = time.perf_counter() - started
        searcher = Searcher.load(scratch / "index")
        builds = {"today": None, "lr": build_seconds, "fusion+skip": build_seconds,
                  "shipped": build_seconds, "fusion+1.0lr": build_seconds,
                  "fusion+2.0lr": build_seconds}
        results = {"today": _run_today(args.baseline_ref, scratch, sets)}
        variants = {
            "lr": _LogisticAlone(searcher),
            "fusion+skip": dataclasses.replace(
                searcher, config=dataclasses.replace(searcher.config, selector_weight=0.0)),
            "shipped": searcher,
            **{f"fusion+{weight}lr": dataclasses.replace(
                searcher, config=dataclasses.replace(searcher.config, selector_weight=weight))
               for weight in (1.0, 2.0)},
        }
        if not args.no_mlp:
            mlp, mlp_seconds = _mlp_selector(scratch / "index")
            variants["mlp"] = dataclasses.replace(searcher, selector=mlp)
            builds["mlp"] = build_seconds - _selector_seconds(scratch / "index") + mlp_seconds
        for name, variant in variants.items():
            results[name] = {set_name: _run(variant, items) for set_name, items in sets.items()}
        print(f"cold index build (shipped, selector included): {build_seconds:.1f} s")
        _table(results, sets, builds)
        for set_name, items in sets.items():
            _diff(set_name, items, results["today"][set_name], results["shipped"][set_name])
        if args.finetune:
            tuned, seconds = _finetuned_searcher(scratch, args.finetune_steps)
            tuned_results = {name: _run(tuned, items) for name, items in sets.items()}
            _table({"finetune": tuned_results}, sets, {"finetune": seconds})


def _table(results: dict, sets: dict[str, list[EvalItem]], builds: dict) -> None:
    print("\n| variant | set | hit@1 | hit@3 | MRR | answered | refused "
          "| p50 ms | p99 ms | build s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, by_set in results.items():
        for set_name, outcomes in by_set.items():
            print(_row(name, set_name, sets[set_name], outcomes, builds.get(name)), flush=True)


class _LogisticAlone:
    """The selector alone: passages ranked by P(passage), declined at P(skip)."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher

    def search(self, text: str, k: int = 3) -> SearchResult:
        chances = self.searcher.selector.probabilities(self.searcher.encode(text))
        hits = self.searcher._distinct_best(chances[:-1], k)
        return SearchResult(hits, chances[-1] < self.searcher.selector.skip_threshold, "")


@dataclasses.dataclass(frozen=True, eq=False)
class _Mlp:
    """A one-hidden-layer network served with numpy, as the selector would be."""

    layers: tuple[tuple[np.ndarray, np.ndarray], ...]
    skip_threshold: float = 1.0

    @property
    def passages(self) -> int:
        return len(self.layers[-1][1]) - 1

    def probabilities(self, vector: np.ndarray) -> np.ndarray:
        hidden = np.maximum(vector @ self.layers[0][0] + self.layers[0][1], 0.0)
        logits = hidden @ self.layers[1][0] + self.layers[1][1]
        exp = np.exp(logits - logits.max(axis=-1, keepdims=True))
        return exp / exp.sum(axis=-1, keepdims=True)


def _training_data(index_dir: Path):
    from retrieval.index_files import read_index
    from retrieval.questions import QUESTION_VIEW
    from retrieval.selector import training_set

    files = read_index(index_dir)
    return training_set(files.vectors.reconstruct_n(0, files.vectors.ntotal),
                        files.views.reconstruct_n(0, files.views.ntotal), files.view_owners,
                        QUESTION_VIEW, files.off_topic_vectors)


def _selector_seconds(index_dir: Path) -> float:
    """How long training the shipped selector takes (fit + cross-validated calibration)."""
    from retrieval.selector import train_selector

    started = time.perf_counter()
    train_selector(_training_data(index_dir), "")
    return time.perf_counter() - started


def _fit_mlp(data, settings, rows) -> _Mlp:
    from sklearn.neural_network import MLPClassifier
    from threadpoolctl import threadpool_limits

    model = MLPClassifier(hidden_layer_sizes=(256,), alpha=1e-3, max_iter=200,
                          early_stopping=False, random_state=settings.seed)
    with threadpool_limits(1):
        model.fit(data.vectors[rows], data.labels[rows])
    classes = data.passages + 1
    out_w = np.zeros((model.coefs_[1].shape[0], classes), dtype=np.float32)
    out_b = np.full(classes, -1e4, dtype=np.float32)
    out_w[:, model.classes_] = model.coefs_[1]
    out_b[model.classes_] = model.intercepts_[1]
    return _Mlp(((model.coefs_[0].astype(np.float32), model.intercepts_[0].astype(np.float32)),
                 (out_w, out_b)))


def _mlp_selector(index_dir: Path) -> tuple[_Mlp, float]:
    from retrieval.selector import SelectorSettings, calibrate_skip_threshold

    started = time.perf_counter()
    data, settings = _training_data(index_dir), SelectorSettings()
    model = _fit_mlp(data, settings, np.arange(len(data.labels)))
    threshold = calibrate_skip_threshold(data, settings, fit=_fit_mlp)
    model = dataclasses.replace(model, skip_threshold=threshold)
    return model, time.perf_counter() - started


def _finetuned_searcher(scratch: Path, steps: int) -> tuple[Searcher, float]:
    """Fine-tune MiniLM on curated question → passage pairs (in-batch negatives), then build a
    cold index with it. Returns the searcher and fine-tune + build seconds."""
    import torch
    from sentence_transformers import SentenceTransformer, losses

    from retrieval.articles import load_corpus
    from retrieval.chunking import chunk_article
    from retrieval.embedding import resolve_model_path
    from retrieval.index import build_index
    from retrieval.questions import load_questions, questions_folder

    started = time.perf_counter()
    torch.manual_seed(0)
    torch.set_num_threads(2)
    articles = load_corpus(ARTICLES)
    passages = {(p.article_id, p.position): p for a in articles for p in chunk_article(a)}
    pairs = [(q.question, passages[(q.article_id, q.position)].embedding_text)
             for q in load_questions(questions_folder(ARTICLES), articles)]
    model = SentenceTransformer(str(resolve_model_path(DEFAULT_MODEL)), device="cpu")
    model.max_seq_length = 128
    loss = losses.MultipleNegativesRankingLoss(model)  # the other pairs are the negatives
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-5)
    order = np.random.default_rng(0).permutation(len(pairs))
    batches = [order[start:start + 32] for start in range(0, len(order), 32)][:steps]
    model.train()
    for batch in batches:
        features = [model.tokenize([pairs[i][0] for i in batch]),
                    model.tokenize([pairs[i][1] for i in batch])]
        loss(features, None).backward()
        optimiser.step()
        optimiser.zero_grad()
    model.eval()
    folder = scratch / "finetuned"
    model.save(str(folder))
    tuned = time.perf_counter() - started
    build_index(ARTICLES, scratch / "finetuned-index", str(folder))
    total = time.perf_counter() - started
    print(f"fine-tune: {tuned:.1f} s for {len(batches)} steps of 32 pairs; "
          f"with its cold index build {total:.1f} s")
    return Searcher.load(scratch / "finetuned-index"), total


def _run(searcher, items: list[EvalItem]) -> list[Outcome]:
    searcher.search("how do I bond with my baby")
    outcomes = []
    for item in items:
        started = time.perf_counter()
        result = searcher.search(item.q, k=3)
        ms = (time.perf_counter() - started) * 1000
        rank = next((n for n, hit in enumerate(result.hits, 1) if is_hit(item, hit.passage)),
                    None)
        outcomes.append(Outcome(result.answered, rank, ms))
    return outcomes


def _run_today(ref: str, scratch: Path, sets: dict[str, list[EvalItem]]) -> dict:
    """Today's search from git `ref`, in a child process on the same index."""
    tree = scratch / "today"
    archive = subprocess.run(["git", "archive", ref, "retrieval", "safety"], cwd=REPO_ROOT,
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    passages = {(p.article_id, p.position): p for p in Searcher.load(scratch / "index").passages}
    results = {}
    for name, items in sets.items():
        lines = "".join(json.dumps({"q": item.q}) + "\n" for item in items)
        # cwd: `python -c` puts the working directory first on sys.path.
        out = subprocess.run([sys.executable, "-c", TODAY, str(scratch / "index")], input=lines,
                             text=True, capture_output=True, check=True, cwd=tree,
                             env={"PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1",
                                  "TRANSFORMERS_OFFLINE": "1", "PATH": "/usr/bin:/bin"}).stdout
        module, *rows = out.splitlines()
        if not module.startswith(str(tree)):
            raise RuntimeError(f"today's search came from {module}, not from {ref}")
        outcomes = []
        for item, row in zip(items, (json.loads(x) for x in rows), strict=True):
            hits = [passages[(article, position)] for article, position in row["hits"]]
            rank = next((n for n, p in enumerate(hits, 1) if is_hit(item, p)), None)
            outcomes.append(Outcome(row["answered"], rank, row["ms"]))
        results[name] = outcomes
    return results


def _row(name: str, set_name: str, items: list[EvalItem], outcomes: list[Outcome],
         build: float | None) -> str:
    pairs = list(zip(items, outcomes, strict=True))
    inside = [o for i, o in pairs if i.in_scope]
    outside = [o for i, o in pairs if not i.in_scope]
    hit1 = np.mean([o.answered and o.rank == 1 for o in inside])
    hit3 = np.mean([o.answered and o.rank is not None for o in inside])
    mrr = np.mean([1 / o.rank if o.answered and o.rank else 0.0 for o in inside])
    answered = np.mean([o.answered for o in inside])
    refused = np.mean([not o.answered for o in outside])
    ms = [o.ms for o in outcomes]
    built = f"{build:.1f}" if build is not None else "–"
    return (f"| {name} | {set_name} ({len(inside)}+{len(outside)}) | {hit1:.3f} | {hit3:.3f} | "
            f"{mrr:.3f} | {answered:.3f} | {refused:.3f} | {np.percentile(ms, 50):.2f} | "
            f"{np.percentile(ms, 99):.2f} | {built} |")


def _diff(set_name: str, items: list[EvalItem], today: list[Outcome],
          shipped: list[Outcome]) -> None:
    """Questions right for one and wrong for the other (right: a top hit, or a refusal)."""
    def right(item: EvalItem, outcome: Outcome) -> bool:
        return (outcome.answered and outcome.rank == 1) if item.in_scope else not outcome.answered

    gained = [i.q for i, a, b in zip(items, today, shipped, strict=True)
              if right(i, b) and not right(i, a)]
    lost = [i.q for i, a, b in zip(items, today, shipped, strict=True)
            if right(i, a) and not right(i, b)]
    print(f"\n{set_name}: shipped vs today (right = hit@1 when in scope, refused when not): "
          f"+{len(gained)} / -{len(lost)}")
    for q in gained:
        print(f"  + {q}")
    for q in lost:
        print(f"  - {q}")


if __name__ == "__main__":
    main()
