# Messages of the shell commands.

shell-lang-unknown = keyplan speaks en, uk, ru and ka, not "{ $found }"

## The help of `keyplan` and of every command (src/cli/help.rs): `cli-about`,
## `cli-COMMAND-about`, `cli-COMMAND-after` (the examples: the commands
## themselves stay as they are), `cli-COMMAND-arg-ARGUMENT`.

cli-about = A terminal workbench for key account managers.
cli-after =
    Examples:
      keyplan --demo            explore a sample portfolio (a throw-away file)
      keyplan                   open your own portfolio
      keyplan --db work.db      open another database file
cli-arg-db = The database file [default: keyplan.db in the platform data directory]
cli-arg-today = The date keyplan believes it is (2026-12-31 or 31.12.2026), for every screen and command
cli-arg-lang = The interface language: en, uk, ru or ka [default: settings.toml, then LC_ALL, LC_MESSAGES, LANG]
cli-arg-demo = Open a freshly made sample portfolio in a throw-away file; your own database is not touched

cli-exit-codes = Exit codes:
cli-exit-0 = success
cli-exit-1 = `check --exit-code` found something overdue, or `people --email` found no one (never used otherwise)
cli-exit-2 = a mistake to fix: usage (the workbench without a terminal too), an unknown account, a refused file or value, a conflict with another change
cli-exit-3 = the database is damaged or cannot be read, or keyplan itself failed

cli-demo-about = Fill an empty database with the sample portfolio
cli-demo-after =
    Examples:
      keyplan demo --db /tmp/sample.db && keyplan --db /tmp/sample.db
      keyplan demo --db /tmp/big.db --accounts 10000 --touchpoints 1000000   the reference size of the benchmarks
cli-demo-arg-accounts = Instead of the sample, generate a synthetic portfolio of this many accounts
cli-demo-arg-touchpoints = Touchpoints in all for the synthetic portfolio [default: 100 per account]
cli-demo-arg-seed = Seed of the synthetic portfolio: the same seed gives the same portfolio

cli-check-about = List what is slipping: overdue touchpoints, late follow-ups, passed milestones, round dates ahead
cli-check-after =
    Examples:
      keyplan check                      one line per alert
      keyplan check --format json        for scripts
      keyplan check --exit-code || echo 'something is overdue'
cli-check-arg-format = How to print the alerts: text, one line each, or JSON for scripts
cli-check-arg-exit-code = Exit with status 1 when any alert is overdue, 0 otherwise
cli-check-arg-within = Announce birthdays and anniversaries this many days ahead [default: from the settings, 14]

cli-show-about = Print one dossier (or one section of it) as text fitted to the terminal, Markdown or JSON
cli-show-after =
    Examples:
      keyplan show acme                         the whole dossier
      keyplan show укрм --section people        who decides, and how to reach them
      ssh host keyplan show acme                from a phone before the meeting
      keyplan show acme --format md > acme.md   a handover document
      keyplan show 12 --format json | jq '.touchpoints[0]'
cli-show-arg-account = The account: its id, its name, the start of its name, or a few of its letters
cli-show-arg-format = How to print the dossier
cli-show-arg-section = Only one section: overview, charter, situation, strategy, implementation, people, log or competitors
cli-show-arg-log = How many of the newest touchpoints to show, or `all` [default: 20 as text, all as md or json]
cli-show-arg-since-review = Only what changed in the plan since its last review (texts word by word, items added, changed, removed)
cli-show-arg-since = Only what changed in the plan since a day (2026-12-31, 31.12, -2w, yesterday...)
cli-show-format-text = Plain text, fitted to the terminal's width
cli-show-format-md = Markdown: a handover document
cli-show-format-json = JSON: the dossier with database ids, for scripts

