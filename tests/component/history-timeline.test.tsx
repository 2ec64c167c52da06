import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime } from '../../src-main/shared/i18n/dates.ts';
import { pastReport } from './history-fake.tsx';
import { renderApp } from './render-app.tsx';

const A = 'https://a.example/';
const B = 'https://b.example/';
const CALLS = 'https://calls.example/';

/** Local times, so the day × hour grid is the same in every time zone the tests run in. */
const at = (day: number, hour: number, minute = 0): string => new Date(2025, 2, day, hour, minute).toISOString();

const REPORTS = [
  pastReport({ runId: 'r1', startedAt: at(5, 9), statuses: { [A]: 'ok', [B]: 'ok', [CALLS]: 'ok' } }),
  pastReport({ runId: 'r2', startedAt: at(5, 9, 30), statuses: { [A]: 'throttled', [B]: 'ok', [CALLS]: 'ok' } }),
  pastReport({
    runId: 'r3',
    startedAt: at(5, 21),
    statuses: { [A]: 'throttled', [B]: 'throttled', [CALLS]: 'udp-blocked' },
  }),
  pastReport({ runId: 'r4', startedAt: at(6, 21, 15), statuses: { [A]: 'ok', [B]: 'throttled', [CALLS]: null } }),
];

async function openTimeline() {
  const rendered = renderApp({ consented: true, history: { reports: REPORTS } });
  await rendered.user.click(
    within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('button', { name: 'History' }),
  );
  await rendered.user.click(screen.getByRole('button', { name: 'Over time' }));
  await screen.findByRole('heading', { name: 'One site over time' });
  return rendered;
}

describe('the timeline of repeated checks', () => {
  test('one site across the checks in time order, each result as a symbol and a word', async () => {
    const { user } = await openTimeline();
    // The first site ever blocked is shown first.
    const picker = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Site' });
    expect(picker.value).toBe(A);
    let table = screen.getByRole('table', { name: `Results for ${A}, oldest first` });
    let rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
      REPORTS.map((report) => formatDateTime(report.startedAt, 'en')),
    );
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '✓Works',
      '✗Slowed down',
      '✗Slowed down',
      '✓Works',
    ]);

    await user.selectOptions(picker, CALLS);
    table = screen.getByRole('table', { name: `Results for ${CALLS}, oldest first` });
    rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[2]!).getByText('Calls blocked')).toBeDefined();
    expect(within(rows[3]!).getByText('Not finished')).toBeDefined();
  });

  test('the day × hour grid counts each kind of blocking per hour, in numbers, not colour alone', async () => {
    const { user } = await openTimeline();
    const grid = (kind: string) => screen.getByRole('table', { name: `${kind}, by day and hour` });
    const cell = (kind: string, day: number, hour: number) => {
      const row = within(grid(kind)).getByRole('row', {
        name: new RegExp(`^${formatDate(new Date(2025, 2, day), 'en')}`),
      });
      // The first cell is the day's header; hour h is cell h.
      return within(row).getAllByRole('cell')[hour];
    };
    expect(within(grid('Any blocking')).getAllByRole('row')).toHaveLength(3);
    expect(cell('Any blocking', 5, 9)?.textContent).toBe('1');
    expect(cell('Any blocking', 5, 21)?.textContent).toBe('3');
    expect(cell('Any blocking', 6, 21)?.textContent).toBe('1');
    // An hour without a check is empty, and says so to whoever points at it.
    expect(cell('Any blocking', 5, 10)?.textContent).toBe('');
    expect(cell('Any blocking', 5, 10)?.getAttribute('title')).toBe('No check in this hour');
    expect(cell('Any blocking', 5, 9)?.getAttribute('title')).toBe(
      'Any blocking: found 1 time (checks in this hour: 2)',
    );

    const kind = screen.getByRole('combobox', { name: 'Kind of blocking' });
    expect(
      within(kind)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any blocking', 'Slowed down', 'Calls blocked']);
    await user.selectOptions(kind, 'udp-blocked');
    expect(cell('Calls blocked', 5, 21)?.textContent).toBe('1');
    expect(cell('Calls blocked', 5, 9)?.textContent).toBe('0');
  });

  test('with no saved check it says how to get some', async () => {
    const { user } = renderApp({ consented: true });
    await user.click(
      within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('button', { name: 'History' }),
    );
    await user.click(screen.getByRole('button', { name: 'Over time' }));
    expect(await screen.findByText(/Repeat a check from the Start screen/)).toBeDefined();
  });
});

