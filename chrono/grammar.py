"""Compiles a language data module into regular expressions with typed, named groups."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Any, Callable

from .gates import CombinatorGate, combinator_gate, group_gates
from .prefilter import (Prefilter, cut_after, leading_pairs, leading_starts, lookbehind_reach, pattern_reads_ahead,
                        required_literals)

#: placeholders every language shares: regex and the converter of the matched text
BUILTIN_CLASSES: dict[str, tuple[str, Callable[[str], Any]]] = {
    "DAY": (r"(?:3[01]|[12]\d|0?[1-9])", lambda s: int(_LEADING_DIGITS.match(s).group())),
    "YEAR": (r"(?:1[0-9]\d\d|20\d\d|21\d\d)", int),
    "YY": (r"(?:'\d\d|\u2019\d\d)", lambda s: _two_digit_year(int(s[1:]))),
    "MM": (r"(?:1[0-2]|0?[1-9])", int),
    "HH": (r"(?:[01]?\d|2[0-3])", int),
    "H12": (r"(?:1[0-2]|0?[1-9])", int),
    "MIN": (r"[0-5]\d", int),
    "INT": (r"\d{1,4}", int),
    "RAW": (r"", lambda s: int(s) if s.strip().isdigit() else s.strip()),
    "ROMAN": (r"(?:X{0,2}(?:IX|IV|VI{0,3}|I{1,3})|X{1,2})", lambda s: _roman(s)),
}
_LEADING_DIGITS, _SPACES = re.compile(r"\d+"), re.compile(r"\s+")
#: the character that stands for a found phrase in the text the combinators read ("<M>" in their patterns)
SENTINEL = "\uE000"
_PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*)(?::([a-z][a-z0-9_]*))?>")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


def _two_digit_year(value: int) -> int:
    return 2000 + value if value < 40 else 1900 + value


def _roman(text: str) -> int:
    total = 0
    values = [_ROMAN_DIGITS[c] for c in text.upper()]
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and values[i + 1] > v else v
    return total


@lru_cache(maxsize=8192)
def normalize_word(text: str) -> str:
    """The lookup key of a vocabulary word: lower case, ё as е, single spaces, no final dot."""
    return _SPACES.sub(" ", text.lower().replace("ё", "е").replace("\u2019", "'").replace("\u02bc", "'")).rstrip(".")


@dataclass
class Rule:
    """One compiled rule: id, regex, the action that gives its meaning, fixed parameters."""

    id: str
    regex: re.Pattern
    action: str
    params: dict[str, Any]
    kinds: dict[str, str]          # group name -> placeholder class


@dataclass
class Grammar:
    """Everything the engine needs of one language, compiled."""

    code: str
    module: ModuleType
    rules: list[Rule]
    combinators: list[Rule]
    vocab: dict[str, dict[str, Any]]
    lowercase_not_date: frozenset[str]
    future: re.Pattern | None
    past: re.Pattern | None
    prefilter: Prefilter | None = None
    #: group of rules -> (regex finding where any may match, the rules it stands for); see gates.group_gates
    gates: dict[int, tuple[re.Pattern, list[int]]] = field(default_factory=dict)
    #: the same for the combinators: where any of them may match
    combinator_gate: CombinatorGate | None = None
    #: how many characters before a place the combinators (and their gate) may read there; None if not known
    combinator_reach: int | None = None

    def convert(self, kind: str, text: str) -> Any:
        """The value of a matched placeholder."""
        if kind in BUILTIN_CLASSES:
            return BUILTIN_CLASSES[kind][1](text)
        if kind == "NUM":
            text = text.strip()
            return int(text) if text.isdigit() else self.vocab["NUMBERS"].get(normalize_word(text))
        table, key = self.vocab[kind], normalize_word(text)
        return table.get(key, table.get(key.rstrip(".")))


def _word_tokens(word: str, abbreviations: frozenset[str]) -> list[str]:
    """The regex pieces of a vocabulary word, one a character (space: any white space)."""
    tokens = [_CHAR_TOKENS.get(char) or _escaped(char) for char in word]
    return tokens + [r"\.?" if word in abbreviations else ""]


@lru_cache(maxsize=None)
def _escaped(char: str) -> str:
    return re.escape(char)


def _vocab_regex(words: dict[str, Any], abbreviations: frozenset[str] = frozenset()) -> str:
    """An alternation of `words`, longest first (the order the regex engine tries them)."""
    alternatives = ["".join(_word_tokens(word, abbreviations)) for word in sorted(words, key=len, reverse=True)]
    return "(?:" + "|".join(alternatives) + ")"


def _trie_regex(words: dict[str, Any], abbreviations: frozenset[str] = frozenset()) -> str:
    """The same language as _vocab_regex, tried in the same order, with shared prefixes factored out."""
    root: dict = {}
    for word in words:
        node, tokens = root, _word_tokens(word, abbreviations)
        for token in tokens[:-1]:
            node = node.setdefault(token, {})
        node[_END] = tokens[-1]
    if not _disjoint(root):
        return _vocab_regex(words, abbreviations)
    return "(?:" + _trie_source(root) + ")"


_END = ""
_CHAR_TOKENS = {" ": r"\s+", "'": "['\u2019\u02bc]", "е": "[её]"}
_TOKEN_CHARS = {r"\s+": " \t\n\r\f\v\xa0", "['\u2019\u02bc]": "'\u2019\u02bc", "[её]": "её"}


def _trie_source(node: dict) -> str:
    # children before the word that ends here: a longer word is tried first, as in the sorted alternation
    branches = [token + _trie_source(child) for token, child in node.items() if token != _END]
    if _END in node:
        branches.append(node[_END])
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _disjoint(node: dict) -> bool:
    """Whether no character can start two branches of any node (so at most one branch can match)."""
    tokens = [t for t in node if t != _END]
    if any(_overlap(a, b) for a in tokens for b in tokens if a != b):
        return False
    return all(_disjoint(child) for token, child in node.items() if token != _END)


@lru_cache(maxsize=None)
def _overlap(a: str, b: str) -> bool:
    """Whether regex piece `a` matches a character that piece `b` matches (ignoring case)."""
    chars = _TOKEN_CHARS.get(b) or re.sub(r"^\\", "", b)
    return any(re.fullmatch(a, c, re.IGNORECASE) for c in chars)


def _vocabularies(module: ModuleType) -> dict[str, dict[str, Any]]:
    tables: dict[str, dict[str, Any]] = {}
    for name, value in vars(module).items():
        if name.isupper() and isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
            tables[name] = {normalize_word(k): v for k, v in value.items()}
    for placeholder, table in getattr(module, "CLASSES", {}).items():
        if placeholder in tables and placeholder != table:
            raise ValueError(f"{module.__name__}: class {placeholder} hides the vocabulary of that name")
        tables[placeholder] = tables[table]
    return tables


_WRAPPED = re.compile(r"\(\?P<([a-z][a-z0-9_]*)><([A-Z][A-Z0-9_]*)(?::[a-z0-9_]+)?>\)")
_RAW_GROUP = re.compile(r"\(\?P<([a-z][a-z0-9_]*)>")


def _expand(pattern: str, classes: dict[str, str]) -> tuple[str, dict[str, str]]:
    pattern = _WRAPPED.sub(lambda m: f"<{m.group(2)}:{m.group(1)}>", pattern)
    kinds: dict[str, str] = {name: "RAW" for name in _RAW_GROUP.findall(pattern)}

    def substitute(match: re.Match) -> str:
        kind, name = match.group(1), match.group(2)
        if kind == "M":
            return SENTINEL
        name = name or kind.lower()
        base, n = name, 2
        while name in kinds:
            name, n = f"{base}{n}", n + 1
        kinds[name] = kind
        return f"(?P<{name}>{classes[kind]})"

    return _PLACEHOLDER.sub(substitute, pattern), kinds


#: a phrase found by a rule neither starts nor ends inside a word or next to a found phrase
_NOT_AFTER, _NOT_BEFORE = r"(?<![\w\uE000])", r"(?![\w\uE000])"


def _sources(rows: list, classes: dict[str, str], boundaries: bool) -> list[tuple[str, dict[str, str]]]:
    """Each rule's regex source and its typed groups."""
    sources = []
    for row in rows:
        source, kinds = _expand(row[1], classes)
        if boundaries:
            source = f"{_NOT_AFTER}(?:{source}){_NOT_BEFORE}"
        sources.append((source, kinds))
    return sources


