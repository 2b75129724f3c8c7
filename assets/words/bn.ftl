# Living Lab-এর নিজের কথা, বাংলায়।
# en.ftl থেকে অনূদিত; এখনও কোনো মাতৃভাষী পড়ে দেখেননি (docs/translating.md)।

language-name = বাংলা

## কার্ডের ধরন, আর নেটওয়ার্ক মানচিত্রে বিন্দুর ধরন

kind-challenge = চ্যালেঞ্জ
kind-idea = ধারণা
kind-method = পদ্ধতি
kind-role = ভূমিকা
kind-criterion = মানদণ্ড
kind-group = দল
kind-solution = সমাধান
kind-written = আমাদের ধারণা

## রাউন্ডের পর্ব

phase-setup = প্রস্তুতি
phase-briefing = পরিচিতি
phase-roles = ভূমিকা
phase-challenge = চ্যালেঞ্জ
phase-build = গড়া
phase-present = উপস্থাপনা
phase-negotiate = আলোচনা
phase-report-back = ফিরে জানানো
phase-vote = ভোট
phase-debrief = পর্যালোচনা

## সমাধান কখন হবে

horizon-now = এখন
horizon-soon = শিগগির
horizon-later = পরে

## নেটওয়ার্ক মানচিত্রের সংযোগ

link-took-the-role = ভূমিকা নিয়েছে
link-worked-on = কাজ করেছে
link-used-in = ব্যবহৃত হয়েছে
link-championed = সমর্থন করেছে
link-pledged-support = সহায়তার অঙ্গীকার করেছে
link-will-deliver = বাস্তবায়ন করবে
link-voted-for = ভোট দিয়েছে
link-traded-with = বিনিময় করেছে

## প্রতিবেদন (report.md, report.html)

report-title = { $deck } — কর্মশালার প্রতিবেদন
report-kind = কর্মশালার প্রতিবেদন
report-deck = ডেক
report-tables = { $count }টি টেবিল
report-content = বিষয়বস্তু: { $source }
report-table = টেবিল { $number }
report-group-at-table = { $group } (টেবিল { $number })
report-session = সেশন { $session }, { $started } থেকে { $ended }
report-ended-early = সহায়ক আগেই শেষ করেছেন
report-groups-and-roles = দল ও ভূমিকা
report-no-roles = কোনো ভূমিকা নেই
report-round = রাউন্ড { $number }
report-untitled = (শিরোনামহীন সমাধান)
report-dots = { $count }টি ফোঁটা
report-challenge = চ্যালেঞ্জ
report-ideas = ধারণা
report-methods = পদ্ধতি
report-none = কিছু নেই
report-none-yet = এখনও কিছু নেই
report-written-by-group = দলের লেখা
report-championed-by = সমর্থক
report-nobody-yet = এখনও কেউ নয়
report-when = কখন
report-where = কোথায়
report-not-said = বলা হয়নি
report-presented-for = { $time } ধরে উপস্থাপন
report-written-cards = দলের লেখা ধারণা কার্ড
report-reported-back = ফিরে জানিয়েছে
report-reported-back-for = { $time } ধরে ফিরে জানিয়েছে
report-support-pledged = সহায়তার অঙ্গীকার
report-pledge-from = { $group } থেকে { $kind }
report-will-deliver = বাস্তবায়ন করবে
report-deliverer = { $group } দলের { $role }
report-time = সময়
report-column-round = রাউন্ড
report-column-phase = পর্ব
report-column-planned = পরিকল্পিত
report-column-took = লেগেছে
report-minutes = { $minutes } মিনিট
report-phase-took = রাউন্ড { $round }, { $phase }: { $took }
report-took-of-planned = পরিকল্পিত { $minutes } মিনিটের মধ্যে { $took }
report-over = সময় পেরিয়েছে
report-notes = সহায়কের নোট
report-network = নেটওয়ার্ক
report-network-size = সেশনটি একটি নেটওয়ার্ক হিসেবে: { $nodes }টি বিন্দু (দল, ভূমিকা, চ্যালেঞ্জ, ধারণা, পদ্ধতি ও সমাধান) আর { $links }টি সংযোগ।
report-network-open = network.graphml ফাইলটি Gephi বা yEd-এ খুলুন, অথবা CSV ফাইল দুটি Kumu-তে আমদানি করুন।
report-network-map = সেশনের নেটওয়ার্ক মানচিত্র
report-central = সবচেয়ে কেন্দ্রীয় ধারণা ও পদ্ধতি
report-central-order = মধ্যবর্তিতা অনুযায়ী, তারপর সংযোগের সংখ্যা অনুযায়ী
report-column-card = কার্ড
report-column-kind = ধরন
report-column-betweenness = মধ্যবর্তিতা
report-column-links = সংযোগ
report-central-line = মধ্যবর্তিতা { $betweenness }, { $links }টি সংযোগ
report-shared = যে কার্ডগুলো একাধিক দলের সমাধানে জায়গা পেয়েছে
report-alliances = অপ্রত্যাশিত জোট
report-alliances-about = বিভিন্ন দলের যে ভূমিকাগুলো একই সমাধান সমর্থন করেছে বা বাস্তবায়ন করবে।
report-alliance = { $first } ও { $second }
report-organisers = ডেকের আয়োজকদের জন্য
report-never-chosen = বিলি হয়েছে কিন্তু কখনও বাছা হয়নি
report-never-dealt = কখনও বিলি হয়নি
report-made-with = Living Lab দিয়ে তৈরি। পুরো সেশনটি session.json ফাইলে আছে।

## ছাপানোর কার্ড (livinglab print)

print-title = { $deck } — ছাপানোর কার্ড
print-how = { $sheets }টি A4 পাতায় { $cards }টি কার্ড। ১০০% মাপে ছাপুন (“পাতায় মানানসই” নয়), তারপর ভাঙা রেখা ধরে কাটুন।
print-costs = দাম { $cost }
print-wants = চায়:
print-picture-missing = ছবি নেই: { $file }

## খেলার আগে ফোন যে পাতাগুলো দেখে

