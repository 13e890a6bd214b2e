from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from notifications.errors import InvalidSchedule, UnknownTimezone
from notifications.schedule import Schedule, resolve_local


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def daily(at: str, tz: str) -> Schedule:
    return Schedule.parse("daily", at, None, tz)


@pytest.mark.parametrize(
    ("schedule", "instant", "expected"),
    [
        # America/New_York: DST from 2026-03-08 02:00 EST to 03:00 EDT; back 2026-11-01 02:00 EDT.
        pytest.param(daily("08:00", "America/New_York"), utc(2026, 3, 7, 14),
                     utc(2026, 3, 8, 12), id="ny-across-spring-forward-keeps-wall-clock"),
        pytest.param(daily("02:30", "America/New_York"), utc(2026, 3, 7, 8),
                     utc(2026, 3, 8, 7), id="ny-nonexistent-0230-runs-at-0300-edt"),
        pytest.param(daily("02:30", "America/New_York"), utc(2026, 3, 8, 7),
                     utc(2026, 3, 9, 6, 30), id="ny-day-after-gap-normal-again"),
        pytest.param(daily("01:30", "America/New_York"), utc(2026, 11, 1, 4),
                     utc(2026, 11, 1, 5, 30), id="ny-ambiguous-0130-first-occurrence"),
        pytest.param(daily("01:30", "America/New_York"), utc(2026, 11, 1, 5, 30),
                     utc(2026, 11, 2, 6, 30), id="ny-ambiguous-runs-once-not-at-second"),
        pytest.param(daily("01:30", "America/New_York"), utc(2026, 11, 1, 6),
                     utc(2026, 11, 2, 6, 30), id="ny-between-the-two-0130s"),
        pytest.param(daily("08:00", "America/New_York"), utc(2026, 10, 31, 13),
                     utc(2026, 11, 1, 13), id="ny-across-fall-back-keeps-wall-clock"),
        # Europe/Berlin: DST from 2026-03-29 02:00 CET to 03:00 CEST; back 2026-10-25 03:00.
        pytest.param(daily("02:30", "Europe/Berlin"), utc(2026, 3, 28, 12),
                     utc(2026, 3, 29, 1), id="berlin-nonexistent-0230-runs-at-0300-cest"),
        pytest.param(Schedule.parse("weekly", "02:30", "sun", "Europe/Berlin"),
                     utc(2026, 3, 23, 12), utc(2026, 3, 29, 1), id="berlin-weekly-in-gap"),
        pytest.param(daily("02:30", "Europe/Berlin"), utc(2026, 10, 24, 12),
                     utc(2026, 10, 25, 0, 30), id="berlin-ambiguous-first-occurrence"),
        pytest.param(daily("02:30", "Europe/Berlin"), utc(2026, 10, 25, 0, 30),
                     utc(2026, 10, 26, 1, 30), id="berlin-ambiguous-runs-once"),
        # Asia/Almaty: UTC+5 all year since 2024-03-01 (tzdata 2024a).
        pytest.param(daily("08:00", "Asia/Almaty"), utc(2026, 11, 3, 12),
                     utc(2026, 11, 4, 3), id="almaty-next-morning"),
        pytest.param(daily("08:00", "Asia/Almaty"), utc(2026, 11, 4, 2, 59),
                     utc(2026, 11, 4, 3), id="almaty-same-day-later"),
        pytest.param(daily("08:00", "Asia/Almaty"), utc(2026, 11, 4, 3),
                     utc(2026, 11, 5, 3), id="almaty-strictly-after"),
        pytest.param(Schedule.parse("weekly", "09:00", 0, "Asia/Almaty"), utc(2026, 11, 4, 12),
                     utc(2026, 11, 9, 4), id="almaty-weekly-monday"),
        pytest.param(Schedule.parse("weekly", "09:00", 0, "Asia/Almaty"), utc(2026, 11, 9, 3),
                     utc(2026, 11, 9, 4), id="almaty-weekly-same-day-before"),
        pytest.param(Schedule.parse("weekly", "09:00", 0, "Asia/Almaty"), utc(2026, 11, 9, 4),
                     utc(2026, 11, 16, 4), id="almaty-weekly-a-week-later"),
        # 2024-03-01 00:00 (+06) Almaty went back to 2024-02-29 23:00 (+05): 23:30 happened twice.
        pytest.param(daily("23:30", "Asia/Almaty"), utc(2024, 2, 29, 12),
                     utc(2024, 2, 29, 17, 30), id="almaty-2024-switch-first-2330"),
        pytest.param(daily("23:30", "Asia/Almaty"), utc(2024, 2, 29, 17, 30),
                     utc(2024, 3, 1, 18, 30), id="almaty-2024-switch-runs-once"),
        pytest.param(daily("00:00", "UTC"), utc(2026, 12, 31, 23, 59),
                     utc(2027, 1, 1), id="utc-new-year"),
    ],
)
def test_next_run_after(schedule: Schedule, instant: datetime, expected: datetime) -> None:
    result = schedule.next_run_after(instant)
    assert result == expected
    assert result.tzinfo is UTC


