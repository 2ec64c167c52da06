import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONTROLS, MAX_CONTROLS } from '../../src-main/shared/controls.ts';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';
import { DEFAULT_CONTROL_URLS } from '../../src-main/shared/ipc/settings.ts';
import type { Report } from '../../src-main/shared/report.ts';
import { defaultsWithoutSource } from '../../src-renderer/features/settings/control-list.ts';
import { pastReport } from './history-fake.tsx';
import { networkRun, NO_CONTROL_RUN, OFFICE, OFFLINE_RUN, SITE, verdict } from './network-events.tsx';
import { renderApp } from './render-app.tsx';

const LISTS = { targets: [{ input: SITE.input, source: 'app list' }], routes: [OFFICE], strategies: false };

async function openSettings(controls?: string[]) {
  const rendered = renderApp({ consented: true, ...(controls === undefined ? {} : { settings: { controls } }) });
  await rendered.user.click(await screen.findByRole('button', { name: 'Settings' }));
  const list = screen.getByRole('list', { name: 'The neutral sites Detour checks first' });
  const field = screen.getByRole('textbox', { name: 'Add a neutral site (a web address)' });
  return { ...rendered, list, field };
}

function shownControls(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.firstElementChild?.firstElementChild?.textContent ?? '');
}

describe('the neutral sites in Settings', () => {
  test('Detour’s own set is shown with why each is there', async () => {
    expect(defaultsWithoutSource()).toEqual([]);
    const { list } = await openSettings();
    expect(shownControls(list)).toEqual(DEFAULT_CONTROLS.map((site) => site.url));
    expect(within(list).getByText(/Apple’s connection check/)).toBeDefined();
    expect(within(list).getByText(/without looking up any name/)).toBeDefined();
  });

  test('an added site is kept as the engine reads it, and used from then on', async () => {
    const { api, user, list, field } = await openSettings();
    await user.type(field, 'www.wikipedia.org');
    await user.click(screen.getByRole('button', { name: 'Add the site' }));
    expect(api.setSettings).toHaveBeenLastCalledWith({
      controls: [...DEFAULT_CONTROL_URLS, 'https://www.wikipedia.org/'],
    });
    expect(screen.getByText('https://www.wikipedia.org/ is added.')).toBeDefined();
    expect(within(list).getByText('Added by you.')).toBeDefined();
    expect(field).toHaveProperty('value', '');
  });

  test.each([
    ['not a site', '“not a site” cannot be a neutral site: this is neither a web address nor a server with a port.'],
    [
      'stun:stun.lab:3478',
      '“stun:stun.lab:3478” cannot be a neutral site: only a web address (http:// or https://) can.',
    ],
    [
      'https://me:secret@mirror.lab/',
      '“mirror.lab” cannot be a neutral site: its address may not hold a user name or password.',
    ],
    ['https://example.com', 'https://example.com/ is already in the list.'],
  ])('“%s” is refused with one line saying why, and nothing is saved', async (input, line) => {
    const { api, user, field } = await openSettings();
    await user.type(field, input);
    await user.click(screen.getByRole('button', { name: 'Add the site' }));
    expect(screen.getByRole('alert').textContent).toBe(line);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(api.setSettings).not.toHaveBeenCalled();
  });

  test(`at most ${MAX_CONTROLS}: a full list says so`, async () => {
    const full = Array.from({ length: MAX_CONTROLS }, (_, index) => `https://site-${index}.lab/`);
    const { api, user, field } = await openSettings(full);
    await user.type(field, 'https://one-more.lab/');
    await user.click(screen.getByRole('button', { name: 'Add the site' }));
    expect(screen.getByRole('alert').textContent).toBe(
      `There can be at most ${MAX_CONTROLS} neutral sites: remove one first.`,
    );
    expect(api.setSettings).not.toHaveBeenCalled();
  });

  test('a site is removed, the last one stays, and the defaults come back', async () => {
    const { api, user, list } = await openSettings(['https://a.lab/', 'https://b.lab/']);
    await user.click(screen.getByRole('button', { name: 'Remove the neutral site https://a.lab/' }));
    expect(api.setSettings).toHaveBeenLastCalledWith({ controls: ['https://b.lab/'] });
    expect(shownControls(list)).toEqual(['https://b.lab/']);

    await user.click(screen.getByRole('button', { name: 'Remove the neutral site https://b.lab/' }));
    expect(
      screen.getByText('At least one neutral site is needed. To start over, go back to Detour’s own.'),
    ).toBeDefined();
    expect(api.setSettings).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Go back to Detour’s own neutral sites' }));
    expect(api.setSettings).toHaveBeenLastCalledWith({ controls: DEFAULT_CONTROL_URLS });
    expect(shownControls(list)).toEqual(DEFAULT_CONTROL_URLS);
    expect(screen.getByText('Detour’s own neutral sites are back.')).toBeDefined();
  });
});

