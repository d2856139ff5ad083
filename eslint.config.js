// ESLint (flat config): the recommended rules of ESLint, typescript-eslint and
// eslint-plugin-svelte, plus the project's import boundaries. Formatting is Prettier's
// (.prettierrc), not ESLint's. `npm run lint` runs this after the engine's purity check
// (scripts/lint-engine.mjs) and before `prettier --check .`.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The engine runs in workers, Node and the CLI: nothing from the UI stack. */
const ENGINE_BANNED = [
	{ group: ['svelte', 'svelte/*'], message: 'src/lib/sim is pure TypeScript: no Svelte.' },
	{ group: ['$lib', '$lib/*'], message: 'src/lib/sim is pure TypeScript: use a relative import inside the engine.' },
	{ group: ['$app', '$app/*'], message: 'src/lib/sim is pure TypeScript: no SvelteKit.' },
	{ group: ['comlink', 'comlink/*'], message: 'src/lib/sim is pure TypeScript: comlink belongs to src/lib/workers.' },
	{ group: ['d3', 'd3/*', 'd3-*'], message: 'src/lib/sim is pure TypeScript: d3 belongs to the components.' }
];

export default ts.config(
	{
		ignores: [
			'build/',
			'dist-cli/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'out/',
			'bench/scratch*',
			'tests/fixtures/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// `_name` marks a parameter or binding kept on purpose (a callback's position, a destructured rest).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// Parsed JSON (scenarios, results, fixtures) is `any` until validated; the validator's own walk needs it.
			'@typescript-eslint/no-explicit-any': 'off',
			// Non-null assertions are used after checks TypeScript cannot follow (typed arrays, maps filled just before).
			'@typescript-eslint/no-non-null-assertion': 'off',
			// Flags every Map/Set in a component or *.svelte.ts, including temporaries built and dropped inside
			// one function (all of the project's cases); reactive collections are chosen on purpose, not by lint.
			'svelte/prefer-svelte-reactivity': 'off',
			// Links and replaceState take hrefs built with resolve() where they are computed (props, share URLs),
			// which the rule cannot follow; goto and pushState stay checked.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreReplaceState: true }]
		}
	},
	{
		// Published coefficients (Acklam, Lanczos, Hill, …) are quoted with all their digits, as in the sources.
		files: ['src/lib/sim/random/**', 'src/lib/sim/stats/**'],
		rules: { 'no-loss-of-precision': 'off' }
	},
	{
		// Tests join checks with commas on one line: `expect(a)…, expect(b)…`.
		files: ['**/*.spec.ts', 'tests/**'],
		rules: { '@typescript-eslint/no-unused-expressions': 'off' }
	},
	{
		files: ['src/lib/sim/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: ENGINE_BANNED }] }
	},
	{
		// Dependencies point one way: routes → components → state → workers → sim.
		files: ['src/lib/state/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/components', '$lib/components/*', '**/components/*'],
							message: 'state may not import components (routes → components → state → workers → sim).'
						}
					]
				}
			]
		}
	}
);
