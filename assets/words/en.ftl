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
kind-written = our idea

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
device-bad-horizon = “When” is { $now }, { $soon } or { $later }, not { $horizon }

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

## The room's screens (the briefing, present, report-back, vote, debrief)

room-heading = { $phase } · round { $round } of { $rounds }
room-heading-before = { $phase } · before round 1 of { $rounds }
room-part = Part { $part } of { $parts }
# A label before a list: "Support: …"
room-label = { $label }:
room-our-own = { $title } (our own)
room-no-title-yet = (no title yet)
room-pledge-from-role = { $kind } from { $group } ({ $role })
room-championed-by = Championed by { $roles }
room-when = When: { $when }
room-where = Where: { $level }
room-support = Support
room-will-deliver = Will deliver
briefing-hint = When the room has heard the plans, the facilitator moves on to roles (Next phase, or N).
present-for = { $group } presenting for
present-who = Who presents:
present-end = ■ End presentation
present-cards = Cards { $first }–{ $last } of { $count }
report-back-for = { $group } reporting back for
report-back-who = Who reports back:
report-back-end = ■ End report-back
report-back-hint = Tap a group to hear its report-back: what it will do, with whose support, and who delivers.
report-back-support = Support received
report-back-deliver = Will deliver it
vote-hint = Drag your group's dot onto a criterion of another group's solution; tap a placed dot to take it back.
vote-closed-hint = The vote is closed: each solution's dots, and its place.
vote-criteria-part = Criteria, part { $part } of { $parts }
vote-total = Total
vote-place = { $dots } · place { $place }
vote-place-tied = { $dots } · place { $place }=
vote-dots-left =
    { $count ->
        [one] { $group } · { $count } dot left
       *[other] { $group } · { $count } dots left
    }
vote-no-dots-left = { $group } · no dots left
debrief-ended-early = The facilitator ended the session early.
debrief-report-in = The report is in { $folder }
debrief-report-failed = The report could not be written: { $reason }
debrief-round = Round { $round } of { $rounds }
debrief-round-part = { $round }, part { $part } of { $parts }
negotiate-heading = Negotiate support · round { $round } of { $rounds }
negotiate-hint = Drag a support token onto another group's solution to pledge it; drag a role onto a solution to say it will help deliver. Tap a pledge to withdraw it.
negotiate-deliverer = { $role } ({ $group })
negotiate-more = +{ $count } more

## The table: each group's zone and the middle

table-time-up = Time is up
table-undo = ↶ Undo
table-swap-pile = Swap pile
table-swap-own-set = Drop a card here to swap it from your own set
table-swap-here =
    { $count ->
        [one] Drop a card here to swap it ({ $count } card)
       *[other] Drop a card here to swap it ({ $count } cards)
    }
table-let-go = “{ $title }” was moved while it was held (by an undo or another group), so it was let go
table-take-out-to-swap = Take the card out of the solution before swapping it
table-take-out-to-trade = Take the card out of your solution before trading it
table-our-idea = + Our idea
table-close-new-card = Close the new card
table-new-card-hint = Our own idea card: title, then what it does
table-add-to-hand = Add it to our hand
table-redraw = Redraw
table-ready = Ready
table-tab-hand = Hand · { $count }
table-tab-solution = Solution · { $count }
table-tab-pitch = Pitch
table-no-cards = No cards in the hand
table-no-title = (no title)
table-no-pitch = (no pitch)
table-pitch-label = Pitch:
table-drag-here = Drag cards here from the hand
table-ready-counts =
    { $ideas ->
        [one] { $ideas } idea
       *[other] { $ideas } ideas
    } · { $methods ->
        [one] { $methods } method
       *[other] { $methods } methods
    }
table-counts = ideas { $ideas }/{ $ideas_min }–{ $ideas_max } · methods { $methods }/{ $methods_min }–{ $methods_max }
table-cost = cost { $cost } of { $budget }
table-choose = choose
table-when-toggle = When: { $when } ▸
table-where-toggle = Where: { $level } ▸
table-swaps-left =
    { $count ->
        [one] { $count } swap left
       *[other] { $count } swaps left
    }
