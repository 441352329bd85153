//! The comparison table as CSV (issue 13), for a spreadsheet: a row per question, a column per
//! profile, and whether the answers differ; written by the `csv` crate, UTF-8 with a byte-order
//! mark so Excel reads the accents right. The window and the command line write the same table.
//! Every cell that a spreadsheet would take as a formula is neutralised, as OWASP advises for
//! CSV injection: a profile from another municipality must not run anything on this machine.

use crate::lang::Lang;
use crate::model::Questionnaire;
use crate::model::combine::Entry;

/// The comparison table as CSV bytes, `separator` between the cells (`;` for a Dutch Excel).
pub fn csv_table(
    q: &Questionnaire,
    entries: &[Entry],
    lang: Lang,
    separator: u8,
) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(separator)
        .from_writer(Vec::new());
    let mut header = vec![
        trs!(lang, "table-section").to_owned(),
        trs!(lang, "table-question").to_owned(),
        trs!(lang, "table-differs").to_owned(),
    ];
    header.extend(entries.iter().map(Entry::heading));
    writer.write_record(header.iter().map(|cell| neutralised(cell).into_owned()))?;
    for row in crate::words::combine::rows(q, entries, lang) {
        let section = &q.sections()[row.section];
        let mut record = vec![
            format!("{}. {}", row.section + 1, section.title.get(lang)),
            q.question(&row.question)
                .map_or("", |x| x.label(lang))
                .to_owned(),
            if row.differs {
                tr!(lang, "table-differs-yes")
            } else {
                tr!(lang, "table-differs-no")
            },
        ];
        record.extend(row.answers.into_iter().map(Option::unwrap_or_default));
        writer.write_record(record.iter().map(|cell| neutralised(cell).into_owned()))?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(body);
    Ok(bytes)
}

/// A cell as a spreadsheet may read it: one that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'`, so a spreadsheet shows it as text instead of
/// running it as a formula (OWASP, "CSV Injection").
pub fn neutralised(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The table could not be made (the CSV writer failed in memory): in the officer's words (the
/// library's own text is for the log, where the error is handled).
pub fn error_message(_e: &csv::Error, lang: crate::lang::Lang) -> String {
    trs!(lang, "table-the-table-could-not-be-made").to_owned()
}

#[cfg(test)]
mod tests {
    use super::neutralised;

    #[test]
    fn formulas_become_text_and_plain_text_stays() {
        for cell in ["=1+1", "+31 6", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralised(cell), format!("'{cell}"));
        }
        for cell in ["Gemeente Bergen", "3 – Zeer urgent", "", "a=b", "'al tekst"] {
            assert_eq!(neutralised(cell), cell);
        }
    }
}
