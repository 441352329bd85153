//! The clock, at the edge: "now" for a profile's metadata and the brief's date, and times as
//! people read them. The model and the brief are given their dates; only `app` and `cli` ask.

use crate::lang::Lang;

/// The current date and time as RFC 3339, for the profile's metadata.
pub fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.replace_nanosecond(0)
        .unwrap_or(now)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// "28 november 2026, 14:05" from an RFC 3339 time, in local time where it can be known.
pub fn human_time(rfc3339: &str, lang: Lang) -> String {
    let Ok(t) =
        time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
    else {
        return rfc3339.to_owned();
    };
    let t = time::UtcOffset::current_local_offset().map_or(t, |o| t.to_offset(o));
    format!(
        "{}, {:02}:{:02}",
        crate::words::text::human_date(t.date(), lang),
        t.hour(),
        t.minute()
    )
}

/// The date and time where the user is (UTC if the local offset cannot be known).
pub fn local_now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc())
}
