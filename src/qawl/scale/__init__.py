"""Scale-out commands: ``qawl spark`` (the pipeline on Spark) and ``qawl load-parquet`` (its output
into the SQLite store)."""
