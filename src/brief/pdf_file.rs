//! The PDF file itself, written object by object: lopdf's objects are taken over one at a time
//! and let go once written, small objects are packed into compressed object streams as they
//! come, and a cross-reference stream ends the file. lopdf's own writer copies every object
//! that goes into an object stream first, which held the structure tree of a regional brief
//! twice (issue 35); here the structure tree goes straight from the layout into the object
//! streams as bytes, without a dictionary per element.

use std::io::Write;

use lopdf::{Dictionary, Object, StringFormat};

/// Objects per object stream: big enough to compress well, small enough to hold little.
const PER_STREAM: usize = 200;

/// Where an object is in the file.
#[derive(Clone, Copy)]
enum Entry {
    Free,
    /// At this byte offset.
    Direct(u64),
    /// The `index`th object of object stream `stream`.
    Packed {
        stream: u32,
        index: u32,
    },
}

/// A PDF file being written.
pub(super) struct PdfFile {
    out: Vec<u8>,
    /// By object number.
    entries: Vec<Entry>,
    /// The objects waiting for the next object stream: each number with its offset in `body`.
    pending: Vec<(u32, usize)>,
    body: Vec<u8>,
    /// The next number free for an object stream (and at the end for the cross-reference
    /// stream): after every number lopdf gave out.
    next_id: u32,
    level: u32,
}

impl PdfFile {
    /// A file of PDF `version` (at least 1.5, for object streams) whose objects are numbered
    /// below `next_id`; streams compressed at zlib `level`.
    pub fn new(version: &str, binary_mark: &[u8], next_id: u32, level: u32) -> PdfFile {
        let version = if version < "1.5" { "1.5" } else { version };
        let mut out = Vec::with_capacity(64 * 1024);
        out.extend_from_slice(format!("%PDF-{version}\n%").as_bytes());
        out.extend_from_slice(binary_mark);
        out.push(b'\n');
        PdfFile {
            out,
            entries: Vec::new(),
            pending: Vec::new(),
            body: Vec::new(),
            next_id,
            level,
        }
    }

    fn set(&mut self, id: u32, entry: Entry) {
        let index = id as usize;
        if self.entries.len() <= index {
            self.entries.resize(index + 1, Entry::Free);
        }
        self.entries[index] = entry;
    }

    /// Object `id` (generation `generation`): a stream, or an object of a later generation, on
    /// its own; anything else into an object stream.
    pub fn object(&mut self, id: u32, generation: u16, object: &Object) {
        if generation != 0 || matches!(object, Object::Stream(_)) {
            self.direct(id, generation, object);
        } else {
            self.packed(id, |out| write_object(out, object));
        }
    }

    /// Object `id` on its own, at the current end of the file.
    fn direct(&mut self, id: u32, generation: u16, object: &Object) {
        self.set(id, Entry::Direct(self.out.len() as u64));
        self.out
            .extend_from_slice(format!("{id} {generation} obj\n").as_bytes());
        write_object(&mut self.out, object);
        self.out.extend_from_slice(b"\nendobj\n");
    }

    /// Object `id`, as `write` writes it, into the next object stream. Never a stream.
    pub fn packed(&mut self, id: u32, write: impl FnOnce(&mut Vec<u8>)) {
        self.pending.push((id, self.body.len()));
        write(&mut self.body);
        self.body.push(b'\n');
        if self.pending.len() >= PER_STREAM {
            self.flush();
        }
    }

