"""The application core: domain services and use cases. Imports no Qt and writes no SQL."""

__version__ = "0.1.0"
