"""The panel's decisions: a moderated rating per agency and standard from each of two
reviewers, with a verdict on every flagged gap and a note.

Takes what the panel records (in ``s11 serve``, or later a spreadsheet) and gives the current
moderated grid, every change made to it, its export as the report's agency x standard table,
and agreement figures: tool against panel and reviewer against reviewer.
"""