    /// Writes the waiting objects as one compressed object stream.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let stream_id = self.next_id;
        self.next_id += 1;
        let mut header = Vec::new();
        let pending = std::mem::take(&mut self.pending);
        for (index, &(id, offset)) in pending.iter().enumerate() {
            // Writing into a Vec cannot fail.
            let _ = write!(header, "{id} {offset} ");
            self.set(
                id,
                Entry::Packed {
                    stream: stream_id,
                    index: index as u32,
                },
            );
        }
        let mut content = header;
        let first = content.len();
        content.append(&mut self.body);
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"ObjStm".to_vec()));
        dict.set("N", Object::Integer(pending.len() as i64));
        dict.set("First", Object::Integer(first as i64));
        // The vector's room, for the next stream.
        self.pending = pending;
        self.pending.clear();
        let stream = compressed(dict, content, self.level);
        self.direct(stream_id, 0, &stream);
    }

    /// The end of the file: the last object stream, the cross-reference stream with the
    /// trailer's entries (its root, its information, its ids), and where it starts.
    pub fn finish(mut self, trailer: &Dictionary) -> Vec<u8> {
        self.flush();
        let xref_id = self.next_id;
        let start = self.out.len() as u64;
        self.set(xref_id, Entry::Direct(start));
        let size = self.entries.len();
        let rows: Vec<(u8, u64, u16)> = self
            .entries
            .iter()
            .enumerate()
            .map(|(id, entry)| match *entry {
                Entry::Free if id == 0 => (0, 0, u16::MAX),
                Entry::Free => (0, 0, 0),
                Entry::Direct(offset) => (1, offset, 0),
                Entry::Packed { stream, index } => (2, u64::from(stream), index as u16),
            })
            .collect();
        // The second field as wide as its largest value needs (an offset past 4 GB too).
        let largest = rows.iter().map(|r| r.1).max().unwrap_or(0);
        let width = (8 - largest.leading_zeros() as usize / 8).max(1);
        let mut bytes = Vec::with_capacity(size * (3 + width));
        for (kind, field2, field3) in rows {
            bytes.push(kind);
            bytes.extend_from_slice(&field2.to_be_bytes()[8 - width..]);
            bytes.extend_from_slice(&field3.to_be_bytes());
        }
        let mut dict = Dictionary::new();
        for (key, value) in trailer {
            let skip: [&[u8]; 10] = [
                b"Size",
                b"Prev",
                b"XRefStm",
                b"Filter",
                b"DecodeParms",
                b"W",
                b"Index",
                b"Length",
                b"Type",
                b"Encrypt",
            ];
            if !skip.contains(&key.as_slice()) {
                dict.set(key.clone(), value.clone());
            }
        }
        dict.set("Type", Object::Name(b"XRef".to_vec()));
        dict.set("Size", Object::Integer(size as i64));
        dict.set(
            "W",
            Object::Array(vec![
                Object::Integer(1),
                Object::Integer(width as i64),
                Object::Integer(2),
            ]),
        );
        let stream = compressed(dict, bytes, self.level);
        self.direct(xref_id, 0, &stream);
        self.out
            .extend_from_slice(format!("startxref\n{start}\n%%EOF\n").as_bytes());
        self.out
    }
}

/// A stream of `content`, Flate-compressed at `level`.
fn compressed(mut dict: Dictionary, content: Vec<u8>, level: u32) -> Object {
    let content = match deflate(&content, level) {
        Some(compressed) => {
            dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
            compressed
        }
        None => content,
    };
    Object::Stream(lopdf::Stream::new(dict, content))
}

/// `content` in zlib's format (what `FlateDecode` reads), compressed at `level`; `None` if the
/// compressor failed. Every stream of a thread goes through one compressor, reset in between:
/// a new one allocates about 300 kB of tables that the system hands out page by page, which
/// cost more than compressing a brief's fonts (issue 35: the brief's fixed cost).
pub(super) fn deflate(content: &[u8], level: u32) -> Option<Vec<u8>> {
    use flate2::{Compress, Compression, FlushCompress, Status};
    thread_local! {
        static COMPRESSOR: std::cell::RefCell<Option<(u32, Compress)>> =
            const { std::cell::RefCell::new(None) };
    }
    COMPRESSOR.with_borrow_mut(|slot| {
        let compress = match slot {
            Some((kept, compress)) if *kept == level => {
                compress.reset();
                compress
            }
            _ => {
                &mut slot
                    .insert((level, Compress::new(Compression::new(level), true)))
                    .1
            }
        };
        let mut out = Vec::with_capacity(content.len() / 2 + 64);
        loop {
            let (read, written) = (compress.total_in(), compress.total_out());
            let rest = content.get(usize::try_from(read).ok()?..)?;
            let status = compress
                .compress_vec(rest, &mut out, FlushCompress::Finish)
                .ok()?;
            if status == Status::StreamEnd {
                return Some(out);
            }
            // Nothing taken in nor given out with room to give it in: it would never end.
            let stuck = (compress.total_in(), compress.total_out()) == (read, written);
            if stuck && out.len() < out.capacity() {
                slot.take();
                return None;
            }
            out.reserve(out.capacity().max(64));
        }
    })
}

