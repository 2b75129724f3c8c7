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
kind-written = nuestra idea

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
device-bad-horizon = «Cuándo» es { $now }, { $soon } o { $later }, no { $horizon }

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

## Las pantallas de la sala (presentación inicial, exposición, puesta en común, votación, cierre)

room-heading = { $phase } · ronda { $round } de { $rounds }
room-heading-before = { $phase } · antes de la ronda 1 de { $rounds }
room-part = Parte { $part } de { $parts }
room-label = { $label }:
room-our-own = { $title } (nuestra)
room-no-title-yet = (todavía sin título)
room-pledge-from-role = { $kind } de { $group } ({ $role })
room-championed-by = La respaldan { $roles }
room-when = Cuándo: { $when }
room-where = Dónde: { $level }
room-support = Apoyo
room-will-deliver = La llevarán a cabo
briefing-hint = Cuando la sala haya escuchado los planes, la persona facilitadora pasa a los roles (Siguiente fase, o N).
present-for = { $group } expone desde hace
present-who = Quién expone:
present-end = ■ Terminar la exposición
present-cards = Cartas { $first }–{ $last } de { $count }
report-back-for = { $group } pone en común desde hace
report-back-who = Quién pone en común:
report-back-end = ■ Terminar la puesta en común
report-back-hint = Toca un grupo para escuchar su puesta en común: qué hará, con el apoyo de quién y quién lo llevará a cabo.
report-back-support = Apoyo recibido
report-back-deliver = La llevarán a cabo
vote-hint = Arrastra el punto de tu grupo a un criterio de la solución de otro grupo; toca un punto ya puesto para retirarlo.
vote-closed-hint = La votación está cerrada: los puntos de cada solución y su puesto.
vote-criteria-part = Criterios, parte { $part } de { $parts }
vote-total = Total
vote-place = { $dots } · puesto { $place }
vote-place-tied = { $dots } · puesto { $place } (empate)
vote-dots-left =
    { $count ->
        [one] { $group } · queda { $count } punto
       *[other] { $group } · quedan { $count } puntos
    }
vote-no-dots-left = { $group } · no quedan puntos
debrief-ended-early = La persona facilitadora terminó la sesión antes de tiempo.
debrief-report-in = El informe está en { $folder }
debrief-report-failed = No se pudo escribir el informe: { $reason }
debrief-round = Ronda { $round } de { $rounds }
debrief-round-part = { $round }, parte { $part } de { $parts }
negotiate-heading = Negociación de apoyos · ronda { $round } de { $rounds }
negotiate-hint = Arrastra una ficha de apoyo a la solución de otro grupo para comprometerla; arrastra un rol a una solución para decir que ayudará a llevarla a cabo. Toca un compromiso para retirarlo.
negotiate-deliverer = { $role } ({ $group })
negotiate-more = +{ $count } más

## La mesa: la zona de cada grupo y el centro

table-time-up = Se acabó el tiempo
table-undo = ↶ Deshacer
table-swap-pile = Montón de cambio
table-swap-own-set = Suelta aquí una carta para cambiarla de tu propio juego
table-swap-here =
    { $count ->
        [one] Suelta aquí una carta para cambiarla ({ $count } carta)
       *[other] Suelta aquí una carta para cambiarla ({ $count } cartas)
    }
table-let-go = «{ $title }» se movió mientras la sujetabas (por un deshacer u otro grupo), así que se soltó
table-take-out-to-swap = Quita la carta de la solución antes de cambiarla
table-take-out-to-trade = Quita la carta de vuestra solución antes de darla
table-our-idea = + Nuestra idea
table-close-new-card = Cerrar la carta nueva
table-new-card-hint = Nuestra propia carta de idea: el título y luego qué hace
table-add-to-hand = Añadirla a nuestra mano
table-redraw = Sacar otro
table-ready = Lista
table-tab-hand = Mano · { $count }
table-tab-solution = Solución · { $count }
table-tab-pitch = Descripción
table-no-cards = No hay cartas en la mano
table-no-title = (sin título)
table-no-pitch = (sin descripción)
table-pitch-label = Descripción:
table-drag-here = Arrastra aquí cartas de la mano
table-ready-counts =
    { $ideas ->
        [one] { $ideas } idea
       *[other] { $ideas } ideas
    } · { $methods ->
        [one] { $methods } método
       *[other] { $methods } métodos
    }
