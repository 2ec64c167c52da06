import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROMIUM_CANDIDATES, findChromium } from '../../../../src-main/engine/export/pdf.ts';

describe('findChromium', () => {
  test('CHROMIUM_PATH, when set, is the only place looked at', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toEqual({
      ok: false,
      tried: ['/nonexistent/chromium'],
    });
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toEqual({ ok: true, path: process.execPath });
  });

  test('a folder, or a file no one may execute, is not Chromium', () => {
    const folder = mkdtempSync(join(tmpdir(), 'detour-chromium-'));
    try {
      const plain = join(folder, 'chromium');
      writeFileSync(plain, 'not a program', { mode: 0o644 });
      chmodSync(plain, 0o644);
      expect(findChromium({ CHROMIUM_PATH: folder }).ok).toBe(false);
      expect(findChromium({ CHROMIUM_PATH: plain }).ok).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('without it, the usual places are tried in order', () => {
    const found = findChromium({});
    if (found.ok) expect(CHROMIUM_CANDIDATES).toContain(found.path);
    else expect(found.tried).toEqual(CHROMIUM_CANDIDATES);
  });
});
