import type { PatternUiCatalog } from './en.ts';

export const PATTERN_UI_AZ: PatternUiCatalog = {
  'pattern-ui.heading': 'Zamanla sürət',
  'pattern-ui.intro':
    'Hər saytın yükləmə sürəti eyni dəqiqədə ölçülmüş neytral saytlarla müqayisədə: müəyyən saatlarda yalnız özü yavaşladılan sayt yüklü bağlantıdan seçilir.',
  'pattern-ui.site': 'Sürət qrafikləri üçün sayt',
  'pattern-ui.heatmap.title': '{{site}} həftəsi: adi sürətə nisbətən, gün × saat',
  'pattern-ui.heatmap.connection': 'Bağlantınızın həftəsi (neytral saytlar), gün × saat',
  'pattern-ui.cell': '{{day}} {{time}}: {{state}}, adi sürətin {{speed}}× qədəri, {{samples}} ölçmə',
  'pattern-ui.cell.none': '{{day}} {{time}}: ölçmə yoxdur',
  'pattern-ui.state.normal': 'adi sürət',
  'pattern-ui.state.slower': 'bir az yavaş',
  'pattern-ui.state.slowed': 'yavaşladılıb',
  'pattern-ui.state.busy': 'bağlantı yüklüdür',
  'pattern-ui.state.no-data': 'ölçmə yoxdur',
  'pattern-ui.timeline.title': '{{site}} və neytral saytların zamanla sürəti',
  'pattern-ui.timeline.unit': 'Mbit/san',
  'pattern-ui.timeline.controls': 'neytral saytlar',
  'pattern-ui.table.show': 'Rəqəmlər cədvəl kimi',
  'pattern-ui.table.day': 'Gün',
  'pattern-ui.table.when': 'Vaxt',
  'pattern-ui.table.speed': '{{name}} (Mbit/san)',
  'pattern-ui.table.heatmap-caption': '{{site}} üçün hər saat adi sürətə nisbət: işarə və nisbət (1 normaldır)',
  'pattern-ui.table.timeline-caption': 'Hər yoxlamada {{site}} və neytral saytların yükləmə sürəti',
  'pattern-ui.empty':
    'Hələ heç bir yoxlamada sürət yoxdur: saytların nə vaxt yavaşladığını görmək üçün yoxlamaları cədvəllə təkrarlayın.',
};