table-counts = ideas { $ideas }/{ $ideas_min }–{ $ideas_max } · métodos { $methods }/{ $methods_min }–{ $methods_max }
table-cost = coste { $cost } de { $budget }
table-choose = elegir
table-when-toggle = Cuándo: { $when } ▸
table-where-toggle = Dónde: { $level } ▸
table-swaps-left =
    { $count ->
        [one] queda { $count } cambio
       *[other] quedan { $count } cambios
    }
table-wants = Quiere: { $wants }
table-swap-role = Cambiar por otro
table-waiting-for-roles = Esperando los roles: los reparte la persona facilitadora
table-draw-challenge = Sacar un reto
table-tap-to-close = Toca en cualquier sitio para cerrar
table-page = Página { $page } de { $pages } ▸ { $left } más
table-page-last = Página { $page } de { $pages } ▸ volver a la 1
table-page-back = ▸ volver
table-page-more = ▸ { $left } más

## El panel de la persona facilitadora

panel-facilitator = Facilitación
panel-rounds =
    { $rounds ->
        [one] { $phase } — { $rounds } ronda
       *[other] { $phase } — { $rounds } rondas
    }
panel-pause = Pausa
panel-start = Iniciar
panel-plus-minutes = +{ $minutes } min
# The timer while more than a minute is left (the last minute counts down as 0:59).
countdown-minutes = { $minutes } min
panel-skip = Saltar
panel-deal-roles = Repartir roles al azar
panel-reveal-challenge = Desvelar el reto
panel-close-vote = Cerrar la votación y mostrar totales
panel-start-session = Empezar la sesión
panel-finish = Terminar: ir al cierre
panel-next-round = Siguiente ronda ({ $round })
panel-next-phase = Siguiente fase ▶ (tras { $phase })
panel-key = Tecla: { $key }
panel-undo = Deshacer
panel-redo = Rehacer
panel-groups = Grupos
panel-reopen = reabrir
panel-spotlight = Foco
panel-nobody = nadie
panel-notes = Notas
panel-note-hint = Lo que dijo la sala…
panel-add-note = Añadir nota
panel-text-size = Tamaño del texto
panel-full-screen = Pantalla completa (F11)
panel-leave-full-screen = Salir de pantalla completa (F11)
panel-console-open = Abrir una ventana de consola para quien facilita
panel-console-second-display = Consola de quien facilita en la segunda pantalla
panel-console-close = Cerrar la consola de quien facilita
panel-saved-to = Se guarda tras cada acción:
    { $file }
panel-end-session = Terminar la sesión ahora…
panel-leave = Volver a la pantalla de inicio… (Esc)
panel-keys = Teclas: Espacio temporizador · N siguiente · Ctrl+Z deshacer · H ocultar panel
panel-devices = Dispositivos
panel-devices-on = Los grupos juegan desde sus dispositivos
panel-join-address = { $address }
    código { $code }
panel-hide-join = Ocultar el código para unirse
panel-show-join = Mostrar el código para unirse
panel-no-devices = Todavía no se ha unido ningún dispositivo.
panel-remove = Quitar
panel-report-back-tap = Toca un grupo en la pantalla para escuchar su puesta en común; su nota va aquí.
panel-report-back-note = Nota sobre la puesta en común de { $group } (va al informe)
panel-note-saved = Guardada: { $note }
panel-report-back-hint = Qué hará el grupo, con el apoyo de quién, quién lo llevará a cabo…
panel-save-note = Guardar la nota
panel-export = Exportar el informe
panel-export-what = Markdown, HTML, JSON y el mapa de la red
panel-exported = El informe está en { $folder } (report.md, report.html, session.json, network.graphml y los archivos CSV para Kumu).
confirm-leave = ¿Salir de esta sesión? Está guardada y puedes reanudarla desde la pantalla de inicio.
confirm-leave-yes = Salir
confirm-end = ¿Terminar la sesión ahora e ir al cierre? Deshacer puede recuperarla.
confirm-end-yes = Terminar la sesión
confirm-quit = ¿Cerrar Living Lab? La sesión está guardada y puedes reanudarla más tarde.
confirm-quit-yes = Cerrar
confirm-advance = No todos los grupos están listos: { $groups }. ¿Seguir de todos modos?
confirm-advance-yes = Seguir
confirm-cancel = Cancelar

