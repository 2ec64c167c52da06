/**
 * How the app looks and reads while it works: the colour theme (Settings), the
 * time a run has left (the progress screen) and the Sites screen's parts. The durations themselves are written by
 * Intl.NumberFormat's units in the UI language, so only the sentences live here.
 */
export const DISPLAY_EN = {
  'display.theme': 'Colours',
  'display.theme.system': 'As on this computer',
  'display.theme.light': 'Light',
  'display.theme.dark': 'Dark',
  'display.eta': 'About {{time}} left',
  'display.eta.under-minute': 'Less than a minute left',
  'display.sites.add-title': 'Add sites',
};
