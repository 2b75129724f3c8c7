# Las palabras de Living Lab en español.
# Traducidas de en.ftl; todavía no revisadas por un hablante nativo
# (docs/translating.md).

language-name = Español

## Tipos de carta y de nodo en el mapa de la red

kind-challenge = reto
kind-idea = idea
kind-method = método
kind-role = rol
kind-criterion = criterio
kind-group = grupo
kind-solution = solución
kind-written = nuestra propia idea

## Fases de una ronda

phase-setup = Preparación
phase-briefing = Presentación inicial
phase-roles = Roles
phase-challenge = Reto
phase-build = Construcción
phase-present = Exposición
phase-negotiate = Negociación
phase-report-back = Puesta en común
phase-vote = Votación
phase-debrief = Cierre

## Cuándo ocurre una solución

horizon-now = Ahora
horizon-soon = Pronto
horizon-later = Más adelante

## Vínculos en el mapa de la red

link-took-the-role = asumió el rol
link-worked-on = trabajó en
link-used-in = usada en
link-championed = respaldó
link-pledged-support = comprometió apoyo
link-will-deliver = la llevará a cabo
link-voted-for = votó por
link-traded-with = intercambió con

## El informe (report.md, report.html)

report-title = { $deck } — informe del taller
report-kind = Informe del taller
report-deck = baraja
report-tables =
    { $count ->
        [one] { $count } mesa
       *[other] { $count } mesas
    }
report-content = Contenido: { $source }
report-table = Mesa { $number }
report-group-at-table = { $group } (mesa { $number })
report-session = Sesión { $session }, de { $started } a { $ended }
report-ended-early = terminada antes de tiempo por la persona facilitadora
report-groups-and-roles = Grupos y roles
report-no-roles = sin roles
report-round = Ronda { $number }
report-untitled = (solución sin título)
report-dots =
    { $count ->
        [one] { $count } punto
       *[other] { $count } puntos
    }
report-challenge = Reto
report-ideas = Ideas
report-methods = Métodos
report-none = ninguno
report-none-yet = todavía ninguno
report-written-by-group = escrita por el grupo
report-championed-by = La respaldan
report-nobody-yet = todavía nadie
report-when = Cuándo
report-where = Dónde
report-not-said = sin indicar
report-presented-for = Expuesta durante { $time }
report-written-cards = Cartas de idea escritas por el grupo
report-reported-back = Puesta en común hecha
report-reported-back-for = Puesta en común durante { $time }
report-support-pledged = Apoyo comprometido
report-pledge-from = { $kind } de { $group }
report-will-deliver = La llevarán a cabo
report-deliverer = { $role } de { $group }
report-time = Tiempo
report-column-round = Ronda
report-column-phase = Fase
report-column-planned = Previsto
report-column-took = Duró
report-minutes = { $minutes } min
report-phase-took = Ronda { $round }, { $phase }: { $took }
report-took-of-planned = { $took } de { $minutes } min previstos
report-over = excedido
report-notes = Notas de la persona facilitadora
report-network = La red
report-network-size =
    La sesión como una red de { $nodes ->
        [one] { $nodes } nodo
       *[other] { $nodes } nodos
    } (grupos, roles, retos, ideas, métodos y soluciones) y { $links ->
        [one] { $links } vínculo
       *[other] { $links } vínculos
    }.
report-network-open = Abre network.graphml en Gephi o yEd, o importa los dos archivos CSV en Kumu.
report-network-map = Mapa de la red de la sesión
report-central = Ideas y métodos más centrales
report-central-order = por intermediación, después por número de vínculos
report-column-card = Carta
report-column-kind = Tipo
report-column-betweenness = Intermediación
report-column-links = Vínculos
report-central-line = intermediación { $betweenness }, { $links ->
        [one] { $links } vínculo
       *[other] { $links } vínculos
    }
report-shared = Cartas que entraron en las soluciones de varios grupos
report-alliances = Alianzas inesperadas
report-alliances-about = Roles de grupos distintos que respaldaron o llevarán a cabo la misma solución.
report-alliance = { $first } y { $second }
report-organisers = Para quienes organizan la baraja
report-never-chosen = Repartidas pero nunca elegidas
report-never-dealt = Nunca repartidas
report-made-with = Hecho con Living Lab. La sesión completa está en session.json.

## Cartas para imprimir (livinglab print)

print-title = { $deck } — cartas para imprimir
print-how =
    { $cards ->
        [one] { $cards } carta
       *[other] { $cards } cartas
    } en { $sheets ->
        [one] { $sheets } hoja A4
       *[other] { $sheets } hojas A4
    }. Imprime al 100 % (no «ajustar a la página») y recorta por las líneas discontinuas.
print-costs = cuesta { $cost }
print-wants = Quiere:
print-picture-missing = falta la imagen: { $file }

## Las páginas que ve un teléfono antes de jugar

join-title = Únete al juego
join-code = El código de la pantalla
join-next = Siguiente
join-name = Tu nombre (opcional)
join-group = Tu grupo
join-no-groups = La persona facilitadora todavía no ha añadido grupos. Vuelve a cargar esta página cuando lo haga.
join-offline = Sin conexión con el juego: ¿está este dispositivo en la red de la sala?
join-refused = Rechazado ({ $status })
join-not-here = Aquí no hay nada
join-no-such-page = Esta página no existe. Escanea el código de la pantalla para unirte.
join-first = Únete primero
join-first-how = Escanea el código de la pantalla compartida o abre la dirección que aparece en ella.
join-wrong-code = Código incorrecto
join-wrong-code-how = Ese no es el código de la pantalla. Escanéalo de nuevo o escríbelo en /join.
join-wait = Espera un minuto
join-removed = Eliminado