## Preparación

setup-language = El idioma de la sala
setup-language-about = Las palabras del juego en las pantallas, en los teléfonos que no piden otro idioma y en el informe. Las cartas se quedan como las da la baraja.
setup-seats = Esta baraja admite hasta { $count } grupos.
setup-seats-shared = Con un juego de cartas para la sala, esta baraja admite hasta { $shared } grupos (después se acaban sus cartas de tipo { $kind }). Con un juego por grupo admite hasta { $count }.
setup-seat = lugar: { $seat }
seat-bottom = abajo
seat-top = arriba
seat-left = izquierda
seat-right = derecha
seat-wall = pared
setup-add-group = + Añadir un grupo
setup-group-n = Grupo { $number }
group-name-1 = Cometas
group-name-2 = Puentes
group-name-3 = Faroles
group-name-4 = Robles
group-name-5 = Cuervos
group-name-6 = Brújula
group-name-7 = Puerto
group-name-8 = Faros
setup-cards = Cartas
setup-cards-shared = Un juego para la sala: cada carta está en un solo lugar a la vez y los grupos intercambian
setup-cards-per-group = Un juego por grupo, como cuando cada mesa tiene sus propias cartas impresas
setup-too-many = Un juego de cartas de esta baraja admite { $shared } grupos, no { $count }.
setup-give-sets = Dar a cada grupo su propio juego
setup-screen = Pantalla
setup-table = Mesa táctil: lugares en los cuatro lados, las cartas miran a cada grupo
setup-wall = Televisor o proyector: todo derecho
setup-rounds = Rondas
setup-rounds-unit = rondas
setup-start-briefing = presentación inicial { $briefing } min y roles { $roles } min
setup-start-roles = roles { $roles } min
setup-round-minutes = Cada ronda: reto { $challenge } min, construcción { $build } min, exposición { $present } min, negociación { $negotiate } min, puesta en común { $report_back } min por grupo, votación { $vote } min ({ $start } al principio).
setup-start = Empezar la sesión ▶
setup-back = Volver a las barajas
setup-add-one = Añade al menos un grupo para empezar.

## La pantalla de inicio y el explorador de barajas

title-about = Un juego de co-diseño para una pantalla compartida: asumid roles, sacad retos, construid soluciones con cartas de ideas y métodos, y votad.
title-resume-a-session = Reanudar una sesión
title-saved-session = { $deck } — { $phase } (ronda { $round } de { $rounds }), { $groups ->
        [one] { $groups } grupo
       *[other] { $groups } grupos
    }, guardada { $when }
