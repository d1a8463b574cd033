"""Ukrainian: vocabularies in their inflected forms and rules (data only; no engine change needed).

Spans keep the preposition of the time adverbial, as in Russian («у 2019 році», «з 28 по 29 квітня»).
Words with an apostrophe (п'ятниця, п'ять) accept ' ’ and ʼ: rules write the apostrophe as a class
and the vocabulary holds the part after it.
"""

CODE = "uk"
NAME = "Ukrainian"
SCRIPT = r"[а-яіїєґ']"
#: function words of Ukrainian that Russian does not share (detection counts them)
COMMON_WORDS = frozenset(
    "і й та що це як він вона вони його її був була були було який яка які яких також або якщо "
    "тільки вже після року році з із зі від щоб між де коли є ще буде будуть має мають цей ця "
    "цього цьому про які своє свою україни україна через те але".split())


def _forms(stem: str, endings: str) -> list[str]:
    """Every word made of `stem` and one of the space-separated `endings` ("-" is the bare stem)."""
    return [stem + ("" if e == "-" else e) for e in endings.split()]


def _table(groups: dict) -> dict:
    """A vocabulary from {value: [words]}."""
    return {word: value for value, words in groups.items() for word in words}


_ADJ = "ий а е і ого ої ому ій им ою у их ими ім"

MONTHS = _table({
    1: _forms("січ", "ень ня ні нем ню"), 2: _forms("лют", "ий ого ому им ім"),
    3: _forms("берез", "ень ня ні нем ню"), 4: _forms("квіт", "ень ня ні нем ню"),
    5: _forms("трав", "ень ня ні нем ню"), 6: _forms("черв", "ень ня ні нем ню"),
    7: _forms("лип", "ень ня ні нем ню"), 8: _forms("серп", "ень ня ні нем ню"),
    9: _forms("верес", "ень ня ні нем ню"), 10: _forms("жовт", "ень ня ні нем ню"),
    11: _forms("листопад", "- а і ом у"), 12: _forms("груд", "ень ня ні нем ню"),
})
MONTHS_SHORT = {"січ": 1, "лют": 2, "бер": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8,
                "вер": 9, "жовт": 10, "лист": 11, "груд": 12}
MONTHS_ANY = {**MONTHS, **MONTHS_SHORT}
WEEKDAYS = _table({
    0: _forms("понеділ", "ок ка ку ком"), 1: _forms("вівтор", "ок ка ку ком"),
    2: ["середа", "середу", "середи", "середою"], 3: _forms("четв", "ер ерга ергу ергом"),
    5: _forms("субот", "а у и ою"), 6: _forms("неділ", "я ю і ею"),
})
#: Friday after its apostrophe («п'ятницю», «п’ятницю», «пʼятницю»)
FRIDAY_TAIL = {w: 4 for w in _forms("ятниц", "я ю і ею")}
NUMBERS = _table({
    1: ["один", "одна", "одну", "одного", "однієї", "одним", "одному"],
    2: ["два", "дві", "двох", "двом", "двома", "пару", "пара"], 3: ["три", "трьох", "трьом", "трьома"],
    4: ["чотири", "чотирьох", "чотирьома"], 6: ["шість", "шести", "шістьма"], 7: ["сім", "семи", "сьома"],
    8: ["вісім", "восьми", "вісьмома"], 10: ["десять", "десяти", "десятьма"],
    20: ["двадцять", "двадцяти"], 30: ["тридцять", "тридцяти"], 100: ["сто", "ста"],
    1.5: ["півтора", "півтори"],
    None: ["кілька", "кількох", "декілька", "декількох", "багато", "багатьох", "довгих"],
})
#: numbers after an apostrophe («п'ять», «дев'ять»): the part after it
NUMBER_TAILS = {"ять": 5, "яти": 5, "ятьох": 5, "ятьма": 5}
NINE_TAILS = {"ять": 9, "яти": 9, "ятьох": 9, "ятьма": 9}
UNITS = _table({
    "minute": ["хвилина", "хвилини", "хвилин", "хвилину"],
    "hour": ["година", "години", "годин", "годину"],
    "day": ["день", "дня", "днів", "дні", "днях", "доба", "доби", "діб", "добу"],
    "week": ["тиждень", "тижня", "тижні", "тижнів", "тижнях"],
    "month": ["місяць", "місяця", "місяці", "місяців", "місяцях"],
    "quarter": ["квартал", "квартали", "кварталів"],
    "year": ["рік", "роки", "років", "роках", "року"],
    "decade": ["десятиліття", "десятиліть"], "century": ["століття", "століть"],
})
UNITS_ONE = {"день": "day", "тиждень": "week", "місяць": "month", "рік": "year", "годину": "hour",
             "добу": "day", "дня": "day", "тижня": "week", "місяця": "month", "року": "year"}
