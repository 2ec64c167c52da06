import type { TFunction } from 'i18next';
import { CATALOGS } from '../../shared/i18n/catalogs.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { renderMessage } from '../../shared/i18n/message.ts';
import type { Observation } from '../../shared/observation.ts';
import type { PathSpec } from '../../shared/path.ts';
import type { Report } from '../../shared/report.ts';
import type { Target } from '../../shared/target.ts';
import type { RunSummary, SummaryMessage, TargetVerdict } from '../../shared/verdict.ts';
import { judgedReport } from '../../core/judge/judged-report.ts';
import { hostPort } from '../../core/view/labels.ts';
import type { OmitChoice } from '../../shared/ipc/sharing.ts';

/**
 * What every export (HTML, CSV, the merged view) reads of a report: the verdicts
 * and summary (judged afterwards from the measurements when the run did not finish),
 * and the observations by id. How a verdict is shown (mark, tone, words) is the one
 * view model's, in core/view/.
 */
export interface ReportView {
  report: Report;
  /** Per target id. */
  verdicts: ReadonlyMap<string, TargetVerdict>;
  summary: RunSummary | undefined;
  /** The run did not finish, and verdicts were judged afterwards from what it had measured. */
  rejudged: boolean;
  observations: ReadonlyMap<string, Observation>;
}

export interface ExportOptions {
  language: Language;
  /** What was left out before the export (redactReport), so the export can say so. */
  omitted?: readonly OmitChoice[];
  /** Open with the one-page handout (a PDF's page 1). Default: no. */
  handout?: boolean;
  /** Keep each site's full evidence at the end. Default: yes. */
  evidence?: boolean;
  /** The reader's IANA time zone for times ("Asia/Baku"); default: UTC. */
  timeZone?: string;
}

/** Every export reads a report judged where it did not finish (core/judge/judged-report.ts), as the app does. */
export function viewOf(given: Report): ReportView {
  const { report, rejudged } = judgedReport(given);
  const verdicts = new Map<string, TargetVerdict>();
  for (const entry of report.targets) if (entry.verdict !== undefined) verdicts.set(entry.target.id, entry.verdict);
  return {
    report,
    verdicts,
    summary: report.summary,
    rejudged,
    observations: new Map(report.observations.map((o) => [o.id, o])),
  };
}

/** How a route is described in an export: its kind in words, and where it goes. */
export function routeWhere(spec: PathSpec, omitted: readonly OmitChoice[] = []): string {
  switch (spec.kind) {
    case 'direct':
      return '';
    case 'doh':
      return spec.url;
    case 'proxy': {
      const credentials = spec.auth ? '***@' : '';
      if (omitted.includes('proxy-hosts')) return `${spec.protocol}://${credentials}${spec.host}`;
      return `${spec.protocol}://${credentials}${hostPort(spec.host, spec.port)}`;
    }
    case 'shadowsocks': {
      const scheme = spec.dynamic ? 'ssconf' : 'ss';
      if (omitted.includes('proxy-hosts')) return `${scheme}://***@${spec.host}`;
      const host = spec.host.includes(':') ? `[${spec.host}]` : spec.host;
      return `${scheme}://***@${host}:${spec.port}`;
    }
    case 'bind':
      return spec.localAddress;
    case 'strategy':
      return spec.strategies
        .map((s) => {
          if (s.kind === 'sni-decoy') return `${s.kind}=${s.decoy}`;
          if (s.kind === 'http-hostcase') return s.kind;
          return `${s.kind}=${s.at}`;
        })
        .join(' + ');
  }
}

/** The target as a person typed it. */
export function targetLabel(target: Target): string {
  return target.input;
}

const ENGLISH: Readonly<Record<string, string>> = CATALOGS.en;

/**
 * The summary's sentences in the reader's language. A report's message keys are
 * data like any other: only keys the catalogs have are rendered, so a hostile
 * report cannot make the export print catalog internals or arbitrary keys.
 */