title-resume = Reanudar
title-cannot-read = No se puede leer { $file } ({ $problem }); su copia de seguridad está al lado como .bak
title-unknown-problem = problema desconocido
title-choose-a-deck = Elige una baraja
title-play = Jugar con esta baraja
title-browse = Ver las cartas
title-bundled = incluido en el juego
title-open-dialog = Abrir…
title-deck-files = Barajas de Living Lab
title-drop-hint = o suelte un archivo de baraja (.ron) en esta ventana, o escriba su ruta:
title-no-deck-file = No se indicó ningún archivo de baraja
title-cannot-play = No se puede jugar con { $file }
title-fix-the-file = Corrige el archivo y ábrelo de nuevo; `livinglab check ARCHIVO` muestra la misma lista.
title-recent = Usadas recientemente
title-open-a-deck = Abrir un archivo de baraja
title-path-hint = /ruta/a/baraja.ron
title-open = Abrir
title-type-a-path = Escribe primero la ruta de un archivo de baraja, como /home/yo/barajas/nuestra-baraja.ron, y pulsa Abrir. (Para crear una, ejecuta `livinglab new nuestra-baraja.ron`.)
title-sessions-saved = Las sesiones se guardan tras cada acción en { $folder }
title-back = < Volver a las barajas
title-no-problems = `livinglab check` no encuentra problemas.
title-search = Buscar
title-search-hint = una palabra de un título, texto o etiqueta
title-roles = Roles ({ $count })
title-challenges = Retos ({ $count })
title-ideas = Ideas ({ $count })
title-methods = Métodos ({ $count })
title-criteria = Criterios ({ $count })
title-seats-none = no admite ningún grupo: demasiado pocas cartas
title-seats = admite hasta { $count } grupos
title-seats-shared = admite { $count } con un juego de cartas, { $most } con un juego por grupo
title-counts = { $roles ->
        [one] { $roles } rol
       *[other] { $roles } roles
    }, { $challenges ->
        [one] { $challenges } reto
       *[other] { $challenges } retos
    }, { $ideas ->
        [one] { $ideas } idea
       *[other] { $ideas } ideas
    }, { $methods ->
        [one] { $methods } método
       *[other] { $methods } métodos
    }, { $criteria ->
        [one] { $criteria } criterio
       *[other] { $criteria } criterios
    }

## El resto de la ventana del juego

game-undone = Deshecho
game-redone = Rehecho
game-nothing-to-undo = No hay nada que deshacer
game-nothing-to-redo = No hay nada que rehacer
game-resumed = Sesión reanudada donde se detuvo
game-saved-to = Guardado en { $file }
game-report-written = Informe escrito en { $folder }
console-title = Consola de quien facilita
console-empty = Abre o empieza una sesión en la pantalla de la sala; sus controles aparecen aquí.
deck-file-errors = El archivo de la baraja tiene errores; se sigue jugando con la última versión buena. Corrígelo y guárdalo para quitar este aviso.
devices-no-port = Los dispositivos no pueden unirse: no se pudo abrir ningún puerto a partir del { $port } ({ $reason })
devices-no-session = No hay ninguna sesión abierta
join-card-title = Juega desde tu teléfono
join-card-address = o abre { $address }
join-card-code = código { $code }

## Por qué las reglas rechazan un movimiento (en la pantalla de la sala y en los teléfonos)

rule-too-long = { $what } tiene { $count } caracteres; déjalo en { $max } para que la sala pueda leerlo
rule-no-such-group = No existe el grupo { $number }; esta sesión tiene { $count ->
        [one] { $count } grupo
       *[other] { $count } grupos
    }
rule-wrong-phase = { $what } se hace en la fase de { $phases }; esta es la fase de { $phase }
rule-either-phase = { $first } o { $second }
rule-marked-ready = { $group } ha marcado su solución como lista; la persona facilitadora puede reabrirla
rule-bad-language = El idioma de la sala: { $reason }
rule-rounds = Una sesión tiene de 1 a 12 rondas, no { $count }
rule-no-such-level = { $level } no es un nivel de esta baraja; elige { $levels }
rule-already-open = La solución de { $group } ya está abierta
rule-already-presenting = { $group } ya está exponiendo
rule-nobody-presenting = Nadie está exponiendo
rule-already-reporting = { $group } ya está haciendo su puesta en común
rule-nobody-reporting = Nadie está haciendo su puesta en común
rule-not-reported-yet = { $group } todavía no ha hecho su puesta en común; empiézala primero
rule-no-such-pledge = No hay ningún compromiso de apoyo así que retirar
rule-no-such-commitment = No hay ningún compromiso de ejecución así que retirar
rule-vote-already-closed = La votación ya está cerrada
rule-timer-running = El temporizador ya está en marcha
rule-timer-not-running = El temporizador no está en marcha
rule-extend = Alarga de 1 a { $max } minutos, no { $minutes }
rule-note-empty = La nota está vacía
rule-revised-deck = Una baraja revisada la aplica la sesión, no las reglas
rule-revised-deck-errors = La baraja revisada tiene errores: { $reason }
rule-not-started = La sesión todavía no ha empezado
rule-already-ended = La sesión ya ha terminado
rule-no-timer = { $what }: no hay temporizador en la fase de { $phase }
rule-group-needs-name = Un grupo necesita un nombre
rule-group-name-taken = Ya hay un grupo llamado { $name }
rule-too-many-groups = Como mucho pueden jugar { $count } grupos en una pantalla
rule-no-next-phase = La sesión ha terminado; no hay siguiente fase
rule-add-a-group = Añade al menos un grupo antes de empezar
rule-seats-none = Esta baraja no admite ni un grupo: tiene { $have } cartas de tipo { $kind } para { $need } por grupo
rule-seats-shared = Esta baraja admite como mucho { $max ->
        [one] { $max } grupo
       *[other] { $max } grupos
    } con un juego de cartas para la sala: tiene { $have } cartas de tipo { $kind } para { $need } por grupo. Da a cada grupo su propio juego de cartas para admitir { $count } grupos