/// An object in PDF syntax (ISO 32000-1, 7.3): tokens apart by a space, streams with their
/// length.
pub(super) fn write_object(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(true) => out.extend_from_slice(b"true"),
        Object::Boolean(false) => out.extend_from_slice(b"false"),
        Object::Integer(value) => out.extend_from_slice(value.to_string().as_bytes()),
        Object::Real(value) => real(out, *value),
        Object::Name(name) => write_name(out, name),
        Object::String(text, format) => write_string(out, text, *format),
        Object::Array(items) => {
            out.push(b'[');
            separated(out, items, write_object);
            out.push(b']');
        }
        Object::Dictionary(dict) => write_dictionary(out, dict, None),
        Object::Stream(stream) => {
            write_dictionary(out, &stream.dict, Some(stream.content.len()));
            out.extend_from_slice(b"\nstream\n");
            out.extend_from_slice(&stream.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((id, generation)) => reference(out, (*id, *generation)),
    }
}

/// `items`, each written by `write`, a space between two.
pub(super) fn separated<T>(
    out: &mut Vec<u8>,
    items: impl IntoIterator<Item = T>,
    mut write: impl FnMut(&mut Vec<u8>, T),
) {
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        write(out, item);
    }
}

/// `id gen R`.
pub(super) fn reference(out: &mut Vec<u8>, (id, generation): lopdf::ObjectId) {
    out.extend_from_slice(format!("{id} {generation} R").as_bytes());
}

/// A number as PDF writes it: no exponent, no more digits than it has.
fn real(out: &mut Vec<u8>, value: f32) {
    if value.is_finite() {
        out.extend_from_slice(format!("{value}").as_bytes());
    } else {
        out.push(b'0');
    }
}

/// A dictionary; with `length`, a stream's, whose `/Length` is the content's.
fn write_dictionary(out: &mut Vec<u8>, dict: &Dictionary, length: Option<usize>) {
    out.extend_from_slice(b"<<");
    for (key, value) in dict {
        if length.is_some() && key.as_slice() == b"Length" {
            continue;
        }
        write_name(out, key);
        out.push(b' ');
        write_object(out, value);
    }
    if let Some(length) = length {
        out.extend_from_slice(format!("/Length {length}").as_bytes());
    }
    out.extend_from_slice(b">>");
}

/// `/Name`, with white space, delimiters, `#` and bytes outside `!`..`~` as `#xx`.
pub(super) fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &byte in name {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&byte) || !(33..=126).contains(&byte) {
            out.extend_from_slice(format!("#{byte:02X}").as_bytes());
        } else {
            out.push(byte);
        }
    }
}

