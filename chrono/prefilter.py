"""Literals a rule cannot match without, so rules run only near them (one scan for all rules)."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import accumulate, compress, count

try:  # Python 3.11+: the parser moved under re
    from re import _parser as sre_parse
    from re import _constants as sre_constants
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore
    import sre_constants  # type: ignore

_LITERAL = sre_constants.LITERAL
DIGIT = "\x00digit"
_DIGITS = set("0123456789")
_DIGIT_COST, _COMMON_COST = 60, 100
#: short literals are often pieces of other words ("th" in every "the")
_FRAGMENT_COST = {1: 5000, 2: 400, 3: 40, 4: 8}
#: characters either side of a trigger a rule's match may reach
REACH = 32
_CACHE_LIMIT = 200_000
_SPLIT = re.compile(r"([^\W_]+)")


class _Analyzer:
    """Walks a parsed pattern for the literals every match must contain."""

    def __init__(self, common: frozenset[str], known: dict[str, frozenset[str] | None] | None = None):
        self.common = common
        self.known = known or {}

    def cost(self, requirement: frozenset[str]) -> tuple[int, int]:
        """How often a requirement is met in running text: its commonest literal, then all together."""
        costs = [_DIGIT_COST if lit == DIGIT else
                 max(_COMMON_COST if lit in self.common else 0, _FRAGMENT_COST.get(len(lit), 2))
                 for lit in requirement]
        return max(costs), sum(costs)

    def merge(self, current, candidate):
        """The rarer of two requirements."""
        if candidate is None:
            return current
        if current is None:
            return candidate
        return candidate if self.cost(candidate) < self.cost(current) else current

    def sequence(self, items) -> frozenset[str] | None:
        """Literals one of which every match of this parsed sequence contains (None: unknown)."""
        best, run = None, []
        for op, arg in [*_items(items), (None, None)]:
            if op is _LITERAL and (char := chr(arg)).isalnum():
                run.append(char.lower())
                continue
            if run:
                literal = "".join(run)
                best = self.merge(best, frozenset([DIGIT if literal.isdigit() else literal]))
                run = []
            if op is None:
                break
            if op is not sre_constants.LITERAL:
                best = self.merge(best, self.item(op, arg))
        return best

    def item(self, op, arg) -> frozenset[str] | None:
        """The requirement of one parsed element."""
        if op is sre_constants.SUBPATTERN:
            body = arg[-1]
            if len(body) == 1 and body[0][0] is sre_constants.LITERAL and chr(body[0][1]) in self.known:
                return self.known[chr(body[0][1])]
            return self.sequence(body)
        if op is sre_constants.BRANCH:
            alternatives = [self.sequence(alt) for alt in arg[1]]
            return None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)):
            low, _high, inner = arg
            return self.sequence(inner) if low >= 1 else None
        if op is sre_constants.IN:
            return _digit_class(arg)
        return None


def _digit_class(arg) -> frozenset[str] | None:
    chars = set()
    for kind, value in arg:
        if kind is sre_constants.LITERAL:
            chars.add(chr(value))
        elif kind is sre_constants.RANGE:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        elif kind is sre_constants.CATEGORY and value is sre_constants.CATEGORY_DIGIT:
            chars.update(_DIGITS)
        else:
            return None
    return frozenset([DIGIT]) if chars and chars <= _DIGITS else None


def required_literals(pattern: str, common: frozenset[str] = frozenset(),
                      known: dict[str, frozenset[str] | None] | None = None) -> frozenset[str] | None:
    """Literals (lower case; DIGIT for any digit) one of which every match of `pattern` holds.

    `known` gives the requirement of a group that holds just one stand-in character (a
    placeholder analysed once instead of in every rule)."""
    return _Analyzer(common, known).sequence(_parsed(pattern))


def _items(parsed) -> list:
    """The (op, arg) items of a parsed pattern (iterating a SubPattern itself goes through __getitem__)."""
    return getattr(parsed, "data", parsed)


@lru_cache(maxsize=1024)
def _parsed(pattern: str):
    """The parsed pattern (ignoring case); kept, as the grammar asks several questions of each."""
    return sre_parse.parse(pattern, re.IGNORECASE)


class Prefilter:
    """Finds, in one scan, the windows of a text where each rule may match."""

    def __init__(self, patterns: list[str], common_words: frozenset[str] = frozenset(),
                 known: dict[str, frozenset[str] | None] | None = None):
        self.requirements = [required_literals(p, common_words, known) for p in patterns]
        self.always = [i for i, r in enumerate(self.requirements) if r is None]
        # rules that need the same literals share one list of positions and one set of windows
        self.groups = sorted({r for r in self.requirements if r is not None}, key=sorted)
        group_of = {requirement: g for g, requirement in enumerate(self.groups)}
        self.rules_in = defaultdict(list)
        for i, requirement in enumerate(self.requirements):
            if requirement is not None:
                self.rules_in[group_of[requirement]].append(i)
        direct = defaultdict(set)
        for g, requirement in enumerate(self.groups):
            for lit in requirement:
                direct[lit].add(g)
        self.digit_groups = sorted(direct.get(DIGIT, ()))
        self.trie = _literal_trie({lit: groups for lit, groups in direct.items() if lit != DIGIT})
        self._cache: dict[str, tuple[int, ...]] = {}

    def _groups_of(self, token: str) -> tuple[int, ...]:
        groups: set[int] = set()
        trie = self.trie
        for start, char in enumerate(token):    # every literal inside the token (the token itself too)
            node = trie.get(char)
            if node is None:
                continue
            if "" in node:
                groups.update(node[""])
            for char in token[start + 1:]:
                node = node.get(char)
                if node is None:
                    break
                if "" in node:
                    groups.update(node[""])
        if not token.isalpha() and any(map(str.isdigit, token)):
            groups.update(self.digit_groups)
        return tuple(sorted(groups))

    def windows(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """For each rule index, the merged windows of `text` it must be run on."""
        windows = {}
        for group, merged in self.group_windows(text).items():
            for rule in self.rules_in[group]:
                windows[rule] = merged
        for rule in self.always:
            windows[rule] = [(0, len(text))]
        return windows

    def group_windows(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """For each group of rules (that need the same literals) found in `text`, its merged windows."""
        words = _word_text(text)
        if words is None:
            return self._group_windows_by_tokens(text)
        # every character that is not a letter or a digit is one space: the tokens are what lies between them
        parts = words.split(" ")
        groups = list(map(self._cache.get, parts))
        if None in groups:
            groups = self._fill_cache(parts)
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        length, reach = len(text), REACH
        # REACH characters either side of the token's start, not ending inside a word (the next space)
        find = (words + " " * (reach + 1)).find
        before = list(accumulate(map(len, parts), initial=0))   # the characters of the tokens before each
        for index in compress(count(), groups):
            start = index + before[index]
            span = (start - reach if start > reach else 0, min(length, find(" ", start + reach)))
            for group in groups[index]:
                spans[group].append(span)
        return {group: _merged(group_spans) for group, group_spans in spans.items()}

    def _group_windows_by_tokens(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """group_windows for any text (slower than with _word_text)."""
        starts, tokens = _tokens(text)
        groups = list(map(self._cache.get, tokens))
        if None in groups:
            groups = self._fill_cache(tokens)
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        length = len(text)
        for start, token_groups in compress(zip(starts, groups), groups):
            # REACH characters either side of the token's start, not ending inside a word
            high = min(length, start + REACH)
            while high < length and text[high].isalnum():
                high += 1
            span = (max(0, start - REACH), high)
            for group in token_groups:
                spans[group].append(span)
        return {group: _merged(group_spans) for group, group_spans in spans.items()}

    def _fill_cache(self, tokens: list[str]) -> list[tuple[int, ...]]:
        """The groups of each token, after adding the tokens not seen before to the cache."""
        cache = self._cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        for token in set(tokens).difference(cache):
            cache[token] = self._groups_of(token)
        get = cache.get   # another thread may have cleared the cache meanwhile
        return [groups if (groups := get(token)) is not None else self._groups_of(token) for token in tokens]


def _literal_trie(groups_of: dict[str, set[int]]) -> dict:
    """The literals letter by letter; the key "" marks where one ends and holds its groups."""
    trie: dict = {}
    for lit, groups in groups_of.items():
        node = trie
        for char in lit:
            node = node.setdefault(char, {})
        node[""] = groups
    return trie


def _tokens(text: str) -> tuple[list[int], list[str]]:
    """The start and the lower-case text of every token (letters and digits) of `text`."""
    lowered = text.lower()
    # the whole text lowered is each token lowered unless a letter lowers to two characters ("İ") or is a
    # capital sigma (lowered by what follows it); lowering keeps which characters are letters or digits
    if len(lowered) == len(text) and "\u03a3" not in text:
        parts = _SPLIT.split(lowered)    # separator, token, separator, ..., separator
        tokens = parts[1::2]
    else:
        parts = _SPLIT.split(text)
        tokens = list(map(str.lower, parts[1::2]))
    ends = list(accumulate(map(len, parts)))
    return ends[0:-1:2], tokens


#: ASCII letters and digits in lower case, every other byte a space
_ASCII_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))
_ASCII = bytes(range(128))
#: more characters than this share not ASCII: _word_text gives up (a text in another script)
_NON_ASCII_SHARE = 1 / 8


def _word_text(text: str) -> str | None:
    """`text` in lower case with every character that is not a letter or a digit a space, offsets kept.

    None when the text has a letter or a digit outside ASCII (tokens are found by _tokens then)."""
    if not text.isascii():
        try:
            others = text.encode("utf-8").translate(None, _ASCII).decode("utf-8")   # the non-ASCII characters
        except UnicodeError:     # a lone surrogate
            return None
        if len(others) > len(text) * _NON_ASCII_SHARE or any(map(str.isalnum, set(others))):
            return None
    # "replace" writes each non-ASCII character as one "?", which becomes a space like it
    return text.encode("ascii", "replace").translate(_ASCII_WORDS).decode("ascii")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in text order, those that touch or overlap joined."""
    merged = [spans[0]]
    for low, high in spans[1:]:
        if low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    return merged


