"""Chart wording in the report's language (English and Russian) and plotly's Russian locale."""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Timeline", "time": "Time", "lane": "Lane", "all": "All events",
        "exact": "stated", "approximate": "approximate", "inferred": "year inferred",
        "as_written": "As written", "sources": "Sources", "value": "Value",
        "none": "(none)", "other": "(other lanes)", "uncertain_end": "uncertain end",
        "day": "1d", "week": "1w", "month": "1m", "year": "1y", "decade": "10y", "everything": "all",
        "no_events": "No events match.", "more": "more",
    },
    "ru": {
        "title": "Хронология", "time": "Время", "lane": "Дорожка", "all": "Все события",
        "exact": "точно", "approximate": "приблизительно", "inferred": "год выведен",
        "as_written": "В тексте", "sources": "Источники", "value": "Значение",
        "none": "(нет)", "other": "(прочие)", "uncertain_end": "неточная граница",
        "day": "1д", "week": "1н", "month": "1м", "year": "1г", "decade": "10л", "everything": "всё",
        "no_events": "Нет событий.", "more": "ещё",
    },
}

RU_LOCALE: dict[str, Any] = {
    "moduleType": "locale",
    "name": "ru",
    "dictionary": {},
    "format": {
        "days": ["Воскресенье", "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота"],
        "shortDays": ["Вс", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб"],
        "months": ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
                   "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"],
        "shortMonths": ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
        "date": "%d.%m.%Y",
        "decimal": ",",
        "thousands": " ",
    },
}


def chart_language(events: Iterable[dict[str, Any]], requested: str | None = None) -> str:
    """The language to label a chart in: the requested one, else the events' most common one."""
    if requested in STRINGS:
        return requested
    counts = Counter(lang for event in events for lang in (event.get("langs") or [])[:1])
    for lang, _ in counts.most_common():
        if lang in STRINGS:
            return lang
    return "en"


def words(lang: str) -> dict[str, str]:
    """The chart wording for a language (English when unknown)."""
    return STRINGS.get(lang, STRINGS["en"])
