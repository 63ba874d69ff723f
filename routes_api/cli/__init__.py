"""The ``routes-api`` command line: one module per command group."""

from routes_api.cli.main import main

__all__ = ["main"]
