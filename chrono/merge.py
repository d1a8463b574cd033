"""The same happening told by several sentences becomes one canonical event with every source."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache

from .actors import actor_kind, lemma, name_key, place_key, words
from .model import Event, TimeValue

GRAIN_ORDER = ("second", "minute", "hour", "part_of_day", "day", "week", "month", "season", "quarter", "half",
               "year", "decade", "century")
THRESHOLD = 5
UNANCHORED_THRESHOLD = 6
COMPARED_MEMBERS = 8  # a sentence joins an event by agreeing with its earliest members
KIND_WEIGHTS = {"talks": 2, "attack": 2}  # common kinds say less than rare ones (3)
WIDE_GAP_EXTRA = 2

# What kind of happening a sentence reports; two sentences naming only different kinds are different events.
EVENT_KINDS = {
    "attack": "attack strike assault raid bomb bombing shelling shell target targeting terrorist атака атаковать удар "
              "ударить нападение напасть обстрел обстрелять теракт бомбардировка",
    "talks": "talk talks negotiation negotiations negotiate meet meeting met summit visit call conversation phone "
             "переговоры встреча встретиться саммит визит разговор беседа созвониться",
    "ceasefire": "ceasefire truce прекращение перемирие",
    "clash": "clash clashes fighting conflict skirmish firefight конфликт столкновение перестрелка бой",
    "election": "election elections vote voting выборы голосование",
    "resignation": "resign resignation resigned уход отставка",
    "launch": "launch launched запуск запустить",
    "death": "die died death killed dead погибнуть гибель умереть скончаться",
}
# Words that mean the same thing in English and Russian, folded to one concept.
CONCEPTS = {
    "drone": "drone drones uav беспилотник дрон бпла", "residence": "residence резиденция",
    "president": "president presidential президент президентский", "border": "border граница приграничный",
    "satellite": "satellite спутник", "minister": "minister министр", "region": "region область регион",
    "military": "military army troops военный армия войска", "independence": "independence независимость",
    "novgorod": "novgorod новгородский новгород", "defense": "defense defence air-defense пво оборона",
    "successor": "successor преемник", "wreath": "wreath венок", "refinery": "refinery нпз",
    "lead": "led lead leads возглавлять возглавить руководить",
}
# Adjectives and capitals that name a country's side without naming the country («украинский», "Kyiv").
COUNTRY_WORDS = {
    "Ukraine": "ukrainian kyiv kiev украинский киев", "Russia": "russian moscow российский русский москва",
    "Kazakhstan": "kazakh kazakhstani astana казахстанский астана", "Kyrgyzstan": "kyrgyz bishkek киргизский бишкек",
    "Tajikistan": "tajik dushanbe таджикский душанбе", "Uzbekistan": "uzbek tashkent узбекский ташкент",
    "Pakistan": "pakistani islamabad пакистанский", "Iran": "iranian tehran иранский тегеран",
    "United States": "american вашингтон американский",
}
# Words that only say when (the date phrase carries the time) and carry no content.
_TIME_WORDS = set("""january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday night morning evening afternoon today yesterday tomorrow eve
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь понедельник вторник среда четверг
пятница суббота воскресенье ночь утро вечер день сегодня вчера завтра канун""".split())
_PLACE_WORDS = {"область", "край", "республика", "район", "region", "province", "oblast", "district", "republic"}
_CONCEPT_NAMES = set(CONCEPTS) | set(EVENT_KINDS)
_COUNTRY_OF_WORD = {w: country for country, text in COUNTRY_WORDS.items() for w in text.split()}
_WORD_CONCEPT = {w: concept for concept, text in {**EVENT_KINDS, **CONCEPTS}.items() for w in text.split()}
_STOPWORDS = set("""that this with from have has had were was been being which their there they them than then into
about after before over under also said says said stated claimed according would could should will such other
these those while where when what some more most many much only just even very being upon onto during against
within without whether between reportedly allegedly earlier later last next first second year years month day
что это как так его она они было были будет также который которая которые после перед этого этой году года
""".split())
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|"
          r"август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)")
_DAY_AND_MONTH = re.compile(rf"\b\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?\s+{_MONTH}\b|\b{_MONTH}\s+\d{{1,2}}"
                            rf"(?:\s*[-–—]\s*\d{{1,2}})?\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![\d.,]*\d)")


@dataclass(frozen=True)
class Evidence:
    """What a sentence offers for comparison: person keys, place keys, numbers, words, kinds."""

    persons: frozenset
    places: frozenset
    numbers: frozenset
    words: frozenset
    kinds: frozenset


def evidence(event: Event) -> Evidence:
    """The comparable content of an event's sentences and actors."""
    persons, places, numbers, vocab = set(), set(), set(), set()
    for actor in event.actors:
        parts = actor.split()
        if actor_kind(actor) == "PER":
            persons.add(name_key(parts[-1]))
        else:
            places.add(place_key(actor if parts[-1].lower() not in _PLACE_WORDS else parts[0]))
    for source in event.sources:
        sentence = source.sentence
        if source.date_span is not None:
            start = source.date_span[0] - source.span[0]
            sentence = sentence[:start] + " " + sentence[start + len(source.date_text):]
        sentence = _DAY_AND_MONTH.sub(" ", sentence)
        numbers.update(n.replace(",", ".") for n in _NUMBER.findall(sentence) if not _looks_like_date_number(n))
        for word in words(sentence):
            country = _COUNTRY_OF_WORD.get(lemma(word))
            if country:
                places.add(place_key(country))
            key = _word_key(word)
            if key and (key in _CONCEPT_NAMES or not word[:1].isupper()):
                vocab.add(key)
    kinds = {w for w in vocab if w in EVENT_KINDS}
    return Evidence(frozenset(persons), frozenset(places), frozenset(numbers), frozenset(vocab), frozenset(kinds))


