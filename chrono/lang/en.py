"""English: vocabularies and rules (data only; the engine gives each action its meaning)."""

CODE = "en"
NAME = "English"
SCRIPT = r"[a-z]"
COMMON_WORDS = frozenset(
    "the of and to in a is that for on was with as by at from he it said his are were be has have "
    "had this an not but which after year its their they will would been also who".split())

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sunday": 6,
}
#: words that are dates only when capitalised ("may" the verb, "sun" the star)
LOWERCASE_NOT_DATE = ("may", "mar", "march", "sun", "sat", "wed", "jan", "dec", "oct", "nov", "aug",
                      "sept", "sep", "fri", "mon", "tue", "thu", "jun", "jul", "apr", "feb")
WEEKDAYS_PLURAL = {"mondays": 0, "tuesdays": 1, "wednesdays": 2, "thursdays": 3, "fridays": 4,
                   "saturdays": 5, "sundays": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "a couple of": 2,
    "a few": None, "few": None, "several": None, "many": None, "some": None, "a couple": 2,
    "half a": 0.5, "a half": 0.5, "one and a half": 1.5, "dozens of": None, "a dozen": 12,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "two hundred": 200,
    "a thousand": 1000, "two thousand": 2000, "several thousand": None, "hundreds of": None,
    "thousands of": None, "a minute and a half": 1.5,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
NUMBERS.update({f"{tens}{joint}{ones}": t + o for tens, t in _TENS.items() for ones, o in _ONES.items()
                for joint in ("-", " ")})
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
#: the last two digits of a year as said aloud ("ninety-seven", "oh five", "hundred")
_SPOKEN_TAILS = {**{f"oh {word}": n for word, n in _ONES.items()}, **{f"o {word}": n for word, n in _ONES.items()},
                 **_TENS, **_TEENS,
                 **{f"{tens}{joint}{ones}": t + o for tens, t in _TENS.items() for ones, o in _ONES.items()
                    for joint in ("-", " ")}}
#: years of the 20th century said aloud, as transcripts of broadcasts write them ("nineteen ninety-seven")
SPOKEN_YEARS = {f"nineteen {tail}": 1900 + n for tail, n in _SPOKEN_TAILS.items()}
#: years from 2000 said aloud; bare "two thousand" is a number, so only after "the year"
SPOKEN_MILLENNIUM_YEARS = {"two thousand": 2000, **{f"two thousand{joint} {word}": 2000 + n
                                                    for word, n in {**_ONES, **_TEENS, **_TENS}.items()
                                                    for joint in ("", " and")}}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12,
    "12th": 12, "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14, "fifteenth": 15,
    "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17, "eighteenth": 18,
    "18th": 18, "nineteenth": 19, "19th": 19, "twentieth": 20, "20th": 20,
    "twenty-first": 21, "21st": 21, "twenty first": 21, "last": 4,
}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9}
#: days of the month said as ordinal words ("March eighth", "the twenty-first of May")
DAY_ORDINALS = {**_ORDINAL_WORDS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
                **{f"{tens}{joint}{word}": t + n for tens, t in (("twenty", 20), ("thirty", 30))
                   for word, n in _ORDINAL_WORDS.items() for joint in ("-", " ") if t + n <= 31}}
QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                    "fourth": 4, "4th": 4, "final": 4, "last": 4}
HALF_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2, "last": 2}
UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "min": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "fortnight": "week", "month": "month", "months": "month", "quarter": "quarter",
    "quarters": "quarter", "year": "year", "years": "year", "yr": "year", "decade": "decade",
    "decades": "decade", "century": "century", "centuries": "century", "weekend": "weekend",
    "weekends": "weekend",
}
UNITS_SINGULAR = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
                  "decade": "decade", "century": "century", "weekend": "weekend", "hour": "hour",
                  "minute": "minute"}
UNITS_PLURAL = {"days": "day", "weeks": "week", "months": "month", "quarters": "quarter",
                "years": "year", "decades": "decade", "centuries": "century", "hours": "hour",
                "minutes": "minute", "weekends": "weekend"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "midday": "MI", "noon": "MI", "mid-afternoon": "AF", "mid afternoon": "AF",
                "midafternoon": "AF", "mid-morning": "MO", "mid morning": "MO", "midmorning": "MO"}
#: "Tuesday nights": a part of day every week
PARTS_OF_DAY_PLURAL = {"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}
#: "4 in the morning": the half of the clock a part of day implies
CLOCK_HALF_OF_PART = {"morning": 0, "afternoon": 12, "evening": 12}
#: "the first week of March": which week of the month (-1 the last)
WEEK_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                 "last": -1, "final": -1}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's eve": (12, 31), "new years eve": (12, 31), "new year's day": (1, 1),
    "new year": (1, 1), "new year's": (1, 1), "the new year": (1, 1), "the new year's": (1, 1),
    "the eve of the new year": (12, 31), "eve of the new year": (12, 31),
    "the eve of new year": (12, 31), "independence day": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "victory day": (5, 9), "boxing day": (12, 26),
    "fourth of july": (7, 4), "the fourth of july": (7, 4), "july fourth": (7, 4),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "veterans day": (11, 11),
    # (month, weekday, n[, days after]): the n-th weekday of the month, n = -1 the last
    "labor day": (9, 0, 1), "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3), "presidents' day": (2, 0, 3),
    "presidents day": (2, 0, 3), "columbus day": (10, 0, 2), "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3), "election day": (11, 0, 1, 1), "black friday": (11, 3, 4, 1),
    "cyber monday": (11, 3, 4, 4),
    # ("easter", days after Easter Sunday)
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "palm sunday": ("easter", -7), "ash wednesday": ("easter", -46),
    "pentecost": ("easter", 49),
}
#: hours spelled out before "o'clock"
CLOCK_WORDS = {w: i + 1 for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight",
                                               "nine", "ten", "eleven", "twelve"))}
#: minutes spelled out after an hour, as broadcast transcripts write clock times ("seven-thirty", "six-forty")
MINUTE_WORDS = {w: n for w, n in {**_TEENS, **_TENS, **{f"{t}{j}{o}": tn + on for t, tn in _TENS.items()
                                                          for o, on in _ONES.items() for j in ("-", " ")},
                                   }.items() if n < 60}
AMPM = {"am": 0, "a.m": 0, "a.m.": 0, "pm": 12, "p.m": 12, "p.m.": 12}
ZONES = {"utc": "Z", "gmt": "Z", "msk": "+03:00", "moscow time": "+03:00", "cet": "+01:00",
         "cest": "+02:00", "est": "-05:00", "edt": "-04:00", "pst": "-08:00", "pdt": "-07:00",
         "bst": "+01:00", "local time": "", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00",
         "baghdad time": "Asia/Baghdad",
         # named zones: the offset is the one in force on the day (summer time included)
         "et": "America/New_York", "eastern time": "America/New_York", "pt": "America/Los_Angeles",
         "pacific time": "America/Los_Angeles", "central time": "America/Chicago",
         "mountain time": "America/Denver", "eastern": "America/New_York", "central": "America/Chicago",
         "pacific": "America/Los_Angeles", "mountain": "America/Denver",
         "kyiv time": "Europe/Kyiv", "london time": "Europe/London", "paris time": "Europe/Paris",
         "berlin time": "Europe/Berlin", "beijing time": "+08:00", "tokyo time": "+09:00"}