rule-not-enough-roles = No quedan roles suficientes para dar a cada grupo los suyos
rule-no-such-role = Esta baraja no tiene el rol { $role }
rule-role-from-other-set = { $role } viene del juego de cartas de otro grupo; { $group } toma los roles del suyo
rule-role-not-in-pile = El rol { $role } no está en el montón
rule-role-taken = El rol { $role } ya lo tiene { $group }
rule-has-its-roles = { $group } ya tiene sus { $count ->
        [one] { $count } rol
       *[other] { $count } roles
    }; devuelve uno primero
rule-does-not-hold-role = { $group } no tiene el rol { $role }
rule-no-other-roles = No quedan otros roles en el montón
rule-shared-challenge-reveal = En esta baraja todos los grupos comparten un reto: desvélalo
rule-has-challenge = { $group } ya tiene su reto
rule-no-challenges-left = No quedan cartas de reto que sacar
rule-own-challenge = En esta baraja cada grupo saca su propio reto
rule-challenge-revealed = El reto ya se ha desvelado
rule-shared-challenge = En esta baraja todos los grupos comparten un reto
rule-already-redrawn = { $group } ya ha sacado otro reto en esta ronda
rule-no-challenge-to-redraw = { $group } todavía no tiene un reto que cambiar
rule-no-other-challenges = No quedan otras cartas de reto que sacar
rule-not-enough-to-deal = No hay suficientes cartas de tipo { $kind } para dar una mano a cada grupo
rule-in-solution-not-hand = { $card } está en la solución de { $group }, no en su mano
rule-not-in-hand = { $card } no está en la mano de { $group }
rule-swaps-used = { $group } ya ha usado { $count ->
        [one] su único cambio
       *[other] sus { $count } cambios
    } en esta ronda
rule-written-stays = Una carta que escribió un grupo se queda con ese grupo
rule-cannot-swap = { $card } no se puede cambiar
rule-pile-empty = El montón de { $kind } está vacío: no hay nada con que cambiar
rule-trade-with-itself = Un grupo no puede intercambiar consigo mismo
rule-not-for-a-solution = { $card } no puede entrar en una solución
rule-solution-full-ideas = Esta solución ya tiene { $count ->
        [one] { $count } idea
       *[other] { $count } ideas
    }, el máximo que permite esta baraja
rule-solution-full-methods = Esta solución ya tiene { $count ->
        [one] { $count } método
       *[other] { $count } métodos
    }, el máximo que permite esta baraja
rule-over-budget = { $card } cuesta { $cost }: serían { $total }, por encima del presupuesto de { $budget } de esta baraja (la solución ya cuesta { $spent })
rule-not-in-solution = { $card } no está en la solución de { $group }
rule-idea-needs-title = Una carta de idea nueva necesita un título
rule-idea-needs-text = Una carta de idea nueva necesita una o dos frases que digan qué hace
rule-already-champions = { $role } ya respalda esta solución
rule-does-not-champion = { $role } no respalda esta solución
rule-not-ready = Todavía no está lista: { $missing }
rule-and = { $list }; { $next }
rule-missing-title = dadle un título
rule-missing-pitch = escribid una descripción
rule-missing-ideas = añadid al menos { $count ->
        [one] { $count } idea
       *[other] { $count } ideas
    }
