/**
 * The first minutes: where the user is, asked once on the notice so the first list is
 * the sites that matter there, and the lists offered when the user's own is empty.
 * `{{region}}` is a country in the reader's language (ui.region.*).
 */
export const START_EN = {
  'start.place': 'Where are you?',
  'start.place-hint':
    'Detour starts with the sites reported blocked there, with messengers and calls. You can change the list any time on the Sites screen.',
  'start.place.elsewhere': 'Somewhere else (messengers and calls)',
  'start.empty': 'Your list is empty. Start with one of Detour’s lists:',
  'start.add-pack': '{{region}}: sites reported blocked, messengers and calls',
  'start.add-global': 'Messengers and calls',
  'start.error': 'Detour’s own lists could not be loaded: {{reason}}',
} as const;

export type StartCatalog = Readonly<Record<keyof typeof START_EN, string>> & Readonly<Record<string, string>>;
