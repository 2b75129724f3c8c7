# Living Lab کے اپنے الفاظ، اردو میں۔
# en.ftl سے ترجمہ؛ ابھی کسی اہلِ زبان نے نہیں پڑھا (docs/translating.md)۔

language-name = اردو

## کارڈ کی قسمیں، اور نیٹ ورک کے نقشے پر نقطوں کی قسمیں

kind-challenge = چیلنج
kind-idea = خیال
kind-method = طریقہ
kind-role = کردار
kind-criterion = معیار
kind-group = گروپ
kind-solution = حل
kind-written = ہمارا خیال

## راؤنڈ کے مرحلے

phase-setup = تیاری
phase-briefing = تعارف
phase-roles = کردار
phase-challenge = چیلنج
phase-build = تعمیر
phase-present = پیشکش
phase-negotiate = گفت و شنید
phase-report-back = واپسی رپورٹ
phase-vote = ووٹ
phase-debrief = جائزہ

## حل کب ہوگا

horizon-now = ابھی
horizon-soon = جلد
horizon-later = بعد میں

## نیٹ ورک کے نقشے پر روابط

link-took-the-role = نے کردار لیا
link-worked-on = نے کام کیا
link-used-in = میں استعمال ہوا
link-championed = نے حمایت کی
link-pledged-support = نے مدد کا وعدہ کیا
link-will-deliver = عمل میں لائے گا
link-voted-for = نے ووٹ دیا
link-traded-with = سے تبادلہ کیا

## رپورٹ (report.md, report.html)

report-title = { $deck } — ورکشاپ کی رپورٹ
report-kind = ورکشاپ کی رپورٹ
report-deck = ڈیک
report-tables =
    { $count ->
        [one] { $count } میز
       *[other] { $count } میزیں
    }
report-content = مواد: { $source }
report-table = میز { $number }
report-group-at-table = { $group } (میز { $number })
report-session = سیشن { $session }، { $started } سے { $ended } تک
report-ended-early = سہولت کار نے جلد ختم کیا
report-groups-and-roles = گروپ اور کردار
report-no-roles = کوئی کردار نہیں
report-round = راؤنڈ { $number }
report-untitled = (بے عنوان حل)
report-dots =
    { $count ->
        [one] { $count } نقطہ
       *[other] { $count } نقطے
    }
report-challenge = چیلنج
report-ideas = خیالات
report-methods = طریقے
report-none = کوئی نہیں
report-none-yet = ابھی کوئی نہیں
report-written-by-group = گروپ کا لکھا ہوا
report-championed-by = حمایتی
report-nobody-yet = ابھی کوئی نہیں
report-when = کب
report-where = کہاں
report-not-said = نہیں بتایا
report-presented-for = { $time } تک پیش کیا
report-written-cards = گروپ کے لکھے ہوئے خیال کارڈ
report-reported-back = واپسی رپورٹ دی
report-reported-back-for = { $time } تک واپسی رپورٹ دی
report-support-pledged = مدد کے وعدے
report-pledge-from = { $group } کی طرف سے { $kind }
report-will-deliver = عمل میں لائیں گے
report-deliverer = { $group } کا { $role }
report-time = وقت
report-column-round = راؤنڈ
report-column-phase = مرحلہ
report-column-planned = منصوبہ
report-column-took = لگا
report-minutes = { $minutes } منٹ
report-phase-took = راؤنڈ { $round }، { $phase }: { $took }
report-took-of-planned = منصوبے کے { $minutes } منٹ میں سے { $took }
report-over = وقت سے زیادہ
report-notes = سہولت کار کے نوٹس
report-network = نیٹ ورک
report-network-size = سیشن ایک نیٹ ورک کے طور پر: { $nodes } نقطے (گروپ، کردار، چیلنج، خیالات، طریقے اور حل) اور { $links } روابط۔
report-network-open = network.graphml کو Gephi یا yEd میں کھولیں، یا دونوں CSV فائلیں Kumu میں درآمد کریں۔
report-network-map = سیشن کا نیٹ ورک نقشہ
report-central = سب سے مرکزی خیالات اور طریقے
report-central-order = درمیانیت کے لحاظ سے، پھر روابط کی تعداد
report-column-card = کارڈ
report-column-kind = قسم
report-column-betweenness = درمیانیت
report-column-links = روابط
report-central-line = درمیانیت { $betweenness }، { $links } روابط
report-shared = وہ کارڈ جو کئی گروپوں کے حل میں شامل ہوئے
report-alliances = غیر متوقع اتحاد
report-alliances-about = مختلف گروپوں کے وہ کردار جنہوں نے ایک ہی حل کی حمایت کی یا اسے عمل میں لائیں گے۔
report-alliance = { $first } اور { $second }
report-organisers = ڈیک کے منتظمین کے لیے
report-never-chosen = بانٹے گئے مگر کبھی چنے نہیں گئے
report-never-dealt = کبھی بانٹے نہیں گئے
report-made-with = Living Lab سے بنایا گیا۔ پورا سیشن session.json میں ہے۔

## چھاپنے کے کارڈ (livinglab print)

print-title = { $deck } — چھاپنے کے کارڈ
print-how = { $sheets } A4 صفحات پر { $cards } کارڈ۔ 100% پر چھاپیں ("صفحے پر فٹ" نہیں)، پھر ٹوٹی لکیروں پر کاٹیں۔
print-costs = قیمت { $cost }
print-wants = چاہتا ہے:
print-picture-missing = تصویر موجود نہیں: { $file }

## کھیل سے پہلے فون جو صفحات دیکھتا ہے

join-title = کھیل میں شامل ہوں
join-code = اسکرین پر دکھایا گیا کوڈ
join-next = آگے
join-name = آپ کا نام (اختیاری)
join-group = آپ کا گروپ
join-no-groups = سہولت کار نے ابھی کوئی گروپ شامل نہیں کیا۔ جب کر لیں تو یہ صفحہ دوبارہ لوڈ کریں۔
join-offline = کھیل سے رابطہ نہیں: کیا یہ آلہ کمرے کے نیٹ ورک پر ہے؟
join-refused = مسترد ({ $status })
join-not-here = یہاں نہیں
join-no-such-page = ایسا کوئی صفحہ نہیں۔ شامل ہونے کے لیے اسکرین کا کوڈ اسکین کریں۔
join-first = پہلے شامل ہوں
join-first-how = مشترکہ اسکرین کا کوڈ اسکین کریں، یا وہاں دکھایا گیا پتہ کھولیں۔
join-wrong-code = غلط کوڈ
join-wrong-code-how = یہ اسکرین کا کوڈ نہیں۔ کوڈ دوبارہ اسکین کریں، یا /join پر لکھیں۔
join-wait = ایک منٹ رکیں
join-removed = ہٹا دیا گیا