UNITS_REL = _table({
    "year": ["рік", "року", "році", "роком"], "month": ["місяць", "місяця", "місяці", "місяцем"],
    "week": ["тиждень", "тижня", "тижні", "тижнем"], "quarter": ["квартал", "кварталу", "кварталі"],
    "century": ["століття", "столітті"],
})
THIS_ADJ = {w: 0 for w in ["цей", "цього", "цьому", "цим", "ця", "цю", "цієї", "цій", "це"]
            + _forms("поточн", _ADJ)}
LAST_ADJ = {w: -1 for w in _forms("минул", _ADJ) + _forms("попередн", "ій ього ьому ім я ю ьої")}
NEXT_ADJ = {w: 1 for w in _forms("наступн", _ADJ) + _forms("майбутн", "ій ього ьому ім я ю ьої")}
ORDINALS = _table({1: _forms("перш", _ADJ), 2: _forms("друг", _ADJ), 3: _forms("трет", "ій ього ьому ім я ю ьої"),
                   4: _forms("четверт", _ADJ)})
PARTS_OF_DAY = {"вранці": "MO", "уранці": "MO", "зранку": "MO", "вдень": "AF", "удень": "AF",
                "ввечері": "EV", "увечері": "EV", "вночі": "NI", "уночі": "NI"}
SEASONS = _table({"SP": ["весна", "весни", "весні", "весною", "навесні"],
                  "SU": ["літо", "літа", "літом", "влітку", "улітку"],
                  "FA": ["осінь", "осені", "осінню", "восени", "увосени"],
                  "WI": ["зима", "зими", "зимі", "зимою", "взимку", "узимку"]})
HOLIDAYS = {
    **{w: (1, 1) for w in ["новий рік", "нового року", "новому році", "новим роком"]},
    **{w: (12, 25) for w in ["різдво", "різдва", "різдву", "різдвом"]},
    **{w + " незалежності": (8, 24) for w in ["день", "дня", "дню", "днем"]},
    **{w + " конституції": (6, 28) for w in ["день", "дня", "дню", "днем"]},
}
ZONES = {"за київським часом": "Europe/Kyiv", "за києвом": "Europe/Kyiv", "за московським часом": "Europe/Moscow",
         "utc": "Z", "gmt": "Z", "за гринвічем": "Z"}
MODIFIERS = {
    "наприкінці": "END", "в кінці": "END", "у кінці": "END", "кінець": "END", "до кінця": "END",
    "на початку": "START", "початок": "START", "з початку": "START",
    "в середині": "MID", "у середині": "MID", "посередині": "MID", "середина": "MID",
    "близько": "APPROX", "приблизно": "APPROX", "майже": "LESS_THAN", "менше": "LESS_THAN",
    "понад": "MORE_THAN", "більше": "MORE_THAN", "до": "BEFORE", "після": "AFTER",
    "з": "ON_OR_AFTER", "із": "ON_OR_AFTER", "починаючи з": "ON_OR_AFTER", "не пізніше": "ON_OR_BEFORE",
}

