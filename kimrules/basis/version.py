"""The version of kimrules (named in every receipt)."""

__version__ = "0.1.0"