def _compile_rules(rows: list, sources: list[tuple[str, dict[str, str]]], code: str) -> list[Rule]:
    rules = []
    for row, (source, kinds) in zip(rows, sources):
        rule_id, _pattern, action = row[:3]
        params = row[3] if len(row) > 3 else {}
        rules.append(Rule(f"{code}.{rule_id}", re.compile(source, re.IGNORECASE), action, params, kinds))
    return rules


def _optional_regex(words: list[str]) -> re.Pattern | None:
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE) if words else None


def _classes(module: ModuleType, vocab: dict[str, dict[str, Any]], alternation: Callable) -> "_Classes":
    """The regex of every placeholder, vocabularies written with `alternation`."""
    return _Classes(module, vocab, alternation)


class _Classes(dict):
    """Placeholder -> regex; a vocabulary's regex is written when a rule first asks for it."""

    def __init__(self, module: ModuleType, vocab: dict[str, dict[str, Any]], alternation: Callable):
        super().__init__({kind: regex for kind, (regex, _) in BUILTIN_CLASSES.items()})
        day_suffix = getattr(module, "DAY_SUFFIX", "")
        if day_suffix:
            self["DAY"] = self["DAY"] + f"(?:{day_suffix})?"
        self.vocab, self.alternation = vocab, alternation
        self.abbreviations = frozenset(normalize_word(w) for w in getattr(module, "ABBREVIATIONS", ()))

    def kinds(self) -> list[str]:
        """Every placeholder name, written or not."""
        return list(dict.fromkeys([*self, *self.vocab, "NUM"]))

    def __missing__(self, kind: str) -> str:
        if kind == "NUM":
            numbers = self.vocab.get("NUMBERS", {})
            regex = r"(?:\d{1,3}|" + (self.alternation(numbers) if numbers else "(?!)") + ")"
        else:
            regex = self.alternation(self.vocab[kind], self.abbreviations)
        self[kind] = regex
        return regex