rule-missing-methods = añadid al menos { $count ->
        [one] { $count } método
       *[other] { $count } métodos
    }
rule-missing-champions = elegid cuáles de vuestros roles la respaldan
rule-missing-when = decid cuándo ocurre ({ $now }, { $soon } o { $later })
rule-missing-where = decid dónde funciona ({ $levels })
rule-pledge-to-itself = Un grupo no puede comprometer apoyo a su propia solución
rule-no-such-support = { $kind } no es un tipo de apoyo en esta baraja; compromete { $kinds }
rule-already-pledged = { $group } ya ha comprometido { $kind } con { $to }
rule-no-support-to-pledge = { $group } no tiene { $kind } que comprometer: ninguno de sus roles tiene
rule-no-support-left = A { $group } no le queda { $kind } que comprometer en esta ronda: tenía { $count } y { $count ->
        [one] lo comprometió
       *[other] los comprometió
    } con { $to }; retira un compromiso para darlo a otro
rule-already-committed = { $role } de { $group } ya se ha comprometido con la solución de { $to }
rule-vote-closed = La votación está cerrada
rule-dots-on-itself = Un grupo no puede poner puntos en su propia solución
rule-no-such-criterion = Esta baraja no tiene el criterio { $criterion }
rule-all-dots-placed = { $group } ha puesto sus { $count } puntos; mueve uno
rule-no-dot-there = { $group } no tiene ningún punto ahí que mover
rule-doing-remove-group = Quitar un grupo
rule-doing-card-sets = Elegir los juegos de cartas
rule-doing-language = Elegir el idioma de la sala
rule-doing-rounds = Elegir el número de rondas
rule-doing-deal-roles = Repartir roles
rule-doing-name-solution = Poner nombre a una solución
rule-doing-pitch = Escribir la descripción
rule-doing-when = Elegir cuándo ocurre
rule-doing-where = Elegir dónde funciona
rule-doing-reopen = Reabrir una solución
rule-doing-present = Exponer
rule-doing-end-presentation = Terminar una exposición
rule-doing-report-back = Hacer la puesta en común
rule-doing-end-report-back = Terminar una puesta en común
rule-doing-report-note = Una nota sobre una puesta en común
rule-doing-withdraw-support = Retirar un apoyo
rule-doing-withdraw-commitment = Retirar un compromiso
rule-doing-close-vote = Cerrar la votación
rule-doing-start-timer = Poner en marcha el temporizador
rule-doing-pause-timer = Pausar el temporizador
rule-doing-extend-timer = Alargar el temporizador
rule-doing-skip-timer = Saltar el temporizador
rule-doing-add-group = Añadir un grupo
rule-doing-change-group = Cambiar un grupo
rule-doing-choose-roles = Elegir roles
rule-doing-give-back-role = Devolver un rol
rule-doing-swap-role = Cambiar un rol
rule-doing-draw-challenge = Sacar un reto
rule-doing-reveal-challenge = Desvelar el reto
rule-doing-redraw-challenge = Sacar otro reto
rule-doing-swap-cards = Cambiar cartas
rule-doing-trade-cards = Intercambiar cartas
rule-doing-build = Construir una solución
rule-doing-change-solution = Cambiar una solución
rule-doing-write-idea = Escribir una carta de idea
rule-doing-champions = Elegir quién la respalda
rule-doing-ready = Marcar una solución como lista
rule-doing-pledge = Comprometer apoyo
rule-doing-commit = Comprometerse a llevarla a cabo
rule-doing-place-dots = Poner puntos
rule-doing-move-dots = Mover puntos
rule-field-title = El título
rule-field-pitch = La descripción
rule-field-note = La nota
rule-field-group-name = El nombre del grupo
rule-field-card-title = El título de la carta
rule-field-card-text = El texto de la carta

## Before the window opens: no graphics driver

