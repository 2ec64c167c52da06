import type { RouteHelpCatalog } from './en.ts';

export const ROUTE_HELP_RU: RouteHelpCatalog = {
  'route-help.did-you-mean': 'Похоже на прокси без указания вида. Вы имели в виду {{address}}?',
  'route-help.use': 'Использовать {{address}}',
  'route-help.probe': 'Проверить, что там отвечает',
  'route-help.probing': 'Проверяем…',
  'route-help.probe-none':
    'По адресу {{address}} ничто не ответило как прокси SOCKS5 или HTTP. Проверьте адрес и порт.',
  'route-help.probe-found': 'Там ответил прокси:',
  'route-help.use-socks': 'Использовать как SOCKS5: {{address}}',
  'route-help.use-socks-auth': 'Использовать как SOCKS5 (он просит имя пользователя и пароль): {{address}}',
  'route-help.use-http': 'Использовать как HTTP-прокси: {{address}}',
  'route-help.use-http-auth': 'Использовать как HTTP-прокси (он просит имя пользователя и пароль): {{address}}',
  'route-help.shadowsocks':
    'Сервер Shadowsocks так распознать нельзя: без ключа он никому не отвечает. Вставьте вместо этого его ключ {{key}}.',
  'route-help.client-link':
    'Это ссылка {{protocol}}. Detour не может открыть её сам: откройте её в своём приложении ({{apps}}), а затем укажите Detour порт SOCKS5, который это приложение открывает на этом компьютере.',
  'route-help.detect': 'Найти приложения, работающие на этом компьютере',
  'route-help.detecting': 'Ищем…',
  'route-help.detect-none':
    'На обычных портах приложений не найдено. Найдите порт SOCKS5 в настройках своего приложения и введите {{example}}.',
  'route-help.use-tool': 'Использовать {{tool}}: {{address}}',
  'route-help.vpn': 'Мой VPN: выбрать его адрес',
  'route-help.vpn-pick': 'Выберите адрес, который VPN выдал этому компьютеру (обычно на интерфейсе {{interfaces}}):',
  'route-help.vpn-none': 'У этого компьютера нет сетевых адресов, кроме внутреннего. Сначала подключите VPN.',
  'route-help.vpn-address': '{{interfaceName}}: {{address}}',
};
