import { act, cleanup, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { App } from '../../src-renderer/app/App.tsx';
import type { SavedLists } from '../../src-renderer/lib/saved-lists.ts';
import type { RunEventMessage } from '../../src-main/shared/ipc/run.ts';
import { fakeApi, type FakeApi, type FakeApiOptions } from './fake-api.tsx';

// Vitest has no globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

export interface Rendered extends RenderResult {
  api: FakeApi;
  user: UserEvent;
  /** Delivers run events and lets React draw what they change. */
  emit: (...messages: RunEventMessage[]) => Promise<void>;
}

/** The app over a fake API; `lists` are the user's lists as the settings file holds them. */
export function renderApp(options: FakeApiOptions & { lists?: Partial<SavedLists> } = {}): Rendered {
  const api = fakeApi({ ...options, settings: { ...options.lists, ...options.settings } });
  const user = userEvent.setup();
  const result = render(<App api={api} preferredLanguages={['en-GB']} />);
  const emit = async (...messages: RunEventMessage[]): Promise<void> => {
    await act(async () => {
      for (const message of messages) api.emit(message);
      await Promise.resolve();
    });
  };
  return { ...result, api, user, emit };
}
