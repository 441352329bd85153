//! What a screen reader needs beyond a name: headings with their level, the required state and
//! the description (help, errors, notices) of an input, and named dialogs. egui's widgets give
//! the name; these helpers add the rest to the AccessKit node.

use egui::accesskit::{Invalid, Role};
use egui::{Response, RichText, Ui};

/// A heading that a screen reader lists as one, with its level (1 for the screen's title).
pub fn heading_ui(ui: &mut Ui, text: impl Into<RichText>, level: usize) -> Response {
    let text: RichText = text.into();
    let text = if level == 1 {
        text.heading()
    } else {
        text.size(19.0).strong()
    };
    let response = ui.label(text);
    mark_heading(ui, &response, level);
    response
}

/// The key of the request that the next screen title take the focus.
fn landing_key() -> egui::Id {
    egui::Id::unique("behoeftewijzer.a11y.land_on_title")
}

/// Asks the screen drawn next to put the keyboard focus on its title (`screen_title_ui`), so a
/// screen reader says where the user is now. Called when the screen changes.
pub fn land_on_title(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(landing_key(), true));
}

/// A screen's level-1 heading that can hold the keyboard focus (one Tab stop, before the
/// screen's controls): it takes the focus when the screen opens, and is spoken as a heading.
pub fn screen_title_ui(ui: &mut Ui, text: impl Into<RichText>) -> Response {
    let text: RichText = text.into();
    // An id of its own per title: the title of the next screen is a new node that takes the
    // focus (which a screen reader announces), not the old node renamed (which it reads as a
    // bare name change).
    let salt = ("screen_title", text.text().to_owned());
    let response = ui
        .push_id(salt, |ui| {
            ui.add(egui::Label::new(text.heading()).sense(egui::Sense::focusable_noninteractive()))
        })
        .inner;
    mark_heading(ui, &response, 1);
    // A screen laid out unseen (`App::prepare_documents`) leaves the landing to the real one.
    let land =
        ui.is_visible() && ui.data_mut(|d| d.remove_temp::<bool>(landing_key()).unwrap_or(false));
    if land {
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::TOP));
    }
    response
}

/// A list with bullets: a list for a screen reader ("list with 3 items"), each item named by
/// its words without the bullet. `style` makes each item's text (small, weak, …).
pub fn bullet_list_ui<I, S>(ui: &mut Ui, items: I, style: impl Fn(RichText) -> RichText)
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let items: Vec<S> = items.into_iter().collect();
    list_ui(ui, &items, style, |ui, text| {
        ui.add(egui::Label::new(text).wrap())
    });
}

/// The list itself: a list node, and each item drawn by `draw` (a label, or a reader's block)
/// with its bullet, then named by its words.
fn list_ui<S: AsRef<str>>(
    ui: &mut Ui,
    items: &[S],
    style: impl Fn(RichText) -> RichText,
    mut draw: impl FnMut(&mut Ui, RichText) -> Response,
) {
    let count = items.len();
    ui.scope_builder(
        egui::UiBuilder::new().accessibility_role(Role::List),
        |ui| {
            for (index, item) in items.iter().enumerate() {
                let words = item.as_ref();
                let shown = draw(ui, style(RichText::new(format!("• {words}"))));
                mark_list_item(ui, &shown, words, (index, count));
            }
        },
    );
}

/// Makes a shown label item `index` of `count` of the list around it, named by `words` (the
/// item without its bullet or number).
pub fn mark_list_item(ui: &Ui, shown: &Response, words: &str, (index, count): (usize, usize)) {
    ui.ctx().accesskit_node_builder(shown.id, |node| {
        node.set_role(Role::ListItem);
        node.set_label(words);
        node.clear_value();
        node.set_position_in_set(index + 1);
        node.set_size_of_set(count);
    });
}

/// Makes an existing label a heading of `level`.
pub fn mark_heading(ui: &Ui, response: &Response, level: usize) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        // egui gives a plain text its words as the value; a heading is named by them.
        if node.label().is_none()
            && let Some(text) = node.value().map(str::to_owned)
        {
            node.set_label(text);
        }
        node.set_role(Role::Heading);
        node.set_level(level);
    });
}