## Lo que responde el servidor de dispositivos

device-not-joined = Este dispositivo no se ha unido: escanea el código de la pantalla
device-removed = La persona facilitadora ha quitado este dispositivo de la sesión
device-too-many-codes = Demasiados códigos incorrectos desde este dispositivo: espera un minuto y vuelve a intentarlo
device-unreadable = No se pudo leer la petición: { $reason }
device-not-the-code = Ese no es el código de la pantalla
device-no-such-group = Ese grupo no existe: elige uno de la lista
device-no-token = El juego no pudo crear un token
device-group-full = Este grupo ya tiene { $count } dispositivos: compartid uno o pedid a la persona facilitadora que quite alguno
device-name = Dispositivo { $number }
device-group-gone = Este grupo ya no está en la sesión
device-too-fast = Demasiados movimientos a la vez: espera un segundo
device-not-taking = El juego no acepta movimientos ahora
device-no-answer = El juego no respondió: mira la pantalla y vuelve a intentarlo
device-stopped = El juego ha dejado de atender dispositivos

## Lo que dice un teléfono en cada fase

hint-setup = La persona facilitadora está preparando el juego. Mirad la pantalla.
hint-briefing = Escuchad la presentación. Mirad la pantalla.
hint-roles = Estos son vuestros roles: quiénes sois y qué queréis.
hint-challenge = Sacad vuestro reto.
hint-build = Construid vuestra solución: añadid cartas de vuestra mano, dadle un título y una descripción y marcadla como lista.
hint-present = Cada grupo expone su solución. Mirad la pantalla.
hint-negotiate = Comprometed vuestro apoyo a las soluciones de otros grupos y decid cuáles de vuestros roles ayudarán a llevarlas a cabo.
hint-report-back = Cada grupo hace su puesta en común. Mirad la pantalla.
hint-vote = Poned vuestros puntos en las soluciones de otros grupos, un criterio cada vez.
hint-debrief = La sesión ha terminado. Mirad la pantalla.

## La página en la que juega un teléfono

phone-connecting = Conectando…
phone-reconnecting = Reconectando…
phone-language = Idioma
phone-look-at-screen = Mirad la pantalla
phone-your-solution = Vuestra solución
phone-title = Título
phone-title-placeholder = Dad un nombre a vuestra solución
phone-pitch = Descripción
phone-pitch-placeholder = Qué hace y para quién es
phone-saved = Guardado.
phone-write-idea = Escribid vuestra propia idea
phone-idea = Idea
phone-idea-text = Qué hace
phone-add-idea = Añadirla a nuestra mano
phone-idea-needs-title = Primero dad un título a vuestra idea
phone-no-longer = Este dispositivo ya no está en la sesión.
phone-group-gone = Vuestro grupo ya no está en la sesión.
phone-not-sent = No enviado: se perdió la conexión. Vuelve a intentarlo en un momento.
phone-refused = Rechazado ({ $status })
phone-phase-round = { $phase } · ronda { $round } de { $rounds }
phone-cost = cuesta { $cost }
phone-wants = Quiere:
phone-holds = Tiene:
phone-swap-role = Cambiar este rol
phone-in-solution = En vuestra solución
phone-solution-counts = Ideas { $ideas } ({ $ideas-min }–{ $ideas-max }) · métodos { $methods } ({ $methods-min }–{ $methods-max })
phone-solution-cost = coste { $cost } de { $budget }
phone-take-out = Quitar
phone-nothing-yet = Nada todavía: añadid cartas de vuestra mano, más abajo.
phone-champions = La respaldan
phone-when = Cuándo
phone-where = Dónde
phone-marked-ready = Marcada como lista. La persona facilitadora puede reabrirla.
phone-mark-ready = Marcar nuestra solución como lista
phone-give-to = Dar a
phone-give = Dar
phone-your-hand = Vuestra mano
phone-swaps-left =
    { $count ->
        [one] Queda { $count } cambio en esta ronda
       *[other] Quedan { $count } cambios en esta ronda
    }
phone-add = Añadir a la solución
phone-swap = Cambiar
phone-support-left = El apoyo que os queda en esta ronda
phone-support-of = { $kind }: { $left } de { $held }
phone-no-title-yet = (todavía sin título)
phone-untitled = (sin título)
phone-pledge = + { $kind }
phone-take-back-pledge = Retirar { $kind }
phone-pledged = Comprometido: { $pledges }
phone-pledged-kind = { $kind } ×{ $count }
phone-pledged-yours = { $kind } ×{ $count } ({ $mine } vuestros)
phone-nothing-pledged = Comprometido: nada todavía
phone-delivers = { $role } la lleva a cabo ✓
phone-will-deliver = { $role } ayudará a llevarla a cabo
phone-who-delivers = Quién la lleva a cabo: { $roles }
phone-vote-closed = La votación está cerrada. Mirad la pantalla.
phone-dots-left =
    { $count ->
        [one] Queda { $count } punto
       *[other] Quedan { $count } puntos
    }
phone-dot = ● Punto
phone-dot-mine = ● Punto ({ $count })
phone-take-back = Retirar
phone-time-up = se acabó el tiempo
phone-minutes-left = quedan { $minutes } min
phone-seconds-left = quedan { $seconds } s
phone-paused = (en pausa)
phone-your-challenge = Vuestro reto
phone-redraw = Sacar otro (una vez por ronda)
phone-facilitator-reveals = La persona facilitadora desvela el reto para todos.
phone-draw-challenge = Sacar nuestro reto
phone-your-roles = Vuestros roles
