//! The house's rules, kept by a test (issue 33): the architecture map in `src/lib.rs` is a table
//! of modules and what each may not use, and this test reads that table and every file under
//! `src/`, and fails on an import the map forbids. A new module without a row fails too, so the
//! map stays whole. Also: no helper is defined in two test files (they live in `tests/common`).

// In a test, a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The map's rows: module → the modules it may not use.
fn map() -> BTreeMap<String, BTreeSet<String>> {
    let lib = std::fs::read_to_string(common::profiles::repo("").join("src/lib.rs")).unwrap();
    let mut rows = BTreeMap::new();
    for line in lib.lines() {
        let Some(row) = line.strip_prefix("//! | [`") else {
            continue;
        };
        let (module, rest) = row.split_once("`]").unwrap();
        let forbidden = rest.rsplit('|').nth(1).unwrap();
        let names = forbidden
            .split(',')
            .map(|n| n.trim().trim_matches('`').to_owned())
            .filter(|n| !n.is_empty())
            .collect();
        rows.insert(module.to_owned(), names);
    }
    assert!(rows.len() > 5, "no map found in src/lib.rs");
    rows
}

/// The Rust files of `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The top-level modules a file of the crate uses: `crate::name` (also inside `crate::{…}`),
/// and `i18n` for `tr!`/`trs!`. Comments do not count.
fn uses(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let code: String = text
        .lines()
        .map(|l| match l.find("//") {
            // A `//` inside a string ("https://…") is rare in code lines that name `crate::`;
            // cutting there only ever drops a use, never invents one.
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a::X, b}`: each name at the group's top level.
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            found.insert(name);
        }
    }
    // `tr!(` and `trs!(` as macros of their own (not the end of `include_str!(`).
    let macro_at = |name: &str| {
        code.match_indices(name).any(|(i, _)| {
            !code[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    };
    if macro_at("tr!(") || macro_at("trs!(") {
        found.insert("i18n".to_owned());
    }
    found
}

/// Each top-level module of the crate and its files (`src/x.rs` or `src/x/**`).
fn modules() -> BTreeMap<String, Vec<PathBuf>> {
    let src = common::profiles::repo("").join("src");
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "lib" || name == "main" {
            continue;
        }
        if path.is_dir() {
            out.insert(name, rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.entry(name).or_insert_with(Vec::new).push(path);
        }
    }
    out
}

/// Every use in `files` of a module in `forbidden`, as "file: module".
fn violations(files: &[PathBuf], forbidden: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        for used in uses(&text).intersection(forbidden) {
            out.push(format!(
                "{}: uses `{used}`",
                file.strip_prefix(common::profiles::repo(""))
                    .unwrap()
                    .display()
            ));
        }
    }
    out
}

#[test]
fn every_module_keeps_to_the_map() {
    let map = map();
    let modules = modules();
    let unmapped: Vec<&String> = modules.keys().filter(|m| !map.contains_key(*m)).collect();
    assert!(
        unmapped.is_empty(),
        "modules without a row in the map of src/lib.rs: {unmapped:?}"
    );
    let mut problems = Vec::new();
    for (module, forbidden) in &map {
        let files = modules
            .get(module)
            .unwrap_or_else(|| panic!("the map names `{module}`, which src/ does not have"));
        problems.extend(violations(files, forbidden));
    }
    assert!(
        problems.is_empty(),
        "imports the map in src/lib.rs forbids:\n{}",
        problems.join("\n")
    );
}

/// The check itself catches what it is for: `ui` importing `app` (as `ui/menu.rs` once did for
/// the theme), in every form an import takes, and not a mention in a comment.
#[test]
fn the_check_sees_a_forbidden_import_in_every_form() {
    let app: BTreeSet<String> = ["app".to_owned()].into();
    for code in [
        "use crate::app::Theme;",
        "fn f(t: crate::app::Theme) {}",
        "use crate::{lang::Lang, app::Settings};",
        "use crate::{\n    app,\n    lang::Lang,\n};",
    ] {
        assert!(
            uses(code).is_superset(&app),
            "not seen in {code:?}: {:?}",
            uses(code)
        );
    }
    assert!(!uses("// see crate::app::App\nfn f() {}").contains("app"));
    assert!(uses("let s = trs!(lang, \"x\");").contains("i18n"));
    assert!(!uses("const T: &str = include_str!(\"x.txt\");").contains("i18n"));
    // And on the real files: a copy of `ui/menu.rs` that imports `app` is caught.
    let menu = std::fs::read_to_string(common::profiles::repo("").join("src/ui/menu.rs")).unwrap();
    let bad = format!("use crate::app::Settings;\n{menu}");
    assert!(uses(&bad).contains("app"));
}

/// Each helper lives in one place: a free function defined at the top level of two test files
/// is a copy that belongs in `tests/common`.
#[test]
fn no_test_helper_is_defined_twice() {
    let mut files = rust_files(&common::profiles::repo("").join("tests"));
    files.retain(|f| !f.starts_with(common::profiles::repo("").join("tests/data")));
    let mut defined: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let name = file
            .strip_prefix(common::profiles::repo(""))
            .unwrap()
            .display()
            .to_string();
        let mut in_file = BTreeSet::new();
        for line in text.lines() {
            let rest = line
                .strip_prefix("pub fn ")
                .or_else(|| line.strip_prefix("fn "))
                .or_else(|| line.strip_prefix("pub(crate) fn "));
            if let Some(rest) = rest {
                let f: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                in_file.insert(f);
            }
        }
        for f in in_file {
            defined.entry(f).or_default().push(name.clone());
        }
    }
    let twice: Vec<String> = defined
        .iter()
        .filter(|(_, files)| files.len() > 1)
        .map(|(f, files)| format!("fn {f}: {}", files.join(", ")))
        .collect();
    assert!(
        twice.is_empty(),
        "helpers defined in more than one test file (move them to tests/common):\n{}",
        twice.join("\n")
    );
}
