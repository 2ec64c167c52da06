import type { Catalog } from './en.ts';

/**
 * The Russian catalog. Plain words in `status.*`, technical detail in `reason.*`.
 * Plural keys carry every form Russian needs (`_one` 1, 21…; `_few` 2–4, 22…;
 * `_many` 0, 5–20…; `_other` fractions), so `_one` keeps `{{count}}`.
 */
export const RU: Catalog = {
  'status.ok': 'Работает',
  'status.ok.explain': 'Сайт открылся и показал ту же страницу, что и за пределами вашей сети.',
  'status.ok.helps': 'Ничего делать не нужно.',
  'status.dns-tampering': 'Неверный адрес от DNS',
  'status.dns-tampering.explain':
    'Адресная книга вашей сети (DNS) выдаёт для этого сайта неверный, поддельный или пустой адрес, поэтому ваше устройство не может до него добраться.',
  'status.dns-tampering.helps':
    'Обычно помогает зашифрованный DNS (DNS через HTTPS); помогут и VPN, Tor, и большинство прокси.',
  'status.tcp-blocked': 'Адрес заблокирован',
  'status.tcp-blocked.explain':
    'Соединения с адресами сайта уходят в никуда: сеть молча их отбрасывает (блокировка по IP).',
  'status.tcp-blocked.helps': 'Поможет только маршрут через другую сеть: VPN, Tor или прокси.',
  'status.tcp-reset': 'Соединение отклонено',
  'status.tcp-reset.explain': 'Любое соединение с сайтом обрывается сразу же, как только начинается.',
  'status.tcp-reset.helps': 'Поможет только маршрут через другую сеть: VPN, Tor или прокси.',
  'status.tls-blocked': 'Защищённое соединение обрывается',
  'status.tls-blocked.explain': 'Защищённое соединение (HTTPS) с сайтом обрывается ещё во время установки.',
  'status.tls-blocked.helps':
    'Помогают VPN, Tor или прокси; иногда помогает и разделение первого сообщения соединения на части.',
  'status.sni-filtering': 'Блокировка по имени сайта',
  'status.sni-filtering.explain':
    'Сеть читает имя сайта в начале защищённого соединения и обрывает его. Тот же сервер работает, если имя скрыто или разделено на части.',
  'status.sni-filtering.helps':
    'Часто помогает разделение первого сообщения соединения на части (tls-split, tcp-split); VPN, Tor или прокси помогают всегда.',
  'status.tls-mitm': 'Соединение перехвачено',
  'status.tls-mitm.explain':
    'Кто-то в вашей сети подсовывает поддельный сертификат этого сайта, чтобы читать или блокировать ваши данные. Не вводите там пароли.',
  'status.tls-mitm.helps':
    'Пользуйтесь VPN, Tor или надёжным прокси; никогда не соглашайтесь продолжить после предупреждения о сертификате.',
  'status.http-blockpage': 'Страница блокировки',
  'status.http-blockpage.explain':
    'Вместо сайта ваша сеть показывает другую страницу — часто уведомление о том, что сайт заблокирован.',
  'status.http-blockpage.helps': 'Может помочь открыть сайт через https://; VPN, Tor или прокси помогают.',
  'status.http-blocked': 'Запрос обрывается',
  'status.http-blocked.explain':
    'Соединение открывается, но обрывается, как только ваше устройство запрашивает страницу.',
  'status.http-blocked.helps': 'Может помочь открыть сайт через https://; VPN, Tor или прокси помогают.',
  'status.throttled': 'Замедлен',
  'status.throttled.explain':
    'Сайт доступен, но работает гораздо медленнее, чем из-за пределов вашей сети, или зависает после нескольких килобайт.',
  'status.throttled.helps': 'Обычно скорость возвращают VPN, Tor или прокси.',
  'status.udp-blocked': 'Звонки заблокированы',
  'status.udp-blocked.explain':
    'Служба, через которую устанавливаются голосовые и видеозвонки, не отвечает в вашей сети, поэтому звонки не проходят.',
  'status.udp-blocked.helps': 'Вернуть звонки может VPN или прокси, который передаёт UDP (SOCKS5).',
  'status.down': 'Сайт не работает',
  'status.down.explain':
    'Сайт не открывается ниоткуда, даже из-за пределов вашей сети. Он не заблокирован, а просто не работает.',
  'status.down.helps': 'Попробуйте позже.',
  'status.path-failed': 'Маршрут не работает',
  'status.path-failed.explain':
    'Не работает сам этот маршрут (прокси недоступен или отказал нам), поэтому о сайте он ничего не говорит.',
  'status.path-failed.helps': 'Проверьте адрес маршрута, имя пользователя и пароль или то, запущен ли он.',
  'status.inconclusive': 'Неясно',
  'status.inconclusive.explain': 'Недостаточно данных, чтобы сказать, заблокирован ли сайт.',
  'status.inconclusive.helps': 'Добавьте маршрут через другую сеть (прокси, Tor или VPN) и запустите проверку снова.',

  'confidence.high': 'точно',
  'confidence.medium': 'вероятно',
  'confidence.low': 'возможно',

  'reason.matches-control': 'Та же страница, что и через контрольный маршрут.',
  'reason.reachable-no-control':
    'Страница открылась, но сравнить её было не с чем: маршрута за пределы вашей сети нет.',
  'reason.is-control': 'Этот маршрут — эталон, с которым сравниваются остальные.',
  'reason.dns-differs-valid-certificate':
    'DNS выдал не тот адрес, что зашифрованный DNS ({{addresses}}), но сервер по этому адресу предъявляет действительный сертификат для этого имени: это сеть доставки контента (CDN), а не подмена.',
  'reason.dns-differs-same-content':
    'DNS выдал не тот адрес, что зашифрованный DNS ({{addresses}}), но страница там та же, что и через контрольный маршрут.',
  'reason.dns-nxdomain': 'DNS отвечает, что такого имени не существует, хотя другие DNS-серверы его находят.',
  'reason.dns-bogon':
    'DNS ответил частным или зарезервированным адресом ({{addresses}}), какого не бывает ни у одного публичного сайта.',
  'reason.dns-injection':
    'На один запрос DNS наперегонки пришли два разных ответа: кто-то на пути подбросил один из них.',
  'reason.dns-wrong-address':
    'DNS выдал {{addresses}}, зашифрованный DNS — {{expected}}, и по первому адресу отвечает не этот сайт.',
  'reason.dns-failure': 'DNS вашей сети не дал пригодного ответа ({{failure}}), а другие DNS-серверы дали.',
  'reason.tcp-timeout': 'Соединения с адресами сайта не получили ответа за отведённое время.',
  'reason.tcp-unreachable': 'Сеть сообщает, что адреса сайта недоступны.',
  'reason.tcp-refused': 'В соединении сразу отказали (сброс в ответ на первый пакет).',
  'reason.tcp-reset': 'Соединения сбрасывались при открытии.',
  'reason.tls-reset':
    'Соединение сброшено через {{afterClientHelloMs}} мс после отправки имени сайта (путь туда и обратно занимает {{connectRttMs}} мс).',
  'reason.tls-eof': 'Соединение закрылось сразу после отправки имени сайта.',
  'reason.tls-timeout': 'После отправки имени сайта установка защищённого соединения (TLS) осталась без ответа.',
  'reason.tls-alert': 'Установка защищённого соединения (TLS) прервана сообщением об ошибке.',
  'reason.tls-error': 'Установить защищённое соединение (TLS) не удалось.',
  'reason.sni-decoy-passes':
    'Тот же сервер отвечает, если вместо имени сайта отправить другое ({{provenBy}}): блокировка зависит от имени.',
  'reason.split-passes':
    'Тот же сервер отвечает, если разделить первое сообщение на части ({{provenBy}}): блокировка читает имя сайта.',
  'reason.cert-untrusted': 'Сертификат выдан издателем «{{issuer}}», которому ваше устройство не доверяет.',
  'reason.cert-name-mismatch': 'Сертификат от издателя «{{issuer}}» выдан не для этого сайта.',
  'reason.cert-expired': 'Сертификат от издателя «{{issuer}}» просрочен или ещё не действует.',
  'reason.blockpage-fingerprint': 'Известная страница блокировки ({{fingerprint}}).',
  'reason.status-unavailable-legal': 'Сервер ответил кодом 451 («Недоступно по юридическим причинам»).',
  'reason.status-differs': 'Сервер ответил кодом {{status}}, а через контрольный маршрут — {{controlStatus}}.',
  'reason.content-differs':
    'Страница («{{title}}») отличается от контрольной («{{controlTitle}}») заголовком и размером ({{bodyProportion}} от её длины).',
  'reason.http-reset': 'Соединение сброшено после отправки запроса.',
  'reason.http-timeout': 'После отправки запроса ответ так и не пришёл.',
  'reason.http-eof': 'Соединение закрылось после отправки запроса.',
  'reason.http-error': 'Ответ пришёл повреждённым или переадресации пошли по кругу.',
  'reason.slow-throughput':
    '{{kilobytesPerSecond}} КБ/с против {{controlKilobytesPerSecond}} КБ/с через контрольный маршрут ({{percentOfControl}}% от этой скорости).',
  'reason.stall-window':
    'Загрузка замерла после {{stalledAtBytes}} байт — так ведёт себя один из известных видов замедления.',
  'reason.stall': 'Загрузка остановилась после {{stalledAtBytes}} байт.',
  'reason.udp-no-answer': 'Нет ответа на запросы для установки звонка (STUN).',
  'reason.fails-everywhere': 'Не работает ни через один маршрут, включая контрольный.',
  'reason.route-check-failed': 'Маршрут не прошёл проверку перед использованием.',
  'reason.route-failed': 'Маршрут отказал во время измерения.',
  'reason.unexplained-failure': 'Сбой, который не объясняет ни одно правило ({{failure}}).',
  'reason.not-measurable': 'Через этот маршрут такую проверку провести нельзя (звонки через прокси без UDP).',
  'reason.not-measured': 'Не измерено: проверку отменили раньше.',

  'cli.what-this-means': 'Что это значит:',
  'cli.per-site': 'По каждому сайту:',
  'cli.restored-by': 'Работает через: {{routes}}',
  'cli.not-restored-by': 'По-прежнему заблокирован через: {{routes}}',
  'cli.verdict-column': 'Ваша сеть',

  'summary.no-control':
    'Ни один из ваших маршрутов не ведёт за пределы вашей сети, поэтому результаты сравниваются только с зашифрованным DNS и локальными приёмами и менее надёжны.',
  'summary.direct-only':
    'Проверено только ваше собственное подключение. Добавьте прокси, Tor или VPN, чтобы узнать, что возвращает доступ, и получить более надёжный результат.',
  'summary.route-broken': 'Маршрут «{{route}}» не работает; он не учитывался.',
  'summary.nothing-blocked_one': 'Ничего не заблокировано: {{count}} проверенный сайт работает.',
  'summary.nothing-blocked_few': 'Ничего не заблокировано: все {{count}} проверенных сайта работают.',
  'summary.nothing-blocked_many': 'Ничего не заблокировано: все {{count}} проверенных сайтов работают.',
  'summary.nothing-blocked_other': 'Ничего не заблокировано: все {{count}} проверенного сайта работают.',
  'summary.none-blocked_one': 'В вашей сети ничего не заблокировано; работает {{count}} сайт из {{total}}.',
  'summary.none-blocked_few': 'В вашей сети ничего не заблокировано; работают {{count}} сайта из {{total}}.',
  'summary.none-blocked_many': 'В вашей сети ничего не заблокировано; работают {{count}} сайтов из {{total}}.',
  'summary.none-blocked_other': 'В вашей сети ничего не заблокировано; работают {{count}} сайта из {{total}}.',
  'summary.blocked_one': '{{count}} сайт из {{total}} заблокирован в вашей сети.',
  'summary.blocked_few': '{{count}} сайта из {{total}} заблокированы в вашей сети.',
  'summary.blocked_many': '{{count}} сайтов из {{total}} заблокированы в вашей сети.',
  'summary.blocked_other': '{{count}} сайта из {{total}} заблокированы в вашей сети.',
  'summary.kind_one': '{{status}}: {{count}}.',
  'summary.kind_few': '{{status}}: {{count}}.',
  'summary.kind_many': '{{status}}: {{count}}.',
  'summary.kind_other': '{{status}}: {{count}}.',
  'summary.down_one': '{{count}} сайт не работает нигде (это не блокировка).',
  'summary.down_few': '{{count}} сайта не работают нигде (это не блокировка).',
  'summary.down_many': '{{count}} сайтов не работают нигде (это не блокировка).',
  'summary.down_other': '{{count}} сайта не работают нигде (это не блокировка).',
  'summary.route-restores_one': '«{{route}}» возвращает доступ к {{count}} сайту из {{total}}.',
  'summary.route-restores_few': '«{{route}}» возвращает доступ к {{count}} сайтам из {{total}}.',
  'summary.route-restores_many': '«{{route}}» возвращает доступ к {{count}} сайтам из {{total}}.',
  'summary.route-restores_other': '«{{route}}» возвращает доступ к {{count}} сайтам из {{total}}.',
  'summary.cheapest-route': 'Самый простой способ обойти все блокировки: «{{route}}».',
  'summary.best-route': 'Больше всего возвращает «{{route}}»: {{count}} из {{total}}.',
  'summary.no-route-restores': 'Ни один из ваших маршрутов не возвращает доступ.',
  'summary.calls-ok': 'Звонки (голосовые и видео) проходят.',
  'summary.calls-blocked': 'Звонки (голосовые и видео) заблокированы, и ни один из ваших маршрутов их не возвращает.',
  'summary.calls-restored': 'Звонки (голосовые и видео) заблокированы; их можно вернуть через «{{routes}}».',
  'summary.calls-inconclusive': 'Неясно, проходят ли звонки.',
  'summary.residual-blocking':
    'После заблокированных сайтов ваша сеть ещё какое-то время блокировала и нейтральный сайт, поэтому часть результатов может быть искажена. Чтобы убедиться, повторите проверку позже.',
};
