"""Evidence: Document + Sections -> Evidence items per standard.

Each sentence under a standard is matched against the indicator rules (:mod:`.finder`,
screened by :mod:`.prefilter`) and judged for strength, assertion < activity < quantified
< impact, by the trained classifier (:mod:`.strength`, scored by :mod:`.linear`; trained by
:mod:`.train`, ``s11 train``).
"""
