import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { formatDateTime } from '../../src-main/shared/i18n/dates.ts';
import { fail } from '../../src-main/shared/ipc/result.ts';
import { renderApp } from './render-app.tsx';
import { reportFromEvents } from './sharing-fixtures.tsx';

/** A saved run of the lab's sni-filtering scenario, with its observations, as the history holds it. */
const SAVED = reportFromEvents();

async function openSavedRun() {
  const rendered = renderApp({ consented: true, history: { reports: [SAVED] } });
  const nav = await screen.findByRole('navigation', { name: 'Screens' });
  await rendered.user.click(within(nav).getByRole('button', { name: 'History' }));
  await rendered.user.click(
    await screen.findByRole('button', { name: `Open the check of ${formatDateTime(SAVED.startedAt, 'en')}` }),
  );
  await screen.findByRole('table', { name: 'Site by site' });
  return rendered;
}

describe('the evidence of a saved run', () => {
  test('comes without its observations; a cell’s are asked of the history when it opens', async () => {
    const { api, user } = await openSavedRun();
    expect(api.runObservations).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: /^https:\/\/shared-a\.lab\/ through Your connection/ }));
    const dialog = screen.getByRole('dialog', { name: 'https://shared-a.lab/ through Your connection' });
    expect(api.runObservations).toHaveBeenCalledWith({ id: SAVED.runId, targetId: 't1', path: 'direct' });
    expect(await within(dialog).findByText('Secure handshake with 11.2.0.10:443')).toBeDefined();
    expect(within(dialog).getByText('Blocked by site name')).toBeDefined();
    expect(dialog.querySelector('pre')?.textContent).toContain('"class": "reset"');
  });

  test('a cell whose observations cannot be read says so in words, its verdict still shown', async () => {
    const { api, user } = await openSavedRun();
    // The App reads `api.runObservations` at each call: the refusal takes its place.
    Object.assign(api, { runObservations: vi.fn(() => Promise.resolve(fail('bad-request', 'damaged'))) });

    await user.click(screen.getByRole('button', { name: /^https:\/\/shared-a\.lab\/ through Your connection/ }));
    const dialog = screen.getByRole('dialog', { name: 'https://shared-a.lab/ through Your connection' });
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'The measurements of this cell could not be read: Detour could not understand this request.',
    );
    expect(within(dialog).getByText('Blocked by site name')).toBeDefined();
    expect(within(dialog).queryByText('Raw measurements (for experts)')).toBeNull();
  });
});
