"""English news phenomena, each a phrase in context at its own reference date, with its TIMEX3 value."""
import pytest

import chrono

# (phenomenon, text, reference date, phrase, value)
CASES = [
    # the tense of a year-less date or weekday: markers of other clauses, names and adjectives do not count
    ("quote barrier", "``The father will be traveling to Miami with his family in January,'' Castro said.",
     "1999-10-15", "January", "2000-01"),
    ("quote barrier", "``We met on Monday,'' the minister will tell parliament.", "2025-12-31",
     "Monday", "2025-12-29"),
    ("not a verb", "The dividend would be paid on a still unspecified date in January.", "1989-10-26",
     "January", "1990-01"),
    ("not a verb", "Mr. Schwarz, 52 years old, is expected to succeed Mr. Davison on Feb. 1.", "1989-10-26",
     "Feb. 1", "1990-02-01"),
    ("irregular past", "In January, the company brought in a new chief.", "1989-10-27", "January", "1989-01"),
    ("deadline", "Officials postponed until Tuesday any action on the case.", "2000-03-30", "Tuesday",
     "2000-04-04"),
    ("deadline", "The agency extended its deadline until Tuesday.", "2000-04-03", "Tuesday", "2000-04-04"),
    ("deadline", "Talks went on until Tuesday.", "2000-04-03", "Tuesday", "2000-03-28"),
    ("clock before weekday", "The agency extended its deadline until 9 a.m. Tuesday.", "2000-04-03",
     "9 a.m. Tuesday", "2000-04-04T09:00"),
    ("clock before weekday", "He will leave at 4 a.m. Thursday.", "2000-04-05", "4 a.m. Thursday",
     "2000-04-06T04:00"),
    ("since", "Police have been searching for him since shortly after the Oct. 23 shooting.", "1999-05-06",
     "Oct. 23", "1998-10-23"),
    ("since", "Prices have risen ever since March.", "2024-02-10", "March", "2023-03"),
    ("since", "The road will stay closed, as it has been since Friday.", "2024-03-06", "Friday", "2024-03-01"),
    # a month before "of"/"for" and a lower-case word is a date ("the March of the Living" is a name)
    ("month before for", "He was cited by traffic police in December for speeding.", "1998-04-18", "December",
     "1997-12"),
    ("month before for", "She stepped down in March for health reasons.", "1998-04-18", "March", "1998-03"),
    # a year-less date given its year by a year phrase
    ("of year", "He resigned in March 2019. In June of the same year, he was arrested.", "2021-04-18",
     "June of the same year", "2019-06"),
    ("of year", "He quit in March 2019 and returned in October of the following year.", "2021-04-18",
     "October of the following year", "2020-10"),
    ("of year", "He quit in 2019. In the summer of the next year he returned.", "2021-04-18",
     "the summer of the next year", "2020-SU"),
    ("of year", "The war ended in 1945; on May 9 of that year crowds filled the squares.", "2025-05-01",
     "May 9 of that year", "1945-05-09"),
    # a part of day of the day the narrative last named
    ("anaphoric part of day", "He was arrested on Feb. 22. He appeared in court the next morning.", "2000-02-24",
     "the next morning", "2000-02-23TMO"),
    ("anaphoric part of day", "Talks ended on May 3. The following evening, rebels attacked.", "2024-05-10",
     "The following evening", "2024-05-04TEV"),
    ("anaphoric part of day", "The storm hit on Jan. 9. Later that night the power failed.", "2024-01-12",
     "Later that night", "2024-01-09TNI"),
    ("anaphoric part of day", "The blast came on June 5. The previous night, residents heard shots.", "2024-06-07",
     "The previous night", "2024-06-04TNI"),
    ("anaphoric part of day", "He was detained on Feb. 22 and released that same day.", "2000-02-24",
     "that same day", "2000-02-22"),
    # a named zone takes the offset in force that day
    ("named zone", "Markets open at 9:30 a.m. ET on Thursday.", "2024-07-03", "9:30 a.m. ET on Thursday",
     "2024-07-04T09:30-04:00"),
    ("named zone", "Markets open at 9:30 a.m. ET on Thursday.", "2024-01-03", "9:30 a.m. ET on Thursday",
     "2024-01-04T09:30-05:00"),
    ("named zone", "The launch will be at 6 p.m. Pacific time Friday.", "2024-07-03", "6 p.m. Pacific time Friday",
     "2024-07-05T18:00-07:00"),
    # "midnight Friday" is the end of Friday
    ("midnight", "The deadline expires at midnight Friday.", "2024-03-06", "midnight Friday", "2024-03-09T00:00"),
    ("midnight", "The attack happened shortly before midnight on Saturday.", "2024-03-06",
     "midnight on Saturday", "2024-03-03T00:00"),
    ("midnight", "The offer expires at midnight Dec. 31.", "2024-03-06", "midnight Dec. 31", "2025-01-01T00:00"),
    # ISO 8601 timestamps, as machine-written reports give them
    ("timestamp", "The file was stamped 2024-03-05T14:00:00+03:00.", "2024-03-06", "2024-03-05T14:00:00+03:00",
     "2024-03-05T14:00+03:00"),
    ("timestamp", "Updated 2024-03-05T09:15:30.123Z, then resent.", "2024-03-06", "2024-03-05T09:15:30.123Z",
     "2024-03-05T09:15Z"),
    # recurrences with a count, and clock units in them
    ("every n", "The vote is held every four years.", "2024-03-06", "every four years", "P4Y"),
    ("every n", "Trains leave every 15 minutes.", "2024-03-06", "every 15 minutes", "PT15M"),
    ("every n", "Buses run every hour.", "2024-03-06", "every hour", "PT1H"),
    ("every n", "Sirens sounded every minute.", "2024-03-06", "every minute", "PT1M"),
    ("every n", "Elections come every few years.", "2024-03-06", "every few years", "PXY"),
    # 29 February falls in a leap year
    ("leap day", "The index hit a record on Feb. 29.", "2025-03-06", "Feb. 29", "2024-02-29"),
    ("leap day", "The index hit a record on Feb. 29.", "2024-03-06", "Feb. 29", "2024-02-29"),
    # a law that "takes effect" on a day is ahead
    ("takes effect", "The bill was signed on Jan. 3 and takes effect on July 1.", "2024-03-06", "July 1",
     "2024-07-01"),
    ("takes effect", "The rule comes into force on June 1.", "2024-03-06", "June 1", "2024-06-01"),
    # an ISO year and month, not a run of years
    ("year-month", "Figures for 2021-03 were revised up.", "2024-03-06", "2021-03", "2021-03"),
    ("year-month", "Profits rose in the 2021-22 fiscal year.", "2024-03-06", "2021-22", "2021/2022"),
    # a clock written as four digits with a zone in capitals
    ("hhmm zone", "Shelling resumed at 0615 GMT.", "2023-05-02", "0615 GMT", "2023-05-02T06:15Z"),
    ("local time", "Voting ends at 8 p.m. local time on Sunday.", "2025-06-04", "8 p.m. local time on Sunday",
     "2025-06-08T20:00"),
    # present-tense schedules and forecasts reach across the verb's complements
    ("schedule", "Parliament returns from its summer break on Monday.", "2025-08-28", "Monday", "2025-09-01"),
    ("schedule", "The book fair runs through Saturday.", "2025-10-15", "Saturday", "2025-10-18"),
    ("schedule", "More snow is forecast for Friday.", "2025-01-07", "Friday", "2025-01-10"),
    ("schedule", "The launch is set for 6:40 a.m. ET on Wednesday.", "2025-03-03",
     "6:40 a.m. ET on Wednesday", "2025-03-05T06:40-05:00"),
    ("schedule", "Banks are closed on Monday for the holiday.", "2025-05-22", "Monday", "2025-05-26"),
    # a future verb coordinated after the phrase is the next clause's
    ("coordinated", "Spain beat France on Tuesday and will play the final on Sunday.", "2024-07-11", "Tuesday",
     "2024-07-09"),
    # lengths that are something else
    ("not a length", "Lenders cut rates by a quarter point on Feb. 1.", "2024-03-06", "Feb. 1", "2024-02-01"),
    ("article left out", "Workers ended a year-long strike.", "2024-03-06", "year-long", "P1Y"),
    ("article left out", "They held an hour-long meeting.", "2024-03-06", "hour-long", "PT1H"),
    # the tense of reported speech is the reporting verb's, not the report's
    ("reported speech", "The bank said on Monday it would cut 500 jobs.", "2024-07-03", "Monday", "2024-07-01"),
    ("reported speech", "She told reporters on Tuesday that talks would resume soon.", "2024-07-03", "Tuesday",
     "2024-07-02"),
    # counted back or ahead from the report's own week, month or weekend
    ("before last", "Prices peaked the week before last.", "2024-03-06", "the week before last", "2024-W08"),
    ("before last", "Sales slumped the month before last.", "2024-03-06", "the month before last", "2024-01"),
    ("after next", "The vote comes the week after next.", "2024-03-06", "the week after next", "2024-W12"),
    ("this past", "Protests erupted this past weekend.", "2024-03-06", "this past weekend", "2024-W09-WE"),
    ("units' time", "Results are due in two weeks' time.", "2024-03-06", "two weeks' time", "2024-W12"),
    ("anaphoric season", "The treaty was signed in the spring of 1991 and ratified that autumn.", "2024-03-06",
     "that autumn", "1991-FA"),
    ("day before a date", "The day before last Tuesday, he left.", "2000-02-24", "The day before last Tuesday",
     "2000-02-21"),
    ("day before a date", "He left on Feb. 3. The day before, he had called.", "2000-02-24", "The day before",
     "2000-02-02"),
    # weeks, weekends and weekdays counted within a month
    ("of a month", "The festival takes place in the last week of March.", "2024-03-06", "the last week of March",
     "2024-W13"),
    ("of a month", "The fair took place on the first weekend of February.", "2024-03-06",
     "the first weekend of February", "2024-W05-WE"),
    ("of a month", "The festival takes place on the last weekend of June.", "2024-03-06",
     "the last weekend of June", "2024-W26-WE"),
    ("of a month", "The holiday falls on the second Monday of October.", "2024-03-06",
     "the second Monday of October", "2023-10-09"),
    ("of a month", "The talks end on the last Friday in June.", "2024-03-06", "the last Friday in June", "2024-06-28"),
    ("of a month", "It happened the weekend of March 2.", "2024-03-06", "the weekend of March 2", "2024-W09-WE"),
    # a modifier is a word of its own: "weekend of" holds no "end of"
    ("whole words", "Crowds gathered on the first weekend of February.", "2024-03-06",
     "the first weekend of February", "2024-W05-WE"),
    ("ahead", "More storms are expected in the days ahead.", "2024-03-06", "the days ahead", "FUTURE_REF"),
    # a quarter told by the day it ended is the three months up to that day
    ("quarter ended", "Sales increased in the quarter ended Sept. 30 to $747.8 million.", "1989-10-26",
     "the quarter", "1989-Q3"),
    ("quarter ended", "In the quarter ended July 31, the company had a loss.", "1989-10-30", "the quarter",
     "1989-Q2"),
    ("quarter ended", "Profit fell in the first quarter. Margins rose in the quarter.", "1989-10-26", "the quarter",
     "1989-Q1"),
    # a reported expectation points ahead; a scheduled time as an adjective does not
    ("expected", "Officials said another front was expected Tuesday night.", "2019-02-09", "Tuesday night",
     "2019-02-12TNI"),
    ("adjective", "The meeting overran its scheduled close Thursday evening.", "2023-12-17", "Thursday evening",
     "2023-12-14TEV"),
    ("relative clause", "Delegates prepared for talks that open in Geneva on Wednesday.", "2023-04-16", "Wednesday",
     "2023-04-19"),
    # a marker beyond a comma yields to the clause's own governing verb
    ("beyond comma", "The probe will fly past Mars when it swings by in early November, engineers said.",
     "2023-08-09", "early November", "2023-11"),
    # "last February" said in February is a year back
    ("last month name", "Shares have fallen since last March.", "2019-03-04", "last March", "2018-03"),
    # counted from the last time named at the unit's grain
    ("later", "A truce signed last March collapsed three months later.", "2021-01-09", "three months later",
     "2020-06"),
    ("later", "The cabinet fell on May 3. Its leader, in office since June 2010, resigned two days later.",
     "2021-10-03", "two days later", "2021-05-05"),
    ("following", "Fighting began on March 28. The following week, rebels took the airport.", "2023-04-16",
     "The following week", "2023-W14"),
    ("following", "The law passed in November 2019 and took effect the following February.", "2025-10-24",
     "the following February", "2020-02"),
    # the same weekday named again in the story is the same day
    ("same weekday", "The rocket is to launch at dawn on Saturday. Forecasters give Saturday morning good odds.",
     "2020-07-29", "Saturday morning", "2020-08-01TMO"),
    # a clock time takes the day of its tense: the coming day named in a story of the future, today in the past
    ("clock day", "Voters return to the polls on Sunday after a first round on June 23. Polls open at 8 a.m.",
     "2024-07-06", "8 a.m.", "2024-07-07T08:00"),
    ("clock day", "Results are due Monday morning. Turnout stood at 40 percent at 4 p.m.", "2021-10-03", "4 p.m.",
     "2021-10-03T16:00"),
    # lengths and recurrences
    ("hours and minutes", "The final lasted two hours and 40 minutes.", "2024-03-06", "two hours and 40 minutes",
     "PT2H40M"),
    ("season set", "Cranes return every spring.", "2024-03-06", "every spring", "XXXX-SP"),
    ("quarter adjective", "Banks begin the first-quarter reports in April.", "2024-12-31", "first-quarter", "2025-Q1"),
    ("thousands", "Oak trees here can live 1,000 years.", "2024-03-06", "1,000 years", "P1000Y"),
    ("thousands", "The comet returns every 6,000 years.", "2024-03-06", "every 6,000 years", "P6000Y"),
    # "the end of the decade" in a past story is that story's decade
    ("narrative period", "She joined the agency in 1961 and ran her own lab by the end of the decade.", "2024-12-31",
     "the end of the decade", "196"),
    ("narrative period", "Sales rose from 1988 levels. The firm will finish by the end of the year.", "1989-10-26",
     "the end of the year", "1989"),
    # a day that only dates a statement is not the day of a later clock time
    ("report date", "The probe will launch on Friday, the agency said on Wednesday. Liftoff is set for 6:14 a.m.",
     "2020-07-29", "6:14 a.m.", "2020-07-31T06:14"),
    # third held-out set, phenomena
    ("plural weekday", "The court will not sit on Fridays.", "2018-04-09", "Fridays", "XXXX-WXX-5"),
    ("story decade", "Her first album came out in 1956. That summer she toured, and by the end of the decade she "
     "led a trio.", "2017-10-23", "the end of the decade", "195"),
    ("expect", "Forecasters expect another storm to reach the coast on Saturday night.", "2017-12-28",
     "Saturday night", "2017-12-30TNI"),
    ("could", "More rain could fall on Thursday.", "2020-09-20", "Thursday", "2020-09-24"),
    ("coordinated dates", "Teachers stay out after talks on Saturday and Sunday ended without a deal.", "2022-03-21",
     "Saturday", "2022-03-19"),
    ("plan", "Parents plan a march to the district office on Wednesday.", "2022-03-21", "Wednesday", "2022-03-23"),
    ("is on", "Game 2, if needed, is on Wednesday.", "2023-10-01", "Wednesday", "2023-10-04"),
    ("that month", "The firm was founded in 1998 and listed that June.", "2024-03-06", "that June", "1998-06"),
    ("that week", "The peg broke on Sept. 16, 1992. He called that week the worst of his life.", "2025-01-02",
     "that week", "1992-W38"),
    ("month of the story", "Then, in September 1992, speculators attacked the currency. The peg was abandoned on "
     "Sept. 16.", "2025-01-02", "Sept. 16", "1992-09-16"),
    ("clock in a past story", "A jury on Tuesday convicted a man of a 1986 murder. The verdict was read after 2 p.m.",
     "2019-03-27", "2 p.m.", "2019-03-26T14:00"),
    ("midnight ahead", "Polls close at 8 p.m., with first results expected around midnight.", "2024-09-08",
     "around midnight", "2024-09-09T00:00"),
    ("later than", "Classes start an hour later than usual.", "2024-09-08", "an hour", "PT1H"),
    # fourth held-out set, phenomena
    ("deadline", "The bridge will stay shut, and ferries run until Wednesday.", "2019-11-25", "Wednesday",
     "2019-11-27"),
    ("deadline", "Officials want every school open by Friday.", "2023-05-18", "Friday", "2023-05-19"),
    ("deadline", "The agency had filed its reports by Wednesday.", "1990-08-16", "Wednesday", "1990-08-15"),
    ("deadline", "“By Easter, we want everyone over 65 to have had one shot.”", "2021-01-03", "Easter", "2021-04-04"),
    ("race time", "He won in 2 hours 4 minutes 37 seconds.", "2025-10-12", "2 hours 4 minutes 37 seconds",
     "PT2H4M37S"),
    ("times a unit", "He must report to police twice a week.", "2018-12-28", "twice a week", "P1W"),
    ("every part of day", "She trains every morning.", "2017-06-17", "every morning", "XXXX-XX-XXTMO"),
    ("past decade", "Prices have doubled over the past decade.", "2017-01-04", "the past decade", "P10Y"),
    ("bound is no story time", "The currency has lost half its value since mid-2014. The bank may act again "
     "before the end of the year, he said.", "2016-08-15", "the end of the year", "2016"),
    ("ahead of", "Traders squared positions ahead of the weekend.", "1989-10-30", "the weekend", "1989-W44-WE"),
    ("deadline with a clock", "Payments are due by midnight on Monday.", "2020-12-20", "midnight on Monday",
     "2020-12-22T00:00"),
    ("hope to", "Crews hope to finish the repairs by Friday.", "2020-11-23", "Friday", "2020-11-27"),
    ("extended through", "The service extended the heat alert through Saturday morning.", "2019-07-26",
     "Saturday morning", "2019-07-27TMO"),
    ("set for", "The court set it for 2 p.m. on Tuesday.", "2022-07-09", "2 p.m. on Tuesday", "2022-07-12T14:00"),
    ("article of the noun", "The eight-year war ended in 1988.", "1990-08-15", "eight-year", "P8Y"),
    ("article of the noun", "The 30-day period expired.", "1989-10-30", "30-day", "P30D"),
    # fifth held-out set (1990s wire style), phenomena
    ("clock at night", "The bombing began at 6:30 last night.", "1991-01-17", "6:30 last night", "1991-01-16T18:30"),
    ("earlier today", "Officials said earlier today that talks failed.", "1991-01-17", "earlier today", "1991-01-17"),
    ("clock in words", "It happened at 4:15 in the morning.", "2000-11-08", "4:15 in the morning", "2000-11-08T04:15"),
    ("fewer than", "With fewer than six months to go, banks are ready.", "1999-07-01", "fewer than six months", "P6M"),
    ("season in progress", "Heating bills rose this winter.", "1989-01-04", "this winter", "1988-WI"),
    ("US zones", "The polls close at 6 p.m. CDT.", "1992-11-03", "6 p.m. CDT", "1992-11-03T18:00-05:00"),
    ("the week", "Stocks ended the week higher.", "1989-10-27", "the week", "1989-W43"),
    # a future auxiliary governs a date at the end of its clause, however long the verb phrase in between
    ("governing future", "The delegation is to resume its talks with the ministry in Vienna Tuesday.", "2024-03-08",
     "Tuesday", "2024-03-12"),
    ("governing future", "The crew planned to leave the capital on Thursday for the coast.", "2024-03-06",
     "Thursday", "2024-03-07"),
    ("governing future", "The minister would be flying to the summit with two advisers Thursday.", "2024-03-05",
     "Thursday", "2024-03-07"),
    ("governing future", "She will be named head of the agency's new research unit in December.", "2024-03-05",
     "December", "2024-12"),
    ("governing future", "The offer had been scheduled to expire at the close of trading Friday.", "2024-03-11",
     "Friday", "2024-03-08"),
    ("governing future", "Lawyers would seek ways to overturn Wednesday's verdict.", "2024-03-08",
     "Wednesday", "2024-03-06"),
    ("governing future", "The rebels say they will fight on, and the army says it struck their camps Monday.",
     "2024-03-08", "Monday", "2024-03-04"),
    # a past verb governs a year-less month further on in its clause, unless an infinitive or deadline intervenes
    ("governing past", "Reporters asked him about the weeks before he took over the agency in April.", "2024-10-20",
     "April", "2024-04"),
    ("governing past", "The mayor said she had gathered new evidence in the November shooting.", "2024-05-10",
     "November", "2023-11"),
    ("governing past", "The board agreed to sell the chemicals unit for $40 million in February.", "2024-10-20",
     "February", "2025-02"),
    ("governing past", "Lenders extended the company new credit lines through January.", "2024-10-20",
     "January", "2025-01"),
    ("governing past", "The chain switched from a fiscal year to a calendar year in December.", "1989-10-27",
     "December", "1988-12"),
    ("governing past", "Prices fell to 7.2% in December.", "1989-10-27", "December", "1988-12"),
    ("governing past", "The firm moved to close the plant in December.", "1989-10-27", "December", "1989-12"),
    ("slated", "They talked about the slated trip of the trade minister to Paris in September.", "2024-08-20",
     "September", "2024-09"),
    # a phrase opening its sentence takes the tense of the first plain marker of its clause, however far
    ("fronted", "In January, a week after the anniversary, a bomb killed a guard.", "1998-10-25", "January", "1998-01"),
    ("fronted", "On Tuesday, the league plans to hold a news conference.", "1998-10-26", "Tuesday", "1998-10-27"),
    ("fronted", "On Friday, when the minister set aside her vacation for a hastily planned trip, the embassy "
     "reopened.", "1998-08-17", "Friday", "1998-08-14"),
    ("fronted", "In March, the company will open a plant.", "1998-10-25", "March", "1999-03"),
    ("fronted", "In May, ``We will win,'' he said.", "1998-10-25", "May", "1998-05"),
    # a marker beyond a comma yields to one in the phrase's own stretch of clause
    ("comma", "The talks, which are supposed to conclude by May, stalled two weeks ago.", "2024-03-20",
     "May", "2024-05"),
    # "the year" of a report: the year the narrative named, else the report's own; an accounting year by its end
    ("the year", "Sales rose 5% in fiscal 1987. For the year, margins narrowed.", "1989-11-02", "the year", "1987"),
    ("the year", "The mill will close over the next year or so. For the year, volume was flat.", "1989-11-02",
     "the year", "1989"),
    ("the year", "Its stock hit a high for the year in June.", "1989-10-30", "the year", "1989"),
    ("the year", "Revenue for the year ended March 31 was $5 million.", "1989-10-31", "the year", "P1Y"),
    ("the year", "The deal should close by year-end.", "1989-11-02", "year-end", "1989"),
    ("the year", "Shipments were delayed earlier in the year by rain.", "1989-10-26", "earlier in the year", "1989"),
    ("the year", "The year ahead looks bright.", "1989-11-02", "The year", None),
    # a present-tense schedule verb before a weekday or month puts it ahead; reporting verbs and nouns do not
    ("schedule", "The committee meets Monday to review the budget.", "2024-03-06", "Monday", "2024-03-11"),
    ("schedule", "Talks resume Tuesday in Geneva.", "2024-03-06", "Tuesday", "2024-03-12"),
    ("schedule", "The show opens on Broadway Friday.", "2024-03-06", "Friday", "2024-03-08"),
    ("schedule", "Voters go to the polls Sunday.", "2024-03-06", "Sunday", "2024-03-10"),
    ("schedule", "The senator takes office in January.", "2024-05-10", "January", "2025-01"),
    ("schedule", "The trial, which opens Monday, is expected to last weeks.", "2024-03-06", "Monday", "2024-03-11"),
    ("schedule", "The minister said Monday the talks resume Tuesday.", "2024-03-06", "Monday", "2024-03-04"),
    ("schedule", "The minister said Monday the talks resume Tuesday.", "2024-03-06", "Tuesday", "2024-03-12"),
    ("schedule", "The senator says Monday was a good day.", "2024-03-06", "Monday", "2024-03-04"),
    ("schedule", "The committee met Monday.", "2024-03-06", "Monday", "2024-03-04"),
    ("schedule", "The council did not meet Monday.", "2024-03-06", "Monday", "2024-03-04"),
    ("schedule", "Their visit Monday drew crowds.", "2024-03-06", "Monday", "2024-03-04"),
    ("schedule", "Heads of state Monday signed the pact.", "2024-03-06", "Monday", "2024-03-04"),
    ("schedule", "The fund raised its stake in July, and holds 14.6%.", "1989-10-30", "July", "1989-07"),
    # a year-less date with no tense is the nearer one; a near tie (half a year either way) is the past one
    ("near tie", "The index is near its peak of Aug. 6.", "1998-02-06", "Aug. 6", "1997-08-06"),
    ("near tie", "The index is near its peak of Aug. 6.", "1998-02-20", "Aug. 6", "1998-08-06"),
    ("near tie", "Tickets for the fair of July 20 are scarce.", "1998-02-06", "July 20", "1998-07-20"),
    # a weekday in a report of the same weekday is that day, even when the verb is future
    ("same weekday", "The ministry will respond on Friday.", "2026-01-02", "Friday", "2026-01-02"),
    ("same weekday", "The ministry will respond next Friday.", "2026-01-02", "next Friday", "2026-01-09"),
    ("same weekday", "Delegates voted to back the republic Friday.", "1998-02-13", "Friday", "1998-02-13"),
    # holidays on a weekday rule or on Easter
    ("floating holiday", "The boy was found Thanksgiving Day clinging to an inner tube.", "2000-01-10",
     "Thanksgiving Day", "1999-11-25"),
    ("floating holiday", "He was found off Florida last Thanksgiving.", "1999-11-20", "last Thanksgiving",
     "1998-11-26"),
    ("floating holiday", "It will be a major theme from now to Election Day.", "1998-10-26", "Election Day",
     "1998-11-03"),
    ("floating holiday", "Parades were held on Memorial Day 2024.", "2025-01-01", "Memorial Day 2024",
     "2024-05-27"),
    ("floating holiday", "Pools close after Labor Day.", "2025-08-01", "Labor Day", "2025-09-01"),
    ("floating holiday", "The shops will close for Easter.", "2026-01-10", "Easter", "2026-04-05"),
    ("floating holiday", "Easter 2024 fell in March.", "2026-01-10", "Easter 2024", "2024-03-31"),
    ("floating holiday", "They prayed on Good Friday.", "2000-05-01", "Good Friday", "2000-04-21"),
    # years said aloud, as broadcast transcripts write them
    ("spoken year", "Atlanta nineteen ninety-six. A bomb blast shocks the games.", "1998-02-27",
     "nineteen ninety-six", "1996"),
    ("spoken year", "January nineteen ninety-seven. Atlanta again.", "1998-02-27",
     "January nineteen ninety-seven", "1997-01"),
    ("spoken year", "Prices fell to the level we saw in the winter of nineteen ninety-four.", "1998-01-08",
     "the winter of nineteen ninety-four", "1994-WI"),
    ("spoken year", "He promised to halve unemployment by the year two thousand.", "1998-01-08",
     "the year two thousand", "2000"),
    ("spoken year", "In nineteen oh five the line opened.", "1998-01-08", "nineteen oh five", "1905"),
    # weeks as intervals of a week
    ("week of", "The case may be resolved in a hearing the week of March 6.", "2000-02-24",
     "the week of March 6", "2000-W10"),
    ("week of", "Talks resume in the first week of March.", "2000-02-24", "the first week of March", "2000-W09"),
    ("week of", "Sales peak in the second week in January 2001.", "2000-02-24",
     "the second week in January 2001", "2001-W02"),
    ("week of", "Voting ends in the final week of May 2025.", "2025-01-10", "the final week of May 2025", "2025-W22"),
    ("week of", "Protesters prayed as Easter week began.", "2000-04-17", "Easter week", "2000-W16"),
    # days of the month said as ordinal words
    ("ordinal day", "Women's Day is this coming Sunday, March eighth. Rallies are planned.", "1998-03-04",
     "Sunday, March eighth", "1998-03-08"),
    ("ordinal day", "The treaty was signed on the twenty-first of May, 1990.", "1998-03-04",
     "the twenty-first of May, 1990", "1990-05-21"),
    # a weekday counted from the day the narrative last named
    ("previous weekday", "Shares closed at 60 on Friday, down 4.5% from the previous Friday.", "1989-10-30",
     "the previous Friday", "1989-10-20"),
    ("previous weekday", "The ceasefire began on 3 May 2024. Fighting resumed the following Monday.", "2025-01-10",
     "the following Monday", "2024-05-06"),
    ("last month day", "He was shot to death last Oct. 23 at his home.", "1999-04-19", "last Oct. 23", "1998-10-23"),
    ("next month day", "The fund closes next March 1.", "1999-04-19", "next March 1", "2000-03-01"),
    # the narrative's quarter in a named year
    ("year period", "Net rose in the third quarter. Kirschner earned $376,000 in the 1988 quarter.", "1989-10-30",
     "the 1988 quarter", "1988-Q3"),
    ("year period", "In the 1989 period, costs fell.", "1989-11-01", "the 1989 period", "1989"),
    ("year period", "Profit fell in the third quarter. Sales for last year's quarter were flat.", "1989-11-01",
     "last year's quarter", "1988-Q3"),
    ("year quarter", "The cut could be effective as early as next year's first quarter.", "1989-10-31",
     "next year's first quarter", "1990-Q1"),
    ("year quarter", "Sales in last year's fourth quarter fell.", "1989-10-31", "last year's fourth quarter", "1988-Q4"),
    ("latest period", "Net rose 9% in the third quarter. Sales in the latest period were $1.76 billion.",
     "1989-11-02", "the latest period", "1989-Q3"),
    ("latest period", "The latest period had profit from continuing operations.", "1989-11-01",
     "The latest period", "1989-Q3"),
    ("that quarter", "Revenue fell in the second quarter of 1988. Results for that quarter included a charge.",
     "1989-10-27", "that quarter", "1988-Q2"),
    ("full year", "The company forecast an earnings increase for the full year.", "1989-10-26", "the full year",
     "1989"),
    ("full year", "It expects sales in the current fiscal year to rise.", "1989-10-26", "the current fiscal year",
     "1989"),
    # a bare quarter is the report's year's, unless that one begins more than half a year on
    ("bare quarter", "The company reported a drop in profits for the fourth quarter.", "1998-01-26",
     "the fourth quarter", "1997-Q4"),
    ("bare quarter", "The company expects a loss in the fourth quarter.", "1989-10-26", "the fourth quarter",
     "1989-Q4"),
    ("bare quarter", "Sales rose in the first quarter.", "1989-10-26", "the first quarter", "1989-Q1"),
    # seasons without a year, and "mid-1996"
    ("season", "Over the summer, competitors offered rebates.", "1989-10-30", "the summer", "1989-SU"),
    ("season", "Orders rose from the low levels of the early summer.", "1989-10-26", "the early summer", "1989-SU"),
    ("season", "It scrapped the business this past spring.", "1989-10-30", "this past spring", "1989-SP"),
    ("season", "A strike began last spring.", "1989-10-26", "last spring", "1988-SP"),
    ("season", "The band toured in winter.", "1998-03-01", "winter", "1997-WI"),
    ("mid year", "The group began to fall apart in mid-1996.", "1998-03-01", "mid-1996", "1996"),
    # recurring parts of weeks and years
    ("set", "Two flights will leave on Tuesday nights from March 30.", "1998-02-13", "Tuesday nights",
     "XXXX-WXX-2TNI"),
    ("set", "Orangemen march each July from their church.", "1998-03-22", "each July", "XXXX-07"),
    # parts of day and clock times said with them
    ("part of day", "In London at mid-afternoon yesterday, shares were up.", "1989-11-02",
     "mid-afternoon yesterday", "1989-11-01TAF"),
    ("part of day", "By mid afternoon, official sources were silent.", "1998-03-06", "mid afternoon",
     "1998-03-06TAF"),
    ("part of day", "He will leave at 4 in the morning tomorrow.", "2000-04-05", "4 in the morning tomorrow",
     "2000-04-06T04:00"),
    # "one day" after a modal is an indefinite future, elsewhere a day's length
    ("some day", "Solar power will one day be the largest source.", "1998-03-03", "one day", "FUTURE_REF"),
    ("some day", "The drug could some day replace surgery.", "1998-03-03", "some day", "FUTURE_REF"),
    ("some day", "The strike will last one day.", "1998-03-03", "one day", "P1D"),
    ("some day", "The strike lasted one day.", "1998-03-03", "one day", "P1D"),
    # "N weeks ago" names a week, as precise as its unit
    ("weeks ago", "He referred to the resolution in a speech six weeks ago.", "1998-03-04", "six weeks ago",
     "1998-W04"),
    ("weeks ago", "Then, a week or so ago, the general moved his troops.", "1991-02-25", "a week or so ago",
     "1991-W08"),
    ("weeks ago", "It happened three days ago.", "1991-02-25", "three days ago", "1991-02-22"),
    # "N days before" counts back from the last date only when nothing follows it
    ("before", "The deal closed on May 5, 2020. Two days before, rivals bid.", "2021-01-01", "Two days before",
     "2020-05-03"),
    ("before", "The banks must wait at least 30 days before closing the purchase.", "1989-10-27",
     "at least 30 days", "P30D"),
]