join-title = খেলায় যোগ দিন
join-code = পর্দার কোডটি
join-next = পরবর্তী
join-name = আপনার নাম (ঐচ্ছিক)
join-group = আপনার দল
join-no-groups = সহায়ক এখনও কোনো দল যোগ করেননি। তিনি করলে পাতাটি আবার লোড করুন।
join-offline = খেলার সঙ্গে সংযোগ নেই: এই যন্ত্রটি কি ঘরের নেটওয়ার্কে আছে?
join-refused = প্রত্যাখ্যাত ({ $status })
join-not-here = এখানে নয়
join-no-such-page = এমন কোনো পাতা নেই। যোগ দিতে পর্দার কোডটি স্ক্যান করুন।
join-first = আগে যোগ দিন
join-first-how = সবার পর্দার কোডটি স্ক্যান করুন, অথবা সেখানে দেখানো ঠিকানাটি খুলুন।
join-wrong-code = ভুল কোড
join-wrong-code-how = এটি পর্দার কোড নয়। কোডটি আবার স্ক্যান করুন, অথবা /join-এ লিখুন।
join-wait = এক মিনিট অপেক্ষা করুন
join-removed = সরানো হয়েছে

## যন্ত্রের সার্ভার যা উত্তর দেয়

device-not-joined = এই যন্ত্রটি যোগ দেয়নি: পর্দার কোডটি স্ক্যান করুন
device-removed = সহায়ক এই যন্ত্রটিকে সেশন থেকে সরিয়ে দিয়েছেন
device-too-many-codes = এই যন্ত্র থেকে অনেকগুলো ভুল কোড এসেছে: এক মিনিট অপেক্ষা করে আবার চেষ্টা করুন
device-unreadable = অনুরোধটি পড়া যায়নি: { $reason }
device-not-the-code = এটি পর্দার কোড নয়
device-no-such-group = এমন কোনো দল নেই: তালিকা থেকে একটি বাছুন
device-no-token = খেলাটি টোকেন তৈরি করতে পারেনি
device-group-full = এই দলে ইতিমধ্যে { $count }টি যন্ত্র আছে: একটি ভাগ করে নিন, অথবা সহায়ককে একটি সরাতে বলুন
device-name = যন্ত্র { $number }
device-group-gone = এই দলটি আর সেশনে নেই
device-too-fast = একসঙ্গে অনেকগুলো চাল: এক সেকেন্ড অপেক্ষা করুন
device-not-taking = খেলাটি এখন কোনো চাল নিচ্ছে না
device-no-answer = খেলাটি উত্তর দেয়নি: পর্দার দিকে তাকিয়ে আবার চেষ্টা করুন
device-stopped = খেলাটি যন্ত্রগুলোর সঙ্গে কাজ বন্ধ করেছে
device-bad-horizon = “কখন” হলো { $now }, { $soon } বা { $later }, { $horizon } নয়

## প্রতিটি পর্বে ফোন যা বলে

hint-setup = সহায়ক খেলা সাজাচ্ছেন। পর্দার দিকে তাকান।
hint-briefing = পরিচিতিটি শুনুন। পর্দার দিকে তাকান।
hint-roles = এগুলো আপনাদের ভূমিকা: আপনারা কে, আর কী চান।
hint-challenge = আপনাদের চ্যালেঞ্জ তুলুন।
hint-build = আপনাদের সমাধান গড়ুন: হাতের কার্ড যোগ করুন, একটি শিরোনাম ও বর্ণনা দিন, তারপর প্রস্তুত চিহ্নিত করুন।
hint-present = প্রতিটি দল তার সমাধান উপস্থাপন করছে। পর্দার দিকে তাকান।
hint-negotiate = অন্য দলের সমাধানে সহায়তার অঙ্গীকার করুন, আর বলুন আপনাদের কোন ভূমিকা সেগুলো বাস্তবায়নে সাহায্য করবে।
hint-report-back = প্রতিটি দল ফিরে জানাচ্ছে। পর্দার দিকে তাকান।
hint-vote = অন্য দলের সমাধানে আপনাদের ফোঁটা দিন, একবারে একটি মানদণ্ড।
hint-debrief = সেশন শেষ হয়েছে। পর্দার দিকে তাকান।

## যে পাতায় ফোন খেলে

phone-connecting = সংযোগ হচ্ছে…
phone-reconnecting = আবার সংযোগ হচ্ছে…
phone-language = ভাষা
phone-look-at-screen = পর্দার দিকে তাকান
phone-your-solution = আপনাদের সমাধান
phone-title = শিরোনাম
phone-title-placeholder = আপনাদের সমাধানের একটি নাম দিন
phone-pitch = বর্ণনা
phone-pitch-placeholder = এটি কী করে আর কার জন্য
phone-saved = সংরক্ষিত।
phone-write-idea = নিজেদের ধারণা লিখুন
phone-idea = ধারণা
phone-idea-text = এটি কী করে
phone-add-idea = আমাদের হাতে যোগ করুন
phone-idea-needs-title = আগে ধারণাটির একটি শিরোনাম দিন
phone-no-longer = এই যন্ত্রটি আর সেশনে নেই।
phone-group-gone = আপনাদের দল আর সেশনে নেই।
phone-not-sent = পাঠানো যায়নি: সংযোগ বিচ্ছিন্ন। একটু পরে আবার চেষ্টা করুন।
phone-refused = প্রত্যাখ্যাত ({ $status })
phone-phase-round = { $phase } · রাউন্ড { $round }/{ $rounds }
phone-cost = দাম { $cost }
phone-wants = চায়:
phone-holds = হাতে আছে:
phone-swap-role = এই ভূমিকাটি বদলান
phone-in-solution = আপনাদের সমাধানে
phone-solution-counts = ধারণা { $ideas } ({ $ideas-min }–{ $ideas-max }) · পদ্ধতি { $methods } ({ $methods-min }–{ $methods-max })
phone-solution-cost = দাম { $budget }-এর মধ্যে { $cost }
phone-take-out = সরিয়ে নিন
phone-nothing-yet = এখনও কিছু নেই: নিচে আপনাদের হাত থেকে কার্ড যোগ করুন।
phone-champions = সমর্থক
phone-when = কখন
phone-where = কোথায়
phone-marked-ready = প্রস্তুত চিহ্নিত। সহায়ক এটি আবার খুলতে পারেন।
phone-mark-ready = আমাদের সমাধান প্রস্তুত চিহ্নিত করুন
phone-give-to = কাকে দেবেন
phone-give = দিন
phone-your-hand = আপনাদের হাত
phone-swaps-left = এই রাউন্ডে আর { $count }টি বদল বাকি
phone-add = সমাধানে যোগ করুন
phone-swap = বদলান
phone-support-left = এই রাউন্ডে আপনাদের বাকি সহায়তা
phone-support-of = { $kind }: { $held }-এর মধ্যে { $left }
phone-no-title-yet = (এখনও শিরোনাম নেই)
phone-untitled = (শিরোনামহীন)
phone-pledge = + { $kind }
phone-take-back-pledge = { $kind } ফিরিয়ে নিন
phone-pledged = অঙ্গীকার: { $pledges }
phone-pledged-kind = { $kind } ×{ $count }
phone-pledged-yours = { $kind } ×{ $count } (আপনাদের { $mine })
phone-nothing-pledged = অঙ্গীকার: এখনও কিছু নেই
phone-delivers = { $role } বাস্তবায়ন করবে ✓
phone-will-deliver = { $role } বাস্তবায়নে সাহায্য করবে
phone-who-delivers = কে বাস্তবায়ন করবে: { $roles }
phone-vote-closed = ভোট বন্ধ হয়েছে। পর্দার দিকে তাকান।
phone-dots-left = আর { $count }টি ফোঁটা বাকি
phone-dot = ● ফোঁটা
phone-dot-mine = ● ফোঁটা ({ $count })
phone-take-back = ফিরিয়ে নিন
phone-time-up = সময় শেষ
phone-minutes-left = আর { $minutes } মিনিট
phone-seconds-left = আর { $seconds } সেকেন্ড
phone-paused = (থামানো)
phone-your-challenge = আপনাদের চ্যালেঞ্জ
phone-redraw = আবার তুলুন (রাউন্ডে একবার)
phone-facilitator-reveals = সহায়ক সবার জন্য চ্যালেঞ্জটি দেখাবেন।
phone-draw-challenge = আমাদের চ্যালেঞ্জ তুলুন
phone-your-roles = আপনাদের ভূমিকা