def link_score(a: Evidence, b: Evidence) -> tuple[int, dict]:
    """How strongly two sentences tell the same happening, with the shared evidence (0 when kinds conflict)."""
    shared = {"persons": sorted(a.persons & b.persons), "places": sorted(a.places & b.places),
              "numbers": sorted(a.numbers & b.numbers), "words": sorted((a.words & b.words) - set(EVENT_KINDS)),
              "kinds": sorted(a.kinds & b.kinds)}
    if a.kinds and b.kinds and a.kinds != b.kinds:
        return 0, {**shared, "veto": "different kinds of happening"}
    if a.persons - b.persons and b.persons - a.persons:
        return 0, {**shared, "veto": "different people take part"}
    score = (2 * len(shared["persons"]) + min(len(shared["places"]), 3) + 3 * len(shared["numbers"])
             + min(len(shared["words"]), 4) + sum(KIND_WEIGHTS.get(k, 3) for k in shared["kinds"]))
    needed = UNANCHORED_THRESHOLD - (1 if len(shared["places"]) >= 2 else 0)
    if not (shared["persons"] or shared["numbers"]) and score < needed:
        return 0, {**shared, "veto": "no shared person or number, and too little else"}
    return score, shared


def times_overlap(a: TimeValue, b: TimeValue) -> bool:
    """True when the two intervals overlap once both are widened to the coarser of their grains."""
    grain = coarser(a.grain, b.grain)
    a_start, a_end = _widen(a.start, a.end, grain)
    b_start, b_end = _widen(b.start, b.end, grain)
    return a_start < b_end and b_start < a_end


def candidate_window(time: TimeValue) -> tuple[datetime, datetime]:
    """The span within which another event's interval must lie in part to be compared (a month at least)."""
    return _widen(time.start, time.end, coarser(time.grain, "month"))


def coarser(a: str | None, b: str | None) -> str:
    """The coarser of two grains (day when unknown)."""
    rank = {g: i for i, g in enumerate(GRAIN_ORDER)}
    return max(a or "day", b or "day", key=lambda g: rank.get(g, rank["day"]))


@dataclass(frozen=True)
class Member:
    """What merging compares of one sentence event: its id, document, time and evidence."""

    id: str
    document: str
    time: TimeValue | None
    evidence: Evidence


def member(event: Event) -> Member:
    """The comparable part of a sentence event."""
    return Member(event.id, event.sources[0].document, event.time, evidence(event))


def merge_events(events: list[Event], published: dict[str, str] | None = None) -> list[Event]:
    """Canonical events: sentence events of different documents, overlapping in time and agreeing, joined."""
    published = published or {}
    order = sorted(events, key=lambda e: source_order(e, published))
    clusters: list[list[Event]] = []
    compared: list[list[Member]] = []
    links: list[list[dict]] = []
    for event in order:
        mine = member(event)
        found = best_cluster(mine, enumerate(compared)) if event.time is not None else None
        if found is None:
            clusters.append([event])
            compared.append([mine])
            links.append([])
        else:
            index, link = found
            clusters[index].append(event)
            compared[index].append(mine)
            links[index].append(link)
    return [canonical(cluster, cluster_links) for cluster, cluster_links in zip(clusters, links)]