/// What an input says beyond its name: required or not, and its description (help, a
/// validation error, a notice), read after the name.
#[derive(Clone, Default)]
pub struct Described<'a> {
    pub required: bool,
    pub help: Option<&'a str>,
    pub error: Option<&'a str>,
    pub notices: Vec<String>,
}

impl Described<'_> {
    /// Writes this onto an option of a choice question (a radio button or checkbox): as on the
    /// group, and with "Verplicht." first in the description when the question is required,
    /// since a screen reader says "required" for a text field but not for an option.
    pub fn apply_to_option(&self, ui: &Ui, id: egui::Id, lang: crate::lang::Lang) {
        self.apply(ui, id);
        if self.required {
            let word = trs!(lang, "a11y-required");
            ui.ctx().accesskit_node_builder(id, |node| {
                let description = match node.description() {
                    Some(rest) => format!("{word} {rest}"),
                    None => word.to_owned(),
                };
                node.set_description(description);
            });
        }
    }

    /// Writes this onto the node of `id` (an input, or the group of a choice question).
    pub fn apply(&self, ui: &Ui, id: egui::Id) {
        let mut parts: Vec<&str> = Vec::new();
        parts.extend(self.error);
        parts.extend(self.help);
        parts.extend(self.notices.iter().map(String::as_str));
        let description = parts.join(" ");
        ui.ctx().accesskit_node_builder(id, |node| {
            if self.required {
                node.set_required();
            }
            if !description.is_empty() {
                node.set_description(description);
            }
            if self.error.is_some() {
                node.set_invalid(Invalid::True);
            }
        });
    }
}

/// The dialog's node: role, modal, and named by its title (the heading `title`).
pub fn name_dialog(ctx: &egui::Context, id: egui::Id, title: Option<egui::Id>) {
    ctx.accesskit_node_builder(id, |node| {
        node.set_role(Role::Dialog);
        node.set_modal();
        if let Some(title) = title {
            node.set_labelled_by(vec![title.accesskit_id()]);
        }
    });
}

/// The window's node: named after the window's title.
pub fn name_window(ctx: &egui::Context, title: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(title));
}

/// What was just done, for a screen reader ("Afspraak 2 verwijderd.", "Opgeslagen: …"), with
/// the control it was told on.
#[derive(Clone)]
struct Announcement {
    text: String,
    /// The control whose description carries it, once it has one.
    on: Option<egui::Id>,
    /// The user has moved on: the old control keeps the message one frame longer, so its
    /// description does not change back while a screen reader still has it as the focus (Orca
    /// would read the old help again).
    leaving: bool,
    /// When it was made (egui's input time, seconds): only a move of the focus right after
    /// the action takes it along.
    made: f64,
}

/// How long after an action the focus may move with its announcement (the app moving it to
/// the control put back, a frame or two later). A later move is the user's, also when the
/// key that caused it was handled a frame before the focus moved (F10 to the menu bar, which
/// read "Opgeslagen" again on every menu item).
const ALONG_SECONDS: f64 = 0.5;

fn announcement_key() -> egui::Id {
    egui::Id::unique("behoeftewijzer.a11y.announcement")
}

/// Says `text` to a screen reader (issue 32): it goes before the description of the control
/// that has the keyboard focus at the end of the frame (or of the next frame with a focus; a
/// frame after the focus came to that control, and not while a closed dialog gives the focus
/// back), and stays there until the focus moves on. Orca 43 speaks a description change of the
/// focused control (when a control gets the focus it reads the description of some, not of a
/// label), so the message is heard both when the focus stays and when an action moves it. The
/// status line is a live region too, for screen readers that follow those (NVDA and JAWS on
/// Windows).
pub fn announce(ctx: &egui::Context, text: impl Into<String>) {
    let announcement = Announcement {
        text: text.into(),
        on: None,
        leaving: false,
        made: ctx.input(|i| i.time),
    };
    ctx.data_mut(|d| d.insert_temp(announcement_key(), announcement));
}

/// The announcement waiting or being told, if any (for tests and the status line).
pub fn announcement(ctx: &egui::Context) -> Option<String> {
    ctx.data(|d| d.get_temp::<Announcement>(announcement_key()))
        .map(|a| a.text)
}