#: markers in leading_pairs: any white space, any character, the end of the match
SPACE, ANY, END = "\x00space", "\x00any", "\x00end"
_STARTS_LIMIT = 5000
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None))


def leading_pairs(pattern: str, known: dict | None = None) -> dict[str, frozenset[str]] | None:
    """For each character a match of `pattern` may start with, the characters that may follow it.

    Characters as written (a pattern ignores case), DIGIT and SPACE for classes, END when the match may
    end there, ANY when not known. None when a match may be empty or start with any character.
    `known` maps a stand-in character (see required_literals) to leading_starts of its placeholder."""
    starts = leading_starts(pattern, known)
    if starts is None or () in starts or any(start[0] == ANY for start in starts):
        return None
    pairs: dict[str, set[str]] = defaultdict(set)
    for start in starts:
        pairs[start[0]].add(start[1] if len(start) > 1 else END)
    return {char: frozenset(following) for char, following in pairs.items()}


def leading_starts(pattern: str, known: dict | None = None) -> frozenset[tuple[str, ...]] | None:
    """The first two characters of every match of `pattern` (fewer: the match ends), None if unknown."""
    starts = _starts(_parsed(pattern), known or {})
    return None if starts is None else frozenset(starts)


def _starts(items, known) -> set[tuple[str, ...]] | None:
    starts: set[tuple[str, ...]] = {()}
    for op, arg in _items(items):
        if all(len(start) == 2 for start in starts):
            break
        item = _item_starts(op, arg, known)
        if item is None or len(starts) * len(item) > _STARTS_LIMIT:
            return None
        starts = {start if len(start) == 2 else (start + more)[:2] for start in starts for more in item}
    return starts


