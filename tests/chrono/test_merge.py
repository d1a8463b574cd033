"""Events from different reports of the same happening are merged; look-alikes are not."""
from datetime import datetime

import chrono
from chrono.events import build_events
from chrono.merge import link_score, evidence, merge_events, times_overlap
from chrono.model import Document, Event, EventSource, TimeValue


def _seed_events(seed, prefixes):
    events, published = [], {}
    for prefix in prefixes:
        text, entry = seed(prefix)
        doc = Document(id=f"doc{prefix}", text=text, title=entry["title"], lang=entry["lang"],
                       published=entry["published"])
        published[doc.id] = entry["published"]
        events += build_events(doc, chrono.extract(text, entry["published"], entry["lang"]))
    return events, published


def _event(doc, sentence, start, end, grain, value, actors=()):
    time = TimeValue("DATE", value, start, end, grain)
    source = EventSource(document=doc, sentence=sentence, date_text="", span=(0, len(sentence)), lang="en",
                         time=time)
    return Event(id=f"{doc}-{value}", time=time, title=sentence, actors=list(actors), langs=["en"],
                 sources=[source])


def test_drone_attack_is_one_event_across_reports(seed):
    events, published = _seed_events(seed, ["000", "001", "004"])
    merged = merge_events(events, published)
    night = [e for e in merged if e.time and e.time.value == "2025-12-28TNI" and len(e.sources) > 1]
    assert len(night) == 1
    documents = {s.document for s in night[0].sources}
    assert {"doc000", "doc004"} <= documents
    assert all(link["score"] >= 5 and link["evidence"]["kinds"] == ["attack"] for link in night[0].links)


def test_merge_is_deterministic_whatever_the_input_order(seed):
    events, published = _seed_events(seed, ["000", "001", "004"])
    forward = merge_events(events, published)
    backward = merge_events(list(reversed(events)), published)
    assert [(e.id, [s.document for s in e.sources]) for e in forward] == \
           [(e.id, [s.document for s in e.sources]) for e in backward]


def test_talks_and_attack_on_the_same_night_stay_apart():
    night = (datetime(2025, 12, 28, 18), datetime(2025, 12, 29, 6))
    attack = _event("a", "On the night of December 28–29 Ukraine attacked Putin's residence with 91 drones, "
                         "Lavrov said.", *night, "part_of_day", "2025-12-28TNI",
                    ["Ukraine", "Vladimir Putin", "Sergey Lavrov"])
    talks = _event("b", "On the night of December 28 Zelensky held talks with Trump at the Mar-a-Lago residence, "
                        "Ukraine said.", *night, "part_of_day", "2025-12-28TNI",
                   ["Volodymyr Zelensky", "Donald Trump", "Ukraine"])
    assert len(merge_events([attack, talks])) == 2
    assert link_score(evidence(attack), evidence(talks))[0] == 0


def test_english_and_russian_reports_of_the_same_attack_merge():
    night = (datetime(2025, 12, 28, 18), datetime(2025, 12, 29, 6))
    english = _event("en", "Lavrov said Ukraine attacked Putin's residence in the Novgorod region with 91 drones.",
                     *night, "part_of_day", "2025-12-28TNI", ["Sergey Lavrov", "Ukraine", "Vladimir Putin"])
    russian = _event("ru", "Лавров заявил, что Украина атаковала резиденцию Путина в Новгородской области "
                           "91 беспилотником.", datetime(2025, 12, 29), datetime(2025, 12, 30), "day",
                     "2025-12-29", ["Сергей Лавров", "Украина", "Владимир Путин"])
    merged = merge_events([english, russian])
    assert len(merged) == 1 and merged[0].time.value == "2025-12-28TNI"
    assert set(merged[0].links[0]["evidence"]["numbers"]) == {"91"}


def test_times_overlap_at_the_coarser_grain():
    night = TimeValue("TIME", "2025-12-28TNI", datetime(2025, 12, 28, 18), datetime(2025, 12, 29, 6), "part_of_day")
    monday = TimeValue("DATE", "2025-12-29", datetime(2025, 12, 29), datetime(2025, 12, 30), "day")
    tuesday = TimeValue("DATE", "2025-12-30", datetime(2025, 12, 30), datetime(2025, 12, 31), "day")
    assert times_overlap(night, monday) and not times_overlap(night, tuesday)
