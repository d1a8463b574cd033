"""Actors a text names (people, countries, organisations), lemmas and transliteration keys for matching."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_RU_TO_LATIN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
                "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
_LATIN_TO_RU = [("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
                ("ya", "я"), ("yo", "ё"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
                ("z", "з"), ("i", "и"), ("y", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
                ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "к"),
                ("j", "дж"), ("w", "в"), ("x", "кс"), ("q", "к")]
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")

# Countries, capitals used for their governments, and organisations that act in news reports.
GAZETTEER = {
    "Russia": "Russia", "Ukraine": "Ukraine", "Kazakhstan": "Kazakhstan", "Uzbekistan": "Uzbekistan",
    "Kyrgyzstan": "Kyrgyzstan", "Tajikistan": "Tajikistan", "Pakistan": "Pakistan", "Iran": "Iran",
    "China": "China", "India": "India", "Armenia": "Armenia", "Azerbaijan": "Azerbaijan", "Belarus": "Belarus",
    "Georgia": "Georgia", "Turkey": "Turkey", "Israel": "Israel", "Syria": "Syria", "Germany": "Germany",
    "France": "France", "Britain": "United Kingdom", "United Kingdom": "United Kingdom", "Poland": "Poland",
    "United States": "United States", "US": "United States", "U.S.": "United States", "USA": "United States",
    "America": "United States", "Washington": "United States", "Moscow": "Russia", "Kremlin": "Kremlin",
    "Kyiv": "Kyiv", "Kiev": "Kyiv", "Tehran": "Iran", "Beijing": "China", "Islamabad": "Pakistan",
    "European Union": "European Union", "EU": "European Union", "NATO": "NATO", "United Nations": "United Nations",
    "UN": "United Nations", "CIA": "CIA", "CIS": "CIS", "CSTO": "CSTO", "SCO": "SCO", "OPEC": "OPEC",
    "IMF": "IMF", "World Bank": "World Bank", "Pentagon": "Pentagon", "White House": "White House",
}
_PLACE_WORDS = {"область", "край", "республика", "район", "кремль", "region", "province", "oblast", "district",
                "republic"}
_TITLES = {"president", "prime", "minister", "foreign", "defense", "defence", "secretary", "general", "director",
           "chancellor", "king", "queen", "prince", "sir", "mr", "mrs", "ms", "dr", "senator", "governor", "mayor",
           "ambassador", "spokesman", "spokeswoman", "head", "chief", "leader", "premier", "deputy", "aide",
           "ukrainian", "russian", "us", "american", "kazakh", "uzbek", "kyrgyz", "pakistani", "iranian", "cia",
           "former", "acting", "vice", "state", "press", "secretary-general"}
_NOT_NAMES = {"The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "On", "In",
              "At", "By", "For", "From", "With", "After", "Before", "During", "According", "Earlier", "Later",
              "Meanwhile", "However", "Also", "But", "And", "Or", "If", "When", "While", "As", "Following",
              "Shortly", "Ukrainian", "Russian", "American", "Kazakh", "Uzbek", "Kyrgyz", "Pakistani", "Iranian",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
              "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
              "New", "Year", "Review", "Tags", "Ministry", "Foreign", "Affairs", "Armed", "Forces", "Defense",
              "President", "Minister", "Director", "Central", "Intelligence", "Agency", "Social", "Truth",
              "That", "There", "Such", "Its", "His", "Her", "Their", "Our", "No", "All", "Some", "Many",
              "Tajik", "Turkish", "Chinese", "Indian", "British", "French", "German", "Polish", "Israeli", "Syrian",
              "Georgian", "Armenian", "Belarusian", "European", "Soviet", "Kazakhstan’s", "Prime", "Foreign",
              "Secretary", "General", "Chancellor", "King", "Queen", "Prince", "Senator", "Governor", "Mayor"}
_GAZETTEER_NAMES = set(GAZETTEER.values())
RU_PLACES = {"Россия": "Russia", "Украина": "Ukraine", "Киргизия": "Kyrgyzstan", "Кыргызстан": "Kyrgyzstan",
             "Казахстан": "Kazakhstan", "Узбекистан": "Uzbekistan", "Таджикистан": "Tajikistan",
             "Пакистан": "Pakistan", "Иран": "Iran", "Китай": "China", "Армения": "Armenia", "Беларусь": "Belarus",
             "Белоруссия": "Belarus", "США": "United States", "Соединённые Штаты": "United States",
             "Москва": "Russia", "Киев": "Kyiv", "Кремль": "Kremlin", "Вашингтон": "United States",
             "Бишкек": "Kyrgyzstan", "Душанбе": "Tajikistan", "Астана": "Kazakhstan", "Ташкент": "Uzbekistan",
             "Тегеран": "Iran", "Пекин": "China", "Евросоюз": "European Union", "НАТО": "NATO", "ЦРУ": "CIA",
             "СНГ": "CIS", "ОДКБ": "CSTO", "ШОС": "SCO", "ООН": "United Nations"}
_SURNAME = re.compile(r"(?:ov|ev|yev|in|yn|sky|skiy|ski|enko|yan|ian|ич|ов|ев|ёв|ин|ын|ский|ян|енко)$")
_CAP_RUN = re.compile(r"\b(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*|[A-Z]{2,5}|U\.S\.)"
                      r"(?:\s+(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*|[A-Z]{2,5}))*")


@dataclass(frozen=True)
class ActorSpan:
    """An actor found in a text: its span, its normal form and its kind (PER, LOC, ORG)."""

    start: int
    end: int
    name: str
    kind: str


def to_latin(text: str) -> str:
    """Russian Cyrillic written in Latin letters (simple BGN-like scheme); other characters unchanged."""
    out = []
    for ch in text:
        low = ch.lower()
        latin = _RU_TO_LATIN.get(low)
        if latin is None:
            out.append(ch)
        else:
            out.append(latin.capitalize() if ch != low and latin else latin)
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """Latin letters written in Russian Cyrillic (greedy digraphs; approximate, for matching)."""
    out, i, low = [], 0, text.lower()
    while i < len(text):
        for latin, cyr in _LATIN_TO_RU:
            if low.startswith(latin, i):
                out.append(cyr.capitalize() if text[i].isupper() else cyr)
                i += len(latin)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


@lru_cache(maxsize=200_000)
def name_key(word: str) -> str:
    """A spelling-independent key of a name, equal for «Токаевым»'s lemma «Токаев» and "Tokayev"."""
    latin = to_latin(word.lower())
    latin = re.sub(r"[^a-z]", "", latin)
    for pattern, repl in (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ck", "k"), ("c", "k"), ("ts", "z"),
                          ("ph", "f"), ("w", "v"), ("x", "ks"), ("q", "k")):
        latin = latin.replace(pattern, repl)
    latin = re.sub(r"(ii|iy|yi|y)$", "i", latin)
    if not latin:
        return ""
    rest = re.sub(r"[aeiouyjh]", "", latin[1:])
    return latin[0] + re.sub(r"(.)\1+", r"\1", rest)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The dictionary form of a word: pymorphy3's normal form for Russian, lower case otherwise."""
    low = word.lower()
    if not _CYRILLIC.search(low):
        return low[:-2] if low.endswith("’s") or low.endswith("'s") else low
    parses = _morph().parse(low)
    if word[:1].isupper():
        for parse in parses:
            if {"Surn", "Name", "Patr", "Geox", "Orgn"} & set(str(parse.tag).replace(" ", ",").split(",")):
                return parse.normal_form
    return parses[0].normal_form


