import type { StartCatalog } from './en.ts';

export const START_AZ: StartCatalog = {
  'start.place': 'Haradasınız?',
  'start.place-hint':
    'Detour oradakı bloklandığı bildirilən saytlardan, messencerlərdən və zənglərdən başlayır. Siyahını istənilən vaxt Saytlar ekranında dəyişə bilərsiniz.',
  'start.place.elsewhere': 'Başqa yerdə (messencerlər və zənglər)',
  'start.empty': 'Siyahınız boşdur. Detour-un siyahılarından biri ilə başlayın:',
  'start.add-pack': '{{region}}: bloklandığı bildirilən saytlar, messencerlər və zənglər',
  'start.add-global': 'Messencerlər və zənglər',
  'start.error': 'Detour-un öz siyahıları yüklənmədi: {{reason}}',

  'plain.details': 'Ətraflı',
  'plain.evidence.dns-empty': 'Cavabda ünvan yoxdur',
  'plain.evidence.untrusted': 'Bu kompüter sertifikata etibar etmir.',
  'plain.targets.intro': 'Sizə vacib olan saytları və xidmətləri əlavə edin: veb ünvanlarını, hər sətirdə bir.',
  'plain.targets.forms':
    'Öz serverlərindən istifadə edən tətbiqlər {{hostPort}}, zənglər üçün serverlər isə {{stun}} kimi yazılır. Test siyahısı {{tool}} proqramının istifadə etdiyi {{source}} formatında {{format}} faylıdır: {{columns}} sütunları və qalanları.',
  'plain.targets.import-hint': '{{tool}} üçün hazırlanmış saytlar siyahısı. Hər sayt öz kateqoriyasını saxlayır.',
};
