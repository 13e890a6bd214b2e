"""SQLAlchemy models, repositories and Alembic migrations (never imports ``monitor``)."""
