// The example scenarios live in the repository (static/examples/): the app serves them, the
// templates import the bank pair, and every test, the golden results and the benchmark read them
// there. They are copies of the design folder's examples (../shared/design/examples/, beside the
// repository in the project's workspace, not part of every checkout); when that folder is present
// this test checks the copies are byte for byte the same, and when it is absent it says so
// (a skipped test with that name) instead of failing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const IN_REPO = join(__dirname, '../static/examples');
const DESIGN = join(__dirname, '../../shared/design/examples');
const present = existsSync(DESIGN);
const jsonFiles = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort();

describe('example scenarios', () => {
	test('the repository holds the three examples', () => {
		expect(jsonFiles(IN_REPO)).toEqual(['bank-branch-baseline.json', 'bank-branch-kiosks.json', 'call-centre-steady.json']);
	});

	test.skipIf(!present)(
		present
			? 'static/examples/ equals ../shared/design/examples/, file for file and byte for byte'
			: 'static/examples/ equals ../shared/design/examples/ — not checked: ../shared/design/examples/ is absent in this checkout',
		() => {
			expect(jsonFiles(IN_REPO)).toEqual(jsonFiles(DESIGN));
			for (const f of jsonFiles(DESIGN)) {
				expect(readFileSync(join(IN_REPO, f), 'utf8'), `static/examples/${f} differs from the design copy`).toBe(
					readFileSync(join(DESIGN, f), 'utf8')
				);
			}
		}
	);
});
