"""Russian: vocabularies in all their inflected forms and rules (data only; the engine gives actions meaning).

Spans keep the preposition that makes a Russian time adverbial («в 2019 году», «в конце мая»,
«на следующий день», «с 28 по 29 апреля»); «на» before «конец/начало» stays outside («на конец мая»).
"""

CODE = "ru"
NAME = "Russian"
SCRIPT = r"[а-яё]"
#: function words of Russian that Ukrainian does not share (detection counts them)
COMMON_WORDS = frozenset(
    "и что это как он она они его ее её был была были было который которая которые которых также "
    "или если только уже после года году при из с со к о об бы все всё этот эта этого чтобы более "
    "где когда себя между сейчас будет будут теперь может нет ещё еще даже очень".split())


def _forms(stem: str, endings: str) -> list[str]:
    """Every word made of `stem` and one of the space-separated `endings` ("-" is the bare stem)."""
    return [stem + ("" if e == "-" else e) for e in endings.split()]


def _table(groups: dict) -> dict:
    """A vocabulary from {value: [words]}."""
    return {word: value for value, words in groups.items() for word in words}


_HARD_ADJ = "ый ая ое ые ого ой ому ым ых ыми ую ом"
_SOFT_ADJ = "ий яя ее ие его ей ему им их ими юю ем"
_MIXED_ADJ = "ий ая ее ие его ей ему им их ими ую ем"  # следующий, прошедший …
_SK_ADJ = "ий ая ое ие ого ой ому им их ими ую ом"  # майский, декабрьский …

MONTHS = _table({
    1: _forms("январ", "ь я е ю ем ём"), 2: _forms("феврал", "ь я е ю ем ём"),
    3: _forms("март", "- а е у ом"), 4: _forms("апрел", "ь я е ю ем"),
    5: ["май", "мая", "мае", "маю", "маем"], 6: _forms("июн", "ь я е ю ем"),
    7: _forms("июл", "ь я е ю ем"), 8: _forms("август", "- а е у ом"),
    9: _forms("сентябр", "ь я е ю ем ём"), 10: _forms("октябр", "ь я е ю ем ём"),
    11: _forms("ноябр", "ь я е ю ем ём"), 12: _forms("декабр", "ь я е ю ем ём"),
})
MONTHS_SHORT = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
                "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}
MONTHS_ANY = {**MONTHS, **MONTHS_SHORT}
#: month adjectives: «майских переговоров», «декабрьские праздники»
MONTH_ADJ = _table({
    1: _forms("январск", _SK_ADJ), 2: _forms("февральск", _SK_ADJ),
    3: _forms("мартовск", _SK_ADJ), 4: _forms("апрельск", _SK_ADJ),
    5: _forms("майск", _SK_ADJ), 6: _forms("июньск", _SK_ADJ),
    7: _forms("июльск", _SK_ADJ), 8: _forms("августовск", _SK_ADJ),
    9: _forms("сентябрьск", _SK_ADJ), 10: _forms("октябрьск", _SK_ADJ),
    11: _forms("ноябрьск", _SK_ADJ), 12: _forms("декабрьск", _SK_ADJ),
})
#: the New Year holidays («новогодние праздники, каникулы») are dated as January, as «январские каникулы»
MONTH_ADJ.update({w: 1 for w in ["новогодние", "новогодних", "новогодним", "новогодними"]})
#: nouns a month adjective dates («майских переговоров»), not «Октябрьская революция» or «майский жук»
MONTH_ADJ_NOUNS = (r"(?:переговор\w*|праздник\w*|каникул\w*|выбор\w*|встреч\w*|саммит\w*|визит\w*|"
                   r"заседани\w*|указ\w*|заявлени\w*|договоренност\w*|соглашени\w*|событи\w*|"
                   r"протест\w*|беспоряд\w*|торг\w*|консультаци\w*|учени\w*|обстрел\w*|атак\w*|"
                   r"удар\w*|выходн\w*|послани\w*|решени\w*|санкци\w*|данн\w*|прогноз\w*|"
                   r"контакт\w*|бесед\w*|форум\w*|пленум\w*|съезд\w*|референдум\w*|наступлени\w*|"
                   r"перемири\w*|инцидент\w*|теракт\w*|выступлени\w*|встреч)")
WEEKDAYS = _table({
    0: _forms("понедельник", "- а у ом е"), 1: _forms("вторник", "- а у ом е"),
    2: ["среда", "среду", "среды", "средой"], 3: _forms("четверг", "- а у ом е"),
    4: _forms("пятниц", "а у ы ей е"), 5: _forms("суббот", "а у ы ой е"),
    6: _forms("воскресень", "е я ю ем"),
})
#: «к среде»: a dative that is also «в среде экспертов» (among experts), so only after «к»
WEEKDAYS_DATIVE_ONLY = {"среде": 2}
WEEKDAYS_PLURAL = {"понедельникам": 0, "вторникам": 1, "средам": 2, "четвергам": 3, "пятницам": 4,
                   "субботам": 5, "воскресеньям": 6}
NUMBERS = _table({
    1: ["один", "одна", "одно", "одну", "одного", "одной", "одним", "одному"],
    2: ["два", "две", "двух", "двум", "двумя", "пару", "пара", "пары", "паре"],
    3: ["три", "трех", "трем", "тремя"], 4: ["четыре", "четырех", "четырем", "четырьмя"],
    5: ["пять", "пяти", "пятью"], 6: ["шесть", "шести", "шестью"], 7: ["семь", "семи", "семью"],
    8: ["восемь", "восьми", "восемью"], 9: ["девять", "девяти", "девятью"],
    10: ["десять", "десяти", "десятью"], 11: ["одиннадцать", "одиннадцати"],
    12: ["двенадцать", "двенадцати"], 14: ["четырнадцать", "четырнадцати"],
    15: ["пятнадцать", "пятнадцати"], 20: ["двадцать", "двадцати"], 30: ["тридцать", "тридцати"],
    40: ["сорок", "сорока"], 50: ["пятьдесят", "пятидесяти"], 100: ["сто", "ста"],
    1.5: ["полтора", "полторы", "полутора"],
    None: ["несколько", "нескольких", "несколькими", "многих", "много", "многие", "долгих", "долгие"],
})
#: collective numerals («трое суток», «двое суток»)
NUMBERS.update({"двое": 2, "двоих": 2, "трое": 3, "троих": 3, "четверо": 4, "четверых": 4, "пятеро": 5,
                "пятерых": 5, "шестеро": 6, "семеро": 7})
#: numbers glued to a unit adjective («двухнедельный», «трехлетний»)
NUM_PREFIX = {"одно": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7,
              "восьми": 8, "девяти": 9, "десяти": 10, "пятнадцати": 15, "двадцати": 20,
              "тридцати": 30, "пятидесяти": 50, "сто": 100, "полутора": 1.5}
