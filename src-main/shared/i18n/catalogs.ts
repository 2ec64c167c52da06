import { ADVICE_AZ } from './advice/az.ts';
import { ADVICE_EN } from './advice/en.ts';
import { ADVICE_RU } from './advice/ru.ts';
import { AZ } from './az.ts';
import { CATALOG_AZ } from './catalog/az.ts';
import { CATALOG_EN } from './catalog/en.ts';
import { CATALOG_RU } from './catalog/ru.ts';
import { DISPLAY_AZ } from './display/az.ts';
import { DISPLAY_EN } from './display/en.ts';
import { DISPLAY_RU } from './display/ru.ts';
import { HANDOUT_AZ } from './handout/az.ts';
import { HANDOUT_EN } from './handout/en.ts';
import { HANDOUT_RU } from './handout/ru.ts';
import { HISTORY_AZ } from './history/az.ts';
import { HISTORY_EN } from './history/en.ts';
import { HISTORY_RU } from './history/ru.ts';
import { SHARING_AZ } from './sharing/az.ts';
import { SHARING_EN } from './sharing/en.ts';
import { SHARING_RU } from './sharing/ru.ts';
import { EN } from './en.ts';
import { EVIDENCE_AZ } from './evidence/az.ts';
import { EVIDENCE_EN } from './evidence/en.ts';
import { EVIDENCE_RU } from './evidence/ru.ts';
import { NETWORK_AZ } from './network/az.ts';
import { NETWORK_EN } from './network/en.ts';
import { NETWORK_RU } from './network/ru.ts';
import type { Language } from './languages.ts';
import { REPORT_AZ } from './report/az.ts';
import { REPORT_EN } from './report/en.ts';
import { REPORT_RU } from './report/ru.ts';
import { ROUTE_HELP_AZ } from './route-help/az.ts';
import { ROUTE_HELP_EN } from './route-help/en.ts';
import { ROUTE_HELP_RU } from './route-help/ru.ts';
import { PATTERN_AZ } from './pattern/az.ts';
import { PATTERN_EN } from './pattern/en.ts';
import { PATTERN_RU } from './pattern/ru.ts';
import { PATTERN_UI_AZ } from './pattern-ui/az.ts';
import { PATTERN_UI_EN } from './pattern-ui/en.ts';
import { PATTERN_UI_RU } from './pattern-ui/ru.ts';
import { RU } from './ru.ts';
import { START_AZ } from './start/az.ts';
import { START_EN } from './start/en.ts';
import { START_RU } from './start/ru.ts';
import { TOOLS_AZ } from './tools/az.ts';
import { TOOLS_EN } from './tools/en.ts';
import { TOOLS_RU } from './tools/ru.ts';
import { TRAINER_AZ } from './trainer/az.ts';
import { TRAINER_EN } from './trainer/en.ts';
import { TRAINER_RU } from './trainer/ru.ts';
import { UI_AZ } from './ui/az.ts';
import { UI_EN } from './ui/en.ts';
import { UI_RU } from './ui/ru.ts';

/**
 * Every word Detour shows, per language: the verdicts (en.ts, az.ts, ru.ts), the
 * app's screens (ui/, history/ for past runs and comparisons, sharing/ for exports
 * and the workshop view), the exported reports (report/), the user's own VPN
 * configurations and bridges (tools/) and the network itself: neutral sites, offline
 * runs, unproven routes (network/); a past run's evidence read on demand (evidence/); the advice
 * every result leads with (advice/) and the first minutes (start/); trainers' tools (trainer/);
 * the PDF's one-page handout (handout/); help entering a route (route-help/); when sites slow down over
 * time (pattern/); the app's look, light or dark (display/); the charts of speed over time (pattern-ui/); a built-in target's name, its brand and kind (catalog/). One place, so the CLI, the app and the reports say the same thing the same way.
 */
export const CATALOGS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    ...EN,
    ...UI_EN,
    ...HISTORY_EN,
    ...SHARING_EN,
    ...REPORT_EN,
    ...TOOLS_EN,
    ...NETWORK_EN,
    ...EVIDENCE_EN,
    ...ADVICE_EN,
    ...START_EN,
    ...TRAINER_EN,
    ...HANDOUT_EN,
    ...ROUTE_HELP_EN,
    ...PATTERN_EN,
    ...DISPLAY_EN,
    ...PATTERN_UI_EN,
    ...CATALOG_EN,
  },
  az: {
    ...AZ,
    ...UI_AZ,
    ...HISTORY_AZ,
    ...SHARING_AZ,
    ...REPORT_AZ,
    ...TOOLS_AZ,
    ...NETWORK_AZ,
    ...EVIDENCE_AZ,
    ...ADVICE_AZ,
    ...START_AZ,
    ...TRAINER_AZ,
    ...HANDOUT_AZ,
    ...ROUTE_HELP_AZ,
    ...PATTERN_AZ,
    ...DISPLAY_AZ,
    ...PATTERN_UI_AZ,
    ...CATALOG_AZ,
  },
  ru: {
    ...RU,
    ...UI_RU,
    ...HISTORY_RU,
    ...SHARING_RU,
    ...REPORT_RU,
    ...TOOLS_RU,
    ...NETWORK_RU,
    ...EVIDENCE_RU,
    ...ADVICE_RU,
    ...START_RU,
    ...TRAINER_RU,
    ...HANDOUT_RU,
    ...ROUTE_HELP_RU,
    ...PATTERN_RU,
    ...DISPLAY_RU,
    ...PATTERN_UI_RU,
    ...CATALOG_RU,
  },
};
