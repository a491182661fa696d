"""Central sync: push the outbox, pull the change log, resolve conflicts by policy
(docs/SYNC.md)."""
