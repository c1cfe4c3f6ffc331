"""What an operator watches: /healthz, /metrics and JSON logs of `nightlight run`, as a process.

The bot runs against the fake Bot API on loopback; a real HTTP client reads its endpoints.
"""

from __future__ import annotations

import asyncio
import json
import signal

import aiohttp
from fake_bot_api import TOKEN, FakeBotApi
from prometheus_client.parser import text_string_to_metric_families
from test_bot_run import _bot_env, _free_port, _nightlight_command, _until_listening, _wait_for_exit

from bot.live_index import LiveIndex
from bot.metrics import health

QUESTION = "is it normal not to feel a bond with my baby straight away?"
CRISIS = "i cant do this anymore i just want to end it all"
SECRET = "s3cret-webhook-token-for-tests-0123456789"
# Distinctive ids, so a leak into /metrics or a log line cannot hide behind a common number.
PARENT, OTHER_PARENT = 770011223, 880022334


async def _get(http: aiohttp.ClientSession, url: str) -> tuple[int, str]:
    async with http.get(url) as response:
        return response.status, await response.text()


async def _until_index_ready(http: aiohttp.ClientSession, base: str) -> dict:
    async with asyncio.timeout(60):
        while True:
            status, body = await _get(http, f"{base}/healthz")
            if status == 200 and json.loads(body)["status"] == "ok":
                return json.loads(body)
            await asyncio.sleep(0.2)


def _samples(metrics: str) -> dict[tuple[str, tuple], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(metrics)
        for sample in family.samples
    }


