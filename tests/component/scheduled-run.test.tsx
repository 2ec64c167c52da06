import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { ok } from '../../src-main/shared/ipc/result.ts';
import { renderApp } from './render-app.tsx';
import { finishedA, runFinished, runStarted } from './run-events.tsx';

const schedule = {
  state: 'on' as const,
  everyMinutes: 30,
  forHours: 6,
  startedAt: '2025-03-05T10:00:00.000Z',
  endsAt: '2025-03-05T16:00:00.000Z',
  runsDone: 1,
  runId: 'run-1',
};

test('a scheduled run goes on in the background: the Start screen stays, with a line saying so', async () => {
  const { api, emit } = renderApp({ consented: true });
  api.getScheduleStatus.mockResolvedValue(ok(schedule));
  await screen.findByRole('button', { name: 'Diagnose' });
  await emit(runStarted);
  expect(
    await screen.findByText('A scheduled check is running in the background; its results go to the History.'),
  ).toBeDefined();
  expect(screen.getByRole('button', { name: 'Diagnose' })).toBeDefined();

  await emit(finishedA, runFinished);
  expect(await screen.findByText('A scheduled check has just finished; its results are in the History.')).toBeDefined();
  expect(screen.getByRole('button', { name: 'Diagnose' })).toBeDefined();
});

test('the user’s own run still shows its progress', async () => {
  const { user, emit } = renderApp({ consented: true });
  await user.click(await screen.findByRole('button', { name: 'Diagnose' }));
  await emit(runStarted);
  expect(await screen.findByRole('button', { name: 'Cancel' })).toBeDefined();
  expect(screen.queryByText(/scheduled check/)).toBeNull();
});
