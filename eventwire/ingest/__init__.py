"""Reading news articles from text, JSON Lines, CSV and HTML inputs, with honest rejects."""
from eventwire.ingest.article import make_article
from eventwire.ingest.dates import infer_published
from eventwire.ingest.reader import read_inputs

__all__ = ["infer_published", "make_article", "read_inputs"]
