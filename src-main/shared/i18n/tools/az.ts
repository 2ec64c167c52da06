import type { ToolsCatalog } from './en.ts';

/**
 * "Alətləriniz" azərbaycanca: öz VPN konfiqurasiyalarınız və Tor körpüləri. Şəkilçi
 * heç vaxt `{{parameter}}`-ə yapışdırılmır: ondan sonra isim gəlir.
 */
export const TOOLS_AZ: ToolsCatalog = {
  'tools.heading': 'Alətləriniz',
  'tools.lead': 'Öz VPN konfiqurasiyalarınız və Tor körpüləriniz, bu şəbəkədə yoxlanılıb.',
  'tools.kind.wireguard': 'WireGuard VPN',
  'tools.kind.bridge': 'Tor körpüsü',
  'tools.column.name': 'Alət',
  'tools.column.kind': 'Növ',
  'tools.column.where': 'Ünvan',
  'tools.column.state': 'Vəziyyət',
  'tools.column.why': 'Niyə',
  'tools.where-omitted': 'gizlədilib',
  'tools.checking': 'Yoxlanılır…',
  'tools.panel.title': 'VPN-iniz və Tor körpüləriniz',
  'tools.panel.intro':
    'Detour sizin WireGuard konfiqurasiyalarınızı və Tor körpülərinizi də bu şəbəkədə yoxlayır, VPN-i və ya Tor Browser-i işə salmadan. Hər biri hər yoxlamada yoxlanılır.',
  'tools.panel.wireguard': 'WireGuard konfiqurasiyaları',
  'tools.panel.wireguard-empty': 'Hələ heç biri yoxdur.',
  'tools.panel.add-file': 'WireGuard faylı əlavə edin…',
  'tools.panel.path-label': '.conf faylının bu kompüterdə yeri',
  'tools.panel.path-hint': 'Bu pəncərə Detour üçün fayl seçimini aça bilmir: faylın tam yolunu yazın.',
  'tools.panel.add-path': 'Bu faylı əlavə edin',
  'tools.panel.added': '{{name}}: əlavə edildi.',
  'tools.panel.removed': '{{name}}: silindi.',
  'tools.panel.remove': 'Silin',
  'tools.panel.remove-label': 'Silin: {{name}}',
  'tools.panel.peers_one': 'server sayı: {{count}}',
  'tools.panel.peers_other': 'server sayı: {{count}}',
  'tools.panel.keys-note': 'Detour hər yoxlamada faylı yenidən oxuyur və onun açarlarının surətini saxlamır.',
  'tools.panel.rejected': 'Fayl əlavə edilmədi: {{reason}}.',
  'tools.panel.rejected-line': 'Fayl əlavə edilmədi: {{reason}} ({{line}}-ci sətir).',
  'tools.panel.bridges': 'Tor körpüləri',
  'tools.panel.bridges-label': 'Körpü sətirləri',
  'tools.panel.bridges-hint': 'Hər sətirdə bir körpü, Tor Browser və ya bridges.torproject.org verdiyi kimi.',
  'tools.panel.bridges-save': 'Körpüləri saxlayın',
  'tools.panel.bridges-saved_one': 'Saxlanılan körpü sayı: {{count}}.',
  'tools.panel.bridges-saved_other': 'Saxlanılan körpü sayı: {{count}}.',
  'tools.panel.bridge-error': 'Sətir {{line}}: {{reason}}.',
  'tools.panel.tor-path': 'Tor harada yerləşir (Detour onu tapmırsa)',
  'tools.panel.tor-path-hint': 'tor proqramı və ya Tor Browser qovluğunuz. Boşdursa, Detour adi yerlərdə axtarır.',
  'tools.panel.tor-save': 'Saxlayın',
  'tools.panel.tor-saved': 'Saxlanıldı.',
  'tools.input-error.not-text': 'bu mətn faylı deyil',
  'tools.input-error.too-large': 'fayl WireGuard konfiqurasiyası üçün çox böyükdür',
  'tools.input-error.no-interface': 'bu WireGuard konfiqurasiyası deyil ([Interface] bölməsi yoxdur)',
  'tools.input-error.no-private-key': '[Interface] bölməsində PrivateKey yoxdur',
  'tools.input-error.bad-key': 'açarlardan biri WireGuard açarı deyil',
  'tools.input-error.no-peer': '[Peer] bölməsi yoxdur',
  'tools.input-error.no-public-key': '[Peer] bölməsində PublicKey yoxdur',
  'tools.input-error.no-endpoint': 'heç bir serverin Endpoint sətri yoxdur: bu, serverin öz konfiqurasiyasına oxşayır',
  'tools.input-error.bad-endpoint': 'Endpoint portlu ünvan deyil',
  'tools.input-error.bad-line': 'sətirlərdən biri WireGuard konfiqurasiyasına aid deyil',
  'tools.input-error.too-long': 'sətir körpü sətri üçün çox uzundur',
  'tools.input-error.no-address': 'bu körpü sətri deyil (portlu ünvan yoxdur)',
  'tools.input-error.bad-address': 'körpünün ünvanı portlu IP ünvanı deyil',
  'tools.input-error.bad-fingerprint': 'barmaq izi 40 onaltılıq rəqəm deyil',
  'tools.input-error.bad-argument': 'sətrin bir hissəsi körpü sətrindəki kimi deyil',
  'tools.input-error.obfs4-arguments': 'obfs4 körpü sətrində cert= və iat-mode= olmalıdır',
  'tools.input-error.unreadable': 'fayl oxunmur',
  'tools.input-error.not-a-file': 'bu fayl deyil, qovluqdur',
  'tools.input-error.too-many': 'artıq Detour-un bir dəfəyə yoxladığı qədər var',
  'tools.summary.none':
    'Hələ yoxdur: onları da yoxlamaq üçün WireGuard konfiqurasiyası və ya Tor körpüləri əlavə edin.',
  'tools.summary.some': 'Hər yoxlamada yoxlanılır: {{wireguard}}, {{bridges}}.',
  'tools.summary.wireguard_one': '{{count}} WireGuard konfiqurasiyası',
  'tools.summary.wireguard_other': '{{count}} WireGuard konfiqurasiyası',
  'tools.summary.bridges_one': '{{count}} körpü',
  'tools.summary.bridges_other': '{{count}} körpü',
  'tools.summary.change': 'Əlavə edin və ya dəyişin',
  'tools.not-checked': 'Yoxlanılmayıb',
  'tools.not-checked.reason': 'Yoxlama buna çatmamış bitdi.',
  'tools.works-through': 'Bu marşrutlarla işləyir: {{routes}}',
  'tools.reachable-through': 'Ünvanı bu marşrutlarla cavab verir: {{routes}}',

  'tools.wireguard.status.works': 'İşləyir',
  'tools.wireguard.status.address-blocked': 'Serverin ünvanı bloklanıb',
  'tools.wireguard.status.wireguard-blocked': 'WireGuard bloklanıb',
  'tools.wireguard.status.wrong-config': 'Konfiqurasiya səhvdir və ya server işləmir',
  'tools.wireguard.status.inconclusive': 'Müəyyən etmək olmadı',

  'tools.wireguard.reason.handshake-ok': 'VPN serveri WireGuard əl sıxmasına {{rttMs}} ms ərzində cavab verdi.',
  'tools.wireguard.reason.server-busy':
    'VPN serveri əl sıxmasını aldı, amma onu bitirmək üçün çox məşğul idi və sonra yenidən cəhd etməyi xahiş etdi. WireGuard bu şəbəkədən keçir.',
  'tools.wireguard.reason.address-silent-route-works':
    'Bu şəbəkədən serverin ünvanında heç nə cavab vermir, hətta rədd cavabı da yoxdur, amma əl sıxması bu marşrutlarla keçir: {{routes}}. Serverin ünvanı burada bloklanıb.',
  'tools.wireguard.reason.address-silent':
    'Bu şəbəkədən serverin ünvanında heç nə cavab vermir, hətta rədd cavabı da yoxdur: ünvan yəqin ki, burada bloklanıb və ya server sönülüdür. Hansı olduğunu UDP daşıyan marşrut (SOCKS5 proksi, Outline açarı) göstərərdi.',
  'tools.wireguard.reason.handshake-dropped':
    'Serverin ünvanı cavab verir və əl sıxması bu marşrutlarla keçir: {{routes}}, amma birbaşa keçmir. Bu şəbəkə WireGuard-ı portuna və ya paketlərinin görünüşünə görə bloklayır.',
  'tools.wireguard.reason.response-invalid':
    'Server cavab verdi, amma cavabı bu konfiqurasiyanın açarlarına uyğun gəlmir: ümumi açar (PresharedKey) və ya açarlardan biri yəqin ki, səhvdir. Bu bloklama deyil.',
  'tools.wireguard.reason.no-answer-anywhere':
    'Nə birbaşa, nə də marşrutlarınızla cavab gəlmədi: konfiqurasiya (açarları və ya ünvanı) yəqin ki, səhvdir, ya da server işləmir. Bu bloklama deyil.',
  'tools.wireguard.reason.bad-peer-key':
    'Konfiqurasiyadakı serverin açıq açarı istifadəyə yararsızdır: konfiqurasiya səhvdir.',
  'tools.wireguard.reason.no-network':
    'Bu kompüterin serverin ünvanına şəbəkə marşrutu yoxdur, ona görə heç nə göndərilmədi: deyəsən, internetə qoşulmamısınız. Qoşulduqdan sonra yenidən yoxlayın.',
  'tools.wireguard.reason.no-udp-route':
    'Serverin ünvanı cavab verir, amma WireGuard cavab almadı. UDP daşıyan marşrut (SOCKS5 proksi, Outline açarı) olmadan Detour WireGuard-ın burada bloklandığını, yoxsa konfiqurasiyanın səhv olduğunu müəyyən edə bilmir.',
  'tools.wireguard.reason.port-refused':
    'Serverin ünvanı bu portda WireGuard-ı heç kimin qəbul etmədiyini bildirdi: yəqin ki, VPN serveri orada işləmir və ya konfiqurasiyadakı port səhvdir, əgər bu cavabı şəbəkənin özü göndərmirsə. Hansı olduğunu UDP daşıyan marşrut (SOCKS5 proksi, Outline açarı) göstərərdi.',
  'tools.wireguard.reason.name-not-resolved': 'Serverin adı üzrə ünvan tapılmadı: {{failure}}.',
  'tools.wireguard.reason.not-checked': 'Yoxlama cavab gəlməmiş ləğv edildi.',

  'tools.bridge.status.works': 'İşləyir',
  'tools.bridge.status.handshake-done': 'Əlçatandır: əl sıxması keçdi',
  'tools.bridge.status.connected': 'Bağlantı əl sıxmasından əvvəl kəsilir',
  'tools.bridge.status.no-connection': 'Bağlantı yoxdur',
  'tools.bridge.status.cannot-check': 'Yoxlanılmayıb',

  'tools.bridge.reason.bootstrapped': 'Tor bu körpü ilə işə düşdü.',
  'tools.bridge.reason.no-tor-network':
    'Tor körpüyə qoşuldu və əl sıxmasını tamamladı ({{percent}}% mərhələsinə çatdı, {{tag}}), amma körpüdə Tor şəbəkəsinin siyahısı yox idi, ona görə Tor axıra qədər işə düşə bilmədi. Körpü burada bloklanmayıb; o, Tor şəbəkəsinə qoşulmayıb (Tor olmayan sınaq şəbəkəsində bu gözləniləndir).',
  'tools.bridge.reason.stalled-after-handshake':
    'Tor körpüyə qoşuldu və əl sıxmasını tamamladı; vaxt bitənə qədər {{percent}}% mərhələsinə çatdı ({{tag}}). Körpü burada bloklanmayıb.',
  'tools.bridge.reason.handshake-failed':
    'Körpü ilə bağlantı açılır, amma Tor-un əl sıxması tamamlanmır: şəbəkə körpünü trafikinin görünüşünə görə bloklaya bilər, ya da körpü sətri köhnəlib.',
  'tools.bridge.reason.connect-failed':
    'Körpü ilə bağlantı yoxdur ({{failure}}): onun ünvanı və ya portu burada bloklana bilər, ya da körpü sönülüdür.',
  'tools.bridge.reason.blocked-here':
    'Körpü ilə bağlantı yoxdur ({{failure}}), amma ünvanı bu marşrutlarla bağlantı qəbul edir: {{routes}}. Körpü bu şəbəkədə bloklanıb.',
  'tools.bridge.reason.offline-everywhere':
    'Körpü ilə nə birbaşa ({{failure}}), nə də marşrutlarınızla bağlantı var: körpü yəqin ki, sönülüdür.',
  'tools.bridge.reason.transport-unsupported': 'Detour bu növ körpüləri hələ yoxlaya bilmir: {{transport}}.',
  'tools.bridge.reason.no-tor':
    'Bu kompüterdə Tor tapılmadı. Tor Browser quraşdırın (torproject.org) və ya Detour-a tor proqramının harada olduğunu göstərin.',
  'tools.bridge.reason.no-transport-plugin':
    'Tor-un yanında obfs4 proqramı (lyrebird və ya obfs4proxy) tapılmadı. Tor Browser-də o var.',
  'tools.bridge.reason.tor-failed': 'Tor bu körpü ilə işə düşmür: körpü sətri yəqin ki, səhvdir.',
  'tools.bridge.reason.not-checked': 'Yoxlama cavab gəlməmiş ləğv edildi.',
};
