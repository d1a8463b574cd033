"""English examples per phenomenon family, checked at a fixed reference date (Duckling style).

Each case: (text in context, phrase as found, TIMEX3 value, interval start, interval end);
interval bounds are ISO prefixes, None where the value has no interval (durations, sets, references).
The reference date is Tuesday 30 December 2025 unless a family says otherwise.
"""

REF = "2025-12-30"

ABSOLUTE = [
    ("The call took place on December 30, aides said.", "December 30", "2025-12-30", "2025-12-30", "2025-12-31"),
    ("It was signed on 30 December 2025 in Moscow.", "30 December 2025", "2025-12-30", "2025-12-30", "2025-12-31"),
    ("Talks resumed on Dec. 22.", "Dec. 22", "2025-12-22", "2025-12-22", "2025-12-23"),
    ("The file is dated 2025-12-30.", "2025-12-30", "2025-12-30", "2025-12-30", "2025-12-31"),
    ("The form says 12/30/2025.", "12/30/2025", "2025-12-30", "2025-12-30", "2025-12-31"),
    ("The decree of 30.12.2025 took effect.", "30.12.2025", "2025-12-30", "2025-12-30", "2025-12-31"),
    ("Prices rose in March 2024.", "March 2024", "2024-03", "2024-03-01", "2024-04-01"),
    ("He was born in 1991.", "1991", "1991", "1991-01-01", "1992-01-01"),
    ("Prices peaked in the 1990s.", "the 1990s", "199", "1990-01-01", "2000-01-01"),
    ("It was founded in the 20th century.", "the 20th century", "19", "1900-01-01", "2000-01-01"),
    ("Profit rose in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3", "2024-07-01", "2024-10-01"),
    ("Sales fell in the first half of 2023.", "the first half of 2023", "2023-H1", "2023-01-01", "2023-07-01"),
    ("Floods hit in the summer of 2021.", "the summer of 2021", "2021-SU", "2021-06-01", "2021-09-01"),
    ("The treaty was signed on the 4th of July, 1990.", "the 4th of July, 1990", "1990-07-04", "1990-07-04", "1990-07-05"),
    ("In FY2024 revenue grew.", "FY2024", "2024", "2024-01-01", "2025-01-01"),
    ("H1 2025 sales fell.", "H1 2025", "2025-H1", "2025-01-01", "2025-07-01"),
    ("Voting ended on Sunday, November 3, 2024.", "Sunday, November 3, 2024", "2024-11-03", "2024-11-03", "2024-11-04"),
]

TIMES = [
    ("The meeting starts at 17:27 today.", "17:27 today", "2025-12-30T17:27", "2025-12-30T17:27", "2025-12-30T17:28"),
    ("Polls close at 5 p.m. on December 31.", "5 p.m. on December 31", "2025-12-31T17:00", "2025-12-31T17:00", "2025-12-31T18:00"),
    ("The strike began at 3:15 a.m. on Monday.", "3:15 a.m. on Monday", "2025-12-29T03:15", "2025-12-29T03:15", "2025-12-29T03:16"),
    ("Shelling resumed on the evening of April 29, 2021.", "the evening of April 29, 2021", "2021-04-29TEV", "2021-04-29T18:00", "2021-04-30T00:00"),
    ("Lavrov said that on the night of December 28–29, drones attacked.", "the night of December 28–29",
     "2025-12-28TNI", "2025-12-28T18:00", "2025-12-29T06:00"),
    ("Drones struck on the night of December 29.", "the night of December 29", "2025-12-28TNI", "2025-12-28T18:00", "2025-12-29T06:00"),
    ("In the early hours of Sunday, missiles hit Kyiv.", "the early hours of Sunday", "2025-12-27TNI",
     "2025-12-27T18:00", "2025-12-28T06:00"),
    ("Talks went on until Monday morning.", "Monday morning", "2025-12-29TMO", "2025-12-29T06:00", "2025-12-29T12:00"),
    ("Crowds gathered this evening in the square.", "this evening", "2025-12-30TEV", "2025-12-30T18:00", "2025-12-31T00:00"),
    ("The vote is at noon tomorrow.", "noon tomorrow", "2025-12-31T12:00", "2025-12-31T12:00", "2025-12-31T12:01"),
    ("Sirens sounded at 23:40 Moscow time on December 28.", "23:40 Moscow time on December 28",
     "2025-12-28T23:40+03:00", "2025-12-28T23:40", "2025-12-28T23:41"),
    ("Markets closed at 16:00 GMT yesterday.", "16:00 GMT yesterday", "2025-12-29T16:00Z", "2025-12-29T16:00", "2025-12-29T16:01"),
]

