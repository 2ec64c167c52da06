import { expect, test } from 'vitest';
import { renderComparison } from '../../../src-main/cli/compare-command.ts';
import { renderHistory } from '../../../src-main/cli/history-command.ts';
import { localTime } from '../../../src-main/cli/local-time.ts';
import { compareReports, type HistoryEntry } from '../../../src-main/engine/history/index.ts';
import { sampleReport } from '../engine/history/sample-report.ts';

const entry = (overrides: Partial<HistoryEntry>): HistoryEntry => ({
  id: '3f2a9c1e-0000-4000-8000-000000000001',
  file: '2026-11-29T08-00-00.000Z-3f2a9c1e-0000-4000-8000-000000000001.json',
  startedAt: '2026-11-29T08:00:00.000Z',
  status: 'completed',
  name: '',
  counts: { targets: 20, finished: 20, blocked: 3, kinds: { ok: 16, 'tls-blocked': 2, 'dns-tampering': 1, down: 1 } },
  ...overrides,
});

test('the history as a table: date, name, network, status, counts; damaged files explained under it', () => {
  const text = renderHistory(
    [
      entry({ name: 'evening\u001b[31m', network: 'home Wi-Fi' }),
      entry({
        id: '7b1c0d2e-aaaa',
        startedAt: '2026-11-28T08:00:00.000Z',
        status: 'interrupted',
        counts: { targets: 20, finished: 7, blocked: 1, kinds: { ok: 6, 'tcp-reset': 1 } },
      }),
      entry({
        id: 'broken',
        file: '2026-11-27T08-00-00.000Z-broken.json',
        startedAt: '2026-11-27T08:00:00.000Z',
        status: 'damaged',
        damage: { code: 'not-json', detail: 'Unexpected end of JSON input' },
        counts: { targets: 0, finished: 0, blocked: 0, kinds: {} },
      }),
    ],
    '/home/ada/.local/share/detour/history',
  );
  const lines = text.trimEnd().split('\n');
  expect(lines[0]).toBe('3 runs in /home/ada/.local/share/detour/history');
  expect(lines[2]).toMatch(/^ID\s+Started\s+Name\s+Network\s+Status\s+Targets\s+Blocked\s+Found$/);
  expect(lines[4]).toMatch(
    new RegExp(
      `^3f2a9c1e  ${localTime('2026-11-29T08:00:00.000Z')}  evening\\\\x1b\\[31m\\s+home Wi-Fi\\s+completed\\s+20\\s+3\\s+tls-blocked 2, dns-tampering 1, down 1$`,
    ),
  );
  expect(lines[5]).toMatch(/^7b1c0d2e .* interrupted\s+7\/20\s+1\s+tcp-reset 1$/);
  expect(lines[6]).toMatch(/^broken .* damaged\s+—\s+—$/);
  expect(lines.slice(-2)).toEqual([
    'Damaged files (left as they are):',
    '  2026-11-27T08-00-00.000Z-broken.json: not valid JSON (Unexpected end of JSON input)',
  ]);
  expect(renderHistory([], '/h')).toBe('No runs saved in /h yet. Every detour diagnose adds one.\n');
});

test('a comparison: the targets that changed and the routes that started or stopped working', () => {
  const before = sampleReport({ targets: 4, blocked: (i) => i === 0 });
  const after = sampleReport({ targets: 4, blocked: (i) => i <= 1, failedRoutes: ['office'] });
  const text = renderComparison(compareReports(before, after), ['run A', 'run B'], false);
  expect(text.trimEnd().split('\n')).toEqual([
    'Before: run A',
    'After:  run B',
    '',
    'Blocked on your connection: 1 of 4 → 2 of 4',
    '',
    expect.stringMatching(
      /^Target\s+Before\s+After\s+Now restored by\s+No longer restored by\s+Restored by, not in the later run$/,
    ),
    expect.stringMatching(/^[─ ]+$/),
    expect.stringMatching(/^= site0\.example\s+tls-blocked\s+tls-blocked\s+office$/),
    expect.stringMatching(/^≠ site1\.example\s+ok\s+tls-blocked$/),
    '',
    expect.stringMatching(/^Route\s+Before\s+After$/),
    expect.stringMatching(/^[─ ]+$/),
    expect.stringMatching(/^office\s+works\s+failed$/),
  ]);

  const same = renderComparison(compareReports(before, before), ['A', 'B'], false);
  expect(same).toContain('No target changed its verdict or the routes that restore it.');
  expect(same).toContain('Every route works as it did (or fails as it did).');
  expect(renderComparison(compareReports(before, before), ['A', 'B'], true)).toMatch(/^= site3\.example/m);
});
