"""Database pieces of central sync: the sync tables, SQLite capture triggers, the
central change-log triggers (docs/SYNC.md)."""
