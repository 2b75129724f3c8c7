# Słowa Living Lab po polsku.
# Przetłumaczone z en.ftl; jeszcze nie przeczytane przez rodzimego użytkownika
# języka (docs/translating.md).

language-name = Polski

## Rodzaje kart i węzłów na mapie sieci

kind-challenge = wyzwanie
kind-idea = pomysł
kind-method = metoda
kind-role = rola
kind-criterion = kryterium
kind-group = grupa
kind-solution = rozwiązanie
kind-written = nasz pomysł

## Fazy rundy

phase-setup = Przygotowanie
phase-briefing = Wprowadzenie
phase-roles = Role
phase-challenge = Wyzwanie
phase-build = Budowanie
phase-present = Prezentacje
phase-negotiate = Negocjacje
phase-report-back = Podsumowanie
phase-vote = Głosowanie
phase-debrief = Omówienie

## Kiedy rozwiązanie ma się wydarzyć

horizon-now = Teraz
horizon-soon = Wkrótce
horizon-later = Później

## Połączenia na mapie sieci

link-took-the-role = przyjęła rolę
link-worked-on = pracowała nad
link-used-in = użyte w
link-championed = popiera
link-pledged-support = zadeklarowała wsparcie
link-will-deliver = zrealizuje
link-voted-for = głosowała na
link-traded-with = wymieniła się z

## Raport (report.md, report.html)

report-title = { $deck } — raport z warsztatu
report-kind = Raport z warsztatu
report-deck = talia
report-tables =
    { $count ->
        [one] { $count } stół
        [few] { $count } stoły
       *[other] { $count } stołów
    }
report-content = Treść: { $source }
report-table = Stół { $number }
report-group-at-table = { $group } (stół { $number })
report-session = Sesja { $session }, od { $started } do { $ended }
report-ended-early = zakończona wcześniej przez osobę prowadzącą
report-groups-and-roles = Grupy i role
report-no-roles = brak ról
report-round = Runda { $number }
report-untitled = (rozwiązanie bez tytułu)
report-dots =
    { $count ->
        [one] { $count } kropka
        [few] { $count } kropki
       *[other] { $count } kropek
    }
report-challenge = Wyzwanie
report-ideas = Pomysły
report-methods = Metody
report-none = brak
report-none-yet = jeszcze nic
report-written-by-group = napisany przez grupę
report-championed-by = Popierają
report-nobody-yet = jeszcze nikt
report-when = Kiedy
report-where = Gdzie
report-not-said = nie podano
report-presented-for = Prezentacja trwała { $time }
report-written-cards = Karty pomysłów napisane przez grupę
report-reported-back = Podsumowanie przedstawione
report-reported-back-for = Podsumowanie trwało { $time }
report-support-pledged = Zadeklarowane wsparcie
report-pledge-from = { $kind } od: { $group }
report-will-deliver = Zrealizują
report-deliverer = { $role } z grupy { $group }
report-time = Czas
report-column-round = Runda
report-column-phase = Faza
report-column-planned = Plan
report-column-took = Trwało
report-minutes = { $minutes } min
report-phase-took = Runda { $round }, { $phase }: { $took }
report-took-of-planned = { $took } z planowanych { $minutes } min
report-over = ponad plan
report-notes = Notatki osoby prowadzącej
report-network = Sieć
report-network-size =
    Sesja jako sieć { $nodes ->
        [one] { $nodes } węzła
       *[other] { $nodes } węzłów
    } (grupy, role, wyzwania, pomysły, metody i rozwiązania) i { $links ->
        [one] { $links } połączenia
       *[other] { $links } połączeń
    }.
report-network-open = Otwórz network.graphml w Gephi lub yEd albo zaimportuj oba pliki CSV do Kumu.
report-network-map = Mapa sieci sesji
report-central = Najbardziej centralne pomysły i metody
report-central-order = według pośrednictwa, potem liczby połączeń
report-column-card = Karta
report-column-kind = Rodzaj
report-column-betweenness = Pośrednictwo
report-column-links = Połączenia
report-central-line = pośrednictwo { $betweenness }, { $links ->
        [one] { $links } połączenie
        [few] { $links } połączenia
       *[other] { $links } połączeń
    }
report-shared = Karty, które trafiły do rozwiązań kilku grup
report-alliances = Nieoczywiste sojusze
report-alliances-about = Role z różnych grup, które popierają to samo rozwiązanie lub je zrealizują.
report-alliance = { $first } i { $second }
report-organisers = Dla autorów talii
report-never-chosen = Rozdane, ale nigdy nie wybrane
report-never-dealt = Nigdy nie rozdane
report-made-with = Przygotowano w Living Lab. Cała sesja jest w pliku session.json.

## Karty do druku (livinglab print)

print-title = { $deck } — karty do druku
print-how =
    { $cards ->
        [one] { $cards } karta
        [few] { $cards } karty
       *[other] { $cards } kart
    } na { $sheets ->
        [one] { $sheets } arkuszu A4
       *[other] { $sheets } arkuszach A4
    }. Drukuj w skali 100% (nie „dopasuj do strony”), potem wytnij wzdłuż przerywanych linii.
print-costs = koszt { $cost }
print-wants = Chce:
print-picture-missing = brak obrazka: { $file }

## Strony, które telefon widzi przed grą