MODIFIERS = {
    "early": "START", "the beginning of": "START", "beginning of": "START",
    "the start of": "START", "start of": "START", "the early part of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "middle of": "MID", "the mid": "MID",
    "late": "END", "the end of": "END", "end of": "END", "the late": "END",
    "the early": "START", "the latter part of": "END", "the close of": "END", "the turn of": "APPROX",
    "around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "circa": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "more than": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
}
#: modifiers TimeML leaves outside the tagged span (prepositions)
OUTER_MODIFIERS = {
    "before": "BEFORE", "prior to": "BEFORE", "until": "BEFORE", "till": "BEFORE",
    "after": "AFTER", "since": "ON_OR_AFTER", "by": "ON_OR_BEFORE", "no later than": "ON_OR_BEFORE",
    "over": "MORE_THAN",
}
DECADE_WORDS = {"twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196,
                "seventies": 197, "eighties": 198, "nineties": 199}

#: words in a sentence that put a year-less date or weekday in the future or the past
FUTURE_MARKERS = [r"will", r"won't", r"shall", r"is\s+to", r"are\s+to", r"is\s+due", r"are\s+due",
                  r"(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\ba\s)(?<!originally\s)(?<!initially\s)(?<!previously\s)scheduled", r"slated", r"plans?\s+to", r"(?<!\bbeen\s)(?<!\bhad\s)planned", r"upcoming", r"coming", r"next",
                  r"is\s+expected", r"are\s+expected", r"'ll", r"going\s+to", r"intends?",
                  r"forthcoming", r"expects?", r"(?<!\bbeen\s)(?<!\bhad\s)plann\w*", r"as\s+(?:soon|early)\s+as", r"set\s+to",
                  r"would", r"supposed\s+to", r"(?:was|were)\s+expected", r"(?<!\bthan\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)expected(?=\s+(?:on|by|in|at|around|before|early|late|later|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)", r"could\s+(?!not\b|have\b|be\b)[a-z]+", r"(?:is|are)\s+forecast", r"(?:is|are)\s+set\s+for", r"(?:is|are)\s+(?:closed|shut)",
                  r"(?:postponed|delayed|deferred|adjourned|extended|put\s+off)\s+(?:\w+\s+){0,2}to",
                  r"(?:postponed|delayed|deferred|adjourned|extended|put\s+off)\s+(?:\w+\s+){0,3}(?:until|till|through)",
                  r"hopes?\s+to",
                  # a time allowed, a threat or a promise is of what is still to come ("had until May 19 to rule",
                  # "threatened a longer stoppage in November"; "promised in March" dates the promise)
                  r"(?:has|have|had|gave\s+\w+|given\s+\w+)\s+until",
                  # an order's infinitive is of what is to be done ("told federal workers to stay home Monday");
                  # bracing or preparing for something is before it ("is bracing for Monday's eclipse")
                  r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)"
                  r"(?:told|ordered|asked|urged|advised|instructed|allowed|invited|directed|called\s+on)\s+"
                  r"(?:[\w'-]+\s+){1,6}?to\s+(?!be\b|have\b)[a-z]+",
                  r"payable",
                  r"(?:bracing|preparing|gearing\s+up|getting\s+ready)\s+for",
                  r"(?:threatened|promised|vowed|pledged)(?=\s+(?:a|an|the|to|more|new|further|another|its|their)\b)"]
#: present-tense verbs of news schedules ("the panel meets Monday", "talks resume Tuesday") put a day ahead;
#: reporting verbs ("says Monday") are no schedule, and a determiner, "to" or "did" before the word makes it none
_NOT_SCHEDULE = r"(?<!(?-i:[a-z]ed)\s)" + "".join(rf"(?<!\b{w}\s)" for w in (   # after an -ed verb: its object ("mailed returns")
    "a", "an", "the", "its", "his", "her", "their", "our", "this", "to", "did", "not", "on", "no",
    "scheduled", "planned", "official", "final", "early", "late"))
SCHEDULE_VERBS = (r"(?:is|are)(?=\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", r"runs?\s+out", r"meets?", r"resumes?", r"(?:re)?convenes?", r"begins?", r"opens?", r"arrives?", r"leaves?",
                  r"travels?", r"testif(?:y|ies)", r"hears?", r"go(?:es)?", r"heads?(?!\s+of\b)", r"returns?",
                  r"closes?", r"runs?\s+(?:through|until|till)", r"(?:is|are)\s+on", r"moves?\s+to", r"ahead\s+of", r"set\s+(?:it|them)\s+for", r"ends?(?!\s+of\b)", r"takes?\s+place", r"reopens?", r"continues?",
                  r"votes?", r"visits?", r"holds?", r"hosts?", r"plays?", r"faces?", r"starts?", r"expires?",
                  r"takes?\s+office", r"takes?\s+over", r"lapses?", r"turns?\s+\d+", r"kicks?\s+off", r"wraps?\s+up", r"takes?\s+effect",
                  r"(?:comes?|goes?)\s+into\s+(?:force|effect)", r"enters?\s+into\s+force")
#: a schedule verb counts only before the phrase it governs ("in July, and holds 14.6%" is no schedule)
SCHEDULE_MARKERS = (_NOT_SCHEDULE + r"(?<![-'])(?:" + "|".join(SCHEDULE_VERBS) + ")",)
#: words that put a date after them in the past, whatever the verb ("have been searching since the Oct. 23 slaying")
PAST_BEFORE_MARKERS = (r"(?:ever\s+)?since", r"retroactive(?:ly)?\s+to")
#: future auxiliaries that govern a date further on in their clause ("would be traveling to the US Thursday")
GOVERNING_FUTURE = (r"will", r"would", r"'ll", r"shall", r"(?:is|are)\s+to", r"going\s+to",
                    r"(?:planning|plans?|hopes?|hoped|hoping)\s+to",
                    r"(?:threatened|promised|vowed|pledged)(?=\s+(?:a|an|the|to|more|new|further|another|its|their)\b)",
                    r"(?<!been\s)(?<!was\s)(?<!were\s)(?:scheduled|planned|expected|set|due|supposed)\s+to",
                    r"(?<!been\s)(?<!was\s)(?<!were\s)slated", r"(?:is|are)\s+(?:set|scheduled|slated)\s+for",
                    r"(?:is|are)\s+forecast", r"(?:is|are)\s+due(?!\s+to\b)", r"expects?", r"should(?!\s+have\b)", r"(?<!\bthe\s)(?<!\ba\s)forecasts?",
                    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bits\s)plans?(?=\s+(?:a|an|to|the|their|its|new)\b)",
                    r"could(?!\s+(?:not|n't|have|be)\b)",
                    # the modal, not the month: "may have to extend classes into June" ("may have died" is past)
                    r"(?-i:may|might)(?=\s+(?!have\b)[a-z]+\b|\s+have\s+to\b)") + SCHEDULE_MARKERS
#: a phrase followed by this names a thing ("Wednesday's ruling"), not when the clause's verb happens
POSSESSIVE = r"'s\b"
#: words between a past verb and a date that make the date another event's (an infinitive, a deadline)
GOVERNING_BREAK = (r"\b(?:to\s+(?!(?:a|an|the|its|his|her|their|our|this|that|these|those)\b|\d)\w+|until|till|through|"
                   r"by(?!\s+(?:the|a|an|his|her|their|its|our)\s)|effective|payable|due|for)\b")   # "passed by the council" is no deadline
#: what joins a period to the day it ends on ("the quarter ended Sept. 30")
PERIOD_ENDED = r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed)(?:\s+on)?\s+"
#: right before a date whose clause has no tense of its own, these make it a deadline ahead
DEADLINE_BEFORE = (r"\b(?:until|till|by|through|beyond|starting|beginning)\s+(?:the\s+(?:end|middle)\s+of\s+)?"
                   r"(?:(?:noon|midnight|\d{1,2}(?::\d\d)?\s*[ap]\.m\.)\s+(?:on\s+)?)?$")
