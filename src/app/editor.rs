//! The built-in text editor for the long texts of a dossier.

use ratatui_textarea::{TextArea, WrapMode};

use crate::domain::text;

/// Which text of the dossier is being edited: one of its long texts.
pub use crate::domain::{AccountText, TextPart as TextTarget};

pub struct Editor {
    pub target: TextTarget,
    pub area: TextArea<'static>,
    original: String,
    /// Esc was pressed with changes: the next key answers "throw them away?".
    pub confirming_discard: bool,
    /// The revision of the text the editing started from (None: a text
    /// from outside the dossier, saved over whatever is stored).
    pub base: Option<i64>,
}

impl Editor {
    pub fn new(target: TextTarget, text: &str) -> Self {
        let lines = if text.is_empty() { vec![String::new()] } else { text.lines().map(String::from).collect() };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_placeholder_text(crate::l10n::text("editor-placeholder"));
        Editor { target, area, original: text.to_string(), confirming_discard: false, base: None }
    }

    pub fn text(&self) -> String {
        let joined = self.area.lines().join("\n");
        text::clean_multiline(joined.trim_end())
    }

    pub fn is_changed(&self) -> bool {
        self.text() != text::clean_multiline(self.original.trim_end())
    }

    /// Puts a kept draft into the editor; it stays unsaved until Ctrl-S.
    pub fn restore(&mut self, text: &str) {
        let original = std::mem::take(&mut self.original);
        *self = Editor::new(self.target, text);
        self.original = original;
    }

    pub fn paste(&mut self, pasted: &str) {
        self.area.insert_str(text::clean_multiline(pasted));
    }
}

/// A request for the runtime: suspend the screen and run `$VISUAL`/`$EDITOR`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalEdit {
    pub target: TextTarget,
    pub text: String,
    /// The revision of the text the editing started from.
    pub base: i64,
}