table-wants = Wants: { $wants }
table-swap-role = Swap for another
table-waiting-for-roles = Waiting for roles: the facilitator deals them
table-draw-challenge = Draw a challenge
table-tap-to-close = Tap anywhere to close
table-page = Page { $page } of { $pages } ▸ { $left } more
table-page-last = Page { $page } of { $pages } ▸ back to 1
table-page-back = ▸ back
table-page-more = ▸ { $left } more

## The facilitator's panel

panel-facilitator = Facilitator
panel-rounds =
    { $rounds ->
        [one] { $phase } — { $rounds } round
       *[other] { $phase } — { $rounds } rounds
    }
panel-pause = Pause
panel-start = Start
panel-plus-minutes = +{ $minutes } min
# The timer while more than a minute is left (the last minute counts down as 0:59).
countdown-minutes = { $minutes } min
panel-skip = Skip
panel-deal-roles = Deal roles at random
panel-reveal-challenge = Reveal the challenge
panel-close-vote = Close the vote and show totals
panel-start-session = Start the session
panel-finish = Finish: go to the debrief
panel-next-round = Next round ({ $round })
panel-next-phase = Next phase ▶ (after { $phase })
panel-key = Key: { $key }
panel-undo = Undo
panel-redo = Redo
panel-groups = Groups
panel-reopen = reopen
panel-spotlight = Spotlight
panel-nobody = nobody
panel-notes = Notes
panel-note-hint = What the room said…
panel-add-note = Add note
panel-text-size = Text size
panel-full-screen = Full screen (F11)
panel-leave-full-screen = Leave full screen (F11)
panel-console-open = Open a presenter console window
panel-console-second-display = Presenter console on the second display
panel-console-close = Close the presenter console
panel-saved-to = Saved after every action:
    { $file }
panel-end-session = End the session now…
panel-leave = Leave to the title screen… (Esc)
panel-keys = Keys: Space timer · N next · Ctrl+Z undo · H hide panel
panel-devices = Devices
panel-devices-on = Groups play from their devices
panel-join-address = { $address }
    code { $code }
panel-hide-join = Hide the join code
panel-show-join = Show the join code
panel-no-devices = No device has joined yet.
panel-remove = Remove
panel-report-back-tap = Tap a group on the screen to hear its report-back; its note goes here.
panel-report-back-note = Note on { $group }'s report-back (goes into the report)
panel-note-saved = Saved: { $note }
panel-report-back-hint = What the group will do, with whose support, who delivers…
panel-save-note = Save the note
panel-export = Export the report
panel-export-what = Markdown, HTML, JSON and the network map
panel-exported = The report is in { $folder } (report.md, report.html, session.json, network.graphml and the Kumu CSV files).
confirm-leave = Leave this session? It is saved, and you can resume it from the title screen.
confirm-leave-yes = Leave
confirm-end = End the session now and go to the debrief? Undo can bring it back.
confirm-end-yes = End the session
confirm-quit = Close Living Lab? The session is saved, and you can resume it later.
confirm-quit-yes = Close
confirm-advance = Not every group is ready: { $groups }. Move on anyway?
confirm-advance-yes = Move on
confirm-cancel = Cancel

## Setup

