# Living Lab's own words in English: the original every translation follows.
# How to add a language: docs/translating.md.

# The language's name in itself, as a language picker shows it.
language-name = English

## Kinds of card, and of node on the network map

kind-challenge = challenge
kind-idea = idea
kind-method = method
kind-role = role
kind-criterion = criterion
kind-group = group
kind-solution = solution
kind-written = our own idea

## Phases of a round

phase-setup = Setup
phase-briefing = Briefing
phase-roles = Roles
phase-challenge = Challenge
phase-build = Build
phase-present = Present
phase-negotiate = Negotiate
phase-report-back = Report-back
phase-vote = Vote
phase-debrief = Debrief

## When a solution happens

horizon-now = Now
horizon-soon = Soon
horizon-later = Later

## Links on the network map

link-took-the-role = took the role
link-worked-on = worked on
link-used-in = used in
link-championed = championed
link-pledged-support = pledged support
link-will-deliver = will deliver
link-voted-for = voted for
link-traded-with = traded with

## The report (report.md, report.html)

report-title = { $deck } — workshop report
report-kind = Workshop report
report-deck = deck
report-tables =
    { $count ->
        [one] { $count } table
       *[other] { $count } tables
    }
report-content = Content: { $source }
report-table = Table { $number }
report-group-at-table = { $group } (table { $number })
report-session = Session { $session }, { $started } to { $ended }
report-ended-early = ended early by the facilitator
report-groups-and-roles = Groups and roles
report-no-roles = no roles
report-round = Round { $number }
report-untitled = (untitled solution)
report-dots =
    { $count ->
        [one] { $count } dot
       *[other] { $count } dots
    }
report-challenge = Challenge
report-ideas = Ideas
report-methods = Methods
report-none = none
report-none-yet = none yet
report-written-by-group = written by the group
report-championed-by = Championed by
report-nobody-yet = nobody yet
report-when = When
report-where = Where
report-not-said = not said
report-presented-for = Presented for { $time }
report-written-cards = Idea cards the group wrote
report-reported-back = Reported back
report-reported-back-for = Reported back for { $time }
report-support-pledged = Support pledged
report-pledge-from = { $kind } from { $group }
report-will-deliver = Will deliver it
report-deliverer = { $role } of { $group }
report-time = Time
report-column-round = Round
report-column-phase = Phase
report-column-planned = Planned
report-column-took = Took
report-minutes = { $minutes } min
report-phase-took = Round { $round }, { $phase }: { $took }
report-took-of-planned = { $took } of { $minutes } min planned
report-over = over
report-notes = Facilitator's notes
report-network = The network
report-network-size =
    The session as a network of { $nodes ->
        [one] { $nodes } node
       *[other] { $nodes } nodes
    } (groups, roles, challenges, ideas, methods and solutions) and { $links ->
        [one] { $links } link
       *[other] { $links } links
    }.
report-network-open = Open network.graphml in Gephi or yEd, or import the two CSV files into Kumu.
report-network-map = Network map of the session
report-central = Most central ideas and methods
report-central-order = betweenness, then number of links
report-column-card = Card
report-column-kind = Kind
report-column-betweenness = Betweenness
report-column-links = Links
report-central-line = betweenness { $betweenness }, { $links ->
        [one] { $links } link
       *[other] { $links } links
    }
report-shared = Cards that joined the solutions of several groups
report-alliances = Unlikely alliances
report-alliances-about = Roles of different groups who championed or will deliver the same solution.
report-alliance = { $first } and { $second }
report-organisers = For the deck's organisers
report-never-chosen = Dealt but never chosen
report-never-dealt = Never dealt
report-made-with = Made with Living Lab. The whole session is in session.json.

## Printed cards (livinglab print)

print-title = { $deck } — cards to print
print-how =
    { $cards ->
        [one] { $cards } card
       *[other] { $cards } cards
    } on { $sheets ->
        [one] { $sheets } A4 sheet
       *[other] { $sheets } A4 sheets
    }. Print at 100% (not “fit to page”), then cut along the dashed lines.
print-costs = costs { $cost }
print-wants = Wants:
print-picture-missing = picture missing: { $file }

## The pages a phone sees before it plays

join-title = Join the game
join-code = The code on the screen
join-next = Next
join-name = Your name (optional)
join-group = Your group
join-no-groups = The facilitator has not added any groups yet. Reload this page when they have.
join-offline = No connection to the game: is this device on the room's network?
join-refused = Refused ({ $status })
join-not-here = Not here
join-no-such-page = There is no such page. Scan the code on the screen to join.
join-first = Join first
join-first-how = Scan the code on the shared screen, or open the address shown there.
join-wrong-code = Wrong code
join-wrong-code-how = That is not the code on the screen. Scan the code again, or type it at /join.
join-wait = Wait a minute
join-removed = Removed

