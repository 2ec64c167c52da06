import { ESLint, Linter } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

/**
 * The layers of design.md as lint enforces them (eslint.config.js): each folder's
 * no-restricted-imports, as the real configuration gives it, applied to one import.
 * An import that runs up a layer, or past the engine's public entry, is an error.
 */
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function refuses(file: string, specifier: string): Promise<boolean> {
  const config = (await eslint.calculateConfigForFile(file)) as Linter.Config;
  const rule = config.rules?.['no-restricted-imports'];
  const messages = new Linter({ configType: 'flat' }).verify(`import '${specifier}';\n`, [
    { rules: { 'no-restricted-imports': rule ?? 'off' } },
  ]);
  return messages.some((message) => message.ruleId === 'no-restricted-imports');
}

describe('lint keeps every import within its layer', () => {
  // The first look loads the whole configuration (typescript-eslint's parser): once, and not under a test's deadline.
  beforeAll(() => eslint.calculateConfigForFile('src-main/core/fold.ts'), 60_000);

  test.each([
    // shared/ imports nothing of Detour above it.
    ['src-main/shared/verdict.ts', '../core/fold.ts', true],
    ['src-main/shared/verdict.ts', '../engine/index.ts', true],
    ['src-main/shared/verdict.ts', './events.ts', false],
    // core/ imports shared/ only, and nothing of Node.
    ['src-main/core/fold.ts', '../engine/index.ts', true],
    ['src-main/core/view/labels.ts', '../../engine/export/view.ts', true],
    ['src-main/core/fold.ts', 'node:os', true],
    ['src-main/core/fold.ts', '../shared/report.ts', false],
    // The engine never reaches up into the CLI or the shells.
    ['src-main/engine/index.ts', '../cli/main.ts', true],
    ['src-main/engine/index.ts', '../app/main.ts', true],
    ['src-main/engine/index.ts', '../core/fold.ts', false],
    // The CLI uses the engine's public entry only, and core/ and shared/.
    ['src-main/cli/diagnose.ts', '../engine/export/merge.ts', true],
    ['src-main/cli/diagnose.ts', '../engine/history/index.ts', true],
    ['src-main/cli/diagnose.ts', '../app/sharing-actions.ts', true],
    ['src-main/cli/diagnose.ts', '../engine/index.ts', false],
    ['src-main/cli/diagnose.ts', '../core/view/verdict-look.ts', false],
    // The host uses the engine's public entry; the two shells reach the engine only through the host.
    ['src-main/host/start-host.ts', '../engine/index.ts', false],
    ['src-main/host/start-host.ts', '../engine/history/index.ts', true],
    ['src-main/host/start-host.ts', '../app/main.ts', true],
    ['src-main/app/main.ts', '../engine/index.ts', true],
    ['src-main/app/main.ts', '../web/main.ts', true],
    ['src-main/app/main.ts', '../host/start-host.ts', false],
    ['src-main/web/main.ts', '../app/main.ts', true],
    ['src-main/web/main.ts', '../host/start-host.ts', false],
    // The renderer: core/ and shared/ of src-main, and its own folders.
    ['src-renderer/features/run/run-store.ts', '../../../src-main/engine/index.ts', true],
    ['src-renderer/features/run/run-store.ts', '../../../src-main/app/actions.ts', true],
    ['src-renderer/features/run/run-store.ts', '../../../src-main/core/fold.ts', false],
    ['src-renderer/features/run/run-store.ts', '../../../src-main/shared/report.ts', false],
    ['src-renderer/features/run/run-store.ts', '../../app/languages.ts', false],
  ])('%s importing %s: refused %s', async (file, specifier, refused) => {
    expect(await refuses(file, specifier)).toBe(refused);
  });
});
