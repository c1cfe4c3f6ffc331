"""A build tells the maintainer how far it has got: a bar on a terminal, plain lines in a log."""

from __future__ import annotations

import io

from retrieval.build_progress import BuildProgress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_in_a_log_progress_is_a_few_plain_lines_and_every_item_passes_through():
    log = io.StringIO()
    progress = BuildProgress(log)
    items = list(progress.track(range(40), total=40, what="embedding the corpus", unit="batch"))
    assert items == list(range(40))
    lines = log.getvalue().splitlines()
    assert lines == [f"nightlight build: embedding the corpus: {done} of 40"
                     for done in (10, 20, 30, 40)]
    assert "\r" not in log.getvalue()


def test_on_a_terminal_progress_is_a_bar():
    terminal = Terminal()
    items = list(BuildProgress(terminal).track(range(40), 40, "embedding the corpus", "batch"))
    assert items == list(range(40))
    assert "\r" in terminal.getvalue() and "40/40" in terminal.getvalue()
