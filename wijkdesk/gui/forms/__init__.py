"""Code generated from ui/*.ui by pyside6-uic. Never edited by hand."""
