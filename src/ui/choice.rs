//! Answer controls with the keyboard habits of a desktop program: a radio group is one Tab stop
//! and the arrow keys move the choice inside it (the WAI-ARIA radio pattern); a group of
//! checkboxes is one Tab stop too, the arrow keys move between its boxes and Space ticks one
//! (a roving Tab stop: the box last visited). Arrow keys never leave the question, so they can
//! never change another question's answer.

use egui::epaint::CircleShape;
use egui::{Atom, EventFilter, IdSalt, Key, Response, Sense, Ui, WidgetAtom, WidgetInfo};

/// Arrow keys stay with the focused control: egui would otherwise move the focus to whatever
/// lies in that direction, another question included. The app sets it on whatever has the
/// focus on the page (`App::keep_focus`); the groups below read the arrows themselves.
pub const KEEP_ARROWS: EventFilter = EventFilter {
    tab: false,
    horizontal_arrows: true,
    vertical_arrows: true,
    escape: false,
};

/// How a control reacts to a click: a checkbox flips its value, a radio button leaves that to
/// its group.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnClick {
    Flip,
    Report,
}

/// An icon left of a text, as egui's radio button and checkbox are laid out; a Tab stop only
/// when `tab_stop`. Announced as `role`, `checked` or not; `paint_icon` draws the icon in its
/// rectangles (small, big) with the control's current look and value.
fn control(
    ui: &mut Ui,
    (id, role, text): (egui::Id, egui::accesskit::Role, &str),
    (checked, on_click): (&mut bool, OnClick),
    tab_stop: bool,
    paint_icon: impl FnOnce(&egui::Painter, (egui::Rect, egui::Rect), &egui::style::WidgetVisuals, bool),
) -> Response {
    let spacing = ui.spacing();
    let icon_width = spacing.icon_width;
    let mut min_size = egui::Vec2::splat(spacing.interact_size.y);
    min_size.y = min_size.y.max(icon_width);
    let mut icon_size = egui::Vec2::splat(icon_width);
    icon_size.y = icon_size.y.max(min_size.y);
    let icon = IdSalt::new("choice_icon");
    let mut atoms = egui::Atoms::new(text);
    atoms.push_left(Atom::custom(icon, icon_size));
    let sense = if tab_stop {
        Sense::click()
    } else {
        Sense::CLICK
    };
    let mut prepared = WidgetAtom::new(atoms)
        .id(id)
        .sense(sense)
        .min_size(min_size)
        .allocate(ui);
    if on_click == OnClick::Flip && prepared.response.clicked() {
        *checked = !*checked;
        prepared.response.mark_changed();
    }
    let on = *checked;
    prepared
        .response
        .widget_info(|| WidgetInfo::selected(role, ui.is_enabled(), on, text));
    if !ui.is_rect_visible(prepared.response.rect) {
        return prepared.response;
    }
    let visuals = *ui.style().interact(&prepared.response);
    prepared.fallback_text_color = visuals.text_color();
    let painted = prepared.paint(ui);
    if let Some(rect) = painted.rect(icon) {
        paint_icon(
            ui.painter(),
            ui.spacing().icon_rectangles(rect),
            &visuals,
            on,
        );
    }
    painted.response
}

/// A radio button that is a Tab stop only when `tab_stop`: egui's own, with that one change.
pub fn radio_ui(ui: &mut Ui, id: egui::Id, checked: bool, text: &str, tab_stop: bool) -> Response {
    let role = egui::accesskit::Role::RadioButton;
    let mut checked = checked;
    let state = (&mut checked, OnClick::Report);
    control(
        ui,
        (id, role, text),
        state,
        tab_stop,
        |paint, (small, big), visuals, checked| {
            paint.add(CircleShape {
                center: big.center(),
                radius: big.width() * 0.5 + visuals.expansion,
                fill: visuals.bg_fill,
                stroke: visuals.bg_stroke,
            });
            if checked {
                paint.add(CircleShape {
                    center: small.center(),
                    radius: small.width() / 3.0,
                    fill: visuals.fg_stroke.color,
                    stroke: egui::Stroke::NONE,
                });
            }
        },
    )
}