describe('repeating the check from the Start screen', () => {
  const LISTS = { targets: [{ input: A, source: 'app list' }], routes: [], strategies: false };

  test('starts a schedule in the main process with the run the Diagnose button would start, then stops it', async () => {
    const { api, user } = renderApp({ consented: true, lists: LISTS });
    const panel = await screen.findByRole('region', { name: 'Repeat the check' });
    const every = within(panel).getByRole('textbox', { name: 'Every how many minutes' });
    const hours = within(panel).getByRole('textbox', { name: 'For how many hours' });
    await user.clear(every);
    await user.type(every, '20');
    await user.clear(hours);
    await user.type(hours, '6');
    await user.click(within(panel).getByRole('button', { name: 'Start repeating' }));
    expect(api.startSchedule).toHaveBeenCalledWith({
      everyMinutes: 20,
      forHours: 6,
      run: { targets: [{ input: A, source: 'app list' }], routes: [{ name: 'direct', kind: 'direct' }] },
    });
    const status = await within(panel).findByRole('status');
    expect(status.textContent).toContain(
      `Repeating the check every 20 minutes until ${formatDateTime('2025-03-05T16:00:00.000Z', 'en')}.`,
    );
    expect(status.textContent).toContain('1 check so far.');

    await user.click(within(panel).getByRole('button', { name: 'Stop repeating' }));
    expect(api.stopSchedule).toHaveBeenCalledTimes(1);
    expect((await within(panel).findByRole('status')).textContent).toBe(
      'Repeating is over: 1 check was saved in the history.',
    );
  });

  test('figures out of range, or a period no longer than the interval, are refused before anything starts', async () => {
    const { api, user } = renderApp({ consented: true, lists: LISTS });
    const panel = await screen.findByRole('region', { name: 'Repeat the check' });
    const every = within(panel).getByRole('textbox', { name: 'Every how many minutes' });
    const hours = within(panel).getByRole('textbox', { name: 'For how many hours' });
    await user.clear(every);
    await user.type(every, '0');
    await user.click(within(panel).getByRole('button', { name: 'Start repeating' }));
    expect(within(panel).getByText('Enter a whole number from 1 to 1440.')).toBeDefined();
    await user.clear(every);
    await user.type(every, '90');
    await user.clear(hours);
    await user.type(hours, '1');
    await user.click(within(panel).getByRole('button', { name: 'Start repeating' }));
    expect(within(panel).getByRole('alert').textContent).toBe(
      'The hours must be longer than the minutes between checks, or there would be only one check.',
    );
    expect(api.startSchedule).not.toHaveBeenCalled();
  });

  test('a schedule that is on when the window opens is shown, with its next check', async () => {
    const { api } = renderApp({ consented: true, lists: LISTS });
    api.history.schedule = {
      state: 'on',
      everyMinutes: 30,
      forHours: 24,
      startedAt: '2025-03-05T10:00:00.000Z',
      endsAt: '2025-03-06T10:00:00.000Z',
      runsDone: 3,
      nextRunAt: '2025-03-05T11:31:00.000Z',
      skipped: 'busy',
    };
    const panel = await screen.findByRole('region', { name: 'Repeat the check' });
    const status = await within(panel).findByRole('status');
    expect(status.textContent).toContain('3 checks so far.');
    expect(status.textContent).toMatch(/Next check at about \d\d:\d\d\./);
    expect(within(panel).getByText(/The last repeat was skipped: A check is already running/)).toBeDefined();
  });
});
