//! Helpers shared by the window's tests.

use egui_kittest::kittest::AccessKitNode;

/// A node named `wanted`, or a side-panel section entry named after it with its progress
/// ("1. Je organisatie, nog 5 open").
pub fn named(wanted: &str) -> impl Fn(&AccessKitNode<'_>) -> bool + 'static {
    let wanted = wanted.to_owned();
    move |n| {
        n.label()
            .is_some_and(|l| l == wanted || l.starts_with(&format!("{wanted}, ")))
    }
}
