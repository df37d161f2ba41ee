"""Fixtures of the scale tests; the helpers live in scale_support.py (a unique module name,
so test folders do not shadow each other's helpers)."""
from scale_support import *  # noqa: F401,F403
