import { MARKS, toneOf, type Tone } from '../../src-main/core/view/verdict-look.ts';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';
import type { Language } from '../../src-main/shared/i18n/languages.ts';
import { REPORT_SCHEMA_VERSION, type Report } from '../../src-main/shared/report.ts';
import { VERDICT_STATUSES, type PathVerdict, type VerdictStatus } from '../../src-main/shared/verdict.ts';

/**
 * One report with a site for every verdict status, and how each must read in every
 * view: the CLI and the HTML export (tests/unit/views-agree.test.ts) and the app's
 * result grid (verdict-views.test.tsx) are each held to this one expectation, so all
 * three say the same. Plain TypeScript, in both type-checked projects.
 */

/** One site per verdict status, each judged on the direct route alone (the summary is judged by each view). */
export function reportOfEveryStatus(): Report {
  const verdict = (status: VerdictStatus): PathVerdict => ({
    path: 'direct',
    status,
    confidence: 'high',
    reason: 'not-measured',
    evidence: [],
    params: {},
  });
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    app: { name: 'detour', version: '0.1.0' },
    runId: 'every-status',
    startedAt: '2026-11-29T08:00:00.000Z',
    endedAt: '2026-11-29T08:01:00.000Z',
    status: 'completed',
    platform: { os: 'linux', arch: 'x64', runtime: 'node 24' },
    plan: {
      entries: [],
      paths: [{ name: 'direct', kind: 'direct' }],
      options: { timeoutMs: 1000, concurrency: 1, perHostConcurrency: 1 },
    },
    inputErrors: [],
    routeChecks: [],
    controlRechecks: [],
    targets: VERDICT_STATUSES.map((status) => ({
      target: { kind: 'tcp', id: status, input: siteOf(status), host: `${status}.example`, port: 443 },
      outcomes: [{ path: 'direct', status: 'reachable', observationIds: [] }],
      verdict: {
        targetId: status,
        paths: [verdict(status)],
        direct: verdict(status),
        restoredBy: [],
        notRestoredBy: [],
      },
    })),
    observations: [],
  };
}

/** What a view shows of one verdict. */
export interface Shown {
  mark: string;
  words: string;
  tone?: Tone;
}

/** The row of a status's site in every view: the site as typed. */
export function siteOf(status: VerdictStatus): string {
  return `${status}.example:443`;
}

/** How every view must show `status` in `language`: the mark of its tone, and its name. */
export function expectedLook(status: VerdictStatus, language: Language): Required<Shown> {
  const tone = toneOf(status);
  return { mark: MARKS[tone], words: createTranslator(language)(`status.${status}`), tone };
}
