"""Statistics and reports (issue 13): figures by SQL aggregation, exports, the CLI."""