def test_next_run_after_accepts_any_aware_instant() -> None:
    berlin_noon = datetime(2026, 11, 3, 12, tzinfo=timezone(timedelta(hours=1)))
    assert daily("08:00", "Asia/Almaty").next_run_after(berlin_noon) == utc(2026, 11, 4, 3)


def test_next_run_after_rejects_naive() -> None:
    with pytest.raises(ValueError, match="aware"):
        daily("08:00", "UTC").next_run_after(datetime(2026, 1, 1))


def test_a_year_of_daily_runs_in_new_york_is_one_per_day() -> None:
    schedule = daily("02:30", "America/New_York")
    runs, instant = [], utc(2026, 1, 1)
    while instant < utc(2027, 1, 1):
        instant = schedule.next_run_after(instant)
        runs.append(instant)
    local_days = [r.astimezone(schedule.zone).date() for r in runs[:-1]]
    assert len(local_days) == len(set(local_days)) == 365


def test_resolve_local_gap_is_the_transition_instant() -> None:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("America/New_York")
    assert resolve_local(datetime(2026, 3, 8, 2, 59, 59), zone) == utc(2026, 3, 8, 7)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(("daily", "08:00", None, "Asia/Almaty"),
                     Schedule("daily", time(8), None, "Asia/Almaty"), id="daily"),
        pytest.param((" Weekly ", "7:05", "Monday", " Europe/Berlin "),
                     Schedule("weekly", time(7, 5), 0, "Europe/Berlin"), id="weekly-name"),
        pytest.param(("weekly", "23:59", "6", "UTC"), Schedule("weekly", time(23, 59), 6, "UTC"),
                     id="weekly-digit-string"),
        pytest.param(("weekly", "00:00", "fri", "UTC"), Schedule("weekly", time(0), 4, "UTC"),
                     id="weekly-abbrev"),
    ],
)
def test_schedule_parse(args: tuple, expected: Schedule) -> None:
    assert Schedule.parse(*args) == expected


@pytest.mark.parametrize(
    ("args", "error", "fragment"),
    [
        pytest.param(("hourly", "08:00", None, "UTC"), InvalidSchedule, "'daily' or 'weekly'",
                     id="unknown-kind"),
        pytest.param(("daily", "8am", None, "UTC"), InvalidSchedule, "HH:MM", id="am-pm"),
        pytest.param(("daily", "24:00", None, "UTC"), InvalidSchedule, "HH:MM", id="hour-24"),
        pytest.param(("daily", "08:60", None, "UTC"), InvalidSchedule, "HH:MM", id="minute-60"),
        pytest.param(("daily", "08:00", 1, "UTC"), InvalidSchedule, "only used by weekly",
                     id="daily-with-day"),
        pytest.param(("weekly", "08:00", None, "UTC"), InvalidSchedule, "needs a day",
                     id="weekly-without-day"),
        pytest.param(("weekly", "08:00", 7, "UTC"), InvalidSchedule, "0-6", id="day-7"),
        pytest.param(("weekly", "08:00", "someday", "UTC"), InvalidSchedule, "unknown weekday",
                     id="day-name"),
        pytest.param(("daily", "08:00", None, "Asia/Almati"), UnknownTimezone, "IANA",
                     id="typo-zone"),
        pytest.param(("daily", "08:00", None, "asia/almaty"), UnknownTimezone,
                     "did you mean 'Asia/Almaty'", id="wrong-case-suggests"),
        pytest.param(("daily", "08:00", None, "GMT+5"), UnknownTimezone, "IANA",
                     id="not-a-zone-name"),
        pytest.param(("daily", "08:00", None, "../../etc/passwd"), UnknownTimezone, "IANA",
                     id="path-traversal"),
        pytest.param(("daily", "08:00", None, ""), UnknownTimezone, "IANA", id="empty-zone"),
    ],
)
def test_schedule_parse_errors(args: tuple, error: type[Exception], fragment: str) -> None:
    with pytest.raises(error, match=fragment.replace("(", r"\(").replace(")", r"\)")) as caught:
        Schedule.parse(*args)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("schedule", "text"),
    [
        pytest.param(daily("08:00", "Asia/Almaty"), "daily at 08:00 (Asia/Almaty)", id="daily"),
        pytest.param(Schedule.parse("weekly", "18:30", 4, "Europe/Berlin"),
                     "weekly on Friday at 18:30 (Europe/Berlin)", id="weekly"),
    ],
)
def test_schedule_describe(schedule: Schedule, text: str) -> None:
    assert schedule.describe() == text
