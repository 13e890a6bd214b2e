"""When a subscriber's digest is due: a daily or weekly wall-clock time in their zone.

``Schedule.next_run_after(instant)`` is the only clock arithmetic. It works on
the subscriber's wall clock and converts to UTC per candidate day, so DST is
handled by the zone data rather than by adding 24 hours:

* **Spring forward** (a local time that does not exist, e.g. 02:30 on the day
  New York jumps from 02:00 to 03:00): the run happens at the first instant
  that exists after it, which is the moment of the transition (03:00 EDT).
  The day is not skipped.
* **Fall back** (a local time that happens twice, e.g. 01:30 on the day New
  York goes from 02:00 back to 01:00): the run happens once, at the first
  occurrence (``fold=0``).

The zone data comes from the system (``/usr/share/zoneinfo``) or, when that is
missing (slim containers, Windows), from the ``tzdata`` package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from notifications.errors import InvalidSchedule, UnknownTimezone

ScheduleKind = Literal["daily", "weekly"]
KINDS: tuple[ScheduleKind, ...] = ("daily", "weekly")
WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)

_AT = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


@lru_cache(maxsize=1)
def _zone_names_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def load_zone(name: str) -> ZoneInfo:
    """``ZoneInfo(name)``, or :class:`UnknownTimezone` with a suggestion."""
    if not isinstance(name, str) or not name.strip():
        raise UnknownTimezone(name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        suggestion = _zone_names_by_folded_name().get(name.strip().casefold())
        raise UnknownTimezone(name, suggestion) from exc


def resolve_local(naive: datetime, zone: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time in ``zone``.

    An ambiguous time (fall back) resolves to its first occurrence; a time that
    does not exist (spring forward) resolves to the transition instant, the
    first instant that exists after it.
    """
    earlier = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if earlier.astimezone(zone).replace(tzinfo=None) == naive:
        return earlier
    # In a gap, fold=0 applies the offset from before the transition (landing
    # after it) and fold=1 the offset from after it (landing before it).
    # Bisect between the two for the transition, to the second.
    lo = int(naive.replace(tzinfo=zone, fold=1).astimezone(UTC).timestamp())
    hi = int(earlier.timestamp())
    after = datetime.fromtimestamp(hi, UTC).astimezone(zone).utcoffset()
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, UTC).astimezone(zone).utcoffset() == after:
            hi = mid
        else:
            lo = mid
    return datetime.fromtimestamp(hi, UTC)


def _parse_day(day: int | str | None) -> int | None:
    if day is None or isinstance(day, int):
        return day
    text = day.strip().casefold()
    if text == "":
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    for index, name in enumerate(WEEKDAYS):
        if len(text) >= 3 and name.casefold().startswith(text):
            return index
    raise InvalidSchedule(
        f"unknown weekday {day!r}: use 0-6 (0 = Monday) or a name such as 'mon' or 'monday'"
    )


@dataclass(frozen=True)
class Schedule:
    """A digest schedule: ``daily`` at a time, or ``weekly`` on a day (0 = Monday) at a time."""

    kind: ScheduleKind
    at: time
    day: int | None
    tz: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidSchedule(f"unknown kind {self.kind!r}: use 'daily' or 'weekly'")
        if not isinstance(self.at, time) or self.at.tzinfo is not None:
            raise InvalidSchedule(
                "the time of day must be a wall-clock time without a zone, e.g. 08:00; "
                "put the zone in tz"
            )
        if self.kind == "daily" and self.day is not None:
            raise InvalidSchedule(
                "a day is only used by weekly schedules: drop the day or use 'weekly'"
            )
        if self.kind == "weekly":
            if self.day is None:
                raise InvalidSchedule("a weekly schedule needs a day: 0-6 (0 = Monday) or 'mon'")
            if isinstance(self.day, bool) or not isinstance(self.day, int) \
                    or not 0 <= self.day <= 6:
                raise InvalidSchedule(f"day {self.day!r} is out of range: use 0-6 (0 = Monday)")
        load_zone(self.tz)

    @classmethod
    def parse(cls, schedule: str = "daily", at: str | time = "08:00",
              day: int | str | None = None, tz: str = "UTC") -> Schedule:
        """Build a schedule from user input (CLI flags, a web form)."""
        kind = cast(ScheduleKind, schedule.strip().casefold())
        if isinstance(at, str):
            match = _AT.match(at)
            if not match or int(match[1]) > 23 or int(match[2]) > 59:
                raise InvalidSchedule(
                    f"time of day {at!r} is not HH:MM on a 24-hour clock: "
                    "use e.g. '08:00' or '18:30'"
                )
            at = time(int(match[1]), int(match[2]))
        zone = tz.strip() if isinstance(tz, str) else tz
        return cls(kind=kind, at=at, day=_parse_day(day), tz=zone)

    @property
    def zone(self) -> ZoneInfo:
        return load_zone(self.tz)

    def occurrence_on(self, day: date) -> datetime:
        """The UTC instant of this schedule's wall-clock time on a local date."""
        return resolve_local(datetime.combine(day, self.at), self.zone)

    def next_run_after(self, instant: datetime) -> datetime:
        """The first run strictly after ``instant`` (an aware datetime), in UTC."""
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise ValueError("next_run_after needs an aware datetime, e.g. datetime.now(UTC)")
        local_day = instant.astimezone(self.zone).date()
        # Start a day early: a run on the previous local date can still lie ahead
        # when it was pushed forward by a gap. 16 days covers a week plus zones
        # that once skipped a whole calendar day.
        for offset in range(-1, 16):
            day = local_day + timedelta(days=offset)
            if self.kind == "weekly" and day.weekday() != self.day:
                continue
            run = self.occurrence_on(day)
            if run > instant:
                return run
        raise AssertionError("unreachable: a schedule runs at least once a week")

    def describe(self) -> str:
        """A human line, e.g. ``'weekly on Monday at 08:00 (Asia/Almaty)'``."""
        when = f"at {self.at.strftime('%H:%M')} ({self.tz})"
        if self.kind == "weekly" and self.day is not None:
            return f"weekly on {WEEKDAYS[self.day]} {when}"
        return f"daily {when}"