#: a day after these bounds a stretch of time; it is not the day a later clock time falls on ("since Thursday")
BOUND_BEFORE = r"(?i:\b(?:since|until|till|through|before|after)\s+$)"
#: a night named before a clock time of the small hours puts that time on the next day
NIGHT_WORD = r"\bnight\b"
#: an infinitive after a past verb and its object: what it governs is still to be done ("ordered visitors to leave
#: by noon Monday"; "had to reach offices by 8 p.m. Tuesday" is past)
INFINITIVE = r"^\s+(?!to\b)\w+[^.;]*?\bto\s+(?!(?:a|an|the|its|his|her|their|our|this|that|these|those|be|have)\b)[a-z]+\b"
#: a demand or an order in the past is of what is to be done by its deadline ("demanded a payment by midnight on
#: Monday", "gave them until Friday")
ORDER_VERBS = r"(?i:\b(?:demanded|ordered|asked|told|gave|given|urged|instructed|required|called\s+for|set)\b)"
#: before a past participle, these make it a present perfect: its result holds now, up to a deadline ahead
PRESENT_PERFECT_BEFORE = r"(?i:\b(?:has|have)\s+(?:\w+\s+)?$)"
#: a deadline word that makes any date a deadline, not only a day ("through August" may sum a year to date)
DEADLINE_BEFORE_ANY_GRAIN = r"\b(?:until|till)\s+(?:the\s+(?:end|middle)\s+of\s+)?$"
#: verbs of saying: a day right next to one dates a statement, not the story's events ("said on Monday")
REPORTING_VERBS = r"\b(?:said|says|told|announced|reported|confirmed|added|stated|wrote|posted|published)\b"
#: a comma ends the stretch of clause a governing auxiliary reaches across, but not one inside a list of
#: nouns ("stepped down as chairman, president and chief executive in March")
PHRASE_BARRIER = r",(?!\d)(?!\s*(?:probably|likely|possibly|perhaps|maybe|most\s+likely)\b)(?!\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:and|or)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:in|on|at)\b)"
#: an appositive between commas ("will unveil its phone, the Arc 9, at an event on Wednesday") is no clause break
APPOSITION = r",\s+(?:the|a|an|its|his|her|their)\s+[^,;.]{1,30}?,"
#: a marker after a phrase and one of these belongs to the next clause's verb, not to the phrase
#: ("beat Spain on Tuesday and will face", "told reporters on Tuesday that talks would resume")
CLAUSE_JOINER = r"\b(?:and|but|that|which|who|while|because|if|when)\b"
#: a participle after "be" ("will be held", "is expected") is no past tense
_NOT_AFTER_BE = (r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bstay\s)(?<!\bstays\s)"
                 r"(?<!\bremain\s)(?<!\bremains\s)")
#: "-ed" words that are no past tense: adjectives after a determiner ("a still unspecified date"),
#: compounds ("Seattle-based"), capitalised names ("United States") and words merely ending in -ed
_NOT_ADJECTIVE = "".join(rf"(?<!\b{w}\s)" for w in ("a", "an", "the", "its", "his", "her", "their", "still", "newly",
                                                    # after a preposition: "fees for affected merchants"
                                                    "for", "to", "of", "with", "from", "in", "on", "at", "into",
                                                    "about", "among", "than",
                                                    # a reduced clause: "if needed", "as expected", "when asked"
                                                    "if", "as", "when", "unless", "once", "where"))
_ED_NOT_VERB = (r"(?!un(?!(?:veil|leash|cover|load|lock|fold|ravel|seat|seal|earth|ti|pack|plug|dress|wrap|roll|"
                r"button|zipp|hook|settl|nerv|mask|burden|fasten|screw|mount|block|leash)ed\b)\w+ed\b)"   # "unneeded"
                r"(?!(?:hundred|kindred|hatred|sacred|naked|wicked|wretched|rugged|beloved|red|bed|shed|need|indeed|"
                r"speed|seed|feed|breed|greed|weed|heed|deed|\w*ceed|supposed|based)\b)")
#: a participle before "by" is passive and tells no tense ("followed by bonds on Thursday"); the lookahead first
#: spares the many lookbehinds at the words that end in no -ed
_PAST_ED = (r"(?=(?-i:[a-z])\w*ed\b)" + _NOT_ADJECTIVE + r"(?<!-)" + _ED_NOT_VERB
            + r"(?-i:[a-z])\w*ed(?<!followed)(?<!preceded)(?<!accompanied)(?<!trailed)(?!\s+by\b)"
            + r"|(?:followed|preceded|accompanied|trailed)(?!\s+by\b)")
PAST_MARKERS = [_NOT_AFTER_BE + r"(?<!-)(?:was|were|had|did|said|told|ago|(?<!\bthe\s)last(?!\s+(?:until|till|through|into|beyond)\b)|earlier|" + _PAST_ED + r"|took|came|went|"
                r"met|made|began|rose|fell|sold|bought|gave|won|lost|held|left|paid|saw|brought|found|thought|sent|"
                r"spent|built|kept|felt|struck|fought|became|ran|wrote|spoke|stood|sought|fled|caught|chose|drove|"
                r"broke|threw|grew|knew|flew|heard|meant|withdrew|got)"]
#: a year-less date with no tense is the nearer one, but the past one unless the future one is this much nearer
NEAREST_LEANS_PAST_DAYS = 14
#: "will meet on Friday" in a Friday's report is that day (Russian «в пятницу будет» is a week on)
FUTURE_WEEKDAY_MAY_BE_TODAY = True
#: quotation marks: a tense marker beyond one belongs to another clause
CLAUSE_BARRIER = r"``|''|\"|“|”|;|\s--\s"
#: a full stop here rarely ends the sentence ("until 9 a.m. Tuesday"), whatever the sentence splitter says
SENTENCE_GOES_ON_AFTER = r"\b[ap]\.m\.$"

DAY_SUFFIX = r"st|nd|rd|th"
#: short forms that may carry a full stop ("Dec.", "Tues.")
ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                 "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "hr", "yr", "min",
                 "a.m", "p.m")
CLASSES = {"QORD": "QUARTER_ORDINALS", "HORD": "HALF_ORDINALS", "MOD": "MODIFIERS", "OMOD": "OUTER_MODIFIERS",
           "DECW": "DECADE_WORDS", "UNIT1": "UNITS_SINGULAR", "UNITPL": "UNITS_PLURAL",
           "WDPLURAL": "WEEKDAYS_PLURAL", "POD": "PARTS_OF_DAY", "SEASON": "SEASONS",
           "HOLIDAY": "HOLIDAYS", "ORD": "ORDINALS", "MONTH": "MONTHS", "WEEKDAY": "WEEKDAYS",
           "UNIT": "UNITS", "AMPM": "AMPM", "ZONE": "ZONES", "SPYEAR": "SPOKEN_YEARS",
           "SPYEAR2K": "SPOKEN_MILLENNIUM_YEARS",
           "PODPL": "PARTS_OF_DAY_PLURAL", "DORD": "DAY_ORDINALS", "HALFPOD": "CLOCK_HALF_OF_PART", "WORD": "WEEK_ORDINALS",
           "CLOCKWORD": "CLOCK_WORDS", "MINWORD": "MINUTE_WORDS"}

