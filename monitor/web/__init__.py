"""The web side: pages, the JSON API, feeds out, health and metrics (FastAPI on uvicorn).

- :mod:`monitor.web.app`: :func:`create_app`, everything given by the caller.
- :mod:`monitor.web.serve`: uvicorn in the service's event loop (``monitor run``) or alone
  (``monitor web``).
- :mod:`monitor.web.pages`, :mod:`monitor.web.subscribe`, :mod:`monitor.web.admin`,
  :mod:`monitor.web.api`, :mod:`monitor.web.feeds`, :mod:`monitor.web.ops`: the routes.
- :mod:`monitor.web.filters` (the story filters, pure), :mod:`monitor.web.security` (CSRF,
  sessions, headers, rate limits), :mod:`monitor.web.views` (what pages show),
  :mod:`monitor.web.metrics` (Prometheus), :mod:`monitor.web.context` (what routes share).

Only the entry points import this package: ``monitor run`` and ``monitor web`` (the console
script's handlers), so ``monitor poll`` never loads FastAPI, pydantic or uvicorn.
"""