/// A checkbox that is a Tab stop only when `tab_stop`; it flips `checked` when clicked or
/// when Space or Enter is pressed on it.
pub fn checkbox(
    ui: &mut Ui,
    id: egui::Id,
    checked: &mut bool,
    text: &str,
    tab_stop: bool,
) -> Response {
    let role = egui::accesskit::Role::CheckBox;
    let state = (checked, OnClick::Flip);
    control(
        ui,
        (id, role, text),
        state,
        tab_stop,
        |paint, (small, big), visuals, on| {
            paint.add(egui::epaint::RectShape::new(
                big.expand(visuals.expansion),
                visuals.corner_radius,
                visuals.bg_fill,
                visuals.bg_stroke,
                egui::StrokeKind::Inside,
            ));
            if on {
                paint.add(egui::Shape::line(
                    vec![
                        egui::pos2(small.left(), small.center().y),
                        egui::pos2(small.center().x, small.bottom()),
                        egui::pos2(small.right(), small.top()),
                    ],
                    visuals.fg_stroke,
                ));
            }
        },
    )
}

/// Which box of a checkbox group is its Tab stop: the one last visited, at first the first.
pub fn checkbox_stop(ui: &Ui, group: egui::Id) -> usize {
    ui.data(|d| d.get_temp::<usize>(group)).unwrap_or(0)
}

/// Which way an arrow key moves, if one was pressed: -1 back, +1 on.
fn arrow_step(ui: &Ui) -> Option<isize> {
    ui.input(|i| {
        if i.modifiers.any() {
            None
        } else if i.key_pressed(Key::ArrowDown) || i.key_pressed(Key::ArrowRight) {
            Some(1)
        } else if i.key_pressed(Key::ArrowUp) || i.key_pressed(Key::ArrowLeft) {
            Some(-1)
        } else {
            None
        }
    })
}

/// After a radio group is drawn: with the focus on one of its `buttons`, an arrow key chooses
/// the next or previous option (round the end, as the platforms do) and moves the focus there.
/// Returns the index of the newly chosen option.
pub fn radio_group_keys(ui: &Ui, buttons: &[Response]) -> Option<usize> {
    let focused = buttons.iter().position(Response::has_focus)?;
    let step = arrow_step(ui)?;
    let n = buttons.len() as isize;
    let next = (focused as isize + step).rem_euclid(n) as usize;
    ui.memory_mut(|m| m.request_focus(buttons[next].id));
    Some(next)
}

/// After a radio group's choice is settled for this frame (a click, Space or an arrow key):
/// each button's checked state in the accessibility tree follows `chosen`. The buttons were
/// described before the choice changed; without this the focus would reach the new option one
/// frame before its checked state, and a screen reader would say "not selected".
pub fn settle_radio_states(ui: &Ui, buttons: &[Response], chosen: Option<usize>) {
    use egui::accesskit::Toggled;
    for (index, button) in buttons.iter().enumerate() {
        let state = if Some(index) == chosen {
            Toggled::True
        } else {
            Toggled::False
        };
        ui.ctx()
            .accesskit_node_builder(button.id, |node| node.set_toggled(state));
    }
}

/// After a group of checkboxes is drawn: with the focus on one of them, an arrow key moves the
/// focus to the next or previous box, and stops at the ends. The box with the focus (or last
/// clicked) becomes the group's Tab stop.
pub fn checkbox_group_keys(ui: &Ui, group: egui::Id, boxes: &[Response]) {
    if let Some(clicked) = boxes.iter().position(Response::clicked) {
        ui.data_mut(|d| d.insert_temp(group, clicked));
    }
    let Some(focused) = boxes.iter().position(Response::has_focus) else {
        return;
    };
    let mut stop = focused;
    if let Some(step) = arrow_step(ui) {
        stop = (focused as isize + step).clamp(0, boxes.len() as isize - 1) as usize;
        ui.memory_mut(|m| m.request_focus(boxes[stop].id));
    }
    ui.data_mut(|d| d.insert_temp(group, stop));
}