#: "2019-0441" is a serial number, "555 2020" a phone number
_YEAR_GUARD = r"(?![.,]\d|[-–](?:0\d{3}|\d{5})|\s*(?:%|percent|per\s+cent|people|troops|drones|km|miles|kg|tons|tonnes|dollars|euros|votes|members|points|pts|units|shares|times|cars|jobs|soldiers|forms?))"

#: a number after these words is a label, not a year ("Room 2019", "555-1234")
_NOT_AFTER_YEAR = "".join(rf"(?<!{w}\s)" for w in (
    "room", "page", "pages", "flight", "route", "article", "section", "number", "no\\.", "tel", "phone",
    "bus", "gate", "line", "suite", "apartment", "unit", "code", "chapter", "model", "pp\\.", "p\\.")) + r"(?<![\d\-–/.,:#№])(?<!\d\s)"

#: "three-quarters of its food", "a quarter of the market" are shares, not lengths of time
_NOT_A_FRACTION = r"(?!(?<=-quarters)\s+of\b|(?<=-quarter)\s+of\b|(?<=\ba quarter)\s+of\b)"

#: "the eight-year war": the article is the noun's, not the length's
_NOT_BEFORE_ADJECTIVE = r"(?![\w.]+-(?:year|month|week|day|hour|minute|decade|century|second)s?\b)"
_NOT_A_LENGTH = (r"(?!a\s+second\s*,?\s+(?!(?:or|and|to|before|after|later|earlier|ago|in|of|for|longer|more)\b)[a-z])"
                 r"(?!a\s+quarter[\s-]+(?:percentage[\s-]+)?points?\b)(?!an?\s+\w+-long\b)")

#: a capitalised word (not a date word or preposition) or a title just before a bare month makes it a surname
#: ("Theresa May", "Mrs. May", "Jordan May"); checked by rules with {"name_check": "after_name"}
NAME_BEFORE = (r"(?-i:(?:\b(?!(?:In|On|At|By|Since|Until|Till|Through|From|To|And|Or|Of|Between|During|Before|After|"
               r"Around|About|Early|Late|Mid|Last|Next|This|That|Each|Every|Throughout|But|Also|Then|Only|Even|Until|"
               r"Since|Not|Both|All|Whole|Into|Over|Under|For|With|Without|Within|Beyond|Past|Since|Late|Early|"
               r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
               r"July|August|September|October|November|December|Christmas|Easter|Day|Eve|So|Yet|The|A|An|Its|His|Her|Their|Our|Your|My|Some|Any|No|Which|What|"
               r"When|While|Because|As|If|Unless|Although|Though|Where|How|Why|Whose|Who|Once|Here|There)\b)"
               r"[A-Z][a-z]+|\b(?:Mrs?|Ms|Dr|Prof)\.)\s+$|"
               r"\b(?:wife|husband|daughter|son|mother|father|sister|brother|widow|widower|girlfriend|boyfriend|"
               r"partner|fiancee?|granddaughter|grandson|aunt|niece|cousin),\s+$)")

#: after a bare month, these make it a name unless a preposition of time comes before it ("The May Department
#: Stores", "lawyer April Stanton", "June, who once ran", "May shares rose"; not "in May Congress voted")
NAME_AFTER = (r"(?-i:\s+(?!(?:Day|Eve|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|"
              r"The|A|An|I|It|He|She|We|They|You|This|That|There|These|Those|But|And|Or|In|On|At|By)\b)[A-Z][a-z]+|"
              r",\s+who\b|\s+(?:said|says|told|added|scored|shares|stock)\b)")
TIME_PREPOSITION_BEFORE = (r"(?i:\b(?:in|on|at|by|since|until|till|through|from|to|of|between|during|before|after|"
                           r"around|early|late|mid|last|next|this|that|each|every|for|into|within|beyond|past|"
                           r"throughout|until)\s+$)")

#: date words written in lower case in running text: capitalised inside a sentence they make a name or title
#: ("ABC's \"This Week\"", "the film High Noon", "VOA Today")
COMMON_DATE_WORDS = (r"(?:this|next|last|the|week|weekend|month|year|day|days|today|tonight|tomorrow|yesterday|"
                     r"noon|midnight|now|morning|evening|night|afternoon|minutes|hours|weeks|months|years)")
#: a sentence about a game: its halves and quarters are periods of play ("the winner late in the second half")
SPORT_CONTEXT = (r"(?i:\b(?:(?:beat|beats|defeated|edged|routed|trailed|led|won|lost|tied)\b[^.]{0,60}?\b\d{1,3}-\d{1,3}\b|"
                 r"\d{1,3}-\d{1,3}\s+(?:win|victory|loss|defeat|lead)|goals?|touchdowns?|halftime|half-time|"
                 r"penalty|innings?|overtime|field\s+goal|the\s+winner|scored|kickoff|kicked\s+off|whistle)\b)")
#: an overnight thing names no night ("the overnight rate", "an overnight flight")
_NOT_OVERNIGHT_THING = (r"(?![\s-]+(?:rates?|lending|loans?|repos?|deposits?|index|trading|sessions?|stays?|shifts?|"
                        r"flights?|trains?|bags?|bus|buses|camps?|delivery|shipping|success|sensation|parking|guests?|"
                        r"visitors?|oats|hours?|markets?)\b)")
#: "a year" after an amount is a rate ("$1.76 a year", "four flights a week", "fifteen miles an hour")
RATE_BEFORE = (r"(?i:(?:[$£€]?\d(?:[\d.,]*\d)?%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
               r"twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
               r"billion|dozen|several|few|many))(?:\s+(?!(?:was|has|is|its|this|as|does|his|hers|less|yes|thus|plus)\s)"
               r"(?:[a-z]+s|million|billion|thousand|hundred|yen|cents?|feet|mph|km)){0,2}\s+$)")

#: "the last week of March" is a week of March, not last week
_NOT_OF_A_DATE = (r"(?!\s+(?:of|in)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\d|this\b|next\b|"
                  r"last\b|that\b))")
#: "the day before" is an anaphor unless a date follows ("the day before last Tuesday", "the day after Christmas")
_NO_DATE_AFTER = (r"(?!\s+(?:last|next|this|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|"
                  r"new\s+year|easter|thanksgiving|the\s+(?:vote|election|attack)|jan|feb|mar|apr|may|jun|jul|aug|sep|"
                  r"oct|nov|dec|\d)\w*)")

