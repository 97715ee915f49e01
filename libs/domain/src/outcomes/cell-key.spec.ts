import {
  addKeys,
  CELL_KEY_MODULUS,
  MAX_PERTURBATION,
  perturbation,
  releaseCount,
  TYPICAL_PERTURBATION,
} from './cell-key';

/** Deterministic pseudo-random 32-bit keys (a linear congruential generator), so the figures below do not flake. */
function keys(count: number, seed = 12345): number[] {
  const out: number[] = [];
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out.push(state);
  }
  return out;
}

describe(perturbation.name, () => {
  const sample = keys(200_000).map((key) => perturbation(key, 'interactions'));

  it('leaves about half the cells as they are and moves 95 % by at most the typical perturbation', () => {
    const share = (test: (e: number) => boolean) => sample.filter(test).length / sample.length;
    expect(share((e) => e === 0)).toBeCloseTo(0.65 / 1.35, 2);
    expect(share((e) => Math.abs(e) <= TYPICAL_PERTURBATION)).toBeGreaterThanOrEqual(0.95);
    expect(TYPICAL_PERTURBATION).toBe(3);
  });

  it('is symmetric around zero, with a mean absolute change below one', () => {
    const mean = sample.reduce((a, b) => a + b, 0) / sample.length;
    const meanAbsolute = sample.reduce((a, b) => a + Math.abs(b), 0) / sample.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(meanAbsolute).toBeGreaterThan(0.7);
    expect(meanAbsolute).toBeLessThan(0.9);
  });

  it('never goes beyond the published maximum, even at the extreme keys', () => {
    const extremes = [0, 1, 2, CELL_KEY_MODULUS - 1, CELL_KEY_MODULUS - 2].flatMap((key) =>
      (['interactions', 'youngPeople', 'referrals'] as const).map((measure) => perturbation(key, measure)),
    );
    const largest = [...sample, ...extremes].reduce((max, e) => Math.max(max, Math.abs(e)), 0);
    expect(largest).toBeLessThanOrEqual(MAX_PERTURBATION);
    expect(largest).toBeGreaterThanOrEqual(5);
    expect(MAX_PERTURBATION).toBeGreaterThanOrEqual(15);
  });

  it('perturbs the measures of the same records apart', () => {
    const pairs = keys(20_000, 99).map((key) => [
      perturbation(key, 'interactions'),
      perturbation(key, 'youngPeople'),
    ]);
    const same = pairs.filter(([a, b]) => a === b).length / pairs.length;
    // Independent draws agree about as often as the sum of the squared probabilities (~0.33), not always.
    expect(same).toBeLessThan(0.4);
  });
});

describe(releaseCount.name, () => {
  it('shows zero as zero and never a count from 1 to k−1, whatever the key', () => {
    for (const key of keys(5_000, 7)) {
      expect(releaseCount(0, key, 'interactions')).toEqual({ value: 0, suppressed: false, pending: false });
      for (let value = 1; value < 5; value++)
        expect(releaseCount(value, key, 'interactions').suppressed).toBe(true);
      for (const value of [5, 6, 7, 12, 40]) {
        const released = releaseCount(value, key, 'youngPeople');
        if (!released.suppressed) expect(released.value).toBeGreaterThanOrEqual(5);
        if (!released.suppressed)
          expect(Math.abs(released.value! - value)).toBeLessThanOrEqual(MAX_PERTURBATION);
      }
    }
  });

  it('honours the week’s own k', () => {
    const key = keys(1)[0];
    expect(releaseCount(9, key, 'interactions', 10).suppressed).toBe(true);
    const released = releaseCount(9, key, 'interactions', 3);
    expect(released.value === null || released.value >= 3).toBe(true);
  });

  it('gives the same records the same figure every time, and one record more an unrelated one', () => {
    const [a, b, c] = keys(3, 4242);
    const key = addKeys(a, b);
    expect(releaseCount(17, key, 'interactions')).toEqual(releaseCount(17, addKeys(b, a), 'interactions'));
    // Over many records added one at a time the released changes are not the true changes (+1 each time).
    const differences = new Set<number>();
    let running = key;
    let previous = releaseCount(17, running, 'interactions').value!;
    keys(50, c).forEach((next, i) => {
      running = addKeys(running, next);
      const value = releaseCount(18 + i, running, 'interactions').value!;
      differences.add(value - previous);
      previous = value;
    });
    expect(differences.size).toBeGreaterThan(2);
  });
});
