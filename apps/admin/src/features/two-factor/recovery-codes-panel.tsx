import { useState } from 'react';
import { Alert, Button, Checkbox, CopyButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../lib/intl';

/** The text file a person keeps: the codes, for whom, when made. */
function recoveryCodesFile(heading: string, note: string, codes: string[]): string {
  return [heading, note, '', ...codes, ''].join('\n');
}

/**
 * Recovery codes, shown this once: to copy or download, and an acknowledgement before going on, since the server keeps
 * only their hashes and will never show them again.
 */
export function RecoveryCodesPanel({
  codes,
  email,
  onDone,
}: {
  codes: string[];
  email: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [stored, setStored] = useState(false);
  const [madeAt] = useState(() => new Date().toISOString());
  const text = recoveryCodesFile(
    t('twoFactor.recovery.fileHeading', { email }),
    t('twoFactor.recovery.fileNote', { date: formatInstant(madeAt, i18n.language) }),
    codes,
  );
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;

  return (
    <Stack gap="md">
      <Title order={3} size="h4" id="recovery-codes-title">
        {t('twoFactor.recovery.title')}
      </Title>
      <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />}>
        {t('twoFactor.recovery.intro')}
      </Alert>
      <List
        aria-labelledby="recovery-codes-title"
        listStyleType="none"
        ff="monospace"
        fz="lg"
        styles={{ root: { columns: 2, columnGap: 'var(--mantine-spacing-xl)' } }}
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group gap="sm">
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'filled' : 'default'}
              color={copied ? 'green' : undefined}
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              onClick={copy}
            >
              {copied ? t('twoFactor.copied') : t('twoFactor.recovery.copy')}
            </Button>
          )}
        </CopyButton>
        <Button
          component="a"
          variant="default"
          href={href}
          download="empact-recovery-codes.txt"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t('twoFactor.recovery.download')}
        </Button>
      </Group>
      <Checkbox
        label={t('twoFactor.recovery.stored')}
        checked={stored}
        onChange={(event) => setStored(event.currentTarget.checked)}
      />
      <Group justify="flex-end">
        <Button disabled={!stored} onClick={onDone}>
          {t('twoFactor.recovery.continue')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('twoFactor.recovery.onlyNow')}
      </Text>
    </Stack>
  );
}
