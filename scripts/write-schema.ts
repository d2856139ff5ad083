// Writes the scenario JSON Schema (docs/scenario.schema.json) and the generated field reference
// inside docs/scenario-format.md, both from the validator's field descriptions. Run with
// `npm run schema` after changing the format; a unit test fails while they are out of date.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { insertReference, scenarioSchemaText } from '../src/lib/sim/model/schema';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const schemaFile = `${docs}scenario.schema.json`;
const formatFile = `${docs}scenario-format.md`;

writeFileSync(schemaFile, scenarioSchemaText());
writeFileSync(formatFile, insertReference(readFileSync(formatFile, 'utf8')));
console.log(`wrote ${schemaFile}\nupdated the field reference in ${formatFile}`);
