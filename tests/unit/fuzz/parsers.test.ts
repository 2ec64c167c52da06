import fc from 'fast-check';
import { expect, test } from 'vitest';
import { PARSERS, type Outcome } from './parsers.ts';

/**
 * Every parser of user input under generated input (fast-check): nothing escapes as
 * a throw, and every rejection is a code with one line of words for a person.
 * Seeded, so a failure is reproduced by running again; each parser gets a couple of
 * seconds at most, so the suite stays fast on a busy machine.
 */
const SEED = 20_161;
const RUNS = 3000;
const TIME_LIMIT_MS = 2000;

test.each(PARSERS.map((parser) => [parser.name, parser] as const))('%s', (_, parser) => {
  fc.assert(
    fc.property(parser.inputs, (input) => {
      let outcome: Outcome;
      try {
        outcome = parser.parse(input);
      } catch (error) {
        throw new Error(`threw on ${JSON.stringify(input)}: ${String(error)}`);
      }
      if (outcome === 'accepted') return;
      expect(outcome.code, JSON.stringify(input)).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(outcome.message, `${outcome.code} for ${JSON.stringify(input)}`).not.toBe('');
      expect(outcome.message).not.toContain('\n');
    }),
    { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
  );
});
