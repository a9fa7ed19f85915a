"""Output: the report dict, printable text, checklists, the calendar file.

The kinds and formats of checklists are named here so that the command line can offer them
without loading the renderers.
"""

ARTEN = ("fallplan", "pruefschema", "merkblatt")
FORMATE = ("md", "html", "pdf")
