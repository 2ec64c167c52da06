import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { App } from '../../src-renderer/app/App.tsx';
import { fail } from '../../src-main/shared/ipc/result.ts';
import { renderApp } from './render-app.tsx';

const HEADER = 'url,category_code,category_description,date_added,source,notes';
const PACK = 'Azerbaijan: sites reported blocked';

function csvFile(name: string, lines: readonly string[]): File {
  return new File([lines.join('\n')], name, { type: 'text/csv' });
}

describe('the list choice on the start screen', () => {
  test('offers my sites and each region pack with its size; a run uses the chosen pack', async () => {
    const { api, user } = renderApp({ consented: true });
    const mine = await screen.findByRole('radio', { name: 'My sites' });
    const pack = await screen.findByRole('radio', { name: PACK });
    expect(screen.getByRole('group', { name: 'Which sites to check' })).toBeDefined();
    expect(mine).toHaveProperty('checked', true);
    expect(mine.getAttribute('aria-describedby')).not.toBeNull();
    expect(document.getElementById(pack.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '3 sites or services',
    );

    await user.click(pack);
    expect(api.setSettings).toHaveBeenLastCalledWith({ region: 'az' });
    expect(pack).toHaveProperty('checked', true);
    expect(screen.getByText(`3 sites or services from the list “${PACK}”.`)).toBeDefined();

    // My sites are empty, and no matter: the pack is what is checked.
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    expect(api.listTargetCatalog).toHaveBeenLastCalledWith({ region: 'az' });
    expect(api.startRun).toHaveBeenCalledWith({
      targets: [
        {
          input: 'https://www.meydan.tv/',
          source: 'catalogue az: Meydan TV',
          label: { brand: 'Meydan TV', kind: 'website' },
        },
        { input: 'https://www.occrp.org/', source: 'catalogue az: OCCRP', label: { brand: 'OCCRP', kind: 'website' } },
        {
          input: 'https://www.torproject.org/',
          source: 'catalogue az: Tor Project',
          label: { brand: 'Tor Project', kind: 'website' },
        },
      ],
      routes: [{ name: 'direct', kind: 'direct' }],
    });
  });

  test('the chosen list is kept: a saved pack is chosen from the start, and my sites go back to null', async () => {
    const { api, user } = renderApp({
      consented: true,
      settings: { region: 'az' },
      lists: { targets: [{ input: 'https://example.org/', source: 'app list' }] },
    });
    expect(await screen.findByRole('radio', { name: PACK })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('radio', { name: 'My sites' }));
    expect(api.setSettings).toHaveBeenLastCalledWith({ region: null });
    expect(screen.getByText('1 site or service from your list.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    expect(api.startRun).toHaveBeenCalledWith(
      expect.objectContaining({ targets: [{ input: 'https://example.org/', source: 'app list' }] }),
    );
  });

  test('a refused choice is undone and said', async () => {
    const { api, user } = renderApp({ consented: true });
    api.setSettings.mockResolvedValueOnce(fail('internal'));
    await user.click(await screen.findByRole('radio', { name: PACK }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'The settings could not be saved: Something went wrong inside Detour. Please try again.',
    );
    expect(screen.getByRole('radio', { name: 'My sites' })).toHaveProperty('checked', true);
  });
});

describe('Detour’s lists on the Sites screen', () => {
  test('single targets by category, then the rest of the pack at once, each with its category and source', async () => {
    const { api, user } = renderApp({ consented: true });
    await user.click(await screen.findByRole('button', { name: 'Sites' }));
    const section = screen.getByRole('region', { name: 'Add from the lists that come with Detour' });
    await user.selectOptions(within(section).getByRole('combobox', { name: 'List' }), PACK);

    const news = await within(section).findByRole('list', { name: 'News' });
    expect(within(news).getAllByRole('listitem')).toHaveLength(2);
    expect(within(section).getByRole('list', { name: 'Ways around blocking' })).toBeDefined();

    await user.click(within(news).getByRole('button', { name: 'Add Meydan TV to your list' }));
    expect(screen.getByText('1 site added.')).toBeDefined();
    expect(within(news).getByText('In your list')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Remove https://www.meydan.tv/' })).toBeDefined();
    expect(screen.getByText(/kind: news/)).toBeDefined();

    await user.click(within(section).getByRole('button', { name: 'Add all 2 to your list' }));
    expect(screen.getByText('3 sites or services:')).toBeDefined();
    expect(within(section).getByRole('button', { name: 'All of them are in your list' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(api.setSettings).toHaveBeenLastCalledWith({
      targets: [
        {
          input: 'https://www.meydan.tv/',
          source: 'catalogue az: Meydan TV',
          label: { brand: 'Meydan TV', kind: 'website' },
          category: 'news',
        },
        {
          input: 'https://www.occrp.org/',
          source: 'catalogue az: OCCRP',
          label: { brand: 'OCCRP', kind: 'website' },
          category: 'news',
        },
        {
          input: 'https://www.torproject.org/',
          source: 'catalogue az: Tor Project',
          label: { brand: 'Tor Project', kind: 'website' },
          category: 'circumvention',
        },
      ],
      routes: [],
      strategies: false,
      bridges: [],
    });
  });

  test('the global catalogue is there too, grouped by category', async () => {
    const { user } = renderApp({ consented: true });
    await user.click(await screen.findByRole('button', { name: 'Sites' }));
    const list = screen.getByRole('combobox', { name: 'List' });
    expect(list).toHaveProperty('value', 'global');
    expect(await screen.findByRole('list', { name: 'Messengers' })).toBeDefined();
    const calls = screen.getByRole('list', { name: 'Calls' });
    expect(screen.getByRole('list', { name: 'Neutral sites for comparison' })).toBeDefined();
    // Entries by brand and kind; the raw address only behind "Details".
    const google = within(calls).getByText('Google — call server').closest('li');
    expect(google?.textContent).not.toMatch(/^Google STUN/);
    const details = google?.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Details');
    expect(details?.textContent).toContain('stun:stun.l.google.com:19302');
    expect(within(calls).getByRole('button', { name: /Google — call server/ })).toBeDefined();
  });
});

describe('importing a test list on the Sites screen', () => {
  test('good rows are added with their category and file:line; each bad line is explained', async () => {
    const { api, user } = renderApp({
      consented: true,
      lists: { targets: [{ input: 'https://c.example/', source: 'app list' }] },
    });
    await user.click(await screen.findByRole('button', { name: 'Sites' }));
    const input = screen.getByLabelText('Import a test list (CSV)');
    await user.upload(
      input,
      csvFile('az.csv', [
        HEADER,
        'https://a.example/,NEWS,News Media,2017-05-12,,',
        'https://b.example/,ANON,Anonymization,2020-01-01,x', // a column missing
        'https://c.example/,NEWS,News Media,2017-05-12,,', // already in the list
        'ftp://d.example/,NEWS,News Media,2017-05-12,,',
        'https://e.example/,,,,,',
      ]),
    );

    expect(await screen.findByText('2 sites added from az.csv.')).toBeDefined();
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('3 lines were not added:')).toBeDefined();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Line 3 (“https://b.example/,ANON,Anonymization,2020-01-01,x”): the row of the test list is broken.',
      'Line 4 (“https://c.example/”): it is already in the list.',
      'Line 5 (“ftp://d.example/”): only http, https and stun addresses can be checked.',
    ]);
    expect(screen.getByText(/kind: NEWS/)).toBeDefined();
    expect(api.setSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({
        targets: [
          { input: 'https://c.example/', source: 'app list' },
          { input: 'https://a.example/', source: 'az.csv:2', category: 'NEWS' },
          { input: 'https://e.example/', source: 'az.csv:6' },
        ],
      }),
    );
  });

  test('a file that is not a test list, or too big, is refused whole with a clear reason', async () => {
    const { api, user } = renderApp({ consented: true });
    await user.click(await screen.findByRole('button', { name: 'Sites' }));
    const input = screen.getByLabelText('Import a test list (CSV)');

    await user.upload(input, csvFile('sites.csv', ['https://a.example/', 'https://b.example/']));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The file sites.csv could not be imported: the file is not a test list.',
    );

    const huge = csvFile('huge.csv', [HEADER]);
    Object.defineProperty(huge, 'size', { value: 8 * 1024 * 1024 + 1 });
    await user.upload(input, huge);
    expect(screen.getByRole('alert').textContent).toBe(
      'The file huge.csv could not be imported: the file is larger than 8 MB.',
    );

    await user.upload(input, new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])], 'zip.csv'));
    expect(await screen.findByText('The file zip.csv could not be imported: the file is not text.')).toBeDefined();
    expect(api.setSettings).not.toHaveBeenCalled();
    expect(screen.getByText('The list is empty.')).toBeDefined();
  });
});