## آلات کا سرور کیا جواب دیتا ہے

device-not-joined = یہ آلہ شامل نہیں ہوا: اسکرین کا کوڈ اسکین کریں
device-removed = سہولت کار نے اس آلے کو سیشن سے ہٹا دیا
device-too-many-codes = اس آلے سے بہت سے غلط کوڈ آئے: ایک منٹ رک کر دوبارہ کوشش کریں
device-unreadable = درخواست پڑھی نہیں جا سکی: { $reason }
device-not-the-code = یہ اسکرین کا کوڈ نہیں
device-no-such-group = ایسا کوئی گروپ نہیں: فہرست میں سے ایک چنیں
device-no-token = کھیل ٹوکن نہیں بنا سکا
device-group-full = اس گروپ کے پاس پہلے ہی { $count } آلات ہیں: ایک مل کر استعمال کریں، یا سہولت کار سے ایک ہٹانے کو کہیں
device-name = آلہ { $number }
device-group-gone = یہ گروپ اب سیشن میں نہیں
device-too-fast = ایک ساتھ بہت سی چالیں: ایک سیکنڈ رکیں
device-not-taking = کھیل ابھی چالیں نہیں لے رہا
device-no-answer = کھیل نے جواب نہیں دیا: اسکرین دیکھیں اور دوبارہ کوشش کریں
device-stopped = کھیل نے آلات کو جواب دینا بند کر دیا
device-bad-horizon = “کب” { $now }، { $soon } یا { $later } ہے، { $horizon } نہیں

## ہر مرحلے میں فون کیا کہتا ہے

hint-setup = سہولت کار کھیل تیار کر رہے ہیں۔ اسکرین دیکھیں۔
hint-briefing = تعارف سنیں۔ اسکرین دیکھیں۔
hint-roles = یہ آپ کے کردار ہیں: آپ کون ہیں اور کیا چاہتے ہیں۔
hint-challenge = اپنا چیلنج نکالیں۔
hint-build = اپنا حل بنائیں: اپنے ہاتھ سے کارڈ شامل کریں، اسے عنوان اور تفصیل دیں، پھر تیار کا نشان لگائیں۔
hint-present = ہر گروپ اپنا حل پیش کر رہا ہے۔ اسکرین دیکھیں۔
hint-negotiate = دوسرے گروپوں کے حل کے لیے مدد کا وعدہ کریں، اور بتائیں کہ آپ کے کون سے کردار انہیں عمل میں لانے میں مدد کریں گے۔
hint-report-back = ہر گروپ واپسی رپورٹ دے رہا ہے۔ اسکرین دیکھیں۔
hint-vote = دوسرے گروپوں کے حل پر اپنے نقطے لگائیں، ایک وقت میں ایک معیار۔
hint-debrief = سیشن ختم ہو گیا۔ اسکرین دیکھیں۔

## وہ صفحہ جس پر فون کھیلتا ہے

phone-connecting = رابطہ ہو رہا ہے…
phone-reconnecting = دوبارہ رابطہ ہو رہا ہے…
phone-language = زبان
phone-look-at-screen = اسکرین دیکھیں
phone-your-solution = آپ کا حل
phone-title = عنوان
phone-title-placeholder = اپنے حل کو نام دیں
phone-pitch = تفصیل
phone-pitch-placeholder = یہ کیا کرتا ہے اور کس کے لیے ہے
phone-saved = محفوظ ہو گیا۔
phone-write-idea = اپنا خیال لکھیں
phone-idea = خیال
phone-idea-text = یہ کیا کرتا ہے
phone-add-idea = ہمارے ہاتھ میں شامل کریں
phone-idea-needs-title = پہلے اپنے خیال کو عنوان دیں
phone-no-longer = یہ آلہ اب سیشن میں نہیں۔
phone-group-gone = آپ کا گروپ اب سیشن میں نہیں۔
phone-not-sent = نہیں بھیجا گیا: رابطہ ٹوٹ گیا۔ تھوڑی دیر میں دوبارہ کوشش کریں۔
phone-refused = مسترد ({ $status })
phone-phase-round = { $phase } · راؤنڈ { $round } از { $rounds }
phone-cost = قیمت { $cost }
phone-wants = چاہتا ہے:
phone-holds = پاس ہے:
phone-swap-role = یہ کردار بدلیں
phone-in-solution = آپ کے حل میں
phone-solution-counts = خیالات { $ideas } ({ $ideas-min }–{ $ideas-max }) · طریقے { $methods } ({ $methods-min }–{ $methods-max })
phone-solution-cost = قیمت { $budget } میں سے { $cost }
phone-take-out = نکالیں
phone-nothing-yet = ابھی کچھ نہیں: نیچے اپنے ہاتھ سے کارڈ شامل کریں۔
phone-champions = حمایتی
phone-when = کب
phone-where = کہاں
phone-marked-ready = تیار کا نشان لگ گیا۔ سہولت کار اسے دوبارہ کھول سکتے ہیں۔
phone-mark-ready = ہمارے حل پر تیار کا نشان لگائیں
phone-give-to = کس کو دیں
phone-give = دیں
phone-your-hand = آپ کا ہاتھ
phone-swaps-left = اس راؤنڈ میں { $count } تبادلے باقی
phone-add = حل میں شامل کریں
phone-swap = بدلیں
phone-support-left = اس راؤنڈ میں آپ کی باقی مدد
phone-support-of = { $kind }: { $held } میں سے { $left }
phone-no-title-yet = (ابھی عنوان نہیں)
phone-untitled = (بے عنوان)
phone-pledge = + { $kind }
phone-take-back-pledge = { $kind } واپس لیں
phone-pledged = وعدے: { $pledges }
phone-pledged-kind = { $kind } ×{ $count }
phone-pledged-yours = { $kind } ×{ $count } ({ $mine } آپ کے)
phone-nothing-pledged = وعدے: ابھی کوئی نہیں
phone-delivers = { $role } عمل میں لائے گا ✓
phone-will-deliver = { $role } عمل میں لانے میں مدد کرے گا
phone-who-delivers = کون عمل میں لائے گا: { $roles }
phone-vote-closed = ووٹنگ بند ہو گئی۔ اسکرین دیکھیں۔
phone-dots-left =
    { $count ->
        [one] { $count } نقطہ باقی
       *[other] { $count } نقطے باقی
    }
