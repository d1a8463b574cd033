"""Compiles a language data module into regular expressions with typed, named groups."""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Any, Callable

from .prefilter import ANY, DIGIT, END, SPACE, Prefilter, leading_pairs, leading_starts, required_literals

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
    #: group of rules -> (regex finding where any may match, the rules it stands for); see _gates
    gates: dict[int, tuple[re.Pattern, list[int]]] = field(default_factory=dict)
    #: the same for the combinators: where any of them may match
    combinator_gate: re.Pattern | None = None

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
            return "\uE000"
        name = name or kind.lower()
        base, n = name, 2
        while name in kinds:
            name, n = f"{base}{n}", n + 1
        kinds[name] = kind
        return f"(?P<{name}>{classes[kind]})"

    return _PLACEHOLDER.sub(substitute, pattern), kinds


#: a phrase found by a rule neither starts nor ends inside a word or next to a found phrase
_NOT_AFTER, _NOT_BEFORE = r"(?<![\w\uE000])", r"(?![\w\uE000])"
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<[A-Za-z_]\w*>")
#: what would refer to a group by name or number (over-cautious: "\\1" in a class counts too)
_BACKREFERENCE = re.compile(r"\(\?P=|(?<!\\)\(\?\(|\(\?\(\d|\\[1-9]|\\g<")


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


def _gates(prefilter: Prefilter, rules: list[Rule], pairs: list) -> dict[int, tuple[re.Pattern, list[int]]]:
    """For each group of rules run on the same windows, a regex that finds where any of them may match.

    The gate matches wherever one of the rules matches, so the rules need only be tried there; their
    own regexes decide (see tagger.find_base). Groups of one rule need none."""
    gates = {}
    for group, members in prefilter.rules_in.items():
        # the rules without their boundaries, which the gate checks once for all of them
        inner = {i: _plain_groups(rules[i].regex.pattern[len(_NOT_AFTER) + 3:-len(_NOT_BEFORE) - 1], rules[i].regex)
                 for i in members}
        gated = [i for i in members if inner[i] is not None]
        if len(gated) > 1:
            gate = _gate([inner[i] for i in gated], [pairs[i] for i in gated], _NOT_AFTER, _NOT_BEFORE)
            if gate is not None:
                gates[group] = (gate, gated)
    return gates


def _combinator_gate(combinators: list[Rule], pairs: list) -> re.Pattern | None:
    """A regex that matches wherever one of the combinators matches."""
    sources = [_plain_groups(rule.regex.pattern, rule.regex) for rule in combinators]
    return _gate(sources, pairs, "", "") if len(sources) > 1 and None not in sources else None


def _plain_groups(source: str, regex: re.Pattern) -> str | None:
    """The source with its named groups made plain (names repeat across rules); None if that is unsafe."""
    if _BACKREFERENCE.search(source):
        return None
    plain, count = _NAMED_GROUP.subn("(?:", source)
    return plain if count == len(regex.groupindex) else None


def _gate(sources: list[str], pairs: list, before: str, after: str) -> re.Pattern | None:
    """A regex matching at each position where one of the sources matches between `before` and `after`.

    With the first two characters of every source known, the gate takes the character there (a class
    the regex engine skips to without trying each position), checks that it and the next one may start
    a source, then tries the sources that may start with it (grouped by their first characters, each
    group a class the engine checks first); otherwise it matches with zero width. None if it does not
    compile."""
    if any(source_pairs is None for source_pairs in pairs):
        check = before + _any(sources, after)
    else:
        by_first: dict[str, list[str]] = {}
        for source, source_pairs in zip(sources, pairs):
            by_first.setdefault(_char_class(frozenset(source_pairs)), []).append(source)
        dispatch = "|".join(f"(?-i:{first})(?<={_any(group, after)}(?s:.))" for first, group in by_first.items())
        every: dict[str, frozenset[str]] = {}
        for source_pairs in pairs:
            for first, following in source_pairs.items():
                every[first] = every.get(first, frozenset()) | following
        check = f"(?-i:{_char_class(frozenset(every))})(?<={before}(?=(?-i:{_pairs_regex(every)}))(?:{dispatch}))"
    try:
        return re.compile(check, re.IGNORECASE)
    except re.error:
        return None


