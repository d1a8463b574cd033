"""Page furniture: split a document into line segments and flag menus, tags, widgets and sidebars."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Lines that end the article: what follows them is tags, feeds, widgets and sidebars.
_END_MARKERS = re.compile(
    r"^(?:tags?|теги|метки|лента новостей|news feed|latest news|read more|read also|related(?: articles| news)?|"
    r"читайте также|смотрите также|ещё по теме|еще по теме|more on this topic|comments?|комментарии)\s*:?$",
    re.IGNORECASE)
_NAVIGATION = re.compile(r"^(?:перейти к (?:основному )?(?:контенту|содержанию|материалу)|skip to (?:main )?content|"
                         r"skip navigation|main menu|главное меню|меню|menu|войти|sign in|log in|subscribe|"
                         r"подписаться|поиск|search)\W*$", re.IGNORECASE)
_WIDGETS = re.compile(r"^(?:rate this article|rate count|rating|share(?: with your friends| this)?|"
                      r"поделиться(?: с друзьями)?|оцените (?:статью|материал)|рейтинг|нравится|print|печать|"
                      r"ошибка воспроизведения видео.*|прямой эфир|live|advertisement|реклама)\W*$", re.IGNORECASE)
_CAPTION = re.compile(r"\((?:фото|photo|photograph|image|изображение)\s*:|^(?:фото|photo|image)\s*:|"
                      r"/ (?:РИА Новости|ТАСС|Reuters|AP|AFP|Getty Images)\)?$", re.IGNORECASE)
_TICKER = re.compile(r"^[A-Z]{3}\s+\S{1,6}\s*:\s*\d+[.,]\d+\s*\([+\-−–]\s*\d+[.,]?\d*\)$")
_RATE_HEADLINE = re.compile(r"^(?:курс|exchange rate of)\s+(?:доллара|евро|юаня|рубля|dollar|euro|yuan|rouble|ruble)"
                            r"\s+(?:на|for|on)\s+\d", re.IGNORECASE)
_FEED_ITEM = re.compile(r"(?:,|\s)\s*(?:\d{1,2}\s+[^\W\d]{3,4}\.?,\s*)?\d{1,2}:\d{2}$")
_SENTENCE_END = re.compile(r"[.!?…»”\"):]$")
_WORD = re.compile(r"[^\W_]+")
SHORT_LINE_WORDS = 3


@dataclass(frozen=True)
class Segment:
    """A line of a document, its span, and whether (and why) it is page furniture."""

    start: int
    end: int
    text: str
    furniture: bool = False
    reason: str | None = None

    def to_dict(self) -> dict:
        """The segment as JSON."""
        return {"start": self.start, "end": self.end, "text": self.text,
                "furniture": self.furniture, "reason": self.reason}


def segments(text: str) -> list[Segment]:
    """The non-blank lines of `text`, each flagged as article text or page furniture with a reason."""
    out: list[Segment] = []
    ended_by: str | None = None
    seen_prose = False
    for start, end in _line_spans(text):
        line = text[start:end]
        if ended_by is not None:
            out.append(Segment(start, end, line, True, f"after end-of-article marker «{ended_by}»"))
            continue
        if seen_prose and _END_MARKERS.match(line.strip()):
            ended_by = line.strip()
            out.append(Segment(start, end, line, True, "end-of-article marker (tags, feed, related links)"))
            continue
        reason = furniture_reason(line)
        if reason is None and _is_prose(line):
            seen_prose = True
        out.append(Segment(start, end, line, reason is not None, reason))
    return out


def furniture_reason(line: str) -> str | None:
    """Why one line, taken alone, is page furniture (None when it reads as article text)."""
    stripped = line.strip()
    if _NAVIGATION.match(stripped):
        return "navigation link"
    if _WIDGETS.match(stripped):
        return "share, rate or player widget"
    if _CAPTION.search(stripped):
        return "photo caption"
    if _TICKER.match(stripped):
        return "currency ticker"
    if _RATE_HEADLINE.match(stripped):
        return "exchange-rate headline"
    words = _WORD.findall(stripped)
    if _FEED_ITEM.search(stripped) and not _SENTENCE_END.search(stripped) and len(words) >= 2:
        return "news-feed item (headline stamped with a time)"
    if len(words) <= SHORT_LINE_WORDS and not _SENTENCE_END.search(stripped):
        return "short label line (menu item, rubric, counter or caption)"
    return None


def furniture_spans(parts: list[Segment]) -> list[tuple[int, int]]:
    """The character spans of the furniture segments."""
    return [(s.start, s.end) for s in parts if s.furniture]


def blank_furniture(text: str, parts: list[Segment]) -> str:
    """The text with its furniture segments replaced by spaces (offsets unchanged), for taggers to skip them."""
    pieces, cursor = [], 0
    for start, end in furniture_spans(parts):
        pieces += [text[cursor:start], " " * (end - start)]
        cursor = end
    return "".join(pieces) + text[cursor:]


class FurnitureIndex:
    """Answers whether a character offset falls inside a furniture segment."""

    def __init__(self, parts: list[Segment]):
        self._parts = parts
        self._starts = [s.start for s in parts]

    def covers(self, offset: int) -> bool:
        """True when `offset` lies in a furniture segment."""
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and self._parts[i].start <= offset < self._parts[i].end and self._parts[i].furniture


def _is_prose(line: str) -> bool:
    return len(_WORD.findall(line)) >= 8 and bool(_SENTENCE_END.search(line.strip()))


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text + "\n"):
        end = match.start()
        s, e = start, min(end, len(text))
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        start = match.end()
    return spans
