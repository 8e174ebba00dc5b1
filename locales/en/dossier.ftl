# The dossier: its tabs, the headings and labels of each section, empty
# states, table columns, and how a question names an entry.

## Tabs: full titles, and short ones for a narrow window (keep them short:
## all eight with their digits fit in 78 columns).
dossier-tab-overview = Overview
dossier-tab-charter = Charter
dossier-tab-situation = Situation
dossier-tab-strategy = Strategy
dossier-tab-implementation = Implementation
dossier-tab-people = People
dossier-tab-log = Log
dossier-tab-competitors = Competitors
dossier-tab-short-overview = Overview
dossier-tab-short-charter = Charter
dossier-tab-short-situation = Situation
dossier-tab-short-strategy = Strategy
dossier-tab-short-implementation = Implem.
dossier-tab-short-people = People
dossier-tab-short-log = Log
dossier-tab-short-competitors = Compet.

## Under the tabs, once the plan was reviewed.
dossier-review-changed = Plan changed since the review of { $day }
dossier-review-unchanged = Plan reviewed { $day }, nothing changed since

## The plan's texts, and what each is for while it is empty.
dossier-plan-charter = Charter
dossier-plan-situation = Situation assessment
dossier-plan-strategy = Strategy
dossier-hint-charter = Why we work with this customer and what the relationship should be.
dossier-hint-situation = Where we stand today: our position, strengths and weaknesses, threats, the customer's own situation.
dossier-hint-strategy = The long-term goals of the relationship and the value our products bring.
# $here and $editor are the keys.
dossier-plan-empty = Press { $here } to write it here, or { $editor } to write it in your $EDITOR.

## The Overview: the facts and the texts of the general information.
dossier-facts-heading = Facts (e to edit)
dossier-text-description = What the company does
dossier-text-development-history = History of its development
dossier-text-org-structure = Organisational structure
dossier-text-market-environment = Market environment
dossier-text-preferred-products = Preferred products and buying habits
dossier-text-empty = (empty: select it and press e)
dossier-fact-type = Type
dossier-fact-status = Status
dossier-fact-level = Level
dossier-fact-industry = Industry
dossier-fact-region = Region
dossier-fact-annual-sales = Annual sales
dossier-fact-headcount = Headcount
dossier-fact-cooperation-since = Cooperation since
dossier-fact-contact-every = Contact every
dossier-fact-in-keyplan-since = In keyplan since
dossier-contact-every-days = { $days } days
dossier-contact-standard = type's standard

## Empty lists: $key is the key that adds an entry.
dossier-empty-objectives = No objectives yet. Press { $key } to add one.
dossier-empty-milestones = No milestones yet. Press { $key } to add one.
dossier-empty-people = No people yet. Press { $key } to add one.
dossier-empty-touchpoints = No touchpoints yet. Press { $key } to add one.
dossier-empty-competitors = No competitors yet. Press { $key } to add one.

## Implementation.
dossier-objectives-title = Annual objectives
dossier-milestones-title = Milestones (review points)
dossier-col-year = Year
dossier-col-product = Product or offer
dossier-col-volume = Volume
dossier-col-profit = Profit
dossier-col-resources = Resources
dossier-col-due = Due
dossier-col-milestone = Milestone
dossier-col-note = Note
dossier-done-on = done { $date }
dossier-objective-title = Objective { $year }
dossier-milestone-title = Milestone
dossier-fact-product = Product or offer
dossier-fact-volume = Volume
dossier-fact-expected-profit = Expected profit
dossier-fact-resources = Resources
dossier-fact-due = Due
dossier-fact-milestone = Milestone
dossier-fact-note = Note

## The log.
dossier-col-date = Date
dossier-col-channel = Channel
dossier-col-summary = Summary
dossier-col-outcome = Outcome
dossier-col-next-step = Next step
# A next step closed by a later contact, or marked done.
dossier-followed = followed
dossier-done = done
dossier-touchpoint-title = Touchpoint { $position } of { $total }
dossier-fact-when = When
dossier-fact-with = With
dossier-fact-summary = Summary
dossier-fact-outcome = Outcome
dossier-fact-reason = Reason
dossier-fact-next-step = Next step
dossier-next-step-due = { $step } (due { $date })
dossier-followed-up-on = followed up { $date }

## People and competitors.
dossier-col-name = Name
dossier-col-job-title = Job title
dossier-col-role = Role
dossier-col-influence = Infl.
dossier-col-attitude = Attitude
dossier-fact-reports-to = Reports to
dossier-fact-prefers = Prefers
dossier-fact-phone = Phone
dossier-fact-email = Email
dossier-fact-birthday = Birthday
dossier-fact-notes = Notes
dossier-col-competitor = Competitor
dossier-col-their-position = Their position
dossier-fact-position = Position
dossier-fact-strengths = Strengths
dossier-fact-weaknesses = Weaknesses

## An entry as the question "Delete …? (u takes it back)" names it; the
## quoted texts come with their «» marks.
dossier-describe-objective = the objective { $year } { $product }
dossier-describe-milestone = the milestone { $title } of { $due }
dossier-describe-person = { $name } from the people
dossier-describe-touchpoint = the touchpoint of { $date } { $summary }
dossier-describe-competitor = the competitor { $name }
dossier-describe-selected = the selected item

## An exported document names the Overview so.
dossier-heading-overview = General information
# The names `show --section` takes, in one sentence.
dossier-section-names = { $most } or { $last }