join-title = Dołącz do gry
join-code = Kod z ekranu
join-next = Dalej
join-name = Twoje imię (nieobowiązkowo)
join-group = Twoja grupa
join-no-groups = Osoba prowadząca nie dodała jeszcze żadnej grupy. Odśwież tę stronę, gdy to zrobi.
join-offline = Brak połączenia z grą: czy to urządzenie jest w sieci tej sali?
join-refused = Odmowa ({ $status })
join-not-here = Nie tutaj
join-no-such-page = Nie ma takiej strony. Zeskanuj kod z ekranu, aby dołączyć.
join-first = Najpierw dołącz
join-first-how = Zeskanuj kod ze wspólnego ekranu albo otwórz pokazany tam adres.
join-wrong-code = Zły kod
join-wrong-code-how = To nie jest kod z ekranu. Zeskanuj go jeszcze raz albo wpisz go na /join.
join-wait = Poczekaj chwilę
join-removed = Usunięto

## Odpowiedzi serwera urządzeń

device-not-joined = To urządzenie nie dołączyło: zeskanuj kod z ekranu
device-removed = Osoba prowadząca usunęła to urządzenie z sesji
device-too-many-codes = Za dużo złych kodów z tego urządzenia: poczekaj minutę i spróbuj ponownie
device-unreadable = Nie udało się odczytać żądania: { $reason }
device-not-the-code = To nie jest kod z ekranu
device-no-such-group = Nie ma takiej grupy: wybierz jedną z listy
device-no-token = Gra nie mogła utworzyć tokenu
device-group-full =
    { $count ->
        [one] Ta grupa ma już { $count } urządzenie: korzystajcie z niego wspólnie albo poproś osobę prowadzącą o usunięcie go
        [few] Ta grupa ma już { $count } urządzenia: korzystajcie z jednego wspólnie albo poproś osobę prowadzącą o usunięcie któregoś
       *[other] Ta grupa ma już { $count } urządzeń: korzystajcie z jednego wspólnie albo poproś osobę prowadzącą o usunięcie któregoś
    }
device-name = Urządzenie { $number }
device-group-gone = Tej grupy nie ma już w sesji
device-too-fast = Za dużo ruchów naraz: poczekaj sekundę
device-not-taking = Gra nie przyjmuje teraz ruchów
device-no-answer = Gra nie odpowiedziała: spójrz na ekran i spróbuj ponownie
device-stopped = Gra przestała obsługiwać urządzenia
device-bad-horizon = „Kiedy” to { $now }, { $soon } lub { $later }, nie { $horizon }

## Co telefon mówi w każdej fazie

hint-setup = Osoba prowadząca przygotowuje grę. Spójrz na ekran.
hint-briefing = Wysłuchaj wprowadzenia. Spójrz na ekran.
hint-roles = To są wasze role: kim jesteście i czego chcecie.
hint-challenge = Wylosujcie wyzwanie.
hint-build = Zbudujcie rozwiązanie: dodajcie karty z ręki, nadajcie mu tytuł i opis, potem oznaczcie je jako gotowe.
hint-present = Każda grupa przedstawia swoje rozwiązanie. Spójrz na ekran.
hint-negotiate = Zadeklarujcie wsparcie dla rozwiązań innych grup i powiedzcie, które z waszych ról pomogą je zrealizować.
hint-report-back = Każda grupa przedstawia podsumowanie. Spójrz na ekran.
hint-vote = Rozdajcie kropki rozwiązaniom innych grup, jedno kryterium naraz.
hint-debrief = Sesja się zakończyła. Spójrz na ekran.

## Strona, na której telefon gra

phone-connecting = Łączenie…
phone-reconnecting = Ponowne łączenie…
phone-language = Język
phone-look-at-screen = Spójrz na ekran
phone-your-solution = Wasze rozwiązanie
phone-title = Tytuł
phone-title-placeholder = Nazwijcie swoje rozwiązanie
phone-pitch = Opis
phone-pitch-placeholder = Co robi i dla kogo jest
phone-saved = Zapisano.
phone-write-idea = Napiszcie własny pomysł
phone-idea = Pomysł
phone-idea-text = Co robi
phone-add-idea = Dodaj do naszej ręki
phone-idea-needs-title = Najpierw nadaj pomysłowi tytuł
phone-no-longer = Tego urządzenia nie ma już w sesji.
phone-group-gone = Waszej grupy nie ma już w sesji.
phone-not-sent = Nie wysłano: połączenie zostało przerwane. Spróbuj ponownie za chwilę.
phone-refused = Odmowa ({ $status })
phone-phase-round = { $phase } · runda { $round } z { $rounds }
phone-cost = koszt { $cost }
phone-wants = Chce:
phone-holds = Ma:
phone-swap-role = Wymień tę rolę
phone-in-solution = W waszym rozwiązaniu
phone-solution-counts = Pomysły { $ideas } ({ $ideas-min }–{ $ideas-max }) · metody { $methods } ({ $methods-min }–{ $methods-max })
phone-solution-cost = koszt { $cost } z { $budget }
phone-take-out = Wyjmij
phone-nothing-yet = Jeszcze nic: dodajcie karty z ręki poniżej.
phone-champions = Popierają
phone-when = Kiedy
phone-where = Gdzie
phone-marked-ready = Oznaczone jako gotowe. Osoba prowadząca może je otworzyć ponownie.
phone-mark-ready = Oznacz nasze rozwiązanie jako gotowe
phone-give-to = Oddaj grupie
phone-give = Oddaj
phone-your-hand = Wasza ręka
phone-swaps-left =
    { $count ->
        [one] W tej rundzie została { $count } wymiana
        [few] W tej rundzie zostały { $count } wymiany
       *[other] W tej rundzie zostało { $count } wymian
    }