def _item_starts(op, arg, known) -> set[tuple[str, ...]] | None:
    if op is sre_constants.LITERAL:
        return {(chr(arg),)}
    if op in (sre_constants.NOT_LITERAL, sre_constants.ANY):
        return {(ANY,)}
    if op is sre_constants.IN:
        chars = _class_characters(arg)
        return {(ANY,)} if chars is None else {(char,) for char in chars}
    if op is sre_constants.SUBPATTERN:
        body = arg[-1]
        if len(body) == 1 and body[0][0] is sre_constants.LITERAL and chr(body[0][1]) in known:
            starts = known[chr(body[0][1])]
            return None if starts is None else set(starts)
        return _starts(body, known)
    if op is sre_constants.BRANCH:
        alternatives = [_starts(alternative, known) for alternative in arg[1]]
        return None if any(a is None for a in alternatives) else set().union(*alternatives)
    if op in _REPEATS:
        return _repeat_starts(*arg, known)
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return {()}                  # zero width
    return None


def _repeat_starts(low: int, high: int, inner, known) -> set[tuple[str, ...]] | None:
    once = _starts(inner, known)
    if once is None or low > 50:
        return None
    starts, repeated = ({()} if low == 0 else set()), {()}
    for count in range(1, min(high, max(low, 2)) + 1):
        repeated = {start if len(start) == 2 else (start + more)[:2] for start in repeated for more in once}
        if count >= low:
            starts |= repeated
    return starts


