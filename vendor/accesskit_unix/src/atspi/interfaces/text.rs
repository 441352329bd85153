// Copyright 2024 The AccessKit Authors. All rights reserved.
// Licensed under the Apache License, Version 2.0 (found in
// the LICENSE-APACHE file) or the MIT license (found in
// the LICENSE-MIT file), at your option.

use accesskit_atspi_common::{PlatformNode, Rect};
use atspi::{CoordType, Granularity, ScrollType};
use std::collections::HashMap;
use zbus::{fdo, interface};

pub(crate) struct TextInterface {
    node: PlatformNode,
}

impl TextInterface {
    pub fn new(node: PlatformNode) -> Self {
        Self { node }
    }

    fn map_error(&self) -> impl '_ + FnOnce(accesskit_atspi_common::Error) -> fdo::Error {
        |error| crate::util::map_error_from_node(&self.node, error)
    }

    /// An offset as the older methods get it: -1 (or below) means "where the caret is", and
    /// the start when there is no caret yet.
    fn offset_or_caret(&self, offset: i32) -> fdo::Result<i32> {
        if offset >= 0 {
            return Ok(offset);
        }
        let caret = self.node.caret_offset().map_err(self.map_error())?;
        Ok(caret.max(0))
    }
}

/// The granularity of an AT-SPI boundary type (`AtspiTextBoundaryType`).
fn granularity(boundary_type: u32) -> Granularity {
    match boundary_type {
        0 => Granularity::Char,
        1 | 2 => Granularity::Word,
        3 | 4 => Granularity::Sentence,
        _ => Granularity::Line,
    }
}

#[interface(name = "org.a11y.atspi.Text")]
impl TextInterface {
    #[zbus(property)]
    fn character_count(&self) -> fdo::Result<i32> {
        self.node.character_count().map_err(self.map_error())
    }

    #[zbus(property)]
    fn caret_offset(&self) -> fdo::Result<i32> {
        self.node.caret_offset().map_err(self.map_error())
    }

    fn get_string_at_offset(
        &self,
        offset: i32,
        granularity: Granularity,
    ) -> fdo::Result<(String, i32, i32)> {
        self.node
            .string_at_offset(offset, granularity)
            .map_err(self.map_error())
    }

    // Behoeftewijzer's patch (PATCH.md): the Text interface's older methods, which Orca 43 and
    // every pyatspi client call (`getTextAtOffset` for the line at the caret when a field gets
    // the focus). Without them the call fails with "Unknown method" and a field's value is
    // never spoken. Each maps onto GetStringAtOffset; a boundary type (0 char, 1 word start,
    // 2 word end, 3 sentence start, 4 sentence end, 5 line start, 6 line end) onto its
    // granularity, and an offset of -1 (no caret yet) onto the caret or the start.
    fn get_text_at_offset(&self, offset: i32, boundary_type: u32) -> fdo::Result<(String, i32, i32)> {
        let offset = self.offset_or_caret(offset)?;
        self.node
            .string_at_offset(offset, granularity(boundary_type))
            .map_err(self.map_error())
    }

    fn get_text_before_offset(
        &self,
        offset: i32,
        boundary_type: u32,
    ) -> fdo::Result<(String, i32, i32)> {
        let granularity = granularity(boundary_type);
        let offset = self.offset_or_caret(offset)?;
        let (_, start, _) = self
            .node
            .string_at_offset(offset, granularity)
            .map_err(self.map_error())?;
        if start <= 0 {
            return Ok((String::new(), 0, 0));
        }
        self.node
            .string_at_offset(start - 1, granularity)
            .map_err(self.map_error())
    }

    fn get_text_after_offset(
        &self,
        offset: i32,
        boundary_type: u32,
    ) -> fdo::Result<(String, i32, i32)> {
        let granularity = granularity(boundary_type);
        let offset = self.offset_or_caret(offset)?;
        let count = self.node.character_count().map_err(self.map_error())?;
        let (_, _, end) = self
            .node
            .string_at_offset(offset, granularity)
            .map_err(self.map_error())?;
        if end >= count {
            return Ok((String::new(), count, count));
        }
        self.node
            .string_at_offset(end, granularity)
            .map_err(self.map_error())
    }