phone-dot = ● نقطہ
phone-dot-mine = ● نقطہ ({ $count })
phone-take-back = واپس لیں
phone-time-up = وقت ختم
phone-minutes-left = { $minutes } منٹ باقی
phone-seconds-left = { $seconds } سیکنڈ باقی
phone-paused = (رکا ہوا)
phone-your-challenge = آپ کا چیلنج
phone-redraw = دوبارہ نکالیں (ہر راؤنڈ میں ایک بار)
phone-facilitator-reveals = سہولت کار سب کے لیے چیلنج ظاہر کریں گے۔
phone-draw-challenge = ہمارا چیلنج نکالیں
phone-your-roles = آپ کے کردار

## کمرے کی اسکرینیں (تعارف، پیشکش، واپسی رپورٹ، ووٹ، جائزہ)

room-heading = { $phase } · راؤنڈ { $round } از { $rounds }
room-heading-before = { $phase } · { $rounds } راؤنڈ میں سے پہلے سے قبل
room-part = حصہ { $part } از { $parts }
room-label = { $label }:
room-our-own = { $title } (ہمارا)
room-no-title-yet = (ابھی عنوان نہیں)
room-pledge-from-role = { $group } کی طرف سے { $kind } ({ $role })
room-championed-by = حمایتی: { $roles }
room-when = کب: { $when }
room-where = کہاں: { $level }
room-support = مدد
room-will-deliver = عمل میں لائیں گے
briefing-hint = جب کمرہ منصوبے سن لے تو سہولت کار کرداروں کی طرف بڑھیں گے (اگلا مرحلہ، یا N)۔
present-for = { $group } پیش کر رہا ہے
present-who = کون پیش کرے گا:
present-end = ■ پیشکش ختم کریں
present-cards = کارڈ { $first }–{ $last } از { $count }
report-back-for = { $group } واپسی رپورٹ دے رہا ہے
report-back-who = کون واپسی رپورٹ دے گا:
report-back-end = ■ واپسی رپورٹ ختم کریں
report-back-hint = کسی گروپ کی واپسی رپورٹ سننے کے لیے اسے چھوئیں: وہ کیا کرے گا، کس کی مدد سے، اور کون عمل میں لائے گا۔
report-back-support = ملنے والی مدد
report-back-deliver = عمل میں لائیں گے
vote-hint = اپنے گروپ کا نقطہ کسی دوسرے گروپ کے حل کے معیار پر گھسیٹیں؛ لگا ہوا نقطہ واپس لینے کے لیے اسے چھوئیں۔
vote-closed-hint = ووٹنگ بند ہے: ہر حل کے نقطے، اور اس کا مقام۔
vote-criteria-part = معیارات، حصہ { $part } از { $parts }
vote-total = کل
vote-place = { $dots } · مقام { $place }
vote-place-tied = { $dots } · مشترکہ مقام { $place }
vote-dots-left =
    { $count ->
        [one] { $group } · { $count } نقطہ باقی
       *[other] { $group } · { $count } نقطے باقی
    }
vote-no-dots-left = { $group } · کوئی نقطہ باقی نہیں
debrief-ended-early = سہولت کار نے سیشن جلد ختم کر دیا۔
debrief-report-in = رپورٹ { $folder } میں ہے
debrief-report-failed = رپورٹ لکھی نہیں جا سکی: { $reason }
debrief-round = راؤنڈ { $round } از { $rounds }
debrief-round-part = { $round }، حصہ { $part } از { $parts }
negotiate-heading = مدد پر گفت و شنید · راؤنڈ { $round } از { $rounds }
negotiate-hint = مدد کا وعدہ کرنے کے لیے مدد کا ٹوکن کسی دوسرے گروپ کے حل پر گھسیٹیں؛ یہ کہنے کے لیے کہ کوئی کردار اسے عمل میں لانے میں مدد کرے گا، کردار کو حل پر گھسیٹیں۔ وعدہ واپس لینے کے لیے اسے چھوئیں۔
negotiate-deliverer = { $role } ({ $group })
negotiate-more = +{ $count } مزید

## میز: ہر گروپ کا حصہ اور درمیان

table-time-up = وقت ختم
table-undo = ↶ واپس
table-swap-pile = تبادلے کا ڈھیر
table-swap-own-set = اپنے سیٹ سے بدلنے کے لیے کارڈ یہاں چھوڑیں
table-swap-here =
    { $count ->
        [one] بدلنے کے لیے کارڈ یہاں چھوڑیں ({ $count } کارڈ)
       *[other] بدلنے کے لیے کارڈ یہاں چھوڑیں ({ $count } کارڈ)
    }
