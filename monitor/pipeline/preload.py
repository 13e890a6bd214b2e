"""What the parse workers' fork server loads once, before it forks them.

Imported by the fork server (``multiprocessing``'s ``forkserver`` start method, see
:class:`monitor.pipeline.workers.Analyser`): feedparser, numpy's tables and the compiled bundled classifier
are built here once (the classifier read from the compiled rules' cache in the data folder the
parent names, ``monitor/pipeline/rules_cache.py``). The objects are then frozen out of the garbage collector's reach
(``gc.freeze``), so the collector never writes to their pages, and the workers forked from the
server share those pages instead of each building and holding its own copy.
"""

# What each worker imports to run (its loop, its call and result queues, its own process
# object): about 10 ms a worker when they were left to it.
import concurrent.futures.process  # noqa: F401
import gc
import multiprocessing.popen_forkserver  # noqa: F401
import multiprocessing.queues  # noqa: F401
import multiprocessing.synchronize  # noqa: F401
import os

from monitor.pipeline.memory import trim
from monitor.pipeline.analyse import CACHE_DIR_VARIABLE, warm_up

warm_up(os.environ.get(CACHE_DIR_VARIABLE))  # the folder its parent keeps the compiled rules in
gc.collect()
gc.freeze()
trim()  # give back what compiling the rules freed, before the workers fork and inherit it
