#!/usr/bin/env python3
"""Writes cases.tsv: hand-chosen expressions with expected values computed
independently with Python's datetime (not with sitrep-time).

Columns: family, text, anchor (ISO date or -), expected span text, type, value.
For quantities: family=qty, text, -, span text, value|value_max, approx|unit.
Run: python3 crates/sitrep-time/tests/gen_cases.py > crates/sitrep-time/tests/cases.tsv
"""
import datetime as dt

rows = []
def t(fam, text, anchor, span, typ, value):
    rows.append((fam, text, anchor, span, typ, value))

MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
ABBR = ["Jan.","Feb.","March","April","May","June","July","Aug.","Sept.","Oct.","Nov.","Dec."]
A = "2025-10-15"  # a Wednesday
a = dt.date(2025, 10, 15)

# Absolute dates: day month year, month day year, abbreviations, numeric forms.
for m in range(1, 13):
    d = (m * 7) % 28 + 1
    t("absolute", f"The talks were held on {d} {MONTHS[m-1]} 2023 in Minsk.", A, f"{d} {MONTHS[m-1]} 2023", "DATE", f"2023-{m:02d}-{d:02d}")
    t("absolute", f"It was signed {ABBR[m-1]} {d}, 2019, officials said.", A, f"{ABBR[m-1]} {d}, 2019", "DATE", f"2019-{m:02d}-{d:02d}")
    t("absolute", f"The photo dated {d:02d}.{m:02d}.2021 shows the site.", A, f"{d:02d}.{m:02d}.2021", "DATE", f"2021-{m:02d}-{d:02d}")
    t("absolute", f"Records from 2024-{m:02d}-{d:02d} were released.", A, f"2024-{m:02d}-{d:02d}", "DATE", f"2024-{m:02d}-{d:02d}")
    t("absolute", f"Production began in {MONTHS[m-1]} 2018 at the plant.", A, f"{MONTHS[m-1]} 2018", "DATE", f"2018-{m:02d}")
# Day-month without year: nearest to the anchor, past preferred.
def nearest(m, d, anchor):
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            c = dt.date(y, m, d)
        except ValueError:
            continue
        diff = (c - anchor).days
        cands.append((3 * diff if diff > 0 else -2 * diff, c))
    return min(cands)[1]
# A simple past ("took place", "met", "bought") decides when the nearest
# such day is more than two months away: the latest one gone by.
def nearest_past(m, d, anchor):
    v = nearest(m, d, anchor)
    if abs((v - anchor).days) <= 61:
        return v
    return max(dt.date(y, m, d) for y in (anchor.year - 1, anchor.year) if dt.date(y, m, d) <= anchor)
for m, d in [(10, 15), (10, 1), (9, 30), (11, 2), (12, 28), (1, 5), (3, 8), (8, 20), (10, 20), (6, 1)]:
    v = nearest_past(m, d, a)
    t("absolute-noyear", f"The meeting took place on {d} {MONTHS[m-1]}, the ministry said.", A, f"{d} {MONTHS[m-1]}", "DATE", v.isoformat())
    t("absolute-noyear", f"Delegates met on {MONTHS[m-1]} {d} in Moscow.", A, f"{MONTHS[m-1]} {d}", "DATE", v.isoformat())
# Years, decades, centuries.
for y in [1945, 1991, 1999, 2006, 2009, 2014, 2022, 2025, 2030]:
    t("year", f"The agreement of {y} remains in force.", A, f"{y}", "DATE", f"{y}")
for dec in [1960, 1970, 1980, 1990, 2000]:
    t("decade", f"In the {dec}s the base was expanded.", A, f"the {dec}s", "DATE", f"{dec // 10}")
for c, name in [(19, "19th"), (20, "20th"), (21, "21st"), (18, "eighteenth")]:
    t("century", f"Weapons of the {name} century were shown.", A, f"the {name} century", "DATE", f"{c - 1:02d}")
# Times of day.
for h, m in [(17, 34), (9, 5), (0, 30), (23, 59), (12, 0)]:
    t("time", f"The statement was issued at {h:02d}:{m:02d} local time.", A, f"{h:02d}:{m:02d}", "TIME", f"{A}T{h:02d}:{m:02d}")
for h, suf, h24 in [(10, "a.m.", 10), (3, "p.m.", 15), (12, "p.m.", 12), (12, "a.m.", 0), (7, "pm", 19), (6, "am", 6)]:
    t("time", f"The convoy left at {h} {suf} on schedule.", A, f"{h} {suf}", "TIME", f"{A}T{h24:02d}:00")
t("time", "The vote closed at 8pm, officials said.", A, "8pm", "TIME", f"{A}T20:00")
t("time", "Clashes broke out at 10:15 a.m. near the border.", A, "10:15 a.m.", "TIME", f"{A}T10:15")
# Parts of day.
t("part-of-day", "Shelling resumed this morning near the town.", A, "this morning", "TIME", f"{A}TMO")
t("part-of-day", "Explosions were heard last night in the city.", A, "last night", "TIME", (a - dt.timedelta(1)).isoformat() + "TNI")
t("part-of-day", "The talks continued yesterday afternoon in Geneva.", A, "yesterday afternoon", "TIME", (a - dt.timedelta(1)).isoformat() + "TAF")
t("part-of-day", "The minister will speak tomorrow evening on television.", A, "tomorrow evening", "TIME", (a + dt.timedelta(1)).isoformat() + "TEV")
t("part-of-day", "A curfew starts tonight in the capital.", A, "tonight", "TIME", f"{A}TNI")
t("part-of-day", "The ceasefire began at midnight.", A, "midnight", "TIME", f"{A}T24:00")
t("part-of-day", "Troops withdrew at noon.", A, "noon", "TIME", f"{A}T12:00")
# Relative to the document date: deictic days.
for word, off in [("yesterday", -1), ("today", 0), ("tomorrow", 1)]:
    for anchor in ["2025-10-15", "2024-03-01", "2023-12-31"]:
        ad = dt.date.fromisoformat(anchor)
        t("relative-day", f"The minister said {word} that talks would continue.", anchor, word, "DATE", (ad + dt.timedelta(off)).isoformat())
# Weekdays: most recent past by default, upcoming when the future is spoken of.
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
for anchor in ["2025-10-15", "2024-02-29", "2023-01-01"]:
    ad = dt.date.fromisoformat(anchor)
    for k, name in enumerate(WD):
        diff = k - ad.weekday()
        past = ad + dt.timedelta(diff - 7 if diff > 0 else diff)
        t("weekday", f"Officials met on {name} to discuss the plan.", anchor, name, "DATE", past.isoformat())
    for k, name in enumerate(WD[:5]):
        diff = k - ad.weekday()
        fut = ad + dt.timedelta(diff + 7 if diff < 0 else diff)
        t("weekday-future", f"The delegation will arrive on {name} for talks.", anchor, name, "DATE", fut.isoformat())
