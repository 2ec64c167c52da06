import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { SettingsChange } from '../../src-main/shared/ipc/settings.ts';
import { renderApp } from './render-app.tsx';

test('nothing but the risk notice is reachable before the user accepts it', async () => {
  const { api, user } = renderApp({ consented: false });

  expect(await screen.findByRole('heading', { level: 1, name: 'Before you start' })).toBeDefined();
  expect(screen.getByText(/can see which sites Detour tries to open/)).toBeDefined();
  expect(screen.getByText(/Detour uploads nothing/)).toBeDefined();
  expect(screen.queryByRole('navigation')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Diagnose' })).toBeNull();

  await user.click(screen.getByRole('button', { name: 'I understand, continue' }));

  expect(api.setConsent).toHaveBeenCalledWith({ riskNoticeAccepted: true });
  expect(await screen.findByRole('button', { name: 'Diagnose' })).toBeDefined();
  expect(screen.getByRole('navigation', { name: 'Screens' })).toBeDefined();
});

test('a user who accepted before starts on the Diagnose screen', async () => {
  renderApp({ consented: true });
  expect(await screen.findByRole('heading', { level: 1, name: 'Check your connection' })).toBeDefined();
});

test('the notice speaks the computer’s language on the first start, and the choice is kept', async () => {
  const { api, user } = renderApp({ consented: false });
  await screen.findByRole('heading', { name: 'Before you start' });

  await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'az');

  expect(screen.getByRole('heading', { level: 1, name: 'Başlamazdan əvvəl' })).toBeDefined();
  expect(document.documentElement.lang).toBe('az');
  await user.click(screen.getByRole('button', { name: 'Başa düşürəm, davam edin' }));
  expect(await screen.findByRole('button', { name: 'Yoxla' })).toBeDefined();
  expect(api.setSettings).toHaveBeenCalledWith({ language: 'az' });
});

test('asked once where the user is: the place follows the language, and accepting fills the first list', async () => {
  const { api, user } = renderApp({ consented: false });
  await screen.findByRole('heading', { name: 'Before you start' });
  const place = screen.getByRole('combobox', { name: 'Where are you?' });
  // English points nowhere in particular: the global messengers and calls.
  await waitFor(() => expect(place).toHaveProperty('value', 'elsewhere'));

  await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'az');
  const placeAz = screen.getByRole('combobox', { name: 'Haradasınız?' });
  expect(placeAz).toHaveProperty('value', 'az');
  const accept = screen.getByRole('button', { name: 'Başa düşürəm, davam edin' });
  await waitFor(() => expect(accept).toHaveProperty('disabled', false));
  await user.click(accept);

  expect(await screen.findByRole('button', { name: 'Yoxla' })).toBeDefined();
  const saved = (api.setSettings.mock.calls as [SettingsChange][]).flatMap(([change]) => change.targets ?? []);
  expect(saved.map((target) => target.source)).toEqual([
    'catalogue az: Meydan TV',
    'catalogue az: OCCRP',
    'catalogue az: Tor Project',
    'catalogue global: Telegram web',
    'catalogue global: Google STUN',
  ]);
});

test('a list of one’s own is never replaced, and the question is not asked', async () => {
  const { api, user } = renderApp({
    consented: false,
    lists: { targets: [{ input: 'https://mine.lab/', source: 'typed' }] },
  });
  await screen.findByRole('heading', { name: 'Before you start' });
  expect(screen.queryByRole('combobox', { name: 'Where are you?' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'I understand, continue' }));
  expect(await screen.findByRole('button', { name: 'Diagnose' })).toBeDefined();
  expect((api.setSettings.mock.calls as [SettingsChange][]).filter(([change]) => change.targets !== undefined)).toEqual(
    [],
  );
  expect(screen.getByText('1 site or service from your list.')).toBeDefined();
});
