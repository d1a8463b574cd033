"""What resolution knows of a text, and what an action gives back."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..grammar import Grammar
from ..morphology import governing_tense_of_word, tense_of_word
from ..model import Mention, TimeValue
from ..point import Point
from ..tagger import Expr

_WORD = re.compile(r"[^\W\d_]{3,}")

#: a tense marker further than this many characters from a phrase says nothing about it
TENSE_WINDOW = 20

#: a future auxiliary this far before a phrase in its clause still governs it ("is to resume trading in Paris Tuesday")
GOVERNING_REACH = 90

#: a tense never puts a year-less date further than this from the document date when a nearer year exists
TENSE_REACH = timedelta(days=330)


@lru_cache(maxsize=None)
def _regex(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


def _after_last(pattern: str, stretch: str, flags: int = 0) -> int:
    """Where the last match of `pattern` in `stretch` ends (0 when there is none)."""
    ends = [match.end() for match in re.finditer(pattern, stretch, flags)]
    return ends[-1] if ends else 0


class Unresolvable(Exception):
    """A phrase whose meaning the context cannot settle (the caller keeps its parts instead)."""


class NotADate(Unresolvable):
    """A phrase that, in its context, names something else ("Theresa May", "the Winter Palace")."""


@dataclass
class Outcome:
    """What an action gives: a value, and the point that later anaphora may anchor to."""

    time: TimeValue
    point: Point | None = None
    parts: list[Mention] = field(default_factory=list)
    span: tuple[int, int] | None = None
    anchorable: bool = True


@dataclass
class Context:
    """What resolution knows: the text, the document date, tense preference, the last mention."""

    grammar: Grammar
    text: str
    ref: datetime | None
    prefer: str = "nearest"
    sentences: list[tuple[int, int]] = field(default_factory=list)
    last_point: Point | None = None
    last_index: int | None = None
    first_year: int | None = None
    last_by_grain: dict[str, tuple[Point, int]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    _tenses: dict = field(default_factory=dict, repr=False)
    #: each weekday's date as last resolved, and where ("Friday ... Friday morning" are one day)
    weekday_dates: dict[int, tuple[datetime, int]] = field(default_factory=dict)
    #: the phrase after the one being resolved ("the quarter ended Sept. 30" is told by its end)
    next_expr: Expr | None = None

    def __post_init__(self) -> None:
        self.sentence_starts = [start for start, _ in self.sentences]

    def sentence_span(self, position: int) -> tuple[int, int]:
        """The span of the sentence that holds `position`."""
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        if i >= 0 and position < self.sentences[i][1]:
            return self.sentences[i]
        return max(0, position - 200), position + 200

    def recent(self, grain: str, expr: Expr, reach: int | None = None) -> tuple[Point, int] | None:
        """The last mention of `grain` (and its index), if it ended at most `reach` characters before `expr`."""
        found = self.last_by_grain.get(grain)
        if found is None or reach is None or found[1] >= len(self.mentions):
            return found
        return found if expr.start - self.mentions[found[1]].end <= reach else None

    def clause_span(self, expr: Expr, reach: int) -> tuple[int, int]:
        """The phrase's sentence within `reach` of it, cut at the language's clause barriers (quotes, brackets)."""
        start, end = self.sentence_span(expr.start)
        goes_on = getattr(self.grammar.module, "SENTENCE_GOES_ON_AFTER", None)
        if goes_on and start > 0 and re.search(goes_on, self.text[max(0, start - 12):start].rstrip()):
            start = self.sentence_span(self.text.rfind(".", 0, start) - 1)[0]  # "at 9 a.m. Tuesday" is one
        start, end = max(start, expr.start - reach), min(end, expr.end + reach)
        barrier = getattr(self.grammar.module, "CLAUSE_BARRIER", None)
        if barrier is None:
            return start, end
        after = re.search(barrier, self.text[expr.end:end])
        return start + _after_last(barrier, self.text[start:expr.start]), (expr.end + after.start() if after else end)

    def tense(self, expr: Expr) -> str:
        """Past or future by the tense marker nearest the phrase in its sentence, else the preference."""
        return self.marked_tense(expr) or self.prefer

    def marked_tense(self, expr: Expr) -> str | None:
        """Past or future as the rule, a tense marker or the governing verb says; None when nothing does."""
        key = (expr.start, expr.end, expr.rule.id)
        if key not in self._tenses:
            self._tenses[key] = self._marked_tense(expr)
        return self._tenses[key]

    def _marked_tense(self, expr: Expr) -> str | None:
        directed = expr.rule.params.get("tense")
        if directed:
            return directed
        # a marker word may start before the window and end inside it
        start, end = self.clause_span(expr, TENSE_WINDOW + 30)
        sentence = self.text[start:end]
        best, best_distance, beyond_comma = None, None, None
        comma = getattr(self.grammar.module, "PHRASE_BARRIER", None)
        joiner = getattr(self.grammar.module, "CLAUSE_JOINER", None)
        schedule = getattr(self.grammar.module, "SCHEDULE_MARKERS", None)
        since = getattr(self.grammar.module, "PAST_BEFORE_MARKERS", None)
        markers = [(tense, match.start() + start, match.end() + start, before_only)
                   for tense, pattern, before_only in (
                       ("future", self.grammar.future, False), ("past", self.grammar.past, False),
                       ("future", schedule and _regex(schedule), True), ("past", since and _regex(since), True))
                   if pattern for match in pattern.finditer(sentence)]
        markers += self._verb_markers(start, sentence)
        future = getattr(self.grammar.module, "GOVERNING_FUTURE", None)
        ed = future and any(m[0] == "past" and self.text[m[2] - 2:m[2]].lower() == "ed"
                            and expr.start - TENSE_WINDOW <= m[2] <= expr.start for m in markers)
        auxiliaries = [m.start() + start for m in _regex(future).finditer(sentence)] if ed else []
        if auxiliaries:   # after a future auxiliary an -ed word is an adjective ("could bring scattered showers")
            markers = [m for m in markers if not (m[0] == "past" and self.text[m[1]:m[2]].lower().endswith("ed")
                                                  and any(re.fullmatch(r"\S*\s+\w+\s+", self.text[a:m[1]])
                                                          for a in auxiliaries if a < m[1]))]
        for tense, m_start, m_end, before_only in markers:
            if m_start < expr.end and expr.start < m_end or before_only and m_end > expr.start:
                continue
            distance = expr.start - m_end if m_end <= expr.start else m_start - expr.end
            if distance > TENSE_WINDOW:
                continue
            gap = self.text[m_end:expr.start] if m_end <= expr.start else self.text[expr.end:m_start]
            if joiner and m_start >= expr.end and re.search(joiner, gap) \
                    and not (self.next_expr is not None and expr.end <= self.next_expr.start < m_start):
                continue  # "beat Spain on Tuesday night and will face England" (not "Saturday and Sunday ended")
            # at equal distance the marker before the phrase wins ("said on Monday it would")
            rank = (distance, m_start >= expr.end)
            if comma and re.search(comma, gap):
                # a marker beyond a comma yields to one in the phrase's own stretch and to its governing verb
                if beyond_comma is None or rank < beyond_comma[1]:
                    beyond_comma = (tense, rank)
            elif best_distance is None or rank < best_distance:
                best, best_distance = tense, rank
        if best is None:   # a deadline with no verb's tense is ahead ("stay closed until Wednesday", "By Easter")
            best = self._governing(expr) or (beyond_comma[0] if beyond_comma else None) \
                or ("future" if self._deadline(expr) else None) or self._fronted(expr)
        return best

    def _deadline(self, expr: Expr) -> bool:
        """Whether a day is a deadline in a clause with no past verb before it ("had filed reports by Wednesday"
        is past; "through August" in a year-to-date figure is no deadline, so only days count)."""
        module = self.grammar.module
        deadline = getattr(module, "DEADLINE_BEFORE", None)
        dayish = "day" in expr.values or "weekday" in expr.values or "holiday" in expr.values \
            or expr.rule.params.get("unit") == "weekend"
        before = self.text[max(0, expr.start - 30):expr.start]
        any_grain = getattr(module, "DEADLINE_BEFORE_ANY_GRAIN", None)   # "freeze prices until the end of March"
        if not deadline or not (dayish or any_grain and re.search(any_grain, before, re.IGNORECASE)) \
                or not re.search(deadline, before, re.IGNORECASE):
            return False
        start, _ = self.clause_span(expr, GOVERNING_REACH)
        # "cautioned that problems …", "said the ship could be refloated by Friday": the clause after those
        start += max((_after_last(pattern, self.text[start:expr.start], re.IGNORECASE)
                      for name in ("CLAUSE_JOINER", "REPORTING_VERBS")
                      if (pattern := getattr(self.grammar.module, name, None))), default=0)
        past = None if self.grammar.past is None else list(self.grammar.past.finditer(self.text, start, expr.start))
        if not past:
            return True
        perfect = getattr(module, "PRESENT_PERFECT_BEFORE", None)
        if perfect and re.search(perfect, self.text[max(0, past[-1].start() - 20):past[-1].start()]):
            return True   # "has issued a heat advisory until 9 p.m. Sunday": a state that holds now
        # an order or a request in the past is of what is to be done by then ("ordered visitors to leave by noon
        # Monday", "asked customers to cut use through Friday"); "had filed reports by Wednesday" is past
        infinitive, order = getattr(module, "INFINITIVE", None), getattr(module, "ORDER_VERBS", None)
        return bool(infinitive and re.search(infinitive, self.text[past[-1].end():expr.start])
                    or order and re.fullmatch(order, past[-1].group()))

    def _verb_markers(self, offset: int, stretch: str) -> list[tuple[str, int, int, bool]]:
        """Verbs whose tense the language's morphological analyser knows ("возобновятся" is future)."""
        tense_of = tense_of_word(getattr(self.grammar.module, "MORPHOLOGY", None))
        if tense_of is None:
            return []
        return [(tense, offset + word.start(), offset + word.end(), False) for word in _WORD.finditer(stretch)
                if (tense := tense_of(word.group().lower()))]

    def _fronted(self, expr: Expr) -> str | None:
        """The tense of the first marker after a phrase that opens its sentence ("In January, ... killed")."""
        start, end = self.sentence_span(expr.start)
        if not re.fullmatch(r"\W*(?:\w+\s+)?", self.text[start:expr.start]):
            return None
        barrier = getattr(self.grammar.module, "CLAUSE_BARRIER", None)
        cut = re.search(barrier, self.text[expr.end:end]) if barrier else None
        end = expr.end + cut.start() if cut else end
        found: dict[int, set[str]] = {}
        for tense, pattern in (("future", self.grammar.future), ("past", self.grammar.past)):
            for match in pattern.finditer(self.text, expr.end, end) if pattern is not None else ():
                found.setdefault(match.start(), set()).add(tense)
        # a word of both tenses ("planned") settles nothing
        plain = [(position, tenses.pop()) for position, tenses in sorted(found.items()) if len(tenses) == 1]
        return plain[0][1] if plain else None

    def _governing(self, expr: Expr) -> str | None:
        """The tense of the verb that opens the phrase's stretch of clause before it, if one does."""
        module = self.grammar.module
        possessive = getattr(module, "POSSESSIVE", None)
        if possessive and re.match(possessive, self.text[expr.end:expr.end + 3]):
            return None
        start, _ = self.clause_span(expr, GOVERNING_REACH)
        comma = getattr(module, "PHRASE_BARRIER", None)
        before = self.text[start:expr.start]
        if comma:
            apposition = getattr(module, "APPOSITION", None)
            if apposition:   # an appositive between commas is no clause break; blank it, keeping its length
                before = re.sub(apposition, lambda match: " " * len(match.group()), before)
            before = before[_after_last(comma, before):]
        governing_of = governing_tense_of_word(getattr(module, "MORPHOLOGY", None))
        if governing_of is not None:   # the last verb before the phrase («проведут … в четверг»)
            words = [word.lower() for word in _WORD.findall(before)]
            for i in range(len(words) - 1, -1, -1):
                if (tense := governing_of(words[i])) is not None:
                    unrealised = getattr(module, "UNREALISED_BEFORE_INFINITIVE", ())
                    if tense == "future" and i > 0 and words[i - 1] in unrealised:
                        return "past"   # «должен был отправиться в конце июля»: what was due then
                    return tense or None
        future = getattr(module, "GOVERNING_FUTURE", None)
        found = [m for m in _regex(future).finditer(before)] if future else []
        past = list(self.grammar.past.finditer(before)) if self.grammar.past is not None else []
        if found:   # after a future auxiliary an -ed word is an adjective ("could bring scattered showers")
            past = [m for m in past if not (m.start() > found[-1].start() and m.group().lower().endswith("ed"))]
        last_future = found[-1].end() if found else -1
        if past and past[-1].start() >= last_future:
            breaks = getattr(module, "GOVERNING_BREAK", None)
            rest = before[past[-1].end():]
            if breaks and not re.search(breaks, rest, re.IGNORECASE):
                return "past"
            return None
        return "future" if found else None


# ---------------------------------------------------------------- values
