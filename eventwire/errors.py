"""Named exceptions. Each message says what was wrong, where, and what to do."""
from __future__ import annotations


class EventwireError(Exception):
    """Base class: the CLI prints the message and exits with ``exit_code``."""

    exit_code = 1


class ConfigError(EventwireError):
    exit_code = 2


class ModelNotFoundError(EventwireError):
    exit_code = 2


class StoreError(EventwireError):
    exit_code = 1


class UsageError(EventwireError):
    exit_code = 2


class NotFound(EventwireError):
    """An id (a canonical event, a story) that the store does not hold."""

    exit_code = 4