RANGES = [
    ("The summit ran December 28–29.", "December 28–29", "2025-12-28/2025-12-29", "2025-12-28", "2025-12-30"),
    ("The talks ran from April 28 to May 1, 2019.", "from April 28 to May 1, 2019", "2019-04-28/2019-05-01", "2019-04-28", "2019-05-02"),
    ("Troops stayed between 2019 and 2021.", "between 2019 and 2021", "2019/2021", "2019-01-01", "2022-01-01"),
    ("He served 2019–2021 as envoy.", "2019–2021", "2019/2021", "2019-01-01", "2022-01-01"),
    ("The fair is open 12–14 March 2024.", "12–14 March 2024", "2024-03-12/2024-03-14", "2024-03-12", "2024-03-15"),
    ("Fighting raged from March to May 2022.", "from March to May 2022", "2022-03/2022-05", "2022-03-01", "2022-06-01"),
    ("Trading was halted from Monday to Wednesday.", "from Monday to Wednesday", "2025-12-22/2025-12-24",
     "2025-12-22", "2025-12-25"),
    ("Trading will be halted from Monday to Wednesday.", "from Monday to Wednesday", "2026-01-05/2026-01-07",
     "2026-01-05", "2026-01-08"),
    ("Exercises ran January 5 through January 9, 2025.", "January 5 through January 9, 2025", "2025-01-05/2025-01-09",
     "2025-01-05", "2025-01-10"),
    ("Output rose in 2022-23.", "2022-23", "2022/2023", "2022-01-01", "2024-01-01"),
    ("The inquiry covered 1991-1995.", "1991-1995", "1991/1995", "1991-01-01", "1996-01-01"),
    ("Between 1 and 3 June 2020 nothing was filed.", "Between 1 and 3 June 2020", "2020-06-01/2020-06-03", "2020-06-01", "2020-06-04"),
]

DEICTIC = [
    ("The plan was agreed yesterday.", "yesterday", "2025-12-29", "2025-12-29", "2025-12-30"),
    ("The ministry will respond tomorrow.", "tomorrow", "2025-12-31", "2025-12-31", "2026-01-01"),
    ("Officials met today in Geneva.", "today", "2025-12-30", "2025-12-30", "2025-12-31"),
    ("Lavrov asserted on Monday that drones were used.", "Monday", "2025-12-29", "2025-12-29", "2025-12-30"),
    ("The ministry will respond on Friday.", "Friday", "2026-01-02", "2026-01-02", "2026-01-03"),
    ("Sales fell last year.", "last year", "2024", "2024-01-01", "2025-01-01"),
    ("Rates will rise next month.", "next month", "2026-01", "2026-01-01", "2026-02-01"),
    ("The outgoing year had been productive.", "The outgoing year", "2025", "2025-01-01", "2026-01-01"),
    ("It happened three days ago.", "three days ago", "2025-12-27", "2025-12-27", "2025-12-28"),
    ("They congratulated each other on the upcoming New Year.", "New Year", "2026-01-01", "2026-01-01", "2026-01-02"),
    ("Inflation eased last week.", "last week", "2025-W52", "2025-12-22", "2025-12-29"),
    ("Prices rose this year.", "this year", "2025", "2025-01-01", "2026-01-01"),
    ("He left tonight for Kyiv.", "tonight", "2025-12-30TNI", "2025-12-30T18:00", "2025-12-31T06:00"),
    ("Talks continued over the weekend.", "the weekend", "2025-W52-WE", "2025-12-27", "2025-12-29"),
    ("Rallies will be held over the weekend.", "the weekend", "2026-W01-WE", "2026-01-03", "2026-01-05"),
    ("A verdict is due two weeks from now.", "two weeks from now", "2026-W03", "2026-01-12", "2026-01-19"),
]

ANAPHORIC = [
    ("The ceasefire came on April 29, 2021. The next day, shooting resumed.", "The next day", "2021-04-30", "2021-04-30", "2021-05-01"),
    ("He arrived on 19 March 2019 and took office the same day.", "the same day", "2019-03-19", "2019-03-19", "2019-03-20"),
    ("The deal was signed on May 5, 2020. A week later, it collapsed.", "A week later", "2020-05-12", "2020-05-12", "2020-05-13"),
    ("Riots began on June 1, 2020. Two days later, troops arrived.", "Two days later", "2020-06-03", "2020-06-03", "2020-06-04"),
    ("The bank failed on March 10, 2023. The previous day, shares fell.", "The previous day", "2023-03-09", "2023-03-09", "2023-03-10"),
    ("The vote was held on June 23, 2016. The following year, talks began.", "The following year", "2017", "2017-01-01", "2018-01-01"),
    ("Elections took place in 2014. That year, the economy shrank.", "That year", "2014", "2014-01-01", "2015-01-01"),
    ("The strike began on 2 May 2022; the day after, talks opened.", "the day after", "2022-05-03", "2022-05-03", "2022-05-04"),
    ("The summit opened on 9 May 2021. Three days earlier, envoys met.", "Three days earlier", "2021-05-06", "2021-05-06", "2021-05-07"),
    ("The court ruled on 1 July 2024. The following day, the minister resigned.", "The following day", "2024-07-02",
     "2024-07-02", "2024-07-03"),
]