phone-add = Dodaj do rozwiązania
phone-swap = Wymień
phone-support-left = Wasze wsparcie na tę rundę
phone-support-of = { $kind }: { $left } z { $held }
phone-no-title-yet = (jeszcze bez tytułu)
phone-untitled = (bez tytułu)
phone-pledge = + { $kind }
phone-take-back-pledge = Cofnij: { $kind }
phone-pledged = Zadeklarowano: { $pledges }
phone-pledged-kind = { $kind } ×{ $count }
phone-pledged-yours = { $kind } ×{ $count } (wasze: { $mine })
phone-nothing-pledged = Zadeklarowano: jeszcze nic
phone-delivers = { $role } realizuje ✓
phone-will-deliver = { $role } pomoże zrealizować
phone-who-delivers = Kto realizuje: { $roles }
phone-vote-closed = Głosowanie zamknięte. Spójrz na ekran.
phone-dots-left =
    { $count ->
        [one] Została { $count } kropka
        [few] Zostały { $count } kropki
       *[other] Zostało { $count } kropek
    }
phone-dot = ● Kropka
phone-dot-mine = ● Kropka ({ $count })
phone-take-back = Cofnij
phone-time-up = czas minął
phone-minutes-left = zostało { $minutes } min
phone-seconds-left = zostało { $seconds } s
phone-paused = (pauza)
phone-your-challenge = Wasze wyzwanie
phone-redraw = Wylosuj ponownie (raz na rundę)
phone-facilitator-reveals = Osoba prowadząca odsłoni wyzwanie dla wszystkich.
phone-draw-challenge = Wylosuj nasze wyzwanie
phone-your-roles = Wasze role

## Ekrany sali (wprowadzenie, prezentacje, podsumowania, głosowanie, omówienie)

room-heading = { $phase } · runda { $round } z { $rounds }
room-heading-before = { $phase } · przed rundą 1 z { $rounds }
room-part = Część { $part } z { $parts }
room-label = { $label }:
room-our-own = { $title } (nasz)
room-no-title-yet = (jeszcze bez tytułu)
room-pledge-from-role = { $kind } od: { $group } ({ $role })
room-championed-by = Popierają: { $roles }
room-when = Kiedy: { $when }
room-where = Gdzie: { $level }
room-support = Wsparcie
room-will-deliver = Zrealizują
briefing-hint = Gdy sala wysłucha planów, osoba prowadząca przechodzi do ról (Następna faza albo N).
present-for = { $group } prezentuje od
present-who = Kto prezentuje:
present-end = ■ Zakończ prezentację
present-cards = Karty { $first }–{ $last } z { $count }
report-back-for = { $group } podsumowuje od
report-back-who = Kto podsumowuje:
report-back-end = ■ Zakończ podsumowanie
report-back-hint = Dotknij grupy, aby wysłuchać jej podsumowania: co zrobi, z czyim wsparciem i kto to zrealizuje.
report-back-support = Otrzymane wsparcie
report-back-deliver = Zrealizują
vote-hint = Przeciągnij kropkę swojej grupy na kryterium rozwiązania innej grupy; dotknij postawionej kropki, aby ją cofnąć.
vote-closed-hint = Głosowanie zamknięte: kropki każdego rozwiązania i jego miejsce.
vote-criteria-part = Kryteria, część { $part } z { $parts }
vote-total = Razem
vote-place = { $dots } · miejsce { $place }
vote-place-tied = { $dots } · miejsce { $place } ex aequo
vote-dots-left =
    { $count ->
        [one] { $group } · została { $count } kropka
        [few] { $group } · zostały { $count } kropki
       *[other] { $group } · zostało { $count } kropek
    }
vote-no-dots-left = { $group } · nie ma już kropek
debrief-ended-early = Osoba prowadząca zakończyła sesję wcześniej.
debrief-report-in = Raport jest w { $folder }
debrief-report-failed = Nie udało się zapisać raportu: { $reason }
debrief-round = Runda { $round } z { $rounds }
debrief-round-part = { $round }, część { $part } z { $parts }
negotiate-heading = Negocjacje wsparcia · runda { $round } z { $rounds }
negotiate-hint = Przeciągnij żeton wsparcia na rozwiązanie innej grupy, aby je zadeklarować; przeciągnij rolę na rozwiązanie, aby powiedzieć, że pomoże je zrealizować. Dotknij deklaracji, aby ją wycofać.
negotiate-deliverer = { $role } ({ $group })
negotiate-more = +{ $count } więcej

## Stół: strefa każdej grupy i środek

table-time-up = Czas minął
table-undo = ↶ Cofnij
table-swap-pile = Stos wymiany
table-swap-own-set = Upuść tu kartę, aby wymienić ją z własnego zestawu
table-swap-here =
    { $count ->
        [one] Upuść tu kartę, aby ją wymienić ({ $count } karta)
        [few] Upuść tu kartę, aby ją wymienić ({ $count } karty)
       *[other] Upuść tu kartę, aby ją wymienić ({ $count } kart)
    }
