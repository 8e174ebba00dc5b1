# The workbench outside the dossier and the forms: the portfolio, the
# agenda, search, welcome, the status line, questions and small boxes.

## Status line and breadcrumb
crumb-welcome = Welcome
crumb-portfolio = Portfolio
crumb-agenda = Agenda
status-keys = keys
status-counts = { $overdue } overdue · { $due } due
status-drafts-waiting = { $count ->
        [one] { $count } draft waiting
       *[other] { $count } drafts waiting
    }
screen-too-small = keyplan needs a window of at least { $width }×{ $height }.

## Welcome
welcome-title = Welcome to keyplan
welcome-what = Your key accounts, their relationship plans, the people who decide and every contact, in one place.
welcome-add = Press { $key } to add your first key account.
welcome-keys = Press { $help } for the keys, { $quit } to quit.
welcome-demo = To look around a sample portfolio first, quit and run:
welcome-demo-file = It opens in a throw-away file; this database stays as it is.

## Portfolio
portfolio-title = Key accounts ({ $count }) · { $order }
portfolio-order-share = by share of sales
portfolio-order-urgency = most overdue first
portfolio-filter-count = { $shown } of { $total }
portfolio-empty = No accounts yet: press a to add one.
portfolio-no-match = No account matches “{ $filter }”. Esc clears the filter.
portfolio-column-late = Late
portfolio-column-account = Account
portfolio-column-type = Type
portfolio-column-level = Level
portfolio-column-status = Status
portfolio-column-share = Share
portfolio-column-last = Last
portfolio-column-next = Next due
# After the days an account is late: "!9d".
portfolio-days = d

## Agenda
agenda-title = Agenda · { $counts } · { $upcoming } upcoming
agenda-title-checking = Agenda · checking…
agenda-nothing-slipping = Nothing is slipping: every relationship is within its contact standard, no follow-up is late, no milestone has passed.
agenda-checking = The background check is running…
agenda-group-today = Today
agenda-group-this-week = This week
agenda-group-later = Later
agenda-days-late = { $days }d late
agenda-in-days = in { $days }d
agenda-today = today
agenda-done = Done: { $subject }
agenda-x-hint = x marks a late follow-up or a passed milestone done; log a touchpoint with l

## Search
search-title = Find
search-hint = Type to find words in names, plans, people, competitors and the log.
search-nothing = Nothing found.
search-first = The first { $count }
search-found = { $count } found
search-keys = ↑↓ pick · Enter open · Esc close
status-search-nothing-to-open = Nothing to open: type a word that is written somewhere

## Boxes that ask
popup-sure = Are you sure?
popup-yes-no = { $yes } yes    { $no } no
popup-go-ahead-cancel = { $enter } go ahead    { $esc } cancel
popup-new-item-title = Add to the implementation
popup-new-objective = { $key } an annual objective
popup-new-milestone = { $key } a milestone (review point)
popup-cancel = { $key } cancel
popup-draft-title = A draft is waiting
popup-draft-keys = { $from }: { $restore } restore · { $discard } discard
popup-draft-later = { $key } decide later
ask-discard-form = Throw away what you typed in this form?
ask-discard-text = Throw away your changes to this text?
ask-quit = Quit and throw away what is not saved?
ask-delete = Delete { $what }? (u takes it back)
ask-purge = Purge «{ $name }» and its whole dossier? This cannot be undone (a backup copy of the database is written first). To keep the memory, set its status to lost or former instead. Type the account's name to purge it:
ask-carry = Carry into { $next }? Copies the { $year } objectives with the year { $next } and moves the open milestones due in { $year } one year on (u takes it back)

## Drafts
draft-from = A draft from { $when }
draft-from-machine = A draft from { $when } on { $machine }
draft-record-gone = The { $kind ->
        [account] account
        [objective] objective
        [milestone] milestone
        [person] person
        [competitor] competitor
        [touchpoint] touchpoint
       *[other] { $kind }
    } this draft was typed for has been deleted since; r puts its text here.
status-draft-restored = Draft restored: Ctrl-S saves it, Esc throws it away
status-draft-discarded = Draft thrown away
status-draft-later = The draft stays; it is offered again next time
status-draft-not-kept = The draft could not be kept: { $reason }
status-draft-not-removed = The draft could not be removed: { $reason }
status-drafts-not-read = Drafts could not be read: { $reason }

