"""Saved timelines: create, read, list, update, delete; names are unique."""
import pytest

from chrono.store import (InvalidWindow, TimelineConflict, create_timeline, delete_timeline, get_timeline,
                          list_timelines, update_timeline)


def test_timeline_crud(empty_store):
    made = create_timeline(empty_store, "Drone attack", from_="2025-12", to="2026-01", q="drones",
                           actors=["Lavrov"], langs=["en", "ru"], sources=["QALAMPIR.UZ"])
    assert made["name"] == "Drone attack" and made["from"] == "2025-12" and made["langs"] == ["en", "ru"]
    assert get_timeline(empty_store, made["id"]) == made
    changed = update_timeline(empty_store, made["id"], q="residence", **{"from": "2025-11"})
    assert changed["q"] == "residence" and changed["from"] == "2025-11" and changed["to"] == "2026-01"
    items, total = list_timelines(empty_store)
    assert total == 1 and items[0]["id"] == made["id"]
    assert delete_timeline(empty_store, made["id"])
    assert get_timeline(empty_store, made["id"]) is None and not delete_timeline(empty_store, made["id"])
    assert update_timeline(empty_store, made["id"], q="x") is None


def test_timeline_names_are_unique_and_windows_checked(empty_store):
    create_timeline(empty_store, "Kyrgyzstan")
    with pytest.raises(TimelineConflict):
        create_timeline(empty_store, "Kyrgyzstan")
    with pytest.raises(InvalidWindow):
        create_timeline(empty_store, "Backwards", from_="2025", to="2024")