setup-language = The room's language
setup-language-about = The game's words on the screens, on the phones that ask for no other, and in the report. The cards stay as the deck gives them.
setup-seats = This deck seats up to { $count } groups.
setup-seats-shared = With one set of cards for the room, this deck seats up to { $shared } groups (its { $kind } cards run out after that). With a set per group it seats up to { $count }.
setup-seat = seat: { $seat }
seat-bottom = bottom
seat-top = top
seat-left = left
seat-right = right
seat-wall = wall
setup-add-group = + Add a group
setup-group-n = Group { $number }
group-name-1 = Kites
group-name-2 = Bridges
group-name-3 = Lanterns
group-name-4 = Oaks
group-name-5 = Ravens
group-name-6 = Compass
group-name-7 = Harbour
group-name-8 = Beacons
setup-cards = Cards
setup-cards-shared = One set for the room: a card is in one place at a time, groups trade
setup-cards-per-group = A set per group, as when each table has its own printed cards
setup-too-many = One set of this deck's cards seats { $shared } groups, not { $count }.
setup-give-sets = Give each group its own set
setup-screen = Screen
setup-table = Touch table: seats on four sides, cards face each group
setup-wall = TV or projector: everything upright
setup-rounds = Rounds
setup-rounds-unit = rounds
setup-start-briefing = briefing { $briefing } min and roles { $roles } min
setup-start-roles = roles { $roles } min
setup-round-minutes = Each round: challenge { $challenge } min, build { $build } min, present { $present } min, negotiate { $negotiate } min, report-back { $report_back } min a group, vote { $vote } min ({ $start } at the start).
setup-start = Start the session ▶
setup-back = Back to the decks
setup-add-one = Add at least one group to start.

## The title screen and the deck browser

title-about = A co-design game for one shared screen: take roles, draw challenges, build solutions from idea and method cards, and vote.
title-resume-a-session = Resume a session
title-saved-session = { $deck } — { $phase } (round { $round } of { $rounds }), { $groups ->
        [one] { $groups } group
       *[other] { $groups } groups
    }, saved { $when }
title-resume = Resume
title-cannot-read = { $file } cannot be read ({ $problem }); its backup is beside it as .bak
title-unknown-problem = unknown problem
title-choose-a-deck = Choose a deck
title-play = Play this deck
title-browse = Browse the cards
title-bundled = comes with the game
title-open-dialog = Open…
title-deck-files = Living Lab decks
title-drop-hint = or drop a deck file (.ron) on this window, or type its path:
title-no-deck-file = No deck file given
title-cannot-play = { $file } cannot be played
title-fix-the-file = Fix the file and open it again; run `livinglab check FILE` to see the same list.
title-recent = Recently used
title-open-a-deck = Open a deck file
title-path-hint = /path/to/deck.ron
title-open = Open
title-type-a-path = Type the path of a deck file first, such as /home/me/decks/our-deck.ron, then press Open. (To make one, run `livinglab new our-deck.ron`.)
title-sessions-saved = Sessions are saved after every action in { $folder }
title-back = < Back to the decks
title-no-problems = `livinglab check` finds no problems.
title-search = Search
title-search-hint = a word in a title, text or tag
title-roles = Roles ({ $count })
title-challenges = Challenges ({ $count })
title-ideas = Ideas ({ $count })
title-methods = Methods ({ $count })
title-criteria = Criteria ({ $count })
title-seats-none = seats no group: too few cards
title-seats = seats up to { $count } groups
title-seats-shared = seats { $count } with one set of cards, { $most } with a set per group
title-counts = { $roles ->
        [one] { $roles } role
       *[other] { $roles } roles
    }, { $challenges ->
        [one] { $challenges } challenge
       *[other] { $challenges } challenges
    }, { $ideas ->
        [one] { $ideas } idea
       *[other] { $ideas } ideas
    }, { $methods ->
        [one] { $methods } method
       *[other] { $methods } methods
    }, { $criteria ->
        [one] { $criteria } criterion
       *[other] { $criteria } criteria
    }

## The rest of the game's window

game-undone = Undone
game-redone = Redone
game-nothing-to-undo = Nothing to undo
game-nothing-to-redo = Nothing to redo
game-resumed = Session resumed where it stopped
game-saved-to = Saved to { $file }
game-report-written = Report written to { $folder }
console-title = Facilitator's console
console-empty = Open or start a session on the room's screen; its controls appear here.
deck-file-errors = The deck file has errors; the last good deck keeps playing. Fix and save it to clear this.
devices-no-port = Devices cannot join: no port from { $port } on could be opened ({ $reason })
devices-no-session = No session is open
join-card-title = Play from your phone
join-card-address = or open { $address }
join-card-code = code { $code }