gpu-missing = Living Lab no puede abrir su ventana: este ordenador no tiene ningún controlador gráfico { $driver } con el que dibujar.
gpu-missing-linux = Instale un controlador Vulkan. En Debian o Ubuntu: sudo apt install mesa-vulkan-drivers (dibuja también sin tarjeta gráfica). En Fedora: sudo dnf install mesa-vulkan-drivers. Después vuelva a abrir Living Lab. Preparar barajas no necesita controlador: livinglab check, print, rehearse y report siguen funcionando.
gpu-missing-windows = Actualice el controlador gráfico, desde Windows Update o desde el fabricante de la tarjeta gráfica (Intel, AMD o NVIDIA). En una máquina virtual, active su aceleración 3D. Después vuelva a abrir Living Lab.
gpu-missing-macos = Living Lab necesita un Mac con Metal (macOS 10.13 o posterior). Actualice macOS y vuelva a abrir Living Lab.

## The door: who may come in (the panel, the host page, the phone)
device-waiting = La persona facilitadora te dejará entrar en un momento. Mantén esta página abierta.
join-waiting-title = Esperando para entrar
device-refused = La persona facilitadora no dejó entrar a este dispositivo
join-refused-title = Sin acceso
join-closed = No se puede unir ahora
device-locked = La persona facilitadora ha cerrado la entrada: ningún dispositivo nuevo puede unirse ahora
device-removed-no-rejoin = La persona facilitadora quitó este dispositivo de la sesión: no puede volver a unirse a menos que le deje volver
## The facilitator's remote control (the host page) and the panel's list of devices
host-title = Mando de la facilitación
host-wrong = Dirección equivocada
host-wrong-how = Esta no es la dirección de la facilitación. Escanea el código del panel de la facilitación.
host-not-host = Solo el mando de la facilitación puede hacer esto
host-no-such-device = No existe ese dispositivo
host-connected-minutes = conectado desde hace { $minutes } min
host-connected-seconds = conectado desde hace { $seconds } s
host-gone-minutes = desconectado desde hace { $minutes } min
host-gone-seconds = desconectado desde hace { $seconds } s
host-last-move-minutes = última jugada hace { $minutes } min
host-last-move-seconds = última jugada hace { $seconds } s
host-devices = Dispositivos
host-no-devices = Aún no se ha unido ningún dispositivo.
host-admit = Admitir
host-refuse = Rechazar
host-remove = Quitar
host-let-back = Dejar volver
host-waiting = esperando para entrar
host-removed = quitado
host-refused = rechazado
host-lobby = Preguntar antes de dejar entrar
host-lock = Cerrar la entrada
host-hide-code = Ocultar el código en la pantalla compartida
host-code = Código: { $code }
host-start = Iniciar
host-pause = Pausar
host-next = Siguiente fase
host-offline = Sin conexión con el juego: ¿está este dispositivo en la red de la sala?
host-scan = El mando de la facilitación: ábrelo en tu teléfono (no lo compartas)
join-card-code-hidden = Pide el código a la persona facilitadora
panel-host-show = Mostrar el código del mando
panel-host-hide = Ocultar el código del mando

## Players' texts held for the facilitator's approval
rule-hold-not-text = Solo se puede retener para aprobación un texto escrito por un grupo
rule-no-such-held = No hay ningún texto número { $number } esperando aprobación
host-hold-text = Retener los textos de los grupos para aprobarlos
host-held = Textos esperando aprobación
host-no-held = No hay ningún texto esperando.
host-approve = Aprobar
host-edit = Editar
host-hide = Ocultar
host-held-idea = Carta de idea
host-held-title = Título de la solución
host-held-pitch = Presentación
host-held-note = Nota del compromiso
phone-waiting-approval = Esperando la aprobación de la facilitación
report-hidden-texts = { $count ->
    [one] La facilitación ocultó un texto escrito en un dispositivo.
   *[other] La facilitación ocultó { $count } textos escritos en dispositivos.
}
panel-devices-waiting = { $count ->
    [one] Un dispositivo espera para entrar (Dispositivos, abajo)
   *[other] { $count } dispositivos esperan para entrar (Dispositivos, abajo)
}
panel-texts-waiting = { $count ->
    [one] Un texto espera tu aprobación (Dispositivos, abajo)
   *[other] { $count } textos esperan tu aprobación (Dispositivos, abajo)
}
