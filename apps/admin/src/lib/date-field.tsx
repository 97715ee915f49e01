import { useEffect, useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDayInput, readDay } from './day-input';

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  /** A calendar day ("2026-12-07"), or what was typed while it is not a day yet. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A calendar day written the reader's way in every browser. A native date input follows the operating system's
 * locale (month first on an American system under a Norwegian interface); this one reads the reader's order
 * ("7.12.2026" in Norwegian, "7/12/2026" in English) or an ISO date, and writes the day back their way when the
 * field is left. The value handed on is always ISO ("2026-12-07").
 */
export function DateField({ value, onChange, onBlur, error, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [draft, setDraft] = useState(() => formatDayInput(value, locale));
  const [left, setLeft] = useState(false);

  // A value set from outside (a form reset, another week opened, another language) replaces what was typed.
  useEffect(() => {
    setDraft((current) => (readDay(current, locale) === value ? current : formatDayInput(value, locale)));
  }, [value, locale]);

  const invalid = left && draft.trim() !== '' && readDay(draft, locale) === null;

  return (
    <TextInput
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      value={draft}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setDraft(typed);
        setLeft(false);
        onChange(readDay(typed, locale) ?? typed);
      }}
      onBlur={(event) => {
        const day = readDay(draft, locale);
        if (day) {
          setDraft(formatDayInput(day, locale));
          onChange(day);
        }
        setLeft(true);
        onBlur?.(event);
      }}
      error={invalid ? t('dateField.invalid', { example: formatDayInput('2026-12-31', locale) }) : error}
    />
  );
}
