import type { PatternCatalog } from './en.ts';

/** Fractions are said as "N dəfə" (N times slower), as Azerbaijani says it, in digits. */
export const PATTERN_AZ: PatternCatalog = {
  'pattern.title': 'Zamanla sürət',
  'pattern.runs':
    'Sürəti ölçülmüş yoxlamalar: {{runs}}; zaman aralıqları {{slot}} dəqiqəlikdir; aralıq ən azı {{needed}} ölçmə ilə qiymətləndirilir.',
  'pattern.slept': 'Kompüter yuxu rejimində olduğu üçün nəzərə alınmayanlar: {{count}}.',
  'pattern.no-runs':
    'Saxlanmış yoxlamaların heç birində hələ sürət yoxdur. Yoxlamanı sürət ölçməsi ilə təkrarlayın, məsələn: {{command}}',
  'pattern.no-site': 'Ölçülmüş sürətlər arasında {{site}} saytı yoxdur.',

  'pattern.connection.heading': 'Bağlantınız (neytral saytlar)',
  'pattern.connection.busy':
    'Bu vaxtlarda bağlantınız yüklüdür: neytral saytlar da yavaşlayır, ona görə də o zaman yavaşlama məqsədli deyil.',
  'pattern.connection.steady': 'Neytral saytlar hər zaman sürətini saxladı: bağlantının özü yüklü deyildi.',
  'pattern.connection.too-few-samples':
    'Bağlantını qiymətləndirmək üçün neytral saytların ölçmələri azdır ({{samples}}; aralığa {{needed}} lazımdır).',
  'pattern.busy-window':
    '{{when}}: neytral saytların sürəti adi haldan təxminən {{fraction}} dəfə aşağı, {{total}} ölçmədən {{slow}}',

  'pattern.site.targeted.controls-normal':
    'Müəyyən vaxtlarda yavaşladı, neytral saytlar isə yavaşlamadı: bu, məqsədli görünür.',
  'pattern.site.targeted.controls-slow': 'Müəyyən vaxtlarda bütün bağlantıdan qat-qat çox yavaşladı.',
  'pattern.site.targeted.controls-unknown':
    'Müəyyən vaxtlarda yavaşladı; o zaman müqayisə üçün heç bir neytral sayt ölçülməyib.',
  'pattern.site.always-slow':
    'Hər zaman neytral saytlardan təxminən {{fraction}} dəfə yavaş: yavaşdır, amma zamana bağlı deyil.',
  'pattern.site.busy-connection':
    'Yalnız bütün bağlantı yüklü olanda yavaşlayır (neytral saytlar da yavaşlayır): məqsədli deyil.',
  'pattern.site.steady': 'Heç bir vaxt yavaşlama yoxdur ({{samples}} ölçmə).',
  'pattern.site.too-few-samples':
    'Qiymətləndirmək üçün ölçmələr azdır ({{samples}}; aralığa {{needed}} lazımdır). Cədvəli davam etdirin.',

  'pattern.window.controls-normal':
    'sürət adi haldan təxminən {{fraction}} dəfə aşağı düşdü, {{when}}, {{total}} ölçmədən {{slow}} ({{confidence}}); neytral saytlar normal idi',
  'pattern.window.controls-slow':
    'sürət adi haldan təxminən {{fraction}} dəfə aşağı düşdü, {{when}}, {{total}} ölçmədən {{slow}} ({{confidence}}); neytral saytlar da yavaş idi',
  'pattern.window.controls-unknown':
    'sürət adi haldan təxminən {{fraction}} dəfə aşağı düşdü, {{when}}, {{total}} ölçmədən {{slow}} ({{confidence}}); neytral saytlar ölçülməyib',

  'pattern.fraction.2': '2',
  'pattern.fraction.3': '3',
  'pattern.fraction.4': '4',
  'pattern.fraction.5': '5',
  'pattern.fraction.10': '10',
  'pattern.fraction.20': '20',
  'pattern.fraction.50': '50',
  'pattern.fraction.100': '100',

  'pattern.when': '{{days}} {{from}}–{{to}}',
  'pattern.when.cycle': 'hər {{cycle}} dəqiqəlik dövrün {{from}}–{{to}} dəqiqələri',
  'pattern.days.every': 'hər gün',
  'pattern.days.weekdays': 'iş günləri',
  'pattern.days.weekend': 'həftəsonları',
  'pattern.day.0': 'B.e.',
  'pattern.day.1': 'Ç.a.',
  'pattern.day.2': 'Çər.',
  'pattern.day.3': 'C.a.',
  'pattern.day.4': 'Cümə',
  'pattern.day.5': 'Şən.',
  'pattern.day.6': 'Baz.',

  'pattern.map.legend':
    'Hər xana bir aralıqdır: {{normal}} normal, {{slower}} bir az yavaş, {{slowed}} yavaşladılıb, {{busy}} bağlantı yüklüdür, {{none}} ölçmə yoxdur (məsələn, kompüter yatmışdı).',
  'pattern.map.hour': 'saat',
  'pattern.map.cycle': 'aralıqlar',
};
