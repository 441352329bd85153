//! The parts of a frame: the section list, the screen in the middle, the status bar, the
//! window title, where the keyboard focus lands, a close request with unsaved work, and a
//! window reopened half off the screen.

use std::time::Duration;

use egui::{CentralPanel, Key, Panel, ScrollArea, ViewportCommand};

use super::App;
use crate::lang::Lang;
use crate::model::needs::NeedsRules;
use crate::ui::brief::brief_ui;
use crate::ui::modal::{Dialog, Pending};
use crate::ui::needs::needs_ui;
use crate::ui::{self, Command, Screen, nav, question, review, start};
use crate::words::Words;

/// Whether the window's place has been checked against its monitor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    Unchecked,
    Checked,
}

/// Where a window whose outer rectangle is `outer` must go to lie on a monitor of `monitor`
/// points whose corner is the origin, or `None` when it may stay. Only a window that lies
/// partly on that monitor (the case: saved at x = 1150 on a 1280-point screen) or
/// above or left of it is moved; one wholly beyond it may be on a second monitor, which egui
/// does not describe, and stays.
pub fn on_screen(outer: egui::Rect, monitor: egui::Vec2) -> Option<egui::Pos2> {
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, monitor);
    if monitor.x <= 0.0 || monitor.y <= 0.0 || screen.contains_rect(outer) {
        return None;
    }
    let straddles = screen.intersects(outer);
    let before = outer.min.x < 0.0 || outer.min.y < 0.0;
    if !straddles && !before {
        return None;
    }
    let room = (monitor - outer.size()).max(egui::Vec2::ZERO);
    let pos = egui::pos2(
        outer.min.x.clamp(0.0, room.x),
        outer.min.y.clamp(0.0, room.y),
    );
    (pos != outer.min).then_some(pos)
}

