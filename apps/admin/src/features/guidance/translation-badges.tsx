import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TranslationStatus } from '../../gql/graphql';
import { languageName } from '../../lib/intl';

export const STATUS_COLOR: Record<TranslationStatus, string> = {
  MISSING: 'gray',
  DRAFT: 'yellow',
  CURRENT: 'green',
  OUTDATED: 'orange',
};

interface TranslationBadgesProps {
  sourceLanguage: string;
  translations: readonly { language: string; status: TranslationStatus; sourceRevision?: number | null }[];
}

/** One small badge per language: the source, then each translation with its status. */
export function TranslationBadges({ sourceLanguage, translations }: TranslationBadgesProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <Group gap={4} role="list" aria-label={t('guidance.translations.label')}>
      <Tooltip label={t('guidance.translations.source', { language: languageName(sourceLanguage, lng) })}>
        <Badge role="listitem" size="sm" variant="filled" color="blue">
          {sourceLanguage}
        </Badge>
      </Tooltip>
      {translations.map((entry) => {
        const label = t('guidance.translations.state', {
          language: languageName(entry.language, lng),
          status: t(`guidance.status.${entry.status}`),
        });
        return (
          <Tooltip key={entry.language} label={label}>
            <Badge
              role="listitem"
              size="sm"
              variant={entry.status === 'MISSING' ? 'outline' : 'light'}
              color={STATUS_COLOR[entry.status]}
              aria-label={label}
            >
              {entry.language}
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}