## ঘরের পর্দা (পরিচিতি, উপস্থাপনা, ফিরে জানানো, ভোট, পর্যালোচনা)

room-heading = { $phase } · রাউন্ড { $round }/{ $rounds }
room-heading-before = { $phase } · { $rounds } রাউন্ডের প্রথমটির আগে
room-part = অংশ { $part }/{ $parts }
room-label = { $label }:
room-our-own = { $title } (আমাদের)
room-no-title-yet = (এখনও শিরোনাম নেই)
room-pledge-from-role = { $group } থেকে { $kind } ({ $role })
room-championed-by = সমর্থক: { $roles }
room-when = কখন: { $when }
room-where = কোথায়: { $level }
room-support = সহায়তা
room-will-deliver = বাস্তবায়ন করবে
briefing-hint = ঘর পরিকল্পনাগুলো শুনে নিলে সহায়ক ভূমিকা পর্বে যাবেন (পরবর্তী পর্ব, বা N)।
present-for = { $group } উপস্থাপন করছে
present-who = কে উপস্থাপন করবে:
present-end = ■ উপস্থাপনা শেষ
present-cards = কার্ড { $first }–{ $last }, মোট { $count }
report-back-for = { $group } ফিরে জানাচ্ছে
report-back-who = কে ফিরে জানাবে:
report-back-end = ■ ফিরে জানানো শেষ
report-back-hint = কোনো দলের ফিরে জানানো শুনতে দলটিতে চাপুন: তারা কী করবে, কার সহায়তায়, আর কে বাস্তবায়ন করবে।
report-back-support = পাওয়া সহায়তা
report-back-deliver = বাস্তবায়ন করবে
vote-hint = আপনার দলের ফোঁটা টেনে অন্য দলের সমাধানের কোনো মানদণ্ডে রাখুন; রাখা ফোঁটা ফিরিয়ে নিতে তাতে চাপুন।
vote-closed-hint = ভোট বন্ধ: প্রতিটি সমাধানের ফোঁটা আর তার স্থান।
vote-criteria-part = মানদণ্ড, অংশ { $part }/{ $parts }
vote-total = মোট
vote-place = { $dots } · { $place } নম্বর স্থান
vote-place-tied = { $dots } · যৌথভাবে { $place } নম্বর স্থান
vote-dots-left = { $group } · আর { $count }টি ফোঁটা বাকি
vote-no-dots-left = { $group } · আর কোনো ফোঁটা নেই
debrief-ended-early = সহায়ক সেশনটি আগেই শেষ করেছেন।
debrief-report-in = প্রতিবেদনটি আছে { $folder }-এ
debrief-report-failed = প্রতিবেদন লেখা যায়নি: { $reason }
debrief-round = রাউন্ড { $round }/{ $rounds }
debrief-round-part = { $round }, অংশ { $part }/{ $parts }
negotiate-heading = সহায়তার আলোচনা · রাউন্ড { $round }/{ $rounds }
negotiate-hint = অঙ্গীকার করতে একটি সহায়তা-টোকেন টেনে অন্য দলের সমাধানে রাখুন; কোনো ভূমিকা বাস্তবায়নে সাহায্য করবে বলতে ভূমিকাটি টেনে সমাধানে রাখুন। অঙ্গীকার তুলে নিতে তাতে চাপুন।
negotiate-deliverer = { $role } ({ $group })
negotiate-more = আরও { $count }টি

## টেবিল: প্রতিটি দলের অংশ আর মাঝখান