## Why the rules refuse a move (shown on the room's screen and on phones)

rule-too-long = { $what } is { $count } characters; keep it to { $max } so the room can read it
rule-no-such-group = There is no group { $number }; this session has { $count ->
        [one] { $count } group
       *[other] { $count } groups
    }
rule-wrong-phase = { $what } happens in the { $phases } phase; this is the { $phase } phase
rule-either-phase = { $first } or { $second }
rule-marked-ready = { $group } has marked its solution ready; the facilitator can reopen it
rule-bad-language = The room's language: { $reason }
rule-rounds = A session has 1 to 12 rounds, not { $count }
rule-no-such-level = { $level } is not a level of this deck; choose { $levels }
rule-already-open = { $group }'s solution is already open
rule-already-presenting = { $group } is already presenting
rule-nobody-presenting = Nobody is presenting
rule-already-reporting = { $group } is already reporting back
rule-nobody-reporting = Nobody is reporting back
rule-not-reported-yet = { $group } has not reported back yet; start its report-back first
rule-no-such-pledge = There is no such pledge to withdraw
rule-no-such-commitment = There is no such commitment to withdraw
rule-vote-already-closed = The vote is already closed
rule-timer-running = The timer is already running
rule-timer-not-running = The timer is not running
rule-extend = Extend by 1 to { $max } minutes, not { $minutes }
rule-note-empty = The note is empty
rule-revised-deck = A revised deck is applied by the session, not by the rules
rule-revised-deck-errors = The revised deck has errors: { $reason }
rule-not-started = The session has not started yet
rule-already-ended = The session has already ended
rule-no-timer = { $what }: there is no timer in the { $phase } phase
rule-group-needs-name = A group needs a name
rule-group-name-taken = There is already a group called { $name }
rule-too-many-groups = At most { $count } groups can play on one screen
rule-no-next-phase = The session has ended; there is no next phase
rule-add-a-group = Add at least one group before starting
rule-seats-none = This deck cannot seat even one group: it has { $have } { $kind } cards for { $need } per group
rule-seats-shared = This deck supports at most { $max ->
        [one] { $max } group
       *[other] { $max } groups
    } with one set of cards for the room: it has { $have } { $kind } cards for { $need } per group. Give each group its own set of cards to seat { $count } groups
rule-not-enough-roles = There are not enough roles left to give every group its roles
rule-no-such-role = This deck has no role { $role }
rule-role-from-other-set = { $role } comes from another group's set of cards; { $group } takes roles from its own
rule-role-not-in-pile = The role { $role } is not in the pile
rule-role-taken = The role { $role } is already taken by { $group }
rule-has-its-roles = { $group } already has its { $count ->
        [one] { $count } role
       *[other] { $count } roles
    }; give one back first
rule-does-not-hold-role = { $group } does not hold the role { $role }
rule-no-other-roles = No other roles are left in the pile
rule-shared-challenge-reveal = In this deck every group shares one challenge: reveal it instead
rule-has-challenge = { $group } already has its challenge
rule-no-challenges-left = There are no challenge cards left to draw
rule-own-challenge = In this deck each group draws its own challenge
rule-challenge-revealed = The challenge has already been revealed
rule-shared-challenge = In this deck every group shares one challenge
rule-already-redrawn = { $group } has already redrawn its challenge this round
rule-no-challenge-to-redraw = { $group } has no challenge to redraw yet
rule-no-other-challenges = There are no other challenge cards left to draw
rule-not-enough-to-deal = There are not enough { $kind } cards to deal every group a hand
rule-in-solution-not-hand = { $card } is in { $group }'s solution, not its hand
rule-not-in-hand = { $card } is not in { $group }'s hand
rule-swaps-used = { $group } has used { $count ->
        [one] its one swap
       *[other] all { $count } of its swaps
    } this round
