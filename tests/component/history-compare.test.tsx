import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { ok } from '../../src-main/shared/ipc/result.ts';
import type { RunEventMessage } from '../../src-main/shared/ipc/run.ts';
import { pastReport } from './history-fake.tsx';
import { renderApp } from './render-app.tsx';
import { runFinished, runStarted } from './run-events.tsx';

const A = 'https://a.example/';
const B = 'https://b.example/';
const C = 'https://c.example/';
const LISTS = { targets: [A, B, C].map((input) => ({ input, source: 'app list' })), routes: [], strategies: false };

async function openPart(part: string, reports = [] as ReturnType<typeof pastReport>[]) {
  const rendered = renderApp({ consented: true, lists: LISTS, history: { reports } });
  await rendered.user.click(
    within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('button', { name: 'History' }),
  );
  await rendered.user.click(
    within(screen.getByRole('navigation', { name: 'Parts of the history' })).getByRole('button', { name: part }),
  );
  return rendered;
}

describe('comparing two checks', () => {
  const home = pastReport({
    runId: 'run-home',
    startedAt: '2025-03-04T08:00:00.000Z',
    statuses: { [A]: 'ok', [B]: 'dns-tampering', [C]: 'ok' },
  });
  const office = pastReport({
    runId: 'run-office',
    startedAt: '2025-03-05T08:00:00.000Z',
    statuses: { [A]: 'sni-filtering', [B]: 'dns-tampering', [C]: 'ok' },
    restoredBy: { [A]: ['office'] },
  });

  test('the two newest are chosen; per site the verdict before → after, changes first, in words and symbols', async () => {
    const { api, user } = await openPart('Compare two checks', [home, office]);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Earlier check' }).value).toBe('run-home');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Later check' }).value).toBe('run-office');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(api.compareRuns).toHaveBeenCalledWith({ a: 'run-home', b: 'run-office' });

    const table = await screen.findByRole('table', { name: 'Site by site, changes first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([A, B, C]);
    expect(rows[0]?.textContent).toContain('✓Works');
    expect(rows[0]?.textContent).toContain('✗Blocked by site name');
    expect(rows[0]?.textContent).toContain('≠ Changed');
    expect(rows[0]?.textContent).toContain('Now works through: office');
    expect(rows[1]?.textContent).toContain('= Same');
    expect(
      screen.getByText('Blocked on your connection: 1 of 3 in the earlier check, 2 of 3 in the later one.'),
    ).toBeDefined();
  });

  test('changed sites come first whatever their order in the check', async () => {
    const { user } = await openPart('Compare two checks', [
      home,
      pastReport({
        runId: 'run-later',
        startedAt: '2025-03-06T08:00:00.000Z',
        statuses: { [A]: 'ok', [B]: 'dns-tampering', [C]: 'throttled' },
      }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const table = await screen.findByRole('table', { name: 'Site by site, changes first' });
    const headers = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([C, A, B]);
  });

  test('any two can be picked; the same check twice cannot be compared', async () => {
    const third = pastReport({ runId: 'run-third', startedAt: '2025-03-06T08:00:00.000Z', statuses: { [A]: 'ok' } });
    const { api, user } = await openPart('Compare two checks', [home, office, third]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Earlier check' }), 'run-third');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Compare' }).disabled).toBe(true);
    expect(screen.getByText('Choose two different checks.')).toBeDefined();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Later check' }), 'run-home');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(api.compareRuns).toHaveBeenCalledWith({ a: 'run-third', b: 'run-home' });
    // Sites only one check had are said so.
    expect((await screen.findAllByText('Not in this check')).length).toBeGreaterThan(0);
  });

  test('with fewer than two checks it says what is needed', async () => {
    await openPart('Compare two checks', [home]);
    expect(screen.getByText('Comparing needs at least two saved checks.')).toBeDefined();
  });
});

/** The same run-started event for another run id. */
function startedAs(runId: string): RunEventMessage {
  if (runStarted.kind !== 'event' || runStarted.event.type !== 'run-started') throw new Error('not run-started');
  return { ...runStarted, runId, event: { ...runStarted.event, runId } };
}

