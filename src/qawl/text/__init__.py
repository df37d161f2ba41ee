"""Text views of a document: normalization with offset maps, tokens, segmentation helpers."""