async def test_webhook_mode_serves_healthz_and_prometheus_metrics_without_text_or_ids(
    tmp_path, built_index
):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    async with FakeBotApi() as api:
        env = _bot_env(api, tmp_path, built_index, WEBHOOK_URL=f"{base}/hook",
                       WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port), WEBHOOK_SECRET=SECRET)
        process = await asyncio.create_subprocess_exec(
            *_nightlight_command(), env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            await _until_listening(port)
            async with aiohttp.ClientSession() as http:
                healthy = await _until_index_ready(http, base)
                header = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
                for update_id, (text, user) in enumerate(
                    [(QUESTION, PARENT), (CRISIS, OTHER_PARENT)], start=1
                ):
                    update = {"update_id": update_id, "message": api.message(text, user_id=user)}
                    async with http.post(f"{base}/hook", json=update, headers=header) as sent:
                        assert sent.status == 200
                async with http.post(f"{base}/hook", data=b"{not json", headers=header) as bad:
                    assert bad.status == 200  # skipped, and not redelivered by Telegram
                await api.wait_for("sendMessage", PARENT, timeout=30)
                await api.wait_for("sendMessage", OTHER_PARENT, timeout=30)
                status, metrics = await _get(http, f"{base}/metrics")
        finally:
            process.send_signal(signal.SIGINT)
            exit_code = await _wait_for_exit(process, api)

    assert healthy["index"] == "ready" and healthy["index_built_at"]
    assert status == 200
    samples = _samples(metrics)
    messages = "nightlight_messages_total"
    assert samples[(messages, (("category", "none"), ("route", "answer")))] == 1
    assert samples[(messages, (("category", "self_harm_suicide"), ("route", "crisis")))] == 1
    assert samples[("nightlight_pipeline_seconds_count", (("route", "answer"),))] == 1
    assert samples[("nightlight_skipped_updates_total", (("reason", "malformed"),))] == 1
    assert samples[("nightlight_index_ready", ())] == 1
    assert samples[("nightlight_index_age_seconds", ())] >= 0
    build = [labels for name, labels in samples if name == "nightlight_index_build_info"]
    assert dict(build[0])["built_at"] == healthy["index_built_at"]
    for private in (QUESTION, CRISIS, "bond", str(PARENT), str(OTHER_PARENT), TOKEN):
        assert private not in metrics
    assert exit_code == 0


async def test_polling_mode_reports_crisis_only_on_its_health_port_while_crises_get_helplines(
    tmp_path,
):
    port = _free_port()
    async with FakeBotApi() as api:
        # No index at all, and rebuilding is off: the bot can only answer crises.
        env = _bot_env(api, tmp_path, tmp_path / "no-index", NIGHTLIGHT_HEALTH_PORT=str(port))
        process = await asyncio.create_subprocess_exec(
            *_nightlight_command(), env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            await _until_listening(port)
            async with aiohttp.ClientSession() as http:
                async with asyncio.timeout(30):
                    while True:
                        status, body = await _get(http, f"http://127.0.0.1:{port}/healthz")
                        if json.loads(body).get("index") == "failed":
                            break
                        await asyncio.sleep(0.2)
                api.send_text(CRISIS, user_id=PARENT)
                crisis = await api.wait_for("sendMessage", PARENT, timeout=30)
                _, metrics = await _get(http, f"http://127.0.0.1:{port}/metrics")
        finally:
            process.send_signal(signal.SIGINT)
            exit_code = await _wait_for_exit(process, api)

    assert status == 200
    report = json.loads(body)
    assert report["status"] == "crisis_only" and "helplines" in report["detail"]
    assert "116 123" in crisis.text  # Samaritans, from safety/ alone
    samples = _samples(metrics)
    assert samples[("nightlight_index_ready", ())] == 0
    assert samples[("nightlight_index_state", (("state", "failed"),))] == 1
    assert exit_code == 0


async def test_json_logs_give_one_parsable_line_per_message_and_never_its_text_or_user(
    tmp_path, built_index
):
    port = _free_port()
    async with FakeBotApi() as api:
        env = _bot_env(api, tmp_path, built_index, NIGHTLIGHT_LOG_FORMAT="json",
                       NIGHTLIGHT_HEALTH_PORT=str(port))
        output = tmp_path / "bot.log"
        with output.open("wb") as log:
            process = await asyncio.create_subprocess_exec(
                *_nightlight_command(), env=env, stdout=log, stderr=log
            )
            try:
                await _until_listening(port)
                async with aiohttp.ClientSession() as http:
                    await _until_index_ready(http, f"http://127.0.0.1:{port}")
                api.send_text(QUESTION, user_id=PARENT)
                await api.wait_for("sendMessage", PARENT, timeout=30)
                api.send_text(CRISIS, user_id=OTHER_PARENT)
                await api.wait_for("sendMessage", OTHER_PARENT, timeout=30)
            finally:
                process.send_signal(signal.SIGINT)
                exit_code = await _wait_for_exit(process, api)

    raw = output.read_text(encoding="utf-8")
    lines = [json.loads(line) for line in raw.splitlines() if line.strip()]
    messages = [line for line in lines if line.get("event") == "message"]
    assert exit_code == 0
    assert [line["route"] for line in messages] == ["answer", "crisis"]
    assert [line["category"] for line in messages] == [None, "self_harm_suicide"]
    assert [line["safety_level"] for line in messages][1] == "emergency"
    for line in messages:
        assert line["region"] == "uk" and line["latency_ms"] > 0
        assert {"time", "level", "logger", "message"} <= set(line)
    for private in (QUESTION, CRISIS, "bond", str(PARENT), str(OTHER_PARENT), TOKEN):
        assert private not in raw


async def test_the_description_families_see_before_start_is_set_with_the_emergency_line(
    tmp_path, built_index
):
    async with FakeBotApi() as api:
        env = _bot_env(api, tmp_path, built_index, NIGHTLIGHT_REGION="us")
        process = await asyncio.create_subprocess_exec(
            *_nightlight_command(), env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            described = await api.wait_for("setMyShortDescription", timeout=30)
            # Stop only once the bot is up and answering (a crisis needs no index).
            api.send_text(CRISIS, user_id=PARENT)
            await api.wait_for("sendMessage", PARENT, timeout=30)
        finally:
            process.send_signal(signal.SIGINT)
            exit_code = await _wait_for_exit(process, api)

    description = api.descriptions["description"]
    short = described.params["short_description"]
    assert "not monitored by a person" in description and "call 911" in description
    assert "Not monitored" in short and "call 911" in short and len(short) <= 120
    assert "&#39;" not in description  # plain text, not HTML
    assert exit_code == 0


def test_healthz_is_503_while_the_bot_is_not_running_and_200_in_crisis_only_mode(tmp_path):
    live = LiveIndex(tmp_path / "no-index")
    live.fail()

    stopped, _ = health(live, running=False)
    status, body = health(live, running=True)

    assert stopped == 503
    assert status == 200 and body["status"] == "crisis_only"
