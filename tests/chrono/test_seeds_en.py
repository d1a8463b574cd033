"""Every date phrase in the bodies of the English seeds, normalized against the manifest date."""
import pytest

import chrono

EXPECTED = {
    "000": [
        ("December 30", "2025-12-30", "2025-12-30T00:00:00", "2025-12-31T00:00:00"),
        ("New Year", "2026-01-01", "2026-01-01T00:00:00", "2026-01-02T00:00:00"),   # the upcoming New Year
        ("the outgoing year", "2025", "2025-01-01T00:00:00", "2026-01-01T00:00:00"),
        ("New Year’s", "2026-01-01", "2026-01-01T00:00:00", "2026-01-02T00:00:00"),   # New Year’s greetings
        ("the night of December 28–29", "2025-12-28TNI", "2025-12-28T18:00:00", "2025-12-29T06:00:00"),
    ],
    "001": [
        ("Monday", "2025-12-29", "2025-12-29T00:00:00", "2025-12-30T00:00:00"),
    ],
    "004": [
        ("the eve of the New Year", "2025-12-31", "2025-12-31T00:00:00", "2026-01-01T00:00:00"),
        ("the night of December 29", "2025-12-28TNI", "2025-12-28T18:00:00", "2025-12-29T06:00:00"),
        ("formerly", "PAST_REF", None, None),
        ("the beginning of 2025", "2025", "2025-01-01T00:00:00", "2026-01-01T00:00:00"),
        ("December 31", "2025-12-31", "2025-12-31T00:00:00", "2026-01-01T00:00:00"),
        ("the night of December 29", "2025-12-28TNI", "2025-12-28T18:00:00", "2025-12-29T06:00:00"),
        ("January 1", "2026-01-01", "2026-01-01T00:00:00", "2026-01-02T00:00:00"),
    ],
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_every_date_phrase_of_the_seed(seed, prefix):
    text, entry = seed(prefix)
    mentions = chrono.extract(text, ref=entry["published"], lang=entry["lang"])
    got = [(m.text, m.value, m.time.start and m.time.start.isoformat(), m.time.end and m.time.end.isoformat())
           for m in mentions]
    assert got == EXPECTED[prefix]


def test_beginning_of_2025_is_marked_start(seed):
    text, entry = seed("004")
    mention = next(m for m in chrono.extract(text, entry["published"], "en") if "2025" in m.text)
    assert mention.time.mod == "START"


def test_language_is_detected_for_english_seeds(seed):
    for prefix in ("000", "001", "004"):
        text, _ = seed(prefix)
        assert chrono.detect_language(text) == "en"
