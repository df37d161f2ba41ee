"""Fixtures of the link tests; the helpers live in link_support.py (a unique module name,
so test folders do not shadow each other's helpers)."""
from link_support import *  # noqa: F401,F403