describe('the lists are kept with the settings', () => {
  test('sites, routes and the local tricks go through setSettings and are there on the next start', async () => {
    const { api, user, unmount } = renderApp({ consented: true });
    await user.click(await screen.findByRole('button', { name: 'Sites' }));
    await user.click(screen.getByRole('textbox', { name: 'Sites to add, one per line' }));
    await user.paste('example.org\nstun:stun.example.org');
    await user.click(screen.getByRole('button', { name: 'Add to the list' }));
    await user.click(screen.getByRole('button', { name: 'Routes' }));
    await user.click(screen.getByRole('checkbox', { name: 'Also try local tricks (they need no other network)' }));
    expect(api.setSettings).toHaveBeenLastCalledWith({
      targets: [
        { input: 'example.org', source: 'app list' },
        { input: 'stun:stun.example.org', source: 'app list' },
      ],
      routes: [],
      strategies: true,
      bridges: [],
    });
    // Nothing in the page's own storage: web mode's origin changes with its port.
    expect(window.localStorage.length).toBe(0);

    unmount();
    cleanup();
    render(<App api={api} preferredLanguages={['en-GB']} />);
    expect(await screen.findByText('2 sites or services from your list.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Routes' }));
    expect(screen.getByRole('checkbox', { name: 'Also try local tricks (they need no other network)' })).toHaveProperty(
      'checked',
      true,
    );
  });

  test('a burst of changes is saved in order, the latest last; a refusal is said', async () => {
    const { api, user } = renderApp({
      consented: true,
      lists: {
        targets: ['a', 'b', 'c'].map((name) => ({ input: `https://${name}.example/`, source: 'app list' })),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Sites' }));
    api.setSettings.mockResolvedValueOnce(fail('bad-request'));
    await user.click(screen.getByRole('button', { name: 'Remove https://a.example/' }));
    expect(
      await screen.findByText('Your lists could not be saved: Detour could not understand this request.'),
    ).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Remove https://b.example/' }));
    expect(api.setSettings).toHaveBeenLastCalledWith({
      targets: [{ input: 'https://c.example/', source: 'app list' }],
      routes: [],
      strategies: false,
      bridges: [],
    });
    expect(screen.queryByText(/Your lists could not be saved/)).toBeNull();
  });
});