def _class_characters(arg) -> set[str] | None:
    chars: set[str] = set()
    for kind, value in arg:
        if kind is sre_constants.LITERAL:
            chars.add(chr(value))
        elif kind is sre_constants.RANGE and value[1] - value[0] < 256:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        elif kind is sre_constants.CATEGORY and value is sre_constants.CATEGORY_DIGIT:
            chars.add(DIGIT)
        elif kind is sre_constants.CATEGORY and value is sre_constants.CATEGORY_SPACE:
            chars.add(SPACE)
        else:
            return None
    return chars


def lookbehind_reach(pattern: str, known: dict[str, int | None] | None = None) -> int | None:
    """How many characters before a match's start `pattern` may read (lookbehinds, word boundaries); None if unknown.

    `known` maps a stand-in character (see required_literals) to the reach of its placeholder."""
    return _reach(_parsed(pattern), known or {}, False)


def _reach(items, known, behind: bool) -> int | None:
    reach = 0
    for op, arg in _items(items):
        if op is sre_constants.LITERAL:
            if chr(arg) not in known:
                continue
            if behind:            # a placeholder inside a lookbehind: its width is not the stand-in's
                return None
            item = known[chr(arg)]
        elif op in (sre_constants.IN, sre_constants.NOT_LITERAL, sre_constants.ANY):
            continue
        elif op is sre_constants.AT:
            item = 1
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            direction, body = arg
            item = _reach(body, known, behind or direction < 0)
            if item is not None and direction < 0:
                item += body.getwidth()[1]
        elif op is sre_constants.SUBPATTERN:
            item = _reach(arg[-1], known, behind)
        elif op is sre_constants.BRANCH:
            alternatives = [_reach(alternative, known, behind) for alternative in arg[1]]
            item = None if None in alternatives else max(alternatives, default=0)
        elif op in _REPEATS:
            item = _reach(arg[2], known, behind)
        elif op is getattr(sre_constants, "ATOMIC_GROUP", None):
            item = _reach(arg, known, behind)
        else:                     # back references and anything not known here
            return None
        if item is None:
            return None
        reach = max(reach, item)
    return reach


_END_ANCHORS = {sre_constants.AT_END, sre_constants.AT_END_LINE, sre_constants.AT_END_STRING}


def cut_after(pattern: str, char: str, known: dict[str, bool] | None = None) -> bool:
    """Whether every match of `pattern` starts with a match of the pattern's text up to its first `char`, that text
    being a sequence which ends with `char` as a literal and reads nothing after its own match (no lookahead, no
    end anchor).

    `known` tells of a stand-in character (see required_literals) whether its placeholder may read after its match."""
    cut = pattern.find(char)
    if cut < 0:
        return False
    try:
        head = _items(sre_parse.parse(pattern[:cut + 1], re.IGNORECASE))
    except re.error:
        return False
    whole, literal = _items(_parsed(pattern)), (_LITERAL, ord(char))
    # the whole pattern's items begin with the head's: the literal is neither repeated nor one of two alternatives
    return (len(head) <= len(whole) and head[-1] == literal and whole[len(head) - 1] == literal
            and not reads_ahead(head[:-1], known or {}))


def pattern_reads_ahead(pattern: str) -> bool:
    """Whether a match of `pattern` may read a character after its end."""
    return reads_ahead(_parsed(pattern), {})


def reads_ahead(items, known: dict[str, bool]) -> bool:
    """Whether a parsed pattern may read a character after its match (True when not known)."""
    for op, arg in _items(items):
        if op is _LITERAL:
            if known.get(chr(arg)):
                return True
        elif op in (sre_constants.IN, sre_constants.NOT_LITERAL, sre_constants.ANY):
            continue
        elif op is sre_constants.AT:
            if arg in _END_ANCHORS:
                return True
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            direction, body = arg
            if direction > 0 or reads_ahead(body, known):
                return True
        elif op is sre_constants.SUBPATTERN:
            if reads_ahead(arg[-1], known):
                return True
        elif op is sre_constants.BRANCH:
            if any(reads_ahead(alternative, known) for alternative in arg[1]):
                return True
        elif op in _REPEATS:
            if reads_ahead(arg[2], known):
                return True
        elif op is getattr(sre_constants, "ATOMIC_GROUP", None):
            if reads_ahead(arg, known):
                return True
        else:                  # back references and anything not known here
            return True
    return False
