"""reportwatch services: raw report -> facts -> observations -> enriched -> alerts."""

__version__ = "0.1.0"
