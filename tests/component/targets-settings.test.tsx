import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderApp } from './render-app.tsx';

describe('the Sites screen', () => {
  test('pasted lines are checked one by one: good ones added, bad ones explained by line', async () => {
    const { user } = renderApp({ consented: true });
    await user.click(await screen.findByRole('button', { name: 'Sites' }));
    const box = screen.getByRole('textbox', { name: 'Sites to add, one per line' });
    await user.click(box);
    await user.paste('example.org\n# a comment\nnot a site\nstun:stun.example.org\nhttps://example.org/\nftp://x.org');
    await user.click(screen.getByRole('button', { name: 'Add to the list' }));

    const alert = screen.getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Line 3 (“not a site”): this is neither a web address nor a server with a port.',
      'Line 5 (“https://example.org/”): it is already in the list.',
      'Line 6 (“ftp://x.org”): only http, https and stun addresses can be checked.',
    ]);
    expect(box).toHaveProperty('value', 'not a site\nftp://x.org');
    expect(screen.getByText('2 sites or services:')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Remove example.org' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Remove stun:stun.example.org' })).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('2 sites or services from your list.')).toBeDefined();
  });

  test('a category is shown when the list knows it', async () => {
    const { user } = renderApp({
      consented: true,
      lists: { targets: [{ input: 'https://www.meydan.tv/', source: 'catalogue az: Meydan TV', category: 'news' }] },
    });
    await user.click(await screen.findByRole('button', { name: 'Sites' }));
    expect(screen.getByText(/kind: news/)).toBeDefined();
  });

  test('the user’s own list comes first, before adding and the catalogue', async () => {
    const { user } = renderApp({ consented: true });
    await user.click(await screen.findByRole('button', { name: 'Sites' }));
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(0, 2)).toEqual(['Your list', 'Add sites']);
  });
});

describe('the language', () => {
  test('switching it changes every visible string at once, the page language and the setting', async () => {
    const { api, user } = renderApp({ consented: true });
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('radio', { name: 'Azərbaycanca' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Ayarlar' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Marşrutlar' })).toBeDefined();
    expect(document.documentElement.lang).toBe('az');
    expect(api.setSettings).toHaveBeenCalledWith({ language: 'az' });

    await user.click(screen.getByRole('radio', { name: 'Русский' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Настройки' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Главная' })).toBeDefined();
    expect(document.documentElement.lang).toBe('ru');
  });

  test('the saved language is used from the start', async () => {
    renderApp({ consented: true, settings: { language: 'ru' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Проверьте своё подключение' })).toBeDefined();
    expect(document.documentElement.lang).toBe('ru');
  });
});

describe('the Settings screen', () => {
  test('keeps the figures through the contract, in the user’s units, and refuses out-of-range ones', async () => {
    const { api, user } = renderApp({ consented: true });
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const timeout = screen.getByRole('textbox', { name: 'How long to wait for each answer, in seconds' });
    expect(timeout).toHaveProperty('value', '8');

    await user.clear(timeout);
    await user.type(timeout, '500');
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number from 1 to 120.');
    expect(api.setSettings).not.toHaveBeenCalled();

    await user.clear(timeout);
    await user.type(timeout, '15');
    const retention = screen.getByRole('textbox', { name: 'Keep the results of past checks for this many days' });
    await user.clear(retention);
    await user.type(retention, '0');
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect(api.setSettings).toHaveBeenCalledWith({ timeoutMs: 15_000, concurrency: 64, historyRetentionDays: 0 });
    expect(await screen.findByText('The settings are saved.')).toBeDefined();
    expect(screen.getByText(/Nothing is uploaded\./)).toBeDefined();
  });
});

describe('the colour theme', () => {
  test('follows the computer until chosen; the choice is kept and marks the page at once', async () => {
    const { api, user } = renderApp({ consented: true });
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const colours = screen.getByRole('group', { name: 'Colours' });
    expect(within(colours).getByRole('radio', { name: 'As on this computer' })).toHaveProperty('checked', true);
    expect(document.documentElement.dataset['theme']).toBe('system');

    await user.click(within(colours).getByRole('radio', { name: 'Dark' }));
    expect(api.setSettings).toHaveBeenCalledWith({ theme: 'dark' });
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(within(colours).getByRole('radio', { name: 'Dark' })).toHaveProperty('checked', true);
  });
});
