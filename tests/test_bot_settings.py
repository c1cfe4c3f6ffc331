"""Settings read from the environment: the learned crisis net's switch, under its new and its
first name (a deployment written for the old name must keep working)."""

from __future__ import annotations

import pytest

from bot.config import CRISIS_EXAMPLES, Settings


@pytest.mark.parametrize(
    ("environment", "net_on"),
    [
        ({}, True),
        ({"NIGHTLIGHT_CRISIS_NET": "0"}, False),
        ({"NIGHTLIGHT_SECOND_NET": "0"}, False),
        ({"NIGHTLIGHT_SECOND_NET": "0", "NIGHTLIGHT_CRISIS_NET": "1"}, True),
        ({"NIGHTLIGHT_SECOND_NET": "1", "NIGHTLIGHT_CRISIS_NET": "off"}, False),
    ],
)
def test_the_crisis_net_switch_reads_its_new_name_first_and_its_old_name_still(
        monkeypatch, environment, net_on):
    for name in ("NIGHTLIGHT_CRISIS_NET", "NIGHTLIGHT_SECOND_NET"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings = Settings.from_env()
    assert settings.crisis_net is net_on
    assert settings.crisis_examples == (CRISIS_EXAMPLES if net_on else None)