for name, k in [("Friday", 4), ("Monday", 0)]:
    diff = k - a.weekday()
    last = a + dt.timedelta(diff - 7 if diff >= 0 else diff)
    nxt = a + dt.timedelta(diff + 7 if diff <= 0 else diff)
    t("weekday-rel", f"They spoke last {name} by phone.", A, f"last {name}", "DATE", last.isoformat())
    t("weekday-rel", f"They will speak next {name} by phone.", A, f"next {name}", "DATE", nxt.isoformat())
# Weekday direction from the cue nearest the expression: deadlines ("until",
# "as soon as", "as early as"), plans ("is to", "set to", "planning to") and
# "would" (not before a possessive day: "Monday's ruling") point ahead; a sentence-initial "Until" and past auxiliaries point back.
def upcoming(k, anchor):
    return anchor + dt.timedelta((k - anchor.weekday()) % 7)
def latest(k, anchor):
    return anchor - dt.timedelta((anchor.weekday() - k) % 7)
for text, span, k, ahead in [
    ("The group could arrive as early as Friday, officials said.", "Friday", 4, True),
    ("The father could travel as soon as Monday.", "Monday", 0, True),
    ("Officials postponed until Tuesday any action on the case.", "Tuesday", 1, True),
    ("The relatives have until 9 a.m. Monday to sign the paper.", "9 a.m. Monday", 0, True),
    ("Trading in Paris is to resume Friday after the halt.", "Friday", 4, True),
    ("The peace process is set to resume Monday in Belfast.", "Monday", 0, True),
    ("Protesters were planning to drive around the airport on Monday.", "Monday", 0, True),
    ("Until Tuesday, they had not called him a suspect.", "Tuesday", 1, False),
    ("The father would be traveling to the United States Friday.", "Friday", 4, True),
    ("They said they would look for ways around Monday's ruling.", "Monday", 0, False),
    ("The rally was held on Monday in the capital.", "Monday", 0, False),
]:
    d = upcoming(k, a) if ahead else latest(k, a)
    if span.startswith("9 a.m."):
        t("weekday-cue", text, A, span, "TIME", d.isoformat() + "T09:00")
    else:
        t("weekday-cue", text, A, span, "DATE", d.isoformat())
# Noon, midnight and clock times with a time zone join the day that follows;
# a sentence-final period is not part of a weekday ("Tues." keeps its own).
t("clock-day", "The offer expires at noon Thursday, the company said.", A, "noon Thursday", "TIME", latest(3, a).isoformat() + "T12:00")
t("clock-day", "The offer was extended until 5 p.m. EST Nov. 9 by the firm.", A, "5 p.m. EST Nov. 9", "TIME", "2025-11-09T17:00")
t("clock-day", "The father will leave at 4 a.m. EDT Friday for Washington.", A, "4 a.m. EDT Friday", "TIME", upcoming(4, a).isoformat() + "T04:00")
t("weekday-period", "The ministers met on Monday.", A, "Monday", "DATE", latest(0, a).isoformat())
# Bare holidays: the occurrence nearest the anchor, the past preferred (as for
# dates without a year); spoken years standing alone or after a month/season;
# a full month name followed by a period ends the sentence.
def thanksgiving(y):
    d = dt.date(y, 11, 1)
    return d + dt.timedelta((3 - d.weekday()) % 7 + 21)