table-time-up = সময় শেষ
table-undo = ↶ ফিরিয়ে নিন
table-swap-pile = বদলের স্তূপ
table-swap-own-set = নিজেদের সেট থেকে বদলাতে কার্ড এখানে ছাড়ুন
table-swap-here = বদলাতে কার্ড এখানে ছাড়ুন ({ $count }টি কার্ড)
table-let-go = ধরে থাকার সময় “{ $title }” সরে গেছে (ফিরিয়ে নেওয়া বা অন্য দলের কারণে), তাই ছেড়ে দেওয়া হয়েছে
table-take-out-to-swap = বদলানোর আগে কার্ডটি সমাধান থেকে বের করুন
table-take-out-to-trade = দেওয়ার আগে কার্ডটি আপনাদের সমাধান থেকে বের করুন
table-our-idea = + আমাদের ধারণা
table-close-new-card = নতুন কার্ড বন্ধ করুন
table-new-card-hint = আমাদের নিজের ধারণা কার্ড: শিরোনাম, তারপর এটি কী করে
table-add-to-hand = আমাদের হাতে যোগ করুন
table-redraw = আবার তুলুন
table-ready = প্রস্তুত
table-tab-hand = হাত · { $count }
table-tab-solution = সমাধান · { $count }
table-tab-pitch = বর্ণনা
table-no-cards = হাতে কোনো কার্ড নেই
table-no-title = (শিরোনাম নেই)
table-no-pitch = (বর্ণনা নেই)
table-pitch-label = বর্ণনা:
table-drag-here = হাত থেকে কার্ড টেনে এখানে আনুন
table-ready-counts = { $ideas }টি ধারণা · { $methods }টি পদ্ধতি
table-counts = ধারণা { $ideas }/{ $ideas_min }–{ $ideas_max } · পদ্ধতি { $methods }/{ $methods_min }–{ $methods_max }
table-cost = দাম { $budget }-এর মধ্যে { $cost }
table-choose = বাছুন
table-when-toggle = কখন: { $when } ▸
table-where-toggle = কোথায়: { $level } ▸
table-swaps-left = আর { $count }টি বদল বাকি
table-wants = চায়: { $wants }
table-swap-role = অন্যটির সঙ্গে বদলান
table-waiting-for-roles = ভূমিকার অপেক্ষা: সহায়ক সেগুলো বিলি করবেন
table-draw-challenge = চ্যালেঞ্জ তুলুন
table-tap-to-close = বন্ধ করতে যেকোনো জায়গায় চাপুন
table-page = পাতা { $page }/{ $pages } ▸ আরও { $left }টি
table-page-last = পাতা { $page }/{ $pages } ▸ ১-এ ফিরুন
table-page-back = ▸ ফিরুন
table-page-more = ▸ আরও { $left }টি

## সহায়কের প্যানেল

panel-facilitator = সহায়ক
panel-rounds = { $phase } — { $rounds }টি রাউন্ড
panel-pause = থামান
panel-start = শুরু
panel-plus-minutes = +{ $minutes } মিনিট
# The timer while more than a minute is left (the last minute counts down as 0:59).
countdown-minutes = { $minutes } মিনিট
panel-skip = বাদ দিন
panel-deal-roles = এলোমেলোভাবে ভূমিকা বিলি করুন
panel-reveal-challenge = চ্যালেঞ্জ দেখান
panel-close-vote = ভোট বন্ধ করে মোট দেখান
panel-start-session = সেশন শুরু করুন
panel-finish = শেষ: পর্যালোচনায় যান
panel-next-round = পরের রাউন্ড ({ $round })
panel-next-phase = পরের পর্ব ▶ ({ $phase }-এর পরে)
panel-key = কী: { $key }
panel-undo = ফিরিয়ে নিন
panel-redo = আবার করুন
panel-groups = দল
panel-reopen = আবার খুলুন
panel-spotlight = আলোকপাত
panel-nobody = কেউ নয়
panel-notes = নোট
panel-note-hint = ঘরে কী বলা হলো…
panel-add-note = নোট যোগ করুন
panel-text-size = লেখার মাপ
panel-full-screen = পূর্ণ পর্দা (F11)
panel-leave-full-screen = পূর্ণ পর্দা ছাড়ুন (F11)
panel-console-open = সহায়কের কনসোল আলাদা জানালায় খুলুন
panel-console-second-display = দ্বিতীয় পর্দায় সহায়কের কনসোল
panel-console-close = সহায়কের কনসোল বন্ধ করুন
panel-saved-to = প্রতিটি কাজের পরে সংরক্ষিত হয়:
    { $file }
panel-end-session = এখনই সেশন শেষ করুন…
panel-leave = শিরোনাম পর্দায় ফিরুন… (Esc)
panel-keys = কী: Space সময় · N পরের · Ctrl+Z ফিরিয়ে নিন · H প্যানেল লুকান
panel-devices = যন্ত্র
panel-devices-on = দলগুলো নিজেদের যন্ত্র থেকে খেলবে
panel-join-address = { $address }
    কোড { $code }
panel-hide-join = যোগদানের কোড লুকান
panel-show-join = যোগদানের কোড দেখান
panel-no-devices = এখনও কোনো যন্ত্র যোগ দেয়নি।
panel-remove = সরান
panel-report-back-tap = কোনো দলের ফিরে জানানো শুনতে পর্দায় দলটিতে চাপুন; তার নোট এখানে আসবে।
panel-report-back-note = { $group }-এর ফিরে জানানো নিয়ে নোট (প্রতিবেদনে যাবে)
panel-note-saved = সংরক্ষিত: { $note }
panel-report-back-hint = দলটি কী করবে, কার সহায়তায়, কে বাস্তবায়ন করবে…
panel-save-note = নোট সংরক্ষণ করুন
panel-export = প্রতিবেদন রপ্তানি করুন
panel-export-what = Markdown, HTML, JSON আর নেটওয়ার্ক মানচিত্র
panel-exported = প্রতিবেদনটি আছে { $folder }-এ (report.md, report.html, session.json, network.graphml আর Kumu-র CSV ফাইল)।
confirm-leave = এই সেশন ছেড়ে যাবেন? এটি সংরক্ষিত আছে, শিরোনাম পর্দা থেকে আবার চালু করতে পারবেন।
confirm-leave-yes = ছেড়ে যান
confirm-end = এখনই সেশন শেষ করে পর্যালোচনায় যাবেন? ফিরিয়ে নিলে আবার ফিরে আসবে।
confirm-end-yes = সেশন শেষ করুন
confirm-quit = Living Lab বন্ধ করবেন? সেশনটি সংরক্ষিত আছে, পরে আবার চালু করতে পারবেন।
confirm-quit-yes = বন্ধ করুন
confirm-advance = সব দল প্রস্তুত নয়: { $groups }। তবু এগোবেন?
confirm-advance-yes = এগিয়ে যান
confirm-cancel = বাতিল

## প্রস্তুতি

