import { writeFileSync } from 'node:fs';
import { reportJsonSchemaText } from '../src-main/shared/report-json-schema.ts';

/** Regenerates schemas/report.schema.json; a unit test checks the committed copy is current. */
const path = new URL('../schemas/report.schema.json', import.meta.url);
writeFileSync(path, reportJsonSchemaText());
process.stdout.write(`wrote ${path.pathname}\n`);
