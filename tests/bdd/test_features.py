"""Every scenario in ``features/`` as a test (step vocabulary: conftest.py and steps_*.py)."""

from pytest_bdd import scenarios

scenarios("../../features")
