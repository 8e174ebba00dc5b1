# The labels of every closed vocabulary: key-client types, relationship
# levels, statuses, buying roles, attitudes, channels, outcomes.
# The id is the prefix of the enum and its storage key, which never changes.

client-type-breadwinner = Breadwinner
client-type-prospect = Prospect
client-type-image_maker = Image maker
client-type-expert = Expert

level-basic = Basic
level-reactive = Reactive
level-accountable = Accountable
level-proactive = Proactive
level-partnership = Partnership

status-active = Active
status-prospect = Prospect
status-at_risk = At risk
status-lost = Lost
status-former = Former

role-decision_maker = Decision maker
role-influencer = Influencer
role-buyer = Buyer
role-user = User
role-gatekeeper = Gatekeeper
role-champion = Champion

attitude-supporter = Supporter
attitude-neutral = Neutral
attitude-opponent = Opponent

reach-phone = Phone
reach-email = Email
reach-meeting = Meeting
reach-messenger = Messenger

channel-meeting = Meeting
channel-call = Call
channel-email = Email
channel-message = Message
channel-visit = Visit
channel-other = Other

outcome-positive = Positive
outcome-neutral = Neutral
outcome-negative = Negative
outcome-refusal = Refusal
outcome-deal_won = Deal won
outcome-deal_lost = Deal lost

found-in-account = Account
found-in-charter = Charter
found-in-situation = Situation
found-in-strategy = Strategy
found-in-objective = Objective
found-in-milestone = Milestone
found-in-person = Person
found-in-competitor = Competitor
found-in-touchpoint = Touchpoint
