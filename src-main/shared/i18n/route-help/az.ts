import type { RouteHelpCatalog } from './en.ts';

export const ROUTE_HELP_AZ: RouteHelpCatalog = {
  'route-help.did-you-mean': 'Bu, növü göstərilməmiş proksiyə bənzəyir. {{address}} nəzərdə tutmusunuz?',
  'route-help.use': '{{address}} istifadə et',
  'route-help.probe': 'Orada nəyin cavab verdiyini yoxla',
  'route-help.probing': 'Yoxlanılır…',
  'route-help.probe-none':
    '{{address}} ünvanında heç nə SOCKS5 və ya HTTP proksi kimi cavab vermədi. Ünvanı və portu yoxlayın.',
  'route-help.probe-found': 'Orada proksi cavab verdi:',
  'route-help.use-socks': 'SOCKS5 kimi istifadə et: {{address}}',
  'route-help.use-socks-auth': 'SOCKS5 kimi istifadə et (istifadəçi adı və parol istəyir): {{address}}',
  'route-help.use-http': 'HTTP proksi kimi istifadə et: {{address}}',
  'route-help.use-http-auth': 'HTTP proksi kimi istifadə et (istifadəçi adı və parol istəyir): {{address}}',
  'route-help.shadowsocks':
    'Shadowsocks serverini bu yolla tanımaq olmur, çünki açarı olmayan heç kimə cavab vermir: onun əvəzinə {{key}} açarını yapışdırın.',
  'route-help.client-link':
    'Bu, {{protocol}} keçididir. Detour onu özü aça bilmir: onu öz tətbiqində açın ({{apps}}), sonra Detour-a həmin tətbiqin bu kompüterdə açdığı SOCKS5 portunu verin.',
  'route-help.detect': 'Bu kompüterdə işləyən tətbiqləri tap',
  'route-help.detecting': 'Axtarılır…',
  'route-help.detect-none':
    'Adi portlarda heç bir tətbiq tapılmadı. SOCKS5 portunu tətbiqinizin ayarlarında tapın və {{example}} yazın.',
  'route-help.use-tool': '{{tool}} istifadə et: {{address}}',
  'route-help.vpn': 'Mənim VPN-im: ünvanını seçin',
  'route-help.vpn-pick': 'VPN xidmətinizin bu kompüterə verdiyi ünvanı seçin (adətən {{interfaces}} adlı interfeysdə):',
  'route-help.vpn-none': 'Bu kompüterin öz daxili ünvanından başqa şəbəkə ünvanı yoxdur. Əvvəlcə VPN-i qoşun.',
  'route-help.vpn-address': '{{interfaceName}}: {{address}}',
};