UNIT_ADJ = _table({
    "day": _forms("дневн", _HARD_ADJ), "week": _forms("недельн", _HARD_ADJ),
    "month": _forms("месячн", _HARD_ADJ), "year": _forms("летн", _SOFT_ADJ) + _forms("годичн", _HARD_ADJ),
    "hour": _forms("часов", "ой ая ое ые ого ому ым ых ыми ую ом"), "minute": _forms("минутн", _HARD_ADJ),
})
UNITS = _table({
    "second": ["секунда", "секунды", "секунд", "секунду", "секундами"],
    "minute": ["минута", "минуты", "минут", "минуту", "минутами", "минутам"],
    "hour": ["час", "часа", "часов", "часам", "часами"],
    "day": ["день", "дня", "дней", "дни", "днях", "дням", "днями", "сутки", "суток", "суткам"],
    "week": ["неделя", "недели", "недель", "неделю", "неделям", "неделями", "неделях"],
    "month": ["месяц", "месяца", "месяцев", "месяцы", "месяцам", "месяцами", "месяцах"],
    "quarter": ["квартал", "квартала", "кварталов", "кварталы"],
    "year": ["год", "года", "лет", "годы", "годам", "годами", "годах", "годов"],
    "decade": ["десятилетие", "десятилетия", "десятилетий", "десятилетиями", "десятилетиях"],
    "century": ["век", "века", "веков", "веками", "столетие", "столетия", "столетий"],
})
#: one unit in the instrumental case («днем ранее», «годом позже»)
UNITS_INSTR = {"днем": "day", "неделей": "week", "месяцем": "month", "годом": "year",
               "кварталом": "quarter", "часом": "hour", "сутками": "day"}
#: one unit in the accusative or genitive («неделю назад», «в течение года»)
UNITS_ONE = {"день": "day", "сутки": "day", "неделю": "week", "месяц": "month", "год": "year",
             "квартал": "quarter", "час": "hour", "минуту": "minute", "дня": "day", "недели": "week",
             "месяца": "month", "года": "year", "часа": "hour", "суток": "day", "десятилетие": "decade",
             "век": "century", "столетие": "century", "десятилетия": "decade", "века": "century"}
#: a calendar unit after «этот / прошлый / следующий»
UNITS_REL = _table({
    "year": ["год", "года", "году", "годом"], "month": ["месяц", "месяца", "месяце", "месяцем"],
    "week": ["неделя", "недели", "неделе", "неделю", "неделей"],
    "quarter": ["квартал", "квартала", "квартале", "кварталом"],
    "century": ["век", "века", "веке", "веком"], "weekend": ["выходные", "выходных"],
    "decade": ["десятилетие", "десятилетия", "десятилетии"],
})
#: a unit after «в конце / в начале / к середине» without a year («к концу года»)
UNITS_OF_PERIOD = {"года": "year", "месяца": "month", "недели": "week", "квартала": "quarter",
                   "дня": "day", "века": "century", "десятилетия": "decade"}
THIS_ADJ = {w: 0 for w in _forms("эт", "от а о у ой ом ого им ому и их") + _forms("текущ", _MIXED_ADJ)
            + _forms("нынешн", _SOFT_ADJ) + _forms("уходящ", _MIXED_ADJ) + ["сего"]}
LAST_ADJ = {w: -1 for w in _forms("прошл", _HARD_ADJ) + _forms("минувш", _MIXED_ADJ)
            + _forms("прошедш", _MIXED_ADJ)}
NEXT_ADJ = {w: 1 for w in _forms("следующ", _MIXED_ADJ) + _forms("будущ", _MIXED_ADJ)
            + _forms("наступающ", _MIXED_ADJ) + _forms("грядущ", _MIXED_ADJ)}
BEFORE_LAST_ADJ = {w: -2 for w in _forms("позапрошл", _HARD_ADJ)}
ORDINALS = _table({
    1: _forms("перв", _HARD_ADJ) + ["1-й", "1-го", "1-м", "i"],
    2: ["второй", "второго", "втором", "второму", "вторым", "вторая", "вторую", "второе", "2-й",
        "2-го", "2-м", "ii"],
    3: _forms("трет", "ий ьего ьем ьему ьим ья ью ье") + ["3-й", "3-го", "3-м", "iii"],
    4: _forms("четверт", _HARD_ADJ) + ["4-й", "4-го", "4-м", "iv"],
})
CENTURIES = {**{r: n for n, r in enumerate(
    "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii".split(), 1)},
    # the Cyrillic letter «Х» typed for the Latin X
    "хх": 20, "ххi": 21, "хiх": 19, "хviii": 18, "хvii": 17, "хvi": 16, "хv": 15, "хiv": 14}
CENTURY_WORDS = {"двадцатого": 20, "двадцатом": 20, "двадцатый": 20, "двадцать первого": 21,
                 "двадцать первом": 21, "двадцать первый": 21, "девятнадцатого": 19,
                 "девятнадцатом": 19, "девятнадцатый": 19, "восемнадцатого": 18, "восемнадцатом": 18}
PARTS_OF_DAY = {"утром": "MO", "днем": "AF", "вечером": "EV", "ночью": "NI", "поздно вечером": "EV", "рано утром": "MO",
                "поздно ночью": "NI", "в первой половине дня": "MO", "во второй половине дня": "AF"}
#: a part of day as a noun, after «следующее», «тот же», «в ту» («на следующее утро», «той же ночью»)
PARTS_OF_DAY_NOUNS = {"утро": "MO", "утром": "MO", "вечер": "EV", "вечером": "EV", "ночь": "NI", "ночью": "NI"}
#: a part of day after «до», «к», «с» («до вечера воскресенья», «к утру пятницы», «с утра»)
PARTS_OF_DAY_BOUND = {"утра": "MO", "утру": "MO", "вечера": "EV", "вечеру": "EV", "ночи": "NI"}
#: the part of day after a clock hour («в 5 часов утра»): hours to add to a 12-hour clock
HOUR_PARTS = {"утра": 0, "ночи": 0, "вечера": 12}
#: «дня» after an hour only with «час» («в 2 часа дня», not «2 дня»)
HOUR_AFTERNOON = {"дня": 12}
SEASONS = _table({
    "SP": ["весна", "весны", "весне", "весну", "весной", "весною"],
    "SU": ["лето", "лета", "лете", "лету", "летом"],
    "FA": ["осень", "осени", "осенью"],
    "WI": ["зима", "зимы", "зиме", "зиму", "зимой", "зимою"],
})
SEASONS_ADVERB = {"весной": "SP", "весною": "SP", "летом": "SU", "осенью": "FA", "зимой": "WI", "зимою": "WI"}
HOLIDAYS = {
    **{w: (1, 1) for w in ["новый год", "нового года", "новому году", "новым годом"]},
    **{w: (1, 7) for w in _forms("рождеств", "о а у ом е") + ["рождества христова"]},
    **{w: (12, 25) for w in _forms("католическ", "ое ого ому им ом") if True
       for w in [w + " рождество", w + " рождества", w + " рождеству", w + " рождеством", w + " рождестве"]},
    **{w: (1, 6) for w in ["сочельник", "сочельника", "сочельнике", "рождественский сочельник",
                           "рождественского сочельника"]},
    **{w: (1, 14) for w in ["старый новый год", "старого нового года", "старым новым годом",
                            "старому новому году", "старом новом году"]},
    **{w + " победы": (5, 9) for w in ["день", "дня", "дню", "днем", "дне"]},
    **{w + " россии": (6, 12) for w in ["день", "дня", "дню", "днем", "дне"]},
    **{w + " народного единства": (11, 4) for w in ["день", "дня", "дню", "днем", "дне"]},
    **{w + " защитника отечества": (2, 23) for w in ["день", "дня", "дню", "днем", "дне"]},
    **{w + " знаний": (9, 1) for w in ["день", "дня", "дню", "днем", "дне"]},
    **{w: (3, 8) for w in ["8 марта", "8-е марта", "8-го марта", "восьмое марта", "восьмого марта",
                           "международный женский день", "международного женского дня",
                           "международным женским днем"]},
    **{w: (5, 1) for w in ["первомай", "первомая", "первомаю", "праздник весны и труда",
                           "праздника весны и труда", "празднику весны и труда", "праздником весны и труда",
                           "празднике весны и труда"]},
    **{w: (1, 25) for w in ["татьянин день", "татьяниного дня", "татьянину дню", "татьяниным днем", "татьянином дне"]},
    **{w + " святого валентина": (2, 14) for w in ["день", "дня", "дню", "днем", "дне"]},
    **{w: ("orthodox_easter", 0) for w in ["пасха", "пасху", "пасхи", "пасхе", "пасхой"]},
    **{w: (12, 31) for w in ["новогодняя ночь", "новогоднюю ночь", "новогодней ночи", "новогодней ночью"]},
}
ZONES = {"по московскому времени": "Europe/Moscow", "по москве": "Europe/Moscow", "мск": "Europe/Moscow", "по мск": "Europe/Moscow",
         "по киевскому времени": "Europe/Kyiv", "по гринвичу": "Z", "utc": "Z", "gmt": "Z", "по utc": "Z",
         "по всемирному времени": "Z", "по восточному времени сша": "America/New_York",
         "по времени восточного побережья сша": "America/New_York", "по берлинскому времени": "Europe/Berlin",
         "по минскому времени": "Europe/Minsk", "по астанинскому времени": "Asia/Almaty"}
