import { useEffect, useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readClockTime } from './clock-input';

interface TimeFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  /** "HH:MM" on the 24-hour clock, or what was typed while it is not a time yet. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A time of day on the 24-hour clock in every language and browser. A native time input follows the operating
 * system's locale (and shows "09:00 AM" in a Norwegian interface on an American system); this one reads what is
 * typed ("9", "930", "9.30", "09:30") and writes it back as "09:30" when the field is left.
 */
export function TimeField({ value, onChange, onBlur, error, ...props }: TimeFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [left, setLeft] = useState(false);

  // A value set from outside (a form reset, another session opened) replaces what was typed.
  useEffect(() => {
    setDraft((current) => (readClockTime(current) === value ? current : value));
  }, [value]);

  const invalid = left && draft.trim() !== '' && readClockTime(draft) === null;

  return (
    <TextInput
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="--:--"
      maxLength={5}
      value={draft}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setDraft(typed);
        setLeft(false);
        onChange(readClockTime(typed) ?? typed);
      }}
      onBlur={(event) => {
        const time = readClockTime(draft);
        if (time) {
          setDraft(time);
          onChange(time);
        }
        setLeft(true);
        onBlur?.(event);
      }}
      error={invalid ? t('timeField.invalid') : error}
    />
  );
}