setup-language = ঘরের ভাষা
setup-language-about = পর্দায়, অন্য ভাষা না চাওয়া ফোনে আর প্রতিবেদনে খেলার নিজের কথা। কার্ডগুলো ডেকে যেমন আছে তেমনই থাকবে।
setup-seats = এই ডেকে সর্বোচ্চ { $count }টি দল বসতে পারে।
setup-seats-shared = ঘরের জন্য একটি কার্ড সেটে এই ডেকে সর্বোচ্চ { $shared }টি দল বসতে পারে (তারপর এর { $kind } কার্ড ফুরিয়ে যায়)। প্রতিটি দলের জন্য একটি সেটে সর্বোচ্চ { $count }টি।
setup-seat = আসন: { $seat }
seat-bottom = নিচে
seat-top = ওপরে
seat-left = বাঁয়ে
seat-right = ডানে
seat-wall = দেয়াল
setup-add-group = + দল যোগ করুন
setup-group-n = দল { $number }
group-name-1 = ঘুড়ি
group-name-2 = সেতু
group-name-3 = লণ্ঠন
group-name-4 = বটগাছ
group-name-5 = দোয়েল
group-name-6 = কম্পাস
group-name-7 = বন্দর
group-name-8 = বাতিঘর
setup-cards = কার্ড
setup-cards-shared = ঘরের জন্য একটি সেট: একটি কার্ড একবারে এক জায়গায় থাকে, দলগুলো বিনিময় করে
setup-cards-per-group = প্রতিটি দলের জন্য একটি সেট, যেমন প্রতিটি টেবিলে নিজের ছাপানো কার্ড থাকলে হয়
setup-too-many = এই ডেকের একটি কার্ড সেটে { $shared }টি দল বসে, { $count }টি নয়।
setup-give-sets = প্রতিটি দলকে নিজের সেট দিন
setup-screen = পর্দা
setup-table = টাচ টেবিল: চার দিকে আসন, কার্ড প্রতিটি দলের দিকে মুখ করে
setup-wall = টিভি বা প্রজেক্টর: সবকিছু সোজা
setup-rounds = রাউন্ড
setup-rounds-unit = রাউন্ড
setup-start-briefing = পরিচিতি { $briefing } মিনিট আর ভূমিকা { $roles } মিনিট
setup-start-roles = ভূমিকা { $roles } মিনিট
setup-round-minutes = প্রতিটি রাউন্ড: চ্যালেঞ্জ { $challenge } মিনিট, গড়া { $build } মিনিট, উপস্থাপনা { $present } মিনিট, আলোচনা { $negotiate } মিনিট, ফিরে জানানো দলপ্রতি { $report_back } মিনিট, ভোট { $vote } মিনিট (শুরুতে { $start })।
setup-start = সেশন শুরু করুন ▶
setup-back = ডেকগুলোতে ফিরুন
setup-add-one = শুরু করতে অন্তত একটি দল যোগ করুন।

## শিরোনাম পর্দা আর ডেক ব্রাউজার

title-about = এক পর্দায় সবাই মিলে নকশা করার খেলা: ভূমিকা নিন, চ্যালেঞ্জ তুলুন, ধারণা আর পদ্ধতির কার্ড দিয়ে সমাধান গড়ুন, আর ভোট দিন।
title-resume-a-session = সেশন আবার চালু করুন
title-saved-session = { $deck } — { $phase } (রাউন্ড { $round }/{ $rounds }), { $groups }টি দল, সংরক্ষিত { $when }
title-resume = আবার চালু করুন
title-cannot-read = { $file } পড়া যাচ্ছে না ({ $problem }); এর ব্যাকআপ পাশেই .bak হিসেবে আছে
title-unknown-problem = অজানা সমস্যা
title-choose-a-deck = একটি ডেক বাছুন
title-play = এই ডেক দিয়ে খেলুন
title-browse = কার্ডগুলো দেখুন
title-bundled = গেমের সঙ্গে আসে
title-open-dialog = খুলুন…
title-deck-files = Living Lab ডেক
title-drop-hint = অথবা একটি ডেক ফাইল (.ron) এই উইন্ডোতে ফেলে দিন, বা তার পাথ লিখুন:
title-no-deck-file = কোনো ডেক ফাইল দেওয়া হয়নি
title-cannot-play = { $file } দিয়ে খেলা যাবে না
title-fix-the-file = ফাইলটি ঠিক করে আবার খুলুন; একই তালিকা দেখতে `livinglab check FILE` চালান।
title-recent = সম্প্রতি ব্যবহৃত
title-open-a-deck = ডেক ফাইল খুলুন
title-path-hint = /path/to/deck.ron
title-open = খুলুন
title-type-a-path = আগে একটি ডেক ফাইলের পথ লিখুন, যেমন /home/me/decks/our-deck.ron, তারপর খুলুন চাপুন। (নতুন ডেক বানাতে `livinglab new our-deck.ron` চালান।)
title-sessions-saved = প্রতিটি কাজের পরে সেশন সংরক্ষিত হয় { $folder }-এ
title-back = < ডেকগুলোতে ফিরুন
title-no-problems = `livinglab check` কোনো সমস্যা পায়নি।
title-search = খুঁজুন
title-search-hint = শিরোনাম, লেখা বা ট্যাগের একটি শব্দ
title-roles = ভূমিকা ({ $count })
title-challenges = চ্যালেঞ্জ ({ $count })
title-ideas = ধারণা ({ $count })
title-methods = পদ্ধতি ({ $count })
title-criteria = মানদণ্ড ({ $count })
title-seats-none = কোনো দল বসতে পারে না: কার্ড খুব কম
title-seats = সর্বোচ্চ { $count }টি দল বসতে পারে
title-seats-shared = একটি কার্ড সেটে { $count }টি দল, দলপ্রতি একটি সেটে { $most }টি
title-counts = { $roles }টি ভূমিকা, { $challenges }টি চ্যালেঞ্জ, { $ideas }টি ধারণা, { $methods }টি পদ্ধতি, { $criteria }টি মানদণ্ড

## খেলার জানালার বাকি অংশ

game-undone = ফিরিয়ে নেওয়া হয়েছে
game-redone = আবার করা হয়েছে
game-nothing-to-undo = ফিরিয়ে নেওয়ার কিছু নেই
game-nothing-to-redo = আবার করার কিছু নেই
game-resumed = সেশন যেখানে থেমেছিল সেখান থেকে আবার চালু হয়েছে
game-saved-to = সংরক্ষিত হয়েছে { $file }-এ
game-report-written = প্রতিবেদন লেখা হয়েছে { $folder }-এ
console-title = সহায়কের কনসোল
console-empty = ঘরের পর্দায় একটি সেশন খুলুন বা শুরু করুন; তার নিয়ন্ত্রণ এখানে দেখা যাবে।
deck-file-errors = ডেক ফাইলে ভুল আছে; শেষ ঠিক ডেকটি দিয়ে খেলা চলছে। এটি সরাতে ফাইলটি ঠিক করে সংরক্ষণ করুন।
devices-no-port = যন্ত্রগুলো যোগ দিতে পারছে না: { $port } থেকে কোনো পোর্ট খোলা যায়নি ({ $reason })
devices-no-session = কোনো সেশন খোলা নেই
join-card-title = ফোন থেকে খেলুন
join-card-address = অথবা খুলুন { $address }
join-card-code = কোড { $code }

