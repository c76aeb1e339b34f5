"""Settings: packaged defaults (``defaults.toml``) overridden key by key by a user file."""
from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError

CONFIG_ENV = "EVENTWIRE_CONFIG"


def _defaults() -> dict[str, dict[str, Any]]:
    text = resources.files("eventwire").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, dict[str, Any]], user: dict[str, Any], origin: str) -> dict:
    merged = {section: dict(values) for section, values in base.items()}
    for section, values in user.items():
        if section not in merged or not isinstance(values, dict):
            raise ConfigError(f"{origin}: unknown section [{section}]; valid sections: {', '.join(merged)}")
        for key, value in values.items():
            if key not in merged[section]:
                raise ConfigError(f"{origin}: unknown key {section}.{key}; valid keys: {', '.join(merged[section])}")
            if type(value) is not type(merged[section][key]):
                expected = type(merged[section][key]).__name__
                raise ConfigError(f"{origin}: {section}.{key} must be {expected}, got {value!r}")
            merged[section][key] = value
    return merged


@lru_cache(maxsize=8)
def load_settings(path: str | None = None) -> dict[str, dict[str, Any]]:
    """Defaults, overridden by ``path`` (or ``$EVENTWIRE_CONFIG``) when given."""
    path = path or os.environ.get(CONFIG_ENV)
    if not path:
        return _defaults()
    file = Path(path)
    if not file.is_file():
        raise ConfigError(f"{path}: config file not found; pass an existing TOML file")
    try:
        user = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file") from exc
    return _merge(_defaults(), user, path)


def setting(section: str, key: str, path: str | None = None) -> Any:
    return load_settings(path)[section][key]
