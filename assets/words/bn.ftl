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
kind-written = আমাদের নিজের ধারণা

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
