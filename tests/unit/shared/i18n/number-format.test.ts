import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../../../src-main/shared/i18n/index.ts';

describe('figures in a sentence', () => {
  test('have the language’s decimal separator', () => {
    expect(createTranslator('en')('ui.unit.ms', { value: 4.6 })).toBe('4.6 ms');
    expect(createTranslator('ru')('ui.unit.ms', { value: 4.6 })).toBe('4,6 мс');
    expect(createTranslator('az')('ui.unit.ms', { value: 4.6 })).toMatch(/^4,6 /u);
  });

  test('keep whole numbers as they are, ungrouped: counts, ports and years', () => {
    expect(createTranslator('ru')('ui.unit.ms', { value: 12_345 })).toBe('12345 мс');
    expect(createTranslator('en')('ui.unit.ms', { value: 1080 })).toBe('1080 ms');
  });
});
