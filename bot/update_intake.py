"""getUpdates that one bad update cannot stop.

python-telegram-bot 22 decodes a whole getUpdates batch at once (`Update.de_list` in
`Bot.get_updates`). One update it cannot decode (a field a newer Bot API added, or an older
local Bot API server left out) fails the batch: the library logs the raw batch at CRITICAL,
message text included, and asks for the same batch again, forever, so nobody is answered.
Upstream has discussed skipping such updates (python-telegram-bot #1609, PR #1651, closed
unmerged); the library leaves it to the application.

The library's own hook for this is the request object it uses only for getUpdates
(`ApplicationBuilder.get_updates_request`). `UpdateIntakeRequest` decodes each update of
the batch on its own before the library does; one that fails is replaced by a bare
`{"update_id": N}`, which the library accepts, no handler matches, and whose id still moves
the offset on, so Telegram forgets it. It is counted and logged by id and error type,
never with its content.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)


class UpdateIntakeRequest(HTTPXRequest):
    """The getUpdates request: decodes updates one by one and skips the undecodable."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.skipped_updates = 0

    async def post(self, url: str, *args: Any, **kwargs: Any) -> Any:
        result = await super().post(url, *args, **kwargs)
        if not url.endswith("/getUpdates") or not isinstance(result, list):
            return result
        return [self._checked(raw) for raw in result if self._has_id(raw)]

    def _has_id(self, raw: object) -> bool:
        if isinstance(raw, dict) and isinstance(raw.get("update_id"), int):
            return True
        # Nothing to confirm it by; Telegram's offset moves on with the next good update.
        self.skipped_updates += 1
        log.warning("skipped an update without an update_id (%s)", type(raw).__name__)
        return False

    def _checked(self, raw: dict[str, Any]) -> dict[str, Any]:
        try:
            Update.de_json(raw, None)
        except Exception as error:  # noqa: BLE001 - whatever the reason, skip just this one
            self.skipped_updates += 1
            kinds = sorted(key for key in raw if key != "update_id")
            log.warning(
                "skipped update %d: python-telegram-bot could not decode it (%s in %s); "
                "%d skipped so far", raw["update_id"], type(error).__name__,
                ",".join(kinds) or "nothing", self.skipped_updates,
            )
            return {"update_id": raw["update_id"]}
        return raw
