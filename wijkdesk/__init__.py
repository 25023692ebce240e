"""wijkdesk: neighbourhood team desk for individual support and collective work."""

__version__ = "0.1.0"
