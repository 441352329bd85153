//! The comparison table as CSV (issue 13), for a spreadsheet: a row per question, a column per
//! profile, and whether the answers differ; written by the `csv` crate, UTF-8 with a byte-order
//! mark so Excel reads the accents right. The window and the command line write the same table.

use crate::lang::Lang;
use crate::model::Questionnaire;
use crate::model::combine::{self, Entry};

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
        lang.pick("Onderdeel", "Section").to_owned(),
        lang.pick("Vraag", "Question").to_owned(),
        lang.pick("Verschilt", "Differs").to_owned(),
    ];
    header.extend(entries.iter().map(Entry::heading));
    writer.write_record(&header)?;
    for row in combine::rows(q, entries, lang) {
        let section = &q.sections()[row.section];
        let mut record = vec![
            format!("{}. {}", row.section + 1, section.title.get(lang)),
            q.question(&row.question)
                .map_or("", |x| x.label(lang))
                .to_owned(),
            lang.pick(
                if row.differs { "ja" } else { "nee" },
                if row.differs { "yes" } else { "no" },
            )
            .to_owned(),
        ];
        record.extend(row.answers.into_iter().map(Option::unwrap_or_default));
        writer.write_record(&record)?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(body);
    Ok(bytes)
}