## Editor, conflict and history
editor-keys = Ctrl-S save · Esc cancel
editor-placeholder = Start typing. Ctrl-S saves, Esc cancels.
conflict-title = { $what } was changed elsewhere
conflict-keys = m keep mine · t keep theirs · e merge in the editor · Esc back
conflict-keys-short = m mine · t theirs · e merge · Esc back
conflict-theirs = Stored now
conflict-mine = Yours (not saved)
history-title = { $what }: saved versions, newest first
history-keys = Enter against now · r restore · Esc close
history-column-saved = Saved
history-column-machine = Machine
history-column-words = Words
history-restored = restored
history-saved = saved
history-version-title = { $what }: the version of { $when } ({ $machine }) against now
history-version-keys = r restore this version · Esc back to the versions
history-then = Then, { $when }
history-now = Now

## Status messages
status-created = Created { $name }
status-saved-name = Saved { $name }
status-objective-saved = Objective saved
status-milestone-saved = Milestone saved
status-competitor-saved = Saved competitor { $name }
status-snoozed = Snoozed until { $date }
status-touchpoint-logged = Touchpoint of { $date } logged
status-text-saved = { $what } saved
status-fix-fields = Not saved: fix the fields marked in red
status-not-saved = Not saved: { $reason }
status-not-saved-gone = Not saved: { $reason } (deleted elsewhere). What you typed is still here: Esc closes
status-editor-failed = The editor did not finish cleanly: nothing was changed
status-no-change = No change
status-milestone-done = Milestone done
status-milestone-reopened = Milestone reopened
status-follow-up-done = Follow-up done
status-follow-up-reopened = Follow-up reopened
status-x-hint = x marks a milestone (5) or a touchpoint's next step (7) done
status-deleted = Deleted (u takes it back)
status-not-deleted-gone = Not deleted: it was already deleted elsewhere
status-not-deleted-changed = Not deleted: it was changed elsewhere since you asked; look at it again first
status-not-purged = Not purged: the backup copy could not be written ({ $reason })
status-purged = Account purged; the database as it was is kept in { $path }
status-cancelled = Cancelled
status-changes-discarded = Changes thrown away
status-still-unsaved = Still unsaved: Ctrl-S saves (and shows the conflict again)
status-check-failed = Background check: { $reason }
status-backup-failed = The daily backup was not written because { $reason }; your data is untouched and the next try is tomorrow.
status-sorted-rank = Sorted by rank (share of sales)
status-sorted-urgency = Sorted most overdue first
status-no-account-selected = No account is selected
status-edit-externally-hint = E edits a text: the charter, situation, strategy or an Overview text
status-delete-hint = Select an item of a list to delete it
status-nothing-to-edit = Nothing to edit here yet: n adds an item
status-item-gone = That item is gone: it was deleted elsewhere
status-new-item-hint = n adds to a list: Implementation (5), People (6), Log (7), Competitors (8)
status-prompt-mismatch = Nothing was done: what was typed is not what was asked
status-nothing-to-undo = Nothing to undo in this session
status-nothing-to-redo = Nothing to redo
status-undone = Undone (U does it again)
status-redone = Done again (u takes it back)
status-changed-since = it was changed elsewhere since
status-deleted-since = it was deleted elsewhere since
status-cannot-undo = Cannot undo: { $reason }
status-cannot-redo = Cannot redo: { $reason }
status-review-hint = R records a review of the plan: on Implementation (5)
status-review-recorded = Review of the plan recorded for { $date } (u takes it back)
status-not-recorded = Not recorded: { $reason }
status-carry-hint = C carries the plan into next year: on Implementation (5)
status-carried = Carried into { $next }: { $objectives ->
        [one] { $objectives } objective copied
       *[other] { $objectives } objectives copied
    }, { $milestones ->
        [one] { $milestones } open milestone
       *[other] { $milestones } open milestones
    } moved (u takes it back)
status-not-carried = Not carried: { $reason }
status-history-hint = h shows the versions of a text: Charter (2), Situation (3), Strategy (4) or an Overview text
status-nothing-to-restore = That version is the text as it is now: nothing to restore
status-restored = { $what }: the version of { $when } is back, as a new version (u takes it back)
status-not-restored-changed = Not restored: { $what } was changed elsewhere meanwhile; h shows it again
status-not-restored = Not restored: { $reason }
status-conflict = Not saved: { $what } was changed elsewhere
status-kept-theirs = Kept the stored { $what }
status-merge-text = Both versions are in the editor: keep what you want, Ctrl-S saves
status-merge-form = Your form again: its save now replaces the stored version
