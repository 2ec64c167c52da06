import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { reportJsonSchemaText } from '../../../src-main/shared/report-json-schema.ts';

test('the committed JSON Schema is generated from the current zod schema (npm run schema:write)', () => {
  const committed = readFileSync(new URL('../../../schemas/report.schema.json', import.meta.url), 'utf8');
  expect(committed).toBe(reportJsonSchemaText());
});
