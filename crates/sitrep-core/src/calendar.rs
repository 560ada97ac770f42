//! Proleptic Gregorian calendar arithmetic on plain integers.
//!
//! Only what TIMEX3 normalization needs: day numbers, weekdays, ISO weeks and
//! month shifts. Values are clamped rather than rejected so that odd input
//! (day 31 of a 30-day month) never panics.

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Whether `year` has 29 February.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1-12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Ymd {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Ymd> {
        ((1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && (-9999..=9999).contains(&year))
        .then_some(Ymd { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Inverse of [`Ymd::to_days`].
    pub fn from_days(days: i64) -> Ymd {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Ymd { year, month, day }
    }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as u8
    }

    pub fn add_days(self, n: i64) -> Ymd {
        Ymd::from_days(self.to_days() + n)
    }

    /// Shifts by whole months, clamping the day to the target month's length.
    pub fn add_months(self, n: i32) -> Ymd {
        let total = self.year * 12 + i32::from(self.month) - 1 + n;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Ymd { year, month, day }
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(self) -> (i32, u8) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Ymd {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// The quarter (1-4) the date falls in.
    pub fn quarter(self) -> u8 {
        (self.month - 1) / 3 + 1
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{}-{:02}-{:02}", fmt_year(self.year), self.month, self.day)
    }
}

/// Four-digit year as TIMEX3 writes it.
pub fn fmt_year(year: i32) -> String {
    if (0..=9999).contains(&year) {
        format!("{year:04}")
    } else {
        year.to_string()
    }
}

/// `YYYY-Www` for the ISO week containing `d`.
pub fn fmt_week(d: Ymd) -> String {
    let (y, w) = d.iso_week();
    format!("{}-W{:02}", fmt_year(y), w)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_weekday() {
        let d = Ymd::new(2025, 10, 15).unwrap();
        assert_eq!(Ymd::from_days(d.to_days()), d);
        assert_eq!(d.weekday(), 3);
        assert_eq!(d.iso_week(), (2025, 42));
        assert_eq!(
            Ymd::new(2024, 3, 31).unwrap().add_months(-1),
            Ymd::new(2024, 2, 29).unwrap()
        );
        assert_eq!(Ymd::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert!(Ymd::new(2023, 2, 29).is_none());
    }
}
