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