table-let-go = “{ $title }” پکڑے رہنے کے دوران ہٹ گیا (واپسی یا کسی دوسرے گروپ کی وجہ سے)، اس لیے چھوڑ دیا گیا
table-take-out-to-swap = بدلنے سے پہلے کارڈ حل سے نکالیں
table-take-out-to-trade = دینے سے پہلے کارڈ اپنے حل سے نکالیں
table-our-idea = + ہمارا خیال
table-close-new-card = نیا کارڈ بند کریں
table-new-card-hint = ہمارے اپنے خیال کا کارڈ: عنوان، پھر یہ کیا کرتا ہے
table-add-to-hand = ہمارے ہاتھ میں شامل کریں
table-redraw = دوبارہ نکالیں
table-ready = تیار
table-tab-hand = ہاتھ · { $count }
table-tab-solution = حل · { $count }
table-tab-pitch = تفصیل
table-no-cards = ہاتھ میں کوئی کارڈ نہیں
table-no-title = (بے عنوان)
table-no-pitch = (تفصیل نہیں)
table-pitch-label = تفصیل:
table-drag-here = ہاتھ سے کارڈ یہاں گھسیٹیں
table-ready-counts = { $ideas } خیالات · { $methods } طریقے
table-counts = خیالات { $ideas }/{ $ideas_min }–{ $ideas_max } · طریقے { $methods }/{ $methods_min }–{ $methods_max }
table-cost = قیمت { $budget } میں سے { $cost }
table-choose = چنیں
table-when-toggle = کب: { $when } ▸
table-where-toggle = کہاں: { $level } ▸
table-swaps-left = { $count } تبادلے باقی
table-wants = چاہتا ہے: { $wants }
table-swap-role = کسی اور سے بدلیں
table-waiting-for-roles = کرداروں کا انتظار: سہولت کار انہیں بانٹیں گے
table-draw-challenge = چیلنج نکالیں
table-tap-to-close = بند کرنے کے لیے کہیں بھی چھوئیں
table-page = صفحہ { $page } از { $pages } ▸ { $left } مزید
table-page-last = صفحہ { $page } از { $pages } ▸ 1 پر واپس
table-page-back = ▸ واپس
table-page-more = ▸ { $left } مزید

## سہولت کار کا پینل

panel-facilitator = سہولت کار
panel-rounds = { $phase } — { $rounds } راؤنڈ
panel-pause = روکیں
panel-start = شروع
panel-plus-minutes = +{ $minutes } منٹ
# The timer while more than a minute is left (the last minute counts down as 0:59).
countdown-minutes = { $minutes } منٹ
panel-skip = چھوڑیں
panel-deal-roles = کردار بے ترتیب بانٹیں
panel-reveal-challenge = چیلنج ظاہر کریں
panel-close-vote = ووٹنگ بند کریں اور کل دکھائیں
panel-start-session = سیشن شروع کریں
panel-finish = ختم: جائزے پر جائیں
panel-next-round = اگلا راؤنڈ ({ $round })
panel-next-phase = اگلا مرحلہ ▶ ({ $phase } کے بعد)
panel-key = کلید: { $key }
panel-undo = واپس
panel-redo = دوبارہ
panel-groups = گروپ
panel-reopen = دوبارہ کھولیں
panel-spotlight = نمایاں
panel-nobody = کوئی نہیں
panel-notes = نوٹس
panel-note-hint = کمرے نے کیا کہا…
panel-add-note = نوٹ شامل کریں
panel-text-size = تحریر کا سائز
panel-full-screen = پوری اسکرین (F11)
panel-leave-full-screen = پوری اسکرین چھوڑیں (F11)
panel-console-open = سہولت کار کا کنسول الگ ونڈو میں کھولیں
panel-console-second-display = دوسری اسکرین پر سہولت کار کا کنسول
panel-console-close = سہولت کار کا کنسول بند کریں
panel-saved-to = ہر کام کے بعد محفوظ ہوتا ہے:
    { $file }
panel-end-session = ابھی سیشن ختم کریں…
panel-leave = عنوان اسکرین پر جائیں… (Esc)
panel-keys = کلیدیں: Space وقت · N اگلا · Ctrl+Z واپس · H پینل چھپائیں
panel-devices = آلات
panel-devices-on = گروپ اپنے آلات سے کھیلتے ہیں
panel-join-address = { $address }
    کوڈ { $code }
panel-hide-join = شامل ہونے کا کوڈ چھپائیں
panel-show-join = شامل ہونے کا کوڈ دکھائیں
panel-no-devices = ابھی کوئی آلہ شامل نہیں ہوا۔
panel-remove = ہٹائیں
panel-report-back-tap = کسی گروپ کی واپسی رپورٹ سننے کے لیے اسکرین پر اسے چھوئیں؛ اس کا نوٹ یہاں آئے گا۔
panel-report-back-note = { $group } کی واپسی رپورٹ پر نوٹ (رپورٹ میں جائے گا)
panel-note-saved = محفوظ: { $note }
panel-report-back-hint = گروپ کیا کرے گا، کس کی مدد سے، کون عمل میں لائے گا…
panel-save-note = نوٹ محفوظ کریں
panel-export = رپورٹ برآمد کریں
panel-export-what = Markdown، HTML، JSON اور نیٹ ورک کا نقشہ
panel-exported = رپورٹ { $folder } میں ہے (report.md، report.html، session.json، network.graphml اور Kumu کی CSV فائلیں)۔
confirm-leave = یہ سیشن چھوڑیں؟ یہ محفوظ ہے، اور آپ اسے عنوان اسکرین سے دوبارہ شروع کر سکتے ہیں۔
confirm-leave-yes = چھوڑیں
confirm-end = ابھی سیشن ختم کر کے جائزے پر جائیں؟ واپس لینے سے یہ لوٹ آئے گا۔
confirm-end-yes = سیشن ختم کریں
confirm-quit = Living Lab بند کریں؟ سیشن محفوظ ہے، اور آپ اسے بعد میں دوبارہ شروع کر سکتے ہیں۔
confirm-quit-yes = بند کریں
confirm-advance = ہر گروپ تیار نہیں: { $groups }۔ پھر بھی آگے بڑھیں؟
confirm-advance-yes = آگے بڑھیں
confirm-cancel = منسوخ

## تیاری