    fn get_character_at_offset(&self, offset: i32) -> fdo::Result<i32> {
        let (text, _, _) = self
            .node
            .string_at_offset(offset, Granularity::Char)
            .map_err(self.map_error())?;
        Ok(text.chars().next().map_or(0, |c| c as i32))
    }

    fn get_text(&self, start_offset: i32, end_offset: i32) -> fdo::Result<String> {
        self.node
            .text(start_offset, end_offset)
            .map_err(self.map_error())
    }

    fn set_caret_offset(&self, offset: i32) -> fdo::Result<bool> {
        self.node.set_caret_offset(offset).map_err(self.map_error())
    }

    fn get_attribute_value(&self, offset: i32, attribute_name: &str) -> fdo::Result<String> {
        self.node
            .text_attribute_value(offset, attribute_name)
            .map_err(self.map_error())
    }

    fn get_attributes(
        &self,
        offset: i32,
    ) -> fdo::Result<(HashMap<&'static str, String>, i32, i32)> {
        self.node.text_attributes(offset).map_err(self.map_error())
    }

    fn get_default_attributes(&self) -> fdo::Result<HashMap<&'static str, String>> {
        self.node
            .default_text_attributes()
            .map_err(self.map_error())
    }

    fn get_character_extents(&self, offset: i32, coord_type: CoordType) -> fdo::Result<Rect> {
        self.node
            .character_extents(offset, coord_type)
            .map_err(self.map_error())
    }

    fn get_offset_at_point(&self, x: i32, y: i32, coord_type: CoordType) -> fdo::Result<i32> {
        self.node
            .offset_at_point(x, y, coord_type)
            .map_err(self.map_error())
    }

    fn get_n_selections(&self) -> fdo::Result<i32> {
        self.node.n_selections().map_err(self.map_error())
    }

    fn get_selection(&self, selection_num: i32) -> fdo::Result<(i32, i32)> {
        self.node.selection(selection_num).map_err(self.map_error())
    }

    fn add_selection(&self, start_offset: i32, end_offset: i32) -> fdo::Result<bool> {
        self.node
            .add_selection(start_offset, end_offset)
            .map_err(self.map_error())
    }

    fn remove_selection(&self, selection_num: i32) -> fdo::Result<bool> {
        self.node
            .remove_selection(selection_num)
            .map_err(self.map_error())
    }

    fn set_selection(
        &self,
        selection_num: i32,
        start_offset: i32,
        end_offset: i32,
    ) -> fdo::Result<bool> {
        self.node
            .set_selection(selection_num, start_offset, end_offset)
            .map_err(self.map_error())
    }

    fn get_range_extents(
        &self,
        start_offset: i32,
        end_offset: i32,
        coord_type: CoordType,
    ) -> fdo::Result<Rect> {
        self.node
            .range_extents(start_offset, end_offset, coord_type)
            .map_err(self.map_error())
    }

    fn get_attribute_run(
        &self,
        offset: i32,
        include_defaults: bool,
    ) -> fdo::Result<(HashMap<&'static str, String>, i32, i32)> {
        self.node
            .text_attribute_run(offset, include_defaults)
            .map_err(self.map_error())
    }

    fn scroll_substring_to(
        &self,
        start_offset: i32,
        end_offset: i32,
        scroll_type: ScrollType,
    ) -> fdo::Result<bool> {
        self.node
            .scroll_substring_to(start_offset, end_offset, scroll_type)
            .map_err(self.map_error())
    }

    fn scroll_substring_to_point(
        &self,
        start_offset: i32,
        end_offset: i32,
        coord_type: CoordType,
        x: i32,
        y: i32,
    ) -> fdo::Result<bool> {
        self.node
            .scroll_substring_to_point(start_offset, end_offset, coord_type, x, y)
            .map_err(self.map_error())
    }
}
