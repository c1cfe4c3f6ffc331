"""Nightlight's Telegram bot and command-line interface."""
