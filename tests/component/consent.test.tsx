import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
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