## What the device server answers

device-not-joined = This device has not joined: scan the code on the screen
device-removed = The facilitator removed this device from the session
device-too-many-codes = Too many wrong codes from this device: wait a minute and try again
device-unreadable = The request could not be read: { $reason }
device-not-the-code = That is not the code on the screen
device-no-such-group = There is no such group: choose one from the list
device-no-token = The game could not make a token
device-group-full = This group already has { $count } devices: share one, or ask the facilitator to remove one
device-name = Device { $number }
device-group-gone = This group is no longer in the session
device-too-fast = Too many moves at once: wait a second
device-not-taking = The game is not taking moves now
device-no-answer = The game did not answer: look at the screen and try again
device-stopped = The game stopped serving devices

## What a phone says in each phase

hint-setup = The facilitator is setting up. Look at the screen.
hint-briefing = Listen to the briefing. Look at the screen.
hint-roles = These are your roles: who you are and what you want.
hint-challenge = Draw your challenge.
hint-build = Build your solution: add cards from your hand, give it a title and a pitch, then mark it ready.
hint-present = Each group presents its solution. Look at the screen.
hint-negotiate = Pledge your support to other groups' solutions, and say which of your roles will help deliver them.
hint-report-back = Each group reports back. Look at the screen.
hint-vote = Place your dots on other groups' solutions, one criterion at a time.
hint-debrief = The session has ended. Look at the screen.

## The page a phone plays on

phone-connecting = Connecting…
phone-reconnecting = Reconnecting…
phone-language = Language
phone-look-at-screen = Look at the screen
phone-your-solution = Your solution
phone-title = Title
phone-title-placeholder = Give your solution a name
phone-pitch = Pitch
phone-pitch-placeholder = What it does and who it is for
phone-saved = Saved.
phone-write-idea = Write your own idea
phone-idea = Idea
phone-idea-text = What it does
phone-add-idea = Add it to our hand
phone-idea-needs-title = Give your idea a title first
phone-no-longer = This device is no longer in the session.
phone-group-gone = Your group is no longer in the session.
phone-not-sent = Not sent: the connection is lost. Try again in a moment.
phone-refused = Refused ({ $status })
phone-phase-round = { $phase } · round { $round } of { $rounds }
phone-cost = cost { $cost }
phone-wants = Wants:
phone-holds = Holds:
phone-swap-role = Swap this role
phone-in-solution = In your solution
phone-solution-counts = Ideas { $ideas } ({ $ideas-min }–{ $ideas-max }) · methods { $methods } ({ $methods-min }–{ $methods-max })
phone-solution-cost = cost { $cost } of { $budget }
phone-take-out = Take out
phone-nothing-yet = Nothing yet: add cards from your hand below.
phone-champions = Champions
phone-when = When
phone-where = Where
phone-marked-ready = Marked ready. The facilitator can reopen it.
phone-mark-ready = Mark our solution ready
phone-give-to = Give to
phone-give = Give
phone-your-hand = Your hand
phone-swaps-left =
    { $count ->
        [one] { $count } swap left this round
       *[other] { $count } swaps left this round
    }
phone-add = Add to solution
phone-swap = Swap
phone-support-left = Your support left this round
phone-support-of = { $kind }: { $left } of { $held }
phone-no-title-yet = (no title yet)
phone-untitled = (untitled)
phone-pledge = + { $kind }
phone-take-back-pledge = Take back { $kind }
phone-pledged = Pledged: { $pledges }
phone-pledged-kind = { $kind } ×{ $count }
phone-pledged-yours = { $kind } ×{ $count } ({ $mine } yours)
phone-nothing-pledged = Pledged: nothing yet
phone-delivers = { $role } delivers ✓
phone-will-deliver = { $role } will help deliver
phone-who-delivers = Who delivers: { $roles }
phone-vote-closed = The vote is closed. Look at the screen.
phone-dots-left =
    { $count ->
        [one] { $count } dot left
       *[other] { $count } dots left
    }
phone-dot = ● Dot
phone-dot-mine = ● Dot ({ $count })
phone-take-back = Take back
phone-time-up = time is up
phone-minutes-left = { $minutes } min left
phone-seconds-left = { $seconds } s left
phone-paused = (paused)
phone-your-challenge = Your challenge
phone-redraw = Redraw (once a round)
phone-facilitator-reveals = The facilitator reveals the challenge for everyone.
phone-draw-challenge = Draw our challenge
phone-your-roles = Your roles
