import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';

/** The file where the demo seed keeps its accounts' authenticator secrets (apps/api/src/demo/demo-two-factor.ts). */
const DEMO_FILE = 'demo-two-factor.json';
const PERIOD_MS = 30_000;

/** What a sign-in sends as its second factor: a code of the authenticator app, or a recovery code. */
export type SecondFactorProof = { code: string } | { recoveryCode: string };

/** The code an authenticator app holding `secret` shows at `at`, computed with the library the API uses. */
export function totpCode(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: at,
  });
}

/** E-mail → the demo account's authenticator secret and recovery codes, as the demo seed wrote them. */
export function demoSecrets(
  dataDir: string | undefined,
): Record<string, { secret: string; recoveryCodes: string[] }> {
  if (!dataDir) return {};
  try {
    return JSON.parse(readFileSync(join(dataDir, DEMO_FILE), 'utf8')) as Record<
      string,
      { secret: string; recoveryCodes: string[] }
    >;
  } catch {
    return {};
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The authenticator apps of a test: the demo accounts' secrets (from DATA_DIR) and those the test enrolled itself.
 * The API takes each time step's code once per account, and a code of the step after the current one as well; so a
 * test that signs one account in many times a minute gets the next unused step's code while the window allows it,
 * then one of the account's recovery codes, and else waits for the next step (never a code that was used).
 */
export class SecondFactors {
  private readonly secrets = new Map<string, string>();
  private readonly lastStep = new Map<string, number>();
  private readonly recoveryCodes = new Map<string, string[]>();
  /** One proof at a time per account, so that two sign-ins in parallel never pick the same step. */
  private readonly queue = new Map<string, Promise<unknown>>();

  /**
   * `stateFile`: where the steps and recovery codes used are kept for other processes and test files against the same
   * API (the browser journeys run one file after another on one server).
   */
  constructor(
    private readonly dataDir?: string,
    private readonly stateFile?: string,
  ) {}

  private load(): void {
    if (!this.stateFile) return;
    let state: { lastStep: Record<string, number>; usedRecoveryCodes: Record<string, string[]> };
    try {
      state = JSON.parse(readFileSync(this.stateFile, 'utf8'));
    } catch {
      return;
    }
    for (const [email, step] of Object.entries(state.lastStep)) {
      this.lastStep.set(email, Math.max(step, this.lastStep.get(email) ?? -Infinity));
    }
    for (const [email, used] of Object.entries(state.usedRecoveryCodes)) {
      this.usedRecoveryCodes.set(email, used);
      const left = this.recoveryCodes.get(email);
      if (left)
        this.recoveryCodes.set(
          email,
          left.filter((code) => !used.includes(code)),
        );
    }
  }

  private save(): void {
    if (!this.stateFile) return;
    writeFileSync(
      this.stateFile,
      JSON.stringify({
        lastStep: Object.fromEntries(this.lastStep),
        usedRecoveryCodes: Object.fromEntries(this.usedRecoveryCodes),
      }),
    );
  }

  private readonly usedRecoveryCodes = new Map<string, string[]>();

  secretOf(email: string): string | undefined {
    if (!this.secrets.has(email)) {
      const demo = demoSecrets(this.dataDir)[email];
      // The demo's: the steps and recovery codes already used (see `load`) still count.
      if (demo) {
        const used = this.usedRecoveryCodes.get(email) ?? [];
        this.secrets.set(email, demo.secret);
        this.recoveryCodes.set(
          email,
          demo.recoveryCodes.filter((code) => !used.includes(code)),
        );
      }
    }
    return this.secrets.get(email);
  }

  has(email: string): boolean {
    return this.secretOf(email) !== undefined;
  }

  /** An authenticator the test set up itself (or moved to a new secret): earlier steps of another secret do not count. */
  remember(email: string, secret: string, recoveryCodes: string[] = [], usedStep?: number): void {
    this.secrets.set(email, secret);
    this.recoveryCodes.set(email, [...recoveryCodes]);
    if (usedStep !== undefined) this.lastStep.set(email, usedStep);
    else this.lastStep.delete(email);
  }

  setRecoveryCodes(email: string, codes: string[]): void {
    this.recoveryCodes.set(email, [...codes]);
  }

  /** The step an enrolment's confirming code used, for `remember`. */
  static stepAt(at = Date.now()): number {
    return Math.floor(at / PERIOD_MS);
  }

  /** A proof no earlier request of this test used: a code while the window allows one, else a recovery code, else a wait. */
  proof(email: string, { recovery = true }: { recovery?: boolean } = {}): Promise<SecondFactorProof> {
    const previous = this.queue.get(email) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.nextProof(email, recovery));
    this.queue.set(email, next);
    return next;
  }

  /** A fresh code of the authenticator app (for operations that take no recovery code in the test). */
  async code(email: string): Promise<string> {
    return ((await this.proof(email, { recovery: false })) as { code: string }).code;
  }

  private async nextProof(email: string, recovery: boolean): Promise<SecondFactorProof> {
    const secret = this.secretOf(email);
    if (!secret) throw new Error(`no authenticator for ${email}`);
    this.load();
    for (;;) {
      const now = Date.now();
      const current = Math.floor(now / PERIOD_MS);
      const step = Math.max(current, (this.lastStep.get(email) ?? -Infinity) + 1);
      if (step <= current + 1) {
        this.lastStep.set(email, step);
        this.save();
        return { code: totpCode(secret, step * PERIOD_MS) };
      }
      const spare = recovery ? this.recoveryCodes.get(email)?.shift() : undefined;
      if (spare) {
        this.usedRecoveryCodes.set(email, [...(this.usedRecoveryCodes.get(email) ?? []), spare]);
        this.save();
        return { recoveryCode: spare };
      }
      await sleep((current + 1) * PERIOD_MS - now + 50);
    }
  }
}