@pytest.mark.parametrize("phenomenon, text, ref, phrase, value", CASES, ids=[f"{c[0]}:{c[3]}" for c in CASES])
def test_case(phenomenon, text, ref, phrase, value):
    found = {m.text: m.value for m in chrono.extract(text, ref=ref, lang="en")}
    assert found.get(phrase) == value, found


def test_the_quarter_is_the_one_named_nearby_else_the_last_one_reported():
    near = "Acme's sales rose in the first quarter. Margins fell in the quarter, the company said."
    filler = " Analysts at several brokerage houses had expected the figures and kept their ratings." * 8
    far = "Acme's sales rose in the first quarter." + filler + " Zenith posted a loss for the quarter."
    assert [m.value for m in chrono.extract(near, ref="1989-10-26", lang="en")] == ["1989-Q1", "1989-Q1"]
    assert [m.value for m in chrono.extract(far, ref="1989-10-26", lang="en")] == ["1989-Q1", "1989-Q3"]


@pytest.mark.parametrize("text, mod", [
    ("It plans to cut 600 jobs over the next two years.", None),
    ("The project took over two years.", "MORE_THAN"),
])
def test_over_a_stretch_is_during_it_and_over_an_amount_is_more(text, mod):
    [mention] = chrono.extract(text, ref="2024-08-08", lang="en")
    assert (mention.value, mention.time.mod) == ("P2Y", mod)


@pytest.mark.parametrize("text", [
    "Nineteen people died and two thousand were hurt.",
    "The Seattle-based chain has 87 stores.",
    "Mr. Reupke, 52 years old, will retire.",
    "The plan is open to employees fifty-five years old or older.",
    "Iraq imports about three-quarters of its food.",
    "Junk funds account for more than a quarter of the market.",
    "Prices fall in spring.",
    "Winter wheat futures rose.",
    "Thousands joined the March for Our Lives in the capital.",
    "Flights were cancelled for a second straight day.",
    "He won a second term.",
    "Former prime minister Theresa May spoke.",
    "The court heard from Mrs. May and Dr. May.",
    "Tourists queued outside the Winter Palace.",
    "His number is 0800 555 2020.",
    "The part number 2019-0441 was recalled.",
    "Markets were closed for the Lunar New Year holiday.",
    "A second, smaller asteroid passed by.",
    "Model 1800 sales fell sharply.",
])
def test_no_date(text):
    """Phrases with date words that name no time."""
    assert chrono.extract(text, ref="1998-01-08", lang="en") == []