MODIFIERS = {
    "в конце": "END", "конце": "END", "конец": "END", "к концу": "END", "до конца": "END",
    "концу": "END", "конца": "END", "под конец": "END", "в самом конце": "END",
    "в начале": "START", "начале": "START", "начало": "START", "к началу": "START",
    "с начала": "START", "начала": "START", "в самом начале": "START",
    "в середине": "MID", "середине": "MID", "середина": "MID", "к середине": "MID", "серединой": "MID",
    "второй половины": "END", "во второй половине": "END", "первой половины": "START", "в первой половине": "START",
    "началом": "START", "концом": "END",
    "середину": "MID", "середины": "MID", "до середины": "MID",
    "около": "APPROX", "примерно": "APPROX", "приблизительно": "APPROX", "ориентировочно": "APPROX",
    "почти": "LESS_THAN", "менее": "LESS_THAN", "менее чем": "LESS_THAN", "меньше": "LESS_THAN",
    "более": "MORE_THAN", "более чем": "MORE_THAN", "больше": "MORE_THAN", "свыше": "MORE_THAN",
    "не менее": "EQUAL_OR_MORE", "как минимум": "EQUAL_OR_MORE", "не меньше": "EQUAL_OR_MORE",
    "не более": "EQUAL_OR_LESS", "не больше": "EQUAL_OR_LESS",
    "до": "BEFORE", "вплоть до": "ON_OR_BEFORE", "не позднее": "ON_OR_BEFORE", "не позже": "ON_OR_BEFORE",
    "к": "ON_OR_BEFORE", "ко": "ON_OR_BEFORE", "после": "AFTER", "с": "ON_OR_AFTER",
    "со": "ON_OR_AFTER", "начиная с": "ON_OR_AFTER", "начиная со": "ON_OR_AFTER",
    "не ранее": "ON_OR_AFTER", "не раньше": "ON_OR_AFTER", "спустя после": "AFTER",
}
DECADE_WORDS = _table({
    196: ["шестидесятые", "шестидесятых", "шестидесятых годов"],
    197: ["семидесятые", "семидесятых"], 198: ["восьмидесятые", "восьмидесятых"],
    199: ["девяностые", "девяностых", "девяностыми"], 200: ["нулевые", "нулевых", "нулевыми"],
})

#: words in a sentence that put a year-less date or weekday in the future or the past
#: the analyser that tells a verb's tense («возобновятся», «сократит» future; «заявил» past), besides the markers
MORPHOLOGY = "pymorphy3"
#: right before a day whose clause has no past verb, these make it a deadline ahead («закрыты до понедельника»)
DEADLINE_BEFORE = r"(?<!\w)(?:до|к|ко)\s+(?:(?:утра|утру|вечера|вечеру|ночи)\s+)?$"
#: past forms before a perfective infinitive that make it a past plan («должен был отправиться», «мог начаться»)
UNREALISED_BEFORE_INFINITIVE = ("был", "была", "было", "были", "мог", "могла", "могло", "могли")
#: verbs of saying: a day right next to one dates a statement, not the story's events («сообщили в среду»)
REPORTING_VERBS = (r"(?<!\w)(?:сообщ(?:ил|ила|ило|или|ает|ают)|заявил[аои]?|сказал[аои]?|рассказал[аои]?|"
                   r"отметил[аои]?|передает|передают|подтвердил[аои]?|объявил[аои]?)(?!\w)")
#: a marker beyond a comma yields to one in the phrase's own stretch («прибывший в понедельник, встретится»)
PHRASE_BARRIER = r",(?!\d)"   # not the comma of a number («91,3»)
FUTURE_MARKERS = [r"будет", r"будут", r"буд[уе]м?", r"станет", r"станут", r"планиру\w+",
                  r"запланирован\w*", r"намечен\w*", r"намерен\w*", r"собира\w+", r"предстоящ\w+",
                  r"наступающ\w+", r"ожида\w+", r"обеща(?:ет|ют)",
                  # present forms that schedule («в среду космонавты вылетают», «матч начинается в 19:00»)
                  r"(?:вылета|прилета|прибыва|отправля|начина|открыва|закрыва|возобновля|заверша|стартуе)"
                  r"(?:ет|ют|ется|ются)", r"состоится", r"состоятся", r"пройд[её]т",
                  r"пройдут", r"начн[её]тся", r"продлится", r"грядущ\w+", r"ближайш\w+",
                  r"назначен\w*", r"перенесен\w*",
                  # perfective verbs in the present form speak of the future («продолжат», «обсудят»)
                  r"продолж(?:ит|ат)", r"провед(?:[её]т|ут)", r"подпиш(?:ет|ут)", r"обсуд(?:ит|ят)",
                  r"встрет(?:ит|ят)ся", r"посет(?:ит|ят)", r"прим(?:ет|ут)", r"откро(?:ет|ют)(?:ся)?",
                  r"заверш(?:ит|ат)(?:ся)?", r"объяв(?:ит|ят)", r"представ(?:ит|ят)", r"вернётся|вернутся"]
#: a deadline moved or extended («продлил до 5 сентября»), a term of custody («арестовал до 27 апреля»), an order
#: («поручил до понедельника завершить») is ahead; counts only for a date after it
SCHEDULE_MARKERS = (r"(?:продл|отлож|перенес|перенос|арестова|помест|поручи|потребова|распоряди|веле|предписа|обяза|"
                    r"призва)\w*\s+(?:[^\W\d]+\s+){0,3}(?:до|к)",)
