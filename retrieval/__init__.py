"""Grounded retrieval: corpus articles → verbatim passages → ONNX embeddings + BM25 → ranked hits.

Public API (import from the submodules; nothing heavy is imported here):
    retrieval.articles    Article, ArticleMeta, CorpusError, load_article, load_corpus
    retrieval.questions   SearchQuestion, load_questions, questions_folder
                          (optional curated search questions: corpus/questions/<article id>.yaml)
    retrieval.scope       OffTopic, load_off_topics, off_topics_file
                          (subjects the sources skip, with questions: corpus/off_topics.yaml)
    retrieval.chunking    Passage, chunk_article
    retrieval.index       build_index, index_status, ensure_index, Manifest, IndexNotReadyError
    retrieval.search      Searcher (load, search, articles, topics, manifest), Hit, SearchResult
    retrieval.coverage    SubjectCoverage (assess), WordCoverage: question words no source uses
    retrieval.evaluation  load_eval_items, evaluate, EvalReport

Each passage is embedded whole, as 1–3-sentence windows, and through the curated questions whose
anchor falls in it. A message scores every passage by
    cosine(message, passage) + mean over window sizes of the best window cosine
    + 3 · max(0, best curated-question cosine − 0.5) + 0.4 · BM25 / (BM25 + 6),
and a message of several sentences is also scored by its last two asking sentences (best score per
passage kept); after the best passage, another article's passage comes before one more from the
same article when it scores within 0.2. It is answered only when the whole message scores ≥ 0.6,
some passage or window is ≥ 0.3 cosine away or some curated question ≥ 0.5, and — unless the
whole message scores ≥ 1.6, evidence no out-of-scope question has reached — the message is not
closer to a subject the sources skip (corpus/off_topics.yaml: subjects with parents' questions
about them, loaded by retrieval/scope.py) than to anything the sources hold (passage, window or
curated question), and no asking sentence of it is clearly (by 0.1) closer to one.
A message whose content words include ones no passage uses ("plane", "burp"; feelings and
everyday words never count, see retrieval/coverage.py) — at least a quarter of them — must also
score ≥ 1.2: such a word usually names a subject the sources skip while the rest sounds like them.
build_index and `nightlight corpus validate` validate the questions and the off-topic subjects,
and both are part of the content hash (editing one makes the index stale).
"""
