import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { formatDateTime } from '../../src-main/shared/i18n/dates.ts';
import { FAKE_HISTORY_FOLDER, pastReport } from './history-fake.tsx';
import { renderApp } from './render-app.tsx';

const A = 'https://a.example/';
const B = 'https://b.example/';
const C = 'https://c.example/';

const OLDER = pastReport({
  runId: 'run-older',
  startedAt: '2025-03-04T08:00:00.000Z',
  statuses: { [A]: 'ok', [B]: 'ok', [C]: 'ok' },
});
const NEWER = pastReport({
  runId: 'run-newer',
  startedAt: '2025-03-05T10:00:00.000Z',
  statuses: { [A]: 'sni-filtering', [B]: 'dns-tampering', [C]: 'ok' },
  restoredBy: { [A]: ['office'] },
});
const CUT_SHORT = pastReport({
  runId: 'run-cut',
  startedAt: '2025-03-05T12:00:00.000Z',
  statuses: { [A]: 'tls-blocked', [B]: null, [C]: null },
  status: 'interrupted',
});

const when = (report: { startedAt: string }): string => formatDateTime(report.startedAt, 'en');

async function openHistory() {
  const rendered = renderApp({ consented: true, history: { reports: [OLDER, NEWER, CUT_SHORT] } });
  const nav = await screen.findByRole('navigation', { name: 'Screens' });
  await rendered.user.click(within(nav).getByRole('button', { name: 'History' }));
  const table = await screen.findByRole('table', { name: '3 saved checks, newest first' });
  return { ...rendered, table };
}

describe('the History screen', () => {
  test('lists every saved check newest first: date, name, network, how it ended (symbol and word), what it found', async () => {
    const { table } = await openHistory();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      when(CUT_SHORT),
      when(NEWER),
      when(OLDER),
    ]);
    expect(rows[0]?.textContent).toContain('⚠Interrupted');
    expect(rows[0]?.textContent).toContain('1 of 1 blocked. Only 1 of 3 checked.');
    expect(rows[1]?.textContent).toContain('✓Finished');
    expect(rows[1]?.textContent).toContain('2 of 3 blocked.');
    expect(rows[2]?.textContent).toContain('0 of 3 blocked.');
    // What each checked: its lists and its routes, so runs of one day tell apart.
    const checked = rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    for (const text of checked) expect(text).toMatch(/^My sites/);
  });

  test('a check opens in the Result view, with the way back to the list', async () => {
    const { user } = await openHistory();
    await user.click(screen.getByRole('button', { name: `Open the check of ${when(NEWER)}` }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What we found' })).toBeDefined();
    expect(screen.getByText(`A saved check: ${when(NEWER)}.`)).toBeDefined();
    const grid = screen.getByRole('table', { name: 'Site by site' });
    const rowA = within(grid).getByRole('row', { name: /a\.example/ });
    expect(within(rowA).getByText('Blocked by site name')).toBeDefined();
    expect(within(rowA).getByText('office')).toBeDefined();
    // A past check is not started again from here.
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to the history' }));
    expect(await screen.findByRole('table', { name: '3 saved checks, newest first' })).toBeDefined();
  });

  test('an interrupted check says its results are incomplete', async () => {
    const { user } = await openHistory();
    await user.click(screen.getByRole('button', { name: `Open the check of ${when(CUT_SHORT)}` }));
    expect(await screen.findByText(/This check was interrupted \(Detour was closed or stopped\)/)).toBeDefined();
  });

  test('rename and network label are changed in place, and kept', async () => {
    const { api, user } = await openHistory();
    await user.click(screen.getByRole('button', { name: `Rename the check of ${when(NEWER)}` }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);
    await user.type(name, 'Home, morning{Enter}');
    expect(api.renameRun).toHaveBeenCalledWith({ id: 'run-newer', name: 'Home, morning' });
    expect(await screen.findByText('The name is saved.')).toBeDefined();
    const row = screen.getByRole('row', { name: new RegExp(when(NEWER)) });
    expect(within(row).getByText('Home, morning')).toBeDefined();

    // Named now, the check is called by its name.
    await user.click(within(row).getByRole('button', { name: 'Change the network of the check of Home, morning' }));
    await user.type(screen.getByRole('textbox', { name: 'Network' }), 'office Wi-Fi');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.setRunNetwork).toHaveBeenCalledWith({ id: 'run-newer', network: 'office Wi-Fi' });
    expect(await within(screen.getByRole('row', { name: /Home, morning/ })).findByText('office Wi-Fi')).toBeDefined();

    // Escape leaves the field without saving.
    await user.click(screen.getByRole('button', { name: `Rename the check of ${when(OLDER)}` }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'never{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(api.renameRun).toHaveBeenCalledTimes(1);
  });

  test('deleting one check asks first; keeping it changes nothing', async () => {
    const { api, user } = await openHistory();
    await user.click(screen.getByRole('button', { name: `Delete the check of ${when(OLDER)}` }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete this check?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(api.deleteRun).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: `Delete the check of ${when(OLDER)}` }));
    dialog = await screen.findByRole('dialog', { name: 'Delete this check?' });
    expect(dialog.textContent).toContain(`The results of the check ${when(OLDER)} will be removed from this computer.`);
    await user.click(within(dialog).getByRole('button', { name: 'Delete the check' }));
    expect(api.deleteRun).toHaveBeenCalledWith({ id: 'run-older' });
    expect(await screen.findByText(`The check ${when(OLDER)} is deleted.`)).toBeDefined();
    expect(await screen.findByRole('table', { name: '2 saved checks, newest first' })).toBeDefined();
  });

  test('"Delete all history" is one click away, asks first, and empties the list', async () => {
    const { api, user } = await openHistory();
    await user.click(screen.getByRole('button', { name: 'Delete all history' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete all history?' });
    expect(dialog.textContent).toContain('All 3 saved checks will be removed from this computer');
    await user.click(within(dialog).getByRole('button', { name: 'Delete everything' }));
    expect(api.deleteAllRuns).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('3 checks deleted.')).toBeDefined();
    expect(screen.getByText('No check is saved yet. Every check you run is saved here.')).toBeDefined();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Delete all history' }).disabled).toBe(true);
  });

  test('a refused change is said in words, and the list stays as the history has it', async () => {
    const { api, user } = await openHistory();
    api.deleteRun.mockResolvedValueOnce({ ok: false, error: { code: 'busy' } });
    await user.click(screen.getByRole('button', { name: `Delete the check of ${when(OLDER)}` }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete the check' }));
    expect(
      await screen.findByText('That did not work: A check is already running. Wait for it to finish, or cancel it.'),
    ).toBeDefined();
    expect(screen.getByRole('table', { name: '3 saved checks, newest first' })).toBeDefined();
  });

  test('Settings says where the history lives', async () => {
    const { user } = renderApp({ consented: true });
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    await waitFor(() => expect(screen.getByText(FAKE_HISTORY_FOLDER)).toBeDefined());
    expect(screen.getByText('The history of checks is kept in this folder:')).toBeDefined();
  });
});
