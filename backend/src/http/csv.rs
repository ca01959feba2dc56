//! CSV bodies (RFC 4180): a header row, comma-separated fields, CRLF line ends, and fields
//! quoted when they hold a comma, quote or line break. Fields that a spreadsheet would run as a
//! formula are prefixed with an apostrophe, since free text comes from users.
//!
//! The columns are the fields of the row type, in order, named as serde names them: a row type
//! derives `Serialize` (and `Default`, for the header of an empty table) and nothing lists its
//! columns by hand. Rows are flat: numbers, booleans, text, and `Option`s of those (empty
//! when absent).

use std::fmt::Display;

use serde::{
    Serialize,
    ser::{self, Impossible},
};

/// Writes rows of one type as CSV, into a buffer that can be taken piece by piece.
pub struct CsvWriter {
    csv: csv::Writer<Vec<u8>>,
    fields: Vec<String>,
}

impl CsvWriter {
    /// A writer that has written the header row of `R`.
    pub fn with_header<R: Serialize + Default>() -> Result<Self, NotFlat> {
        let mut writer = Self {
            csv: Self::buffer(),
            fields: Vec::new(),
        };
        let columns = record(&R::default())?.columns;
        writer.write(columns.iter().map(|c| c.to_string()));
        Ok(writer)
    }

    pub fn row<R: Serialize>(&mut self, row: &R) -> Result<(), NotFlat> {
        let fields = record(row)?.fields;
        self.write(fields);
        Ok(())
    }

    /// What was written since the last call.
    pub fn take(&mut self) -> Vec<u8> {
        let written = std::mem::replace(&mut self.csv, Self::buffer());
        // Flushing into a `Vec` cannot fail.
        written.into_inner().unwrap_or_default()
    }

    fn buffer() -> csv::Writer<Vec<u8>> {
        csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new())
    }

    fn write(&mut self, fields: impl IntoIterator<Item = String>) {
        self.fields.clear();
        self.fields.extend(fields.into_iter().map(neutralised));
        // Only I/O or a record of another length could fail: a `Vec` of one row type has neither.
        let _ = self.csv.write_record(&self.fields);
    }
}

/// A whole table: the header of `R` and these rows.
pub fn table<R: Serialize + Default>(rows: &[R]) -> Result<String, NotFlat> {
    let mut writer = CsvWriter::with_header::<R>()?;
    for row in rows {
        writer.row(row)?;
    }
    Ok(String::from_utf8_lossy(&writer.take()).into_owned())
}

/// A field a spreadsheet would run as a formula, prefixed with an apostrophe.
fn neutralised(field: String) -> String {
    match field.chars().next() {
        Some('=' | '+' | '@' | '\t' | '\r') => format!("'{field}"),
        // A minus sign starts a formula too, but also every negative amount: only text is
        // neutralised.
        Some('-') if field.parse::<f64>().is_err() => format!("'{field}"),
        _ => field,
    }
}

/// A row type that is not a struct of plain fields: a programming error.
#[derive(Debug, thiserror::Error)]
#[error("a CSV row must be a struct of plain fields: {0}")]
pub struct NotFlat(String);

impl ser::Error for NotFlat {
    fn custom<T: Display>(message: T) -> Self {
        Self(message.to_string())
    }
}

fn not_flat<T>(what: &str) -> Result<T, NotFlat> {
    Err(NotFlat(format!("{what} is not a plain field")))
}

/// A row taken apart: its columns and their fields as text.
fn record<R: Serialize>(row: &R) -> Result<Record, NotFlat> {
    match row.serialize(Cells)? {
        Cell::Row(record) => Ok(record),
        Cell::Text(_) => not_flat("a row that is not a struct"),
    }
}

#[derive(Default)]
struct Record {
    columns: Vec<&'static str>,
    fields: Vec<String>,
}

/// What serializing gives: a struct is a row, a plain value the text of a cell.
enum Cell {
    Row(Record),
    Text(String),
}

/// Serializer methods that refuse what they are given: a cell holds one plain value.
macro_rules! refuse {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$ok, NotFlat> {
            not_flat(stringify!($method))
        }
    )*};
}

/// Serializer methods that write a plain value as its text.
macro_rules! as_text {
    ($($method:ident($type:ty);)*) => {$(
        fn $method(self, value: $type) -> Result<Cell, NotFlat> {
            Ok(Cell::Text(value.to_string()))
        }
    )*};
}

