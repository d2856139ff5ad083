import { describe, expect, it } from 'vitest';
import { blankScenario, TEMPLATES } from '$lib/templates';
import { expectedArrivals, templateFacts } from './template-facts';

describe('template facts', () => {
	it('adds up the hourly demand over the open hours', () => {
		// bank: 30+40+50+60+55+40+35+30 = 340 customers in eight hours
		expect(expectedArrivals(TEMPLATES[0].baseline)).toBe(340);
		expect(templateFacts(TEMPLATES[0].baseline)).toEqual({ hours: 8, open: '09:00', customers: 340, steps: 2 });
	});

	it('holds a constant rate over the day', () => {
		expect(expectedArrivals(blankScenario('x'))).toBe(160);
	});
});
