import type { ToolsCatalog } from './en.ts';

/** «Ваши инструменты» по-русски: свои VPN-конфигурации и мосты Tor. */
export const TOOLS_RU: ToolsCatalog = {
  'tools.heading': 'Ваши инструменты',
  'tools.lead': 'Ваши собственные конфигурации VPN и мосты Tor, проверенные в этой сети.',
  'tools.kind.wireguard': 'VPN WireGuard',
  'tools.kind.bridge': 'Мост Tor',
  'tools.column.name': 'Инструмент',
  'tools.column.kind': 'Вид',
  'tools.column.where': 'Адрес',
  'tools.column.state': 'Состояние',
  'tools.column.why': 'Почему',
  'tools.where-omitted': 'скрыт',
  'tools.checking': 'Проверяется…',
  'tools.panel.title': 'Ваши VPN и мосты Tor',
  'tools.panel.intro':
    'Detour проверяет и ваши конфигурации WireGuard и мосты Tor — в этой сети, не запуская ни VPN, ни Tor Browser. Каждая проверяется при каждом запуске.',
  'tools.panel.wireguard': 'Конфигурации WireGuard',
  'tools.panel.wireguard-empty': 'Пока нет ни одной.',
  'tools.panel.add-file': 'Добавить файл WireGuard…',
  'tools.panel.path-label': 'Где лежит файл конфигурации на этом компьютере',
  'tools.panel.path-hint': 'Это окно не может открыть для Detour выбор файла: введите полный путь к файлу.',
  'tools.panel.add-path': 'Добавить этот файл',
  'tools.panel.added': '{{name}}: добавлено.',
  'tools.panel.removed': '{{name}}: удалено.',
  'tools.panel.remove': 'Удалить',
  'tools.panel.remove-label': 'Удалить {{name}}',
  'tools.panel.peers_one': '{{count}} сервер',
  'tools.panel.peers_few': '{{count}} сервера',
  'tools.panel.peers_many': '{{count}} серверов',
  'tools.panel.peers_other': '{{count}} сервера',
  'tools.panel.keys-note': 'Detour заново читает файл при каждой проверке и не хранит копию его ключей.',
  'tools.panel.rejected': 'Файл не добавлен: {{reason}}.',
  'tools.panel.rejected-line': 'Файл не добавлен: {{reason}} (строка {{line}}).',
  'tools.panel.bridges': 'Мосты Tor',
  'tools.panel.bridges-label': 'Строки мостов',
  'tools.panel.bridges-hint': 'По одной в строке, как их выдают Tor Browser или bridges.torproject.org.',
  'tools.panel.bridges-save': 'Сохранить мосты',
  'tools.panel.bridges-saved_one': 'Сохранён {{count}} мост.',
  'tools.panel.bridges-saved_few': 'Сохранено {{count}} моста.',
  'tools.panel.bridges-saved_many': 'Сохранено {{count}} мостов.',
  'tools.panel.bridges-saved_other': 'Сохранено {{count}} моста.',
  'tools.panel.bridge-error': 'Строка {{line}}: {{reason}}.',
  'tools.panel.tor-path': 'Где находится Tor (если Detour его не находит)',
  'tools.panel.tor-path-hint': 'Программа tor или папка Tor Browser. Пусто — Detour ищет в обычных местах.',
  'tools.panel.tor-save': 'Сохранить',
  'tools.panel.tor-saved': 'Сохранено.',
  'tools.input-error.not-text': 'это не текстовый файл',
  'tools.input-error.too-large': 'файл слишком велик для конфигурации WireGuard',
  'tools.input-error.no-interface': 'это не конфигурация WireGuard (нет раздела [Interface])',
  'tools.input-error.no-private-key': 'в разделе [Interface] нет PrivateKey',
  'tools.input-error.bad-key': 'один из ключей — не ключ WireGuard',
  'tools.input-error.no-peer': 'нет раздела [Peer]',
  'tools.input-error.no-public-key': 'в разделе [Peer] нет PublicKey',
  'tools.input-error.no-endpoint': 'ни у одного сервера нет Endpoint: похоже на конфигурацию самого сервера',
  'tools.input-error.bad-endpoint': 'Endpoint — не адрес с портом',
  'tools.input-error.bad-line': 'одна из строк не относится к конфигурации WireGuard',
  'tools.input-error.too-long': 'строка слишком длинная для строки моста',
  'tools.input-error.no-address': 'это не строка моста (нет адреса с портом)',
  'tools.input-error.bad-address': 'адрес моста — не IP-адрес с портом',
  'tools.input-error.bad-fingerprint': 'отпечаток — не 40 шестнадцатеричных цифр',
  'tools.input-error.bad-argument': 'часть строки не такая, как бывает в строке моста',
  'tools.input-error.obfs4-arguments': 'строке моста obfs4 нужны cert= и iat-mode=',
  'tools.input-error.unreadable': 'файл не читается',
  'tools.input-error.not-a-file': 'это папка, а не файл',
  'tools.input-error.too-many': 'их уже столько, сколько Detour проверяет за раз',
  'tools.summary.none': 'Пока нет: добавьте конфигурацию WireGuard или мосты Tor, чтобы проверять и их.',
  'tools.summary.some': 'Проверяются при каждом запуске: {{wireguard}}, {{bridges}}.',
  'tools.summary.wireguard_one': '{{count}} конфигурация WireGuard',
  'tools.summary.wireguard_few': '{{count}} конфигурации WireGuard',
  'tools.summary.wireguard_many': '{{count}} конфигураций WireGuard',
  'tools.summary.wireguard_other': '{{count}} конфигурации WireGuard',
  'tools.summary.bridges_one': '{{count}} мост',
  'tools.summary.bridges_few': '{{count}} моста',
  'tools.summary.bridges_many': '{{count}} мостов',
  'tools.summary.bridges_other': '{{count}} моста',
  'tools.summary.change': 'Добавить или изменить',
  'tools.not-checked': 'Не проверено',
  'tools.not-checked.reason': 'Проверка закончилась раньше, чем дошла до этого.',
  'tools.works-through': 'Работает через: {{routes}}',
  'tools.reachable-through': 'Его адрес отвечает через: {{routes}}',

  'tools.wireguard.status.works': 'Работает',
  'tools.wireguard.status.address-blocked': 'Адрес сервера заблокирован',
  'tools.wireguard.status.wireguard-blocked': 'WireGuard заблокирован',
  'tools.wireguard.status.wrong-config': 'Неверная конфигурация или сервер не работает',
  'tools.wireguard.status.inconclusive': 'Не удалось понять',

  'tools.wireguard.reason.handshake-ok': 'VPN-сервер ответил на рукопожатие WireGuard за {{rttMs}} мс.',
  'tools.wireguard.reason.server-busy':
    'VPN-сервер получил рукопожатие, но был слишком занят, чтобы его завершить, и попросил повторить позже. WireGuard проходит через эту сеть.',
  'tools.wireguard.reason.address-silent-route-works':
    'По адресу сервера из этой сети ничто не отвечает, даже отказом, а через {{routes}} рукопожатие проходит: адрес сервера здесь заблокирован.',
  'tools.wireguard.reason.address-silent':
    'По адресу сервера из этой сети ничто не отвечает, даже отказом: вероятно, адрес здесь заблокирован или сервер выключен. Понять, что именно, поможет маршрут, который передаёт UDP (прокси SOCKS5, ключ Outline).',
  'tools.wireguard.reason.handshake-dropped':
    'Адрес сервера отвечает, и через {{routes}} рукопожатие проходит, а напрямую — нет: эта сеть блокирует WireGuard по порту или по виду его пакетов.',
  'tools.wireguard.reason.response-invalid':
    'Сервер ответил, но его ответ не подходит к ключам этой конфигурации: вероятно, неверен общий ключ (PresharedKey) или один из ключей. Это не блокировка.',
  'tools.wireguard.reason.no-answer-anywhere':
    'Ответа нет ни напрямую, ни через ваши маршруты: вероятно, конфигурация (её ключи или адрес) неверна или сервер не работает. Это не блокировка.',
  'tools.wireguard.reason.bad-peer-key': 'Открытый ключ сервера в конфигурации непригоден: конфигурация неверна.',
  'tools.wireguard.reason.no-network':
    'У этого компьютера нет сетевого маршрута к адресу сервера, поэтому ничего не было отправлено: похоже, вы не в сети. Проверьте снова, когда подключитесь.',
  'tools.wireguard.reason.no-udp-route':
    'Адрес сервера отвечает, но на WireGuard ответа нет. Без маршрута, который передаёт UDP (прокси SOCKS5, ключ Outline), Detour не может понять, заблокирован ли WireGuard здесь или неверна конфигурация.',
  'tools.wireguard.reason.port-refused':
    'Адрес сервера ответил, что на этом порту WireGuard никто не принимает: вероятно, VPN-сервер там не работает или в конфигурации неверный порт — если только этот ответ не присылает сама сеть. Понять, что именно, поможет маршрут, который передаёт UDP (прокси SOCKS5, ключ Outline).',
  'tools.wireguard.reason.name-not-resolved': 'Не удалось найти адрес по имени сервера: {{failure}}.',
  'tools.wireguard.reason.not-checked': 'Проверку отменили раньше, чем пришёл ответ.',

  'tools.bridge.status.works': 'Работает',
  'tools.bridge.status.handshake-done': 'Доступен: рукопожатие прошло',
  'tools.bridge.status.connected': 'Соединение обрывается до рукопожатия',
  'tools.bridge.status.no-connection': 'Нет соединения',
  'tools.bridge.status.cannot-check': 'Не проверено',

  'tools.bridge.reason.bootstrapped': 'Tor запустился через этот мост.',
  'tools.bridge.reason.no-tor-network':
    'Tor соединился с мостом и прошёл рукопожатие (дошёл до {{percent}}%, {{tag}}), но у моста не оказалось списка узлов сети Tor, поэтому Tor не смог до конца запуститься. Мост здесь не заблокирован; он не связан с сетью Tor (в тестовой сети без Tor так и должно быть).',
  'tools.bridge.reason.stalled-after-handshake':
    'Tor соединился с мостом и прошёл рукопожатие; до истечения времени он дошёл до {{percent}}% ({{tag}}). Мост здесь не заблокирован.',
  'tools.bridge.reason.handshake-failed':
    'Соединение с мостом открывается, но рукопожатие Tor через него не проходит: сеть может блокировать мост по виду его трафика, или строка моста устарела.',
  'tools.bridge.reason.connect-failed':
    'Нет соединения с мостом ({{failure}}): его адрес или порт может быть здесь заблокирован, или мост выключен.',
  'tools.bridge.reason.blocked-here':
    'Нет соединения с мостом ({{failure}}), хотя через {{routes}} его адрес принимает соединения: мост заблокирован в этой сети.',
  'tools.bridge.reason.offline-everywhere':
    'Нет соединения с мостом ни напрямую ({{failure}}), ни через ваши маршруты: вероятно, мост выключен.',
  'tools.bridge.reason.transport-unsupported': 'Мосты типа {{transport}} Detour пока проверять не умеет.',
  'tools.bridge.reason.no-tor':
    'Tor на этом компьютере не найден. Установите Tor Browser (torproject.org) или укажите Detour, где находится tor.',
  'tools.bridge.reason.no-transport-plugin':
    'Рядом с Tor не найдена программа для obfs4 (lyrebird или obfs4proxy). Она есть в Tor Browser.',
  'tools.bridge.reason.tor-failed': 'Tor не запускается с этим мостом: вероятно, строка моста неверна.',
  'tools.bridge.reason.not-checked': 'Проверку отменили раньше, чем пришёл ответ.',
};
