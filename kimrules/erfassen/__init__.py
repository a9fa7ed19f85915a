"""The guided interview (``kimrules erfassen``): builds or completes a client file by asking, one at
a time, only what can change the result of the Vorprüfung.

:mod:`~kimrules.erfassen.fragen` which field settles which facts; :mod:`~kimrules.erfassen.relevanz`
which facts matter now; :mod:`~kimrules.erfassen.interview` the next question and what an answer
does; :mod:`~kimrules.erfassen.eingabe` typed answers; :mod:`~kimrules.erfassen.datei` the file
(round trip, atomic save); :mod:`~kimrules.erfassen.dialog` the conversation at the terminal.
"""
