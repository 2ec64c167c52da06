import { z } from 'zod';
import { reportSchema } from './report.ts';

/** The report's JSON Schema, generated from the zod schema so the two never drift. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12' }),
    $id: 'https://detour.invalid/schemas/report.schema.json',
    title: 'Detour run report',
  };
}

export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