def _any(sources: list[str], after: str) -> str:
    """A zero-width check that one of the sources, then `after`, matches here."""
    return "(?=(?:" + "|".join(f"(?:{source})" for source in sources) + ")" + after + ")"


def _pairs_regex(pairs: dict[str, frozenset[str]]) -> str:
    """A regex of the first two characters a match may start with (just the first where any may follow)."""
    return "|".join(_char_class(frozenset([first])) + ("" if following & {END, ANY} else _char_class(following))
                    for first, following in sorted(pairs.items()))


_ASCII_SPACE = "".join(c for c in map(chr, range(128)) if c.isspace())


def _char_class(chars: frozenset[str]) -> str:
    """A class of every character that matches one of `chars`, ignoring case (and every non-ASCII one)."""
    members = set()
    for char in chars:
        if char == DIGIT:
            members.update(string.digits)
        elif char == SPACE:
            members.update(_ASCII_SPACE)
        elif char.isascii():
            members.update((char.lower(), char.upper()))
        elif char.lower() != char or char.upper() != char:   # a non-ASCII letter may match an ASCII one
            members.update(string.ascii_letters)
    # written as the ASCII characters it leaves out (in ranges): a class up to U+10FFFF compiles slowly
    left_out = [c for c in range(128) if chr(c) not in members]
    ranges, low = [], None
    for c in left_out + [None]:
        if low is None:
            low = high = c
        elif c == high + 1:
            high = c
        else:
            ranges.append(f"\\x{low:02x}" + ("" if low == high else f"-\\x{high:02x}"))
            low = high = c
    return "[^" + "".join(ranges) + "]" if ranges else "(?s:.)"


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


def _analysis(module: ModuleType, vocab: dict[str, dict[str, Any]]) -> tuple[Prefilter, list, list]:
    """The prefilter of the rules, and how every rule and combinator may start (leading_pairs).

    Rules are read with one stand-in character a placeholder, each placeholder once from its plain alternation."""
    plain = _classes(module, vocab, _vocab_regex)
    stand_ins = {kind: chr(_STAND_IN + i) for i, kind in enumerate(plain.kinds())}
    sources = _sources(module.RULES, stand_ins, True)
    combinators = _sources(getattr(module, "COMBINATORS", []), stand_ins, False)
    common = frozenset(getattr(module, "COMMON_WORDS", ()))
    used = {kind for _, kinds in sources + combinators for kind in kinds.values()}
    literals = {stand_ins[kind]: required_literals(plain[kind], common) for kind in used}
    starts = {stand_ins[kind]: leading_starts(plain[kind]) for kind in used}
    return (Prefilter([source for source, _ in sources], common, literals),
            [leading_pairs(source, starts) for source, _ in sources],
            [leading_pairs(source, starts) for source, _ in combinators])


#: private-use characters that stand for placeholders while the prefilter reads the rules
_STAND_IN = 0xF0000


@lru_cache(maxsize=None)
def compile_language(module: ModuleType) -> Grammar:
    """Compile the rules and vocabularies of a language data module (cached)."""
    vocab = _vocabularies(module)
    factored = _classes(module, vocab, _trie_regex)
    code = module.CODE
    prefilter, pairs, combinator_pairs = _analysis(module, vocab)
    rules = _compile_rules(module.RULES, _sources(module.RULES, factored, True), code)
    combinators = getattr(module, "COMBINATORS", [])
    combinators = _compile_rules(combinators, _sources(combinators, factored, False), code)
    return Grammar(
        code=code,
        module=module,
        prefilter=prefilter,
        gates=_gates(prefilter, rules, pairs),
        rules=rules,
        combinators=combinators,
        combinator_gate=_combinator_gate(combinators, combinator_pairs),
        vocab=vocab,
        lowercase_not_date=frozenset(normalize_word(w) for w in getattr(module, "LOWERCASE_NOT_DATE", ())),
        future=_optional_regex(getattr(module, "FUTURE_MARKERS", [])),
        past=_optional_regex(getattr(module, "PAST_MARKERS", [])),
    )