fn hold_key() -> egui::Id {
    egui::Id::unique("behoeftewijzer.a11y.hold")
}

/// The focus is on its way to another control (a dialog closed, and the focus goes back where
/// it was once the dialog's layer is gone): an announcement waits for it in this frame rather
/// than go on the dialog's control, which a screen reader may drop with the dialog before it
/// speaks.
pub fn hold_announcement(ctx: &egui::Context) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| d.insert_temp(hold_key(), pass));
}

/// The focus was moved for the user (a control that was removed): the announcement goes with
/// it to the control that has the focus now.
pub fn follow_focus(ctx: &egui::Context) {
    let key = announcement_key();
    if let Some(mut a) = ctx.data(|d| d.get_temp::<Announcement>(key)) {
        a.on = None;
        ctx.data_mut(|d| d.insert_temp(key, a));
    }
}

/// At the end of a frame: the announcement is put on the focused control, or dropped once the
/// user has moved the focus to another control.
pub fn deliver_announcement(ctx: &egui::Context) {
    let key = announcement_key();
    let Some(mut a) = ctx.data(|d| d.get_temp::<Announcement>(key)) else {
        return;
    };
    if a.leaving {
        ctx.data_mut(|d| d.remove::<Announcement>(key));
        return;
    }
    // Held while the focus goes back from a dialog: a frame or two, and never longer than a
    // move that takes the announcement along (so it cannot wait, and repaint, for ever).
    let held = ctx.data(|d| d.get_temp::<u64>(hold_key())) == Some(ctx.cumulative_pass_nr());
    if held && ctx.input(|i| i.time - a.made) <= ALONG_SECONDS {
        ctx.request_repaint();
        return;
    }
    let Some(focused) = ctx.memory(egui::Memory::focused) else {
        return;
    };
    // The user moved the focus on (a key or a click in this frame, or any move a while after
    // the action): told, and done, after one more frame on the old control. Moved by the app
    // (to the control put back, or the one after a removed one): it goes along.
    if let Some(on) = a.on
        && on != focused
    {
        let by_user = ctx.input(|i| {
            i.time - a.made > ALONG_SECONDS
                || i.events.iter().any(|e| {
                    matches!(
                        e,
                        egui::Event::Key { pressed: true, .. }
                            | egui::Event::PointerButton { pressed: true, .. }
                    )
                })
        });
        if by_user {
            describe_with(ctx, on, &a.text);
            a.leaving = true;
            ctx.data_mut(|d| d.insert_temp(key, a));
            ctx.request_repaint();
            return;
        }
    }
    // The focus came to this control in this frame: the message waits a frame, so it reaches
    // the screen reader as a change of the focused control's description, which Orca speaks
    // whatever the control is. Put on with the focus, Orca read a label's name and role and
    // not its description (CI, 7 December: "Opgeslagen" after Save as went unheard when the
    // focus came back from the dialog to a block of the preview).
    if a.on != Some(focused) && !ctx.memory(|m| m.had_focus_last_frame(focused)) {
        ctx.request_repaint();
        return;
    }
    let told = describe_with(ctx, focused, &a.text);
    if told && a.on != Some(focused) {
        a.on = Some(focused);
        ctx.data_mut(|d| d.insert_temp(key, a));
    }
}

/// Puts `text` before the description of the control `id` in this frame; whether it is there.
fn describe_with(ctx: &egui::Context, id: egui::Id, text: &str) -> bool {
    ctx.accesskit_node_builder(id, |node| {
        let described = match node.description() {
            Some(old) if !old.is_empty() && !old.starts_with(text) => format!("{text} {old}"),
            Some(old) if !old.is_empty() => old.to_owned(),
            _ => text.to_owned(),
        };
        node.set_description(described);
    })
    .is_some()
}