export function summarySentences(t: TFunction, messages: readonly SummaryMessage[]): string[] {
  return messages
    .filter(({ key }) => Object.hasOwn(ENGLISH, key) || Object.hasOwn(ENGLISH, `${key}_other`))
    .map((message) => String(renderMessage(t, message)));
}

/** Figures and dates in the reader's language. */
export class Formats {
  readonly #language: Language;
  readonly #cache = new Map<string, Intl.NumberFormat>();
  readonly #clock: Intl.DateTimeFormat;
  readonly #zone: string;

  /** `timeZone`: an IANA name; an unknown one falls back to UTC rather than failing the export. */
  constructor(language: Language, timeZone = 'UTC') {
    this.#language = language;
    this.#zone = isTimeZone(timeZone) ? timeZone : 'UTC';
    // Only digits are read from this format (month names come from the catalogs), so its locale does not matter.
    this.#clock = new Intl.DateTimeFormat('en-GB', {
      timeZone: this.#zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  }

  #unit(unit: string, digits: number): Intl.NumberFormat {
    const key = `${unit}/${digits}`;
    let format = this.#cache.get(key);
    if (format === undefined) {
      format = new Intl.NumberFormat(this.#language, {
        ...(unit === '' ? {} : { style: 'unit', unit, unitDisplay: 'short' }),
        maximumFractionDigits: digits,
      });
      this.#cache.set(key, format);
    }
    return format;
  }

  number(value: number, digits = 0): string {
    return this.#unit('', digits).format(value);
  }

  ms(value: number | undefined): string {
    return value === undefined ? '' : this.#unit('millisecond', 0).format(value);
  }

  seconds(value: number): string {
    return this.#unit('second', 2).format(value);
  }

  /** Decimal units (kB = 1000 bytes), as the verdicts' figures are. */
  bytes(value: number): string {
    if (value < 1000) return this.#unit('byte', 0).format(value);
    if (value < 1_000_000) return this.#unit('kilobyte', 1).format(value / 1000);
    return this.#unit('megabyte', 1).format(value / 1_000_000);
  }

  speed(bytesPerSecond: number): string {
    if (bytesPerSecond < 1_000_000) return this.#unit('kilobyte-per-second', 1).format(bytesPerSecond / 1000);
    return this.#unit('megabyte-per-second', 1).format(bytesPerSecond / 1_000_000);
  }

  list(items: readonly string[]): string {
    return new Intl.ListFormat(this.#language, { type: 'conjunction' }).format(items);
  }

  /**
   * A wall-clock time in the export's time zone, named after it (reports carry ISO
   * times, and a report is read far from where it was made); text that is no date is
   * shown as it is. Month names and the order of the parts come from the catalogs
   * (`ui.date.*`, as the app's screens), not from Intl: Electron's ICU has no
   * Azerbaijani dates.
   */
  date(iso: string | undefined): string {
    if (iso === undefined) return '';
    const parts = this.#dateParts(iso);
    return parts === null ? iso : `${this.#fill('ui.date.date-time', parts)} ${this.#zone}`;
  }

  /** A day, without the time (a certificate's end of validity). */
  day(iso: string): string {
    const parts = this.#dateParts(iso);
    return parts === null ? iso : this.#fill('ui.date.date', parts);
  }

  #dateParts(iso: string): Record<string, string> | null {
    const time = Date.parse(iso);
    if (Number.isNaN(time)) return null;
    const part = (type: Intl.DateTimeFormatPartTypes): string =>
      this.#clock.formatToParts(time).find((each) => each.type === type)?.value ?? '';
    return {
      day: String(Number(part('day'))),
      month: this.#word(`ui.date.month.${Number(part('month'))}`),
      year: part('year'),
      time: `${part('hour')}:${part('minute')}`,
    };
  }

  #word(key: string): string {
    return CATALOGS[this.#language][key] ?? ENGLISH[key] ?? key;
  }

  #fill(key: string, parts: Readonly<Record<string, string>>): string {
    return this.#word(key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => parts[name] ?? whole);
  }
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
