/**
 * Check-digit validators for the national identity numbers of the countries the personal-data detector
 * knows. A note is only flagged for a number whose check digits hold: eleven random digits are far more
 * often a case number or a phone number than an identity number, and a false alarm on every long number
 * would teach operators to ignore the warning.
 *
 * Each validator takes the number as people write it (with the usual spaces, dots or dashes) and checks
 * the date it encodes as well, so that a number with valid check digits but a 31st of February is refused.
 */

/** Whether year-month-day is a real day of the Gregorian calendar. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const digitsOf = (value: string) => [...value].map(Number);
const weightedSum = (digits: readonly number[], weights: readonly number[]) =>
  weights.reduce((sum, weight, i) => sum + weight * digits[i], 0);

/** The mod-11 control digit used in Norway and Iceland; undefined when the remainder gives 10 (never issued). */
function mod11ControlDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const control = 11 - (weightedSum(digits, weights) % 11);
  if (control === 11) return 0;
  return control === 10 ? undefined : control;
}

/** Luhn (mod 10), as used in the Swedish personnummer. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * The birth year a Norwegian individual number (digits 7–9) encodes for a two-digit year, as Skatteetaten
 * allocates the ranges; undefined for a combination never issued.
 */
function norwegianBirthYear(yy: number, individual: number): number | undefined {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  return undefined;
}

/**
 * Norwegian fødselsnummer or D-number (DDMMYY + individual number + two mod-11 control digits). A D-number,
 * given to people without a fødselsnummer, adds 40 to the day.
 */
export function isValidNorwegianNationalId(value: string): boolean {
  const compact = value.replace(/[\s\-–—]/g, '');
  if (!/^\d{11}$/.test(compact)) return false;
  const d = digitsOf(compact);
  if (mod11ControlDigit(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) !== d[9]) return false;
  if (mod11ControlDigit(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) !== d[10]) return false;
  const rawDay = Number(compact.slice(0, 2));
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const year = norwegianBirthYear(Number(compact.slice(4, 6)), Number(compact.slice(6, 9)));
  return year !== undefined && isCalendarDate(year, Number(compact.slice(2, 4)), day);
}

/**
 * Belgian national register number (rijksregisternummer / numéro de registre national / Nationalregisternummer),
 * YY.MM.DD-NNN.CC. The check is 97 minus the first nine digits mod 97; for people born from 2000 a 2 is put
 * in front of them first. Bis numbers (for people not in the register) add 20 or 40 to the month, and a
 * month or day of 00 stands for a birth date that is not known.
 */
export function isValidBelgianNationalNumber(value: string): boolean {
  const compact = value.replace(/[\s.\-–—]/g, '');
  if (!/^\d{11}$/.test(compact)) return false;
  const base = Number(compact.slice(0, 9));
  const check = Number(compact.slice(9));
  const bornBefore2000 = 97 - (base % 97) === check;
  const bornFrom2000 = 97 - ((2_000_000_000 + base) % 97) === check;
  if (!bornBefore2000 && !bornFrom2000) return false;
  const individual = Number(compact.slice(6, 9));
  if (individual === 0 || individual === 999) return false;
  const yy = Number(compact.slice(0, 2));
  const rawMonth = Number(compact.slice(2, 4));
  const month = rawMonth >= 40 ? rawMonth - 40 : rawMonth >= 20 ? rawMonth - 20 : rawMonth;
  const day = Number(compact.slice(4, 6));
  if (month > 12 || day > 31) return false;
  if (month === 0 || day === 0) return true;
  return (
    (bornBefore2000 && isCalendarDate(1900 + yy, month, day)) ||
    (bornFrom2000 && isCalendarDate(2000 + yy, month, day))
  );
}

