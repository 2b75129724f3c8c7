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
kind-written = ہمارا اپنا خیال

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
