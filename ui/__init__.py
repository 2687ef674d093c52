"""The Qt front end: screens, item models, dialogs. Calls app/, never storage/ directly."""