setup-language = کمرے کی زبان
setup-language-about = اسکرینوں پر، ان فونوں پر جو کوئی اور زبان نہیں مانگتے، اور رپورٹ میں کھیل کے اپنے الفاظ۔ کارڈ ویسے ہی رہتے ہیں جیسے ڈیک میں ہیں۔
setup-seats = اس ڈیک میں زیادہ سے زیادہ { $count } گروپ بیٹھ سکتے ہیں۔
setup-seats-shared = کمرے کے لیے کارڈوں کے ایک سیٹ کے ساتھ اس ڈیک میں زیادہ سے زیادہ { $shared } گروپ بیٹھ سکتے ہیں (اس کے بعد اس کے { $kind } کارڈ ختم ہو جاتے ہیں)۔ ہر گروپ کے لیے ایک سیٹ کے ساتھ زیادہ سے زیادہ { $count }۔
setup-seat = نشست: { $seat }
seat-bottom = نیچے
seat-top = اوپر
seat-left = بائیں
seat-right = دائیں
seat-wall = دیوار
setup-add-group = + گروپ شامل کریں
setup-group-n = گروپ { $number }
group-name-1 = پتنگیں
group-name-2 = پل
group-name-3 = لالٹین
group-name-4 = برگد
group-name-5 = کوے
group-name-6 = قطب نما
group-name-7 = بندرگاہ
group-name-8 = مینار
setup-cards = کارڈ
setup-cards-shared = کمرے کے لیے ایک سیٹ: ایک کارڈ ایک وقت میں ایک جگہ ہوتا ہے، گروپ تبادلہ کرتے ہیں
setup-cards-per-group = ہر گروپ کے لیے ایک سیٹ، جیسے ہر میز کے اپنے چھپے ہوئے کارڈ ہوں
setup-too-many = اس ڈیک کے کارڈوں کے ایک سیٹ میں { $shared } گروپ بیٹھتے ہیں، { $count } نہیں۔
setup-give-sets = ہر گروپ کو اپنا سیٹ دیں
setup-screen = اسکرین
setup-table = ٹچ میز: چاروں طرف نشستیں، کارڈ ہر گروپ کی طرف رخ کیے
setup-wall = ٹی وی یا پروجیکٹر: سب کچھ سیدھا
setup-rounds = راؤنڈ
setup-rounds-unit = راؤنڈ
setup-start-briefing = تعارف { $briefing } منٹ اور کردار { $roles } منٹ
setup-start-roles = کردار { $roles } منٹ
setup-round-minutes = ہر راؤنڈ: چیلنج { $challenge } منٹ، تعمیر { $build } منٹ، پیشکش { $present } منٹ، گفت و شنید { $negotiate } منٹ، واپسی رپورٹ فی گروپ { $report_back } منٹ، ووٹ { $vote } منٹ (شروع میں { $start })۔
setup-start = سیشن شروع کریں ▶
setup-back = ڈیکوں پر واپس
setup-add-one = شروع کرنے کے لیے کم از کم ایک گروپ شامل کریں۔

## عنوان اسکرین اور ڈیک براؤزر

title-about = ایک مشترکہ اسکرین کے لیے مل کر ڈیزائن کرنے کا کھیل: کردار لیں، چیلنج نکالیں، خیالات اور طریقوں کے کارڈوں سے حل بنائیں، اور ووٹ دیں۔
title-resume-a-session = سیشن دوبارہ شروع کریں
title-saved-session = { $deck } — { $phase } (راؤنڈ { $round } از { $rounds })، { $groups } گروپ، محفوظ { $when }
title-resume = دوبارہ شروع کریں
title-cannot-read = { $file } پڑھی نہیں جا سکتی ({ $problem })؛ اس کا بیک اپ ساتھ ہی .bak کے طور پر ہے
title-unknown-problem = نامعلوم مسئلہ
title-choose-a-deck = ایک ڈیک چنیں
title-play = یہ ڈیک کھیلیں
title-browse = کارڈ دیکھیں
title-bundled = گیم کے ساتھ آتا ہے
title-open-dialog = کھولیں…
title-deck-files = Living Lab ڈیک
title-drop-hint = یا ڈیک فائل (.ron) اس ونڈو پر چھوڑیں، یا اس کا راستہ لکھیں:
title-no-deck-file = کوئی ڈیک فائل نہیں دی گئی
title-cannot-play = { $file } سے کھیلا نہیں جا سکتا
title-fix-the-file = فائل درست کر کے دوبارہ کھولیں؛ یہی فہرست دیکھنے کے لیے `livinglab check FILE` چلائیں۔
title-recent = حال ہی میں استعمال شدہ
title-open-a-deck = ڈیک فائل کھولیں
title-path-hint = /path/to/deck.ron
title-open = کھولیں
title-type-a-path = پہلے کسی ڈیک فائل کا راستہ لکھیں، جیسے /home/me/decks/our-deck.ron، پھر کھولیں دبائیں۔ (نیا ڈیک بنانے کے لیے `livinglab new our-deck.ron` چلائیں۔)
title-sessions-saved = سیشن ہر کام کے بعد { $folder } میں محفوظ ہوتے ہیں
title-back = < ڈیکوں پر واپس
title-no-problems = `livinglab check` کو کوئی مسئلہ نہیں ملا۔
title-search = تلاش
title-search-hint = عنوان، تحریر یا ٹیگ کا کوئی لفظ
title-roles = کردار ({ $count })
title-challenges = چیلنج ({ $count })
title-ideas = خیالات ({ $count })
title-methods = طریقے ({ $count })
title-criteria = معیارات ({ $count })
title-seats-none = کوئی گروپ نہیں بیٹھ سکتا: کارڈ بہت کم ہیں
title-seats = زیادہ سے زیادہ { $count } گروپ بیٹھ سکتے ہیں
title-seats-shared = کارڈوں کے ایک سیٹ کے ساتھ { $count }، ہر گروپ کے سیٹ کے ساتھ { $most }
title-counts = { $roles } کردار، { $challenges } چیلنج، { $ideas } خیالات، { $methods } طریقے، { $criteria } معیارات

## کھیل کی ونڈو کا باقی حصہ

game-undone = واپس لے لیا
game-redone = دوبارہ کر دیا
game-nothing-to-undo = واپس لینے کو کچھ نہیں
game-nothing-to-redo = دوبارہ کرنے کو کچھ نہیں
game-resumed = سیشن وہیں سے دوبارہ شروع ہوا جہاں رکا تھا
game-saved-to = { $file } میں محفوظ
game-report-written = رپورٹ { $folder } میں لکھی گئی
console-title = سہولت کار کا کنسول
console-empty = کمرے کی اسکرین پر کوئی سیشن کھولیں یا شروع کریں؛ اس کے کنٹرول یہاں دکھائی دیں گے۔
deck-file-errors = ڈیک فائل میں غلطیاں ہیں؛ آخری درست ڈیک سے کھیل جاری ہے۔ اسے ہٹانے کے لیے فائل درست کر کے محفوظ کریں۔
devices-no-port = آلات شامل نہیں ہو سکتے: { $port } سے آگے کوئی پورٹ نہیں کھل سکا ({ $reason })
devices-no-session = کوئی سیشن کھلا نہیں
join-card-title = اپنے فون سے کھیلیں
join-card-address = یا { $address } کھولیں
join-card-code = کوڈ { $code }