#: (id, pattern, action, params): <CLASS> and <CLASS:name> are typed groups
RULES = [
    # absolute dates
    ("date.mdy", r"(?:<WEEKDAY>,?\s+)?<MONTH>\s+<DAY>(?:,?\s+<YEAR>)?(?!\d|:\d)", "date"),
    ("date.dmy", r"(?:<WEEKDAY>,?\s+)?(?:the\s+)?<DAY>(?:\s+of)?\s+<MONTH>(?:,?\s+<YEAR>)?", "date"),
    ("date.month_ordinal", r"(?:<WEEKDAY>,?\s+)?<MONTH>\s+(?:the\s+)?<DORD:day>(?![\w-]|\s+(?:quarter|half|week|time|round|largest|biggest))(?:,?\s+<YEAR>)?", "date"),
    ("date.ordinal_of_month", r"(?:<WEEKDAY>,?\s+)?the\s+<DORD:day>\s+of\s+<MONTH>(?:,?\s+<YEAR>)?", "date"),
    ("date.iso_time", r"<YEAR>-(?P<mm>1[0-2]|0[1-9])-(?P<day>3[01]|[12]\d|0[1-9])T<HH:hour>:<MIN:minute>"
                      r"(?::[0-5]\d(?:[.,]\d+)?)?(?P<zone>Z|[+-](?:0\d|1[0-4]):[0-5]\d)?(?![\w:+-])", "date"),
    ("date.iso", r"<YEAR>-(?P<mm>1[0-2]|0[1-9])-(?P<day>3[01]|[12]\d|0[1-9])(?!\d)", "date"),
    ("date.us", r"(?P<mm>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/<YEAR>", "date"),
    ("date.dotted", r"(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<mm>1[0-2]|0[1-9])\.<YEAR>", "date"),
    ("date.month_year", r"<MONTH>(?:,?\s+(?:of\s+)?<YEAR>|\s+<YY>)", "date"),
    # a futures month ("crude for September delivery") is the coming one
    ("date.delivery_month", r"<MONTH>(?=\s+(?:delivery|contracts?|futures)\b)", "date", {"tense": "future"}),
    ("date.month", r"(?:the\s+month\s+of\s+)?(?!jan\s)<MONTH>(?!\s*\d|-\w|\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])|,\s+\d{1,2},)", "date",
     {"name_check": "after_name"}),
    ("date.year", r"(?:(?:calendar|fiscal|financial)\s+(?:year\s+)?|model\s+year\s+)?" + _NOT_AFTER_YEAR + r"<YEAR>" + _YEAR_GUARD, "date"),
    ("date.year_word", r"(?:the\s+)?year\s+<YEAR>", "date"),
    ("date.mid_year", r"mid-?<YEAR>(?!\d)", "date", {"mod": "MID"}),
    ("date.spoken_year", r"(?:(?:the\s+)?year\s+)?<SPYEAR:year>(?![\w-])" + _YEAR_GUARD, "date"),
    ("date.spoken_year_2k", r"(?:the\s+)?year\s+<SPYEAR2K:year>(?![\w-])", "date"),
    ("date.month_spoken_year", r"<MONTH>,?\s+(?:of\s+)?<SPYEAR:year>(?![\w-])", "date"),
    ("date.season_spoken_year", r"(?:the\s+)?<SEASON>(?:\s+of)?\s+<SPYEAR:year>(?![\w-])", "date"),
    ("date.decade", r"(?:the\s+)?(?P<decadeyear>1[0-9]\d0|20\d0)'?s", "date"),
    ("date.decade_short", r"(?:the\s+)?'(?P<int>[0-9]0)s", "decade2"),
    ("date.decade_word", r"(?:the\s+)?(?P<decade><DECW>)", "date"),
    ("date.century", r"(?:the\s+)?(?P<ordcentury><ORD>)[\s-]+century", "date"),
    # "the first-quarter reports": the article is the noun's
    ("date.quarter", r"(?:the\s+(?![\w-]+-quarter\s+(?!of\b)[a-z]))?(?:fiscal[\s-]+)?(?P<quarter><QORD>)[\s-]+quarter(?:\s+of\s+<YEAR>|\s+<YEAR>)?", "date",
     {"name_check": "sport"}),
    ("date.q", r"Q(?P<quarter>[1-4])(?:\s+|/)?<YEAR>?", "date"),
    ("date.h", r"H(?P<half>[12])(?:\s+|/)?<YEAR>", "date"),
    ("date.fy", r"FY\s?<YEAR>", "date"),
    # "the second half of the story" names a part of something else
    ("date.half", r"(?:the\s+)?(?P<half><HORD>)\s+half(?:\s+of\s+<YEAR>|\s+<YEAR>|(?!\s+of\s+(?:the|a|an|this|his|her|its|"
     r"their|our)\s+(?!(?:fiscal\s+|calendar\s+|financial\s+)?(?:year|decade|century|season|quarter)\b)))", "date",
     {"name_check": "sport"}),
    ("date.season", r"(?:the\s+)?<SEASON>(?:\s+of)?\s+<YEAR>", "date"),
    # a season without a year takes the year a month would ("over the summer"); "fall" and "spring" only
    # after "the" (verbs and springs otherwise)
    ("date.season_bare", r"(?:the\s+|(?<=late\s)|(?<=early\s)|(?!fall|spring))<SEASON>(?![\w-]|\s+(?-i:[A-Z][a-z]+)\s+(?-i:[a-z])|\s+(?:of\s+)?(?:\d|<MONTH>)|\s+(?:wheat|crops?|"
     r"olympics|games|coats?|clothes|clothing|storms?|solstice|collection|line|school|camps?|session|recess|break)\b)",
     "date", {"name_check": "capital"}),
    # other calendars' new years and feasts fall elsewhere ("the Lunar New Year", "Orthodox Christmas")
    # "the new year" in lower case is the year about to begin; "New Year" the holiday
    ("rel.the_new_year", r"the\s+(?-i:new\s+year)(?!'s|\s+(?:day|eve|holiday|celebrations?|festivities|break)\b)",
     "date", {"year": "coming"}),
    ("date.holiday", r"(?<!lunar\s)(?<!chinese\s)(?<!jewish\s)(?<!persian\s)(?<!islamic\s)(?<!hijri\s)"
     r"(?<!orthodox\s)(?<!iranian\s)(?<!vietnamese\s)(?<!korean\s)(?<!thai\s)(?:the\s+)?<HOLIDAY>(?:\s+(?:of\s+)?<YEAR>)?", "date"),
    ("date.last_holiday", r"(?:last|this\s+past)\s+<HOLIDAY>", "date", {"tense": "past"}),
    ("date.next_holiday", r"(?:next|this\s+coming)\s+<HOLIDAY>", "date", {"tense": "future"}),
    ("date.weekday", r"<WEEKDAY>(?:\s+<POD>)?", "weekday"),
    ("date.last_weekday", r"last\s+<WEEKDAY>" + _NOT_OF_A_DATE, "weekday", {"tense": "past", "strict": True}),
    ("date.next_weekday", r"(?:next|this\s+coming)\s+<WEEKDAY>", "weekday", {"tense": "future", "strict": True}),
    # "the previous Friday": the one before the day the narrative last named
    ("ana.previous_weekday", r"the\s+(?:previous|preceding|prior)\s+<WEEKDAY>", "weekday_from", {"sign": -1}),
    ("ana.following_weekday", r"the\s+(?:following|next|ensuing)\s+<WEEKDAY>", "weekday_from", {"sign": 1}),
    # anaphoric
    ("rel.year_ago", r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year-(?:ago|earlier)|year\s+earlier|prior-year)(?:\s+(?:<QORD:quarter>\s+)?(?:quarter|period))?", "year_ago"),
    ("rel.year_ago_phrase", r"(?:the\s+(?:quarter|period)\s+)?a\s+year\s+(?:ago|earlier)", "year_ago"),
    ("rel.corresponding_last_year", r"the\s+(?:corresponding|comparable|same)\s+(?:quarter|period)\s+(?:of\s+)?(?:a\s+year\s+(?:ago|earlier)|last\s+year)", "year_ago"),
    ("ana.next_day", r"(?:the\s+)?(?:next|following)\s+day|the\s+day\s+after" + _NO_DATE_AFTER, "anaphor", {"n": 1}),
    ("ana.previous_day", r"the\s+(?:previous|preceding)\s+day|the\s+day\s+before" + _NO_DATE_AFTER, "anaphor", {"n": -1}),
    ("ana.same_day", r"(?:the\s+same|that(?:\s+same)?)\s+day|(?<=earlier\sin\s)the\s+day|(?<=later\sin\s)the\s+day",
     "anaphor", {"n": 0}),
    ("dur.long_adjective", r"(?P<unit>day|week|month|year|decade)[\s-]?long(?![\w-])", "duration", {"num": 1}),
    ("ana.next_pod", r"(?:the\s+)?(?:next|following)\s+<POD:pod>", "anaphor", {"n": 1}),
    ("ana.previous_pod", r"the\s+(?:previous|preceding)\s+<POD:pod>", "anaphor", {"n": -1}),
    ("ana.same_pod", r"(?:(?:earlier|later)\s+)?(?:the\s+same|that(?:\s+same)?)\s+<POD:pod>", "anaphor", {"n": 0}),
    ("ana.same_year", r"(?:the\s+same|that)\s+year", "anaphor", {"n": 0, "unit": "year"}),
    ("ana.same_month", r"(?:the\s+same|that)\s+month", "anaphor", {"n": 0, "unit": "month"}),
    ("ana.same_week", r"(?:the\s+same|that)\s+week", "anaphor", {"n": 0, "unit": "week", "grain": "week"}),
    ("ana.that_month", r"that\s+<MONTH>", "that_named"),
    ("ana.same_season", r"(?:the\s+same|that)\s+<SEASON>", "anaphor", {"n": 0, "unit": "year"}),
    ("ana.later_that", r"(?:earlier|later)\s+that\s+<UNIT1:unit>", "anaphor", {"n": 0, "unit_grain": True}),
    ("ana.next_unit", r"the\s+(?:next|following|subsequent)\s+<UNIT1:unit>", "anaphor", {"n": 1, "unit_grain": True}),
    ("ana.later", r"<NUM>\s+<UNIT>\s+(?:later(?!\s+than)|afterwards|after\s+that)", "offset", {"sign": 1, "base": "mention"}),
    # "two days before," counts back from the last date; "30 days before closing" is a length of time
    ("ana.earlier", r"<NUM>\s+<UNIT>\s+(?:earlier(?!\s+than)|before(?!\s+[\w$])|prior(?!\s+to))", "offset", {"sign": -1, "base": "mention"}),
    # deictic
    ("rel.today", r"(?:(?:earlier|later)\s+)?today|this\s+day", "relative_day", {"days": 0}),
    ("rel.tonight", r"tonight", "relative_day", {"days": 0, "pod": "NI"}),
    ("rel.this_pod", r"this\s+<POD>", "relative_day", {"days": 0}),
    ("rel.yesterday", r"(?:(?:earlier|later)\s+)?yesterday(?:\s+<POD>)?", "relative_day", {"days": -1}),
    # "cases rose by 412 overnight", "overnight losses in New York": the night before the report
    ("rel.overnight", r"overnight" + _NOT_OVERNIGHT_THING, "relative_day", {"days": -1, "pod": "NI"}),
    ("rel.part_of_yesterday", r"(?!noon|midday)<POD>\s+yesterday", "relative_day", {"days": -1}),
    ("rel.part_of_tomorrow", r"(?!noon|midday)<POD>\s+tomorrow", "relative_day", {"days": 1}),
    ("rel.last_night", r"last\s+night", "relative_day", {"days": -1, "pod": "NI"}),
    ("rel.tomorrow", r"tomorrow(?:\s+<POD>)?", "relative_day", {"days": 1}),
    ("rel.day_before_yesterday", r"the\s+day\s+before\s+yesterday", "relative_day", {"days": -2}),
    ("rel.day_after_tomorrow", r"the\s+day\s+after\s+tomorrow", "relative_day", {"days": 2}),
    ("rel.this_unit", r"(?:(?:this|the\s+current|the\s+present|the\s+outgoing)\s+)<UNIT1:unit>", "relative_unit", {"offset": 0}),
    # "over the past decade" is the ten years to now, not the 2010s
    ("dur.the_past_decade", r"the\s+past\s+(?=decade|century)<UNIT1:unit>", "duration", {"num": 1}),
    ("rel.last_unit", r"(?:last|this\s+past|the\s+previous|the\s+past|the\s+last)\s+<UNIT1:unit>" + _NOT_OF_A_DATE,
     "relative_unit", {"offset": -1}),
    # "the day before last Tuesday" is another phrase
    ("rel.unit_before_last", r"the\s+<UNIT1:unit>\s+before\s+last(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
     r"week|month|year|night|spring|summer|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)",
     "relative_unit", {"offset": -2}),
    ("rel.unit_after_next", r"the\s+<UNIT1:unit>\s+after\s+next", "relative_unit", {"offset": 2}),
    ("rel.next_unit", r"(?:next|the\s+coming|the\s+upcoming)\s+<UNIT1:unit>", "relative_unit", {"offset": 1}),
    ("rel.full_year", r"the\s+(?:full|current\s+(?:fiscal|calendar))\s+year", "relative_unit", {"unit": "year", "offset": 0}),
    ("rel.earlier_this", r"(?:earlier|later)\s+this\s+<UNIT1:unit>", "relative_unit", {"offset": 0}),
    ("rel.earlier_in_the_year", r"(?:earlier|later)\s+in\s+the\s+year", "relative_unit", {"unit": "year", "offset": 0}),
    ("rel.this_season", r"this\s+<SEASON>", "relative_unit", {"offset": 0}),
    ("rel.the_weekend", r"the\s+weekend" + _NOT_OF_A_DATE.replace("(?:of|in)", "of"), "relative_unit", {"unit": "weekend", "offset": None}),
    ("rel.part_of_this_unit", r"<MOD:mod>\s+(?:this\s+|the\s+current\s+)<UNIT1:unit>", "relative_unit", {"offset": 0}),
    # "(left) by the end of the decade" in a story of 1968 is that decade's end; of the report's own otherwise
    ("rel.part_of_the_unit", r"<MOD:mod>\s+the\s+<UNIT1:unit>", "narrative_unit", {"offset": 0}),
    ("rel.last_season", r"last\s+<SEASON>", "relative_unit", {"offset": -1}),
    ("rel.past_season", r"this\s+past\s+<SEASON>", "relative_unit", {"offset": "past"}),
    ("rel.next_season", r"next\s+<SEASON>", "relative_unit", {"offset": 1}),
    ("ana.the_quarter", r"the\s+(?:latest\s+|same\s+|current\s+|recent\s+)?(?:fiscal\s+)?quarter|the\s+(?:latest|most\s+recent)\s+period|that\s+quarter", "narrative", {"grain": "quarter", "offset": -1}),
    # "for the year" in a report is the year the narrative last named, else the report's own
    ("ana.the_week", r"the\s+(?:week|decade)(?![\w-])(?!\s+(?:of|ended|ending|ago|earlier|before|after|ahead|before\s+last|after\s+next)\b)",
     "the_unit"),
    ("ana.the_year", r"the\s+(?:fiscal\s+)?year(?![\w-])(?!\s+(?:ended|ending|ago|earlier|before|after|ahead)\b)", "narrative", {"grain": "year", "offset": 0, "named": True}),
    # an accounting year named by its last day ("the year ended March 31") is measured, not placed
    ("dur.year_ended", r"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b)", "duration", {"unit": "year", "num": 1}),
    ("rel.year_end", r"year(?:'s)?[\s-]end(?![\w-])", "relative_unit", {"unit": "year", "offset": 0, "mod": "END"}),
    ("date.year_quarter", r"(?:the\s+)?<YEAR>(?:'s)?\s+(?:fiscal\s+)?<QORD:quarter>\s+quarter", "date"),
    # "the 1988 quarter", "the 1989 period": the narrative's quarter in that year
    ("date.year_period", r"the\s+<YEAR>\s+(?:fiscal\s+)?(?:quarter|period)", "year_period"),
    ("date.this_years_quarter", r"this\s+year's\s+<QORD:quarter>\s+quarter", "date", {"year": "ref"}),
    ("date.next_years_quarter", r"next\s+year's\s+<QORD:quarter>\s+quarter", "date", {"year": "ref+1"}),
    ("date.last_years_quarter", r"last\s+year's\s+<QORD:quarter>\s+quarter", "date", {"year": "ref-1"}),
    ("date.last_years_period", r"last\s+year's\s+(?:quarter|period)", "year_period", {"offset": -1}),
    # "six weeks ago" names a week, as precise as its unit
    ("rel.ago", r"<NUM>\s+<UNIT>\s+ago", "offset", {"sign": -1, "grain": "unit"}),
    ("rel.ago_or_so", r"<NUM>\s+<UNIT>\s+or\s+so\s+ago", "offset", {"sign": -1, "grain": "unit", "mod": "APPROX"}),
    ("rel.from_now", r"<NUM>\s+<UNIT>\s+from\s+now", "offset", {"sign": 1, "grain": "unit"}),
    ("rel.units_ahead", r"the\s+<UNITPL:unit>\s+ahead", "offset", {"sign": 1, "num": None}),
    ("rel.units_time", r"<NUM>\s+<UNIT>(?:'s|s'|’s|s’)\s+time", "offset", {"sign": 1, "grain": "unit"}),
    ("rel.recent_units", r"(?:the\s+)?recent\s+<UNITPL:unit>|the\s+(?:past|last)\s+(?:few|several)\s+<UNITPL:unit>", "reference", {"value": "PAST_REF"}),
    ("rel.past_units", r"past\s+<UNITPL:unit>(?!\s+ago)", "reference", {"value": "PAST_REF"}),
    ("rel.future_units", r"future\s+<UNITPL:unit>", "reference", {"value": "FUTURE_REF"}),
    ("rel.coming_units", r"(?:the\s+)?coming\s+<UNITPL:unit>", "reference", {"value": "FUTURE_REF"}),
    ("rel.present", r"(?:right\s+)?now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment", "reference", {"value": "PRESENT_REF"}),
    ("rel.past", r"recently|lately|formerly|the\s+past(?!\s+(?:\w+\s+)?<UNIT>)", "reference", {"value": "PAST_REF"}),
    # "will one day be", "could some day": a modal's indefinite future, not a day's length
    ("rel.someday", r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bmight\s)|(?<=\bmay\s)|(?<=\bcan\s)|"
     r"(?<=\bshall\s))(?:one|some)\s+day", "reference", {"value": "FUTURE_REF"}),
    ("rel.future", r"the\s+(?:near\s+)?future|the\s+coming\s+(?:days|weeks|months|years)", "reference", {"value": "FUTURE_REF"}),
    ("rel.month_this_year", r"<MONTH>\s+(?:of\s+)?this\s+year", "date", {"year": "ref"}),
    ("rel.month_last_year", r"<MONTH>\s+(?:of\s+)?last\s+year", "date", {"year": "ref-1"}),
    ("rel.last_month_name", r"(?:last|this\s+past)\s+<MONTH>", "date", {"tense": "past", "strict": True}),
    ("ana.following_month", r"the\s+(?:following|next|subsequent)\s+<MONTH>", "following_named"),
    ("rel.last_month_day", r"(?:last|this\s+past)\s+<MONTH>\s+<DAY>(?!\d)", "date", {"tense": "past"}),
    ("rel.next_month_day", r"(?:next|this\s+coming)\s+<MONTH>\s+<DAY>(?!\d)", "date", {"tense": "future"}),
    ("rel.this_month_name", r"this\s+<MONTH>", "date", {"year": "ref"}),
    ("rel.month_next_year", r"<MONTH>\s+(?:of\s+)?next\s+year", "date", {"year": "ref+1"}),
    ("rel.next_month_name", r"(?:next|this\s+coming)\s+<MONTH>", "date", {"tense": "future"}),
    # durations and sets
    # "a second straight day" counts, "a quarter point" measures rates, and "a year-long" leaves out its article
    ("set.weekends", r"(?<=\bon\s)weekends", "set", {"value": "XXXX-WXX-WE"}),
    ("dur.half_unit", r"half\s+an?\s+<UNIT1:unit>", "duration", {"num": 0.5}),
    ("dur.count", _NOT_A_LENGTH + r"(?<!\d[,.])(?:the\s+" + _NOT_BEFORE_ADJECTIVE + r"(?:(?:past|last|next|previous|first|coming|following|latest)\s+)?)?<NUM>(?P<half>\s+1/2|\s+and\s+a\s+half)?(?:[\s-]+|-)(?:(?:more|additional|extra|further|trading|business|working|calendar|straight|consecutive|full)\s+)?(?=(?-i:[a-z]))<UNIT>(?P<andhalf>\s+and\s+a\s+half)?(?:-long)?(?![\w-]*old\b|\s+old\b)" + _NOT_A_FRACTION, "duration",
     {"rate_check": True}),
    ("dur.thousands", r"(?P<thousands>\d{1,3}(?:,\d{3})+)\s+<UNITPL:unit>", "duration"),
    ("dur.hours_minutes", r"<NUM>\s+hours?(?:,\s*|\s+and\s+|\s+)(?P<minutes>[1-5]?\d)\s+minutes?"
     r"(?:(?:,\s*|\s+and\s+|\s+)(?P<seconds>[1-5]?\d)\s+seconds?)?", "duration",
     {"unit": "hour"}),
    ("dur.digits_adj", r"(?P<num>\d{1,3})-<UNIT1:unit>(?!-old)", "duration"),
    ("dur.unit_long", r"(?:(?<=\ba\s)|(?<=\ban\s))<UNIT1:unit>-long", "duration", {"num": 1}),
    # "extended their hours": opening hours, not a length
    ("dur.fuzzy", r"(?<!early\s)(?<!small\s)(?<!wee\s)(?<!their\s)(?<!its\s)(?<!opening\s)(?<!business\s)(?<!office\s)(?<!visiting\s)(?<![\d-])(?<!\d\s)(?:the\s+(?:past|last|next|coming)\s+)?(?:recent\s+)?<UNITPL:unit>(?!\s+old\b)" + _NOT_A_FRACTION, "duration", {"num": None}),
    ("dur.decades_long", r"<UNITPL:unit>-long", "duration", {"num": None}),
    ("set.every", r"(?:every|each|per)\s+<UNIT1:unit>", "set"),
    ("set.every_n", r"every\s+(?:<NUM>|(?P<thousands>\d{1,3}(?:,\d{3})+))\s+<UNIT>", "set"),
    ("set.every_weekday", r"(?:every|each)\s+<WEEKDAY>", "set"),
    ("set.weekdays", r"<WDPLURAL:weekday>", "set"),
    ("set.weekday_parts", r"<WEEKDAY>\s+<PODPL:pod>", "set"),
    ("set.every_month_day", r"(?:every|each)\s+<MONTH>\s+<DAY>(?!\d)", "set"),
    ("set.every_month", r"(?:every|each)\s+<MONTH>", "set"),
    ("set.every_season", r"(?:every|each)\s+<SEASON>", "set"),
    ("set.every_pod", r"(?:every|each)\s+(?=morning|afternoon|evening|night)<POD>", "set"),
    ("set.times_per", r"(?:once|twice|(?:three|four|five|six|seven|\d{1,2})\s+times)\s+(?:a|an|per|each)\s+<UNIT1:unit>",
     "set"),
    # a daily before its name is a newspaper ("the Communist Party daily Granma")
    ("set.daily", r"daily(?!\s+(?-i:[A-Z]))|every\s+day", "set", {"value": "P1D"}),
    ("set.weekly", r"weekly", "set", {"value": "P1W"}),
    ("set.monthly", r"monthly", "set", {"value": "P1M"}),
    ("set.yearly", r"annually|yearly|every\s+year", "set", {"value": "P1Y"}),
    # "paid quarterly"; "a quarterly dividend" is a kind of dividend
    ("set.quarterly", r"quarterly(?![\s-]+[a-z])", "set", {"value": "P3M"}),
    # times of day
    ("time.clock", r"<HH:hour>:<MIN:minute>(?:\s*<AMPM>)?(?:\s*<ZONE>)?", "date"),
    # "1000 GMT": four digits are a clock only with a zone written in capitals
    ("time.hhmm_zone", r"(?<![\d.,:])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?=(?-i:[A-Z]))<ZONE>(?![\w-])", "date"),
    ("time.ampm", r"<H12:hour>(?:\.(?P<minute>[0-5]\d))?\s*<AMPM>(?:\s*<ZONE>)?", "date"),
    ("time.in_the_part", r"<H12:hour>(?::<MIN:minute>)?(?:\s+o'clock)?\s+in\s+the\s+<HALFPOD:ampm>", "date"),
    # a bare o'clock is mostly said of the afternoon or evening ("at five o'clock", "Sunday at one o'clock")
    ("time.oclock", r"<H12:hour>\s+o'clock(?!\s+in\s+the\b)", "date", {"pm_unless_morning": True}),
    ("time.oclock_word", r"<CLOCKWORD:hour>\s+o'clock(?!\s+in\s+the\b)", "date", {"pm_unless_morning": True}),
    # clock times spelled out in transcripts: "seven-thirty", "four a.m.", "eleven tonight" ("nine-eleven" is a date)
    ("time.spoken_hm", r"(?!nine-eleven\b)<CLOCKWORD:hour>-<MINWORD:minute>(?![\w-])(?:\s*<AMPM>)?", "date"),
    ("time.spoken_ampm", r"<CLOCKWORD:hour>(?:\s+<MINWORD:minute>)?\s*<AMPM>", "date"),
    ("time.spoken_before_part", r"<CLOCKWORD:hour>(?:\s+<MINWORD:minute>)?(?=\s+(?:tonight|this\s+"
     r"(?:morning|afternoon|evening)|tomorrow\s+(?:morning|afternoon|evening|night)|in\s+the\s+(?:morning|"
     r"afternoon|evening)))", "date"),
    ("time.noon", r"(?:noon|midday)", "date", {"hour": 12, "minute": 0}),
    # "midnight Friday" ends Friday: the clock reads 00:00 on Saturday
    ("time.midnight", r"midnight", "date", {"hour": 0, "minute": 0, "ends_day": True}),
    ("time.pod", r"(?:the|this)\s+(?!overnight\b)<POD>(?!\s+of\b)", "date"),
    ("time.early_late_pod", r"(?:late|early)\s+(?=morning|afternoon|evening)<POD>(?!\s+of\b|\s+(?:news|show|edition|"
     r"session|trading|paper|flight|train)\b)", "date"),
    ("time.mid_pod", r"(?=mid)<POD>(?!\s+of\b)", "date"),
    # ranges written as one phrase
    ("range.month_days", r"(?:(?:between|from)\s+)?<MONTH>\s+<DAY>\s*(?:[-–—]|to|through|until|and)\s*<DAY:day2>(?:,?\s+<YEAR>)?", "range"),
    ("range.days_month", r"(?:(?:between|from)\s+)?<DAY>\s*(?:[-–—]|to|and)\s*<DAY:day2>\s+<MONTH>(?:,?\s+<YEAR>)?", "range"),
    ("range.years", r"(?<!\d)<YEAR>\s*[-–—/]\s*<YEAR:year2>(?!\d)", "range"),
    ("range.years_short", r"(?<![\d\-–])<YEAR>[-–—/](?P<year2>\d\d)(?![\d\-–]|[.,]\d)", "range"),
    ("night.of_days", r"(?:the\s+)?night\s+of\s+<MONTH>\s+<DAY>\s*[-–—/]\s*<DAY:day2>(?:,?\s+<YEAR>)?", "night"),
    ("night.of_days_dmy", r"(?:the\s+)?night\s+of\s+<DAY>\s*[-–—/]\s*<DAY:day2>\s+<MONTH>(?:,?\s+<YEAR>)?", "night"),
]

