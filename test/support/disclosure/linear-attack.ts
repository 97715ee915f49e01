import highsLoader, { ObjectiveSense } from 'highs';

/** A sum of unknowns: the indices of the true counts it adds up. */
export type Expression = readonly number[];

/** What a released figure tells a reader who knows the method: the true value of its expression lies within [lower, upper]. */
export interface Bound {
  expression: Expression;
  /** One coefficient per unknown of `expression` (distinct unknowns then); 1 each when left out: a plain sum. */
  coefficients?: readonly number[];
  lower: number;
  upper: number;
}

export interface Range {
  min: number;
  max: number;
}

/**
 * The linear-algebra reader of the threat model: every released figure, every export and every structural fact
 * (a total is the sum of its parts, a count is never negative) as constraints on the unknown true counts, and for
 * any sum of them the least and the greatest value those constraints allow. Solved with HiGHS (the `highs`
 * package), one persistent model warm-started from one question to the next.
 */
export class LinearAttack {
  private constructor(
    private readonly highs: Awaited<ReturnType<typeof highsLoader>>,
    private readonly model: ReturnType<Awaited<ReturnType<typeof highsLoader>>['createModel']>,
    readonly unknowns: number,
    /** How many distinct constraints the figures came to. */
    readonly constraints: number,
  ) {}

  static async of(unknowns: number, bounds: readonly Bound[]): Promise<LinearAttack> {
    const highs = await highsLoader();
    const model = highs.createModel();
    // Primal simplex from the last basis: each question changes only the objective, so the last optimum stays
    // feasible and a few pivots answer it (the default dual simplex starts over and is 50 times slower here).
    model.options.set({ output_flag: false, presolve: 'off', simplex_strategy: 4 });
    model.addVars(new Float64Array(unknowns), new Float64Array(unknowns).fill(highs.infinity));
    // The same sum asked many times (every answer repeats most figures) is one row with the tightest bounds.
    const rows = new Map<string, { indices: number[]; values: number[]; lower: number; upper: number }>();
    for (const { expression, coefficients, lower, upper } of bounds) {
      const terms = coefficients
        ? expression.map((index, i) => [index, coefficients[i]] as const).sort((a, b) => a[0] - b[0])
        : [...new Set(expression)].sort((a, b) => a - b).map((index) => [index, 1] as const);
      if (terms.length === 0) continue;
      const key = terms.map(([index, value]) => `${index}:${value}`).join(',');
      const row = rows.get(key);
      const clamp = (value: number) => Math.max(-highs.infinity, Math.min(highs.infinity, value));
      if (row) {
        row.lower = Math.max(row.lower, clamp(lower));
        row.upper = Math.min(row.upper, clamp(upper));
      } else {
        rows.set(key, {
          indices: terms.map(([index]) => index),
          values: terms.map(([, value]) => value),
          lower: clamp(lower),
          upper: clamp(upper),
        });
      }
    }
    for (const { indices, values, lower, upper } of rows.values()) {
      if (lower > upper)
        throw new Error(`contradictory figures for the unknowns ${indices.join(', ')}: ${lower} > ${upper}`);
      model.addRow(lower, upper, { indices, values });
    }
    // A first feasible basis by the interior-point method and crossover: seconds, where simplex needs a minute.
    model.options.set({ solver: 'ipm', run_crossover: 'on' });
    model.run();
    if (model.getModelStatus() !== highs.constants.modelStatus.optimal)
      throw new Error('the figures contradict each other: no true counts fit them all');
    model.options.set({ solver: 'simplex' });
    return new LinearAttack(highs, model, unknowns, rows.size);
  }

  /**
   * The targets that are certainly not pinned down, found a batch at a time: a solution that satisfies every
   * constraint and puts a target a whole unit or more away from its true value shows two integers fit. Each round
   * pushes the targets still open up (then down, then either way at random) and keeps those that moved; what
   * stays open needs `pinnedAt` one by one. Sound because the true counts satisfy every constraint too.
   */
  screen(targets: readonly { expression: Expression; truth: number }[], rounds = 12): Set<number> {
    const moved = new Set<number>();
    const { objectiveSense, modelStatus } = this.highs.constants;
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < rounds && moved.size < targets.length; round++) {
      const costs = new Float64Array(this.unknowns);
      targets.forEach(({ expression }, t) => {
        if (moved.has(t)) return;
        const sign = round < 2 || random() < 0.5 ? 1 : -1;
        for (const index of new Set(expression)) costs[index] += sign;
      });
      this.model.changeColsCost({ kind: 'range' as const, from: 0, to: this.unknowns - 1 }, costs);
      this.model.changeObjectiveSense(round === 1 ? objectiveSense.minimize : objectiveSense.maximize);
      this.model.run();
      if (this.model.getModelStatus() !== modelStatus.optimal) continue;
      const { colValue } = this.model.getSolution();
      const before = moved.size;
      targets.forEach(({ expression, truth }, t) => {
        if (moved.has(t)) return;
        const value = [...new Set(expression)].reduce((sum, index) => sum + colValue[index], 0);
        if (Math.abs(value - truth) >= 1 - 1e-6) moved.add(t);
      });
      if (round >= 2 && moved.size - before < targets.length / 100) break;
    }
    this.model.changeColsCost(
      { kind: 'range' as const, from: 0, to: this.unknowns - 1 },
      new Float64Array(this.unknowns),
    );
    return moved;
  }

  /**
   * Whether the constraints leave one whole number for a sum whose true value is `truth`: the greatest value
   * first, and the least only when the greatest does not already let truth + 1 fit.
   */
  pinnedAt(expression: Expression, truth: number): Range | undefined {
    const indices = [...new Set(expression)].sort((a, b) => a - b);
    const selection = { kind: 'set' as const, indices };
    const { objectiveSense } = this.highs.constants;
    this.model.changeColsCost(selection, new Float64Array(indices.length).fill(1));
    try {
      const max = this.solve(objectiveSense.maximize);
      if (max >= truth + 1 - 1e-6) return undefined;
      const range = { min: this.solve(objectiveSense.minimize), max };
      return LinearAttack.pinned(range) ? range : undefined;
    } finally {
      this.model.changeColsCost(selection, new Float64Array(indices.length));
    }
  }

  private solve(sense: ObjectiveSense): number {
    this.model.changeObjectiveSense(sense);
    this.model.run();
    const status = this.model.getModelStatus();
    if (status !== this.highs.constants.modelStatus.optimal)
      throw new Error(`the constraints give no optimum (HiGHS model status ${status})`);
    return this.model.getObjectiveValue();
  }

  /** Whether a reader who knows counts are whole numbers learns the exact value: no two integers fit the range. */
  private static pinned({ min, max }: Range): boolean {
    return Math.floor(max + 1e-6) === Math.ceil(min - 1e-6);
  }

  dispose(): void {
    this.model.dispose();
  }
}