## قواعد کوئی چال کیوں رد کرتے ہیں (کمرے کی اسکرین اور فونوں پر)

rule-too-long = { $what } { $count } حروف کا ہے؛ اسے { $max } تک رکھیں تاکہ کمرہ پڑھ سکے
rule-no-such-group = گروپ { $number } موجود نہیں؛ اس سیشن میں { $count } گروپ ہیں
rule-wrong-phase = { $what } { $phases } کے مرحلے میں ہوتا ہے؛ یہ { $phase } کا مرحلہ ہے
rule-either-phase = { $first } یا { $second }
rule-marked-ready = { $group } نے اپنے حل پر تیار کا نشان لگا دیا ہے؛ سہولت کار اسے دوبارہ کھول سکتے ہیں
rule-bad-language = کمرے کی زبان: { $reason }
rule-rounds = ایک سیشن میں 1 سے 12 راؤنڈ ہوتے ہیں، { $count } نہیں
rule-no-such-level = { $level } اس ڈیک کی کوئی سطح نہیں؛ چنیں { $levels }
rule-already-open = { $group } کا حل پہلے ہی کھلا ہے
rule-already-presenting = { $group } پہلے ہی پیش کر رہا ہے
rule-nobody-presenting = کوئی پیش نہیں کر رہا
rule-already-reporting = { $group } پہلے ہی واپسی رپورٹ دے رہا ہے
rule-nobody-reporting = کوئی واپسی رپورٹ نہیں دے رہا
rule-not-reported-yet = { $group } نے ابھی واپسی رپورٹ نہیں دی؛ پہلے اس کی واپسی رپورٹ شروع کریں
rule-no-such-pledge = واپس لینے کے لیے ایسا کوئی وعدہ نہیں
rule-no-such-commitment = واپس لینے کے لیے ایسی کوئی ذمہ داری نہیں
rule-vote-already-closed = ووٹنگ پہلے ہی بند ہے
rule-timer-running = وقت پہلے ہی چل رہا ہے
rule-timer-not-running = وقت نہیں چل رہا
rule-extend = 1 سے { $max } منٹ بڑھائیں، { $minutes } نہیں
rule-note-empty = نوٹ خالی ہے
rule-revised-deck = ترمیم شدہ ڈیک سیشن لاگو کرتا ہے، قواعد نہیں
rule-revised-deck-errors = ترمیم شدہ ڈیک میں غلطیاں ہیں: { $reason }
rule-not-started = سیشن ابھی شروع نہیں ہوا
rule-already-ended = سیشن پہلے ہی ختم ہو چکا ہے
rule-no-timer = { $what }: { $phase } کے مرحلے میں کوئی وقت نہیں
rule-group-needs-name = گروپ کا نام ہونا ضروری ہے
rule-group-name-taken = { $name } نام کا گروپ پہلے سے موجود ہے
rule-too-many-groups = ایک اسکرین پر زیادہ سے زیادہ { $count } گروپ کھیل سکتے ہیں
rule-no-next-phase = سیشن ختم ہو گیا؛ کوئی اگلا مرحلہ نہیں
rule-add-a-group = شروع کرنے سے پہلے کم از کم ایک گروپ شامل کریں
rule-seats-none = اس ڈیک میں ایک گروپ بھی نہیں بیٹھ سکتا: اس میں { $have } { $kind } کارڈ ہیں جبکہ فی گروپ { $need } چاہییں
rule-seats-shared = کمرے کے لیے کارڈوں کے ایک سیٹ کے ساتھ یہ ڈیک زیادہ سے زیادہ { $max } گروپوں کے لیے ہے: اس میں { $have } { $kind } کارڈ ہیں جبکہ فی گروپ { $need } چاہییں۔ { $count } گروپ بٹھانے کے لیے ہر گروپ کو کارڈوں کا اپنا سیٹ دیں
rule-not-enough-roles = ہر گروپ کو اس کے کردار دینے کے لیے کافی کردار باقی نہیں
rule-no-such-role = اس ڈیک میں { $role } کا کردار نہیں
rule-role-from-other-set = { $role } کسی دوسرے گروپ کے کارڈ سیٹ کا ہے؛ { $group } اپنے سیٹ سے کردار لیتا ہے
rule-role-not-in-pile = { $role } کا کردار ڈھیر میں نہیں
rule-role-taken = { $role } کا کردار پہلے ہی { $group } کے پاس ہے
rule-has-its-roles = { $group } کے پاس پہلے ہی اس کے { $count } کردار ہیں؛ پہلے ایک واپس کریں
rule-does-not-hold-role = { $group } کے پاس { $role } کا کردار نہیں
rule-no-other-roles = ڈھیر میں کوئی اور کردار باقی نہیں
rule-shared-challenge-reveal = اس ڈیک میں سب گروپوں کا ایک ہی چیلنج ہے: بلکہ اسے ظاہر کریں
rule-has-challenge = { $group } کے پاس پہلے ہی اس کا چیلنج ہے
rule-no-challenges-left = نکالنے کے لیے کوئی چیلنج کارڈ باقی نہیں
rule-own-challenge = اس ڈیک میں ہر گروپ اپنا چیلنج خود نکالتا ہے
rule-challenge-revealed = چیلنج پہلے ہی ظاہر ہو چکا ہے
rule-shared-challenge = اس ڈیک میں سب گروپوں کا ایک ہی چیلنج ہے
rule-already-redrawn = { $group } اس راؤنڈ میں پہلے ہی دوبارہ چیلنج نکال چکا ہے
rule-no-challenge-to-redraw = { $group } کے پاس ابھی دوبارہ نکالنے کو کوئی چیلنج نہیں
rule-no-other-challenges = نکالنے کے لیے کوئی اور چیلنج کارڈ باقی نہیں
rule-not-enough-to-deal = ہر گروپ کو ہاتھ بانٹنے کے لیے کافی { $kind } کارڈ نہیں
rule-in-solution-not-hand = { $card } { $group } کے حل میں ہے، ہاتھ میں نہیں
rule-not-in-hand = { $card } { $group } کے ہاتھ میں نہیں
rule-swaps-used = { $group } اس راؤنڈ میں اپنے تمام { $count } تبادلے استعمال کر چکا ہے
rule-written-stays = گروپ کا اپنا لکھا ہوا کارڈ اسی گروپ کے پاس رہتا ہے
rule-cannot-swap = { $card } بدلا نہیں جا سکتا
rule-pile-empty = { $kind } کا ڈھیر خالی ہے: بدلنے کو کچھ نہیں
rule-trade-with-itself = کوئی گروپ اپنے آپ سے تبادلہ نہیں کر سکتا
rule-not-for-a-solution = { $card } حل میں نہیں جا سکتا
rule-solution-full-ideas = اس حل میں پہلے ہی { $count } خیالات ہیں — یہ ڈیک اس سے زیادہ کی اجازت نہیں دیتا
rule-solution-full-methods = اس حل میں پہلے ہی { $count } طریقے ہیں — یہ ڈیک اس سے زیادہ کی اجازت نہیں دیتا
rule-over-budget = { $card } کی قیمت { $cost } ہے: کل { $total } ہو جائے گا، جو اس ڈیک کے { $budget } کے بجٹ سے زیادہ ہے (حل کی قیمت پہلے ہی { $spent } ہے)
rule-not-in-solution = { $card } { $group } کے حل میں نہیں
rule-idea-needs-title = نئے خیال کارڈ کا عنوان ہونا ضروری ہے
rule-idea-needs-text = نئے خیال کارڈ میں ایک دو جملے ہوں کہ یہ کیا کرتا ہے
rule-already-champions = { $role } پہلے ہی اس حل کا حمایتی ہے
rule-does-not-champion = { $role } اس حل کا حمایتی نہیں
rule-not-ready = ابھی تیار نہیں: { $missing }
rule-and = { $list }؛ { $next }
rule-missing-title = اسے عنوان دیں
rule-missing-pitch = تفصیل لکھیں
rule-missing-ideas = کم از کم { $count } خیالات شامل کریں
rule-missing-methods = کم از کم { $count } طریقے شامل کریں
rule-missing-champions = چنیں کہ آپ کے کون سے کردار اس کے حمایتی ہیں
rule-missing-when = بتائیں یہ کب ہوگا ({ $now }، { $soon } یا { $later })
rule-missing-where = بتائیں یہ کہاں کام کرے گا ({ $levels })
rule-pledge-to-itself = کوئی گروپ اپنے ہی حل کے لیے مدد کا وعدہ نہیں کر سکتا
rule-no-such-support = { $kind } اس ڈیک میں مدد کی کوئی قسم نہیں؛ وعدہ کریں { $kinds }
rule-already-pledged = { $group } پہلے ہی { $to } سے { $kind } کا وعدہ کر چکا ہے
rule-no-support-to-pledge = { $group } کے پاس وعدے کے لیے کوئی { $kind } نہیں: اس کے کسی کردار کے پاس یہ نہیں
rule-no-support-left = اس راؤنڈ میں { $group } کے پاس وعدے کے لیے مزید { $kind } نہیں: اس کے پاس { $count } تھے اور اس نے { $to } سے وعدہ کر دیا؛ کہیں اور دینے کے لیے ایک وعدہ واپس لیں
rule-already-committed = { $group } کا { $role } پہلے ہی { $to } کے حل کی ذمہ داری لے چکا ہے
rule-vote-closed = ووٹنگ بند ہے
rule-dots-on-itself = کوئی گروپ اپنے ہی حل پر نقطے نہیں لگا سکتا
rule-no-such-criterion = اس ڈیک میں { $criterion } کا معیار نہیں
rule-all-dots-placed = { $group } اپنے تمام { $count } نقطے لگا چکا ہے؛ بلکہ ایک کو ہٹائیں
rule-no-dot-there = { $group } کا وہاں ہٹانے کو کوئی نقطہ نہیں
rule-doing-remove-group = گروپ ہٹانا
rule-doing-card-sets = کارڈ سیٹ چننا
rule-doing-language = کمرے کی زبان چننا
rule-doing-rounds = راؤنڈوں کی تعداد چننا
rule-doing-deal-roles = کردار بانٹنا
rule-doing-name-solution = حل کا نام رکھنا
rule-doing-pitch = تفصیل لکھنا
rule-doing-when = یہ چننا کہ کب ہوگا
rule-doing-where = یہ چننا کہ کہاں کام کرے گا
rule-doing-reopen = حل دوبارہ کھولنا
rule-doing-present = پیشکش
rule-doing-end-presentation = پیشکش ختم کرنا
rule-doing-report-back = واپسی رپورٹ
rule-doing-end-report-back = واپسی رپورٹ ختم کرنا
rule-doing-report-note = واپسی رپورٹ پر نوٹ
rule-doing-withdraw-support = مدد واپس لینا
rule-doing-withdraw-commitment = ذمہ داری واپس لینا
rule-doing-close-vote = ووٹنگ بند کرنا
rule-doing-start-timer = وقت شروع کرنا
rule-doing-pause-timer = وقت روکنا
rule-doing-extend-timer = وقت بڑھانا
rule-doing-skip-timer = وقت چھوڑنا
rule-doing-add-group = گروپ شامل کرنا
rule-doing-change-group = گروپ بدلنا
rule-doing-choose-roles = کردار چننا
rule-doing-give-back-role = کردار واپس کرنا
rule-doing-swap-role = کردار بدلنا
rule-doing-draw-challenge = چیلنج نکالنا
rule-doing-reveal-challenge = چیلنج ظاہر کرنا
rule-doing-redraw-challenge = دوبارہ چیلنج نکالنا
rule-doing-swap-cards = کارڈ بدلنا
rule-doing-trade-cards = کارڈوں کا تبادلہ
rule-doing-build = حل بنانا
rule-doing-change-solution = حل بدلنا
rule-doing-write-idea = خیال کارڈ لکھنا
rule-doing-champions = حمایتی چننا
rule-doing-ready = حل پر تیار کا نشان لگانا
rule-doing-pledge = مدد کا وعدہ
rule-doing-commit = عمل میں لانے کی ذمہ داری
rule-doing-place-dots = نقطے لگانا
rule-doing-move-dots = نقطے ہٹانا
rule-field-title = عنوان
rule-field-pitch = تفصیل
rule-field-note = نوٹ
rule-field-group-name = گروپ کا نام
rule-field-card-title = کارڈ کا عنوان
rule-field-card-text = کارڈ کی تحریر

