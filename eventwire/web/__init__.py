"""The web UI: Jinja2 templates (autoescaped), our own JS/CSS in ``static/``, map boundaries from npm."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import jinja2
from fastapi.templating import Jinja2Templates


def static_dir() -> str:
    """The folder of our own JS/CSS (served at ``/static``)."""
    return str(resources.files("eventwire.web").joinpath("static"))


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    """The page templates, with autoescaping on for every template."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("eventwire.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["mark_terms"] = mark_terms
    return Jinja2Templates(env=env)


def mark_terms(text: str, terms: list[str]):
    """``text`` escaped, with each search term wrapped in ``<mark>`` (the only markup added)."""
    import re

    from markupsafe import Markup, escape

    if not terms:
        return escape(text)
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    out, at = [], 0
    for hit in pattern.finditer(text):
        out.append(escape(text[at:hit.start()]))
        out.append(Markup("<mark>") + escape(hit.group(0)) + Markup("</mark>"))
        at = hit.end()
    out.append(escape(text[at:]))
    return Markup("").join(out)