rule-written-stays = A card a group wrote itself stays with that group
rule-cannot-swap = { $card } cannot be swapped
rule-pile-empty = The { $kind } pile is empty: there is nothing to swap with
rule-trade-with-itself = A group cannot trade with itself
rule-not-for-a-solution = { $card } cannot go into a solution
rule-solution-full-ideas = This solution already has { $count ->
        [one] { $count } idea
       *[other] { $count } ideas
    } — the most this deck allows
rule-solution-full-methods = This solution already has { $count ->
        [one] { $count } method
       *[other] { $count } methods
    } — the most this deck allows
rule-over-budget = { $card } costs { $cost }: that would make { $total }, over this deck's budget of { $budget } (the solution already costs { $spent })
rule-not-in-solution = { $card } is not in { $group }'s solution
rule-idea-needs-title = A new idea card needs a title
rule-idea-needs-text = A new idea card needs a sentence or two saying what it does
rule-already-champions = { $role } already champions this solution
rule-does-not-champion = { $role } does not champion this solution
rule-not-ready = Not ready yet: { $missing }
rule-and = { $list }; { $next }
rule-missing-title = give it a title
rule-missing-pitch = write a pitch
rule-missing-ideas = add at least { $count ->
        [one] { $count } idea
       *[other] { $count } ideas
    }
rule-missing-methods = add at least { $count ->
        [one] { $count } method
       *[other] { $count } methods
    }
rule-missing-champions = choose which of your roles champion it
rule-missing-when = say when it happens ({ $now }, { $soon } or { $later })
rule-missing-where = say where it works ({ $levels })
rule-pledge-to-itself = A group cannot pledge support to its own solution
rule-no-such-support = { $kind } is not a kind of support in this deck; pledge { $kinds }
rule-already-pledged = { $group } has already pledged { $kind } to { $to }
rule-no-support-to-pledge = { $group } has no { $kind } to pledge: none of its roles holds any
rule-no-support-left = { $group } has no { $kind } left to pledge this round: it had { $count } and pledged { $count ->
        [one] it
       *[other] them
    } to { $to }; withdraw a pledge to give it elsewhere
rule-already-committed = { $role } of { $group } has already committed to { $to }'s solution
rule-vote-closed = The vote is closed
rule-dots-on-itself = A group cannot put dots on its own solution
rule-no-such-criterion = This deck has no criterion { $criterion }
rule-all-dots-placed = { $group } has placed all { $count } of its dots; move one instead
rule-no-dot-there = { $group } has no dot there to move
rule-doing-remove-group = Removing a group
rule-doing-card-sets = Choosing the card sets
rule-doing-language = Choosing the room's language
rule-doing-rounds = Choosing the number of rounds
rule-doing-deal-roles = Dealing roles
rule-doing-name-solution = Naming a solution
rule-doing-pitch = Writing the pitch
rule-doing-when = Choosing when it happens
rule-doing-where = Choosing where it works
rule-doing-reopen = Reopening a solution
rule-doing-present = Presenting
rule-doing-end-presentation = Ending a presentation
rule-doing-report-back = Reporting back
rule-doing-end-report-back = Ending a report-back
rule-doing-report-note = A note on a report-back
rule-doing-withdraw-support = Withdrawing support
rule-doing-withdraw-commitment = Withdrawing a commitment
rule-doing-close-vote = Closing the vote
rule-doing-start-timer = Starting the timer
rule-doing-pause-timer = Pausing the timer
rule-doing-extend-timer = Extending the timer
rule-doing-skip-timer = Skipping the timer
rule-doing-add-group = Adding a group
rule-doing-change-group = Changing a group
rule-doing-choose-roles = Choosing roles
rule-doing-give-back-role = Giving back a role
rule-doing-swap-role = Swapping a role
rule-doing-draw-challenge = Drawing a challenge
rule-doing-reveal-challenge = Revealing the challenge
rule-doing-redraw-challenge = Redrawing a challenge
rule-doing-swap-cards = Swapping cards
rule-doing-trade-cards = Trading cards
rule-doing-build = Building a solution
rule-doing-change-solution = Changing a solution
rule-doing-write-idea = Writing an idea card
rule-doing-champions = Choosing champions
rule-doing-ready = Marking a solution ready
rule-doing-pledge = Pledging support
rule-doing-commit = Committing to deliver
rule-doing-place-dots = Placing dots
rule-doing-move-dots = Moving dots
rule-field-title = The title
rule-field-pitch = The pitch
rule-field-note = The note
rule-field-group-name = The group name
rule-field-card-title = The card's title
rule-field-card-text = The card's text