/// A message under a field (a check, a notice), drawn as `text`: brought into view when it
/// first appears while the field has the keyboard focus (issue 32: the check of "250" in
/// *Aantal deelnemers* appeared below the window, read by a screen reader but not seen).
pub fn field_message_ui(
    ui: &mut Ui,
    field: Option<&Response>,
    text: impl Into<RichText>,
) -> Response {
    let text: RichText = text.into();
    let key = field.map(|f| f.id.with(("message", text.text().to_owned())));
    let shown = ui.label(text);
    if let (Some(field), Some(key)) = (field, key)
        && field.has_focus()
        && !ui.data(|d| d.get_temp::<bool>(key).unwrap_or(false))
    {
        shown.scroll_to_me(None);
        ui.data_mut(|d| d.insert_temp(key, true));
    }
    shown
}

/// A read-only document a keyboard user walks block by block (issue 32: the previews and the
/// needs profile were labels without a Tab stop, so Tab jumped past them). The document is one
/// Tab stop, the block last read (at first the first); ↑ and ↓ move to the block before or
/// after, Home and End to the first and last. Each block is a node a screen reader reads when
/// it gets the focus (a heading as a heading, a list item as a list item).
pub struct Reader {
    id: egui::Id,
    stop: usize,
    /// An arrow key moved the stop last frame: it takes the focus when drawn, now that it can
    /// (a block takes the focus only as the stop; asked before, a screen reader would meet a
    /// focus on a node that was not focusable yet, and say nothing).
    pending: bool,
    blocks: Vec<Response>,
    /// Every block is drawn as a widget, out of view or not: a screen reader reads the window
    /// (AccessKit is on) and walks the whole document ([`LeaveOut`]).
    every_block: bool,
}

fn leave_out_key() -> egui::Id {
    egui::Id::unique("behoeftewijzer.reader.leave_out")
}

/// When a document's blocks out of view are left out (only their space kept, from their kept
/// layout): while no screen reader reads the window, unless a test says otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeaveOut {
    /// While AccessKit is off (no screen reader walks the document's nodes).
    #[default]
    WithoutReader,
    /// Never: every block is drawn as a widget (a test compares the two ways).
    Never,
    /// Also while AccessKit is on (a test, whose window always has AccessKit on, checks what
    /// is drawn and where the focus goes when blocks are left out).
    Always,
}

/// Sets when blocks out of view are left out ([`LeaveOut`]).
pub fn set_leave_out(ctx: &egui::Context, when: LeaveOut) {
    ctx.data_mut(|d| d.insert_temp(leave_out_key(), when));
}

impl Reader {
    pub fn new(ui: &Ui, id: egui::Id) -> Self {
        // A document laid out unseen (`App::prepare_documents`) moves no focus.
        let (stop, pending) = ui
            .data(|d| d.get_temp::<(usize, bool)>(id))
            .filter(|_| ui.is_visible())
            .unwrap_or((0, false));
        let every_block = match ui.data(|d| d.get_temp::<LeaveOut>(leave_out_key())) {
            // Every `Ui` is a node once AccessKit is on: asking for its node says whether it is.
            None | Some(LeaveOut::WithoutReader) => ui
                .ctx()
                .accesskit_node_builder(ui.unique_id(), |_| ())
                .is_some(),
            Some(LeaveOut::Never) => true,
            Some(LeaveOut::Always) => false,
        };
        Self {
            id,
            stop,
            pending,
            blocks: Vec::new(),
            every_block,
        }
    }

    /// Whether the next block, of height `height`, may be left out, only its space kept: out
    /// of view, not the Tab stop (which takes the focus and is where a visit starts), no screen
    /// reader reading the window, and placed one below the other (where its place is known
    /// before it is drawn). A visit to the needs profile drew about 300 blocks as widgets,
    /// of which about 15 are in view (issue 35: a screen switch within 1.5 frames).
    fn may_leave_out(&self, ui: &Ui, height: f32) -> bool {
        let layout = ui.layout();
        if self.every_block
            || self.blocks.len() == self.stop
            || layout.main_dir() != egui::Direction::TopDown
            || layout.main_wrap()
        {
            return false;
        }
        let band = egui::Rect::from_x_y_ranges(
            ui.max_rect().x_range(),
            ui.cursor().top()..=ui.cursor().top() + height,
        );
        !ui.is_rect_visible(band)
    }

    /// Adds a drawn block; the stop takes the focus if an arrow key moved it there.
    fn push(&mut self, block: &Response) {
        if self.pending && self.blocks.len() == self.stop {
            block.request_focus();
            block.scroll_to_me(None);
            self.pending = false;
        }
        self.blocks.push(block.clone());
    }