impl App {
    /// Once, as soon as egui knows the window's place and its monitor: a window saved half off
    /// the screen (the monitor changed, the window was dragged away) is pulled back onto it.
    ///
    /// Only where eframe does not do this itself: on Windows it clamps a saved position to the
    /// monitors before the window opens, and on macOS it drops one that is on no monitor
    /// (egui-winit's `WindowSettings::clamp_position_to_monitors`); egui describes only the
    /// window's own monitor, not where that monitor lies among several.
    pub(super) fn keep_on_screen(&mut self, ctx: &egui::Context) {
        if self.placement == Placement::Checked || cfg!(any(windows, target_os = "macos")) {
            return;
        }
        let (outer, monitor) = ctx.input(|i| (i.viewport().outer_rect, i.viewport().monitor_size));
        let (Some(outer), Some(monitor)) = (outer, monitor) else {
            return;
        };
        self.placement = Placement::Checked;
        if let Some(pos) = on_screen(outer, monitor) {
            log::info!("the window was partly off the screen: moved back onto it");
            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(pos));
        }
    }

    /// The list of sections on the left: resizable, and hidden from the menu *Beeld* or by
    /// dragging it closed. At most 310 points and 30 % of the window wide at first, so the
    /// questions keep room at large text or in a small window.
    pub(super) fn sections_panel(
        &mut self,
        ui: &mut egui::Ui,
        screen_changed: bool,
        out: &mut Vec<Command>,
    ) {
        let lang = self.lang();
        let width = ui.available_width();
        let mut expanded = !self.settings.hide_sections;
        let panel = Panel::left("sections")
            .frame(ui::theme::panel_frame(ui.style()))
            .resizable(true)
            .default_size(310.0_f32.min(width * 0.3).max(160.0))
            .size_range(140.0..=(width * 0.5).max(160.0));
        let resize = ui
            .scope_id()
            .with_salt(egui::IdSalt::new("sections"))
            .with("__resize");
        panel.show_collapsible(ui, &mut expanded, |ui| {
            ui::theme::on_panel(ui, |ui| {
                ScrollArea::vertical().show(ui, |ui| {
                    let derived = self.derived();
                    let progress = &derived.progress;
                    nav::sections_ui(ui, lang, self.q, progress, self.screen, screen_changed, out);
                    ui::follow_focus(
                        ui,
                        self.view_changed || ui.memory(egui::Memory::focused) != self.keyboard.seen,
                    );
                });
            });
        });
        // egui names its splitter in English; this one speaks the interface's language.
        ui.ctx().accesskit_node_builder(resize, |node| {
            node.set_label(trs!(lang, "app-width-of-the-list-of-sections"));
        });
        self.settings.hide_sections = !expanded;
    }

    /// The current screen, in the central panel.
    /// The screen, in an id scope of its own: its controls are new nodes to a screen reader,
    /// never another screen's nodes renamed (issue 32: a label of *Overzicht* became a
    /// heading of *Behoefteprofiel* under the same id, and Orca, which had cached it with a
    /// text interface, read nothing).
    pub(super) fn screen_ui(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let scope = format!("{:?}", self.screen);
        ui.push_id(scope, |ui| self.screen_content_ui(ui, out));
    }

    fn screen_content_ui(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let lang = self.lang();
        match self.screen {
            Screen::Start => {
                let recent = self.recent_files(ui.ctx());
                start::start_ui(ui, lang, &recent, !self.doc.profile.answers.is_empty(), out);
            }
            Screen::Section(index) => {
                // A dialog on top holds the focus; the question gets it after.
                let focus = if self.dialog.is_none() {
                    self.keyboard.next.take()
                } else {
                    None
                };
                let findings = self.privacy_findings();
                let profile = &mut self.doc.profile;
                if question::section_ui(ui, lang, self.q, index, profile, focus.as_ref(), &findings)
                {
                    self.touched();
                }
            }
            Screen::Review => {
                review::review_ui(ui, lang, self.q, &self.doc.profile, out);
            }
            Screen::Needs => {
                let needs = self.needs();
                let words = Words::new(self.q, NeedsRules::builtin(), &self.doc.profile, lang);
                let mut mail_to = self.doc.profile.mail_to.clone();
                needs_ui(ui, &needs, &words, &mut mail_to, out);
                if mail_to != self.doc.profile.mail_to {
                    self.doc.profile.mail_to = mail_to;
                    self.touched();
                }
            }
            Screen::Guide(chapter) => {
                ui::guide::guide_ui(ui, lang, chapter, out);
            }
            Screen::Compare => self.compare_screen_ui(ui, out),
            Screen::RegionalBrief => {
                if let Some(brief) = self.regional_brief() {
                    ui::compare::regional_ui(ui, lang, &brief, self.brief_lang(), out);
                }
            }
            Screen::Meeting => {
                let findings = self.meeting_findings();
                let meeting = &mut self.doc.profile.meeting;
                if ui::meeting::meeting_ui(ui, (lang, self.q), meeting, &findings, out) {
                    self.touched();
                }
            }
            Screen::Report => {
                let report = self.report();
                ui::meeting::report_ui(ui, lang, &report, self.brief_lang(), out);
            }
            Screen::Brief => {
                let brief = self.brief();
                let options = ui::brief::Choices {
                    lang: self.brief_lang(),
                    email: self.settings.brief_email,
                };
                brief_ui(ui, lang, &brief, options, out);
            }
        }
    }

    /// The screen in the central panel: in a page that scrolls, at a width for reading; the
    /// comparison's table scrolls itself, across the whole width.
    pub(super) fn central_ui(
        &mut self,
        ui: &mut egui::Ui,
        screen_changed: bool,
        out: &mut Vec<Command>,
    ) {
        CentralPanel::default()
            .frame(ui::theme::page_frame(ui.style()))
            .show(ui, |ui| {
                ui::theme::on_panel(ui, |ui| {
                    if self.screen == Screen::Compare {
                        // The table scrolls itself, across the whole width, and the page follows the
                        // focus inside its own scroll area.
                        self.screen_ui(ui, out);
                        return;
                    }
                    let mut page = ScrollArea::vertical().auto_shrink([false, false]);
                    if screen_changed {
                        // A new screen opens at its top, not where the last one was scrolled to.
                        page = page.vertical_scroll_offset(0.0);
                    }
                    page.show(ui, |ui| {
                        // Cap the width for reading, never more than there is: text wraps instead
                        // of being cut off.
                        ui.set_max_width(ui.available_width().min(760.0));
                        let page = ui.max_rect();
                        self.screen_ui(ui, out);
                        self.prepare_documents(ui, page);
                        ui::follow_focus(
                            ui,
                            self.view_changed
                                || ui.memory(egui::Memory::focused) != self.keyboard.seen,
                        );
                        if self.dialog.is_none() {
                            ui::page_keys(ui);
                        }
                    });
                });
            });
    }

    /// In a quiet moment, lays out unseen the long documents the officer is not looking at
    /// ([`PREPARED_SCREENS`]) at the page's width, so that going there only
    /// draws what `ui::text_cache` kept (issue 35: the first visit laid out the whole document
    /// in the frame of the key, more than two frames). Quiet: no key, click, change or resize
    /// for [`PREPARE_AFTER`]; once per document, width, scale, theme and language.
    fn prepare_documents(&mut self, ui: &mut egui::Ui, page: egui::Rect) {
        if !ui::text_cache::enabled(ui.ctx()) {
            return;
        }
        let now = ui.input(|i| i.time);
        // A window being resized is busy too: each of its frames has another width.
        if busy(ui.ctx()) || self.view_changed || self.doc.revision != self.prepared.revision_seen {
            self.prepared.revision_seen = self.doc.revision;
            self.prepared.last_activity = now;
            self.prepared.runs_since_activity = 0;
        }
        // The documents are drawn beside the list of sections, as on these screens.
        if matches!(
            self.screen,
            Screen::Start | Screen::Compare | Screen::RegionalBrief
        ) || self.dialog.is_some()
        {
            return;
        }
        let key = PreparedKey {
            kept: ui::text_cache::generation(ui.ctx()),
            revision: self.doc.revision,
            width: page.width().to_bits(),
            pixels_per_point: ui.ctx().pixels_per_point().to_bits(),
            dark: ui.visuals().dark_mode,
            lang: self.lang(),
            brief_lang: self.brief_lang(),
            brief_email: self.settings.brief_email,
        };
        if self.prepared.done == Some(key) {
            return;
        }
        // Three times at most while nothing is done: egui may let go of all text meanwhile (new
        // fonts, or its font atlas full, perhaps with what was laid out ahead, which only
        // gigantic text could do), and laying it out again must not go on while the window
        // idles.
        if self.prepared.runs_since_activity > 2 {
            return;
        }
        let quiet_for = now - self.prepared.last_activity;
        if quiet_for < PREPARE_AFTER.as_secs_f64() {
            ui.ctx().request_repaint_after(
                PREPARE_AFTER.saturating_sub(Duration::from_secs_f64(quiet_for.max(0.0))),
            );
            return;
        }
        // Far below the page, invisible and disabled: nothing of it is drawn, hit, focused or
        // given to a screen reader, and the page's own size does not change.
        let unseen = page.translate(egui::vec2(0.0, 100_000.0));
        let started = std::time::Instant::now();
        let current = self.screen;
        for screen in PREPARED_SCREENS {
            if screen == current {
                continue;
            }
            let mut child = ui.new_child(
                egui::UiBuilder::new()
                    .max_rect(unseen)
                    .id_salt(("prepared", format!("{screen:?}")))
                    .invisible(),
            );
            self.screen = screen;
            self.screen_ui(&mut child, &mut Vec::new());
        }
        self.screen = current;
        self.prepared.done = Some(key);
        self.prepared.runs_since_activity += 1;
        let (bytes, texts, _) = ui::text_cache::kept(ui.ctx());
        log::debug!(
            "documents laid out unseen in {:.1} ms; {texts} texts kept, {} kB",
            started.elapsed().as_secs_f64() * 1000.0,
            bytes / 1024
        );
    }

    /// At the start of a frame: an arrow key that reaches a control on the page before its
    /// lock (`keep_focus`) does not move the focus either. egui locks a control only from the
    /// frame after it got the focus; a key pressed quickly after the one that moved the focus
    /// there (→ twice on the comparison's tabs) came in that frame, and egui moved the focus in
    /// the arrow's direction as well, out of the group.
    /// Also while no control has the focus: after a Tab from the last control egui gives it to
    /// the first one during the next frame, and moved it on from there at once.
    pub(super) fn hold_arrows(&self, ctx: &egui::Context) {
        let unlocked = match ctx.memory(egui::Memory::focused) {
            Some(id) => self.keyboard.locked != Some(id) && keeps_arrows(ctx, id),
            None => self.dialog.is_none() && !egui::Popup::is_any_open(ctx),
        };
        if !unlocked {
            return;
        }
        // What egui read last decides where it moves the focus: only an arrow is held, a Tab
        // after it still moves on.
        let last = ctx.input(|i| {
            i.events.iter().rev().find_map(|e| match e {
                egui::Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } if matches!(key, Key::Tab | Key::Escape)
                    || (is_arrow(*key) && !modifiers.any()) =>
                {
                    Some(*key)
                }
                _ => None,
            })
        });
        if last.is_some_and(is_arrow) {
            ctx.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        }
    }

    /// At the end of a frame: arrow keys never move the focus out of a control on the page
    /// (only Tab does; groups handle their own arrows), and the focus returns to where it was
    /// when a dialog closes.
    /// At the start of a frame: the focus goes back where it was before a dialog, once the
    /// dialog's layer is gone (egui keeps it one frame longer, and until then the page does not
    /// take the focus), unless a command moved the focus on purpose.
    pub(super) fn restore_focus(&mut self, ctx: &egui::Context) {
        if self.dialog.is_none()
            && self.keyboard.before_dialog.is_some()
            && ctx.memory(egui::Memory::top_modal_layer).is_none()
            && let Some(id) = self.keyboard.before_dialog.take()
            && self.keyboard.next.is_none()
            && ctx.read_response(id).is_some()
        {
            ctx.memory_mut(|m| m.request_focus(id));
            ui::a11y::follow_focus(ctx);
        }
    }

    /// A screen just opened: the keyboard focus goes to its title, so a screen reader says
    /// where the user is ("Huwelijksdwang en achterlating, heading"), and Tab leads on to the
    /// first question. Not where a command chose a question (an overview link), nor on the
    /// start screen, which focuses its first button, nor on the comparison, whose first row
    /// takes the focus (its name says the question and the answers).
    pub(super) fn land_on_screen(&mut self, ctx: &egui::Context) {
        match self.screen {
            Screen::Section(_) if self.keyboard.next.is_some() => {}
            Screen::Start | Screen::Compare => {}
            _ => ui::a11y::land_on_title(ctx),
        }
    }

    /// At the start of a frame (issue 32): the focus was lost without the user moving it (the
    /// control was removed, as "Antwoord wissen" is once the answer is gone, or it let go of
    /// the focus, as a field does on Escape). It goes back to the control if that is still
    /// there, else to the control after it, else to the one before it, so the next Tab goes on
    /// in the content and never starts again at the menu bar. Not after a click (the user put
    /// the focus elsewhere), a screen change (the title takes it), a dialog, a menu, or when
    /// the window itself lost the focus.
    pub(super) fn recover_focus(&mut self, ctx: &egui::Context) {
        if ctx.memory(egui::Memory::focused).is_some() {
            return;
        }
        let Some(place) = self.keyboard.place else {
            return;
        };
        let on_purpose = self.dialog.is_some()
            || self.keyboard.before_dialog.is_some()
            || self.screen != self.screen_seen
            || ctx.input(|i| i.pointer.any_pressed() || !i.focused);
        if on_purpose {
            self.keyboard.place = None;
            return;
        }
        // A menu or a dialog's layer on its way out (egui keeps it a frame): try again then.
        if egui::Popup::is_any_open(ctx) || ctx.memory(egui::Memory::top_modal_layer).is_some() {
            ctx.request_repaint();
            return;
        }
        self.keyboard.place = None;
        let drawn = |id: egui::Id| ctx.viewport(|v| v.prev_pass.widgets.get(id).is_some());
        // A menu closed with the focus in it (Escape): back to where the focus was on the page,
        // the menu bar's item that opened it.
        let Some(place) = (if place.on_page {
            Some(place)
        } else {
            self.keyboard.page
        }) else {
            return;
        };
        let target = [Some(place.id), place.next, place.previous]
            .into_iter()
            .flatten()
            .find(|id| drawn(*id));
        if let Some(id) = target {
            ctx.memory_mut(|m| m.request_focus(id));
            ui::a11y::follow_focus(ctx);
            ctx.request_repaint();
        }
    }

    /// A status message ("Opgeslagen: …", "De e-mail staat op het klembord.") is told to a
    /// screen reader once, when it appears.
    pub(super) fn tell_notice(&mut self, ctx: &egui::Context) {
        if self.notice != self.notice_told {
            if let Some(notice) = &self.notice {
                ui::a11y::announce(ctx, notice.clone());
            }
            self.notice_told.clone_from(&self.notice);
        }
    }

    pub(super) fn keep_focus(&mut self, ctx: &egui::Context, dialog_before: bool) {
        let focused = ctx.memory(egui::Memory::focused);
        self.keyboard.locked = None;
        if let Some(id) = focused
            && keeps_arrows(ctx, id)
        {
            ctx.memory_mut(|m| m.set_focus_lock_filter(id, ui::choice::KEEP_ARROWS));
            // egui takes the filter only from a control that had the focus in the last frame
            // as well; a control that got it in this one is locked a frame later.
            if ctx.memory(|m| m.had_focus_last_frame(id)) {
                self.keyboard.locked = Some(id);
            }
        } else if let Some(id) = focused
            && on_page(ctx, id)
        {
            ctx.memory_mut(|m| m.set_focus_lock_filter(id, egui::EventFilter::default()));
        }
        if self.dialog.is_some() && !dialog_before {
            self.keyboard.before_dialog = self.keyboard.seen;
        } else if dialog_before && self.dialog.is_none() {
            // One more frame for egui to drop the dialog's layer (see `restore_focus`).
            ctx.request_repaint();
        }
        self.keyboard.seen = ctx.memory(egui::Memory::focused);
        // Where the focus would go if its control disappeared; a click forgets it (the user
        // chose where the focus is, or that there is none).
        if ctx.input(|i| i.pointer.any_pressed()) {
            self.keyboard.place = None;
        } else if let Some(id) = self.keyboard.seen
            && let Some(place) = FocusPlace::of(ctx, id)
        {
            self.keyboard.place = Some(place);
            if place.on_page {
                self.keyboard.page = Some(place);
            }
        }
    }

    /// The status line: progress and Vorige/Volgende, a lasting notice when recovery copies
    /// cannot be kept where they should, and the last short message.
    pub(super) fn status_panel_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        out: &mut Vec<Command>,
    ) {
        Panel::bottom("status")
            .frame(ui::theme::panel_frame(ui.style()))
            .show(ui, |ui| {
                ui.add_space(4.0);
                if !matches!(
                    self.screen,
                    Screen::Start | Screen::Compare | Screen::RegionalBrief
                ) {
                    let derived = self.derived();
                    let progress = (derived.total, derived.missing);
                    nav::bottom_ui(ui, lang, self.q, progress, self.screen, out);
                }
                if let Some(problem) = &self.autosave.problem {
                    // Lasting, and as plain as an error: the work is less safe than the user thinks.
                    // Short, and itself the link to the whole story (no dialog of its own, which
                    // would take keys typed into a field).
                    let text =
                        egui::RichText::new(problem.short(lang)).color(ui.visuals().error_fg_color);
                    if ui.add(egui::Link::new(text)).clicked() {
                        self.dialog = Some(Dialog::Message {
                            title: trs!(lang, "app-recovery-copies-cannot-be-kept").into(),
                            body: problem.message(lang),
                        });
                    }
                }
                if self.doc.path.is_none() && self.doc.origin == super::Origin::Example {
                    // Lasting: the example is never saved over, and its copy not until named.
                    ui.label(
                        egui::RichText::new(trs!(lang, "app-example-status"))
                            .color(ui.visuals().warn_fg_color),
                    );
                } else if let Some(notice) = &self.notice {
                    ui.label(egui::RichText::new(notice).small().weak());
                }
                ui.add_space(2.0);
            });
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.doc.dirty && !self.close_confirmed
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            if self.dialog.is_none() {
                self.dialog = Some(Dialog::Unsaved {
                    then: Pending::Quit,
                });
            }
        }
    }
}