FUTURE_MARKERS = [r"буде", r"будуть", r"станете?", r"планує\w*", r"заплановано", r"запланован\w*",
                  r"відбудеться", r"відбудуться", r"очікується", r"майбутн\w+", r"наступн\w+", r"збира\w+"]
PAST_MARKERS = [r"\w{2,}(?:ав|яв|ив|ув)(?:ся)?", r"\w{2,}(?:ала|яла|ила|іла|ула|али|яли|или|іли|ули|ало|ило)(?:ся|сь)?",
                r"вчора", r"учора", r"минул\w+", r"тому", r"торік", r"напередодні"]

DAY_SUFFIX = r"-(?:го|е|те)"
ABBREVIATIONS = tuple(MONTHS_SHORT)
CLASSES = {"MONTH": "MONTHS", "MONTHANY": "MONTHS_ANY", "WEEKDAY": "WEEKDAYS", "FRI": "FRIDAY_TAIL",
           "NUMTAIL": "NUMBER_TAILS", "NINETAIL": "NINE_TAILS", "UNIT": "UNITS", "UNIT1": "UNITS_ONE", "UNITREL": "UNITS_REL",
           "THIS": "THIS_ADJ", "LAST": "LAST_ADJ", "NEXT": "NEXT_ADJ", "ORD": "ORDINALS",
           "POD": "PARTS_OF_DAY", "SEASON": "SEASONS", "HOLIDAY": "HOLIDAYS", "ZONE": "ZONES",
           "MOD": "MODIFIERS"}

_IN = r"(?:(?:в|у)\s+)"
_RIK = r"(?:\s*(?:-?му\s+)?(?:році|року|рік|роком|р\.|р(?![\w.])))"
_NOT_NUMBER = r"(?![.,]\d|\d)"
_NOT_AFTER_NUMBER = r"(?<![\d.,:/])"
_APOSTROPHE = r"['’ʼ]"
_DAY_MONTH = rf"{_NOT_AFTER_NUMBER}<DAY>\s+<MONTHANY:month>"
_POD_AFTER = r"(?:,?\s+<POD>)?"

