"""qawl on Spark: the same per-document pipeline (:func:`qawl.pipeline.analyze`) in ``mapPartitions``
over JSONL, Parquet, WARC, text or HTML inputs, writing Parquet tables shaped like the store's
(documents, statements, entities, mentions, doc_entities, claims, skipped); the cross-document steps
run as Spark jobs (entity merging by blocking key, statement clusters by MinHash LSH).

PySpark is an optional extra (``pip install qawl[spark]``); ``qawl load-parquet`` loads the output
into the SQLite store the UI reads. Modules: ``inputs`` (reading), ``rows`` (analysis to table
rows), ``entities`` and ``clusters`` (cross-document jobs), ``job`` (the whole run).
"""
