"""Assessment: Evidence + self-ratings -> evidence ratings, gaps and drafted questions.

:mod:`.evidence_rating` rates each standard's evidence against the framework's thresholds,
:mod:`.gaps` compares it with the self-rating (and finds plans under Green, stale policies,
no impact), and :mod:`.questions` drafts the panel's question for each gap from
``rules/questions.yml``.
"""
