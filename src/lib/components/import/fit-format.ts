// Words for a distribution's parameters in the fits table.
import type { Distribution } from '$lib/sim';

export function paramText(
	d: Distribution,
	t: (k: string, p?: Record<string, string | number>) => string,
	fmt: (n: number, digits?: number) => string
): string {
	switch (d.dist) {
		case 'exponential':
			return t('import.param.mean', { value: fmt(d.mean, 2) });
		case 'erlang':
			return `${t('import.param.mean', { value: fmt(d.mean, 2) })}, ${t('import.param.k', { value: d.k })}`;
		case 'gamma':
		case 'lognormal':
		case 'weibull':
			return `${t('import.param.mean', { value: fmt(d.mean, 2) })}, ${t('import.param.cv', { value: fmt(d.cv, 3) })}`;
		case 'uniform':
			return t('import.param.range', { min: fmt(d.min, 2), max: fmt(d.max, 2) });
		case 'triangular':
			return t('import.param.triangular', { min: fmt(d.min, 2), mode: fmt(d.mode, 2), max: fmt(d.max, 2) });
		case 'empirical':
			return t('import.param.values', { count: d.values.length });
		default:
			return '';
	}
}
