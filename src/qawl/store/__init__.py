"""The embedded SQLite store: schema, connection, writes of analysed documents, reads for exports."""
