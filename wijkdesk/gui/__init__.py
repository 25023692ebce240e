"""The window (PySide6). The only package that imports Qt; it calls services and receives plain
objects, never sessions or ORM classes."""