def _analysis(module: ModuleType, vocab: dict[str, dict[str, Any]]) -> tuple[Prefilter, list, list, int | None, list]:
    """The prefilter of the rules, how every rule and combinator may start (leading_pairs), how far back any
    combinator may read (lookbehind_reach), whether each combinator's match starts with a match of its regex up
    to its first phrase (cut_after).

    Rules are read with one stand-in character a placeholder, each placeholder once from its plain alternation."""
    plain = _classes(module, vocab, _vocab_regex)
    stand_ins = {kind: chr(_STAND_IN + i) for i, kind in enumerate(plain.kinds())}
    sources = _sources(module.RULES, stand_ins, True)
    combinators = _sources(getattr(module, "COMBINATORS", []), stand_ins, False)
    common = frozenset(getattr(module, "COMMON_WORDS", ()))
    used = {kind for _, kinds in sources + combinators for kind in kinds.values()}
    literals = {stand_ins[kind]: required_literals(plain[kind], common) for kind in used}
    starts = {stand_ins[kind]: leading_starts(plain[kind]) for kind in used}
    combinator_kinds = {kind for _, kinds in combinators for kind in kinds.values()}
    reaches = {stand_ins[kind]: lookbehind_reach(plain[kind]) for kind in combinator_kinds}
    combinator_reaches = [lookbehind_reach(source, reaches) for source, _ in combinators]
    reading_ahead = {stand_ins[kind]: pattern_reads_ahead(plain[kind]) for kind in combinator_kinds}
    return (Prefilter([source for source, _ in sources], common, literals),
            [leading_pairs(source, starts) for source, _ in sources],
            [leading_pairs(source, starts) for source, _ in combinators],
            None if None in combinator_reaches else max(combinator_reaches, default=0),
            [cut_after(source, SENTINEL, reading_ahead) for source, _ in combinators])


#: private-use characters that stand for placeholders while the prefilter reads the rules
_STAND_IN = 0xF0000


@lru_cache(maxsize=None)
def compile_language(module: ModuleType) -> Grammar:
    """Compile the rules and vocabularies of a language data module (cached)."""
    vocab = _vocabularies(module)
    factored = _classes(module, vocab, _trie_regex)
    code = module.CODE
    prefilter, pairs, combinator_pairs, combinator_reach, cuttable = _analysis(module, vocab)
    rules = _compile_rules(module.RULES, _sources(module.RULES, factored, True), code)
    combinators = getattr(module, "COMBINATORS", [])
    combinators = _compile_rules(combinators, _sources(combinators, factored, False), code)
    return Grammar(
        code=code,
        module=module,
        prefilter=prefilter,
        gates=group_gates(prefilter, [rule.regex for rule in rules], pairs, _NOT_AFTER, _NOT_BEFORE),
        rules=rules,
        combinators=combinators,
        combinator_gate=combinator_gate([rule.regex for rule in combinators], combinator_pairs, cuttable, SENTINEL),
        combinator_reach=combinator_reach,
        vocab=vocab,
        lowercase_not_date=frozenset(normalize_word(w) for w in getattr(module, "LOWERCASE_NOT_DATE", ())),
        future=_optional_regex(getattr(module, "FUTURE_MARKERS", [])),
        past=_optional_regex(getattr(module, "PAST_MARKERS", [])),
    )
