"""Grounded retrieval: corpus articles → verbatim passages → ONNX embeddings + BM25 → ranked hits.

Public API (import from the submodules; nothing heavy is imported here):
    retrieval.articles    Article, ArticleMeta, CorpusError, load_article, load_corpus
    retrieval.questions   SearchQuestion, load_questions, questions_folder
                          (optional curated search questions: corpus/questions/<article id>.yaml)
    retrieval.scope       OffTopic, load_off_topics, off_topics_file
                          (subjects the sources skip, with questions: corpus/off_topics.yaml)
    retrieval.chunking    Passage, chunk_article
    retrieval.index       build_index, index_status, ensure_index, IndexNotReadyError
    retrieval.build_folders  Manifest, current_build, last_good_build (the index's build folders)
    retrieval.index_files    read_index, IndexFiles (a build's files, read back)
    retrieval.search      Searcher (load, search, articles, topics, manifest), Hit, SearchResult
    retrieval.selector    Selector (probabilities, load), train_selector: learned answer selection
    retrieval.evaluation  load_eval_items, evaluate, EvalReport

Each passage is embedded whole, as 1–3-sentence windows, and through the curated questions whose
anchor falls in it. A message ranks every passage by
    cosine(message, passage) + mean over window sizes of the best window cosine
    + 3 · max(0, best curated-question cosine − 0.5) + 0.4 · BM25 / (BM25 + 6)
    + 0.5 · P(passage),
where P comes from the learned selector (retrieval/selector.py): a logistic regression on the
message's MiniLM vector with one class per passage and one "skip" class, trained at index build
on the curated questions, the passages' own sentence windows and the off-topic questions
(corpus/off_topics.yaml). A message of several sentences is also ranked by its last two asking
sentences (best score per passage kept); after the best passage, another article's passage comes
before one more from the same article when it scores within 0.2.
It is declined when the selector's P(skip) for the whole message reaches the threshold chosen by
cross-validation at build — unless the evidence without the selector's term reaches 1.6, which
no out-of-scope question has reached and which keeps a passage the selector knows only by its
own sentences (a new article without curated questions) answerable.
build_index and `nightlight corpus validate` validate the questions and the off-topic subjects,
and both are part of the content hash (editing one makes the index stale and retrains the
selector).
"""
