import type { NetworkCatalog } from './en.ts';

/** The words about the network itself in Azerbaijani (Latin script); as elsewhere, no suffix is glued to a `{{parameter}}`. */
export const NETWORK_AZ: NetworkCatalog = {
  'ui.consent.controls':
    'İnternetin olmamasını və ya işləməyən marşrutu bloklamadan ayırmaq üçün Detour əvvəlcə sizin seçmədiyiniz bir neçə neytral sayta müraciət edir: {{sites}}. Onları Ayarlarda dəyişə bilərsiniz.',

  'ui.controls.title': 'Neytral saytlar',
  'ui.controls.intro':
    'Sizin saytlarınızdan əvvəl Detour bu neytral saytları öz bağlantınızla və hər marşrutla açır. Onların heç biri cavab vermirsə, çox güman ki, internetə qoşulmamısınız və ya qarşıda giriş səhifəsi var, və heç nə bloklanmış sayılmır. Bağlantınız onlara çatdığı halda çata bilməyən marşrut işləməyən kimi göstərilir. Detour sizin seçmədiyiniz saytlardan yalnız bunlara müraciət edir.',
  'ui.controls.list': 'Detour-un əvvəlcə yoxladığı neytral saytlar',
  'ui.controls.source.example':
    'İnternet adlarını idarə edən qurum tərəfindən nümunələr üçün ayrılıb və bütün dünyada xidmət göstərir: onu bloklamağa heç kimin səbəbi yoxdur.',
  'ui.controls.source.address':
    'Cloudflare şirkətinin ictimai DNS xidməti, öz ünvanı ilə: heç bir adı axtarmadan ona çatmaq olur.',
  'ui.controls.source.apple': 'Apple-ın bağlantı yoxlaması: hər iPhone və Mac şəbəkəyə qoşulanda onu edir.',
  'ui.controls.source.firefox':
    'Firefox-un şifrələməsiz bağlantı yoxlaması: həmişə eyni sözlə cavab verir, başqa cavab isə qarşıda giriş səhifəsi olduğunu göstərir.',
  'ui.controls.source.android':
    'Chrome və Android telefonlarının şifrələməsiz bağlantı yoxlaması: həmişə boş səhifə ilə cavab verir.',
  'ui.controls.source.own': 'Sizin əlavə etdiyiniz sayt.',
  'ui.controls.remove': 'Silin',
  'ui.controls.remove-label': 'Neytral saytı silin: {{url}}',
  'ui.controls.add-label': 'Neytral sayt əlavə edin (veb ünvan)',
  'ui.controls.add-hint':
    'Başqa şəbəkədə olan, sizdə bloklanmayan və nadir hallarda işləməyən sayt seçin. Ən çoxu {{max}} sayt.',
  'ui.controls.add': 'Saytı əlavə edin',
  'ui.controls.reset': 'Detour-un öz neytral saytlarına qayıdın',
  'ui.controls.added': 'Əlavə olundu: {{url}}',
  'ui.controls.removed': 'Silindi: {{url}}',
  'ui.controls.reset-done': 'Detour-un öz neytral saytları qaytarıldı.',
  'ui.controls.error.invalid': '“{{input}}” neytral sayt ola bilməz: {{reason}}',
  'ui.controls.error.not-web':
    '“{{input}}” neytral sayt ola bilməz: yalnız veb ünvan (http:// və ya https://) ola bilər.',
  'ui.controls.error.credentials':
    '“{{input}}” neytral sayt ola bilməz: ünvanında istifadəçi adı və ya parol olmamalıdır.',
  'ui.controls.error.duplicate': 'Bu sayt artıq siyahıdadır: {{url}}',
  'ui.controls.error.full': 'Ən çoxu {{max}} neytral sayt ola bilər: əvvəlcə birini silin.',
  'ui.controls.error.last': 'Ən azı bir neytral sayt lazımdır. Yenidən başlamaq üçün Detour-un öz saytlarına qayıdın.',
  'ui.controls.error.save': 'Neytral saytları saxlamaq alınmadı: {{reason}}',

  'ui.network.offline': 'Deyəsən, internetə qoşulmamısınız',
  'ui.network.captive': 'Qarşıda giriş səhifəsi var',
  'ui.network.limited': 'Neytral saytlara çatmaq olmadı',
  'ui.network.limited-hint':
    'Aşağıdakı nəticələr daha az dəqiqdir. Neytral saytlar sizdə bloklanıbsa, Ayarlarda başqalarını seçin.',
  'ui.network.change-controls': 'Başqa neytral saytlar seçin',
  'ui.network.tried': 'Yenə də nəyin yoxlandığını göstərin',
  'ui.network.state.offline': 'İnternet yox idi',
  'ui.network.state.captive': 'Giriş səhifəsi mane olurdu',

  'ui.route-checks.title': 'Marşrutlarınız neytral saytlarda',
  'ui.route-checks.usable': 'İşləyir',
  'ui.route-checks.failed': 'İşləmir',
  'ui.route-checks.unverified': 'Sübut olunmayıb',
  'ui.route-checks.unverified-detail':
    'Heç bir marşrutla heç bir neytral sayt cavab vermədi, ona görə bu marşrutdan yenə də istifadə olundu.',

  'ui.verdict.refused-or-blocked-unencrypted': 'Bloklanıb, yoxsa qəbul edilmir: bilmək olmur',
};
