import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { MissingPreloadScreen } from '../../src-renderer/app/MissingPreloadScreen.tsx';
import { bridgeKind } from '../../src-renderer/lib/bridge.ts';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';
import { fakeApi } from './fake-api.tsx';

afterEach(cleanup);

const ELECTRON_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) detour/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';
const CHROMIUM_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

test('the preload’s API is used wherever it is there', () => {
  expect(bridgeKind({ detour: fakeApi(), userAgent: ELECTRON_AGENT, protocol: 'app:' })).toBe('preload');
});

test('in the desktop app without the preload, the bridge is missing: never web mode, which its CSP blocks', () => {
  expect(bridgeKind({ detour: undefined, userAgent: ELECTRON_AGENT, protocol: 'app:' })).toBe('missing-preload');
  // npm run dev: Electron on the dev server's http page.
  expect(bridgeKind({ detour: undefined, userAgent: ELECTRON_AGENT, protocol: 'http:' })).toBe('missing-preload');
});

test('in a browser, the page talks to web mode', () => {
  expect(bridgeKind({ detour: undefined, userAgent: CHROMIUM_AGENT, protocol: 'http:' })).toBe('web');
});

test.each(['en', 'az', 'ru'] as const)(
  'the missing-preload screen says what happened and what to do (%s)',
  (language) => {
    const t = createTranslator(language);
    render(<MissingPreloadScreen preferredLanguages={[language]} />);

    expect(screen.getByRole('heading', { level: 1, name: t('ui.preload.title') })).toBeDefined();
    expect(screen.getByText(t('ui.preload.explain'))).toBeDefined();
    expect(screen.getByText(t('ui.preload.what-to-do', { command: 'npm start' }))).toBeDefined();
    expect(screen.getByText(t('ui.preload.detail', { name: 'window.detour' }))).toBeDefined();
    expect(screen.getByRole('main').getAttribute('lang')).toBe(language);
    // No screen that would only fail: no buttons, no navigation.
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  },
);
