"""YAML data files (lexicons, dictionaries, gazetteer additions) read with libyaml when present.

PyYAML's pure-Python parser takes seconds over eventwire's data files at every start-up; its
libyaml binding (``CSafeLoader``, in PyYAML's wheels) reads the same documents ten times faster.
Both are the safe loader: plain data only, no Python objects.
"""
from __future__ import annotations

from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """The data of one YAML document (``yaml.safe_load``, through libyaml when available)."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
