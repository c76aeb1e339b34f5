"""The extractor components (one subpackage per kind of fact), and the Python API.

``eventwire.extract`` is both this package and the API call
``eventwire.extract(text, published=...)``: the package module is made callable, so
``import eventwire.extract.events.component`` and ``eventwire.extract("...")`` both work.
"""
from __future__ import annotations

import sys
import types


class _CallablePackage(types.ModuleType):
    def __call__(self, text: str, published: str | None = None, title: str = "", outlet: str = "",
                 url: str | None = None):
        """Everything eventwire finds in one article: an ``eventwire.models.Extraction``."""
        from eventwire.pipeline import extract as _extract

        return _extract(text, published=published, title=title, outlet=outlet, url=url)


sys.modules[__name__].__class__ = _CallablePackage