    /// How the next block senses: the Tab stop takes the focus, the others only the pointer.
    fn sense(&self) -> egui::Sense {
        if self.blocks.len() == self.stop {
            egui::Sense::focusable_noninteractive()
        } else {
            egui::Sense::hover()
        }
    }

    /// A block of text, wrapped; returns it for marking (a heading, a list item).
    pub fn label(&mut self, ui: &mut Ui, text: impl Into<egui::WidgetText>) -> Response {
        // Laid out once and kept between visits (`text_cache`).
        let laid = super::text_cache::laid_out(ui, text);
        if let Ok(galley) = &laid
            && self.may_leave_out(ui, galley.size().y)
        {
            // The space a label of this text takes (egui's label allocates its galley's size).
            let (_, space) = ui.allocate_exact_size(galley.size(), egui::Sense::hover());
            self.push(&space);
            return space;
        }
        let words = match &laid {
            Ok(galley) => galley.text().to_owned(),
            Err(text) => text.text().to_owned(),
        };
        let sense = self.sense();
        // The stop senses the focus, and egui would draw it in a control's colour (greyer
        // than text): it keeps the colour of the text around it.
        let shown = ui
            .scope(|ui| {
                let text_colour = ui.visuals().text_color();
                let widgets = &mut ui.visuals_mut().widgets;
                for state in [
                    &mut widgets.inactive,
                    &mut widgets.hovered,
                    &mut widgets.active,
                ] {
                    state.fg_stroke.color = text_colour;
                }
                ui.add(super::text_cache::label_of(laid).sense(sense))
            })
            .inner;
        // Named by its words, as every block is (a label's text is otherwise only its value,
        // which not every screen reader reads on focus).
        ui.ctx()
            .accesskit_node_builder(shown.id, |node| node.set_label(words));
        self.push(&shown);
        shown
    }

    /// A block drawn by the caller (a table row, a bar), named `words` for a screen reader.
    pub fn region(&mut self, ui: &mut Ui, words: &str, add: impl FnOnce(&mut Ui)) -> Response {
        let sense = self.sense();
        let shown = ui.scope(add).response;
        let block = ui.interact(shown.rect, shown.id.with("block"), sense);
        let words = words.to_owned();
        ui.ctx().accesskit_node_builder(block.id, |node| {
            node.set_role(Role::Label);
            // A label's name on the Linux desktop is its value.
            node.set_value(words.clone());
            node.set_label(words);
        });
        self.push(&block);
        block
    }

    /// A list with bullets, each item a block.
    pub fn bullets<S: AsRef<str>>(
        &mut self,
        ui: &mut Ui,
        items: &[S],
        style: impl Fn(RichText) -> RichText,
    ) {
        list_ui(ui, items, style, |ui, text| self.label(ui, text));
    }

    /// After the document: the arrow keys move the focus from block to block, and the block
    /// with the focus becomes the Tab stop.
    pub fn finish(self, ui: &Ui) {
        if !ui.is_visible() {
            return;
        }
        let Some(focused) = self.blocks.iter().position(Response::has_focus) else {
            // The document changed under the stop (a shorter one): back to its start.
            let stop = if self.stop >= self.blocks.len() {
                0
            } else {
                self.stop
            };
            ui.data_mut(|d| d.insert_temp(self.id, (stop, self.pending)));
            return;
        };
        let last = self.blocks.len() - 1;
        let next = ui.input(|i| {
            if i.modifiers.any() {
                None
            } else if i.key_pressed(egui::Key::ArrowDown) {
                Some((focused + 1).min(last))
            } else if i.key_pressed(egui::Key::ArrowUp) {
                Some(focused.saturating_sub(1))
            } else if i.key_pressed(egui::Key::Home) {
                Some(0)
            } else if i.key_pressed(egui::Key::End) {
                Some(last)
            } else {
                None
            }
        });
        let stop = next.unwrap_or(focused);
        let pending = stop != focused;
        if pending {
            ui.ctx().request_repaint();
        }
        ui.data_mut(|d| d.insert_temp(self.id, (stop, pending)));
    }
}
