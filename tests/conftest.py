"""Shared by every test: the rule-set cache of the test run lives in a temporary folder, never in
the user's own cache."""

import os
import tempfile

os.environ.setdefault("KIMRULES_CACHE", tempfile.mkdtemp(prefix="kimrules-cache-"))
