import { AZ } from './az.ts';
import { HISTORY_AZ } from './history/az.ts';
import { HISTORY_EN } from './history/en.ts';
import { HISTORY_RU } from './history/ru.ts';
import { SHARING_AZ } from './sharing/az.ts';
import { SHARING_EN } from './sharing/en.ts';
import { SHARING_RU } from './sharing/ru.ts';
import { EN } from './en.ts';
import { NETWORK_AZ } from './network/az.ts';
import { NETWORK_EN } from './network/en.ts';
import { NETWORK_RU } from './network/ru.ts';
import type { Language } from './languages.ts';
import { REPORT_AZ } from './report/az.ts';
import { REPORT_EN } from './report/en.ts';
import { REPORT_RU } from './report/ru.ts';
import { PATTERN_AZ } from './pattern/az.ts';
import { PATTERN_EN } from './pattern/en.ts';
import { PATTERN_RU } from './pattern/ru.ts';
import { PATTERN_UI_AZ } from './pattern-ui/az.ts';
import { PATTERN_UI_EN } from './pattern-ui/en.ts';
import { PATTERN_UI_RU } from './pattern-ui/ru.ts';
import { RU } from './ru.ts';
import { TOOLS_AZ } from './tools/az.ts';
import { TOOLS_EN } from './tools/en.ts';
import { TOOLS_RU } from './tools/ru.ts';
import { UI_AZ } from './ui/az.ts';
import { UI_EN } from './ui/en.ts';
import { UI_RU } from './ui/ru.ts';

/**
 * Every word Detour shows, per language: the verdicts (en.ts, az.ts, ru.ts), the
 * app's screens (ui/, history/ for past runs and comparisons, sharing/ for exports
 * and the workshop view), the exported reports (report/), the user's own VPN
 * configurations and bridges (tools/) and the network itself: neutral sites, offline
 * runs, unproven routes (network/); when sites slow down over time (pattern/) and its charts (pattern-ui/). One place, so the CLI,
 * the app and the reports say the same thing the same way.
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
    ...PATTERN_EN,
    ...PATTERN_UI_EN,
  },
  az: {
    ...AZ,
    ...UI_AZ,
    ...HISTORY_AZ,
    ...SHARING_AZ,
    ...REPORT_AZ,
    ...TOOLS_AZ,
    ...NETWORK_AZ,
    ...PATTERN_AZ,
    ...PATTERN_UI_AZ,
  },
  ru: {
    ...RU,
    ...UI_RU,
    ...HISTORY_RU,
    ...SHARING_RU,
    ...REPORT_RU,
    ...TOOLS_RU,
    ...NETWORK_RU,
    ...PATTERN_RU,
    ...PATTERN_UI_RU,
  },
};