def words(text: str) -> list[str]:
    """The words of a text (hyphenated and apostrophe words kept whole)."""
    return _WORD.findall(text)


def find_actors(text: str, lang: str | None) -> list[ActorSpan]:
    """Every actor the text names, with spans: natasha NER for Russian, names and a gazetteer for English."""
    if (lang or "").startswith("ru") or (lang is None and len(_CYRILLIC.findall(text)) > len(text) // 4):
        return _russian_actors(text)
    return _english_actors(text)


def actors(sentence: str, lang: str | None) -> list[str]:
    """The normal forms of the actors one sentence names, in order of appearance, without repeats."""
    return _unique(a.name for a in find_actors(sentence, lang))


@lru_cache(maxsize=50_000)
def actor_kind(name: str) -> str:
    """PER for a person's name, LOC for a country, place or organisation (by gazetteer and morphology)."""
    parts = name.split()
    if not parts or name in _GAZETTEER_NAMES or parts[-1].lower() in _PLACE_WORDS:
        return "LOC"
    if _CYRILLIC.search(name):
        if name in RU_PLACES:
            return "LOC"
        tags = set()
        for parse in _morph().parse(parts[-1].lower())[:4]:
            tags |= set(str(parse.tag).replace(" ", ",").split(","))
        if {"Surn", "Name", "Patr"} & tags:
            return "PER"
        if "Geox" in tags:
            return "LOC"
        return "PER" if _SURNAME.search(parts[-1]) or len(parts) > 1 else "LOC"
    if len(parts) == 1:
        return "PER" if _SURNAME.search(name) else "LOC"
    return "PER"


@lru_cache(maxsize=50_000)
def place_key(name: str) -> str:
    """A language-independent key of a place name («Киргизия» and "Kyrgyzstan" share one)."""
    english = RU_PLACES.get(name) or RU_PLACES.get(lemma(name).capitalize()) or GAZETTEER.get(name, name)
    return name_key(english.split()[-1] if english.split() else english)


def actors_between(found: list[ActorSpan], start: int, end: int) -> list[str]:
    """The normal forms of the actors found inside [start, end), without repeats."""
    return _unique(a.name for a in found if start <= a.start and a.end <= end)


def unify_names(names: list[str], known: list[str]) -> list[str]:
    """Names with a lone surname replaced by the fuller name the document used for it ("Lavrov" → "Sergey Lavrov")."""
    full = {}
    for name in known:
        parts = name.split()
        if len(parts) > 1:
            full.setdefault(name_key(parts[-1]), name)
    out = []
    for name in names:
        parts = name.split()
        out.append(full.get(name_key(parts[-1]), name) if len(parts) == 1 else name)
    return _unique(out)


def _english_actors(text: str) -> list[ActorSpan]:
    found: list[ActorSpan] = []
    for match in _CAP_RUN.finditer(text):
        offset = match.start()
        for run in re.split(r"(?<=[’']s)\s+", match.group()):
            _english_run(run, offset, found)
            offset += len(run) + 1
    known = [a.name for a in found if a.kind == "PER"]
    out = []
    for actor in found:
        if actor.kind != "NAME":
            out.append(actor)
            continue
        fuller = unify_names([actor.name], known)[0]
        if fuller != actor.name or _SURNAME.search(actor.name):
            out.append(ActorSpan(actor.start, actor.end, fuller, "PER"))
    return out


def _english_run(run: str, offset: int, found: list[ActorSpan]) -> None:
    tokens = run.split()
    while tokens and (tokens[0] in _NOT_NAMES or tokens[0].lower() in _TITLES and len(tokens) > 1):
        offset += len(tokens[0]) + 1
        tokens = tokens[1:]
    while tokens and tokens[-1] in _NOT_NAMES:
        tokens = tokens[:-1]
    if not tokens:
        return
    stem = re.sub(r"[’']s$", "", " ".join(tokens))
    end = offset + len(stem)
    if stem in GAZETTEER:
        found.append(ActorSpan(offset, end, GAZETTEER[stem], "LOC"))
    elif len(tokens) >= 2 and all(t[0].isupper() and not t.isupper() for t in tokens):
        found.append(ActorSpan(offset, end, stem, "PER"))
    elif len(tokens) == 1 and not stem.isupper() and len(stem) > 3:
        found.append(ActorSpan(offset, end, stem, "NAME"))


def _russian_actors(text: str) -> list[ActorSpan]:
    from .russian_ner import named_spans
    return [ActorSpan(span.start, span.end, span.name, span.kind) for span in named_spans(text)]


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


def _unique(items) -> list[str]:
    seen, out = set(), []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out
