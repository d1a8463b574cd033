"""Calendar helpers: offsets of named time zones on the day they apply to."""
from datetime import datetime

import pytest

from chrono import calendar


@pytest.mark.parametrize("zone, moment, offset", [
    ("America/New_York", datetime(2024, 7, 4, 9, 30), "-04:00"),
    ("America/New_York", datetime(2024, 1, 4, 9, 30), "-05:00"),
    ("Europe/Kyiv", datetime(2024, 7, 12, 3, 0), "+03:00"),
    ("Europe/Kyiv", datetime(2024, 1, 12, 3, 0), "+02:00"),
    ("Europe/London", datetime(2024, 1, 12, 3, 0), "Z"),
    ("Asia/Kolkata", datetime(2024, 1, 12, 3, 0), "+05:30"),
    ("+03:00", None, "+03:00"),
    ("Z", datetime(2024, 1, 1), "Z"),
    (None, datetime(2024, 1, 1), ""),
])
def test_zone_offset(zone, moment, offset):
    assert calendar.zone_offset(zone, moment) == offset


def test_a_named_zone_without_a_day_or_unknown_to_the_system_gives_no_offset():
    assert calendar.zone_offset("America/New_York", None) == ""
    assert calendar.zone_offset("Mars/Olympus_Mons", datetime(2024, 1, 1)) == ""
