"""``s11 serve``: the local web workspace over the same library.

Takes the business unit's uploads (or a folder under ``--data``) and the panel's decisions;
gives live progress, the batch's outputs as ``s11 run`` writes them, the moderation grid and
its export. Runs go through :func:`pipeline.run.batch.run_batch` and are recorded in the same
SQLite history, so nothing is worked out twice.
"""
