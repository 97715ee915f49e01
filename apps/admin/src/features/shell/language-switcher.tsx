import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCALE_ENDONYMS, LOCALES, type Locale } from '@empact/domain';
import { currentLocale } from '../../i18n/i18n';

interface LanguageSwitcherProps {
  onChange: (locale: Locale) => void;
  compact?: boolean;
}

/** Every language by its own name, so that someone lost in a foreign interface still finds theirs. */
export function LanguageSwitcher({ onChange, compact = false }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation();
  const current = isCurrent(i18n.language) ? (i18n.language as Locale) : currentLocale();

  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={200}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          leftSection={<IconLanguage size={18} aria-hidden />}
          aria-label={t('language.switch', { language: LOCALE_ENDONYMS[current] })}
        >
          {compact ? current.toUpperCase() : LOCALE_ENDONYMS[current]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            onClick={() => onChange(locale)}
            rightSection={locale === current ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={locale === current ? 'true' : undefined}
          >
            {LOCALE_ENDONYMS[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function isCurrent(language: string): boolean {
  return (LOCALES as readonly string[]).includes(language);
}
