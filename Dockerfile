# syntax=docker/dockerfile:1
# Nightlight in two stages (docs/DEPLOY.md):
#   build    installs torch (CPU) and the `build` extra with the project's own `make index`,
#            which validates the articles and builds the search index, ONNX encoder included;
#   runtime  installs only the serving dependencies (no torch), copies the articles and the
#            built index, and runs `nightlight run` as a non-root user.
# Not built on the development machines, which have no Docker engine: every step below is a
# make target or command that CI runs on each change (see docs/DEPLOY.md, "What was tested").

FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends make \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# torch first, from PyTorch's CPU wheel index: the Makefile pins torch==2.13.0, which this
# +cpu build satisfies, so `make` keeps it instead of pulling the multi-GB CUDA build.
RUN python -m venv .venv \
 && .venv/bin/pip install --quiet torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
# = make setup (pip install -e '.[build,poster,dev]') + nightlight corpus build --if-stale
RUN make index PYTHON=python3.11 \
 && .venv/bin/nightlight corpus validate

FROM python:3.11-slim AS runtime
# No torch here, so NIGHTLIGHT_AUTO_REBUILD=0: a stale index is a clear error at start-up,
# never a rebuild attempt. /healthz and /metrics: on WEBHOOK_PORT in webhook mode, on
# NIGHTLIGHT_HEALTH_PORT in polling mode.
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_HUB_DISABLE_PROGRESS_BARS=1 ORT_DISABLE_TELEMETRY=1 \
    NIGHTLIGHT_CORPUS_DIR=/app/corpus \
    NIGHTLIGHT_INDEX_DIR=/app/corpus/index \
    NIGHTLIGHT_DATA_DIR=/data \
    NIGHTLIGHT_AUTO_REBUILD=0 \
    NIGHTLIGHT_LOG_FORMAT=json \
    WEBHOOK_LISTEN=0.0.0.0 \
    WEBHOOK_PORT=8443 \
    NIGHTLIGHT_HEALTH_LISTEN=0.0.0.0 \
    NIGHTLIGHT_HEALTH_PORT=8080
RUN useradd --system --uid 10001 --no-create-home --home-dir /app nightlight \
 && mkdir /data && chown nightlight:nightlight /data
# The serving install only: `pip install .` without extras (measured in docs/DEPLOY.md).
COPY --from=build /src/pyproject.toml /src/README.md /tmp/src/
COPY --from=build /src/bot /tmp/src/bot
COPY --from=build /src/retrieval /tmp/src/retrieval
COPY --from=build /src/safety /tmp/src/safety
RUN pip install --quiet /tmp/src && rm -rf /tmp/src
WORKDIR /app
# The articles (the index's staleness check reads them) and the index built above.
COPY --from=build /src/corpus ./corpus
USER nightlight
VOLUME ["/data"]
EXPOSE 8443 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD python -c "import os, urllib.request as u; \
port = os.environ['WEBHOOK_PORT'] if os.environ.get('WEBHOOK_URL') else os.environ['NIGHTLIGHT_HEALTH_PORT']; \
u.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=4)"
CMD ["nightlight", "run"]