table-let-go = „{ $title }” przesunięto, gdy była trzymana (cofnięciem albo przez inną grupę), więc została puszczona
table-take-out-to-swap = Wyjmij kartę z rozwiązania, zanim ją wymienisz
table-take-out-to-trade = Wyjmij kartę z waszego rozwiązania, zanim ją oddasz
table-our-idea = + Nasz pomysł
table-close-new-card = Zamknij nową kartę
table-new-card-hint = Karta naszego pomysłu: tytuł, potem co robi
table-add-to-hand = Dodaj do naszej ręki
table-redraw = Wylosuj ponownie
table-ready = Gotowe
table-tab-hand = Ręka · { $count }
table-tab-solution = Rozwiązanie · { $count }
table-tab-pitch = Opis
table-no-cards = Brak kart w ręce
table-no-title = (bez tytułu)
table-no-pitch = (bez opisu)
table-pitch-label = Opis:
table-drag-here = Przeciągnij tu karty z ręki
table-ready-counts =
    { $ideas ->
        [one] { $ideas } pomysł
        [few] { $ideas } pomysły
       *[other] { $ideas } pomysłów
    } · { $methods ->
        [one] { $methods } metoda
        [few] { $methods } metody
       *[other] { $methods } metod
    }
table-counts = pomysły { $ideas }/{ $ideas_min }–{ $ideas_max } · metody { $methods }/{ $methods_min }–{ $methods_max }
table-cost = koszt { $cost } z { $budget }
table-choose = wybierz
table-when-toggle = Kiedy: { $when } ▸
table-where-toggle = Gdzie: { $level } ▸
table-swaps-left =
    { $count ->
        [one] została { $count } wymiana
        [few] zostały { $count } wymiany
       *[other] zostało { $count } wymian
    }
table-wants = Chce: { $wants }
table-swap-role = Wymień na inną
table-waiting-for-roles = Czekamy na role: rozdaje je osoba prowadząca
table-draw-challenge = Wylosuj wyzwanie
table-tap-to-close = Dotknij gdziekolwiek, aby zamknąć
table-page = Strona { $page } z { $pages } ▸ jeszcze { $left }
table-page-last = Strona { $page } z { $pages } ▸ wróć do 1
table-page-back = ▸ wróć
table-page-more = ▸ jeszcze { $left }

## Panel osoby prowadzącej

panel-facilitator = Prowadzenie
panel-rounds =
    { $rounds ->
        [one] { $phase } — { $rounds } runda
        [few] { $phase } — { $rounds } rundy
       *[other] { $phase } — { $rounds } rund
    }
panel-pause = Pauza
panel-start = Start
panel-plus-minutes = +{ $minutes } min
# The timer while more than a minute is left (the last minute counts down as 0:59).
countdown-minutes = { $minutes } min
panel-skip = Pomiń
panel-deal-roles = Rozdaj role losowo
panel-reveal-challenge = Odsłoń wyzwanie
panel-close-vote = Zamknij głosowanie i pokaż wyniki
panel-start-session = Rozpocznij sesję
panel-finish = Zakończ: przejdź do omówienia
panel-next-round = Następna runda ({ $round })
panel-next-phase = Następna faza ▶ (po: { $phase })
panel-key = Klawisz: { $key }
panel-undo = Cofnij
panel-redo = Ponów
panel-groups = Grupy
panel-reopen = otwórz ponownie
panel-spotlight = Wyróżnienie
panel-nobody = nikt
panel-notes = Notatki
panel-note-hint = Co powiedziała sala…
panel-add-note = Dodaj notatkę
panel-text-size = Wielkość tekstu
panel-full-screen = Pełny ekran (F11)
panel-leave-full-screen = Wyjdź z pełnego ekranu (F11)
panel-console-open = Otwórz okno konsoli prowadzącego
panel-console-second-display = Konsola prowadzącego na drugim ekranie
panel-console-close = Zamknij konsolę prowadzącego
panel-saved-to = Zapisywane po każdym ruchu:
    { $file }
panel-end-session = Zakończ sesję teraz…
panel-leave = Wyjdź do ekranu tytułowego… (Esc)
panel-keys = Klawisze: Spacja czas · N dalej · Ctrl+Z cofnij · H ukryj panel
panel-devices = Urządzenia
panel-devices-on = Grupy grają na swoich urządzeniach
panel-join-address = { $address }
    kod { $code }
panel-hide-join = Ukryj kod dołączania
panel-show-join = Pokaż kod dołączania
panel-no-devices = Żadne urządzenie jeszcze nie dołączyło.
panel-remove = Usuń
panel-report-back-tap = Dotknij grupy na ekranie, aby wysłuchać jej podsumowania; notatka o nim trafi tutaj.
panel-report-back-note = Notatka o podsumowaniu grupy { $group } (trafi do raportu)
panel-note-saved = Zapisano: { $note }
panel-report-back-hint = Co grupa zrobi, z czyim wsparciem, kto to zrealizuje…
panel-save-note = Zapisz notatkę
panel-export = Zapisz raport
panel-export-what = Markdown, HTML, JSON i mapa sieci
panel-exported = Raport jest w { $folder } (report.md, report.html, session.json, network.graphml i pliki CSV dla Kumu).
confirm-leave = Wyjść z tej sesji? Jest zapisana i można ją wznowić z ekranu tytułowego.
confirm-leave-yes = Wyjdź
confirm-end = Zakończyć sesję teraz i przejść do omówienia? Cofnięcie może ją przywrócić.
confirm-end-yes = Zakończ sesję
confirm-quit = Zamknąć Living Lab? Sesja jest zapisana i można ją później wznowić.
confirm-quit-yes = Zamknij
confirm-advance = Nie każda grupa jest gotowa: { $groups }. Mimo to przejść dalej?
confirm-advance-yes = Przejdź dalej
confirm-cancel = Anuluj

## Przygotowanie

setup-language = Język sali
setup-language-about = Słowa gry na ekranach, na telefonach, które nie proszą o inny język, i w raporcie. Karty pozostają takie, jak podaje je talia.
setup-seats =
    { $count ->
        [one] Ta talia mieści { $count } grupę.
        [few] Ta talia mieści do { $count } grup.
       *[other] Ta talia mieści do { $count } grup.
    }
