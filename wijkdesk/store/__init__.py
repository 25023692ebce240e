"""Storage: the SQLCipher engine, ORM tables, queries, Alembic migrations and backups.

What only SQLite/SQLCipher has (pragmas, keys, the backup API, triggers) lives in
`sqlcipher.py` and in the migrations' SQLite branches, so a PostgreSQL backend can supply its own.
"""