function finishedAs(runId: string, status: 'completed' | 'cancelled' = 'completed'): RunEventMessage {
  if (runFinished.kind !== 'event' || runFinished.event.type !== 'run-finished') throw new Error('not run-finished');
  return { ...runFinished, runId, event: { ...runFinished.event, status } };
}

describe('the guided VPN check', () => {
  test('VPN off, then on, then what the VPN restored; the two checks are labelled in the history', async () => {
    const { api, user, emit } = await openPart('VPN check');
    // The steps are an ordered list, numbered once by it (not "1. 1.").
    const steps = screen.getAllByRole('listitem').filter((item) => item.parentElement?.tagName === 'OL');
    expect(steps.map((step) => within(step).getByRole('heading').textContent)).toEqual([
      'Run with the VPN off',
      'Turn your VPN on, then run again',
      'What the VPN restored',
    ]);
    await user.click(screen.getByRole('button', { name: 'Check with the VPN off' }));
    expect(api.startRun).toHaveBeenCalledTimes(1);
    // The flow stays on its screen while the check runs, with its progress.
    await emit(startedAs('run-1'));
    expect(screen.getByRole('heading', { name: 'Run with the VPN off' })).toBeDefined();
    expect(screen.getByText('0 of 2 done')).toBeDefined();

    api.history.add(
      pastReport({
        runId: 'run-1',
        startedAt: '2025-03-05T10:00:00.000Z',
        statuses: { [A]: 'sni-filtering', [B]: 'tcp-blocked', [C]: 'ok' },
      }),
    );
    await emit(finishedAs('run-1'));
    expect(api.setRunNetwork).toHaveBeenCalledWith({ id: 'run-1', network: 'VPN off' });
    expect(await screen.findByRole('button', { name: 'Check with the VPN on' })).toBeDefined();
    expect(screen.getByText(/Now turn your VPN on, wait until it is connected/)).toBeDefined();

    api.startRun.mockResolvedValueOnce(ok({ runId: 'run-2' }));
    await user.click(screen.getByRole('button', { name: 'Check with the VPN on' }));
    await emit(startedAs('run-2'));
    api.history.add(
      pastReport({
        runId: 'run-2',
        startedAt: '2025-03-05T10:05:00.000Z',
        statuses: { [A]: 'ok', [B]: 'tcp-blocked', [C]: 'ok' },
      }),
    );
    await emit(finishedAs('run-2'));
    expect(api.setRunNetwork).toHaveBeenCalledWith({ id: 'run-2', network: 'VPN on' });
    expect(api.compareRuns).toHaveBeenCalledWith({ a: 'run-1', b: 'run-2' });

    expect(await screen.findByText('The VPN restored 1 site:')).toBeDefined();
    expect(screen.getByText(`✓ ${A}`)).toBeDefined();
    expect(screen.getByText('1 site is still blocked with the VPN on:')).toBeDefined();
    expect(screen.getByText(`✗ ${B}`)).toBeDefined();
    const table = screen.getByRole('table', { name: 'Each site with the VPN off and on' });
    expect(within(table).getByRole('columnheader', { name: 'VPN off' })).toBeDefined();
    expect(within(table).getByRole('columnheader', { name: 'VPN on' })).toBeDefined();
    expect(api.history.entry('run-1')?.network).toBe('VPN off');
    expect(api.history.entry('run-2')?.network).toBe('VPN on');
  });

  test('a check that was cancelled is asked for again, not compared', async () => {
    const { api, user, emit } = await openPart('VPN check');
    await user.click(screen.getByRole('button', { name: 'Check with the VPN off' }));
    await emit(startedAs('run-1'));
    await emit(finishedAs('run-1', 'cancelled'));
    expect(await screen.findByText('The check did not finish. Run it again.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Check with the VPN off' })).toBeDefined();
    expect(api.setRunNetwork).not.toHaveBeenCalled();
  });
});