setup-seats-shared = Z jednym zestawem kart na salę ta talia mieści do { $shared } grup (potem kończą się karty typu: { $kind }). Z zestawem dla każdej grupy mieści do { $count }.
setup-seat = miejsce: { $seat }
seat-bottom = dół
seat-top = góra
seat-left = lewo
seat-right = prawo
seat-wall = ściana
setup-add-group = + Dodaj grupę
setup-group-n = Grupa { $number }
group-name-1 = Latawce
group-name-2 = Mosty
group-name-3 = Latarnie
group-name-4 = Dęby
group-name-5 = Kruki
group-name-6 = Kompas
group-name-7 = Przystań
group-name-8 = Latarnie morskie
setup-cards = Karty
setup-cards-shared = Jeden zestaw na salę: karta jest w jednym miejscu naraz, grupy się wymieniają
setup-cards-per-group = Zestaw dla każdej grupy, jak gdy każdy stół ma własne wydrukowane karty
setup-too-many = Jeden zestaw kart tej talii mieści { $shared } grup, nie { $count }.
setup-give-sets = Daj każdej grupie własny zestaw
setup-screen = Ekran
setup-table = Stół dotykowy: miejsca z czterech stron, karty zwrócone do każdej grupy
setup-wall = Telewizor lub projektor: wszystko prosto
setup-rounds = Rundy
setup-rounds-unit = rund
setup-start-briefing = wprowadzenie { $briefing } min i role { $roles } min
setup-start-roles = role { $roles } min
setup-round-minutes = Każda runda: wyzwanie { $challenge } min, budowanie { $build } min, prezentacje { $present } min, negocjacje { $negotiate } min, podsumowanie { $report_back } min na grupę, głosowanie { $vote } min (na początku: { $start }).
setup-start = Rozpocznij sesję ▶
setup-back = Wróć do talii
setup-add-one = Dodaj co najmniej jedną grupę, aby zacząć.

## Ekran tytułowy i przeglądarka talii

title-about = Gra do wspólnego projektowania na jednym wspólnym ekranie: przyjmijcie role, wylosujcie wyzwania, zbudujcie rozwiązania z kart pomysłów i metod, i zagłosujcie.
title-resume-a-session = Wznów sesję
title-saved-session = { $deck } — { $phase } (runda { $round } z { $rounds }), { $groups ->
        [one] { $groups } grupa
        [few] { $groups } grupy
       *[other] { $groups } grup
    }, zapisano { $when }
title-resume = Wznów
title-cannot-read = Nie można odczytać { $file } ({ $problem }); jego kopia zapasowa leży obok jako .bak
title-unknown-problem = nieznany problem
title-choose-a-deck = Wybierz talię
title-play = Graj tą talią
title-browse = Przeglądaj karty
title-bundled = dołączony do gry
title-open-dialog = Otwórz…
title-deck-files = Talie Living Lab
title-drop-hint = albo upuść plik talii (.ron) na to okno lub wpisz jego ścieżkę:
title-no-deck-file = Nie podano pliku talii
title-cannot-play = Nie można grać plikiem { $file }
title-fix-the-file = Popraw plik i otwórz go ponownie; `livinglab check PLIK` pokaże tę samą listę.
title-recent = Ostatnio używane
title-open-a-deck = Otwórz plik talii
title-path-hint = /ścieżka/do/talii.ron
title-open = Otwórz
title-type-a-path = Najpierw wpisz ścieżkę pliku talii, na przykład /home/ja/talie/nasza-talia.ron, potem naciśnij Otwórz. (Aby ją utworzyć, uruchom `livinglab new nasza-talia.ron`.)
title-sessions-saved = Sesje są zapisywane po każdym ruchu w { $folder }
title-back = < Wróć do talii
title-no-problems = `livinglab check` nie znajduje problemów.
title-search = Szukaj
title-search-hint = słowo z tytułu, tekstu lub tagu
title-roles = Role ({ $count })
title-challenges = Wyzwania ({ $count })
title-ideas = Pomysły ({ $count })
title-methods = Metody ({ $count })
title-criteria = Kryteria ({ $count })
title-seats-none = nie mieści żadnej grupy: za mało kart
title-seats = mieści do { $count } grup
title-seats-shared = mieści { $count } z jednym zestawem kart, { $most } z zestawem dla każdej grupy
title-counts = { $roles ->
        [one] { $roles } rola
        [few] { $roles } role
       *[other] { $roles } ról
    }, { $challenges ->
        [one] { $challenges } wyzwanie
        [few] { $challenges } wyzwania
       *[other] { $challenges } wyzwań
    }, { $ideas ->
        [one] { $ideas } pomysł
        [few] { $ideas } pomysły
       *[other] { $ideas } pomysłów
    }, { $methods ->
        [one] { $methods } metoda
        [few] { $methods } metody
       *[other] { $methods } metod
    }, { $criteria ->
        [one] { $criteria } kryterium
        [few] { $criteria } kryteria
       *[other] { $criteria } kryteriów
    }

## Reszta okna gry

