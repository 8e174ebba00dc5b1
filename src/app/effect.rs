//! What `update` asks of the runtime: the things only the runtime can do,
//! because it owns the terminal, the timers and the background check.

use super::editor::ExternalEdit;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Something was written (a save, or a draft kept or removed): the
    /// background check looks again now, knowing the write was ours, so a
    /// draft never makes the screens reload as if another process wrote.
    Saved,
    /// Suspend the screen and run `$VISUAL`/`$EDITOR` on this text; the
    /// result comes back as [`super::Action::ExternalEditDone`].
    EditExternally(ExternalEdit),
    /// What is typed changed: keep it as a draft after a pause in typing
    /// (the runtime's timer then sends [`super::Action::KeepDraft`]).
    WriteDraft,
    /// Ctrl-Z: give the terminal back to the shell until `fg`.
    Suspend,
}