RULES = [
    # absolute dates
    ("date.day_month_year", rf"{_DAY_MONTH}\s+<YEAR>{_RIK}?{_NOT_NUMBER}{_POD_AFTER}", "date"),
    ("date.day_month", rf"{_DAY_MONTH}(?!\s*\d){_POD_AFTER}", "date"),
    ("date.dotted", rf"{_NOT_AFTER_NUMBER}(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<mm>1[0-2]|0[1-9])\.<YEAR>{_RIK}?{_NOT_NUMBER}", "date"),
    ("date.month_year", rf"{_IN}?<MONTH>\s+<YEAR>{_RIK}?{_NOT_NUMBER}", "date"),
    ("date.month_only", rf"{_IN}?<MONTH>(?!\s*\d)", "date"),
    ("date.year", rf"{_IN}?(?<![\w]-)<YEAR>{_RIK}{_NOT_NUMBER}", "date"),
    ("date.quarter", rf"{_IN}?<ORD:quarter>\s+квартал\w*(?:\s+<YEAR>{_RIK}?)?{_NOT_NUMBER}", "date"),
    ("date.season_year", rf"<SEASON>\s+<YEAR>{_RIK}?{_NOT_NUMBER}", "date"),
    ("date.holiday", rf"(?:(?:на|в|у|з|із)\s+)?<HOLIDAY>", "date"),
    ("date.day_month_this_year", rf"{_DAY_MONTH}\s+(?:цього|поточного)\s+року", "date", {"year": "ref"}),
    ("date.day_month_last_year", rf"{_DAY_MONTH}\s+минулого\s+року", "date", {"year": "ref-1"}),
    ("date.day_month_same_year", rf"{_DAY_MONTH}\s+того\s+ж\s+року", "date", {"year": "anchor"}),
    ("date.month_this_year", rf"{_IN}?<MONTH>\s+(?:цього|поточного)\s+року", "date", {"year": "ref"}),
    ("date.month_last_year", rf"{_IN}?<MONTH>\s+минулого\s+року", "date", {"year": "ref-1"}),
    # weekdays
    ("date.weekday", rf"{_IN}<WEEKDAY>(?:\s+<POD>)?", "weekday"),
    ("date.friday", rf"{_IN}п{_APOSTROPHE}<FRI:weekday>(?:\s+<POD>)?", "weekday"),
    ("date.last_weekday", rf"{_IN}?<LAST:last>\s+<WEEKDAY>", "weekday", {"tense": "past"}),
    ("date.last_friday", rf"{_IN}?<LAST:last>\s+п{_APOSTROPHE}<FRI:weekday>", "weekday", {"tense": "past"}),
    ("date.next_weekday", rf"{_IN}?<NEXT:next>\s+<WEEKDAY>", "weekday", {"tense": "future"}),
    # parts of day and clock times
    ("time.pod", rf"<POD>(?!\s+(?:\d|(?:в|у)\s+(?:<WEEKDAY:wd_ahead>|п{_APOSTROPHE})|сьогодні|вчора|учора|завтра))", "date"),
    ("time.clock", rf"{_IN}?{_NOT_AFTER_NUMBER}<HH:hour>:<MIN:minute>(?![.,:]?\d)(?:\s*\(?<ZONE>\)?)?", "date"),
    # ranges and nights
    ("range.days_month", rf"(?:(?:з|із)\s+)?{_NOT_AFTER_NUMBER}<DAY>\s*(?:[-–—]|по|до)\s*<DAY:day2>\s+<MONTHANY:month>(?:\s+<YEAR>{_RIK}?)?{_NOT_NUMBER}", "range"),
    ("range.years", rf"(?:(?:в|у|з|із|між)\s+)?{_NOT_AFTER_NUMBER}<YEAR>\s*(?:[-–—]|по|до|і)\s*<YEAR:year2>\s*(?:рр\.?|р\.|рік|роки|роках|роками){_NOT_NUMBER}", "range"),
    ("night.from_to", rf"(?:(?:в|у)\s+)?ніч\s+(?:з\s+)?<DAY>\s*(?:на\s+|[-–—]\s*)<DAY:day2>\s+<MONTHANY:month>(?:\s+<YEAR>{_RIK}?)?{_NOT_NUMBER}", "night"),
    # deictic
    ("rel.today", r"сьогодні(?:\s+<POD>)?", "relative_day", {"days": 0}),
    ("rel.yesterday", r"(?:вчора|учора)(?:\s+<POD>)?", "relative_day", {"days": -1}),
    ("rel.tomorrow", r"завтра(?:\s+<POD>)?", "relative_day", {"days": 1}),
    ("rel.day_before_yesterday", r"позавчора", "relative_day", {"days": -2}),
    ("rel.day_after_tomorrow", r"післязавтра", "relative_day", {"days": 2}),
    ("rel.eve", r"напередодні(?!\s+(?:<HOLIDAY:holiday_ahead>|\d|(?-i:[А-ЯІЇЄҐA-Z])))", "relative_day", {"days": -1}),
    ("rel.this_unit", rf"(?:(?:в|у|на|за)\s+)?<THIS:this>\s+<UNITREL:unit>", "relative_unit", {"offset": 0}),
    ("rel.last_unit", rf"(?:(?:в|у|на|за)\s+)?<LAST:last>\s+<UNITREL:unit>", "relative_unit", {"offset": -1}),
    ("rel.next_unit", rf"(?:(?:в|у|на|за)\s+)?<NEXT:next>\s+<UNITREL:unit>", "relative_unit", {"offset": 1}),
    ("rel.last_year_word", r"торік|минулоріч", "relative_unit", {"offset": -1, "unit": "year"}),
    ("rel.this_year_word", r"цьогоріч|цього\s+року", "relative_unit", {"offset": 0, "unit": "year"}),
    ("rel.ago", r"<NUM>\s+<UNIT>\s+тому", "offset", {"sign": -1}),
    ("rel.ago_apostrophe", rf"п{_APOSTROPHE}<NUMTAIL:num>\s+<UNIT>\s+тому", "offset", {"sign": -1}),
    ("rel.one_ago", r"<UNIT1:unit>\s+тому", "offset", {"sign": -1}),
    ("rel.in", r"через\s+<NUM>\s+<UNIT>", "offset", {"sign": 1}),
    ("rel.in_one", r"через\s+<UNIT1:unit>", "offset", {"sign": 1}),
    ("rel.in_five", rf"через\s+п{_APOSTROPHE}<NUMTAIL:num>\s+<UNIT>", "offset", {"sign": 1}),
    ("rel.present", r"зараз|нині|наразі|на\s+даний\s+момент|в\s+даний\s+час", "reference", {"value": "PRESENT_REF"}),
    # anaphoric
    ("ana.next_day", r"наступного\s+дня|(?:на|в|у)\s+наступний\s+день", "anaphor", {"n": 1}),
    ("ana.same_day", r"(?:у|в)\s+той\s+же\s+день|того\s+ж\s+дня|(?:у|в)\s+цей\s+же\s+день", "anaphor", {"n": 0}),
    ("ana.same_year", r"того\s+ж\s+року|(?:у|в)\s+тому\s+ж\s+році", "anaphor", {"n": 0, "unit": "year"}),
    ("ana.previous_day", r"днем\s+раніше|напередодні\s+цього", "anaphor", {"n": -1}),
    # durations and sets
    ("dur.count", r"(?:(?:протягом|впродовж|за|на|останні)\s+)?<NUM>\s+<UNIT>(?!\s+тому)", "duration"),
    ("dur.count_five", rf"(?:(?:протягом|впродовж|за|на|останні)\s+)?п{_APOSTROPHE}<NUMTAIL:num>\s+<UNIT>(?!\s+тому)", "duration"),
    ("dur.count_nine", rf"(?:(?:протягом|впродовж|за|на|останні)\s+)?дев{_APOSTROPHE}<NINETAIL:num>\s+<UNIT>(?!\s+тому)", "duration"),
    ("dur.one", r"(?:протягом|впродовж)\s+<UNIT1:unit>", "duration"),
    ("set.daily", r"щодня|щоденно|кожного\s+дня|кожен\s+день", "set", {"value": "P1D"}),
    ("set.weekly", r"щотижня|щотижнево", "set", {"value": "P1W"}),
    ("set.monthly", r"щомісяця|щомісячно", "set", {"value": "P1M"}),
    ("set.yearly", r"щороку|щорічно|кожного\s+року|раз\s+на\s+рік", "set", {"value": "P1Y"}),
]

COMBINATORS = [
    ("range.from_to", r"(?<!\w)(?:з|із|від)\s+<M>\s+(?:по|до)\s+<M>", "range"),
    ("range.dash", r"(?<!\w)<M>\s*[-–—]\s*<M>", "range"),
    ("night.before", r"(?<!\w)(?:(?:в|у)\s+)?ніч\s+на\s+<M>", "part_of_day", {"pod": "NI", "shift": -1}),
    ("shift.eve_of", r"(?<!\w)(?:напередодні|переддень)\s+<M>", "shift", {"n": -1}),
    ("mod.prefix", r"(?<!\w)<MOD>\s+<M>", "mod"),
    ("pod.before", r"(?<!\w)<POD>\s+<M>", "part_of_day"),
    ("time.zone", r"(?<!\w)<M>\s*\(?<ZONE>\)?", "zone"),
]
