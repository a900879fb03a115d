"""Year on year: Analyses of one cycle + the history of earlier ones -> what changed.

:mod:`.store` is the SQLite history of every cycle; :mod:`.changes` compares an agency with
its last cycle (rating moves, RATING_UP_WITHOUT_EVIDENCE); :mod:`.recommendations` loads
last cycle's recommendations and lists them per agency, and
:mod:`.recommendation_progress` reads one submission for progress on each.
"""
