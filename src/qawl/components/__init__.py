"""Pipeline stages. Each module has one ``annotate(doc)`` that appends to its own layers."""