game-undone = Cofnięto
game-redone = Ponowiono
game-nothing-to-undo = Nie ma czego cofnąć
game-nothing-to-redo = Nie ma czego ponowić
game-resumed = Sesję wznowiono tam, gdzie się zatrzymała
game-saved-to = Zapisano w { $file }
game-report-written = Raport zapisano w { $folder }
console-title = Konsola prowadzącego
console-empty = Otwórz lub rozpocznij sesję na ekranie sali; jej przyciski pojawią się tutaj.
deck-file-errors = Plik talii ma błędy; gra dalej ostatnia dobra wersja talii. Popraw i zapisz plik, aby to usunąć.
devices-no-port = Urządzenia nie mogą dołączyć: nie udało się otworzyć żadnego portu od { $port } ({ $reason })
devices-no-session = Żadna sesja nie jest otwarta
join-card-title = Graj na telefonie
join-card-address = albo otwórz { $address }
join-card-code = kod { $code }

## Dlaczego zasady odrzucają ruch (na ekranie sali i na telefonach)

rule-too-long = { $what }: { $count } znaków; skróć do { $max }, żeby sala mogła to przeczytać
rule-no-such-group = Nie ma grupy { $number }; ta sesja ma { $count ->
        [one] { $count } grupę
        [few] { $count } grupy
       *[other] { $count } grup
    }
rule-wrong-phase = { $what } odbywa się w fazie: { $phases }; teraz jest faza: { $phase }
rule-either-phase = { $first } lub { $second }
rule-marked-ready = { $group } oznaczyła swoje rozwiązanie jako gotowe; osoba prowadząca może je otworzyć ponownie
rule-bad-language = Język sali: { $reason }
rule-rounds = Sesja ma od 1 do 12 rund, nie { $count }
rule-no-such-level = { $level } nie jest poziomem tej talii; wybierz: { $levels }
rule-already-open = Rozwiązanie grupy { $group } jest już otwarte
rule-already-presenting = { $group } już prezentuje
rule-nobody-presenting = Nikt nie prezentuje
rule-already-reporting = { $group } już przedstawia podsumowanie
rule-nobody-reporting = Nikt nie przedstawia podsumowania
rule-not-reported-yet = { $group } jeszcze nie przedstawiła podsumowania; najpierw je rozpocznij
rule-no-such-pledge = Nie ma takiej deklaracji do wycofania
rule-no-such-commitment = Nie ma takiego zobowiązania do wycofania
rule-vote-already-closed = Głosowanie jest już zamknięte
rule-timer-running = Czas już płynie
rule-timer-not-running = Czas nie płynie
rule-extend = Wydłuż o 1 do { $max } minut, nie o { $minutes }
rule-note-empty = Notatka jest pusta
rule-revised-deck = Poprawioną talię wprowadza sesja, nie zasady
rule-revised-deck-errors = Poprawiona talia ma błędy: { $reason }
rule-not-started = Sesja jeszcze się nie zaczęła
rule-already-ended = Sesja już się zakończyła
rule-no-timer = { $what }: w fazie { $phase } nie ma odliczania czasu
rule-group-needs-name = Grupa potrzebuje nazwy
rule-group-name-taken = Jest już grupa o nazwie { $name }
rule-too-many-groups = Na jednym ekranie może grać najwyżej { $count } grup
rule-no-next-phase = Sesja się zakończyła; nie ma następnej fazy
rule-add-a-group = Przed rozpoczęciem dodaj co najmniej jedną grupę
rule-seats-none = Ta talia nie pomieści nawet jednej grupy: ma { $have } kart typu { $kind }, a potrzeba { $need } na grupę
rule-seats-shared = Z jednym zestawem kart na salę ta talia pomieści najwyżej { $max ->
        [one] { $max } grupę
        [few] { $max } grupy
       *[other] { $max } grup
    }: ma { $have } kart typu { $kind }, a potrzeba { $need } na grupę. Daj każdej grupie własny zestaw kart, aby pomieścić { $count } grup
rule-not-enough-roles = Nie zostało dość ról, aby każda grupa dostała swoje
rule-no-such-role = Ta talia nie ma roli { $role }
rule-role-from-other-set = { $role } pochodzi z zestawu innej grupy; { $group } bierze role z własnego
rule-role-not-in-pile = Roli { $role } nie ma w stosie
rule-role-taken = Rolę { $role } ma już { $group }
rule-has-its-roles = { $group } ma już { $count ->
        [one] swoją { $count } rolę
        [few] swoje { $count } role
       *[other] swoje { $count } ról
    }; najpierw oddaj jedną
rule-does-not-hold-role = { $group } nie ma roli { $role }
rule-no-other-roles = W stosie nie zostały żadne inne role
rule-shared-challenge-reveal = W tej talii wszystkie grupy mają jedno wspólne wyzwanie: odsłoń je
rule-has-challenge = { $group } ma już swoje wyzwanie
rule-no-challenges-left = Nie zostały żadne karty wyzwań do wylosowania
rule-own-challenge = W tej talii każda grupa losuje własne wyzwanie
rule-challenge-revealed = Wyzwanie zostało już odsłonięte
rule-shared-challenge = W tej talii wszystkie grupy mają jedno wspólne wyzwanie
rule-already-redrawn = { $group } już w tej rundzie ponownie losowała wyzwanie
rule-no-challenge-to-redraw = { $group } nie ma jeszcze wyzwania do ponownego losowania
rule-no-other-challenges = Nie zostały żadne inne karty wyzwań do wylosowania
rule-not-enough-to-deal = Za mało kart typu { $kind }, aby rozdać każdej grupie rękę
rule-in-solution-not-hand = { $card } jest w rozwiązaniu grupy { $group }, a nie w jej ręce
rule-not-in-hand = { $card } nie ma w ręce grupy { $group }
rule-swaps-used = { $group } wykorzystała w tej rundzie { $count ->
        [one] swoją jedyną wymianę
        [few] wszystkie { $count } wymiany
       *[other] wszystkie { $count } wymian
    }