t("holiday-nearest", "The boy was found at sea on Thanksgiving Day.", "2000-01-07", "Thanksgiving Day", "DATE", thanksgiving(1999).isoformat())
t("holiday-nearest", "Families gathered for Thanksgiving this week.", "2025-11-29", "Thanksgiving", "DATE", thanksgiving(2025).isoformat())
t("spoken-year", "Atlanta, nineteen ninety-six. A bomb blast shocks the games.", A, "nineteen ninety-six", "DATE", "1996")
t("spoken-year", "January nineteen ninety-seven. Atlanta again.", A, "January nineteen ninety-seven", "DATE", "1997-01")
t("spoken-year", "Prices fell to the level we saw in the winter of nineteen ninety-four.", A, "the winter of nineteen ninety-four", "DATE", "1994-WI")
t("month-period", "The computers were introduced in April. One of them failed.", A, "April", "DATE", "2025-04")
# Quarters qualified by their year compare like with like: without an
# ordinal the quarter is the one under discussion (here, with no quarter named
# before, the one before the anchor's); "the latest quarter" is the last one
# reported before the anchor.
W = "1989-10-26"
w_ = dt.date(1989, 10, 26)
prev_q = ((w_.month - 1) // 3 + 3) % 4 + 1
prev_q_year = w_.year if prev_q < (w_.month - 1) // 3 + 1 else w_.year - 1
for text, span, value in [
    ("Net rose from $2 million in the year-ago period.", "the year-ago period", f"{prev_q_year - 1}-Q{prev_q}"),
    ("Results compare with the 1988 quarter, analysts said.", "the 1988 quarter", f"1988-Q{prev_q}"),
    ("Sales fell from last year's quarter.", "last year's quarter", f"{w_.year - 1}-Q{prev_q}"),
    ("Next year's first quarter will be weak.", "Next year's first quarter", f"{w_.year + 1}-Q1"),
    ("Profit fell from the year-ago third quarter.", "the year-ago third quarter", f"{w_.year - 1}-Q3"),
    ("The fourth quarter looks weak, but the latest quarter was strong.", "the latest quarter", f"{prev_q_year}-Q{prev_q}"),
]:
    t("quarter-year", text, W, span, "DATE", value)
# Counted units as modifiers without a hyphen ("a six year term"), "more"
# between count and unit, and "two quarters" as a count after a period word.
for text, span, value in [
    ("He was re-elected to a six year term.", "six year", "P6Y"),
    ("They held a two day meeting in Geneva.", "two day", "P2D"),
    ("The court gave the family two more weeks.", "two more weeks", "P2W"),
    ("Profit fell in the past two quarters.", "the past two quarters", "P2Q"),
]:
    t("duration-modifier", text, A, span, "DURATION", value)
# A bare month becomes the reference for "the following month".
t("month-reference", "In March the bank rejected the bid. The following month, it sold itself.", A, "The following month", "DATE", "2025-04")
# "this past spring" is the latest spring already over; "the current fiscal
# year" is the year; "the full year" is the document's year when no quarter
# was named.
t("season-past", "Costs ran high before the unit closed this past spring.", A, "this past spring", "DATE", f"{a.year}-SP")
t("season-past", "Costs ran high before the unit closed this past spring.", "2025-04-15", "this past spring", "DATE", f"{a.year - 1}-SP")
t("fiscal-year", "It expects a loss in the current fiscal year, it said.", A, "the current fiscal year", "DATE", f"{a.year}")
t("fiscal-year", "Profit for the full year will fall, it said.", A, "the full year", "DATE", f"{a.year}")
# "the previous Friday" is the Friday before the day the narrative is at; the
# tense cue window counts words, not the dots of "a.m."; "said Friday" is the
# day of the saying; a closing quotation ends the clause whose tense counts.
ref = dt.date(2025, 10, 10)
t("weekday-anaphoric", "London shares closed lower Friday, the fourth consecutive decline.", A, "Friday", "DATE", latest(4, a).isoformat())
t("weekday-anaphoric", "Shares closed lower on Oct. 10, down 4% from the previous Friday.", A, "the previous Friday", "DATE", (ref - dt.timedelta((ref.weekday() - 4) % 7 or 7)).isoformat())
t("weekday-cue", "The father will leave at four in the morning (4 a.m. EDT Friday), he said.", A, "4 a.m. EDT Friday", "TIME", upcoming(4, a).isoformat() + "T04:00")
t("weekday-cue", '"We will concentrate on our core business," Mr. Gerstner said Monday.', A, "Monday", "DATE", latest(0, a).isoformat())
# "mid-afternoon yesterday" is a part of a day; the second day of a pair
# ("April 24 and 25") is a day of the month named first.
t("part-of-day-mid", "At mid-afternoon yesterday the shares were up.", A, "mid-afternoon yesterday", "TIME", (a - dt.timedelta(1)).isoformat() + "TAF")
t("day-pair", "The summit will be held on April 24 and 25 in Washington.", "1999-02-10", "25", "DATE", "1999-04-25")
# A month framing its sentence ("In January, ...") follows the clause after
# it: past unless a modal says otherwise.
t("month-framing", "In January, the company brought in a new chief executive.", A, "January", "DATE", f"{a.year}-01")
t("month-framing", "In January, the company will bring in a new chief executive.", A, "January", "DATE", f"{a.year + 1}-01")
# "coming weeks", "the weeks ahead": an unspecified stretch ahead (as "recent
# weeks" is one behind).
t("vague-ahead", "The Fed may lower rates in coming weeks, traders said.", A, "coming weeks", "DURATION", "PXW")
t("vague-ahead", "Funds face more redemptions in the weeks ahead.", A, "the weeks ahead", "DURATION", "PXW")
# A day and month more than two months from the anchor follows the tense when
# there is a cue ("was", "will"); otherwise the nearest, the past preferred.
for text, span, m, d_, ahead in [
    ("The plant was closed on January 20 after the blast.", "January 20", 1, 20, False),
    ("The new flights will start on April 2 from Bombay.", "April 2", 4, 2, True),
    ("The vote was held on November 3 in the capital.", "November 3", 11, 3, False),
]:
    cands = [dt.date(y, m, d_) for y in (a.year - 1, a.year, a.year + 1)]
    v = max(c for c in cands if c <= a) if not ahead else min(c for c in cands if c >= a)
    if abs((nearest(m, d_, a) - a).days) <= 61:
        v = nearest(m, d_, a)
    t("absolute-noyear-tense", text, A, span, "DATE", v.isoformat())
# Relative units.
def week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"
for anchor in ["2025-10-15", "2024-01-10", "2023-07-03"]:
    ad = dt.date.fromisoformat(anchor)
    y = ad.year
    t("relative-unit", f"Spending rose last year by a fifth.", anchor, "last year", "DATE", f"{y - 1}")
    t("relative-unit", f"This year the exercise was larger.", anchor, "This year", "DATE", f"{y}")
    t("relative-unit", f"Elections are due next year in the region.", anchor, "next year", "DATE", f"{y + 1}")
    pm = (ad.replace(day=1) - dt.timedelta(1))
    nm = (ad.replace(day=28) + dt.timedelta(10))
    t("relative-unit", f"Prices fell last month across the country.", anchor, "last month", "DATE", f"{pm.year}-{pm.month:02d}")
    t("relative-unit", f"The report is expected next month, he said.", anchor, "next month", "DATE", f"{nm.year}-{nm.month:02d}")
    t("relative-unit", f"Inflation slowed this month as expected.", anchor, "this month", "DATE", f"{y}-{ad.month:02d}")
    t("relative-unit", f"Talks resumed this week in Vienna.", anchor, "this week", "DATE", week(ad))
    t("relative-unit", f"Talks stalled last week in Vienna.", anchor, "last week", "DATE", week(ad - dt.timedelta(7)))
    t("relative-unit", f"Talks will resume next week in Vienna.", anchor, "next week", "DATE", week(ad + dt.timedelta(7)))
    q = (ad.month - 1) // 3 + 1
    t("relative-unit", f"Output grew this quarter, data showed.", anchor, "this quarter", "DATE", f"{y}-Q{q}")
# Offsets: ago (document date), later/earlier (reference time in the text).
for n, word, unit, days in [("two", "two", "days", 2), ("three", "three", "weeks", 21), ("10", "10", "days", 10)]:
    t("offset", f"The base was hit {word} {unit} ago, the army said.", A, f"{word} {unit} ago", "DATE", (a - dt.timedelta(days)).isoformat() if unit == "days" else week(a - dt.timedelta(days)))
t("offset", "The treaty was signed five years ago in Minsk.", A, "five years ago", "DATE", "2020")
t("offset", "The unit was formed a decade ago.", A, "a decade ago", "DATE", "201")
t("offset", "Prices rose two months ago, then fell.", A, "two months ago", "DATE", "2025-08")
t("anaphoric", "In 2022 the plant closed. A year later it reopened.", A, "A year later", "DATE", "2023")
t("anaphoric", "In 2014 the deal was signed. Two years later it collapsed.", A, "Two years later", "DATE", "2016")
t("anaphoric", "The war ended in 1945; three years earlier it had spread east.", A, "three years earlier", "DATE", "1942")
t("anaphoric", "On 3 March 2020 the border closed. Two days later it reopened.", A, "Two days later", "DATE", "2020-03-05")
t("anaphoric", "In March 2021 talks began; a month later they stalled.", A, "a month later", "DATE", "2021-04")
t("anaphoric", "In 2009 the law passed. The following year it was amended.", A, "The following year", "DATE", "2010")
t("anaphoric", "On 1 May 2019 troops arrived. The next day they left.", A, "The next day", "DATE", "2019-05-02")
t("anaphoric", "In 2016 a plan was drafted; the previous year nothing was done.", A, "the previous year", "DATE", "2015")
t("anaphoric", "A year later the plan was revised.", A, "A year later", "DATE", "2026")
# Months alone and with deixis.
t("month", "The drills are held in September each year.", A, "September", "DATE", "2025-09")
t("month", "The upcoming September exercise will be large.", "2025-06-01", "The upcoming September", "DATE", "2025-09")
t("month", "Deliveries resumed in December after a pause.", "2025-02-10", "December", "DATE", "2024-12")
t("month", "The summit will be held in March, officials said.", "2025-10-15", "March", "DATE", "2026-03")
t("month", "Last December the border reopened.", A, "Last December", "DATE", "2024-12")
t("month", "Next January the rules change.", A, "Next January", "DATE", "2026-01")
t("month", "The plan was adopted in mid-July.", A, "mid-July", "DATE", "2025-07")
t("month", "Troops arrived in late November 2024.", A, "late November 2024", "DATE", "2024-11")
t("month", "Aid arrived in early June last year.", A, "early June last year", "DATE", "2024-06")
# Quarters, halves, seasons.
for q, word in [(1, "first"), (2, "second"), (3, "third"), (4, "fourth")]:
    t("quarter", f"Sales in the {word} quarter of 2024 rose.", A, f"the {word} quarter of 2024", "DATE", f"2024-Q{q}")
    t("quarter", f"Q{q} 2025 results were mixed.", A, f"Q{q} 2025", "DATE", f"2025-Q{q}")
t("quarter", "Third-quarter profit fell sharply.", A, "Third-quarter", "DATE", "2025-Q3")
t("quarter", "Profit in the fourth quarter rose.", "2026-01-20", "the fourth quarter", "DATE", "2025-Q4")
for code, word in [("SU", "summer"), ("WI", "winter"), ("SP", "spring"), ("FA", "autumn")]:
    t("season", f"The offensive began in {word} 2023 after delays.", A, f"{word} 2023", "DATE", f"2023-{code}")
    t("season", f"Last {word} the unit was rotated.", A, f"Last {word}", "DATE", f"2024-{code}")
t("season", "This summer the drills were held near Brest.", A, "This summer", "DATE", "2025-SU")
# Ranges: two DATEs, one per end (TIMEX3 has no interval value).
t("range", "The 2026-2030 programme was approved.", A, "2026", "DATE", "2026")
t("range", "The 2026-2030 programme was approved.", A, "2030", "DATE", "2030")
t("range", "He served from 2009 to 2017 as minister.", A, "2009", "DATE", "2009")
t("range", "He served from 2009 to 2017 as minister.", A, "2017", "DATE", "2017")
t("range", "Exercises ran from 5 to 12 September 2024.", A, "12 September 2024", "DATE", "2024-09-12")
# Durations.
for text, span, val in [
    ("for three years", "three years", "P3Y"), ("for two weeks", "two weeks", "P2W"), ("for 10 days", "10 days", "P10D"),
    ("for five hours", "five hours", "PT5H"), ("for six months", "six months", "P6M"), ("for 45 minutes", "45 minutes", "PT45M"),
    ("for a year", "a year", "P1Y"), ("for two decades", "two decades", "P20Y"), ("for several years", "several years", "PXY"),
    ("for a few days", "a few days", "PXD"), ("for half an hour", "half an hour", "PT30M"), ("for one month", "one month", "P1M"),
    ("for 1.5 years", "1.5 years", "P18M"), ("for years", "years", "PXY"), ("for twenty-four hours", "twenty-four hours", "PT24H"),
]:
    t("duration", f"The mission lasted {text} in total.", A, span, "DURATION", val)
t("duration", "A five-year plan was adopted.", A, "five-year", "DURATION", "P5Y")
# Plural weekdays recur weekly; with a clock time the set keeps the time (ISO weekday numbers).
import datetime as _dt
for name, clock, hhmm in [("Tuesdays", "", ""), ("Thursdays", " at 17:30", "T17:30"), ("Sundays", "", "")]:
    wd = [d for d in range(7) if _dt.date(2025, 10, 13 + d).strftime("%A") + "s" == name][0] + 1
    t("set", f"The market opens on {name}{clock} in winter.", A, name + clock, "SET", f"XXXX-WXX-{wd}{hhmm}")
# Hyphenated and one-word rates: half a year = 6 months, two months, one day.
for text, val in [("semi-annually", "P6M"), ("bi-monthly", "P2M"), ("everyday", "P1D")]:
    t("set", f"The board meets {text}.", A, text, "SET", val)
# "all" + a singular unit: the whole of one unit.
for text, val in [("all day", "P1D"), ("all week", "P1W"), ("all month", "P1M")]:
    t("duration", f"Crews worked {text} at the port.", A, text, "DURATION", val)
# Compact durations: the unit written onto the number; single letters only after a duration word.
for text, val in [("3.5years", "P42M"), ("10hrs", "PT10H")]:
    t("duration", f"The repairs took {text} to finish.", A, text, "DURATION", val)
for verb, text, val in [("lasted", "2W", "P2W"), ("for", "3h", "PT3H"), ("for", "10D", "P10D")]:
    t("duration", f"The outage went on {verb} {text} at the plant.", A, text, "DURATION", val)
t("duration", "A 72-hour ceasefire was declared.", A, "72-hour", "DURATION", "PT72H")
t("duration", "Prices rose over the past two months.", A, "the past two months", "DURATION", "P2M")
t("duration", "Output fell in the first nine months.", A, "the first nine months", "DURATION", "P9M")
t("duration", "Deliveries are planned over the next three years.", A, "the next three years", "DURATION", "P3Y")
# Sets.
for word, val in [("annually", "P1Y"), ("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"), ("biennially", "P2Y"), ("hourly", "PT1H"), ("yearly", "P1Y")]:
    t("set", f"The report is published {word} by the ministry.", A, word, "SET", val)
for text, span, val in [
    ("every year since 2006", "every year", "P1Y"), ("every two years", "every two years", "P2Y"), ("every other year", "every other year", "P2Y"),
    ("every Monday", "every Monday", "XXXX-WXX-1"), ("each month", "each month", "P1M"), ("every week", "every week", "P1W"),
    ("every day", "every day", "P1D"), ("every morning", "every morning", "XXXX-XX-XXTMO"), ("twice a year", "a year", "P1Y"),
]:
    t("set", f"The exercise is held {text}, officials said.", A, span, "SET", val)
t("set", "every year since 2006 and biennially since 2009", A, "2006", "DATE", "2006")
t("set", "every year since 2006 and biennially since 2009", A, "biennially", "SET", "P2Y")
# Vague references.
for word, val in [("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("recently", "PAST_REF")]:
    t("vague", f"The unit is {word} deployed near the border.", A, word, "DATE", val)
t("vague", "In the future more drills are planned.", A, "the future", "DATE", "FUTURE_REF")
t("vague", "Such incidents happened in the past as well.", A, "the past", "DATE", "PAST_REF")
t("vague", "Earlier this year the plan changed.", A, "Earlier this year", "DATE", "2025")
t("weekend", "Protests took place over the weekend.", A, "the weekend", "DATE", week(a - dt.timedelta(7)) + "-WE")
t("weekend", "They will meet this weekend.", A, "this weekend", "DATE", week(a) + "-WE")

# Spoken clock times (conversational grammar): hour and minute by hand.
for text, span, h, m in [
    ("It's half past seven o'clock.", "half past seven o'clock", 7, 30),
    ("Come at quarter to ten.", "quarter to ten", 9, 45),
    ("It's 20 min past eight in the evening.", "20 min past eight in the evening", 20, 20),
    ("I made this purchase at ten past 9 in the evening.", "ten past 9 in the evening", 21, 10),
    ("It's fifteen past eight in the morning.", "fifteen past eight in the morning", 8, 15),
    ("I'll be back noonish.", "noonish", 12, 0),
    ("I'll be back 11ish.", "11ish", 11, 0),
    ("Meet me at 9 oclock.", "9 oclock", 9, 0),
    ("We will have dinner seven p . m .", "seven p . m .", 19, 0),
    ("I'll be back at 7p.", "7p", 19, 0),
    ("The target time is 8.10 pm.", "8.10 pm", 20, 10),
    ("I'll be back 1140 a.m.", "1140 a.m.", 11, 40),
]:
    t("clock-spoken", text, A, span, "TIME", f"{A}T{h:02d}:{m:02d}")
# A day joined to its clock time.
tomorrow = a + dt.timedelta(1)
fri = a + dt.timedelta((4 - a.weekday()) % 7 or 7) if False else a - dt.timedelta((a.weekday() - 4) % 7 or 7)
for text, span, day, h, m in [
    ("I'll be back tomorrow at 8:45a.", "tomorrow at 8:45a", tomorrow, 8, 45),
    ("Please book a call today at 9p.", "today at 9p", a, 21, 0),
    ("I'll go back tonight around 7.", "tonight around 7", a, 19, 0),
    ("Please schedule a call at 3pm today.", "3pm today", a, 15, 0),
]:
    if h is None:
        t("day-clock", text, A, span, "TIME", f"{day.isoformat()}TEV")
    else:
        t("day-clock", text, A, span, "TIME", f"{day.isoformat()}T{h:02d}:{m:02d}")
# Clock offsets against a document time.
AT = "2025-10-15T09:30"
at = dt.datetime(2025, 10, 15, 9, 30)
for text, span, delta in [
    ("I'll be back in 5 minutes.", "5 minutes", dt.timedelta(minutes=5)),
    ("Let's start 3 minutes from now.", "3 minutes from now", dt.timedelta(minutes=3)),
    ("What about 30 min later?", "30 min later", dt.timedelta(minutes=30)),
    ("We meet in half an hour.", "half an hour", dt.timedelta(minutes=30)),
    ("The call ended 2 hours ago.", "2 hours ago", dt.timedelta(hours=-2)),
]:
    v = at + delta
    t("clock-offset", text, AT, span, "TIME", v.strftime("%Y-%m-%dT%H:%M"))
# Dates in words, with spoken years.
for text, span, m, d, y in [
    ("Let's meet on february twenty second.", "february twenty second", 2, 22, None),
    ("I'll go back second of Aug. then.", "second of Aug.", 8, 2, None),
    ("We met on the fourth of july of 1995.", "fourth of july of 1995", 7, 4, 1995),
    ("Let's meet on january first two thousand and thirty two", "january first two thousand and thirty two", 1, 1, 2032),
    ("She was born on January twenty five nineteen eighty six", "January twenty five nineteen eighty six", 1, 25, 1986),
    ("On fifteen August nineteen hundred ninety three, the plant opened.", "fifteen August nineteen hundred ninety three", 8, 15, 1993),
    ("The ship sailed on 6 April seventeen hundred thirty three", "6 April seventeen hundred thirty three", 4, 6, 1733),
    ("We will come back on the twenty third day of September", "twenty third day of September", 9, 23, None),
]:
    v = dt.date(y, m, d) if y else nearest(m, d, a)
    t("date-spoken", text, A, span, "DATE", v.isoformat())
# Weekday with a day of the month: the nearest such date.
def weekday_day(wd, d, anchor):
    best = None
    for k in range(-12, 13):
        mm = (anchor.month - 1 + k) % 12 + 1
        yy = anchor.year + (anchor.month - 1 + k) // 12
        try:
            c = dt.date(yy, mm, d)
        except ValueError:
            continue
        if c.weekday() == wd and (best is None or abs((c - anchor).days) < abs((best - anchor).days)):
            best = c
    return best
for text, span, wd, d in [
    ("I'll go back Mon 13th.", "Mon 13th", 0, 13),
    ("Do you have any plans on Friday 31!", "Friday 31", 4, 31),
    ("Let's go for coffee on tuesday the eleventh.", "tuesday the eleventh", 1, 11),
    ("The board meets Thursday the 20th.", "Thursday the 20th", 3, 20),
]:
    t("weekday-day", text, A, span, "DATE", weekday_day(wd, d, a).isoformat())
t("day-of-month", "Can you set something up on the 18th.", A, "the 18th", "DATE", a.replace(day=18).isoformat())
# Holidays: fixed dates, Easter (computus written independently here) and nth weekdays.
def easter(y):
    # Meeus/Jones/Butcher, as in dateutil.
    g = y % 19; c = y // 100
    h = (c - c // 4 - (8 * c + 13) // 25 + 19 * g + 15) % 30
    i = h - (h // 28) * (1 - (h // 28) * (29 // (h + 1)) * ((21 - g) // 11))
    j = (y + y // 4 + i + 2 - c + c // 4) % 7
    p = i - j
    return dt.date(y, 3 + (p + 40) // 44, p + 28 - 31 * ((3 + (p + 40) // 44) // 4))
def nth_weekday(y, m, wd, n):
    d = dt.date(y, m, 1)
    d += dt.timedelta((wd - d.weekday()) % 7)
    return d + dt.timedelta(7 * (n - 1))
for text, span, v in [
    ("I'll go back on easter 2018", "easter 2018", easter(2018)),
    ("The parade was held on Easter 2024.", "Easter 2024", easter(2024)),
    ("I'll go back on black friday 2010", "black friday 2010", nth_weekday(2010, 11, 3, 4) + dt.timedelta(1)),
    ("Sales rose on Thanksgiving 2023.", "Thanksgiving 2023", nth_weekday(2023, 11, 3, 4)),
    ("Shops closed on Christmas Eve 2019.", "Christmas Eve 2019", dt.date(2019, 12, 24)),
    ("It opened on Labor Day 2021.", "Labor Day 2021", nth_weekday(2021, 9, 0, 1)),
]:
    t("holiday", text, A, span, "DATE", v.isoformat())
for text, span, wd, sign in [
    ("Where were you on previous Wednesday?", "previous Wednesday", 2, -1),
    ("Do you have plans on following Friday?", "following Friday", 4, 1),
]:
    diff = wd - a.weekday()
    if sign < 0 and diff >= 0:
        diff -= 7
    if sign > 0 and diff <= 0:
        diff += 7
    t("weekday-relative", text, A, span, "DATE", (a + dt.timedelta(diff)).isoformat())
for text, span in [("Can you meet at the moment?", "at the moment"), ("He's not here at present.", "at present")]:
    t("present", text, A, span, "DATE", "PRESENT_REF")

# Fourth session: week numbers, n-th week/month/day of a period, fiscal and
# school years, weekdays of named weeks, compact numeric dates, composed
# offsets, mixed durations, weekends of holidays, the period under discussion.
def iso_week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"
def add_months(d, n):
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)).day
    return dt.date(y, m, min(d.day, last))
monday = a - dt.timedelta(a.weekday())
t("week-number", "Sales in week 31 rose sharply.", A, "week 31", "DATE", f"{a.year}-W31")
t("week-number", "Deliveries resume in week 3 of 2027.", A, "week 3 of 2027", "DATE", "2027-W03")
t("week-number", "Compare with week 27 of last year.", A, "week 27 of last year", "DATE", f"{a.year - 1}-W27")
t("week-of", "It opened in the first week of 2015.", A, "the first week of 2015", "DATE", "2015-W01")
t("week-of", "It closed in the last week of 2016.", A, "the last week of 2016", "DATE", f"2016-W{dt.date(2016, 12, 28).isocalendar()[1]:02d}")
t("week-of", "Talks resume the 3rd week of January 2015.", A, "the 3rd week of January 2015", "DATE", "2015-01-W03")
t("week-of", "Show statistics from the last week of this month.", A, "the last week of this month", "DATE", f"{a.year}-{a.month:02d}-W05")
t("nth-of", "They will leave the third month of 2021.", A, "the third month of 2021", "DATE", "2021-03")
nm = add_months(a.replace(day=1), 1)
t("nth-of", "We will come back on the 15th day of next month.", A, "the 15th day of next month", "DATE", nm.replace(day=15).isoformat())
t("nth-of", "Remind me to pay the bill on the 19th of every month.", A, "19th of every month", "SET", "XXXX-XX-19")
# Fiscal years run October-September, school years September-June, named by the year they end in.
fy = a.year + (a.month >= 10)
sy = a.year + (a.month >= 9)
t("fiscal-year", "Show sales in fiscal year 2008.", A, "fiscal year 2008", "DATE", "FY2008")
t("fiscal-year", "Gains were large in last fiscal year.", A, "last fiscal year", "DATE", f"FY{fy - 1}")
t("fiscal-year", "Spending fell in FY18, the report said.", A, "FY18", "DATE", "FY2018")
t("fiscal-year", "Enrolment grew in this school year.", A, "this school year", "DATE", f"SY{sy}")
t("week-weekday", "Let's meet on Tuesday of next week.", A, "Tuesday of next week", "DATE", (monday + dt.timedelta(8)).isoformat())
t("week-weekday", "We met on Friday of last week.", A, "Friday of last week", "DATE", (monday - dt.timedelta(3)).isoformat())
t("week-weekday", "Schedule it next week on Monday, please.", A, "next week on Monday", "DATE", (monday + dt.timedelta(7)).isoformat())
t("week-weekday", "It happens this working week.", A, "this working week", "DATE", iso_week(a))
t("numeric-date", "Please find us a slot on 11/20 if possible.", A, "11/20", "DATE", nearest(11, 20, a).isoformat())
t("numeric-date", "I'll go back on 22/04 with the team.", A, "22/04", "DATE", nearest(4, 22, a).isoformat())
t("numeric-date", "The date should be 05-Aug-2016 in the form.", A, "05-Aug-2016", "DATE", "2016-08-05")
t("numeric-date", "How about 2019/aug/01 for the launch?", A, "2019/aug/01", "DATE", "2019-08-01")
t("numeric-date", "The file report-20170302 was opened.", A, "20170302", "DATE", "2017-03-02")
t("numeric-date", "What's the plan for Dec-2018 then?", A, "Dec-2018", "DATE", "2018-12")
t("numeric-date", "This task should be done Friday 5/12 at the latest.", A, "Friday 5/12", "DATE", nearest(5, 12, a).isoformat())
t("composed-offset", "It happened 2 weeks before May 13 1999.", A, "2 weeks before May 13 1999", "DATE", (dt.date(1999, 5, 13) - dt.timedelta(14)).isoformat())
t("composed-offset", "It will happen 16 days from 01/02/2018.", A, "16 days from 01/02/2018", "DATE", (dt.date(2018, 1, 2) + dt.timedelta(16)).isoformat())
t("composed-offset", "It will happen 4 months from tomorrow.", A, "4 months from tomorrow", "DATE", add_months(a + dt.timedelta(1), 4).isoformat())
later = a + dt.timedelta(14)
t("composed-offset", "I'll go back Monday two weeks from now.", A, "Monday two weeks from now", "DATE", (later - dt.timedelta(later.weekday())).isoformat())
t("mixed-duration", "Show me records of more than 1 hour and 30 minutes.", A, "1 hour and 30 minutes", "DURATION", "PT1H30M")
t("mixed-duration", "The clip ran for a minute and a half.", A, "a minute and a half", "DURATION", "PT1M30S")
t("mixed-duration", "One and a half hours is sufficient.", A, "One and a half hours", "DURATION", f"PT{int(1.5 * 60)}M")
t("mixed-duration", "And 2 weeks and 2 days ago they found a solution.", A, "2 weeks and 2 days ago", "DATE", (a - dt.timedelta(16)).isoformat())
t("mixed-duration", "Book a room for two nights, please.", A, "two nights", "DURATION", "P2D")
t("mixed-duration", "Set up a 15 minute call with Jim.", A, "15 minute", "DURATION", "PT15M")
def weekend_of(d):
    d = d - dt.timedelta(1) if d.weekday() == 0 else d
    return iso_week(d) + "-WE"
t("holiday-weekend", "I need to prepare for Labor Day 2021 weekend.", A, "Labor Day 2021 weekend", "DATE", weekend_of(nth_weekday(2021, 9, 0, 1)))
t("holiday-weekend", "We'll take the weekend of Thanksgiving 2023 off.", A, "the weekend of Thanksgiving 2023", "DATE", weekend_of(nth_weekday(2023, 11, 3, 4)))
t("current-period", "We got a partner of the month.", A, "the month", "DATE", f"{a.year}-{a.month:02d}")
t("current-period", "We could have met earlier in the week.", A, "the week", "DATE", f"{a.year}-WXX")
t("current-period", "A big party will be held at the end of year.", A, "the end of year", "DATE", f"{a.year}")

t("spoken-year", "They left in nineteen ninety six and came back.", A, "nineteen ninety six", "DATE", "1996")
t("spoken-year", "The conference was in October two thousand and five.", A, "October two thousand and five", "DATE", "2005-10")
t("spoken-year", "I was born in April of 87.", A, "April of 87", "DATE", "1987-04")
t("spoken-year", "It was cold in the winter of nineteen ninety-four.", A, "the winter of nineteen ninety-four", "DATE", "1994-WI")
t("pod-set", "I'll be out Tuesday afternoons.", A, "Tuesday afternoons", "SET", "XXXX-WXX-2TAF")
t("pod-set", "She works mornings at the shop.", A, "mornings", "SET", "XXXX-XX-XXTMO")
t("day-list", "I am looking at 18 and 19 June.", A, "18", "DATE", nearest(6, 18, a).isoformat())
t("day-list", "I bought it for $12 December 27.", A, "December 27", "DATE", nearest_past(12, 27, a).isoformat())
t("nth-of", "Deliver the units before the thirty-first day of the month.", A, "the thirty-first day of the month", "DATE", a.replace(day=31).isoformat())
t("composed-offset", "Are you available three weeks from tmrw?", A, "three weeks from tmrw", "DATE", (a + dt.timedelta(22)).isoformat())

# A month without a year: the nearest one, a future one counting 1.5 times as far.
def nearest_month(m, anchor):
    back = (anchor.month - m) % 12
    ahead = (m - anchor.month) % 12
    if 2 * back <= 3 * ahead:
        return f"{anchor.year - (m > anchor.month):04d}-{m:02d}"
    return f"{anchor.year + (m < anchor.month):04d}-{m:02d}"
t("lowercase-month", "It may be in may.", A, "may", "DATE", nearest_month(5, a))
t("lowercase-month", "Maybe we can leave after feb, not before.", A, "feb", "DATE", nearest_month(2, a))
t("end-of-day", "We've reached the end of today.", A, "the end of today", "TIME", f"{A}T23:59")
t("to-date", "It was the biggest find to date.", A, "to date", "DATE", "PRESENT_REF")
t("nth-of", "Set something up around the 21st this month.", A, "the 21st this month", "DATE", a.replace(day=21).isoformat())
t("numeric-date", "This task should be done next 5/12.", A, "next 5/12", "DATE", next(dt.date(y, 5, 12) for y in range(a.year, a.year + 2) if dt.date(y, 5, 12) > a).isoformat())
t("decimal-seconds", "He won the race in 21.07 secs.", A, "21.07 secs", "DURATION", "PT21.07S")
t("for-the-hour", "I'll be offline for the hour.", A, "the hour", "DURATION", "PT1H")
# Fifth session: weeks of a day, dotted month.day after a weekday, spoken
# clocks after spoken dates, vulgar fractions, leap days, year-month.
def iso_week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"
def next_weekday(anchor, wd):  # wd: Monday=0; strictly after the anchor
    return anchor + dt.timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)
def nearest_leap_day(anchor):
    cands = []
    for y in range(anchor.year - 4, anchor.year + 5):
        if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
            diff = (dt.date(y, 2, 29) - anchor).days
            cands.append((3 * diff if diff > 0 else -2 * diff, dt.date(y, 2, 29)))
    return min(cands)[1]
t("week-of-day", "Talks are planned for the week of March 6, 2024.", A, "the week of March 6, 2024", "DATE", iso_week(dt.date(2024, 3, 6)))
t("week-of-day", "Set something up for the week of the 18th.", A, "the week of the 18th", "DATE", iso_week(a.replace(day=18)))
t("weekday-dotted", "The call is on Friday 7.6 with Jim.", A, "Friday 7.6", "DATE", nearest(7, 6, a).isoformat())
t("weekday-dotted", "The call is on Friday 7-6 with Jim.", A, "Friday 7-6", "DATE", nearest(7, 6, a).isoformat())
t("spoken-date-clock", "Let's meet on march eighteenth nine thirty.", A, "march eighteenth nine thirty", "TIME", f"{nearest(3, 18, a).isoformat()}T09:30")
t("spoken-date-clock", "Let's meet on friday march fifteenth nine a m, he said.", A, "friday march fifteenth nine a m", "TIME", f"{nearest(3, 15, a).isoformat()}T09:00")
t("spoken-clock-day", "I'll go back at five-thirty tomorrow evening.", A, "five-thirty tomorrow evening", "TIME", f"{(a + dt.timedelta(days=1)).isoformat()}T17:30")
t("abbreviated-day", "The party will be on Sat at 5.", A, "Sat at 5", "TIME", f"{next_weekday(a, 5).isoformat()}T05:00")
t("abbreviated-day", "It will close on Mon or Tue, he said.", A, "Tue", "DATE", next_weekday(a, 1).isoformat())
t("vulgar-fraction", "Please schedule a ½ hour call.", A, "½ hour", "DURATION", "PT30M")
t("leap-day", "The law was signed on Feb 29.", A, "Feb 29", "DATE", nearest_leap_day(a).isoformat())
t("year-month", "Figures for 2015-12 were revised.", A, "2015-12", "DATE", "2015-12")
t("day-of-month", "Coffee at Starbucks on 29th - meet there.", A, "29th", "DATE", a.replace(day=29).isoformat())
t("another-unit", "They will stay for another day.", A, "another day", "DURATION", "P1D")
t("fortnight", "The site was closed within a fortnight of the vote.", A, "a fortnight", "DURATION", "P2W")
t("fortnight", "They will travel to Paris in a fortnight.", A, "a fortnight", "DATE", (a + dt.timedelta(days=14)).isoformat())
y_, w_, _ = (a - dt.timedelta(days=14)).isocalendar()
t("fortnight", "He left a fortnight ago.", A, "a fortnight ago", "DATE", f"{y_}-W{w_:02d}")
t("fortnight", "He learned more in the last fortnight than in a year.", A, "the last fortnight", "DURATION", "P2W")
t("fortnight", "He won twice over the past fortnight.", A, "the past fortnight", "DURATION", "P2W")
t("year-month", "Figures for the 2005-6 season were revised.", A, "2005", "DATE", "2005")

# Quantities: (text, span text, value, value_max, approx, unit)
def q(text, span, value, approx, unit, value_max="-"):
    rows.append(("qty", text, "-", span, f"{value}|{value_max}", f"{approx}|{unit}"))
q("Currently, more than 400 specialists are studying in Russia.", "more than 400 specialists", 400, "more_than", "specialists")
q("About 60,000 troops took part in the drills.", "About 60,000 troops", 60000, "about", "troops")
q("Of the 623 events, more than 300 were joint.", "more than 300", 300, "more_than", "-")
q("more than 300 of the 623 events were held jointly", "more than 300 of the 623 events", 300, "more_than", "events")
q("more than 300 of the 623 events were held jointly", "623 events", 623, "exact", "events")
q("Russia sent two reinforced tank battalions and 49 instructors.", "two reinforced tank battalions", 2, "exact", "tank battalions")
q("Russia sent two reinforced tank battalions and 49 instructors.", "49 instructors", 49, "exact", "instructors")
q("Several thousand soldiers arrived at the range.", "Several thousand soldiers", 3000, "about", "soldiers")
q("Dozens of villages were shelled overnight.", "Dozens of villages", 24, "about", "villages")
q("Half of them returned home.", "Half", 0.5, "exact", "-")
q("A third of the budget went to defence.", "A third of the budget", 0.3333333333333333, "exact", "budget")
q("Nearly 2,000 people fled the fighting.", "Nearly 2,000 people", 2000, "less_than", "people")
q("Almost 90 vehicles were destroyed.", "Almost 90 vehicles", 90, "less_than", "vehicles")
q("At least 14 people were killed in the storm.", "At least 14 people", 14, "at_least", "people")
q("Up to 5,000 troops could be deployed.", "Up to 5,000 troops", 5000, "at_most", "troops")
q("Fewer than 100 observers were allowed in.", "Fewer than 100 observers", 100, "less_than", "observers")
q("Less than 10 percent of the jets flew.", "Less than 10 percent", 10, "less_than", "%")
q("Over 1,200 tonnes of aid arrived.", "Over 1,200 tonnes", 1200, "more_than", "tonnes")
q("Roughly 300 aircraft took part.", "Roughly 300 aircraft", 300, "about", "aircraft")
q("Approximately 12 warships were at sea.", "Approximately 12 warships", 12, "about", "warships")
q("Some 40 countries sent delegations.", "Some 40 countries", 40, "about", "countries")
q("Around 150 journalists were accredited.", "Around 150 journalists", 150, "about", "journalists")
q("The contract is worth $5 million, the firm said.", "$5 million", 5000000, "exact", "USD")
q("The state allocated 5 billion rubles to the project.", "5 billion rubles", 5000000000, "exact", "RUB")
q("Spending rose by 12% last year.", "12%", 12, "exact", "%")
q("Spending rose by 3.5 per cent last year.", "3.5 per cent", 3.5, "exact", "%")
q("The deal is worth €2.5bn over a decade.", "€2.5bn", 2500000000, "exact", "EUR")
q("Between 10 and 20 drones were downed.", "Between 10 and 20 drones", 10, "range", "drones", 20)
q("From 300 to 400 soldiers will rotate.", "From 300 to 400 soldiers", 300, "range", "soldiers", 400)
q("Some 5-10 million people were affected.", "Some 5-10 million people", 5000000, "range", "people", 10000000)
q("Hundreds of volunteers joined.", "Hundreds of volunteers", 200, "about", "volunteers")
q("Tens of thousands of refugees crossed.", "Tens of thousands of refugees", 20000, "about", "refugees")
q("Twenty-six deputies voted against.", "Twenty-six deputies", 26, "exact", "deputies")
q("Two hundred and fifty vehicles took part.", "Two hundred and fifty vehicles", 250, "exact", "vehicles")
q("The 80th anniversary was marked widely.", "80th", 80, "exact", "-")
q("A dozen tanks crossed the river.", "A dozen tanks", 12, "exact", "tanks")
q("The range is 300 km from the border.", "300 km", 300, "exact", "km")
q("The fleet has 1,000-plus ships.", "1,000-plus ships", 1000, "more_than", "ships")
q("They seized 20 or more boats.", "20 or more boats", 20, "at_least", "boats")
q("No more than 50 inspectors were admitted.", "No more than 50 inspectors", 50, "at_most", "inspectors")
q("As many as 7,000 sailors took part.", "As many as 7,000 sailors", 7000, "at_most", "sailors")
q("More than 1.5 million people voted.", "More than 1.5 million people", 1500000, "more_than", "people")
q("Three new air defence systems were delivered.", "Three new air defence systems", 3, "exact", "air defence systems")
q("The army sent 40 000 troops.", "40 000 troops", 40000, "exact", "troops")
q("The army sent 40\u202f000 troops.", "40\u202f000 troops", 40000, "exact", "troops")
q("The fund raised $1MM last year.", "$1MM", 1000000, "exact", "USD")
q("The figure is per cent of twenty-two.", "per cent of twenty-two", 22, "exact", "%")
q("They sold 10 737-800 planes.", "10", 10, "exact", "-")
q("The army lost 17 Russian-made helicopters.", "17 Russian-made helicopters", 17, "exact", "helicopters")

# A bare month in a planned or prospective clause lies ahead of the document
# date, also when the plan is reported in the past tense ("was likely to",
# passive infinitive "to be held"); "used to be" stays habitual.
def ahead_month(m, anchor):
    return anchor.year if m >= anchor.month else anchor.year + 1
def behind_month(m, anchor):
    return anchor.year if m <= anchor.month else anchor.year - 1
P = "2026-03-10"
p_ = dt.date(2026, 3, 10)
for m, sent in [
    (9, "The minister said the treaty was likely to be signed in September."),
    (11, "Officials said the summit was to take place in November."),
    (10, "The ministry announced talks to be held in October in Minsk."),
    (6, "Diplomats said the deal was expected to be ratified in June."),
    (8, "The company hoped to open the plant in August, he said."),
]:
    name = MONTHS[m - 1]
    t("planned_month", sent, P, name, "DATE", f"{ahead_month(m, p_)}-{m:02d}")
t("planned_month", "The fair used to be held in November.", P, "November", "DATE", f"{behind_month(11, p_)}-11")
last_wed = p_ - dt.timedelta(days=(p_.weekday() - 2) % 7 or 7)
t("planned_month", "She became the second contestant to be voted out on Wednesday.", P, "Wednesday", "DATE", last_wed.isoformat())
t("planned_month", "The board was said to be still drafting its reply on Wednesday.", P, "Wednesday", "DATE", last_wed.isoformat())
t("discussed_period", "Sales in December rose 3%. Growth for the month beat forecasts.", P, "the month", "DATE", f"{p_.year - 1}-12")
t("discussed_period", "Sales rose after Christmas. Growth for the month beat forecasts.", P, "the month", "DATE", f"{p_.year - 1}-12")
t("discussed_period", "Sales in December rose 3%. On Tuesday the chain said growth for the month would slow.", P, "the month", "DATE", f"{p_.year}-{p_.month:02d}")
# Definite periods ("the end of the year") mean the document's period unless
# the text re-anchors on an explicit date; a deictic "next year" (here in a
# quote) does not re-anchor them, an explicit year does.
t("discussed_period", "\"Next year we will hold more drills,\" he said. He added that the jets would arrive before the end of the year.", P, "the year", "DATE", str(p_.year))
t("discussed_period", "Last month the plant stopped. Output will recover by the end of the month, he said.", P, "the end of the month", "DATE", f"{p_.year}-{p_.month:02d}")
t("discussed_period", "In 2019 the plant was closed. By the end of the year it had been sold.", P, "the year", "DATE", "2019")
t("discussed_period", "A plan for 2030 was approved. \"Next year we start,\" he said. Funds will come before the end of the year.", P, "the year", "DATE", str(p_.year))
t("discussed_period", "The law takes effect in 2030. That year the tax doubles.", P, "That year", "DATE", "2030")

# A simple past governs a day-month or month told without a year, however
# far back ("met ... on 22 April" in December is the April gone); a reported
# clause keeps its own tense ("added that in November the units would
# relocate"), and a range's year holds for its first month.
D = "2026-12-02"
t("past_form", "The ministers met in Minsk on 22 April.", D, "22 April", "DATE", "2026-04-22")
t("past_form", "The previous meeting took place in Minsk on April 22.", D, "April 22", "DATE", "2026-04-22")
t("past_form", "The talks will be held in Minsk on 22 April.", D, "22 April", "DATE", "2027-04-22")
t("past_form", "He added that in April the units would relocate to the range.", D, "April", "DATE", "2027-04")
t("month_range", "From April to November 2024 a battalion was stationed near Brest.", D, "April", "DATE", "2024-04")
t("month_range", "Between April and June 2024 the battalion was stationed near Brest.", D, "April", "DATE", "2024-04")

print("# family\ttext\tanchor\tspan\ttype_or_value\tvalue_or_approx_unit")
print("# generated by gen_cases.py; expectations computed with Python's datetime, not with sitrep-time")
for r in rows:
    print("\t".join(str(x) for x in r))
import sys
print(f"{len(rows)} cases", file=sys.stderr)