test('the consent notice names the neutral sites and where to change them', async () => {
  renderApp({ settings: { controls: ['https://example.com/', 'https://mirror.lab:8443/x'] } });
  expect(
    await screen.findByText(
      'To tell an offline network or a broken route from blocking, Detour first opens a few neutral sites that you did not choose: example.com, mirror.lab. You can change them in Settings.',
    ),
  ).toBeDefined();
});

async function finishedRun(events: typeof OFFLINE_RUN, language: 'en' | 'az' | 'ru' = 'en') {
  const rendered = renderApp({ consented: true, lists: LISTS, settings: { language } });
  await rendered.user.click(
    await screen.findByRole('button', { name: createTranslator(language)('ui.home.diagnose') }),
  );
  await rendered.emit(...events);
  return rendered;
}

describe('an offline run', () => {
  test('says so first, judges nothing blocked, and keeps the grid folded away', async () => {
    await finishedRun(OFFLINE_RUN);
    expect(screen.getByRole('heading', { level: 2, name: 'You seem to be offline' })).toBeDefined();
    const advice = screen.getByRole('region', { name: 'What to do' });
    expect(advice.textContent).toBe('You seem to be offline: connect to a network, then check again.');
    const grid = screen.getByRole('table', { name: 'Site by site' });
    expect(grid.closest('details')?.open).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Your routes on the neutral sites' })).toBeNull();
    expect(screen.queryByText(/blocked on your network/)).toBeNull();
  });

  test.each([
    ['az', 'Deyəsən, internetə qoşulmamısınız'],
    ['ru', 'Похоже, вы не подключены к интернету'],
  ] as const)('in %s too', async (language, title) => {
    await finishedRun(OFFLINE_RUN, language);
    expect(screen.getByRole('heading', { level: 2, name: title })).toBeDefined();
  });
});

test('behind a login page, the run says so and offers no other neutral sites: signing in is the fix', async () => {
  await finishedRun(
    networkRun({
      network: 'captive',
      checks: ['unverified', 'unverified'],
      direct: verdict('direct', 'inconclusive', 'captive-portal'),
      office: verdict('office', 'inconclusive', 'captive-portal'),
      messages: [{ key: 'summary.captive-portal', params: { total: 1 } }],
    }),
  );
  expect(screen.getByRole('heading', { level: 2, name: 'A login page is in the way' })).toBeDefined();
  expect(screen.getByRole('table', { name: 'Site by site' }).closest('details')?.open).toBe(false);
  expect(screen.queryByRole('button', { name: 'Choose other neutral sites' })).toBeNull();
});

describe('a run where no neutral site answered', () => {
  test('says the results are less certain, routes are not proven, and an error page over HTTP cannot be told', async () => {
    const { user } = await finishedRun(NO_CONTROL_RUN);
    expect(screen.getByRole('heading', { level: 2, name: 'The neutral sites could not be reached' })).toBeDefined();
    expect(screen.getByText(/The results below are less certain/)).toBeDefined();
    const checks = screen.getByRole('heading', { name: 'Your routes on the neutral sites' }).parentElement!;
    const office = within(checks).getByText('office').parentElement!;
    expect(office.textContent).toBe(
      'office?Not provenNo neutral site answered on any route, so this route was used all the same.',
    );

    const grid = screen.getByRole('table', { name: 'Site by site' });
    expect(grid.closest('details')).toBeNull();
    const cell = within(grid).getByRole('button', { name: /through Your connection/ });
    expect(cell.textContent).toBe('?Blocked or refused: cannot tell');
    await user.click(cell);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Blocked or refused: cannot tell')).toBeDefined();
    expect(within(dialog).getByText(/cannot be told without encryption/)).toBeDefined();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Choose other neutral sites' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeDefined();
  });
});

describe('the history', () => {
  function offlineReport(): Report {
    const report = pastReport({
      runId: 'run-offline',
      startedAt: '2025-03-04T09:00:00.000Z',
      statuses: { 'https://a.lab/': 'inconclusive', 'https://b.lab/': 'inconclusive' },
    });
    return { ...report, summary: { ...report.summary!, network: 'offline' } };
  }

  test('lists an offline check as offline, not as finished with nothing blocked', async () => {
    const { user } = renderApp({ consented: true, history: { reports: [offlineReport()] } });
    await user.click(await screen.findByRole('button', { name: 'History' }));
    const row = (await screen.findAllByRole('row'))[1]!;
    expect(within(row).getByText('Offline')).toBeDefined();
    expect(within(row).getByText('Offline: nothing could be reached')).toBeDefined();
    expect(within(row).queryByText('Finished')).toBeNull();
    expect(within(row).queryByText(/blocked/)).toBeNull();
  });
});