#: a bound word opening a phrase: the day is a deadline or a dedication, not where a later clock time falls
BOUND_OPENING = r"(?i:(?:к|ко|до|после)\s)"
#: a night named before a clock time of the small hours puts that time on the next day («в новогоднюю ночь … после 2:00»)
NIGHT_WORD = r"ноч"
#: words of age a number of years may follow as an age («в возрасте от 18 до 60 лет»)
AGE_BEFORE = r"(?:в\s+возрасте|возрастом|старше|младше|исполнил\w*|исполнит\w*)(?:\s+(?:от|до|\d+|и|лет))*\s+$"
#: a state that holds now since a date puts the date in the past («формула, которая действует с июня»)
PAST_BEFORE_MARKERS = (r"(?:действу(?:ет|ют)|работа(?:ет|ют)|продолжа(?:ет|ют)ся|дл(?:ит|ят)ся|ид(?:е|ё)т|идут|"
                       r"сохраня(?:ет|ют)ся|остается|остаются|находи(?:тся|тся)|наход(?:ится|ятся))\s+(?:уже\s+)?с",)
#: besides the analyser's past verbs, words that put a date in the past
PAST_MARKERS = [
    r"вчера", r"позавчера", r"накануне", r"назад", r"прошл\w+", r"минувш\w+", r"ранее", r"тогда",
    r"прошед\w+", r"(?:при|у|по|за|вы|про|на|до|во|пере|со|ото|от|из|обо|под|произо)?(?:ш[её]л|шл[аио])",
    r"(?:вы|под|за|с|раз)?рос(?:ла|ло|ли)?", r"(?:с|по|за)?мог(?:ла|ло|ли)?",
]

DAY_SUFFIX = r"-(?:го|е|ое|м)"
ABBREVIATIONS = ("янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя",
                 "нояб", "дек")
CLASSES = {"MONTH": "MONTHS", "MONTHANY": "MONTHS_ANY", "MADJ": "MONTH_ADJ", "WEEKDAY": "WEEKDAYS",
           "WDPLURAL": "WEEKDAYS_PLURAL", "WDDAT": "WEEKDAYS_DATIVE_ONLY", "NPREFIX": "NUM_PREFIX", "UADJ": "UNIT_ADJ", "UNIT": "UNITS",
           "UNITI": "UNITS_INSTR", "UNIT1": "UNITS_ONE", "UNITREL": "UNITS_REL",
           "UNITPER": "UNITS_OF_PERIOD", "THIS": "THIS_ADJ", "LAST": "LAST_ADJ", "NEXT": "NEXT_ADJ",
           "BLAST": "BEFORE_LAST_ADJ", "ORD": "ORDINALS", "CENT": "CENTURIES", "CENTW": "CENTURY_WORDS",
           "POD": "PARTS_OF_DAY", "PODN": "PARTS_OF_DAY_NOUNS", "PODB": "PARTS_OF_DAY_BOUND", "HPOD": "HOUR_PARTS", "HDAY": "HOUR_AFTERNOON", "SEASON": "SEASONS", "SEASONADV": "SEASONS_ADVERB",
           "HOLIDAY": "HOLIDAYS", "ZONE": "ZONES", "MOD": "MODIFIERS", "DECW": "DECADE_WORDS"}

# ---------------------------------------------------------------- pattern pieces
_IN = r"(?:(?:в|во)\s+)"
_GOD = r"(?:\s*(?:-?м\s+)?(?:год[ау]?|годом|г\.|г(?![\w.])))"
_NOT_NUMBER = r"(?![.,]\d|\d)"
_NOT_AFTER_NUMBER = r"(?<![\d.,:/])"
#: a bare year followed by a word is a count («2000 человек») unless the word joins years
_BARE_YEAR_GUARD = (r"(?![.,]\d|\d|[-–](?:0\d{3}|\d{5})|\s*%|\s*(?!(?:по|и|или|до|—)(?!\w))[а-яёa-z])"
                    r"(?<!\bна\s\d{4})")
#: bare month names that are also personal names when capitalised («Марта», «Мая»)
_NOT_NAME = r"(?!(?-i:Март[аеуо]|Мартом|Ма[йяюе]|Майя|Август[аеуо]|Августом)(?!\w))"
#: a date or year after a street word names the street («на улице 1905 года», «улица 8 Марта»)
_NOT_STREET = "".join(rf"(?<!{w}\s)" for w in (
    "улица", "улице", "улицу", "улицы", "улицей", "проспект", "проспекте", "проспекта", "площадь", "площади",
    "переулок", "переулке", "бульвар", "бульваре", "набережная", "набережной", "шоссе", "проезд", "проезде"))
_DAY_MONTH = rf"{_NOT_STREET}{_NOT_AFTER_NUMBER}<DAY>\s+<MONTHANY:month>"
#: «4 января днем траура»: a day of something, not the afternoon
_DAY_OF = (r"\s+(?:траура|памяти|рождения|основания|города|знаний|победы|единства|тишины|голосования|выборов|открытых|"
           r"защиты|независимости|флага|конституции|семьи|матери|отца|работник)")
_POD_AFTER = rf"(?:,?\s+<POD>(?!{_DAY_OF}))?"
#: a clock time written after a date («27 фев, 17:27», «29 апреля в 17:00 мск»)
_CLOCK_AFTER = r"(?:,?\s+(?:в\s+)?<HH:hour>:<MIN:minute>(?![.,:]?\d)(?:\s*\(?<ZONE>\)?)?)?"
#: phrases a bare part of day or «накануне» must leave to a combinator
_DATE_AHEAD = (r"(?:\d|(?:в|во|на)\s+(?:<WEEKDAY:wd_ahead>|ночь)|сегодня|вчера|завтра|позавчера|"
               r"накануне|того\s+же|этого\s+дня)")

#: relative years after a date: (rule suffix, pattern, the engine's year source)
_YEAR_WORDS = [
    ("this_year", r"(?:этого|текущего|нынешнего|сего|уходящего)\s+года", "ref"),
    ("last_year", r"(?:прошлого|минувшего|прошедшего)\s+года", "ref-1"),
    ("year_before_last", r"позапрошлого\s+года", "ref-2"),
    # «в феврале следующего года» after «в августе 2019 года» in a past story is 2020
    ("following_year", r"следующего\s+года", "story+1"),
    ("next_year", r"(?:будущего|наступающего|грядущего)\s+года", "ref+1"),
    ("same_year", r"(?:того\s+же|этого\s+же)\s+года", "anchor"),
]
#: what a relative year can follow: (rule prefix, pattern)
_DATED = [
    ("date.day_month", rf"(?:{_IN}<WEEKDAY>,?\s+)?{_DAY_MONTH}"),
    ("date.month", rf"{_IN}?<MONTH>"),
    ("date.quarter", rf"(?:(?:в|во|за)\s+)?<ORD:quarter>\s+квартал\w*"),
    ("date.half", rf"(?:(?:в|во|за)\s+)?<ORD:half>\s+(?:полугоди\w+|половин\w+)"),
    ("date.season", r"<SEASON>"),
]
_RELATIVE_YEAR_RULES = [(f"{prefix}_{suffix}", rf"{pattern}\s+{words}{_POD_AFTER if 'day' in prefix else ''}",
                         "date", {"year": source})
                        for prefix, pattern in _DATED for suffix, words, source in _YEAR_WORDS]

