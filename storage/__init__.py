"""Everything that touches the SQLCipher vault files. Imports no Qt; returns plain dataclasses."""
