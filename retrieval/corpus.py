"""Everything the index is built from, checked together: articles, their search questions and
the off-topic subjects, with every problem in every file reported in one go."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from retrieval.articles import Article, read_articles
from retrieval.corpus_problems import CorpusError
from retrieval.questions import SearchQuestion, questions_folder, read_questions
from retrieval.scope import OffTopic, off_topics_file, read_off_topics


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...]
    questions: tuple[SearchQuestion, ...]
    off_topics: tuple[OffTopic, ...]


def load_checked_corpus(articles_dir: Path | str) -> Corpus:
    """The whole corpus, or CorpusError listing every problem in every file, sorted by file and
    line. A broken article does not hide the problems of its questions file."""
    articles, problems, failed = read_articles(articles_dir)
    questions, question_problems = read_questions(questions_folder(articles_dir), articles,
                                                  unchecked=failed)
    off_topics, off_topic_problems = read_off_topics(off_topics_file(articles_dir))
    problems = [*problems, *question_problems, *off_topic_problems]
    if problems:
        raise CorpusError(problems)
    return Corpus(tuple(articles), tuple(questions), tuple(off_topics))