#: (id, pattern, action, params): <CLASS> and <CLASS:name> are typed groups
RULES = [
    # absolute dates
    ("date.day_month_year", rf"(?:{_IN}?<WEEKDAY>,?\s+)?{_DAY_MONTH}\s+<YEAR>{_GOD}?{_NOT_NUMBER}{_POD_AFTER}{_CLOCK_AFTER}", "date"),
    ("date.day_month", rf"(?:{_IN}?<WEEKDAY>,?\s+)?{_DAY_MONTH}(?!\s*\d(?!\d?:)(?!\d{{0,2}}-[а-яё])){_POD_AFTER}{_CLOCK_AFTER}", "date"),
    ("date.dotted", rf"{_NOT_AFTER_NUMBER}(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<mm>1[0-2]|0[1-9])\.<YEAR>{_GOD}?{_NOT_NUMBER}", "date"),
    ("date.iso_time", r"<YEAR>-(?P<mm>1[0-2]|0[1-9])-(?P<day>3[01]|[12]\d|0[1-9])T<HH:hour>:<MIN:minute>"
                      r"(?::[0-5]\d(?:[.,]\d+)?)?(?P<zone>Z|[+-](?:0\d|1[0-4]):[0-5]\d)?(?![\w:+-])", "date"),
    ("date.iso", r"<YEAR>-(?P<mm>1[0-2]|0[1-9])-(?P<day>3[01]|[12]\d|0[1-9])(?!\d)", "date"),
    ("date.month_year", rf"{_IN}?<MONTH>\s+<YEAR>{_GOD}?{_NOT_NUMBER}", "date"),
    ("date.month_only", rf"{_IN}?{_NOT_NAME}<MONTH>(?!\s*\d)", "date"),
    # the event a month adjective names is this year's, unless the sentence looks ahead past it
    ("date.month_adj", rf"(?:после\s+|в\s+ходе\s+|во\s+время\s+|в\s+|на\s+|за\s+|перед\s+)?<MADJ:month>\s+{MONTH_ADJ_NOUNS}", "date",
     {"year": "ref_or_ahead"}),
    ("date.year", rf"(?:(?:в|во|за)\s+)?{_NOT_STREET}(?<![\w]-)<YEAR>{_GOD}{_NOT_NUMBER}", "date"),
    ("date.year_bare", rf"(?:(?:в|во)\s+)?(?<![\w]-)(?<![\d.,:/+№])(?<!\d\s)<YEAR>(?:-(?:м|го|й)(?!\w)|{_BARE_YEAR_GUARD})", "date"),
    ("date.decade", rf"{_IN}?(?P<decadeyear>1[0-9]\d0|20\d0)-?(?:х|е|ые|ых|ми)(?:\s+(?:годах|годов|годы|годами|гг\.?))?(?!\w)", "date"),
    ("date.decade_short", r"(?:(?:в|во)\s+)?(?<![\d.,])(?P<int>[1-9]0)-(?:х|е|ые|ых)\s+(?:годах|годов|годы|годами|гг\.?)", "decade2"),
    ("date.decade_short_bare", r"(?:(?:в|во)\s+)?(?<![\d.,])(?P<int>[2-9]0)-(?:х|е)(?!\w)", "decade2"),
    ("date.decade_word", rf"{_IN}?<DECW:decade>(?:\s+(?:годах|годов|годы|годами))?", "date"),
    ("date.century", rf"{_IN}?<CENT:century>\s+(?:век[аеуом]?|в\.)", "date"),
    ("date.century_digits", rf"{_IN}?(?P<ordcentury>1\d|2[0-2])(?:-?(?:го|м|й))?\s+век[аеуом]?", "date"),
    ("date.century_word", rf"{_IN}?<CENTW:century>\s+век[аеуом]?", "date"),
    ("date.quarter", rf"(?:(?:в|во|за)\s+)?<ORD:quarter>\s+квартал\w*(?:\s+<YEAR>{_GOD}?)?{_NOT_NUMBER}", "date"),
    ("date.half", rf"(?:(?:в|во|за)\s+)?<ORD:half>\s+полугоди\w+(?:\s+<YEAR>{_GOD}?)?{_NOT_NUMBER}", "date"),
    ("date.half_of_year", rf"(?:(?:в|во|за)\s+)?<ORD:half>\s+половин\w+\s+<YEAR>{_GOD}?{_NOT_NUMBER}", "date"),
    ("date.season_year", rf"<SEASON>\s+<YEAR>{_GOD}?{_NOT_NUMBER}", "date"),
    ("date.season", r"<SEASONADV:season>", "date"),
    # «на весну»; «лета» and the like only after a word of the season's part («до конца лета»)
    ("date.season_for", r"на\s+(?=(?:весну|лето|осень|зиму)(?!\w))<SEASON>", "date"),
    # «активен с лета»: since the last such season (the bound word is a modifier the combinators add)
    ("date.season_since", r"(?<=с\s)(?=(?:весны|лета|осени|зимы)(?!\w))<SEASON>", "date", {"tense": "past"}),
    ("date.season_part", r"(?:(?<=конца\s)|(?<=конце\s)|(?<=начала\s)|(?<=начале\s)|(?<=середины\s)|(?<=середине\s))"
     r"(?=(?:весны|лета|осени|зимы)(?!\w))<SEASON>", "date"),
    ("date.holiday", rf"(?:(?:на|в|во|с|со)\s+)?{_NOT_STREET}<HOLIDAY>(?:\s+<YEAR>{_GOD})?", "date"),
    # «в новом году» is the year about to start (or just started), not the holiday
    ("rel.new_year_as_year", r"в\s+новом\s+году", "date", {"year": "coming"}),
    ("date.holiday_next", r"(?:(?:с|со)\s+)?(?:наступающ\w+|предстоящ\w+|грядущ\w+|ближайш\w+)\s+<HOLIDAY>", "date", {"tense": "future"}),
    ("date.holiday_last", r"(?:прошедш\w+|минувш\w+|прошл\w+)\s+<HOLIDAY>", "date", {"tense": "past"}),
    *_RELATIVE_YEAR_RULES,
    # weekdays: with «в/во», or bare after a preposition a combinator takes («с понедельника»)
    ("date.weekday", rf"{_IN}<WEEKDAY>(?:\s+<POD>)?", "weekday"),
    ("date.weekday_after_prep", r"(?:(?<=с\s)|(?<=со\s)|(?<=до\s)|(?<=по\s)|(?<=к\s)|(?<=ко\s)|(?<=на\s))<WEEKDAY>", "weekday"),
    # a bound in a part of a weekday («продлится до вечера воскресенья», «к утру пятницы»), a clock's day
    # («до 18:00 понедельника»)
    ("date.weekday_pod_bound", r"(?:(?<=до\s)|(?<=к\s)|(?<=ко\s))<PODB:pod>\s+<WEEKDAY>", "weekday"),
    ("date.weekday_after_clock", r"(?<=\d:\d\d\s)<WEEKDAY>", "weekday"),
    ("date.weekday_dative", r"(?:(?<=к\s)|(?<=ко\s))<WDDAT:weekday>", "weekday"),
    # «к вечеру того же дня»: a part of the day the story is at
    ("ana.pod_same_day", r"(?:(?<=к\s)|(?<=ко\s)|(?<=до\s))<PODB:pod>\s+(?:того\s+же|этого\s+же|того)\s+дня", "anaphor",
     {"n": 0}),
    # «пик придется на утро субботы»: a part of a weekday, the part named first
    ("date.pod_noun_weekday", r"(?:(?<=на\s)|(?<=в\s)|(?<=с\s))<PODN:pod>\s+<WEEKDAY>", "weekday"),
    # «с утра побывали»: since this morning («с утра до вечера» is all day long, no date)
    # «к выходным», «до вечера» (the bound word is a modifier the combinators add)
    ("rel.weekend_bound", r"(?:(?<=к\s)|(?<=ко\s)|(?<=до\s))выходн(?:ым|ых)(?!\s+дн)", "relative_unit",
     {"unit": "weekend", "offset": None}),
    ("time.pod_bound", r"(?:(?<=до\s)|(?<=к\s)|(?<=ко\s))(?<!утра\sдо\s)<PODB:pod>(?!\s+<WEEKDAY>|\s+\d)", "date"),
    # «больше года», «почти месяц», «менее недели»: one unit after a word of measure
    ("dur.about_one", r"(?:(?<=более\s)|(?<=больше\s)|(?<=менее\s)|(?<=меньше\s)|(?<=почти\s)|(?<=около\s)|"
     r"(?<=свыше\s))<UNIT1:unit>(?!\s+(?:назад|спустя|до|после|раньше|позже|тому|к\s+году)\b)", "duration"),
    # «каждые полчаса», «до часу ночи»
    ("set.every_half_hour", r"каждые\s+полчаса", "set", {"value": "PT30M"}),
    ("time.one_at_night", r"(?<=до\s)часу\s+ночи", "date", {"hour": 1, "minute": 0}),
    ("time.since_morning", r"(?<=с\s)(?=утра)<PODB:pod>(?!\s+(?:до|и)\b|\s+<WEEKDAY>|\s+\d)", "date"),
    ("date.last_weekday", rf"{_IN}?<LAST:last>\s+<WEEKDAY>(?:\s+<POD>)?", "weekday", {"tense": "past", "strict": True}),
    ("date.next_weekday", rf"{_IN}?(?:<NEXT:next>|ближайш\w+)\s+<WEEKDAY>(?:\s+<POD>)?", "weekday", {"tense": "future"}),
    ("date.this_weekday", rf"{_IN}(?:эт[уио]т?)\s+<WEEKDAY>(?:\s+<POD>)?", "weekday"),
    # parts of day and clock times
    ("time.pod", rf"(?<!каждым\s)(?<!\bс\s)<POD>(?!\s+{_DATE_AHEAD}|{_DAY_OF}|\s+рождени|(?<=ночью)\s+(?:с\s+\w+\s+)?на\s+<WEEKDAY>)", "date"),
    ("time.clock", rf"{_IN}?{_NOT_AFTER_NUMBER}<HH:hour>:<MIN:minute>(?![.,:]?\d)(?:\s*\(?<ZONE>\)?)?", "date"),
    ("time.clock_dot", rf"{_IN}<HH:hour>\.<MIN:minute>(?![.,]?\d)(?:\s*\(?<ZONE>\)?)?", "date"),
    ("time.hours", rf"{_IN}<HH:hour>\s+час(?:а|ов)?(?:\s+<MIN:minute>\s+минут[аы]?)?(?:\s+<ZONE>)?", "date"),
    ("time.word_hours_pod", rf"{_IN}?<NUM:hour>\s+час(?:а|ов)?\s+<HPOD:ampm>", "date"),
    ("time.hours_pod", rf"{_IN}?{_NOT_AFTER_NUMBER}<H12:hour>(?:\s+час(?:а|ов)?)?(?:\s+<MIN:minute>\s+минут[аы]?)?\s+<HPOD:ampm>(?:\s+<ZONE>)?", "date"),
    ("time.hours_day", rf"{_IN}?{_NOT_AFTER_NUMBER}<H12:hour>\s+час(?:а|ов)?(?:\s+<MIN:minute>\s+минут[аы]?)?\s+<HDAY:ampm>(?:\s+<ZONE>)?", "date"),
    ("time.one_pm", r"в\s+час\s+(?:дня|ночи)", "date", {"hour": 13, "minute": 0}),
    ("time.noon", r"(?:в\s+)?полдень", "date", {"hour": 12, "minute": 0}),
    ("time.midnight", r"(?:в\s+)?полночь", "date", {"hour": 0, "minute": 0}),
    # «к полуночи», «около полуночи», «после полуночи» (the word of bound is a modifier)
    ("time.midnight_bound", r"(?:(?<=к\s)|(?<=до\s)|(?<=около\s)|(?<=после\s)|(?<=с\s))полуночи", "date",
     {"hour": 0, "minute": 0, "ends_day": True, "ends_named_day": True}),
    # ranges written as one phrase
    ("range.days_month", rf"(?:с\s+)?{_NOT_AFTER_NUMBER}<DAY>\s*(?:[-–—]|по|до|и)\s*<DAY:day2>\s+<MONTHANY:month>(?:\s+<YEAR>{_GOD}?)?{_NOT_NUMBER}", "range"),
    ("range.years", rf"(?:(?:в|во|с|между)\s+)?{_NOT_AFTER_NUMBER}<YEAR>\s*(?:[-–—]|по|до|и)\s*<YEAR:year2>\s*(?:гг\.?|год\w*){_NOT_NUMBER}", "range"),
    ("range.years_bare", rf"(?:(?:с|со)\s+{_NOT_AFTER_NUMBER}<YEAR>\s+(?:по|до)|(?<![\w]-){_NOT_AFTER_NUMBER}<YEAR>\s*[-–—])\s*<YEAR:year2>{_BARE_YEAR_GUARD}", "range"),
    # «сезон 2019/20», «2019-20 гг.»; «2019-05» is May 2019 (ISO 8601)
    ("range.years_short", rf"(?:(?:в|во|с)\s+)?(?<![\d\-–])<YEAR>[-–—/](?P<year2>\d\d)(?:\s*(?:гг\.?|годах|годов|годы))?(?![\d\-–]|[.,]\d)", "range"),
    ("range.months", rf"(?:с\s+)?<MONTH>\s*(?:[-–—]|по|до)\s*<MONTH:month2>\s+<YEAR>{_GOD}?{_NOT_NUMBER}", "range"),
    ("week.nth_of", r"(?<!\w)(?:(?:в|на)\s+)?(?P<nth><ORD>)\s+(?:неделю|недели|неделе)\s+<M>", "week_of"),
    ("night.from_to", rf"(?:в\s+)?ночь\s+(?:с\s+)?<DAY>\s*(?:на\s+|[-–—]\s*)<DAY:day2>\s+<MONTHANY:month>(?:\s+<YEAR>{_GOD}?)?{_NOT_NUMBER}", "night"),
    # deictic
    ("rel.today", r"сегодня(?:\s+<POD>)?|(?:в\s+)?сегодняшн(?:ий|яя|ее|ие|его|ей|ему|им|их|ими|юю|ем)", "relative_day", {"days": 0}),
    ("rel.yesterday", r"вчера(?:\s+<POD>)?|вчерашн(?:ий|яя|ее|ие|его|ей|ему|им|их|ими|юю|ем)", "relative_day", {"days": -1}),
    ("rel.tomorrow", r"завтра(?:\s+<POD>)?|завтрашн(?:ий|яя|ее|ие|его|ей|ему|им|их|ими|юю|ем)", "relative_day", {"days": 1}),
    ("rel.day_before_yesterday", r"позавчера(?:\s+<POD>)?", "relative_day", {"days": -2}),
    ("rel.day_after_tomorrow", r"послезавтра(?:\s+<POD>)?", "relative_day", {"days": 2}),
    ("rel.tonight", r"сегодня\s+(?:ночью|вечером)", "relative_day", {"days": 0, "pod": "NI"}),
    ("rel.eve", rf"накануне(?:\s+<POD>|(?!\s+(?:<HOLIDAY:holiday_ahead>|\d|визит|встреч|выбор|саммит|переговор|праздник|голосовани|заседани|форум|референдум|матч|игр|поездк|приезд|начал|старт|открыти|завершени|годовщин|юбиле|дня|вечер|ночь|его|ее|её|их|этого|того|своего|своей)))", "relative_day",
     {"days": -1, "not_before_case": "gent"}),
    ("rel.this_unit", rf"(?:(?:в|во|на|за)\s+)?<THIS:this>\s+<UNITREL:unit>", "relative_unit", {"offset": 0}),
    ("rel.last_unit", rf"(?:(?:в|во|на|за)\s+)?<LAST:last>\s+<UNITREL:unit>", "relative_unit", {"offset": -1}),
    ("rel.next_unit", rf"(?:(?:в|во|на|за)\s+)?<NEXT:next>\s+<UNITREL:unit>", "relative_unit", {"offset": 1}),
    ("rel.unit_before_last", rf"(?:(?:в|во|на|за)\s+)?<BLAST:blast>\s+<UNITREL:unit>", "relative_unit", {"offset": -2}),
    ("rel.this_season", r"<THIS:this>\s+<SEASON>", "relative_unit", {"offset": 0}),
    ("rel.last_season", r"<LAST:last>\s+<SEASON>", "relative_unit", {"offset": -1}),
    ("rel.next_season", r"<NEXT:next>\s+<SEASON>", "relative_unit", {"offset": 1}),
    ("rel.end_of_unit", r"(?:(?:в|к|до)\s+)?(?:конце|концу|конца|конец)\s+(?:(?:этого|текущего|нынешнего|уходящего|сего)\s+)?<UNITPER:unit>", "relative_unit", {"offset": 0, "mod": "END"}),
    ("rel.start_of_unit", r"(?:(?:в|к|с|до)\s+)?(?:начале|началу|начала|начало)\s+(?:(?:этого|текущего|нынешнего|уходящего|сего)\s+)?<UNITPER:unit>", "relative_unit", {"offset": 0, "mod": "START"}),
    ("rel.mid_of_unit", r"(?:(?:в|к|до)\s+)?(?:середине|середины|середину)\s+(?:(?:этого|текущего|нынешнего|уходящего|сего)\s+)?<UNITPER:unit>", "relative_unit", {"offset": 0, "mod": "MID"}),
    ("rel.ago", r"<NUM>\s+<UNIT>\s+(?:тому\s+)?назад", "offset", {"sign": -1}),
    ("rel.one_ago", r"<UNIT1:unit>\s+(?:тому\s+)?назад", "offset", {"sign": -1}),
    ("rel.half_year_ago", r"полгода\s+(?:тому\s+)?назад", "offset", {"sign": -1, "unit": "month", "num": 6}),
    ("rel.in", r"через\s+<NUM>\s+<UNIT>", "offset", {"sign": 1, "past_from_story": True}),
    ("rel.in_one", r"через\s+<UNIT1:unit>", "offset", {"sign": 1}),
    ("rel.in_half_year", r"через\s+полгода", "offset", {"sign": 1, "unit": "month", "num": 6}),
    ("rel.present", r"сейчас|в\s+настоящее\s+время|ныне|на\s+(?:данный|текущий)\s+момент|в\s+данный\s+момент|на\s+сегодняшний\s+день|в\s+наши\s+дни", "reference", {"value": "PRESENT_REF"}),
    ("rel.past", r"недавно|в\s+прошлом|в\s+последнее\s+время|в\s+последние\s+(?:годы|месяцы|недели|дни)", "reference", {"value": "PAST_REF"}),
    ("rel.future", r"в\s+будущем|в\s+ближайшие\s+(?:годы|месяцы|недели|дни)|в\s+ближайшее\s+время|в\s+перспективе", "reference", {"value": "FUTURE_REF"}),
    # anaphoric: anchored to the date the narrative mentioned last
    ("ana.next_day", r"(?:на|в)\s+(?:следующий|другой)\s+день(?!\s+после)|на\s+следующие\s+сутки|следующего\s+дня|наутро|назавтра", "anaphor", {"n": 1}),
    ("ana.previous_day", r"(?:в|за)\s+(?:предыдущий|предшествующий)\s+день|днем\s+ранее|днем\s+раньше|за\s+день\s+до\s+этого|днем\s+прежде", "anaphor", {"n": -1}),
    ("ana.same_day", r"(?:в\s+)?(?:тот|этот)\s+же\s+день|(?:того|этого)\s+же\s+дня|в\s+тот\s+день|тем\s+же\s+днем", "anaphor", {"n": 0}),
    ("ana.next_pod", r"(?:(?:на|в)\s+)?следующ(?:ее|ий|ую|им|ей)\s+<PODN:pod>", "anaphor", {"n": 1}),
    ("ana.previous_pod", r"(?:(?:в|на)\s+)?(?:предыдущ|предшествующ)(?:ее|ий|ую|им|ей)\s+<PODN:pod>", "anaphor", {"n": -1}),
    ("ana.same_pod", r"(?:(?:в|на)\s+)?(?:(?:тот|ту|то|тем|той)\s+же|тот|ту|тем|той)\s+<PODN:pod>", "anaphor", {"n": 0}),
    ("ana.same_year", r"(?:в\s+)?(?:том|этом)\s+же\s+году|(?:того|этого)\s+же\s+года|в\s+тот\s+же\s+год|в\s+том\s+году", "anaphor", {"n": 0, "unit": "year"}),
    ("ana.same_month", r"(?:в\s+)?(?:том|этом)\s+же\s+месяце|(?:того|этого)\s+же\s+месяца", "anaphor", {"n": 0, "unit": "month"}),
    ("ana.same_week", r"на\s+(?:той|этой)\s+же\s+неделе", "anaphor", {"n": 0, "unit": "week", "grain": "week"}),
    ("ana.next_year", r"(?:через\s+)?год\s+спустя|спустя\s+год", "anaphor", {"n": 1, "unit": "year"}),
    ("ana.unit_later", r"<UNITI:unit>\s+(?:позже|позднее|спустя)", "anaphor", {"n": 1}),
    ("ana.one_unit_after_that", r"через\s+<UNIT1:unit>\s+после\s+(?:этого|того)", "anaphor", {"n": 1}),
    ("ana.after_one_unit", r"спустя\s+<UNIT1:unit>", "anaphor", {"n": 1}),
    ("ana.unit_earlier", r"<UNITI:unit>\s+(?:ранее|раньше|прежде)", "anaphor", {"n": -1}),
    ("ana.one_unit_before_that", r"за\s+<UNIT1:unit>\s+до\s+(?:этого|того)", "anaphor", {"n": -1}),
    ("ana.after_units", r"спустя\s+<NUM>\s+<UNIT>", "offset", {"sign": 1, "base": "mention"}),
    ("ana.units_later", r"(?<!на\s)<NUM>\s+<UNIT>\s+(?:спустя|позже|позднее)", "offset", {"sign": 1, "base": "mention"}),
    ("ana.units_after_that", r"через\s+<NUM>\s+<UNIT>\s+после\s+(?:этого|того)", "offset", {"sign": 1, "base": "mention"}),
    ("ana.units_earlier", r"(?<!на\s)<NUM>\s+<UNIT>\s+(?:ранее|раньше)", "offset", {"sign": -1, "base": "mention"}),
    ("ana.units_before_that", r"за\s+<NUM>\s+<UNIT>\s+до\s+(?:этого|того)", "offset", {"sign": -1, "base": "mention"}),
    # durations and sets
    # «старше 18 лет», «в возрасте 60 лет», «в возрасте от 18 до 60 лет», «Зуеву 27 лет» are ages; «до 15 лет»
    # keeps its bound
    ("dur.count", r"(?<!старше\s)(?<!младше\s)(?<!возрасте\s)(?<!исполнилось\s)(?<!исполнится\s)"
     r"(?:(?:(?:в\s+течение|на\s+протяжении|за)(?:\s+(?:последних|ближайших|первых|следующих|первые|последние|ближайшие|следующие))?|в\s+последние|за\s+последние|"
     r"на|за|до|последние|ближайшие|первые|следующие)\s+)?<NUM>(?P<andhalf>\s+с\s+половиной)?\s+<UNIT>(?!\s+(?:тому\s+)?назад)", "duration",
     {"age_check": True}),
    # «за сутки», «на неделю»: one unit; «за неделю до выборов» is a day counted back, «на день рождения» no length
    ("dur.one_unit", r"(?:за|на)\s+<UNIT1:unit>(?!\s+(?:до\b|после|раньше|позже|вперед|назад|рождени|открыт|памяти|город|знани)\w*)", "duration"),
    # «58-летний мужчина», «47-летнего бывшего замминистра», «35-летний Иванов» are ages (a person follows: the
    # analyser knows animate nouns); «10-летний план» is a length
    ("dur.digits_adj", rf"{_NOT_AFTER_NUMBER}(?P<num>\d{{1,3}})-<UADJ:unit>(?!\s+(?-i:[А-ЯЁ]))", "duration",
     {"age_before_person": True}),
    ("dur.one", r"(?:в\s+течение|на\s+протяжении)\s+<UNIT1:unit>", "duration"),
    ("dur.half_century", r"(?:(?:в\s+течение|на\s+протяжении)\s+)?(?:полувека|полвека)", "duration", {"unit": "year", "num": 50}),
    ("dur.last_day", r"за\s+(?:последние|минувшие|прошедшие)\s+сутки", "duration", {"unit": "day", "num": 1}),
    ("dur.hours_minutes", r"(?:за\s+)?<NUM>\s+час(?:а|ов)?\s+(?P<minutes>[1-5]?\d)\s+минут[аы]?", "duration", {"unit": "hour"}),
    ("rel.weekend_this", r"(?:в|на)\s+(?:эти\s+)?выходные(?!\s+дни)", "relative_unit", {"unit": "weekend", "offset": None}),
    ("date.season_by", r"(?:к|до)\s+(?=(?:весне|лету|осени|зиме)(?!\w))<SEASON>", "date"),
    ("dur.half_year", r"(?:(?:в\s+течение|на\s+протяжении|на|за|в\s+последние|за\s+последние)\s+)?(?:полгода|полугода)", "duration", {"unit": "month", "num": 6}),
    ("dur.half_hour", r"(?:(?:в\s+течение|на|за)\s+)?(?:полчаса|получаса)", "duration", {"unit": "minute", "num": 30}),
    ("dur.adjective", r"<NPREFIX:num>(?:-|\s)?<UADJ:unit>", "duration"),
    ("dur.many_adjective", r"много<UADJ:unit>", "duration", {"num": None}),
    ("dur.fuzzy", r"(?:(?:в\s+течение|на\s+протяжении)\s+)?(?:долгих|многих|последних)\s+<UNIT>", "duration", {"num": None}),
    ("set.every_unit", r"(?:каждый|каждую|каждое|каждого|раз\s+в)\s+<UNIT1:unit>", "set"),
    ("set.every_n_units", r"каждые\s+<NUM>\s+<UNIT>", "set"),
    ("set.every_n", r"раз\s+в\s+<NUM>\s+<UNIT>", "set"),
    ("set.half_year", r"раз\s+в\s+полгода|раз\s+в\s+полугодие", "set", {"value": "P6M"}),
    # «около года», «почти месяца»: one unit in the genitive after an approximation (the modifier joins it)
    ("dur.one_genitive", r"(?:(?<=около\s)|(?<=почти\s)|(?<=более\s)|(?<=менее\s)|(?<=свыше\s))"
     r"(?=(?:года|месяца|недели|суток|дня|часа)(?!\w))<UNIT>", "duration", {"num": 1}),
    ("set.every_weekday", r"(?:каждый|каждую|каждое|каждого)\s+<WEEKDAY>", "set"),
    ("set.weekdays", r"по\s+<WDPLURAL:weekday>", "set"),
    ("set.daily", r"ежедневн(?:о|ый|ая|ое|ые|ого|ой|ому|ым|ых|ую)|каждый\s+день|ежесуточно", "set", {"value": "P1D"}),
    ("set.weekly", r"еженедельн(?:о|ый|ая|ое|ые|ого|ой|ому|ым|ых|ую)|каждую\s+неделю", "set", {"value": "P1W"}),
    ("set.monthly", r"ежемесячн(?:о|ый|ая|ое|ые|ого|ой|ому|ым|ых|ую)|каждый\s+месяц", "set", {"value": "P1M"}),
    ("set.quarterly", r"ежеквартальн(?:о|ый|ая|ое|ые|ого|ой|ому|ым|ых|ую)", "set", {"value": "P3M"}),
    ("set.yearly", r"ежегодн(?:о|ый|ая|ое|ые|ого|ой|ому|ым|ых|ую)|каждый\s+год|раз\s+в\s+год", "set", {"value": "P1Y"}),
    ("set.twice", r"(?:дважды|трижды|два\s+раза|три\s+раза)\s+в\s+<UNIT1:unit>", "set"),
]

