import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';
import { FINISHED_BEFORE_GUESS, timeLeftMs, timeLeftText } from '../../src-renderer/features/run/time-left.ts';

describe('the time a run has left', () => {
  test('is guessed from the pace so far once a few targets are finished', () => {
    expect(timeLeftMs(30_000, 3, 12)).toBe(90_000);
    expect(timeLeftMs(60_000, FINISHED_BEFORE_GUESS - 1, 12)).toBeNull();
  });

  test('is not guessed when every target is finished, or before any time passed', () => {
    expect(timeLeftMs(60_000, 12, 12)).toBeNull();
    expect(timeLeftMs(0, 5, 12)).toBeNull();
  });

  test('reads in each language, with its own plural and decimal separator', () => {
    expect(timeLeftText(createTranslator('en'), 'en', 4 * 60_000)).toBe('About 4 minutes left');
    expect(timeLeftText(createTranslator('ru'), 'ru', 5 * 60_000)).toBe('Осталось примерно 5 минут');
    expect(timeLeftText(createTranslator('ru'), 'ru', 90 * 60_000)).toBe('Осталось примерно 1,5 часа');
    expect(timeLeftText(createTranslator('az'), 'az', 3 * 60_000)).toBe('Təxminən 3 dəqiqə qalıb');
    expect(timeLeftText(createTranslator('en'), 'en', 50_000)).toBe('Less than a minute left');
  });
});
