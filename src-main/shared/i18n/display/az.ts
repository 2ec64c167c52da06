/** DISPLAY_EN in Azerbaijani: the colour theme and the time a run has left. */
export const DISPLAY_AZ = {
  'display.theme': 'Rənglər',
  'display.theme.system': 'Bu kompüterdəki kimi',
  'display.theme.light': 'Açıq',
  'display.theme.dark': 'Tünd',
  'display.eta': 'Təxminən {{time}} qalıb',
  'display.eta.under-minute': 'Bir dəqiqədən az qalıb',
  'display.sites.add-title': 'Sayt əlavə edin',
};