## নিয়ম কেন কোনো চাল ফিরিয়ে দেয় (ঘরের পর্দায় আর ফোনে)

rule-too-long = { $what } { $count } অক্ষরের; ঘর যাতে পড়তে পারে সেজন্য { $max }-এর মধ্যে রাখুন
rule-no-such-group = { $number } নম্বর দল নেই; এই সেশনে { $count }টি দল আছে
rule-wrong-phase = { $what } হয় { $phases } পর্বে; এখন { $phase } পর্ব
rule-either-phase = { $first } বা { $second }
rule-marked-ready = { $group } তার সমাধান প্রস্তুত চিহ্নিত করেছে; সহায়ক এটি আবার খুলতে পারেন
rule-bad-language = ঘরের ভাষা: { $reason }
rule-rounds = একটি সেশনে ১ থেকে ১২টি রাউন্ড হয়, { $count } নয়
rule-no-such-level = { $level } এই ডেকের কোনো স্তর নয়; বাছুন { $levels }
rule-already-open = { $group }-এর সমাধান ইতিমধ্যে খোলা
rule-already-presenting = { $group } ইতিমধ্যে উপস্থাপন করছে
rule-nobody-presenting = কেউ উপস্থাপন করছে না
rule-already-reporting = { $group } ইতিমধ্যে ফিরে জানাচ্ছে
rule-nobody-reporting = কেউ ফিরে জানাচ্ছে না
rule-not-reported-yet = { $group } এখনও ফিরে জানায়নি; আগে তার ফিরে জানানো শুরু করুন
rule-no-such-pledge = তুলে নেওয়ার মতো এমন কোনো অঙ্গীকার নেই
rule-no-such-commitment = তুলে নেওয়ার মতো এমন কোনো প্রতিশ্রুতি নেই
rule-vote-already-closed = ভোট ইতিমধ্যে বন্ধ
rule-timer-running = সময় ইতিমধ্যে চলছে
rule-timer-not-running = সময় চলছে না
rule-extend = ১ থেকে { $max } মিনিট বাড়ান, { $minutes } নয়
rule-note-empty = নোটটি ফাঁকা
rule-revised-deck = সংশোধিত ডেক সেশন প্রয়োগ করে, নিয়ম নয়
rule-revised-deck-errors = সংশোধিত ডেকে ভুল আছে: { $reason }
rule-not-started = সেশন এখনও শুরু হয়নি
rule-already-ended = সেশন ইতিমধ্যে শেষ হয়েছে
rule-no-timer = { $what }: { $phase } পর্বে কোনো সময় মাপা হয় না
rule-group-needs-name = একটি দলের নাম দরকার
rule-group-name-taken = { $name } নামে ইতিমধ্যে একটি দল আছে
rule-too-many-groups = এক পর্দায় সর্বোচ্চ { $count }টি দল খেলতে পারে
rule-no-next-phase = সেশন শেষ হয়েছে; পরের কোনো পর্ব নেই
rule-add-a-group = শুরু করার আগে অন্তত একটি দল যোগ করুন
rule-seats-none = এই ডেকে একটি দলও বসতে পারে না: এতে { $have }টি { $kind } কার্ড আছে, দলপ্রতি দরকার { $need }টি
rule-seats-shared = ঘরের জন্য একটি কার্ড সেটে এই ডেকে সর্বোচ্চ { $max }টি দল বসতে পারে: এতে { $have }টি { $kind } কার্ড আছে, দলপ্রতি দরকার { $need }টি। { $count }টি দল বসাতে প্রতিটি দলকে নিজের কার্ড সেট দিন
rule-not-enough-roles = প্রতিটি দলকে তার ভূমিকা দেওয়ার মতো যথেষ্ট ভূমিকা বাকি নেই
rule-no-such-role = এই ডেকে { $role } ভূমিকা নেই
rule-role-from-other-set = { $role } অন্য দলের কার্ড সেটের; { $group } নিজের সেট থেকে ভূমিকা নেয়
rule-role-not-in-pile = { $role } ভূমিকাটি স্তূপে নেই
rule-role-taken = { $role } ভূমিকাটি ইতিমধ্যে { $group } নিয়েছে
rule-has-its-roles = { $group }-এর ইতিমধ্যে তার { $count }টি ভূমিকা আছে; আগে একটি ফেরত দিন
rule-does-not-hold-role = { $group }-এর কাছে { $role } ভূমিকা নেই
rule-no-other-roles = স্তূপে আর কোনো ভূমিকা বাকি নেই
rule-shared-challenge-reveal = এই ডেকে সব দলের একটাই চ্যালেঞ্জ: বরং সেটি দেখান
rule-has-challenge = { $group }-এর ইতিমধ্যে চ্যালেঞ্জ আছে
rule-no-challenges-left = তোলার মতো আর কোনো চ্যালেঞ্জ কার্ড নেই
rule-own-challenge = এই ডেকে প্রতিটি দল নিজের চ্যালেঞ্জ তোলে
rule-challenge-revealed = চ্যালেঞ্জটি ইতিমধ্যে দেখানো হয়েছে
rule-shared-challenge = এই ডেকে সব দলের একটাই চ্যালেঞ্জ
rule-already-redrawn = { $group } এই রাউন্ডে ইতিমধ্যে আবার চ্যালেঞ্জ তুলেছে
rule-no-challenge-to-redraw = { $group }-এর এখনও আবার তোলার মতো চ্যালেঞ্জ নেই
rule-no-other-challenges = তোলার মতো আর অন্য কোনো চ্যালেঞ্জ কার্ড নেই
rule-not-enough-to-deal = প্রতিটি দলকে হাত বিলি করার মতো যথেষ্ট { $kind } কার্ড নেই
rule-in-solution-not-hand = { $card } { $group }-এর সমাধানে আছে, হাতে নয়
rule-not-in-hand = { $card } { $group }-এর হাতে নেই
rule-swaps-used = { $group } এই রাউন্ডে তার { $count }টি বদলই ব্যবহার করেছে
rule-written-stays = দলের নিজের লেখা কার্ড সেই দলের কাছেই থাকে
rule-cannot-swap = { $card } বদলানো যায় না
rule-pile-empty = { $kind } স্তূপ ফাঁকা: বদলানোর মতো কিছু নেই
rule-trade-with-itself = একটি দল নিজের সঙ্গে বিনিময় করতে পারে না
rule-not-for-a-solution = { $card } সমাধানে যেতে পারে না
rule-solution-full-ideas = এই সমাধানে ইতিমধ্যে { $count }টি ধারণা আছে — এই ডেকে এর বেশি হয় না
rule-solution-full-methods = এই সমাধানে ইতিমধ্যে { $count }টি পদ্ধতি আছে — এই ডেকে এর বেশি হয় না
rule-over-budget = { $card }-এর দাম { $cost }: তাতে হবে { $total }, এই ডেকের { $budget } বাজেটের বেশি (সমাধানের দাম ইতিমধ্যে { $spent })
rule-not-in-solution = { $card } { $group }-এর সমাধানে নেই
rule-idea-needs-title = নতুন ধারণা কার্ডের একটি শিরোনাম দরকার
rule-idea-needs-text = নতুন ধারণা কার্ডে এটি কী করে তা নিয়ে এক-দুটি বাক্য দরকার
rule-already-champions = { $role } ইতিমধ্যে এই সমাধান সমর্থন করে
rule-does-not-champion = { $role } এই সমাধান সমর্থন করে না
rule-not-ready = এখনও প্রস্তুত নয়: { $missing }
rule-and = { $list }; { $next }
rule-missing-title = একটি শিরোনাম দিন
rule-missing-pitch = একটি বর্ণনা লিখুন
rule-missing-ideas = অন্তত { $count }টি ধারণা যোগ করুন
rule-missing-methods = অন্তত { $count }টি পদ্ধতি যোগ করুন
rule-missing-champions = আপনাদের কোন ভূমিকা এটি সমর্থন করে তা বাছুন
rule-missing-when = এটি কখন হবে বলুন ({ $now }, { $soon } বা { $later })
rule-missing-where = এটি কোথায় কাজ করবে বলুন ({ $levels })
rule-pledge-to-itself = একটি দল নিজের সমাধানে সহায়তার অঙ্গীকার করতে পারে না
rule-no-such-support = { $kind } এই ডেকের কোনো সহায়তার ধরন নয়; অঙ্গীকার করুন { $kinds }
rule-already-pledged = { $group } ইতিমধ্যে { $to }-কে { $kind } দেওয়ার অঙ্গীকার করেছে
rule-no-support-to-pledge = { $group }-এর অঙ্গীকার করার মতো { $kind } নেই: তার কোনো ভূমিকার কাছে তা নেই
rule-no-support-left = এই রাউন্ডে { $group }-এর অঙ্গীকার করার মতো আর { $kind } বাকি নেই: তার ছিল { $count }টি, আর তা { $to }-কে দিয়েছে; অন্য কোথাও দিতে একটি অঙ্গীকার তুলে নিন
rule-already-committed = { $group }-এর { $role } ইতিমধ্যে { $to }-এর সমাধানে প্রতিশ্রুতি দিয়েছে
rule-vote-closed = ভোট বন্ধ
rule-dots-on-itself = একটি দল নিজের সমাধানে ফোঁটা দিতে পারে না
rule-no-such-criterion = এই ডেকে { $criterion } মানদণ্ড নেই
rule-all-dots-placed = { $group } তার { $count }টি ফোঁটাই দিয়ে ফেলেছে; বরং একটি সরান
rule-no-dot-there = { $group }-এর সেখানে সরানোর মতো কোনো ফোঁটা নেই
rule-doing-remove-group = দল সরানো
rule-doing-card-sets = কার্ড সেট বাছাই
rule-doing-language = ঘরের ভাষা বাছাই
rule-doing-rounds = রাউন্ডের সংখ্যা বাছাই
rule-doing-deal-roles = ভূমিকা বিলি
rule-doing-name-solution = সমাধানের নাম দেওয়া
rule-doing-pitch = বর্ণনা লেখা
rule-doing-when = কখন হবে তা বাছাই
rule-doing-where = কোথায় কাজ করবে তা বাছাই
rule-doing-reopen = সমাধান আবার খোলা
rule-doing-present = উপস্থাপনা
rule-doing-end-presentation = উপস্থাপনা শেষ করা
rule-doing-report-back = ফিরে জানানো
rule-doing-end-report-back = ফিরে জানানো শেষ করা
rule-doing-report-note = ফিরে জানানো নিয়ে নোট
rule-doing-withdraw-support = সহায়তা তুলে নেওয়া
rule-doing-withdraw-commitment = প্রতিশ্রুতি তুলে নেওয়া
rule-doing-close-vote = ভোট বন্ধ করা
rule-doing-start-timer = সময় শুরু করা
rule-doing-pause-timer = সময় থামানো
rule-doing-extend-timer = সময় বাড়ানো
rule-doing-skip-timer = সময় বাদ দেওয়া
rule-doing-add-group = দল যোগ করা
rule-doing-change-group = দল বদলানো
rule-doing-choose-roles = ভূমিকা বাছাই
rule-doing-give-back-role = ভূমিকা ফেরত দেওয়া
rule-doing-swap-role = ভূমিকা বদলানো
rule-doing-draw-challenge = চ্যালেঞ্জ তোলা
rule-doing-reveal-challenge = চ্যালেঞ্জ দেখানো
rule-doing-redraw-challenge = আবার চ্যালেঞ্জ তোলা
rule-doing-swap-cards = কার্ড বদলানো
rule-doing-trade-cards = কার্ড বিনিময়
rule-doing-build = সমাধান গড়া
rule-doing-change-solution = সমাধান বদলানো
rule-doing-write-idea = ধারণা কার্ড লেখা
rule-doing-champions = সমর্থক বাছাই
rule-doing-ready = সমাধান প্রস্তুত চিহ্নিত করা
rule-doing-pledge = সহায়তার অঙ্গীকার
rule-doing-commit = বাস্তবায়নের প্রতিশ্রুতি
rule-doing-place-dots = ফোঁটা দেওয়া
rule-doing-move-dots = ফোঁটা সরানো
rule-field-title = শিরোনাম
rule-field-pitch = বর্ণনা
rule-field-note = নোট
rule-field-group-name = দলের নাম
rule-field-card-title = কার্ডের শিরোনাম
rule-field-card-text = কার্ডের লেখা