/// `(literal)` with `\`, both parentheses and a carriage return escaped, or `<hex>`.
fn write_string(out: &mut Vec<u8>, text: &[u8], format: StringFormat) {
    match format {
        StringFormat::Literal => {
            out.push(b'(');
            for &byte in text {
                match byte {
                    b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    _ => out.push(byte),
                }
            }
            out.push(b')');
        }
        StringFormat::Hexadecimal => {
            out.push(b'<');
            for byte in text {
                out.extend_from_slice(format!("{byte:02X}").as_bytes());
            }
            out.push(b'>');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One compressor per thread, reset between streams: every stream, one after the other and
    /// at changing levels, reads back as it was (with zlib's own reader), from nothing to more
    /// than a compressor takes in one go, text and bytes that do not compress.
    #[test]
    fn every_stream_deflated_in_turn_reads_back() {
        use std::io::Read as _;
        let mut noise = Vec::new();
        let mut x: u32 = 0x9e37_79b9;
        for _ in 0..300_000 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            noise.push(x.to_le_bytes()[0]);
        }
        let text = "BT /F1 10 Tf 72 700 Td (Huwelijksdwang en achterlating) Tj ET\n".repeat(5_000);
        let contents: [&[u8]; 5] = [b"", b"q", text.as_bytes(), &noise, text.as_bytes()];
        for round in 0..2 {
            for (i, content) in contents.iter().enumerate() {
                let level = [3, 3, 6, 1, 3][i];
                let Some(compressed) = deflate(content, level) else {
                    panic!("stream {i}, round {round}: not compressed");
                };
                let mut back = Vec::new();
                let read =
                    flate2::read::ZlibDecoder::new(compressed.as_slice()).read_to_end(&mut back);
                assert!(read.is_ok(), "stream {i}, round {round}: {read:?}");
                assert!(back == *content, "stream {i}, round {round}: not as it was");
                if i == 2 {
                    assert!(
                        compressed.len() < content.len() / 10,
                        "{}",
                        compressed.len()
                    );
                }
            }
        }
    }

    /// Objects of every kind lopdf has, with what PDF syntax must escape: names with white
    /// space, delimiters and non-ASCII bytes, strings with parentheses, backslashes, line ends
    /// and bytes above 127, both string forms, negative and fractional numbers, nesting.
    fn one_of_each(n: i64) -> Vec<Object> {
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"Test".to_vec()));
        dict.set("A key/with (delims)#", Object::Integer(n));
        dict.set(
            "Nested",
            Object::Array(vec![
                Object::Array(vec![]),
                Object::Dictionary(Dictionary::new()),
                Object::Reference((1, 0)),
            ]),
        );
        let objects = vec![
            Object::Null,
            Object::Boolean(true),
            Object::Boolean(false),
            Object::Integer(-n),
            Object::Real(-12.625),
            Object::Real(0.001),
            Object::Name("Naam met spatie ë\u{0}".as_bytes().to_vec()),
            Object::String(
                b"(open ( close) \\ back\r\n \xff".to_vec(),
                StringFormat::Literal,
            ),
            Object::String(
                vec![0xFE, 0xFF, 0, b'A', 0x20, 0xAC],
                StringFormat::Hexadecimal,
            ),
            Object::Array(vec![Object::Integer(1), Object::Name(b"N".to_vec())]),
            Object::Dictionary(dict.clone()),
            Object::Stream(lopdf::Stream::new(
                dict,
                b"BT (x) Tj ET\nendstream?".to_vec(),
            )),
            Object::Reference((2, 0)),
        ];
        // Every kind above: a kind added to lopdf fails to compile here until it is added.
        for object in &objects {
            match object {
                Object::Null
                | Object::Boolean(_)
                | Object::Integer(_)
                | Object::Real(_)
                | Object::Name(_)
                | Object::String(..)
                | Object::Array(_)
                | Object::Dictionary(_)
                | Object::Stream(_)
                | Object::Reference(_) => {}
            }
        }
        objects
    }

    /// Written and read back by lopdf's parser, every object is what it was: direct, packed
    /// into several object streams (more objects than one stream holds), and of a later
    /// generation; the trailer's root and information come through the cross-reference stream.
    #[test]
    fn every_kind_of_object_reads_back_as_written() {
        let mut written: Vec<((u32, u16), Object)> = Vec::new();
        let mut id = 1;
        for round in 0..(2 * PER_STREAM as i64 / 13 + 2) {
            for object in one_of_each(round) {
                written.push(((id, 0), object));
                id += 1;
            }
        }
        written.push(((id, 3), Object::Integer(7)));
        let mut catalog = Dictionary::new();
        catalog.set("Type", Object::Name(b"Catalog".to_vec()));
        written.push(((id + 1, 0), Object::Dictionary(catalog)));
        let mut trailer = Dictionary::new();
        trailer.set("Root", Object::Reference((id + 1, 0)));
        trailer.set("Size", Object::Integer(9999));
        let mut file = PdfFile::new("1.4", b"\xE2\xE3\xCF\xD3", id + 2, 3);
        for ((n, generation), object) in &written {
            file.object(*n, *generation, object);
        }
        let bytes = file.finish(&trailer);
        assert!(bytes.starts_with(b"%PDF-1.5\n"));
        let read = lopdf::Document::load_mem(&bytes).expect("lopdf reads the file");
        assert_eq!(
            read.trailer.get(b"Root").ok(),
            Some(&Object::Reference((id + 1, 0)))
        );
        for (number, object) in &written {
            let back = read
                .objects
                .get(number)
                .unwrap_or_else(|| panic!("object {number:?} is missing"));
            match (object, back) {
                (Object::Stream(a), Object::Stream(b)) => {
                    assert_eq!(a.content, b.content, "{number:?}");
                    assert_eq!(a.dict.get(b"Type").ok(), b.dict.get(b"Type").ok());
                }
                (a, b) => assert_eq!(a, b, "{number:?}"),
            }
        }
        // More objects than one stream holds went into more than one stream.
        let streams = read
            .objects
            .values()
            .filter(|o| {
                o.as_stream().is_ok_and(|s| {
                    s.dict.get(b"Type").ok() == Some(&Object::Name(b"ObjStm".to_vec()))
                })
            })
            .count();
        assert!(streams >= 2, "{streams} object streams");
    }
}
