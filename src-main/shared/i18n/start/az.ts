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
};
