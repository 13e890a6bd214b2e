"""The ``monitor`` command line: one module per command group.

- :mod:`monitor.cli.main`: the parser, :func:`main` (tests call it) and :func:`run` (the
  console script); handlers are imported only when their command runs.
- :mod:`monitor.cli.common`: what every command shares (the context, argument types, tables);
  it imports no command.
- :mod:`monitor.cli.poll` (run, poll), :mod:`monitor.cli.stored` (items, stories, sources),
  :mod:`monitor.cli.rules` (classify, eval, reclassify), :mod:`monitor.cli.admin` (db,
  config, health), :mod:`monitor.cli.notify` and its parser :mod:`monitor.cli.notify_parser`
  (subscribers, webhooks, deliveries, digest).

Only the entry points (``monitor/__main__.py``, the console script) import this package.
"""

from monitor.cli.main import build_parser, main, run

__all__ = ["build_parser", "main", "run"]