def best_cluster(mine: Member, clusters) -> tuple[object, dict] | None:
    """The (key, link) of the cluster a dated member joins best among (key, members in order), or None."""
    best, best_link = None, None
    for key, members in clusters:
        link = cluster_link(mine, members)
        if link and (best_link is None or link["score"] > best_link["score"]):
            best, best_link = key, link
    return None if best_link is None else (best, best_link)


def cluster_link(mine: Member, members: list[Member]) -> dict | None:
    """The best link of a member to a cluster's earliest members, None when any of them rules it out."""
    best = None
    for other in members[:COMPARED_MEMBERS]:
        if other.time is None or not times_overlap(mine.time, other.time):
            return None
        if mine.document == other.document:
            return None
        score, shared = link_score(mine.evidence, other.evidence)
        if shared.get("veto") in ("different kinds of happening", "different people take part"):
            return None
        needed = THRESHOLD + (WIDE_GAP_EXTRA if _grain_gap(mine.time, other.time) >= 3 else 0)
        if score >= needed and (best is None or score > best["score"]):
            best = {"source": mine.id, "to": other.id, "score": score, "evidence": shared}
    return best


def canonical(members: list[Event], links: list[dict]) -> Event:
    """One event of a cluster's members (in source order): consensus time, every source, actor and language."""
    first = members[0]
    if len(members) == 1:
        return first
    time = _consensus_time([m.time for m in members if m.time is not None])
    related, seen = [], {time.value}
    for member in members:
        for value in [member.time, *member.related]:
            if value is not None and value.value not in seen:
                seen.add(value.value)
                related.append(value)
    return replace(first, time=time, actors=_union(m.actors for m in members),
                   langs=_union(m.langs for m in members), sources=[s for m in members for s in m.sources],
                   related=related, links=list(links))


def _consensus_time(times: list[TimeValue]) -> TimeValue:
    counts = Counter(t.value for t in times)
    rank = {g: i for i, g in enumerate(GRAIN_ORDER)}
    return min(times, key=lambda t: (-counts[t.value], rank.get(t.grain or "day", 4)))


def source_order(event: Event, published: dict[str, str]) -> tuple:
    """The order sentences are merged in: publication date, document, sentence start, id."""
    source = event.sources[0]
    return (published.get(source.document) or "9999", source.document, source.span[0], event.id)


def _grain_gap(a: TimeValue, b: TimeValue) -> int:
    rank = {g: i for i, g in enumerate(GRAIN_ORDER)}
    return abs(rank.get(a.grain or "day", 4) - rank.get(b.grain or "day", 4))


def _widen(start: datetime, end: datetime, grain: str) -> tuple[datetime, datetime]:
    if grain in ("second", "minute", "hour", "part_of_day"):
        return start, end
    day_start = datetime(start.year, start.month, start.day)
    day_end = end if end == datetime(end.year, end.month, end.day) else datetime(end.year, end.month, end.day) + timedelta(days=1)
    if grain == "day":
        return day_start, day_end
    if grain == "week":
        return day_start - timedelta(days=day_start.weekday()), day_end + timedelta(days=(7 - day_end.weekday()) % 7)
    if grain in ("month", "season", "quarter", "half"):
        last = day_end - timedelta(days=1)
        month_end = datetime(last.year + last.month // 12, last.month % 12 + 1, 1)
        return datetime(start.year, start.month, 1), month_end
    span = {"year": 1, "decade": 10, "century": 100}.get(grain, 1)
    first = start.year - start.year % span if span > 1 else start.year
    last_year = (day_end - timedelta(days=1)).year
    return datetime(first, 1, 1), datetime(last_year - last_year % span + span, 1, 1)


@lru_cache(maxsize=200_000)
def _word_key(word: str) -> str | None:
    low = lemma(word) if re.search(r"[а-яё]", word, re.IGNORECASE) else english_stem(word.lower())
    if low in _WORD_CONCEPT:
        return _WORD_CONCEPT[low]
    if word.lower() in _WORD_CONCEPT:
        return _WORD_CONCEPT[word.lower()]
    if len(low) < 4 or low in _STOPWORDS or low in _TIME_WORDS:
        return None
    return low


@lru_cache(maxsize=200_000)
def english_stem(word: str) -> str:
    """A crude English stem: possessive and plural, -ed and -ing endings removed."""
    word = re.sub(r"[’']s$", "", word)
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("ing", ""), ("ed", ""),
                         ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + repl
    return word


def _looks_like_date_number(number: str) -> bool:
    value = float(number.replace(",", "."))
    return 1800 <= value <= 2100 and "." not in number and "," not in number


def _union(lists) -> list[str]:
    out: list[str] = []
    for items in lists:
        out.extend(i for i in items if i not in out)
    return out
