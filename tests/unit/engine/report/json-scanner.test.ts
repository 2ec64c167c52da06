import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { firstJsonError, JsonScanner } from '../../../../src-main/engine/report/json-scanner.ts';

/** Cuts `text` into chunks at `cuts` and scans them; the pieces as parsed values. */
function pieces(text: string, cuts: readonly number[], skip: string[] = []) {
  const found: { member: Record<string, unknown>; arrays: Record<string, unknown[]> } = { member: {}, arrays: {} };
  const scanner = new JsonScanner(
    {
      member: (key, json) => void (found.member[key] = JSON.parse(json)),
      array: (key) => void (found.arrays[key] = []),
      element: (key, json) => void found.arrays[key]?.push(JSON.parse(json)),
    },
    { split: new Set(['targets', 'observations', ...skip]), skip: new Set(skip) },
  );
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.feed(text.slice(from, cut));
    from = Math.max(from, cut);
  }
  scanner.feed(text.slice(from));
  return { error: scanner.end(), ...found };
}

describe('firstJsonError', () => {
  test.each([
    ['{"a": 1}', null],
    [' [1, -2.5e3, "x\\u00e9", true, false, null, {}, []] ', null],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['"\\x"', 1],
    ['[01]', 2],
    ['[1.]', 2],
    ['[-]', 1],
    ['[1e+]', 2],
    ['[tru]', 1],
    ['"a\nb"', 2],
    ['"abc', 4],
    ['{"a": 1}}', 8],
    ['', 0],
  ])('%j → %s', (text, offset) => {
    expect(firstJsonError(text)).toBe(offset);
  });

  test('agrees with JSON.parse on whether any text is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        // JSON.parse allows whitespace RFC 8259 does not (none): the two agree on validity.
        expect(firstJsonError(text) === null).toBe(valid);
      }),
    );
  });
});

describe('pieces', () => {
  const document = {
    schemaVersion: 2,
    'odd "key"\\': { nested: [1, { targets: [9] }] },
    targets: [{ id: 't1', v: 'a\u00e9"' }, { id: 't2' }],
    observations: [],
    status: 'done',
  };

  test('members whole, split arrays element by element, wherever the chunks are cut', () => {
    const text = JSON.stringify(document, null, 2);
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 8 }), (cuts) => {
        const scanned = pieces(text, cuts);
        expect(scanned.error).toBeNull();
        expect({ ...scanned.member, ...scanned.arrays }).toEqual(document);
      }),
    );
  });

  test('a skipped array is checked but not kept', () => {
    const text = JSON.stringify({ ...document, observations: [{ id: 'o1' }, { id: 'o2' }] });
    expect(pieces(text, [], ['observations']).arrays.observations).toEqual([]);
    expect(pieces(text.replace('"o2"', 'o2'), [], ['observations']).error).toBe(text.indexOf('"o2"'));
  });

  test('a split key that holds no array comes whole', () => {
    expect(pieces('{"targets": 5}', []).member).toEqual({ targets: 5 });
  });
});
