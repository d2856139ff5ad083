// Writes src/lib/i18n/keys.generated.ts: the type of every message key in the catalogue
// (src/lib/i18n/messages/*.ts), so that t('home.tittle') is a type error. Run with
// `npm run i18n:keys` after adding or removing messages; a unit test fails while it is out of date.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { messageKeysSource } from '../src/lib/i18n/keys-source';

const file = fileURLToPath(new URL('../src/lib/i18n/keys.generated.ts', import.meta.url));
writeFileSync(file, await messageKeysSource());
console.log(`wrote ${file}`);
