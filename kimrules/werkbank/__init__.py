"""Tools for the people who write the rules and scenarios (``kimrules regeln …``): scenario coverage,
showing, comparing and starting versions, the sentence list, running the scenarios, open questions."""
