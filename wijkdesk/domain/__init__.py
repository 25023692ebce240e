"""Plain types and rules. Imports nothing of wijkdesk outside this package."""