cli-history-about = Print an account's history: every change, newest first, when, on which machine and what changed
cli-history-after =
    Examples:
      keyplan history acme                       every change, newest first (#N: its number for `keyplan revert`)
      keyplan history acme --section charter     every version of the charter, word by word
      keyplan history acme --format json         for scripts (times in UTC)
      keyplan show acme --since-review           what changed in the plan since its last review
cli-history-arg-account = The account: its id, its name, the start of its name, or a few of its letters
cli-history-arg-section = Only one section: overview, charter, situation, strategy, implementation, people, log or competitors
cli-history-arg-format = How to print the history: text, or JSON for scripts

cli-export-about = Write the whole portfolio as JSON, Markdown, CSV or an iCalendar of follow-ups and milestones
cli-export-after =
    Examples:
      keyplan export --output portfolio.json        everything, to import on another machine
      keyplan export --format md --output handover.md
      keyplan export --format csv > portfolio.csv    for a spreadsheet
      keyplan export --format ics --output ~/public/keyplan.ics   for a calendar to subscribe to
cli-export-arg-format = What to write [default: from the output file's extension (.json, .md, .csv, .ics), else json]
cli-export-arg-output = Write to this file (private, 0600, replaced atomically) instead of standard output
cli-export-format-json = Every field of every account, versioned; `keyplan import` reads it back
cli-export-format-md = One handover document per account, in one file
cli-export-format-csv = The portfolio table, one row per account
cli-export-format-ics = Open follow-ups and milestones as all-day events, for a calendar to subscribe to

cli-import-about = Read accounts and people from a keyplan JSON export, a CSV file or vCards; all or nothing
cli-import-after =
    Nothing is ever deleted or overwritten: an import adds what is missing and
    fills what is empty, all in one transaction; a file with any error changes
    nothing and the error names its line. Importing a file twice adds nothing:
      accounts    match by name (open with open, lost/former with lost/former)
      objectives  by year and product      milestones  by title and due date
      people      by their UID (keyplan's own vCards), a shared e-mail, else by name (new e-mails and phones are added)
      competitors by name                  touchpoints by date and summary
    A matched account keeps its name, type, levels and status.

    Examples:
      keyplan import portfolio.json --dry-run     what would change
      keyplan import portfolio.json               a portfolio from `keyplan export`
      keyplan import accounts.csv                 columns like name, industry, city, employees, revenue
      keyplan import contacts.vcf --account acme  people from a phone or a mail program
      keyplan import people.csv --account acme    columns like name, job title, e-mail, phone, birthday
cli-import-arg-file = The file to read
cli-import-arg-format = The file's format [default: from its extension: .json, .csv, .vcf or .vcard]
cli-import-arg-dry-run = Show what would be added, merged or skipped, and change nothing
cli-import-arg-account = The account that the people of a vCard or CSV file belong to
cli-import-format-json = A portfolio written by `keyplan export`
cli-import-format-csv = Accounts with a header row, or people of one account with --account
cli-import-format-vcf = vCard 2.1, 3.0 or 4.0 people, into the account given by --account

cli-list-about = The portfolio: every account ranked by annual sales, as a table, JSON or CSV
cli-list-after =
    Examples:
      keyplan list                               ranked by annual sales
      keyplan list --status at_risk              the accounts at risk
      keyplan list --format json | jq -r '.[].name'
      keyplan list --format csv > portfolio.csv
cli-list-arg-format = How to print the portfolio
cli-list-arg-status = Only the accounts with this status: active, prospect, at_risk, lost or former
cli-list-format-text = A table, fitted to the terminal's width (plain when piped)
cli-list-format-json = An array of objects, for scripts
cli-list-format-csv = One row per account with a header row, for spreadsheets

cli-log-about = Log a touchpoint with an account in one line; prints what it stored
cli-log-after =
    Examples:
      keyplan log acme -s 'Call about the renewal'
      keyplan log 'київ' -s 'Зустріч щодо поставки' --channel meeting --with олена --with андрій
      keyplan log 12 -s 'Tender lost' --date yesterday --outcome deal_lost --reason 'price 8% higher'
      keyplan log acme -s 'Demo' --next-step 'Send the offer' --due +3d
      keyplan log acme -s 'Offer sent' --channel email --follows-up 'Send the offer'

    Dates: 2026-12-31, 31.12.2026, 31.12.26, 31.12, today, yesterday, tomorrow, +3d, -2w, +1m, +1y;
    in any language too: вчора, вчера, გუშინ, +3д, -2т, -2н, +1м, +3დ, -2კ, +1თ.
cli-log-arg-account = The account: its id, its name, or the start of its name or of one of its words (a few letters in order are offered as guesses, never taken)
cli-log-arg-summary = What happened, in a line
cli-log-arg-channel = meeting, call, email, message, visit or other [default: the channel of the account's last touchpoint, else of the last one logged]
cli-log-arg-with = Someone of the account who took part: a name or its beginning. Repeat for several people
cli-log-arg-date = The day of the contact: 2026-12-31, 31.12.2026, 31.12, yesterday, -3d [default: today]
cli-log-arg-time = The time of the contact, HH:MM
cli-log-arg-outcome = positive, neutral, negative, refusal, deal_won or deal_lost
cli-log-arg-reason = Why we won, lost or were refused
cli-log-arg-next-step = The next step we promised
cli-log-arg-due = When the next step is due: 2026-12-31, 31.12 (the next one), tomorrow, +3d, +2w, +1m
cli-log-arg-follows-up = An open next step of the account this contact fulfils, which it closes: the id of the touchpoint that promised it, its text, or the start of its text. Repeat for several

cli-done-about = Mark a promised follow-up or a plan milestone of an account done
cli-done-after =
    Examples:
      keyplan done acme                               lists what is open
      keyplan done acme --follow-up 'Send the offer'
      keyplan done acme --follow-up 57 --date yesterday
      keyplan done acme --milestone 'Q1 review'

    A later contact that fulfils a promise is logged with `keyplan log ACCOUNT ... --follows-up ID-OR-TEXT`.
cli-done-arg-account = The account: its id, its name, or the start of its name or of one of its words
cli-done-arg-follow-up = An open follow-up (a next step with a due date): the id of the touchpoint that promised it, its text, or the start of its text
cli-done-arg-milestone = The milestone: its id, its title, or the start of its title
cli-done-arg-date = The day it was done: 2026-12-31, 31.12.2026, 31.12, yesterday, -3d [default: today]

cli-revert-about = Take back one change kept in the history (#N of `keyplan history`): a deleted record comes back
cli-revert-after =
    Examples:
      keyplan history acme --section people   find the deletion: 2026-11-20 14:02  laptop  #812  person «Anna» deleted
      keyplan revert 812                      Anna is back, with the contacts she still can be in
cli-revert-arg-change = The change's number, the #N that `keyplan history ACCOUNT` shows

cli-backup-about = Write a copy of the database (while it may be in use); prints its path
cli-backup-after =
    Examples:
      keyplan backup                     a copy in backups/ beside the database; prints its path
      keyplan backup ~/keyplan-copy.db   a copy there (never over an existing file)
      keyplan backup /mnt/usb/           a copy in that directory

    The workbench also makes one a day by itself (see settings.toml). `keyplan restore PATH` puts one back.
cli-backup-arg-path = Where to write the copy: a new file, or a directory to put it in [default: backups/ beside the database]

cli-restore-about = Put a backup back as the database, after writing a copy of the current file
cli-restore-after =
    Examples:
      keyplan restore ~/.local/share/keyplan/backups/keyplan-daily-2026-12-01.db
      keyplan --db work.db restore work-copy.db

    The database as it was is first copied into backups/ (the path is printed). A backup written by a newer keyplan, a file that is not a keyplan database or a damaged one is refused, and nothing changes.
cli-restore-arg-path = The backup to put back: a copy written by `keyplan backup`, a routine one from backups/, or one written before an upgrade

cli-search-about = Find words anywhere in every dossier and log: best matches first, with the text around them
cli-search-after =
    Examples:
      keyplan search поставки       every place the word (or a longer one) is written
      keyplan search олена коваль   both words, anywhere in one entry
      keyplan search tender -n 5    the five best
      keyplan search -- -5%         a query that begins with a hyphen follows --
      keyplan search 'ціна' --format json | jq -r '.[] | "\(.account): \(.snippet)"'

    Text output marks each match [like this]. JSON gives account_id, account, kind (account,
    charter, situation, strategy, objective, milestone, person, competitor, touchpoint),
    item_id, date, snippet (plain text) and matches ([start, end) character positions in it).
cli-search-arg-query = The words to find, in any case and script; each is the beginning of a word (`постав` finds `поставки`), and a result holds every one of them
cli-search-arg-format = How to print the results: text, or JSON for scripts
cli-search-arg-limit = At most this many results

cli-people-about = The people at the customers, of one account or of all: a table, JSON, CSV or vCards for an address book
cli-people-after =
    Examples:
      keyplan people acme                           the people of one account
      keyplan people --format vcf > contacts.vcf    everyone, for khard or a phone (vCard 4.0)
      keyplan people --vcard 3.0 > contacts.vcf     vCard 3.0 for older phones
      keyplan people --email olena                  address lines for a mail program
    Each card's UID is the person's global id: exported again, from any machine, it
    stays the same, and `keyplan import contacts.vcf --account acme` adds nothing twice.
    With --email, the first line says how many matched, then one
    `address<TAB>name<TAB>account` line per address (mutt: set query_command =
    "keyplan people --email %s"); nothing found exits with status 1.
cli-people-arg-account = Only this account's people (its id, name, or the start of the name)
cli-people-arg-format = How to print the people [default: text; vcf with --vcard]
cli-people-arg-vcard = The vCard version to write: 4.0, or 3.0 for older phones [default: 4.0]
cli-people-arg-email = Address lines for a mail program: people whose name, e-mail or account holds QUERY, in any case
cli-people-format-text = A table, fitted to the terminal's width (plain when piped)
cli-people-format-json = An array of objects, for scripts
cli-people-format-csv = One row per person with a header row, for spreadsheets
cli-people-format-vcf = vCards, one per person, for khard, a phone or a mail program

cli-completions-about = Print the shell's completion for bash, zsh, fish, elvish or powershell: each Tab asks keyplan, so it offers your accounts and every option's values
cli-completions-after =
    Examples:
      source <(keyplan completions bash)      in ~/.bashrc (or save it as ~/.local/share/bash-completion/completions/keyplan)
      source <(keyplan completions zsh)       in ~/.zshrc, after compinit
      keyplan completions fish > ~/.config/fish/completions/keyplan.fish
    The accounts come from the database the command line names (--db, KEYPLAN_DB or the default).
cli-completions-arg-shell = bash, zsh, fish, elvish or powershell

cli-man-about = Print the manual page (roff), generated from these definitions
cli-man-after =
    Examples:
      keyplan man | man -l -
      keyplan man > ~/.local/share/man/man1/keyplan.1

## keyplan check: the severity of each alert line (a column as wide as the
## longest of the three).

shell-check-overdue = overdue
shell-check-due = due
shell-check-upcoming = upcoming

## Messages of the commands. Typed text ($wanted, $found) is shown as typed,
## control characters made visible.

shell-upgraded = upgraded { $path }; the previous version is kept in { $backup }
shell-too-old-read-only = { $path } was written by an older keyplan (schema { $found }; this one reads { $known }) and cannot be upgraded where it is, since keyplan cannot write there: copy it to a directory you can write and open it there
shell-no-home = no home directory was found: say where the database is with --db PATH
shell-account-unknown = no account matches "{ $wanted }": `keyplan list` shows them all
shell-account-guesses =
    no account is called "{ $wanted }" or begins so; did you mean one of these? Say it by its id or the beginning of its name:
    { $accounts }
shell-account-ambiguous =
    "{ $wanted }" matches { $count } accounts; say which one by its id or more of its name:
    { $accounts }
shell-section-unknown = there is no section "{ $found }": choose { $names }
shell-show-older = … and { $count } older touchpoints: --log all shows them
shell-show-log-limit = --log takes a number of touchpoints or "all", not "{ $found }"

## keyplan log and keyplan done.

shell-choose-one-of = choose one of { $keys }
shell-due = due { $date }
shell-log-summary-empty = --summary is empty: say in a line what happened
shell-log-time-invalid = --time: '{ $found }' is not a time: use HH:MM
shell-log-no-people = it has no people yet
shell-log-its-people = its people: { $people }
shell-log-next-step-empty = --next-step is empty: say what the next step is
shell-log-saved = Logged touchpoint { $touchpoint } with { $name } (account { $account }):
shell-log-with = with { $people }
shell-log-outcome = Outcome
shell-log-reason = Reason
shell-log-next-step = Next step
shell-log-follows-up = Follows up: { $step } — closed on { $date }
shell-done-after-today = { $date } is after today ({ $today }): mark it done once it is
shell-done-follow-up = Done on { $date }: follow-up { $step } of { $name }
shell-done-milestone = Done on { $date }: milestone { $title } (due { $due }) of { $name }
shell-done-none-open = { $account } has none open
shell-done-say-which =
    say which by its id:
    { $listed }
# $what is milestone or follow-up; $found is none (nothing matches) or many.
shell-done-not-one = { $found ->
        [none] no { $what ->
            [milestone] milestone
           *[other] open follow-up
        } of { $account } is "{ $wanted }" or begins so; { $choices }
       *[many] "{ $wanted }" begins more than one { $what ->
            [milestone] milestone
           *[other] open follow-up
        } of { $account }; { $choices }
    }
shell-done-nothing-open = { $account } has no open follow-up or milestone
shell-done-say-what = say what is done with --follow-up ID or --milestone ID; open for { $account }:
shell-done-follow-ups = follow-ups
shell-done-milestones = milestones

## export, import, backup, restore, revert, demo, list, search.

shell-cannot-write = could not write { $path } ({ $reason })
shell-cannot-read = could not read { $path } ({ $reason })
shell-import-file-changed = { $path } changed while it was imported: nothing was imported; import it again
shell-no-such-file = no such file
shell-permission-denied = permission denied
shell-export-into-database = { $path } is the database itself: write the export to another file
shell-export-wrote = Wrote { $count } { $count ->
        [one] account
       *[other] accounts
    } to { $path }.
shell-import-account-with-json = --account is for the people of a vCard or CSV file; a JSON export names its accounts
shell-import-needs-account = { $path } holds people: say which account they belong to with --account ACCOUNT
shell-import-format-unknown = cannot tell the format of { $path } from its name: say --format json, csv or vcf
shell-import-dry-run = Dry run, nothing changed: { $summary }.
shell-import-done = Imported { $path }: { $summary }.
shell-import-left-out = Left out: { $columns }.
shell-import-refused = { $path }: { $reason }; nothing was imported
shell-restored = Restored { $database } from { $backup }
shell-restore-kept = The database as it was is kept in { $path }
shell-reverted = Taken back: { $what } (#{ $change })
shell-revert-conflict = #{ $change } ({ $what }) was not taken back: the record has changed since; `keyplan history` shows how
shell-demo-not-empty = { $path } already holds { $count } accounts: a demo portfolio only goes into an empty database
shell-demo-filled = Filled { $path } with the sample portfolio: { $count } accounts.
shell-demo-open = Open it with: keyplan --db { $path }
shell-demo-generated = Generated { $count } accounts and { $touchpoints } touchpoints (seed { $seed }) in { $path } in { $seconds } s.
shell-workbench-upgraded = Upgraded the database; the previous version is kept in { $backup }
shell-workbench-sample = Sample portfolio (a throw-away copy)
shell-workbench-needs-terminal = the workbench needs a terminal (standard input and output on a terminal, TERM not dumb); without one, use the commands list, show, log, check, search, export and report (keyplan --help lists them all)
shell-workbench-no-directory = the directory { $path } does not exist: create it first, or give --db a file in a directory that exists
shell-terminal-error = terminal error: { $reason }
shell-search-nothing = nothing found for "{ $query }"
shell-list-empty = no accounts
shell-list-none-with-status = no accounts are { $status }

## keyplan history and show --since-review / --since.

shell-history-no-review = the plan of { $name } has no review yet: mark a review milestone done, or press R on Implementation; --since DATE shows the changes since a day
shell-since-review = since the review of { $date }
shell-since-day = since { $date }
shell-history-empty = { $name }: no changes kept yet
shell-history-heading = History of { $name }, newest first
shell-since-nothing = { $name }: nothing changed in the plan { $since }
shell-since-heading = { $name }: what changed in the plan { $since }

## settings.toml: what is wrong with it (src/settings.rs). $found is the
## value found there, $name the setting's own name.

shell-settings-no-config-directory = No config directory was found (is HOME set?); using the built-in settings.
shell-settings-cannot-create = Could not create { $path }: { $reason }; using the built-in settings.
shell-settings-cannot-read = Could not read { $path }: { $reason }; using the built-in settings.
shell-settings-line = { $file } line { $line }: { $message }.
shell-settings-not-toml = { $reason }; the whole file is ignored and the built-in settings are used
shell-settings-unknown = unknown setting `{ $name }` is ignored
shell-settings-number = { $name } must be a whole number from { $min } to { $max }, not { $found }; the default is used
shell-settings-boolean = { $name } must be true or false, not { $found }; the default is used
shell-settings-language = language must be one of "en", "uk", "ru", "ka", not { $found }; the environment's is used
shell-settings-date-format = date_format must be "local" or "iso", not { $found }; the default is used
shell-settings-currency-invalid = currency must be three letters of an ISO 4217 code such as "UAH", not { $found }; amounts are shown without one
shell-settings-backups-table = backups must be a table ([backups] with routine, daily, weekly); the defaults are used
shell-settings-cadence-table = cadence must be a table such as [cadence.breadwinner]; the defaults are used
shell-settings-unknown-type = unknown key-client type `cadence.{ $name }` is ignored (the types are breadwinner, prospect, image_maker, expert)
shell-settings-cadence-not-table = { $name } must be a table with ideal_days and max_days; the default { $default } is used
shell-settings-cadence-problem = { $name } { $cadence }: { $problem }; the default { $default } is used

## The settings.toml written on first use: comments explain each setting
## (every comment line begins with #); the settings themselves stay as they are.

shell-settings-template =
    # keyplan settings.
    # Lines starting with # are comments. Delete a setting to go back to its
    # built-in default. A mistake is reported when keyplan starts: a wrong
    # value keeps its default, and a file that is not valid TOML is ignored.

    # The interface language: "en", "uk", "ru" or "ka". Without it, the
    # language comes from LC_ALL, LC_MESSAGES or LANG (English for others);
    # `keyplan --lang uk` overrides both for one run.
    # language = "uk"

    # Dates as the language writes them (31.12.2026 in uk, ru and ka) with
    # "local", or 2026-12-31 in every language with "iso".
    date_format = "local"

    # The currency written after amounts (annual sales, expected profit): an
    # ISO 4217 code such as "UAH", "GEL", "KZT" or "EUR". Without it, amounts
    # are shown alone.
    # currency = "UAH"

    # CSV files (export, list, report, sales list) for spreadsheet programs:
    # a byte order mark, semicolons between cells and CRLF line ends, as
    # `--excel` writes them. Cells that begin like a formula are always
    # written with a ' before them.
    csv_excel = { $excel }

    # How often the background check runs while the workbench is open, in
    # seconds. It also runs at start, after every save, and when another
    # program changes the database. From 1 to { $max_interval }.
    check_interval_secs = { $interval }

    # How many days ahead birthdays and round anniversaries of the cooperation
    # are announced (0 = only on the day itself). From 0 to { $max_within }.
    within_days = { $within }

    # Scrolling a table by one row sends one row to the terminal (quick over
    # a slow SSH link) by using the terminal's scroll regions. Set to false if
    # rows ever show out of place while scrolling.
    scroll_regions = { $scroll }

    # The mouse, where the terminal sends it: the wheel (a phone's touch
    # scrolling) scrolls, a click selects a row, a double click opens it.
    # Set to false to leave the mouse to the terminal, to select text with it.
    mouse = { $mouse }

    # Once a day, when the workbench opens, a copy of the database is written
    # into backups/ beside it (keyplan-daily-YYYY-MM-DD.db; the first copy of
    # each week is kept longer as keyplan-weekly-YYYY-MM-DD.db). Only the newest
    # `daily` (1 to { $max_daily }) and `weekly` (0 to { $max_weekly }) copies are kept. Set routine
    # to false to make none; a purge and `keyplan restore` still write theirs.
    {"["}backups]
    routine = { $routine }
    daily = { $daily }
    weekly = { $weekly }

    # Contact standards: days between touchpoints, per key-client type.
    # Past ideal_days an account is due for a touchpoint; past max_days it is
    # overdue. An account's own "contact every N days" overrides these
    # (ideal N, maximum N + N/2 rounded up). Lost and former accounts have none.
shell-settings-breadwinner = brings 10% or more of profit, a long-term partner.
shell-settings-prospect = new, with a budget, maybe won from a competitor.
shell-settings-image-maker = a famous name, a leader of its industry or region.
shell-settings-expert = demanding, knows the market, pushes our quality up.
cli-man-one-of = One of: { $values }.
cli-man-env-db = The database file, as --db gives it (--db wins).
cli-man-env-today = The date keyplan believes it is, as --today gives it, for every screen and command.
cli-man-env-editor = The editor that E opens a text in (VISUAL first), with its arguments (VISUAL="code --wait"); vi without either.
cli-man-env-no-color = Set and not empty: no colour in what the commands print.
cli-man-env-lang = The interface language when neither --lang nor settings.toml chooses it, first set wins (uk_UA.UTF-8, ru_RU, ka_GE; any other locale: English).
cli-man-env-data-home = Where the database lives [default: ~/.local/share].
cli-man-env-config-home = Where settings.toml lives [default: ~/.config].
cli-man-file-database = The database (private, 0600, with its -wal and -shm files), unless --db or KEYPLAN_DB choose another; an upgrade first keeps a copy beside it ({ $file }.before-vN-….bak). On macOS in ~/Library/Application Support/keyplan/.
cli-man-file-settings = The settings: contact standards, the check, backups, the analysis, the language and the date format; written with comments on first use.
cli-man-file-backups = Beside the database: the daily and weekly copies, the copies before a purge or a restore, and those of keyplan backup (private, 0700).

## show --since-review: a record of the plan ($kind: objective, milestone...).

shell-since-added = { $kind } «{ $label }» added
shell-since-removed = { $kind } «{ $label }» removed
shell-since-changed = { $kind } «{ $label }» changed: { $fields }

## keyplan list: the headers of the table.

shell-list-id = ID
shell-list-account = Account
shell-list-type = Type
shell-list-level = Level
shell-list-status = Status
shell-list-last-contact = Last contact
shell-list-next-due = Next due
shell-list-sales = Sales

shell-import-people-need-account = people need an account

shell-people-empty = no people
shell-people-vcard-needs-vcf = --vcard chooses the version of vCards: it goes with --format vcf only
shell-people-name = Name
shell-people-title = Title
shell-people-role = Role
shell-people-email = E-mail
shell-people-phone = Phone
shell-people-birthday = Birthday
shell-people-query-found = keyplan: { $count ->
        [one] { $count } match
       *[other] { $count } matches
    }
shell-people-query-none = keyplan: no address matches “{ $query }”

## Long work: progress, Ctrl-C; export by extension; CSV for spreadsheets
shell-export-wrote-events = Wrote { $count } { $count ->
        [one] event
       *[other] events
    } to { $path }.
shell-export-format-contradicts = --format { $format } contradicts the name { $path }, which says { $named }: give one of them, or make them agree
shell-export-format-unwritable = export cannot write the format that { $path }'s name says: name the file .json, .md, .csv or .ics, or say --format
shell-export-progress = Exporting
shell-import-progress = Importing
shell-demo-progress = Generating
shell-interrupted = interrupted: nothing was changed
progress-left = left
cli-exit-130 = interrupted by Ctrl-C (or `kill -INT`): a demo, an import or an export stopped and nothing was changed
cli-export-arg-excel = CSV for spreadsheet programs: UTF-8 with a byte order mark, semicolons, CRLF (also the setting csv_excel)
cli-list-arg-excel = CSV for spreadsheet programs: UTF-8 with a byte order mark, semicolons, CRLF (also the setting csv_excel)
cli-people-arg-excel = CSV for spreadsheet programs: UTF-8 with a byte order mark, semicolons, CRLF (also the setting csv_excel)
