import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';
import { renderMessage } from '../../src-main/shared/i18n/message.ts';
import type { SettingsChange } from '../../src-main/shared/ipc/settings.ts';
import { FAKE_CATALOG } from './fake-api.tsx';
import { renderApp } from './render-app.tsx';
import {
  finishedA,
  finishedB,
  observationsA,
  officeChecked,
  progressA,
  ROUTES,
  runCancelled,
  runFinished,
  runStarted,
  TARGET_A,
  TARGET_B,
} from './run-events.tsx';

const LISTS = {
  targets: [TARGET_A, TARGET_B].map((target) => ({ input: target.input, source: 'app list' })),
  routes: [ROUTES[1]!],
  strategies: false,
};

async function startDiagnosis() {
  const rendered = renderApp({ consented: true, lists: LISTS });
  await rendered.user.click(await screen.findByRole('button', { name: 'Diagnose' }));
  return rendered;
}

describe('a diagnosis', () => {
  test('sends the user’s targets and routes, direct first', async () => {
    const { api } = await startDiagnosis();
    expect(api.startRun).toHaveBeenCalledWith({
      targets: LISTS.targets,
      routes: [{ name: 'direct', kind: 'direct' }, ROUTES[1]],
    });
  });

  test('shows progress per target and route as events arrive, then the result', async () => {
    const { emit } = await startDiagnosis();

    await emit(runStarted);
    expect(screen.getByRole('heading', { level: 1, name: 'Checking…' })).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('0 of 2 done');
    const grid = screen.getByRole('table', { name: 'Each site on each route' });
    expect(within(grid).getAllByRole('row')).toHaveLength(3);
    expect(within(grid).getAllByText('Waiting')).toHaveLength(6);

    await emit(officeChecked, progressA, ...observationsA);
    const rowA = within(grid).getByRole('row', { name: /shared-a\.lab/ });
    expect(within(rowA).getByText('Securing')).toBeDefined();

    await emit(finishedA);
    expect(screen.getByRole('status').textContent).toBe('1 of 2 done');
    expect(within(rowA).getByText('Blocked by site name')).toBeDefined();
    expect(within(rowA).getAllByText('Works')).toHaveLength(2);
    // The rows stay where they were: every target has its row from the start.
    expect(within(grid).getAllByRole('row')).toHaveLength(3);

    await emit(finishedB, runFinished);
    expect(screen.getByRole('heading', { level: 1, name: 'What we found' })).toBeDefined();
    // The advice first: the one sentence of what to do comes right after the title.
    const advice = screen.getByRole('region', { name: 'What to do' });
    expect(advice.firstElementChild?.textContent).toBe('Use tls-split: it opens the blocked site.');
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toBe(advice);
    const summary = screen.getByRole('list', { name: 'Summary' });
    expect(summary.closest('details')?.open).toBe(false);
    // The engine's summary sentences, in order, in the catalog's words.
    const en = createTranslator('en');
    const sentences =
      runFinished.kind === 'event' && runFinished.event.type === 'run-finished'
        ? runFinished.event.summary.messages
        : [];
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(sentences.map((sentence) => renderMessage(en, sentence)));
    expect(within(summary).getByText('1 of 2 is blocked on your network.')).toBeDefined();
    const result = screen.getByRole('table', { name: 'Site by site' });
    const resultRowA = within(result).getByRole('row', { name: /shared-a\.lab/ });
    expect(within(resultRowA).getByRole('cell', { name: 'office, tls-split' })).toBeDefined();
    expect(
      screen.getByRole('button', {
        name: 'https://shared-a.lab/ through Your connection: Blocked by site name. Show the evidence',
      }),
    ).toBeDefined();
  });

  test('opens the evidence of a cell: verdict in words, steps with timings, certificates, raw data', async () => {
    const { emit, user } = await startDiagnosis();
    await emit(runStarted, officeChecked, ...observationsA, finishedA, finishedB, runFinished);

    const cell = screen.getByRole('button', { name: /^https:\/\/shared-a\.lab\/ through Your connection/ });
    await user.click(cell);
    const dialog = screen.getByRole('dialog', { name: 'https://shared-a.lab/ through Your connection' });
    expect(within(dialog).getByText('Blocked by site name')).toBeDefined();
    expect(within(dialog).getByText('How sure: sure')).toBeDefined();
    expect(within(dialog).getByText(/The network reads the site’s name/)).toBeDefined();
    // What helps this site, by name: the routes that opened it, not advice in general.
    expect(within(dialog).getByRole('heading', { name: 'What opened this site' })).toBeDefined();
    expect(within(dialog).getByText('office, tls-split worked for this site.')).toBeDefined();
    expect(within(dialog).queryByRole('heading', { name: 'What tends to help' })).toBeNull();
    expect(
      within(dialog).getByText(
        'The same server answers when the first message is split (tls-split): the block reads the name.',
      ),
    ).toBeDefined();
    const steps = within(dialog)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.tagName === 'OL');
    expect(steps.map((step) => step.firstElementChild?.firstElementChild?.textContent)).toEqual([
      'Looking up shared-a.lab on this computer',
      'Connecting to 11.2.0.10:443',
      'Secure handshake with 11.2.0.10:443',
    ]);
    expect(within(dialog).getByText('Addresses: 11.2.0.10')).toBeDefined();
    expect(within(dialog).getByText('failed: the connection was reset (at the secure handshake step)')).toBeDefined();
    expect(within(dialog).getByText('took 3 ms')).toBeDefined();
    expect(within(dialog).getByText('Raw measurements (for experts)')).toBeDefined();
    expect(dialog.querySelector('pre')?.textContent).toContain('"class": "reset"');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    // Focus goes back to the cell that opened the dialog, so a keyboard user keeps their place.
    expect(document.activeElement).toBe(cell);

    await user.click(screen.getByRole('button', { name: /^https:\/\/shared-a\.lab\/ through office/ }));
    const office = screen.getByRole('dialog', { name: 'https://shared-a.lab/ through office' });
    expect(within(office).getByText('CN=shared-a.lab')).toBeDefined();
    expect(within(office).getByText('CN=Detour Lab Root')).toBeDefined();
    expect(within(office).getByText('from 1 January 2025 to 1 January 2026')).toBeDefined();
    expect(within(office).getByText('Server answer: 200')).toBeDefined();
    expect(within(office).getByText('Page title: “Shared A”')).toBeDefined();
  });

  test('Cancel asks the engine to stop the run, and the partial result says it was cancelled', async () => {
    const { api, emit, user } = await startDiagnosis();
    await emit(runStarted, finishedA);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.cancelRun).toHaveBeenCalledWith({ runId: 'run-1' });
    expect(screen.getByRole('button', { name: 'Cancelling…' })).toHaveProperty('disabled', true);

    await emit(runCancelled());
    expect(screen.getByRole('heading', { level: 1, name: 'What we found' })).toBeDefined();
    expect(screen.getByText('The check was cancelled, so the results below are incomplete.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Check your connection' })).toBeDefined();
  });

  test('a refused start says why in words', async () => {
    const rendered = renderApp({ consented: true, lists: LISTS });
    rendered.api.startRun.mockResolvedValueOnce({ ok: false, error: { code: 'busy' } });
    await rendered.user.click(await screen.findByRole('button', { name: 'Diagnose' }));
    expect(
      await screen.findByText(
        'The check could not start: A check is already running. Wait for it to finish, or cancel it.',
      ),
    ).toBeDefined();
  });

  test('with an empty list, Diagnose points to Detour’s lists on offer instead of starting', async () => {
    const { api, user } = renderApp({ consented: true });
    expect(await screen.findByText('Your list is empty. Add the sites you want to check first.')).toBeDefined();
    const offer = await screen.findByRole('group', { name: 'Your list is empty. Start with one of Detour’s lists:' });
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    expect(api.startRun).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(offer);
    // One click fills the list with the pack and the messengers and calls; the next starts the run.
    const pack = within(offer).getByRole('button', {
      name: 'Azerbaijan: sites reported blocked, messengers and calls',
    });
    await waitFor(() => expect(pack).toHaveProperty('disabled', false));
    await user.click(pack);
    expect(await screen.findByText('5 sites or services from your list.')).toBeDefined();
    const saved = (api.setSettings.mock.calls as [SettingsChange][]).at(-1)?.[0].targets;
    expect(saved?.map((target) => target.input)).toEqual([
      ...FAKE_CATALOG.az.map((entry) => entry.input),
      'https://web.telegram.org/',
      'stun:stun.l.google.com:19302',
    ]);
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    await waitFor(() => expect(api.startRun).toHaveBeenCalledTimes(1));
  });
});
