# The documents of a dossier: `keyplan show` as text and as Markdown, and
# `keyplan export --format md` (src/interchange/markdown.rs and text.rs).

doc-as-of = Dossier as of { $date }, from keyplan.
doc-portfolio-empty = The portfolio is empty.

doc-section-overview = General information
doc-section-charter = Charter
doc-section-situation = Situation assessment
doc-section-strategy = Strategy
doc-section-implementation = Implementation
doc-section-people = People
doc-section-log = Log
doc-section-competitors = Competitors

doc-fact-type = Type
doc-fact-status = Status
doc-fact-level = Relationship level
doc-level-target = { $now } (target: { $target })
doc-fact-industry = Industry
doc-fact-region = Region
doc-fact-headcount = Headcount
doc-fact-annual-sales = Annual sales
doc-fact-cooperation-since = Cooperation since
doc-since-years = { $date } ({ $years } years)
doc-fact-contact-every = Contact every
doc-days = { $days } days
doc-type-standard = the type's standard
doc-fact-last-contact = Last contact
doc-fact-in-keyplan-since = In keyplan since

doc-text-description = What the company does
doc-text-development = History of its development
doc-text-structure = Organisational structure
doc-text-market = Market environment
doc-text-products = Preferred products and buying habits

doc-objectives = Annual objectives
doc-objectives-header = | Year | Product | Planned volume | Expected profit | Resources |
doc-milestones = Milestones
doc-done-on = done { $date }
doc-due-on = due { $date }
doc-followed-up-on = followed up { $date }
doc-late = LATE
doc-label-volume = Volume
doc-label-profit = Profit
doc-label-resources = Resources

doc-fact-role = Role
doc-influence = influence { $influence }/5
doc-fact-reports-to = Reports to
doc-fact-direct-reports = Direct reports
doc-fact-prefers = Prefers
doc-fact-phone = Phone
doc-fact-email = E-mail
doc-fact-birthday = Birthday

doc-newest-first = Newest first.
doc-with = With { $people }.
doc-label-with = With
doc-why = Why
doc-next-step = Next step
doc-not-described = (not described)

doc-position = Position
doc-strengths = Strengths
doc-weaknesses = Weaknesses

## Empty sections: in Markdown as a sentence, in text in parentheses.

doc-none-recorded = None recorded.
doc-not-written = Not written yet.
doc-none-yet = None yet.
doc-people-empty = No one recorded yet.
doc-log-empty = No contacts logged yet.
doc-text-none-recorded = none recorded
doc-text-not-written = not written yet
doc-text-none-yet = none yet
doc-text-people-empty = no one recorded yet
doc-text-log-empty = no contacts logged yet

## The calendar (export --format ics)

doc-ics-calendar-name = keyplan: follow-ups and milestones
doc-ics-milestone = Milestone: { $title } — { $name }
doc-ics-follow-up = Follow-up: { $step } — { $name }
doc-ics-follow-up-default = follow up
doc-ics-promised = Promised on { $date } after: { $summary }
doc-ics-with = With { $people }.
