"""The Help menu: the user guide, the keyboard shortcuts, About."""
