"""The one human date label of an interval, used by CSV exports, charts and pages."""
from __future__ import annotations

from datetime import datetime, timedelta

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_MONTHS_FULL = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")
_RU_MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
_RU_MONTHS_NOM = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                  "сентябрь", "октябрь", "ноябрь", "декабрь")
_PARTS = {"en": {"night": "night", "morning": "morning", "afternoon": "afternoon", "evening": "evening",
                 "midday": "midday", "daytime": "daytime"},
          "ru": {"night": "ночь", "morning": "утро", "afternoon": "день", "evening": "вечер",
                 "midday": "полдень", "daytime": "день"}}
_MODS = {"en": {"START": "early {}", "MID": "mid-{}", "END": "late {}", "APPROX": "about {}",
                "BEFORE": "before {}", "AFTER": "after {}", "ON_OR_BEFORE": "by {}",
                "ON_OR_AFTER": "from {}", "LESS_THAN": "less than {}", "MORE_THAN": "more than {}"},
         "ru": {"START": "начало {}", "MID": "середина {}", "END": "конец {}", "APPROX": "около {}",
                "BEFORE": "до {}", "AFTER": "после {}", "ON_OR_BEFORE": "не позднее {}",
                "ON_OR_AFTER": "с {}", "LESS_THAN": "менее {}", "MORE_THAN": "более {}"}}
_SEASONS = {"en": {3: "spring", 6: "summer", 9: "autumn", 12: "winter"},
            "ru": {3: "весна", 6: "лето", 9: "осень", 12: "зима"}}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
          "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII")


def label(start: datetime | str | None, end: datetime | str | None, grain: str | None,
          mod: str | None = None, lang: str | None = "en") -> str:
    """A short human label for the interval [start, end) at `grain`, in English or Russian."""
    start, end = _as_datetime(start), _as_datetime(end)
    lang = "ru" if (lang or "").lower().startswith("ru") else "en"
    if start is None:
        return "без даты" if lang == "ru" else "undated"
    if end is None or end <= start:
        end = start + timedelta(days=1)
    base = _base(start, end, grain or "day", lang)
    template = _MODS[lang].get(mod or "")
    if template is None:
        return base
    if lang == "ru" and mod in ("START", "MID", "END"):
        return template.format(_ru_genitive_period(base, grain))
    return template.format(base)


def _as_datetime(value: datetime | str | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")).replace(tzinfo=None)


def _base(start: datetime, end: datetime, grain: str, lang: str) -> str:
    last = end - timedelta(microseconds=1)
    if grain == "century":
        number = start.year // 100 + 1
        if lang == "ru":
            return f"{_ROMAN[number - 1] if number <= len(_ROMAN) else number} век"
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix} century"
    if grain == "decade":
        return f"{start.year}-е" if lang == "ru" else f"{start.year}s"
    if grain == "year":
        return _years(start, last)
    if grain == "half":
        half = 1 if start.month <= 6 else 2
        return f"{half}-е полугодие {start.year}" if lang == "ru" else f"H{half} {start.year}"
    if grain == "quarter":
        quarter = (start.month - 1) // 3 + 1
        return f"{_ROMAN[quarter - 1]} квартал {start.year}" if lang == "ru" else f"Q{quarter} {start.year}"
    if grain == "season":
        name = _SEASONS[lang].get(start.month, "")
        return f"{name} {start.year}".strip()
    if grain == "month":
        return _months(start, last, lang)
    if grain == "week":
        head = _day(start, lang)
        return f"неделя с {head}" if lang == "ru" else f"week of {head}"
    if grain == "part_of_day":
        return f"{_days(start, last, lang)}, {_PARTS[lang][_part_name(start, end)]}"
    if grain in ("hour", "minute", "second"):
        clock = start.strftime("%H:%M:%S" if grain == "second" else "%H:%M")
        return f"{_day(start, lang)}, {clock}"
    return _days(start, last, lang)


def _years(start: datetime, last: datetime) -> str:
    return str(start.year) if start.year == last.year else f"{start.year}–{last.year}"


def _months(start: datetime, last: datetime, lang: str) -> str:
    names = _RU_MONTHS_NOM if lang == "ru" else _EN_MONTHS_FULL
    if (start.year, start.month) == (last.year, last.month):
        return f"{names[start.month - 1]} {start.year}"
    if start.year == last.year:
        return f"{names[start.month - 1]}–{names[last.month - 1]} {start.year}"
    return f"{names[start.month - 1]} {start.year} – {names[last.month - 1]} {last.year}"


def _day(day: datetime, lang: str) -> str:
    if lang == "ru":
        return f"{day.day} {_RU_MONTHS_GEN[day.month - 1]} {day.year}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def _days(start: datetime, last: datetime, lang: str) -> str:
    months = _RU_MONTHS_GEN if lang == "ru" else _EN_MONTHS
    if start.date() == last.date():
        return _day(start, lang)
    if (start.year, start.month) == (last.year, last.month):
        return f"{start.day}–{last.day} {months[start.month - 1]} {start.year}"
    if start.year == last.year:
        return f"{start.day} {months[start.month - 1]} – {last.day} {months[last.month - 1]} {start.year}"
    return f"{_day(start, lang)} – {_day(last, lang)}"


def _part_name(start: datetime, end: datetime) -> str:
    hours = (end - start).total_seconds() / 3600
    if start.hour >= 18 and hours > 6 or start.hour < 5:
        return "night"
    if start.hour >= 17:
        return "evening"
    if start.hour >= 12 and hours <= 1:
        return "midday"
    if start.hour >= 12:
        return "afternoon"
    return "daytime" if hours > 6 else "morning"


def _ru_genitive_period(base: str, grain: str | None) -> str:
    """«май 2025» → «мая 2025», «1991» → «1991 года» (for «начало/конец …»)."""
    if grain == "month":
        for nominative, genitive in zip(_RU_MONTHS_NOM, _RU_MONTHS_GEN):
            if base.startswith(nominative):
                return genitive + base[len(nominative):]
    if grain == "year":
        return f"{base} года"
    if grain == "decade":
        return base.replace("-е", "-х")
    if grain == "century":
        return base.replace(" век", " века")
    return base