## Before the window opens: no graphics driver

gpu-missing = Living Lab cannot open its window: this computer has no { $driver } graphics driver to draw with.
gpu-missing-linux = Install a Vulkan driver. On Debian or Ubuntu: sudo apt install mesa-vulkan-drivers (it draws without a graphics card too). On Fedora: sudo dnf install mesa-vulkan-drivers. Then start Living Lab again. Preparing decks needs no driver: livinglab check, print, rehearse and report still work.
gpu-missing-windows = Update the graphics driver, from Windows Update or from the maker of the graphics card (Intel, AMD or NVIDIA). In a virtual machine, turn on its 3D acceleration. Then start Living Lab again.
gpu-missing-macos = Living Lab needs a Mac with Metal (macOS 10.13 or later). Update macOS, then start Living Lab again.

## The door: who may come in (the panel, the host page, the phone)
device-waiting = The facilitator will let you in in a moment. Keep this page open.
join-waiting-title = Waiting to be let in
device-refused = The facilitator did not let this device in
join-refused-title = Not let in
join-closed = Joining is closed
device-locked = The facilitator has locked joining: no new device can join now
device-removed-no-rejoin = The facilitator removed this device from the session: it cannot join again unless the facilitator lets it back in
## The facilitator's remote control (the host page) and the panel's list of devices
host-title = Facilitator's remote
host-wrong = Wrong address
host-wrong-how = This is not the facilitator's address. Scan the code in the facilitator's panel.
host-not-host = Only the facilitator's remote control can do this
host-no-such-device = There is no such device
host-connected-minutes = connected for { $minutes } min
host-connected-seconds = connected for { $seconds } s
host-gone-minutes = gone for { $minutes } min
host-gone-seconds = gone for { $seconds } s
host-last-move-minutes = last move { $minutes } min ago
host-last-move-seconds = last move { $seconds } s ago
host-devices = Devices
host-no-devices = No device has joined yet.
host-admit = Admit
host-refuse = Refuse
host-remove = Remove
host-let-back = Let back in
host-waiting = waiting to be let in
host-removed = removed
host-refused = refused
host-lobby = Ask before letting in
host-lock = Lock joining
host-hide-code = Hide the code on the shared screen
host-code = Join code: { $code }
host-start = Start
host-pause = Pause
host-next = Next phase
host-offline = No connection to the game: is this device on the room's network?
host-scan = The facilitator's remote control: open this on your phone (keep it to yourself)
join-card-code-hidden = Ask the facilitator for the code
panel-host-show = Show the remote control's code
panel-host-hide = Hide the remote control's code

## Players' texts held for the facilitator's approval
rule-hold-not-text = Only a text a player wrote can be held for approval
rule-no-such-held = There is no text number { $number } waiting for approval
host-hold-text = Hold players' texts for approval
host-held = Texts waiting for approval
host-no-held = No text is waiting.
host-approve = Approve
host-edit = Edit
host-hide = Hide
host-held-idea = Idea card
host-held-title = Solution's title
host-held-pitch = Pitch
host-held-note = Pledge note
phone-waiting-approval = Waiting for the facilitator's approval
report-hidden-texts = { $count ->
    [one] One text written on a device was hidden by the facilitator.
   *[other] { $count } texts written on devices were hidden by the facilitator.
}
panel-devices-waiting = { $count ->
    [one] One device is waiting to be let in (Devices, below)
   *[other] { $count } devices are waiting to be let in (Devices, below)
}
panel-texts-waiting = { $count ->
    [one] One text is waiting for your approval (Devices, below)
   *[other] { $count } texts are waiting for your approval (Devices, below)
}