rule-written-stays = Karta napisana przez grupę zostaje w tej grupie
rule-cannot-swap = { $card } nie można wymienić
rule-pile-empty = Stos kart typu { $kind } jest pusty: nie ma na co wymienić
rule-trade-with-itself = Grupa nie może wymieniać się sama ze sobą
rule-not-for-a-solution = { $card } nie może trafić do rozwiązania
rule-solution-full-ideas = To rozwiązanie ma już { $count ->
        [one] { $count } pomysł
        [few] { $count } pomysły
       *[other] { $count } pomysłów
    } — najwięcej, ile pozwala ta talia
rule-solution-full-methods = To rozwiązanie ma już { $count ->
        [one] { $count } metodę
        [few] { $count } metody
       *[other] { $count } metod
    } — najwięcej, ile pozwala ta talia
rule-over-budget = { $card } kosztuje { $cost }: razem byłoby { $total }, ponad budżet tej talii { $budget } (rozwiązanie kosztuje już { $spent })
rule-not-in-solution = { $card } nie ma w rozwiązaniu grupy { $group }
rule-idea-needs-title = Nowa karta pomysłu potrzebuje tytułu
rule-idea-needs-text = Nowa karta pomysłu potrzebuje zdania lub dwóch o tym, co robi
rule-already-champions = { $role } już popiera to rozwiązanie
rule-does-not-champion = { $role } nie popiera tego rozwiązania
rule-not-ready = Jeszcze nie gotowe: { $missing }
rule-and = { $list }; { $next }
rule-missing-title = nadajcie mu tytuł
rule-missing-pitch = napiszcie opis
rule-missing-ideas = dodajcie co najmniej { $count ->
        [one] { $count } pomysł
        [few] { $count } pomysły
       *[other] { $count } pomysłów
    }
rule-missing-methods = dodajcie co najmniej { $count ->
        [one] { $count } metodę
        [few] { $count } metody
       *[other] { $count } metod
    }
rule-missing-champions = wybierzcie, które z waszych ról je popierają
rule-missing-when = powiedzcie, kiedy się wydarzy ({ $now }, { $soon } lub { $later })
rule-missing-where = powiedzcie, gdzie działa ({ $levels })
rule-pledge-to-itself = Grupa nie może zadeklarować wsparcia dla własnego rozwiązania
rule-no-such-support = { $kind } nie jest rodzajem wsparcia w tej talii; zadeklaruj: { $kinds }
rule-already-pledged = { $group } już zadeklarowała { $kind } dla grupy { $to }
rule-no-support-to-pledge = { $group } nie ma czego zadeklarować ({ $kind }): żadna z jej ról tego nie ma
rule-no-support-left = { $group } nie ma już w tej rundzie nic do zadeklarowania ({ $kind }): miała { $count } i zadeklarowała { $count ->
        [one] je
       *[other] je
    } dla: { $to }; wycofaj deklarację, aby dać gdzie indziej
rule-already-committed = { $role } z grupy { $group } już zobowiązała się wobec rozwiązania grupy { $to }
rule-vote-closed = Głosowanie jest zamknięte
rule-dots-on-itself = Grupa nie może stawiać kropek na własnym rozwiązaniu
rule-no-such-criterion = Ta talia nie ma kryterium { $criterion }
rule-all-dots-placed = { $group } postawiła wszystkie swoje kropki ({ $count }); przesuń którąś
rule-no-dot-there = { $group } nie ma tam kropki do przesunięcia
rule-doing-remove-group = Usuwanie grupy
rule-doing-card-sets = Wybór zestawów kart
rule-doing-language = Wybór języka sali
rule-doing-rounds = Wybór liczby rund
rule-doing-deal-roles = Rozdawanie ról
rule-doing-name-solution = Nazywanie rozwiązania
rule-doing-pitch = Pisanie opisu
rule-doing-when = Wybór, kiedy to się wydarzy
rule-doing-where = Wybór, gdzie to działa
rule-doing-reopen = Ponowne otwieranie rozwiązania
rule-doing-present = Prezentowanie
rule-doing-end-presentation = Kończenie prezentacji
rule-doing-report-back = Podsumowanie
rule-doing-end-report-back = Kończenie podsumowania
rule-doing-report-note = Notatka o podsumowaniu
rule-doing-withdraw-support = Wycofywanie wsparcia
rule-doing-withdraw-commitment = Wycofywanie zobowiązania
rule-doing-close-vote = Zamykanie głosowania
rule-doing-start-timer = Uruchamianie czasu
rule-doing-pause-timer = Wstrzymywanie czasu
rule-doing-extend-timer = Wydłużanie czasu
rule-doing-skip-timer = Pomijanie czasu
rule-doing-add-group = Dodawanie grupy
rule-doing-change-group = Zmiana grupy
rule-doing-choose-roles = Wybór ról
rule-doing-give-back-role = Oddawanie roli
rule-doing-swap-role = Wymiana roli
rule-doing-draw-challenge = Losowanie wyzwania
rule-doing-reveal-challenge = Odsłanianie wyzwania
rule-doing-redraw-challenge = Ponowne losowanie wyzwania
rule-doing-swap-cards = Wymiana kart
rule-doing-trade-cards = Przekazywanie kart
rule-doing-build = Budowanie rozwiązania
rule-doing-change-solution = Zmiana rozwiązania
rule-doing-write-idea = Pisanie karty pomysłu
rule-doing-champions = Wybór popierających
rule-doing-ready = Oznaczanie rozwiązania jako gotowe
rule-doing-pledge = Deklarowanie wsparcia
rule-doing-commit = Zobowiązanie do realizacji
rule-doing-place-dots = Stawianie kropek
rule-doing-move-dots = Przesuwanie kropek
rule-field-title = Tytuł
rule-field-pitch = Opis
rule-field-note = Notatka
rule-field-group-name = Nazwa grupy
rule-field-card-title = Tytuł karty
rule-field-card-text = Tekst karty

