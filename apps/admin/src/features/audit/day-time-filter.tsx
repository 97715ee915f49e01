import { Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { DateField } from '../../lib/date-field';
import { readClockTime } from '../../lib/clock-input';
import { TimeField } from '../../lib/time-field';

interface DayTimeFilterProps {
  dayLabel: string;
  timeLabel: string;
  /** "2026-12-07T09:30" in the reader's own time, or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** An end of a period: a day without a time means its last minute, not its first. */
  endOfDay?: boolean;
}

/**
 * One end of the audit log's period as a day and an optional time, each written the reader's way in every browser
 * (a native datetime-local input follows the operating system's locale and clock).
 */
export function DayTimeFilter({
  dayLabel,
  timeLabel,
  value,
  onChange,
  endOfDay = false,
}: DayTimeFilterProps) {
  const [day, setDay] = useState(value?.slice(0, 10) ?? '');
  const [time, setTime] = useState(value && value.length > 10 ? value.slice(11, 16) : '');

  // A value set from outside (a preset, the URL, clearing the filter) replaces the fields; the fields' own does not.
  const emitted = useRef(value);
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setDay(value?.slice(0, 10) ?? '');
    setTime(value && value.length > 10 ? value.slice(11, 16) : '');
  }, [value]);

  // Handed on once the day is a day (or cleared): what is half typed stays in the field and filters nothing yet.
  const emit = (nextDay: string, nextTime: string) => {
    let next: string | null;
    if (nextDay.trim() === '') next = null;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(nextDay))
      next = `${nextDay}T${readClockTime(nextTime) ?? (endOfDay ? '23:59' : '00:00')}`;
    else return;
    emitted.current = next;
    onChange(next);
  };

  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <DateField
        label={dayLabel}
        value={day}
        onChange={(next) => {
          setDay(next);
          emit(next, time);
        }}
        w={130}
      />
      <TimeField
        label={timeLabel}
        value={time}
        onChange={(next) => {
          setTime(next);
          if (day) emit(day, next);
        }}
        w={110}
      />
    </Group>
  );
}
