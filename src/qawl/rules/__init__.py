"""Rule tables: the language knowledge of qawl, kept as readable data.

Each module holds tables only (sets, dicts, tuples of strings) with a comment on what each covers.
Code that uses them normalizes the entries with :func:`qawl.text.normalize.key` at import time, so the
tables are written in ordinary Arabic spelling.
"""
