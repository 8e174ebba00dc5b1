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
