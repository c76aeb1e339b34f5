"""The embedded store (DuckDB)."""
from eventwire.store.duck import Store

__all__ = ["Store"]
