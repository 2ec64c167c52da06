import type { TOOLS_EN } from './en.ts';

/** «Ваши инструменты» по-русски: свои VPN-конфигурации и мосты Tor. */
export const TOOLS_RU: Readonly<Record<keyof typeof TOOLS_EN, string>> = {
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
  'tools.wireguard.reason.no-udp-route':
    'Адрес сервера отвечает, но на WireGuard ответа нет. Без маршрута, который передаёт UDP (прокси SOCKS5, ключ Outline), Detour не может понять, заблокирован ли WireGuard здесь или неверна конфигурация.',
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
