"""Settings: read from the environment once, validated, then passed down.

Every setting is an environment variable with the prefix ``MONITOR_``. Any of them can instead
be read from a file by setting ``MONITOR_<NAME>_FILE`` to its path (meant for secrets: Docker and
Kubernetes mount them as files); the file's content, with the trailing newline stripped, is
the value. No other module reads the environment.

The table :data:`SPECS` is the single list of settings: the loader, ``monitor config`` and the
README's configuration reference (checked by a test) all come from it.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError
from monitor.net.addresses import AddressPolicy

from monitor.setting_values import (  # noqa: F401  (parse_duration, format_duration: used by other modules)
    _bool,
    _choice,
    _float,
    _int,
    _str,
    format_duration,
    lease_margin,
    parse_duration,
    parse_wait,
)

PREFIX = "MONITOR_"


@dataclass(frozen=True)
class Spec:
    field: str
    default: str
    parse: Callable[[str], Any]
    help: str
    secret: bool = False

    @property
    def env(self) -> str:
        return PREFIX + self.field.upper()


SPECS: tuple[Spec, ...] = (
    Spec("database_url", "sqlite:///./data/monitor.db", _str,
         "SQLAlchemy URL of the database. SQLite (one instance) or "
         "`postgresql+psycopg://user:pass@host/db` (several instances share it).", secret=True),
    Spec("sources", "./sources.yaml", _str, "Path of the sources file."),
    Spec("data_dir", "./data", _str, "Folder for the SQLite file, the mail folder and the caches of the validated sources file and the compiled rules."),
    Spec("allow_private_hosts", "false", AddressPolicy.parse,
         "Private addresses feeds, articles and webhooks may reach, checked on every redirect "
         "after DNS: `false`, `true` (every private range), or addresses and CIDR ranges "
         "(`127.0.0.1/32,10.20.0.0/16`). Link-local and cloud metadata addresses "
         "(169.254.0.0/16, fe80::/10, 100.100.100.200, fd00:ec2::254, 168.63.129.16) only "
         "when listed explicitly, even with `true`."),
    Spec("log_level", "INFO", _choice("debug", "info", "warning", "error"), "Log level."),
    Spec("log_format", "text", _choice("text", "json"),
         "`text` (key=value) or `json` (one JSON object per line)."),
    Spec("default_interval", "30m", parse_duration,
         "Poll interval of a source that does not set its own."),
    Spec("min_interval", "1m", parse_duration,
         "Smallest interval a source may ask for."),
    Spec("interval_jitter", "0.1", _float,
         "Random spread of each next poll time, as a fraction of the interval."),
    Spec("backoff_base", "2m", parse_duration, "First delay after a failed poll; doubles per failure."),
    Spec("backoff_max", "6h", parse_duration, "Longest delay between polls of a failing source."),
    Spec("tick", "15s", parse_duration, "How often the service looks for due work."),
    Spec("lease", "10m", parse_duration,
         "How long a claimed source stays claimed by one instance before others may take it over; "
         "at least `MONITOR_TOTAL_TIMEOUT` plus 10 s or half of it, whichever is more."),
    Spec("max_concurrency", "32", _int,
         "Feeds fetched at the same time, in all; the service claims no more due sources than it "
         "has free places for (also per host), so instances on one database share the work."),
    Spec("per_host_concurrency", "2", _int, "Feeds fetched at the same time from one host."),
    Spec("connect_timeout", "10s", parse_duration, "TCP/TLS connect timeout."),
    Spec("read_timeout", "30s", parse_duration, "Longest wait for the next bytes of an answer."),
    Spec("total_timeout", "60s", parse_duration, "Longest time for a whole fetch, redirects included."),
    Spec("max_body_bytes", "10000000", _int,
         "Largest feed accepted, counted after decompression."),
    Spec("max_redirects", "5", _int, "Redirects followed per fetch."),
    Spec("user_agent",
         "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
         "Chrome/126.0 Safari/537.36 ca-news-monitor/0.1",
         _str, "User-Agent sent to feed servers (browser-like: some outlets refuse others)."),
    Spec("parse_workers", "0", _int,
         "Processes that parse feeds; 0 means one per CPU core, 1 parses in a thread."),
    Spec("retention_fetch_log", "30d", parse_duration, "How long per-fetch log rows are kept."),
    Spec("rules", "", _str,
         "Classifier vocabulary and rules: a folder or rules file; empty means the bundled "
         "`classifiers/data/`."),
    Spec("dedup_threshold", "0.4", _float,
         "Estimated similarity (0–1) at or above which two items are one story "
         "(see docs/dedup.md for the measurements behind the default)."),
    Spec("dedup_window", "14d", parse_duration,
         "How far back a new item looks for a story to join; older stories are not matched."),
    # --- notifications (docs/notifications.md) ---
    Spec("smtp_host", "", _str,
         "Mail server for digests. Empty: digests are written as `.eml` files into "
         "`MONITOR_MAIL_DIR` instead of being sent."),
    Spec("smtp_port", "587", _int, "Mail server port: 587 (STARTTLS), 465 (SSL) or 25."),
    Spec("smtp_username", "", _str, "Mail server login; empty: no AUTH."),
    Spec("smtp_password", "", _str, "Mail server password (or `MONITOR_SMTP_PASSWORD_FILE`).",
         secret=True),
    Spec("smtp_starttls", "true", _bool,
         "Upgrade the connection with STARTTLS (ignored when `MONITOR_SMTP_SSL` is on)."),
    Spec("smtp_ssl", "false", _bool, "Implicit TLS from the first byte (port 465)."),
    Spec("mail_from", "CA News Monitor <monitor@localhost.localdomain>", _str,
         "Sender of digests, `Name <address>` or an address; its domain is the Message-ID's."),
    Spec("mail_dir", "", _str,
         "Folder for `.eml` files when no SMTP host is set; empty means `<MONITOR_DATA_DIR>/mail`."),
    Spec("public_url", "https://localhost", _str,
         "The https address people reach this service at; unsubscribe and confirmation "
         "links are built on it. An http address only warns, but then digests are not sent and "
         "`subscribers add` refuses (links in emails must be https)."),
    Spec("secret_key", "", _str,
         "Key that signs unsubscribe and confirmation links (at least 16 characters). Empty: "
         "one is generated once and kept in `<MONITOR_DATA_DIR>/secret_key`.", secret=True),
    Spec("delivery_tick", "5s", parse_duration,
         "How often the service sends due deliveries and fans new stories out to webhooks."),
    Spec("delivery_timeout", "10s", parse_duration,
         "Longest time for one webhook request or SMTP conversation; a hang is retried."),
    Spec("delivery_max_attempts", "14", _int,
         "Attempts before a temporarily failing delivery is marked dead."),
    Spec("digest_heartbeat", "false", _bool,
         "Send a digest saying \"no new stories\" when a period has nothing new "
         "(default: send nothing)."),
    # --- full text of articles (monitor/enrich/, docs/architecture.md "Full text") ---
    Spec("fulltext_host_delay", "1s", parse_duration,
         "Least time from the end of one article (or robots.txt) request to the next on the same "
         "host; a larger robots.txt `Crawl-delay` (up to 60 s) wins. One request per host at a time "
         "(docs/enrich.md: why 1 s)."),
    Spec("fulltext_timeout", "20s", parse_duration,
         "Longest time for one article request, from sending it to the last byte; a page that "
         "hangs costs its own item this long."),
    Spec("fulltext_max_bytes", "2000000", _int,
         "Largest article page read, counted after decompression; a larger one is recorded as "
         "too large and not read further."),
    Spec("fulltext_worker_time_limit", "10s", parse_duration,
         "Longest extraction of one page; past it the extraction worker is killed and replaced, "
         "and the item records an extraction timeout."),
    Spec("fulltext_workers", "1", _int, "Extraction worker processes."),
    Spec("fulltext_google_delay", "2s", parse_duration,
         "Least time between two requests to news.google.com when resolving Google News links to "
         "the publisher's URL (one at a time)."),
    Spec("fulltext_tick", "5s", parse_duration,
         "How often the service looks for candidates whose article is to be read."),
    Spec("fulltext_batch", "16", _int,
         "Candidates one instance claims and works at once (instances share the queue)."),
    Spec("fulltext_per_host", "4", _int,
         "Of those, at most this many whose article is on one host (each waits its turn there)."),
    Spec("fulltext_lease", "15m", parse_duration,
         "How long a claimed candidate stays claimed by one instance before another may take it "
         "over; at least (`MONITOR_FULLTEXT_TIMEOUT` + delay) × `MONITOR_FULLTEXT_PER_HOST` plus "
         "the extraction time limit."),
    Spec("fulltext_max_attempts", "5", _int,
         "Attempts at an article that was rate limited, whose robots.txt did not answer, or whose "
         "Google News link is not resolved yet; every other failure is final at once."),
    Spec("fulltext_poll_wait", "5m", parse_wait,
         "How long `monitor poll` waits for the articles of the candidates it found before "
         "saying how many are still pending (they are read later by the service); 0: it does "
         "not wait."),
    Spec("fulltext_hold", "10m", parse_duration,
         "How long alerts and digests wait for a story whose item's article is still being read, "
         "so it is announced once, with its final decision (at most 1h)."),
    # --- the web side (README "Web and API") ---
    Spec("http_addr", "127.0.0.1:8080", _str,
         "`host:port` the web pages, API, feeds, health and metrics listen on (`monitor run`, "
         "`monitor web`); `0.0.0.0:8080` in the container."),
    Spec("admin_token", "", _str,
         "Token for the admin pages and API calls (subscribers, webhooks, deliveries), at least "
         "16 characters; sent as `Authorization: Bearer …`. Empty: admin is off.", secret=True),
    Spec("subscribe_lookback", "7d", parse_duration,
         "A new subscriber's first digest holds the relevant stories of this period before "
         "they subscribed that match their filters."),
    Spec("confirm_expiry", "3d", parse_duration,
         "How long the link in a confirmation email stays valid."),
)

_BY_FIELD = {s.field: s for s in SPECS}


@dataclass(frozen=True)
class Settings:
    database_url: str
    sources: str
    data_dir: str
    allow_private_hosts: AddressPolicy
    log_level: str
    log_format: str
    default_interval: float
    min_interval: float
    interval_jitter: float
    backoff_base: float
    backoff_max: float
    tick: float
    lease: float
    max_concurrency: int
    per_host_concurrency: int
    connect_timeout: float
    read_timeout: float
    total_timeout: float
    max_body_bytes: int
    max_redirects: int
    user_agent: str
    parse_workers: int
    retention_fetch_log: float
    rules: str
    dedup_threshold: float
    dedup_window: float
    smtp_host: str
    smtp_port: int
    smtp_username: str
    smtp_password: str = dataclasses.field(repr=False)
    smtp_starttls: bool
    smtp_ssl: bool
    mail_from: str
    mail_dir: str
    public_url: str
    secret_key: str = dataclasses.field(repr=False)
    delivery_tick: float
    delivery_timeout: float
    delivery_max_attempts: int
    digest_heartbeat: bool
    fulltext_host_delay: float
    fulltext_timeout: float
    fulltext_max_bytes: int
    fulltext_worker_time_limit: float
    fulltext_workers: int
    fulltext_google_delay: float
    fulltext_tick: float
    fulltext_batch: int
    fulltext_per_host: int
    fulltext_lease: float
    fulltext_max_attempts: int
    fulltext_poll_wait: float
    fulltext_hold: float
    http_addr: str
    admin_token: str = dataclasses.field(repr=False)
    subscribe_lookback: float
    confirm_expiry: float

    def __post_init__(self) -> None:
        if not isinstance(self.allow_private_hosts, AddressPolicy):  # an override: a bool or text
            object.__setattr__(self, "allow_private_hosts", AddressPolicy.of(self.allow_private_hosts))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read and validate every setting. Raises :class:`ConfigError` naming the variable and the fix."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for spec in SPECS:
            if spec.field in overrides:
                values[spec.field] = overrides.pop(spec.field)
                continue
            raw, origin = _read(env, spec)
            try:
                values[spec.field] = spec.parse(raw)
            except ValueError as exc:
                raise ConfigError(f"{exc} (default: {spec.default})", field=origin) from None
        if overrides:
            raise TypeError(f"unknown settings: {', '.join(sorted(overrides))}")
        settings = cls(**values)
        settings._check()
        return settings

    def _check(self) -> None:
        if not 0 <= self.interval_jitter < 1:
            raise ConfigError("must be between 0 and 1, e.g. 0.1", field=_BY_FIELD["interval_jitter"].env)
        if self.max_concurrency < 1 or self.per_host_concurrency < 1:
            raise ConfigError("concurrency limits must be at least 1", field=PREFIX + "MAX_CONCURRENCY")
        if not 0 < self.dedup_threshold <= 1:
            raise ConfigError("must be above 0 and at most 1, e.g. 0.4", field=_BY_FIELD["dedup_threshold"].env)
        if self.max_body_bytes < 1024:
            raise ConfigError("must be at least 1024", field=_BY_FIELD["max_body_bytes"].env)
        if self.fulltext_max_bytes < 1024:
            raise ConfigError("must be at least 1024, e.g. 2000000", field=_BY_FIELD["fulltext_max_bytes"].env)
        if not 1 <= self.fulltext_workers <= 16:
            raise ConfigError("must be between 1 and 16, e.g. 1", field=_BY_FIELD["fulltext_workers"].env)
        self._check_together()
        self._check_fulltext()
        self._check_notifications()

    def _check_fulltext(self) -> None:
        for name in ("fulltext_batch", "fulltext_per_host", "fulltext_max_attempts"):
            if getattr(self, name) < 1:
                raise ConfigError("must be at least 1", field=_BY_FIELD[name].env)
        if self.fulltext_hold > 3600:
            raise ConfigError("must be at most 1h: a digest looks back an hour for stories held "
                              "meanwhile; e.g. 10m", field=_BY_FIELD["fulltext_hold"].env)
        need = ((self.fulltext_timeout + self.fulltext_host_delay) * self.fulltext_per_host
                + self.fulltext_worker_time_limit + 10)
        if self.fulltext_lease < need:
            raise ConfigError(
                f"{format_duration(self.fulltext_lease)} is too short: {self.fulltext_per_host} articles "
                f"of one host, each up to MONITOR_FULLTEXT_TIMEOUT={format_duration(self.fulltext_timeout)} "
                f"after the host's delay, then extracted, take up to {format_duration(math.ceil(need))}; "
                "raise it, or lower MONITOR_FULLTEXT_PER_HOST", field=_BY_FIELD["fulltext_lease"].env)

    def _check_together(self) -> None:
        """Settings that are each fine alone but contradict each other."""
        need = self.total_timeout + lease_margin(self.total_timeout)
        if self.lease < need:
            raise ConfigError(
                f"{format_duration(self.lease)} is too short for MONITOR_TOTAL_TIMEOUT="
                f"{format_duration(self.total_timeout)}: a claimed source must stay claimed while it "
                f"is fetched (up to {format_duration(self.total_timeout)}), parsed and stored, or "
                "another instance polls it too; set MONITOR_LEASE to at least "
                f"{format_duration(math.ceil(need))}, or lower MONITOR_TOTAL_TIMEOUT",
                field=_BY_FIELD["lease"].env)
        if self.default_interval < self.min_interval:
            raise ConfigError(
                f"{format_duration(self.default_interval)} is below MONITOR_MIN_INTERVAL="
                f"{format_duration(self.min_interval)}; raise it, or lower MONITOR_MIN_INTERVAL",
                field=_BY_FIELD["default_interval"].env)
        if self.backoff_max < self.backoff_base:
            raise ConfigError(
                f"{format_duration(self.backoff_max)} is below MONITOR_BACKOFF_BASE="
                f"{format_duration(self.backoff_base)}; the longest delay cannot be shorter than "
                "the first", field=_BY_FIELD["backoff_max"].env)

    def _check_notifications(self) -> None:
        """The notification settings: fail at start, naming the variable, not at the first send."""
        if not re.match(r"^https?://[^/\s?#]+", self.public_url) or not self.public_url.isascii() \
                or any(ch.isspace() for ch in self.public_url):
            raise ConfigError(f'"{self.public_url}" is not an http(s) URL; give the https address '
                              "people reach this service at, e.g. https://news.example.org",
                              field=_BY_FIELD["public_url"].env)
        if self.mail_from != _BY_FIELD["mail_from"].default:  # valid (tested): spares loading email
            from email.utils import parseaddr

            from notifications.errors import NotificationsError
            from notifications.message import format_address

            name, address = parseaddr(self.mail_from)
            try:
                format_address(address, name)
            except NotificationsError as exc:
                raise ConfigError(str(exc), field=_BY_FIELD["mail_from"].env) from None
        if self.secret_key and len(self.secret_key.encode()) < 16:
            raise ConfigError("is shorter than 16 characters; use e.g. the output of "
                              "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`",
                              field=_BY_FIELD["secret_key"].env)
        if self.smtp_password and not self.smtp_username:
            raise ConfigError("a password is set but no username; set MONITOR_SMTP_USERNAME",
                              field=_BY_FIELD["smtp_password"].env)
        if not 0 < self.smtp_port < 65536:
            raise ConfigError("must be a port number: 587 (STARTTLS), 465 (SSL) or 25",
                              field=_BY_FIELD["smtp_port"].env)
        if self.smtp_host:
            from notifications.errors import NotificationsError
            from notifications.mail import SmtpConfig

            try:
                SmtpConfig(self.smtp_host, self.smtp_port, self.smtp_username or None,
                           self.smtp_password or None,
                           starttls=self.smtp_starttls and not self.smtp_ssl, ssl=self.smtp_ssl)
            except NotificationsError as exc:
                raise ConfigError(str(exc), field=_BY_FIELD["smtp_host"].env) from None
        if self.delivery_max_attempts < 1:
            raise ConfigError("must be at least 1", field=_BY_FIELD["delivery_max_attempts"].env)
        self._check_web()

    def _check_web(self) -> None:
        try:
            self.http_host_port
        except ValueError as exc:
            raise ConfigError(str(exc), field=_BY_FIELD["http_addr"].env) from None
        if self.admin_token and len(self.admin_token.encode()) < 16:
            raise ConfigError("is shorter than 16 characters; use e.g. the output of "
                              "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`",
                              field=_BY_FIELD["admin_token"].env)

    @property
    def http_host_port(self) -> tuple[str, int]:
        """``MONITOR_HTTP_ADDR`` split: ``("127.0.0.1", 8080)``; ``[::1]:8080`` for IPv6."""
        host, sep, port = self.http_addr.strip().rpartition(":")
        host = host.strip("[]")
        if not sep or not host or not (port.isascii() and port.isdigit()) or not 0 <= int(port) < 65536:
            raise ValueError(f'"{self.http_addr}" is not host:port, e.g. 127.0.0.1:8080 or 0.0.0.0:8080')
        return host, int(port)

    @property
    def public_url_problem(self) -> str | None:
        """Why links built on ``MONITOR_PUBLIC_URL`` cannot go into emails (None when they can).

        An http address is accepted at start (a test setup, an instance that only sends
        webhooks), but every link in an email must be https: RFC 8058 one-click unsubscribe
        requires it, and a link over http hands the unsubscribe token to the network. So the
        commands that build such links refuse to run (``digest send``, ``subscribers add``), the
        service queues no digest (periods stay open: nothing is lost), and every other command
        warns. A loopback address (``http://127.0.0.1:8080``, ``http://localhost:8080``) is the
        exception: links to it never cross a network, and it is how the service is tried out and
        tested on one machine.
        """
        from notifications.text import is_loopback_url  # here: building the CLI's parser loads no notifications module

        if self.public_url.startswith("https://") or is_loopback_url(self.public_url):
            return None
        return (f'"{self.public_url}" is not https: links in emails (unsubscribe, confirmation) '
                "need https (one-click unsubscribe, RFC 8058), so no digest is sent and no "
                "subscriber added until it is; set it to the https address of this service, "
                "e.g. https://news.example.org")

    @property
    def mail_path(self) -> Path:
        """Where ``.eml`` files go when no SMTP host is set."""
        return Path(self.mail_dir) if self.mail_dir else Path(self.data_dir) / "mail"

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir)

    def redacted(self) -> dict[str, str]:
        """Every setting as text, secrets masked: what ``monitor config`` prints."""
        out = {}
        for spec in SPECS:
            value = getattr(self, spec.field)
            text = str(value)
            if spec.field == "database_url":
                text = redact_url(text)
            elif spec.secret and value:
                text = "********"
            out[spec.env] = text
        return out


def redact_url(url: str) -> str:
    """Hide the password in a database URL (``postgresql://u:secret@h/db`` → ``postgresql://u:***@h/db``)."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


def _read(env: Mapping[str, str], spec: Spec) -> tuple[str, str]:
    file_var = spec.env + "_FILE"
    if env.get(file_var):
        path = env[file_var]
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n"), file_var
        except OSError as exc:
            raise ConfigError(f"cannot read {path}: {exc.strerror}; point it at a readable file",
                              field=file_var) from None
    if spec.env in env:
        return env[spec.env], spec.env
    return spec.default, spec.env


def unknown_variables(environ: Mapping[str, str] | None = None) -> list[str]:
    """``MONITOR_*`` variables that are not settings (likely typos), for a warning at start."""
    env = os.environ if environ is None else environ
    known = {s.env for s in SPECS} | {s.env + "_FILE" for s in SPECS}
    return sorted(k for k in env if k.startswith(PREFIX) and k not in known
                  and not k.startswith(PREFIX + "TEST_"))
