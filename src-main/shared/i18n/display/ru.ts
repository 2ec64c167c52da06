/** DISPLAY_EN in Russian: the colour theme and the time a run has left. */
export const DISPLAY_RU = {
  'display.theme': 'Оформление',
  'display.theme.system': 'Как на этом компьютере',
  'display.theme.light': 'Светлое',
  'display.theme.dark': 'Тёмное',
  'display.eta': 'Осталось примерно {{time}}',
  'display.eta.under-minute': 'Осталось меньше минуты',
  'display.sites.add-title': 'Добавить сайты',
};