#: rules over found phrases: <M> stands for one phrase already found
COMBINATORS = [
    ("range.from_to", r"(?<!\w)(?:с|со|от)\s+<M>\s+(?:по|до)\s+<M>", "range"),
    ("range.between", r"(?<!\w)между\s+<M>\s+и\s+<M>", "range"),
    ("range.dash", r"(?<!\w)<M>\s*[-–—]\s*<M>", "range"),
    ("week.nth_of", r"(?<!\w)(?:(?:в|на)\s+)?(?P<nth><ORD>)\s+(?:неделю|недели|неделе)\s+<M>", "week_of"),
    ("night.from_to", r"(?<!\w)(?:в\s+)?(?:ночь|ночью)\s+с\s+<M>\s+на\s+<M>", "part_of_day", {"pod": "NI"}),
    ("night.before", r"(?<!\w)(?:в\s+)?(?:ночь|ночью)\s+на\s+<M>", "part_of_day", {"pod": "NI", "shift": -1}),
    ("shift.eve_of", r"(?<!\w)(?:накануне|в\s+канун|в\s+преддверии)\s+<M>", "shift", {"n": -1}),
    ("shift.day_after", r"(?<!\w)(?:на\s+следующий\s+день|наутро)\s+после\s+<M>", "shift", {"n": 1}),
    ("shift.day_before", r"(?<!\w)за\s+день\s+до\s+<M>", "shift", {"n": -1}),
    ("mod.prefix", r"(?<!\w)<MOD>\s+<M>", "mod"),
    ("pod.before", r"(?<!\w)<POD>\s+<M>", "part_of_day"),
    ("time.zone", r"(?<!\w)<M>\s*\(?<ZONE>\)?", "zone"),
    ("time.with_date", r"(?<!\w)<M>,?\s+(?:в\s+|на\s+)?<M>", "with_time", {"needs": "clock+day"}),
]
