"""Key management over keyring, password hashing, profiles' roles, the audit hash chain."""