## Before the window opens: no graphics driver

gpu-missing = Living Lab তার উইন্ডো খুলতে পারছে না: এই কম্পিউটারে আঁকার জন্য কোনো { $driver } গ্রাফিক্স ড্রাইভার নেই।
gpu-missing-linux = একটি Vulkan ড্রাইভার ইনস্টল করুন। Debian বা Ubuntu-তে: sudo apt install mesa-vulkan-drivers (গ্রাফিক্স কার্ড ছাড়াও এটি আঁকে)। Fedora-তে: sudo dnf install mesa-vulkan-drivers। তারপর Living Lab আবার চালু করুন। ডেক তৈরিতে কোনো ড্রাইভার লাগে না: livinglab check, print, rehearse এবং report চলবে।
gpu-missing-windows = গ্রাফিক্স ড্রাইভার আপডেট করুন, Windows Update থেকে বা গ্রাফিক্স কার্ডের নির্মাতার (Intel, AMD বা NVIDIA) কাছ থেকে। ভার্চুয়াল মেশিনে তার 3D অ্যাক্সিলারেশন চালু করুন। তারপর Living Lab আবার চালু করুন।
gpu-missing-macos = Living Lab-এর জন্য Metal সহ একটি Mac লাগবে (macOS 10.13 বা তার পরের)। macOS আপডেট করুন, তারপর Living Lab আবার চালু করুন।

