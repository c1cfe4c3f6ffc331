"""Remembers recent answers in memory so their Helpful / Not helpful / More buttons work.

Only passages (corpus text) are kept, never the question; the memory is bounded and
lost on restart, when an old button kindly says the answer has expired.
"""

from __future__ import annotations

import itertools
import secrets
from collections import OrderedDict
from dataclasses import dataclass

from retrieval.search import Hit


@dataclass
class RememberedAnswer:
    shown: tuple[Hit, ...]
    more: tuple[Hit, ...]
    voted: bool = False
    more_taken: bool = False


class AnswerMemory:
    """The last `capacity` answers, by a short token that fits in callback data."""

    def __init__(self, capacity: int = 20_000) -> None:
        self.capacity = capacity
        self._answers: OrderedDict[str, RememberedAnswer] = OrderedDict()
        # A per-process prefix, so a button from before a restart never hits a new answer.
        self._prefix = secrets.token_hex(3)
        self._counter = itertools.count(1)

    def remember(self, shown: tuple[Hit, ...], more: tuple[Hit, ...]) -> str:
        token = f"{self._prefix}{next(self._counter):x}"
        self._answers[token] = RememberedAnswer(shown=shown, more=more)
        while len(self._answers) > self.capacity:
            self._answers.popitem(last=False)
        return token

    def get(self, token: str) -> RememberedAnswer | None:
        return self._answers.get(token)