FUZZY = [
    ("A visit was set for late May 2025.", "late May 2025", "2025-05", "2025-05-01", "2025-06-01"),
    ("Fighting intensified in early December 2024.", "early December 2024", "2024-12", "2024-12-01", "2025-01-01"),
    ("Strikes hit at the beginning of 2025.", "the beginning of 2025", "2025", "2025-01-01", "2026-01-01"),
    ("The scheme dates from the mid-1990s.", "the mid-1990s", "199", "1990-01-01", "2000-01-01"),
    ("The plant opened around 2010.", "around 2010", "2010", "2010-01-01", "2011-01-01"),
    ("No deal is expected before 2030.", "2030", "2030", "2030-01-01", "2031-01-01"),
    ("Output has grown since 2019.", "2019", "2019", "2019-01-01", "2020-01-01"),
    ("Shops close on Christmas 2024.", "Christmas 2024", "2024-12-25", "2024-12-25", "2024-12-26"),
    ("Fireworks are banned on New Year's Eve.", "New Year's Eve", "2025-12-31", "2025-12-31", "2026-01-01"),
    ("On the eve of the New Year, drones attacked.", "the eve of the New Year", "2025-12-31", "2025-12-31", "2026-01-01"),
    ("Parades are held on Victory Day 2025.", "Victory Day 2025", "2025-05-09", "2025-05-09", "2025-05-10"),
    ("The audit ends by the end of 2026.", "the end of 2026", "2026", "2026-01-01", "2027-01-01"),
    ("The ban lasts until the end of the month.", "the end of the month", "2025-12", "2025-12-01", "2026-01-01"),
]
FUZZY_MODS = {
    "late May 2025": "END", "early December 2024": "START", "the beginning of 2025": "START",
    "the mid-1990s": "MID", "around 2010": "APPROX", "2030": "BEFORE", "2019": "ON_OR_AFTER", "the end of 2026": "END",
    "the end of the month": "END",
}

DURATIONS_AND_SETS = [
    ("The war lasted three years.", "three years", "P3Y", None, None),
    ("A two-week truce was agreed.", "two-week", "P2W", None, None),
    ("Talks took 16 hours.", "16 hours", "PT16H", None, None),
    ("The probe ran for six months.", "six months", "P6M", None, None),
    ("He spent two decades in exile.", "two decades", "P20Y", None, None),
    ("Talks could take several weeks.", "several weeks", "PXW", None, None),
    ("Inspectors visit every Monday.", "every Monday", "XXXX-WXX-1", None, None),
    ("The report is published annually.", "annually", "P1Y", None, None),
    ("Briefings are held daily.", "daily", "P1D", None, None),
    ("Prices are reviewed every month.", "every month", "P1M", None, None),
    ("The index is updated weekly.", "weekly", "P1W", None, None),
]

DATE_WORDS = [
    ("The December talks ended without a deal.", "December", "2025-12", "2025-12-01", "2026-01-01"),
    ("The March offensive stalled.", "March", "2025-03", "2025-03-01", "2025-04-01"),
    ("Officials recalled the May meeting.", "May", "2025-05", "2025-05-01", "2025-06-01"),
    ("The November vote was close.", "November", "2025-11", "2025-11-01", "2025-12-01"),
    ("Their July visit was cut short.", "July", "2025-07", "2025-07-01", "2025-08-01"),
    ("Prices climbed in the April report.", "April", "2025-04", "2025-04-01", "2025-05-01"),
    ("The autumn of 2024 was mild.", "The autumn of 2024", "2024-FA", "2024-09-01", "2024-12-01"),
    ("Q3 2025 results beat forecasts.", "Q3 2025", "2025-Q3", "2025-07-01", "2025-10-01"),
    ("The fiscal 2024 budget passed.", "fiscal 2024", "2024", "2024-01-01", "2025-01-01"),
    ("The 2019 protests were larger.", "2019", "2019", "2019-01-01", "2020-01-01"),
]

NEGATIVES = [
    "According to Lavrov, 91 drones were involved.",
    "Zelensky said 90 percent of his proposed 20-point peace plan had been agreed.",
    "Moscow may be using the narrative.",
    "The march on the capital drew 2000 people.",
    "He scored 1500 points over his career.",
    "Call 555-1234 for details.",
    "Room 2019 is on the third floor.",
    "The Sun reported the story.",
    "Version 3.14 was released.",
    "Czech Foreign Minister Jan Kavan spoke.",
    "Zelensky met Trump at the Mar-a-Lago residence.",
]

FAMILIES = {
    "absolute": ABSOLUTE, "times": TIMES, "ranges": RANGES, "deictic": DEICTIC,
    "anaphoric": ANAPHORIC, "fuzzy": FUZZY, "durations_sets": DURATIONS_AND_SETS, "date_words": DATE_WORDS,
}