## The door: who may come in (the panel, the host page, the phone)
device-waiting = সহায়ক একটু পরেই আপনাকে ঢুকতে দেবেন। এই পাতাটি খোলা রাখুন।
join-waiting-title = ঢোকার অপেক্ষায়
device-refused = সহায়ক এই ডিভাইসটিকে ঢুকতে দেননি
join-refused-title = ঢুকতে দেওয়া হয়নি
join-closed = যোগ দেওয়া বন্ধ
device-locked = সহায়ক যোগ দেওয়া বন্ধ করেছেন: এখন কোনো নতুন ডিভাইস যোগ দিতে পারবে না
device-removed-no-rejoin = সহায়ক এই ডিভাইসটিকে সেশন থেকে সরিয়েছেন: সহায়ক আবার ঢুকতে না দিলে এটি আর যোগ দিতে পারবে না
## The facilitator's remote control (the host page) and the panel's list of devices
host-title = সহায়কের রিমোট
host-wrong = ভুল ঠিকানা
host-wrong-how = এটি সহায়কের ঠিকানা নয়। সহায়কের প্যানেলের কোডটি স্ক্যান করুন।
host-not-host = কেবল সহায়কের রিমোট এটি করতে পারে
host-no-such-device = এমন কোনো ডিভাইস নেই
host-connected-minutes = { $minutes } মিনিট ধরে যুক্ত
host-connected-seconds = { $seconds } সেকেন্ড ধরে যুক্ত
host-gone-minutes = { $minutes } মিনিট ধরে বিচ্ছিন্ন
host-gone-seconds = { $seconds } সেকেন্ড ধরে বিচ্ছিন্ন
host-last-move-minutes = শেষ চাল { $minutes } মিনিট আগে
host-last-move-seconds = শেষ চাল { $seconds } সেকেন্ড আগে
host-devices = ডিভাইস
host-no-devices = এখনও কোনো ডিভাইস যোগ দেয়নি।
host-admit = ঢুকতে দিন
host-refuse = ফিরিয়ে দিন
host-remove = সরান
host-let-back = আবার ঢুকতে দিন
host-waiting = ঢোকার অপেক্ষায়
host-removed = সরানো হয়েছে
host-refused = ফিরিয়ে দেওয়া হয়েছে
host-lobby = ঢুকতে দেওয়ার আগে জিজ্ঞেস করুন
host-lock = যোগ দেওয়া বন্ধ করুন
host-hide-code = যৌথ পর্দায় কোড লুকান
host-code = কোড: { $code }
host-start = শুরু
host-pause = বিরতি
host-next = পরের ধাপ
host-offline = খেলার সঙ্গে সংযোগ নেই: এই ডিভাইসটি কি ঘরের নেটওয়ার্কে আছে?
host-scan = সহায়কের রিমোট: আপনার ফোনে খুলুন (অন্যদের দেখাবেন না)
join-card-code-hidden = কোডের জন্য সহায়ককে জিজ্ঞেস করুন
panel-host-show = রিমোটের কোড দেখান
panel-host-hide = রিমোটের কোড লুকান

## Players' texts held for the facilitator's approval
rule-hold-not-text = কেবল খেলোয়াড়ের লেখা কোনো লেখাই অনুমোদনের জন্য আটকে রাখা যায়
rule-no-such-held = অনুমোদনের অপেক্ষায় { $number } নম্বরের কোনো লেখা নেই
host-hold-text = খেলোয়াড়দের লেখা অনুমোদনের জন্য আটকে রাখুন
host-held = অনুমোদনের অপেক্ষায় থাকা লেখা
host-no-held = কোনো লেখা অপেক্ষায় নেই।
host-approve = অনুমোদন করুন
host-edit = সম্পাদনা
host-hide = লুকান
host-held-idea = ভাবনার কার্ড
host-held-title = সমাধানের শিরোনাম
host-held-pitch = উপস্থাপনা
host-held-note = প্রতিশ্রুতির নোট
phone-waiting-approval = সহায়কের অনুমোদনের অপেক্ষায়
report-hidden-texts = { $count ->
    [one] ডিভাইসে লেখা একটি লেখা সহায়ক লুকিয়েছেন।
   *[other] ডিভাইসে লেখা { $count }টি লেখা সহায়ক লুকিয়েছেন।
}
panel-devices-waiting = { $count ->
    [one] একটি ডিভাইস ঢোকার অপেক্ষায় (নিচে, ডিভাইস)
   *[other] { $count }টি ডিভাইস ঢোকার অপেক্ষায় (নিচে, ডিভাইস)
}
panel-texts-waiting = { $count ->
    [one] একটি লেখা আপনার অনুমোদনের অপেক্ষায় (নিচে, ডিভাইস)
   *[other] { $count }টি লেখা আপনার অনুমোদনের অপেক্ষায় (নিচে, ডিভাইস)
}
