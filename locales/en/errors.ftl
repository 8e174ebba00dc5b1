# What can go wrong with the database file (src/store/error.rs): one
# sentence each. $path is the file's path, $reason the system's own words.

err-missing = { $path } does not exist
err-not-keyplan = { $path } is not a keyplan database
err-foreign = { $path } is a SQLite database of another program, not a keyplan database
err-too-new = { $path } was written by a newer keyplan (schema { $found }, this one knows { $known })
err-too-old = { $path } has schema { $found } but this keyplan needs { $known }; open it once with keyplan to upgrade it
err-unreadable = { $path } cannot be read ({ $reason })
err-read-only = { $path } is read-only, so keyplan cannot save to it (check its permissions)
err-read-only-directory = { $path } is in a directory keyplan cannot write ({ $dir }), so it can be read but not changed
err-empty = { $path } is empty, not a keyplan database; a command that only reads never sets one up
err-damaged = { $path } is damaged ({ $reason }): the latest backups are in { $backups } (and { $name }.before-v…bak copies beside it); put one back with `keyplan restore PATH`
err-cannot-create = { $path } cannot be created ({ $reason })
err-backup = could not write the backup { $path } ({ $reason })
err-permissions = could not set the permissions of { $path } ({ $reason })
err-duplicate-name = there is already an open account named "{ $name }"
err-not-found = { $what } does not exist
err-conflict = { $what } was changed elsewhere since you opened it (revision { $theirs }, yours started from { $mine }): nothing was overwritten
err-migration = could not upgrade the database ({ $reason })
err-sqlite = database error ({ $reason })

## The records a sentence names by their number: "account 7 does not exist".

err-record-account = account
err-record-objective = objective
err-record-milestone = milestone
err-record-person = person
err-record-competitor = competitor
err-record-touchpoint = touchpoint
err-record-change = change

## Values the store refuses.

err-account-needs-name = an account needs a name
err-contact-every-too-small = the contact frequency must be at least one day
err-milestone-needs-title = a milestone needs a title
err-competitor-needs-name = a competitor needs a name
err-person-needs-name = a person needs a name
err-reports-to-self = a person cannot report to themselves
err-reports-to-other-account = a person can only report to someone at the same account
err-reports-in-circle = that would make people report to each other in a circle
err-influence-range = influence is 1 to 5, not { $influence }

## Backups and restoring.

err-backup-is-database = { $path } is the database itself, not a backup of it
err-backup-damaged = { $path } is damaged ({ $reason }), so it is not restored
err-busy = { $path } stayed busy for { $seconds } seconds; try again when no other keyplan is saving
err-backup-name-not-utf8 = { $path } cannot be backed up because its name is not valid UTF-8

## Taking a change back.

err-undo-no-version = change { $change } keeps no version to go back to
err-undo-foreign = change { $change } was kept by another keyplan and cannot be undone
err-undo-new-account = a new account is taken back by purging it (D)

## Refusals of the store a person can meet

err-follow-up-other-account = touchpoint { $id } is a contact of another account
err-follow-up-no-step = touchpoint { $id } promised no next step
err-follow-up-closed = the next step of touchpoint { $id } is already closed (on { $date })
err-follow-up-later = the next step of touchpoint { $id } was promised on { $promised }, after this contact ({ $date })
err-header-ends-inside = it ends inside its header
err-header-cut-off = cut off: it is shorter than its header says
err-header-altered-at = its header is altered at byte { $at }
err-header-altered-start = its header is altered in its first bytes
err-file-exists = a file of that name exists; keyplan never overwrites one
err-file-appeared = a file of that name appeared meanwhile
err-file-in-the-way = a file of that name is in the way
err-snooze-no-versions = a snooze has no versions
err-wal-unreadable = its latest changes are in its -wal file, which keyplan can read only where it may create the -shm file beside it; copy both files to a directory you can write ({ $directory } cannot be written)
err-is-directory = it is a directory
err-person-not-of-account = person { $person } is not one of the account's people, so cannot take part in its contact
err-dossier-person-twice = "{ $whose }" refers to person { $person }, but two people of the dossier have that id
err-dossier-person-unknown = "{ $whose }" refers to person { $person }, who is not among the dossier's people
err-cadence-ideal-zero = ideal_days must be at least 1
err-cadence-max-below-ideal = max_days must not be less than ideal_days