## Before the window opens: no graphics driver

gpu-missing = Living Lab اپنی ونڈو نہیں کھول سکتا: اس کمپیوٹر میں بنانے کے لیے کوئی { $driver } گرافکس ڈرائیور نہیں ہے۔
gpu-missing-linux = Vulkan ڈرائیور انسٹال کریں۔ Debian یا Ubuntu پر: sudo apt install mesa-vulkan-drivers (یہ گرافکس کارڈ کے بغیر بھی بناتا ہے)۔ Fedora پر: sudo dnf install mesa-vulkan-drivers۔ پھر Living Lab دوبارہ شروع کریں۔ ڈیک تیار کرنے کے لیے ڈرائیور کی ضرورت نہیں: livinglab check، print، rehearse اور report چلتے رہتے ہیں۔
gpu-missing-windows = گرافکس ڈرائیور اپ ڈیٹ کریں، Windows Update سے یا گرافکس کارڈ بنانے والے (Intel، AMD یا NVIDIA) سے۔ ورچوئل مشین میں اس کی 3D ایکسلریشن چالو کریں۔ پھر Living Lab دوبارہ شروع کریں۔
gpu-missing-macos = Living Lab کو Metal والا Mac چاہیے (macOS 10.13 یا بعد کا)۔ macOS اپ ڈیٹ کریں، پھر Living Lab دوبارہ شروع کریں۔