## Before the window opens: no graphics driver

gpu-missing = Living Lab nie może otworzyć okna: ten komputer nie ma sterownika grafiki { $driver }, którym mógłby rysować.
gpu-missing-linux = Zainstaluj sterownik Vulkan. W Debianie lub Ubuntu: sudo apt install mesa-vulkan-drivers (rysuje także bez karty graficznej). W Fedorze: sudo dnf install mesa-vulkan-drivers. Potem uruchom Living Lab ponownie. Przygotowanie talii nie wymaga sterownika: livinglab check, print, rehearse i report działają.
gpu-missing-windows = Zaktualizuj sterownik grafiki, przez Windows Update albo ze strony producenta karty graficznej (Intel, AMD lub NVIDIA). W maszynie wirtualnej włącz akcelerację 3D. Potem uruchom Living Lab ponownie.
gpu-missing-macos = Living Lab potrzebuje Maca z Metal (macOS 10.13 lub nowszy). Zaktualizuj macOS, potem uruchom Living Lab ponownie.

## The door: who may come in (the panel, the host page, the phone)
device-waiting = Osoba prowadząca zaraz cię wpuści. Nie zamykaj tej strony.
join-waiting-title = Czekasz na wpuszczenie
device-refused = Osoba prowadząca nie wpuściła tego urządzenia
join-refused-title = Nie wpuszczono
join-closed = Dołączanie jest zamknięte
device-locked = Osoba prowadząca zablokowała dołączanie: żadne nowe urządzenie nie może teraz dołączyć
device-removed-no-rejoin = Osoba prowadząca usunęła to urządzenie z sesji: nie może dołączyć ponownie, dopóki osoba prowadząca go nie wpuści
## The facilitator's remote control (the host page) and the panel's list of devices
host-title = Pilot prowadzącego
host-wrong = Zły adres
host-wrong-how = To nie jest adres osoby prowadzącej. Zeskanuj kod z panelu prowadzącego.
host-not-host = Tylko pilot prowadzącego może to zrobić
host-no-such-device = Nie ma takiego urządzenia
host-connected-minutes = połączone od { $minutes } min
host-connected-seconds = połączone od { $seconds } s
host-gone-minutes = rozłączone od { $minutes } min
host-gone-seconds = rozłączone od { $seconds } s
host-last-move-minutes = ostatni ruch { $minutes } min temu
host-last-move-seconds = ostatni ruch { $seconds } s temu
host-devices = Urządzenia
host-no-devices = Żadne urządzenie jeszcze nie dołączyło.
host-admit = Wpuść
host-refuse = Odmów
host-remove = Usuń
host-let-back = Wpuść ponownie
host-waiting = czeka na wpuszczenie
host-removed = usunięte
host-refused = odmówiono
host-lobby = Pytaj przed wpuszczeniem
host-lock = Zablokuj dołączanie
host-hide-code = Ukryj kod na wspólnym ekranie
host-code = Kod: { $code }
host-start = Start
host-pause = Pauza
host-next = Następna faza
host-offline = Brak połączenia z grą: czy to urządzenie jest w sieci sali?
host-scan = Pilot prowadzącego: otwórz na swoim telefonie (nie pokazuj innym)
join-card-code-hidden = Poproś osobę prowadzącą o kod
panel-host-show = Pokaż kod pilota
panel-host-hide = Ukryj kod pilota

## Players' texts held for the facilitator's approval
rule-hold-not-text = Do zatwierdzenia można wstrzymać tylko tekst napisany przez grupę
rule-no-such-held = Nie ma tekstu numer { $number } czekającego na zatwierdzenie
host-hold-text = Wstrzymuj teksty graczy do zatwierdzenia
host-held = Teksty czekające na zatwierdzenie
host-no-held = Żaden tekst nie czeka.
host-approve = Zatwierdź
host-edit = Edytuj
host-hide = Ukryj
host-held-idea = Karta pomysłu
host-held-title = Tytuł rozwiązania
host-held-pitch = Prezentacja
host-held-note = Notatka do zobowiązania
phone-waiting-approval = Czeka na zatwierdzenie przez osobę prowadzącą
report-hidden-texts = { $count ->
    [one] Osoba prowadząca ukryła jeden tekst napisany na urządzeniu.
    [few] Osoba prowadząca ukryła { $count } teksty napisane na urządzeniach.
   *[other] Osoba prowadząca ukryła { $count } tekstów napisanych na urządzeniach.
}
panel-devices-waiting = { $count ->
    [one] Jedno urządzenie czeka na wpuszczenie (Urządzenia, niżej)
    [few] { $count } urządzenia czekają na wpuszczenie (Urządzenia, niżej)
   *[other] { $count } urządzeń czeka na wpuszczenie (Urządzenia, niżej)
}
panel-texts-waiting = { $count ->
    [one] Jeden tekst czeka na zatwierdzenie (Urządzenia, niżej)
    [few] { $count } teksty czekają na zatwierdzenie (Urządzenia, niżej)
   *[other] { $count } tekstów czeka na zatwierdzenie (Urządzenia, niżej)
}
