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
kind-written = nasz własny pomysł

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
