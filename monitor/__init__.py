"""The service: settings, CLI, scheduler wiring, fetching, parsing, normalizing and the per-source pipeline.

Dependency direction: ``monitor`` uses ``classifiers``, ``notifications`` and ``storage``;
none of those ever imports ``monitor``.
"""

__version__ = "0.1.0"
