"""Translations: the .ts sources, the .qm files built from them, and the loader."""
