// Open Jackson networks: a service process made of several staffed stations (reception →
// processing → check, with some customers sent back for rework). With Poisson external
// arrivals, exponential service and probabilistic routing, each station behaves in steady
// state as an independent M/M/c_i queue fed by its TOTAL arrival rate λ_i - external arrivals
// plus everything routed to it - which solves the traffic equations λ = λ₀ + Pᵀλ.
// Mean time through the whole process (Little's law on the network) = Σ L_i / Σ λ₀_i.
//
// Units: rates per time unit, times in the same unit.
// Source: Jackson (1957), "Networks of waiting lines", Operations Research 5(4):518–521;
// Jackson (1963), "Jobshop-like queueing systems", Management Science 10(1):131–142.

import { assertInteger, assertNonNegative, assertPositive } from './checks';
import { mmc, type MmcResult } from './erlang';
import { solveTraffic } from './traffic';

export interface JacksonStation {
	/** Number of servers (integer ≥ 1). */
	c: number;
	/** Service rate of one server, per time unit (> 0). */
	mu: number;
}

export interface JacksonParams {
	stations: readonly JacksonStation[];
	/** External (outside) arrival rate into each station, per time unit (≥ 0). */
	external: readonly number[];
	/**
	 * routing[i][j] = probability that a customer finishing at station i goes next to station j.
	 * Each row sums to at most 1; the remainder leaves the network.
	 */
	routing: readonly (readonly number[])[];
}

export interface JacksonStationResult extends MmcResult {
	/** Total arrival rate into this station λ_i (external + routed), per time unit. */
	lambda: number;
	/** Mean number of visits per customer entering the network, λ_i / Σλ₀. */
	visits: number;
}

export interface JacksonResult {
	/** Every station has ρ_i < 1. */
	stable: boolean;
	/** Per station, in the order given. Check each `stable` flag to find the bottleneck. */
	stations: JacksonStationResult[];
	/** Total external arrival rate Σλ₀ (= departure rate from the network). */
	throughput: number;
	/** Mean time in the network per customer = Σ L_i / Σ λ₀ (Infinity if any station is unstable). */
	sojourn: number;
	/** Mean number in the network Σ L_i. */
	l: number;
}

const ROW_TOL = 1e-9;

/** Total arrival rate per station: the solution of (I − Pᵀ)λ = λ₀ (./traffic.ts). */
export function jacksonTraffic(external: readonly number[], routing: readonly (readonly number[])[]): number[] {
	const n = external.length;
	if (routing.length !== n) throw new RangeError(`routing must be ${n}×${n}, has ${routing.length} rows`);
	external.forEach((x, i) => assertNonNegative(`external[${i}]`, x));
	routing.forEach((row, i) => {
		if (row.length !== n) throw new RangeError(`routing row ${i} must have ${n} entries, has ${row.length}`);
		let sum = 0;
		row.forEach((pij, j) => {
			assertNonNegative(`routing[${i}][${j}]`, pij);
			sum += pij;
		});
		if (sum > 1 + ROW_TOL) throw new RangeError(`routing row ${i} sums to ${sum} > 1`);
	});
	const flat = new Float64Array(n * n);
	routing.forEach((row, i) => row.forEach((pij, j) => (flat[i * n + j] = pij)));
	const solution = solveTraffic(external, flat);
	if (solution === null) {
		throw new RangeError('routing has a closed loop that customers never leave: traffic equations have no solution');
	}
	const lambda = Array.from(solution);
	lambda.forEach((l, i) => {
		if (!Number.isFinite(l) || l < -ROW_TOL) {
			throw new RangeError(`traffic equations give an invalid rate ${l} at station ${i}: check the routing`);
		}
	});
	return lambda.map((l) => Math.max(0, l));
}

/** Open Jackson network: each station as M/M/c_i at its total arrival rate. */
export function jackson(p: JacksonParams): JacksonResult {
	const { stations, external, routing } = p;
	if (stations.length === 0) throw new RangeError('a network needs at least one station');
	if (external.length !== stations.length) {
		throw new RangeError(`external must have ${stations.length} entries, has ${external.length}`);
	}
	stations.forEach((s, i) => {
		assertInteger(`stations[${i}].c`, s.c, 1);
		assertPositive(`stations[${i}].mu`, s.mu);
	});
	const lambda = jacksonTraffic(external, routing);
	const throughput = external.reduce((s, x) => s + x, 0);
	const results = stations.map((s, i) => ({
		...mmc({ lambda: lambda[i], mu: s.mu, c: s.c }),
		lambda: lambda[i],
		visits: throughput > 0 ? lambda[i] / throughput : 0
	}));
	const stable = results.every((r) => r.stable);
	const l = stable ? results.reduce((s, r) => s + r.l, 0) : Infinity;
	return { stable, stations: results, throughput, sojourn: stable ? (throughput > 0 ? l / throughput : 0) : Infinity, l };
}