/// The focused control with its neighbours in the Tab order of its layer (the order egui
/// drew them), for `App::recover_focus`.
#[derive(Clone, Copy, Debug)]
pub(super) struct FocusPlace {
    id: egui::Id,
    next: Option<egui::Id>,
    previous: Option<egui::Id>,
    /// On the page (the background layer), not in a menu or popup.
    on_page: bool,
}

impl FocusPlace {
    /// The place of `id` among the focusable controls drawn in this frame, if it was drawn.
    fn of(ctx: &egui::Context, id: egui::Id) -> Option<Self> {
        ctx.viewport(|v| {
            let widgets = &v.this_pass.widgets;
            let layer = widgets.get(id)?.layer_id;
            // Each frame: one pass, a widget drawn twice counted once.
            let mut seen = egui::IdSet::default();
            let order: Vec<egui::Id> = widgets
                .get_layer(layer)
                .filter(|w| w.sense.is_focusable() && w.enabled && seen.insert(w.id))
                .map(|w| w.id)
                .collect();
            let at = order.iter().position(|x| *x == id)?;
            Some(Self {
                id,
                next: order.get(at + 1).copied(),
                previous: at.checked_sub(1).and_then(|i| order.get(i).copied()),
                on_page: layer.order == egui::Order::Background,
            })
        })
    }
}

