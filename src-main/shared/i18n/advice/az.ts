import type { AdviceCatalog } from './en.ts';

export const ADVICE_AZ: AdviceCatalog = {
  'advice.offline': 'Deyəsən, internetə qoşulmamısınız: şəbəkəyə qoşulun və yenidən yoxlayın.',
  'advice.captive': 'Qarşıda giriş səhifəsi var: brauzerdə bu şəbəkəyə daxil olun və yenidən yoxlayın.',
  'advice.all-work': 'Hər şey işləyir.',
  'advice.nothing-blocked': 'Şəbəkənizdə heç nə bloklanmayıb.',
  'advice.use-route_one': '{{route}} istifadə edin: bloklanmış {{count}} saytı o açır.',
  'advice.use-route_other': '{{route}} istifadə edin: bloklanmış {{count}} saytın hamısını o açır.',
  'advice.use-route-most_one':
    '{{route}} istifadə edin: bloklanmış {{total}} saytdan {{count}} saytı o açır; qalanlarını digər marşrutlarınız açır.',
  'advice.use-route-most_other':
    '{{route}} istifadə edin: bloklanmış {{total}} saytdan {{count}} saytı o açır; qalanlarını digər marşrutlarınız açır.',
  'advice.use-route-some_one':
    '{{route}} istifadə edin: bloklanmış {{total}} saytdan {{count}} saytı o açır. {{sites}} isə əlinizdəki heç bir vasitə ilə açılmır; Tor Browser-i sınayın.',
  'advice.use-route-some_other':
    '{{route}} istifadə edin: bloklanmış {{total}} saytdan {{count}} saytı o açır. {{sites}} isə əlinizdəki heç bir vasitə ilə açılmır; Tor Browser-i sınayın.',
  'advice.nothing-opens': '{{sites}} əlinizdəki heç bir vasitə ilə açılmır; Tor Browser-i sınayın.',
  'advice.no-routes':
    'Bağlantınız {{sites}} açmır. Yoxlamaq üçün əlinizdə olan marşrutu (proksi, VPN) əlavə edin və ya Tor Browser-i sınayın.',
  'advice.sites-more_one': '{{sites}} və daha {{count}} sayt',
  'advice.sites-more_other': '{{sites}} və daha {{count}} sayt',
  'advice.calls-ok': 'Zənglər (səsli və görüntülü) keçir.',
  'advice.calls-blocked': 'Zənglər (səsli və görüntülü) bloklanıb və əlinizdəki heç bir vasitə onları keçirmir.',
  'advice.calls-restored': 'Zənglər (səsli və görüntülü) bloklanıb; {{routes}} ilə keçir.',
  'advice.calls-unclear': 'Zənglərin (səsli və görüntülü) keçib-keçmədiyi aydın deyil.',
  'advice.kinds': 'Tapılanlar: {{list}}.',
  'advice.kind': '{{kind}}: {{n}}',
  'advice.site.direct': 'Sizin bağlantınız',
  'advice.site.nothing': 'Əlinizdəki heç bir vasitə',
  'advice.site.routes': '{{routes}}',
  'advice.evidence.title': 'Bu saytı nə açdı',
  'advice.evidence.restored': 'Bu sayt {{routes}} ilə açıldı.',
  'advice.details': 'Marşrutlar üzrə ətraflı',
  'advice.label': 'Nə etməli',
};