/// Turns a row into a [`Record`], and each field into the text of its cell: absent values
/// empty, enumerations by their name.
struct Cells;

impl ser::Serializer for Cells {
    type Ok = Cell;
    type Error = NotFlat;
    type SerializeStruct = Record;
    type SerializeSeq = Impossible<Cell, NotFlat>;
    type SerializeTuple = Impossible<Cell, NotFlat>;
    type SerializeTupleStruct = Impossible<Cell, NotFlat>;
    type SerializeTupleVariant = Impossible<Cell, NotFlat>;
    type SerializeMap = Impossible<Cell, NotFlat>;
    type SerializeStructVariant = Impossible<Cell, NotFlat>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Record, NotFlat> {
        Ok(Record::default())
    }

    as_text! {
        serialize_bool(bool);
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_f32(f32);
        serialize_f64(f64);
        serialize_char(char);
        serialize_str(&str);
    }

    fn serialize_none(self) -> Result<Cell, NotFlat> {
        Ok(Cell::Text(String::new()))
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Cell, NotFlat> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<Cell, NotFlat> {
        Ok(Cell::Text(String::new()))
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<Cell, NotFlat> {
        Ok(Cell::Text(String::new()))
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Cell, NotFlat> {
        Ok(Cell::Text(variant.to_owned()))
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Cell, NotFlat> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Cell, NotFlat> {
        not_flat("an enumeration with data")
    }

    refuse! {
        serialize_bytes(&[u8]) -> Cell;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
}

impl ser::SerializeStruct for Record {
    type Ok = Cell;
    type Error = NotFlat;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NotFlat> {
        match value.serialize(Cells)? {
            Cell::Text(text) => {
                self.columns.push(key);
                self.fields.push(text);
                Ok(())
            }
            Cell::Row(_) => not_flat(key),
        }
    }

    fn end(self) -> Result<Cell, NotFlat> {
        Ok(Cell::Row(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Default)]
    struct Row {
        a: String,
        b: String,
    }

    fn row(a: &str, b: &str) -> Row {
        Row {
            a: a.into(),
            b: b.into(),
        }
    }

    #[test]
    fn fields_are_quoted_only_when_needed_and_formulas_neutralised() {
        let csv = table(&[
            row("plain", "with, comma"),
            row("say \"hi\"", "-1200"),
            row("=SUM(A1)", "-x"),
        ])
        .unwrap();
        assert_eq!(
            csv,
            "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",-1200\r\n'=SUM(A1),'-x\r\n"
        );
    }

    #[derive(Serialize, Default)]
    struct Typed {
        id: uuid::Uuid,
        on: chrono::NaiveDate,
        count: i64,
        share: Option<i64>,
        urgent: bool,
        #[serde(rename = "note_text")]
        note: Option<String>,
    }

    #[test]
    fn columns_come_from_the_fields_and_values_are_written_as_text() {
        let typed = Typed {
            id: uuid::Uuid::from_u128(1),
            on: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            count: -7,
            share: None,
            urgent: true,
            note: Some("+31 6 1234\nsecond line".into()),
        };
        assert_eq!(
            table(&[typed]).unwrap(),
            "id,on,count,share,urgent,note_text\r\n\
             00000000-0000-0000-0000-000000000001,2026-03-01,-7,,true,\"'+31 6 1234\nsecond line\"\r\n"
        );
    }

    #[test]
    fn an_empty_table_still_has_its_header() {
        assert_eq!(
            table::<Typed>(&[]).unwrap(),
            "id,on,count,share,urgent,note_text\r\n"
        );
    }

    #[test]
    fn a_table_written_in_pieces_is_the_same_table() {
        let rows = [row("a", "1"), row("b", "2"), row("c", "3")];
        let mut writer = CsvWriter::with_header::<Row>().unwrap();
        let mut pieces = writer.take();
        for row in &rows {
            writer.row(row).unwrap();
            pieces.extend(writer.take());
        }
        assert_eq!(String::from_utf8(pieces).unwrap(), table(&rows).unwrap());
    }

    #[test]
    fn a_row_that_is_not_flat_is_refused() {
        #[derive(Serialize, Default)]
        struct Nested {
            inner: Row,
        }
        assert!(table(&[Nested::default()]).is_err());
        assert!(table(&[vec![1, 2]]).is_err());
    }
}
