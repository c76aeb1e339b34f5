"""The HTTP API and web UI server: ``create_app(db_path)`` builds the FastAPI application."""
from eventwire.api.app import ApiSettings, create_app

__all__ = ["ApiSettings", "create_app"]
