import { expect, test } from 'vitest';
import { secureWindowOptions } from '../../../src-main/app/window-options.ts';

test('every window is sandboxed, isolated and without Node (checklist items 2–4, 6, 8–9)', () => {
  const options = secureWindowOptions('/app/preload/index.js');
  expect(options.webPreferences).toEqual({
    preload: '/app/preload/index.js',
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  });
  expect(options.show).toBe(false);
});
