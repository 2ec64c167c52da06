import { expect, test } from 'vitest';
import { renderPattern } from '../../../src-main/cli/pattern-command.ts';
import { judgeTimePattern } from '../../../src-main/core/judge/time-pattern.ts';
import type { RunSpeed } from '../../../src-main/shared/speed-series.ts';

const START = Date.parse('2026-11-16T00:00:00Z');
const NEWS = 'https://news.example/';

/** Two weeks of hourly runs: the news site at a tenth on weekday evenings; Wednesday 01:00–07:00 asleep. */
function runs(): RunSpeed[] {
  return Array.from({ length: 14 * 24 }, (_, i): RunSpeed | null => {
    const date = new Date(START + i * 3_600_000);
    const day = (date.getUTCDay() + 6) % 7;
    const hour = date.getUTCHours();
    if (day === 2 && hour >= 1 && hour < 7) return null;
    const evening = day < 5 && hour >= 18 && hour < 23;
    return {
      runId: `r${i}`,
      startedAt: date.toISOString(),
      samples: [
        { site: 'https://control.example/', route: 'direct', control: true, bytesPerSecond: 2e6 },
        { site: NEWS, route: 'direct', control: false, bytesPerSecond: evening ? 1e5 : 1e6 },
      ],
    };
  }).filter((run) => run !== null);
}

test('the windows in words and a day × hour map with a symbol per cell, in the language asked for', () => {
  const pattern = judgeTimePattern({ runs: runs() }, { minSamples: 2 });
  const english = renderPattern(pattern, 'en').split('\n');
  expect(english).toContain(
    '  - slowed to about a tenth of normal, weekdays 18:00–23:00, 50 of 50 samples (sure); neutral sites normal',
  );
  expect(english).toContain('    hour 0     6     12    18');
  expect(english).toContain('    Wed  o......oooooooooooXXXXXo');
  expect(english).toContain('    Sat  oooooooooooooooooooooooo');
  expect(english.at(-2)).toMatch(/^Each cell is one slot: o normal, ~ slower, X slowed down/);
  const russian = renderPattern(pattern, 'ru');
  expect(russian).toContain(
    'замедлен примерно до десятой части обычной скорости, по будням 18:00–23:00, 50 из 50 замеров',
  );
});

test('no run with speeds says how to make some', () => {
  expect(renderPattern(judgeTimePattern({ runs: [] }), 'en')).toContain(
    'No saved run has speeds yet. Repeat a check with the speed test, for example: detour diagnose --list sites.txt --every 15m --for 7d',
  );
});
