"""Grounded retrieval: corpus articles → verbatim passages → ONNX embeddings + BM25 → ranked hits.

Public API (import from the submodules; nothing heavy is imported here):
    retrieval.articles    Article, ArticleMeta, CorpusError, load_article, load_corpus
    retrieval.chunking    Passage, chunk_article
    retrieval.index       build_index, index_status, ensure_index, Manifest, IndexNotReadyError
    retrieval.search      Searcher (load, search, articles, topics, manifest), Hit, SearchResult
    retrieval.evaluation  load_eval_items, evaluate, EvalReport
"""