/** Dutch burgerservicenummer: nine digits passing the "11-proef" (weights 9..2, and -1 for the last digit). */
export function isValidDutchBsn(value: string): boolean {
  const compact = value.replace(/[\s.]/g, '');
  if (!/^\d{9}$/.test(compact) || /^0+$/.test(compact)) return false;
  const d = digitsOf(compact);
  const sum = weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2]) - d[8];
  return sum > 0 && sum % 11 === 0;
}

const ICELANDIC_CENTURIES: Record<string, number> = { '8': 1800, '9': 1900, '0': 2000 };

/**
 * Icelandic kennitala of a person: DDMMYY, two digits, a mod-11 check digit and the century (9 for the
 * 1900s, 0 for the 2000s). Companies' kennitölur add 40 to the day; they name no young person and are
 * refused here.
 */
export function isValidIcelandicKennitala(value: string): boolean {
  const compact = value.replace(/[\s\-–—]/g, '');
  if (!/^\d{10}$/.test(compact)) return false;
  const d = digitsOf(compact);
  if (mod11ControlDigit(d, [3, 2, 7, 6, 5, 4, 3, 2]) !== d[8]) return false;
  const century = ICELANDIC_CENTURIES[compact[9]];
  if (century === undefined) return false;
  const year = century + Number(compact.slice(4, 6));
  return isCalendarDate(year, Number(compact.slice(2, 4)), Number(compact.slice(0, 2)));
}

const FINNISH_CENTURY_SIGNS: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const FINNISH_CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * Finnish henkilötunnus / personbeteckning: DDMMYY, a century sign, an individual number and a check
 * character (DDMMYYNNN mod 31 in "0123456789ABCDEFHJKLMNPRSTUVWXY").
 */
export function isValidFinnishPersonalIdentityCode(value: string): boolean {
  const match = /^(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value.trim().toUpperCase());
  if (!match) return false;
  const [, date, sign, individual, check] = match;
  if (Number(individual) < 2) return false;
  if (FINNISH_CHECK_CHARACTERS[Number(date + individual) % 31] !== check) return false;
  const year = FINNISH_CENTURY_SIGNS[sign] + Number(date.slice(4, 6));
  return isCalendarDate(year, Number(date.slice(2, 4)), Number(date.slice(0, 2)));
}

/**
 * Swedish personnummer or samordningsnummer: (YY)YYMMDD, "-" or "+" (100 years or older), four digits of
 * which the last is a Luhn check over the ten-digit form. A samordningsnummer adds 60 to the day.
 */
export function isValidSwedishPersonalNumber(value: string): boolean {
  const match = /^(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$/.exec(value.trim().replace(/[–—]/g, '-'));
  if (!match) return false;
  const [, century, yy, mm, dd, tail] = match;
  if (!passesLuhn(yy + mm + dd + tail)) return false;
  const rawDay = Number(dd);
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  const years = century ? [Number(century + yy)] : [1900 + Number(yy), 2000 + Number(yy)];
  return years.some((year) => isCalendarDate(year, Number(mm), day));
}

/**
 * French social security number (numéro de sécurité sociale, NIR): sex (1 or 2, 3, 4, 7 or 8 for temporary numbers),
 * year, month (01–12, or 20–42 and 50–99 when the month is not known), département (2A and 2B for Corsica, read as 19
 * and 18 for the key), commune, order number, then a two-digit key, 97 minus the first thirteen digits mod 97. Young
 * people of a French-speaking team give it to "prove their age" as often as a Belgian child gives the register number.
 */
export function isValidFrenchSocialSecurityNumber(value: string): boolean {
  const compact = value.replace(/[\s.\-–—]/g, '').toUpperCase();
  const match = /^([1234578])(\d{2})(\d{2})(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})$/.exec(compact);
  if (!match) return false;
  const [, , , month, , , , key] = match;
  const mm = Number(month);
  if (!((mm >= 1 && mm <= 12) || (mm >= 20 && mm <= 42) || mm >= 50)) return false;
  const numeric = Number(compact.slice(0, 13).replace('2A', '19').replace('2B', '18'));
  return 97 - (numeric % 97) === Number(key);
}
