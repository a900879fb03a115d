"""Running batches: files -> Analyses -> the batch's outputs, whatever goes wrong.

:mod:`.batch` runs a batch and writes it (``s11 run``); :mod:`.executors` analyses files in
worker processes (:mod:`.sandbox`, :mod:`.worker`) within time and memory limits, or on a
Dask cluster (:mod:`.distributed`); :mod:`.cache` keeps finished analyses; :mod:`.console`
reports progress at the terminal.
"""
