import { Anchor, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a person proves the second factor with: a code of the authenticator app, or a recovery code. */
export interface SecondFactorValue {
  kind: 'code' | 'recoveryCode';
  value: string;
}

/** Codes in a monospace font, so that 0/O and 1/l read apart; the label stays in the page's font. */
const MONOSPACE_INPUT = {
  input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.1em' },
};

export const EMPTY_SECOND_FACTOR: SecondFactorValue = { kind: 'code', value: '' };

/** The variables of a mutation that takes `code` or `recoveryCode`. */
export function secondFactorVariables(proof: SecondFactorValue): { code?: string; recoveryCode?: string } {
  return proof.kind === 'code' ? { code: proof.value.trim() } : { recoveryCode: proof.value.trim() };
}

/**
 * One field for the second factor: the six digits of the authenticator app (numeric keyboard, filled in by the
 * phone's one-time-code suggestion), or, behind a link, one of the recovery codes.
 */
export function SecondFactorField({
  value,
  onChange,
  error,
  allowRecovery = true,
  autoFocus = false,
}: {
  value: SecondFactorValue;
  onChange: (value: SecondFactorValue) => void;
  error?: string;
  allowRecovery?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const recovery = value.kind === 'recoveryCode';
  return (
    <Stack gap={6}>
      {recovery ? (
        <TextInput
          key="recovery"
          label={t('twoFactor.recoveryLabel')}
          description={t('twoFactor.recoveryHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          autoFocus={autoFocus}
          styles={MONOSPACE_INPUT}
          value={value.value}
          onChange={(event) => onChange({ kind: 'recoveryCode', value: event.currentTarget.value })}
          error={error}
        />
      ) : (
        <TextInput
          key="code"
          label={t('twoFactor.codeLabel')}
          description={t('twoFactor.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          autoFocus={autoFocus}
          styles={MONOSPACE_INPUT}
          value={value.value}
          onChange={(event) => onChange({ kind: 'code', value: event.currentTarget.value })}
          error={error}
        />
      )}
      {allowRecovery && (
        <Text size="sm">
          <Anchor
            component="button"
            type="button"
            onClick={() => onChange({ kind: recovery ? 'code' : 'recoveryCode', value: '' })}
          >
            {recovery ? t('twoFactor.useApp') : t('twoFactor.useRecovery')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
