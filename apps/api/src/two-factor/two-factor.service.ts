import {
  can,
  formatRecoveryCode,
  normalizeRecoveryCode,
  normalizeTotpCode,
  secondFactorRequired,
} from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { toString as qrSvg } from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { requestStore } from '../common/request-context';
import {
  TwoFactorEnrolmentObject,
  TwoFactorRecoveryCodesObject,
  TwoFactorStatusObject,
} from './dto/two-factor.objects';
import { TwoFactorKeys } from './two-factor-keys';
import { TwoFactorRepository, TwoFactorRow } from './two-factor.repository';
import { matchTotp, newRecoveryCodes, newTotpSecret, totpUri } from './totp';

/** A code from the authenticator app or a recovery code, as sent. */
export interface SecondFactorProof {
  code?: string | null;
  recoveryCode?: string | null;
}

/** How a sign-in proved its second factor: not at all (the account has none), or with which kind of code. */
export type SecondFactorUsed = 'NONE' | 'TOTP' | 'RECOVERY_CODE';

/** A new secret must be confirmed within this time, or enrolment starts again. */
export const PENDING_ENROLMENT_MINUTES = 15;

const invalid = (messageKey: string) => new DomainException('TWO_FACTOR_CODE_INVALID', messageKey);

/**
 * Two-factor sign-in with TOTP (RFC 6238): enrolment with a QR code, the check at sign-in, single-use recovery codes.
 * A secret leaves the API once, in the answer that begins its enrolment; recovery codes once, when they are made. Each
 * authenticator code is accepted once (the time step of the last one used is kept), and every code checked while
 * signed in counts as a sign-in attempt for throttling, as a wrong code at sign-in does.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TwoFactorRepository,
    private readonly keys: TwoFactorKeys,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async status(actor: AuthenticatedActor): Promise<TwoFactorStatusObject> {
    return this.statusOf(actor, await this.repository.find(actor.id));
  }

  /**
   * Checks the second factor of a sign-in whose password was right. An account without one passes ('NONE'); one with
   * it is refused with TWO_FACTOR_REQUIRED when no code came, TWO_FACTOR_CODE_INVALID when the code is wrong or used.
   */
  async verifyAtSignIn(accountId: string, proof: SecondFactorProof): Promise<SecondFactorUsed> {
    const row = await this.repository.find(accountId);
    if (!row?.secret) return 'NONE';
    if (!proof.code && !proof.recoveryCode) throw new DomainException('TWO_FACTOR_REQUIRED');
    return this.check(accountId, row, proof);
  }

  /** A new secret for the authenticator app. Replacing one that is set up needs a code of the current one. */
  async beginEnrolment(
    actor: AuthenticatedActor,
    proof: SecondFactorProof,
  ): Promise<TwoFactorEnrolmentObject> {
    const row = await this.repository.find(actor.id);
    if (row?.secret) await this.checkSignedIn(actor, row, proof);
    const secret = newTotpSecret();
    await this.repository.savePending(actor.id, this.keys.seal(actor.id, secret));
    const otpauthUri = totpUri(secret, actor.email);
    const svg = await qrSvg(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, otpauthUri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  /**
   * A code of the new secret confirms it: it becomes the account's second factor, with new recovery codes (returned
   * this once), and every other sign-in of the account ends.
   */
  async confirmEnrolment(actor: AuthenticatedActor, code: string): Promise<TwoFactorRecoveryCodesObject> {
    const row = await this.repository.find(actor.id);
    const pending = row?.pendingSecret;
    // No secret waits for this code: whatever was typed cannot confirm anything.
    if (
      !row ||
      !pending ||
      !row.pendingSince ||
      row.pendingSince.getTime() < Date.now() - PENDING_ENROLMENT_MINUTES * 60_000
    ) {
      throw invalid('twoFactor.enrolmentNotStarted');
    }
    const step = await this.throttled(actor, () => {
      const digits = normalizeTotpCode(code);
      const matched = digits === null ? null : matchTotp(this.keys.open(actor.id, pending), digits);
      if (matched === null) throw invalid('twoFactor.codeInvalid');
      return Promise.resolve(matched);
    });
    const codes = newRecoveryCodes();
    const replaced = !!row.secret;
    await this.dataSource.transaction(async (em) => {
      if (!(await this.repository.confirm(em, actor.id, pending, step)))
        throw invalid('twoFactor.enrolmentNotStarted');
      await this.repository.replaceRecoveryCodes(
        em,
        actor.id,
        codes.map((c) => this.keys.hashRecoveryCode(actor.id, c)),
      );
      await this.repository.endOtherSignIns(em, actor.id, actor.sessionId);
      await this.audit.record(em, {
        action: 'confirmTwoFactorEnrolment',
        targetType: 'Account',
        targetId: actor.id,
        details: { replaced, recoveryCodes: codes.length },
      });
    });
    return { codes: codes.map(formatRecoveryCode), status: await this.status(actor) };
  }

  /** New recovery codes in place of all earlier ones, with a code of the authenticator app (or a recovery code). */
  async regenerateRecoveryCodes(
    actor: AuthenticatedActor,
    proof: SecondFactorProof,
  ): Promise<TwoFactorRecoveryCodesObject> {
    const row = await this.repository.find(actor.id);
    if (!row?.secret) throw new DomainException('CONFLICT', 'twoFactor.notEnabled');
    await this.checkSignedIn(actor, row, proof);
    const codes = newRecoveryCodes();
    await this.dataSource.transaction(async (em) => {
      await this.repository.replaceRecoveryCodes(
        em,
        actor.id,
        codes.map((c) => this.keys.hashRecoveryCode(actor.id, c)),
      );
      await this.audit.record(em, {
        action: 'regenerateTwoFactorRecoveryCodes',
        targetType: 'Account',
        targetId: actor.id,
        details: { recoveryCodes: codes.length },
      });
    });
    return { codes: codes.map(formatRecoveryCode), status: await this.status(actor) };
  }

  /** Turns two-factor sign-in off, with a current code; refused to roles that need it. */
  async disable(actor: AuthenticatedActor, proof: SecondFactorProof): Promise<TwoFactorStatusObject> {
    if (secondFactorRequired(actor.roles, actor.twoFactorRequiredByWeek))
      throw new DomainException('FORBIDDEN', 'twoFactor.requiredForRole');
    const row = await this.repository.find(actor.id);
    if (!row?.secret) throw new DomainException('CONFLICT', 'twoFactor.notEnabled');
    await this.checkSignedIn(actor, row, proof);
    await this.dataSource.transaction(async (em) => {
      await this.repository.remove(em, actor.id);
      await this.audit.record(em, { action: 'disableTwoFactor', targetType: 'Account', targetId: actor.id });
    });
    return this.status(actor);
  }

  /**
   * An administrator removes another account's second factor (a lost phone and lost recovery codes): its sign-ins
   * end, and it sets up a new one at its next sign-in when its role needs one.
   */
  async reset(actor: AuthenticatedActor, accountId: string): Promise<boolean> {
    if (!can(actor, 'account.manage')) throw forbidden();
    if (accountId === actor.id) throw new DomainException('CONFLICT', 'twoFactor.resetOwn');
    return this.dataSource.transaction(async (em) => {
      if (!(await this.repository.accountExists(em, accountId))) throw notFound('account.notFound');
      await this.repository.remove(em, accountId);
      await this.repository.endOtherSignIns(em, accountId, null);
      await this.audit.record(em, { action: 'resetTwoFactor', targetType: 'Account', targetId: accountId });
      return true;
    });
  }

  /** Enrols an account with a known secret and recovery codes (the demo seed). */
  async enrolWithSecret(
    em: EntityManager,
    accountId: string,
    secret: string,
    recoveryCodes: string[],
  ): Promise<void> {
    await this.repository.enrol(em, accountId, this.keys.seal(accountId, secret));
    await this.repository.replaceRecoveryCodes(
      em,
      accountId,
      recoveryCodes.map((c) => this.keys.hashRecoveryCode(accountId, c)),
    );
  }

  private statusOf(actor: AuthenticatedActor, row: TwoFactorRow | null): TwoFactorStatusObject {
    return {
      enabled: !!row?.secret,
      required: secondFactorRequired(actor.roles, actor.twoFactorRequiredByWeek),
      enabledAt: row?.confirmedAt ?? null,
      recoveryCodesLeft: row?.secret ? row.recoveryCodesLeft : 0,
    };
  }

  /** A code checked while signed in: refused like a sign-in when too many were wrong, and counted as one. */
  private async checkSignedIn(
    actor: AuthenticatedActor,
    row: TwoFactorRow,
    proof: SecondFactorProof,
  ): Promise<void> {
    if (!proof.code && !proof.recoveryCode) throw new DomainException('TWO_FACTOR_REQUIRED');
    await this.throttled(actor, () => this.check(actor.id, row, proof));
  }

  private async throttled<T>(actor: AuthenticatedActor, check: () => Promise<T>): Promise<T> {
    const attempt = await this.throttle.admit(actor.email, requestStore()?.ip ?? 'unknown');
    const result = await check();
    await this.throttle.succeeded(attempt);
    return result;
  }

  /** The code is one of the account's and unused (and is now used), or TWO_FACTOR_CODE_INVALID. */
  private async check(
    accountId: string,
    row: TwoFactorRow,
    proof: SecondFactorProof,
  ): Promise<SecondFactorUsed> {
    if (!row.secret) throw invalid('twoFactor.codeInvalid');
    if (proof.code) {
      const digits = normalizeTotpCode(proof.code);
      const step = digits === null ? null : matchTotp(this.keys.open(accountId, row.secret), digits);
      if (step === null) throw invalid('twoFactor.codeInvalid');
      if (!(await this.repository.consumeStep(accountId, step))) throw invalid('twoFactor.codeUsed');
      return 'TOTP';
    }
    const code = normalizeRecoveryCode(proof.recoveryCode ?? '');
    if (code === null) throw invalid('twoFactor.recoveryCodeInvalid');
    const { used, left } = await this.repository.consumeRecoveryCode(
      accountId,
      this.keys.hashRecoveryCode(accountId, code),
    );
    if (!used) throw invalid('twoFactor.recoveryCodeInvalid');
    await this.audit.recordNow({
      actorId: accountId,
      action: 'useRecoveryCode',
      targetType: 'Account',
      targetId: accountId,
      details: { recoveryCodesLeft: left },
    });
    return 'RECOVERY_CODE';
  }
}