## The door: who may come in (the panel, the host page, the phone)
device-waiting = سہولت کار آپ کو ابھی اندر آنے دیں گے۔ یہ صفحہ کھلا رکھیں۔
join-waiting-title = اندر آنے کا انتظار
device-refused = سہولت کار نے اس آلے کو اندر نہیں آنے دیا
join-refused-title = اندر نہیں آنے دیا گیا
join-closed = شامل ہونا بند ہے
device-locked = سہولت کار نے شامل ہونا بند کر دیا ہے: اب کوئی نیا آلہ شامل نہیں ہو سکتا
device-removed-no-rejoin = سہولت کار نے اس آلے کو سیشن سے ہٹا دیا: جب تک سہولت کار اسے واپس نہ آنے دیں یہ دوبارہ شامل نہیں ہو سکتا
## The facilitator's remote control (the host page) and the panel's list of devices
host-title = سہولت کار کا ریموٹ
host-wrong = غلط پتہ
host-wrong-how = یہ سہولت کار کا پتہ نہیں۔ سہولت کار کے پینل کا کوڈ اسکین کریں۔
host-not-host = یہ صرف سہولت کار کا ریموٹ کر سکتا ہے
host-no-such-device = ایسا کوئی آلہ نہیں
host-connected-minutes = { $minutes } منٹ سے جڑا ہوا
host-connected-seconds = { $seconds } سیکنڈ سے جڑا ہوا
host-gone-minutes = { $minutes } منٹ سے منقطع
host-gone-seconds = { $seconds } سیکنڈ سے منقطع
host-last-move-minutes = آخری چال { $minutes } منٹ پہلے
host-last-move-seconds = آخری چال { $seconds } سیکنڈ پہلے
host-devices = آلات
host-no-devices = ابھی کوئی آلہ شامل نہیں ہوا۔
host-admit = اندر آنے دیں
host-refuse = انکار کریں
host-remove = ہٹائیں
host-let-back = واپس آنے دیں
host-waiting = اندر آنے کے انتظار میں
host-removed = ہٹا دیا گیا
host-refused = انکار کیا گیا
host-lobby = اندر آنے دینے سے پہلے پوچھیں
host-lock = شامل ہونا بند کریں
host-hide-code = مشترکہ اسکرین پر کوڈ چھپائیں
host-code = کوڈ: { $code }
host-start = شروع
host-pause = روکیں
host-next = اگلا مرحلہ
host-offline = کھیل سے رابطہ نہیں: کیا یہ آلہ کمرے کے نیٹ ورک پر ہے؟
host-scan = سہولت کار کا ریموٹ: اپنے فون پر کھولیں (دوسروں کو نہ دکھائیں)
join-card-code-hidden = کوڈ کے لیے سہولت کار سے پوچھیں
panel-host-show = ریموٹ کا کوڈ دکھائیں
panel-host-hide = ریموٹ کا کوڈ چھپائیں

## Players' texts held for the facilitator's approval
rule-hold-not-text = منظوری کے لیے صرف کھلاڑی کی لکھی تحریر روکی جا سکتی ہے
rule-no-such-held = منظوری کے انتظار میں نمبر { $number } کی کوئی تحریر نہیں
host-hold-text = کھلاڑیوں کی تحریریں منظوری کے لیے روکیں
host-held = منظوری کی منتظر تحریریں
host-no-held = کوئی تحریر انتظار میں نہیں۔
host-approve = منظور کریں
host-edit = ترمیم
host-hide = چھپائیں
host-held-idea = خیال کا کارڈ
host-held-title = حل کا عنوان
host-held-pitch = پیشکش
host-held-note = وعدے کا نوٹ
phone-waiting-approval = سہولت کار کی منظوری کا انتظار
report-hidden-texts = { $count ->
    [one] آلے پر لکھی ایک تحریر سہولت کار نے چھپا دی۔
   *[other] آلات پر لکھی { $count } تحریریں سہولت کار نے چھپا دیں۔
}
panel-devices-waiting = { $count ->
    [one] ایک آلہ اندر آنے کے انتظار میں ہے (نیچے، آلات)
   *[other] { $count } آلات اندر آنے کے انتظار میں ہیں (نیچے، آلات)
}
panel-texts-waiting = { $count ->
    [one] ایک تحریر آپ کی منظوری کی منتظر ہے (نیچے، آلات)
   *[other] { $count } تحریریں آپ کی منظوری کی منتظر ہیں (نیچے، آلات)
}
