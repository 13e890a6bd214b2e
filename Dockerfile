# The service in a container: `docker build -t ca-news-monitor .` then
#   docker run -d -v monitor-data:/data ca-news-monitor
# It runs `monitor run` on the same embedded defaults as `make run` (SQLite under /data, the
# bundled sources.yaml); set MONITOR_DATABASE_URL for PostgreSQL (see README, "Deploy").
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY monitor ./monitor
COPY classifiers ./classifiers
COPY notifications ./notifications
COPY storage ./storage
RUN pip install --no-cache-dir --prefix=/install ".[postgres]"

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    MONITOR_DATA_DIR=/data \
    MONITOR_DATABASE_URL=sqlite:////data/monitor.db \
    MONITOR_SOURCES=/app/sources.yaml \
    MONITOR_LOG_FORMAT=json \
    MONITOR_HTTP_ADDR=0.0.0.0:8080
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin monitor \
 && mkdir -p /data /app && chown monitor /data
COPY --from=build /install /usr/local
# The rules compiled once at build time, so the first start does not compile them (README).
RUN python -m monitor.pipeline.rules_cache
COPY sources.yaml /app/sources.yaml
WORKDIR /app
USER monitor
VOLUME ["/data"]
# The web pages, API, feeds, /livez, /readyz and /metrics (README, "Web and API").
EXPOSE 8080
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 CMD ["monitor", "health"]
STOPSIGNAL SIGTERM
CMD ["monitor", "run"]