#: rules over found phrases: <M> stands for one phrase already found
COMBINATORS = [
    ("dur.two_units", r"<M>,?\s+and\s+<M>", "two_lengths"),
    ("range.from_to", r"(?<!\w)from\s+<M>\s+(?:to|until|till|through|thru)\s+<M>", "range"),
    ("range.between", r"(?<!\w)between\s+<M>\s+and\s+<M>", "range"),
    ("range.dash", r"<M>\s*[-–—]\s*<M>", "range"),
    ("range.to", r"<M>\s+(?:to|through|until)\s+<M>", "range"),
    # "begin fifteen minutes late tonight": after a length, late and early say by how much, not when
    ("mod.prefix", r"(?<!\w)(?<!\uE000\s)(?:<MOD>)(?:\s+|-)(?:the\s+)?<M>", "mod"),
    ("mod.outer", r"(?<!\w)(?:<OMOD:mod>)\s+<M>", "mod", {"span": "inner"}),
    ("mod.or_so", r"<M>\s+or\s+so", "mod", {"mod": "APPROX"}),
    # "the night of December 29" is the night running into the 29th (as «в ночь на 29 декабря»)
    ("pod.night_of", r"(?<!\w)(?:the\s+)?night\s+of\s+<M>", "part_of_day", {"pod": "NI", "shift": -1}),
    ("pod.early_hours", r"(?<!\w)(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+<M>", "part_of_day", {"pod": "NI", "shift": -1}),
    ("pod.of", r"(?<!\w)(?:the\s+)?<POD>\s+of\s+<M>", "part_of_day"),
    ("pod.after", r"<M>\s+<POD>", "part_of_day"),
    ("time.at_date", r"<M>,?\s+(?:at\s+)?<M>", "with_time", {"needs": "clock+day"}),
    ("time.on_date", r"<M>\s+(?:on|of)\s+<M>", "with_time", {"needs": "clock+day"}),
    ("time.zone", r"<M>\s*\(?<ZONE>\)?", "zone"),
    ("shift.eve_of", r"(?<!\w)(?:on\s+)?the\s+eve\s+of\s+<M>", "shift", {"n": -1}),
    ("week.of", r"(?<!\w)the\s+(?:week|(?P<weekend>weekend))\s+of\s+<M>", "week_of"),
    ("date.of_year", r"<M>\s+of\s+<M>", "of_year"),
    ("week.holiday", r"<M>\s+(?:week|(?P<weekend>weekend))\b", "week_of", {"holiday": True}),
    ("week.nth_of", r"(?<!\w)the\s+<WORD:nth>\s+(?:week|(?P<weekend>weekend))\s+(?:of|in)\s+<M>", "week_of"),
    ("date.nth_weekday_of", r"(?<!\w)the\s+<WORD:nth>\s+<M>\s+(?:of|in)\s+<M>", "nth_weekday"),
    ("shift.day_before", r"(?<!\w)the\s+day\s+before\s+<M>", "shift", {"n": -1}),
    ("shift.day_after", r"(?<!\w)the\s+day\s+after\s+<M>", "shift", {"n": 1}),
]