/// How long the officer has not typed, clicked, changed or resized anything before the
/// documents are laid out unseen: longer than a pause between keys, short enough to be done
/// before the next screen is chosen.
const PREPARE_AFTER: Duration = Duration::from_millis(250);

/// The screens whose documents are laid out ahead: those drawn by `ui::a11y::Reader` beside the
/// list of sections (the needs profile, the brief's preview, the verslag).
const PREPARED_SCREENS: [Screen; 3] = [Screen::Needs, Screen::Brief, Screen::Report];

/// Whether the officer typed, clicked or scrolled in this frame.
fn busy(ctx: &egui::Context) -> bool {
    ctx.input(|i| {
        i.events.iter().any(|e| {
            matches!(
                e,
                egui::Event::Key { .. }
                    | egui::Event::Text(_)
                    | egui::Event::Paste(_)
                    | egui::Event::PointerButton { .. }
                    | egui::Event::MouseWheel { .. }
            )
        })
    })
}

/// What the documents were laid out for, and when the officer last did something.
#[derive(Default)]
pub(super) struct Prepared {
    done: Option<PreparedKey>,
    revision_seen: u64,
    last_activity: f64,
    /// How often the documents were laid out ahead since the officer last did something.
    runs_since_activity: u8,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct PreparedKey {
    kept: u64,
    revision: u64,
    width: u32,
    pixels_per_point: u32,
    dark: bool,
    lang: Lang,
    brief_lang: Lang,
    brief_email: bool,
}

/// Whether the control `id` keeps the arrow keys for itself: every control on the page, but
/// not while a menu is open (there ↑ and ↓ move through its items, egui's own arrow
/// navigation, also from the menu bar's button that opened it).
fn keeps_arrows(ctx: &egui::Context, id: egui::Id) -> bool {
    on_page(ctx, id) && !egui::Popup::is_any_open(ctx)
}

/// Whether the control `id` is on the page (or the menu bar), not in a dialog or a menu.
fn on_page(ctx: &egui::Context, id: egui::Id) -> bool {
    ctx.read_response(id)
        .is_some_and(|r| r.layer_id.order == egui::Order::Background)
}

fn is_arrow(key: Key) -> bool {
    matches!(
        key,
        Key::ArrowUp | Key::ArrowDown | Key::ArrowLeft | Key::ArrowRight
    )
}

#[cfg(test)]
mod tests {
    use super::on_screen;
    use egui::{Rect, pos2, vec2};

    #[test]
    fn a_window_half_off_the_screen_comes_back_and_one_on_it_stays() {
        let monitor = vec2(1280.0, 900.0);
        let window = |x: f32, y: f32| Rect::from_min_size(pos2(x, y), vec2(1100.0, 760.0));
        // The case: 130 of 1100 points visible.
        assert_eq!(
            on_screen(window(1150.0, 40.0), monitor),
            Some(pos2(180.0, 40.0))
        );
        // Above and left of the screen.
        assert_eq!(
            on_screen(window(-500.0, -30.0), monitor),
            Some(pos2(0.0, 0.0))
        );
        // Wholly on it: stays.
        assert_eq!(on_screen(window(100.0, 50.0), monitor), None);
        // Wholly beyond it, maybe on a second monitor: stays.
        assert_eq!(on_screen(window(1500.0, 40.0), monitor), None);
        // Larger than the screen: its corner on the screen's.
        let big = Rect::from_min_size(pos2(300.0, 300.0), vec2(1600.0, 1000.0));
        assert_eq!(on_screen(big, monitor), Some(pos2(0.0, 0.0)));
        // No monitor known: nothing.
        assert_eq!(on_screen(window(1150.0, 40.0), vec2(0.0, 0.0)), None);
    }
}
