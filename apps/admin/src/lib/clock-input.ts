import { clockTime, isClockTime } from '@empact/domain';

/**
 * What someone typed into a time field, read as a time on the 24-hour clock: "9" → "09:00", "930" and "9.30" →
 * "09:30", "0930" → "09:30", "21.05" → "21:05". Returns null for anything
 * that is not a time of day ("24:00", "9:75", "half nine").
 */
export function readClockTime(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  let hours: number;
  let minutes: number;
  const separated = /^(\d{1,2})\s*[:.h]\s*(\d{2})$/i.exec(text);
  if (separated) {
    hours = Number(separated[1]);
    minutes = Number(separated[2]);
  } else if (/^\d{1,4}$/.test(text)) {
    // Digits only: "9" or "09" is the hour; "930" and "0930" are hours and minutes.
    hours = Number(text.length <= 2 ? text : text.slice(0, -2));
    minutes = text.length <= 2 ? 0 : Number(text.slice(-2));
  } else {
    return null;
  }
  if (hours > 23 || minutes > 59) return null;
  const value = clockTime(hours * 60 + minutes);
  return isClockTime(value) ? value : null;
}
