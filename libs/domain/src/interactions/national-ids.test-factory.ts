/**
 * Makes valid national identity numbers for tests from a birth date and a serial, computed from each
 * country's published rules, so that no test carries a real person's number. Test-only: nothing exports it.
 */

const pad = (value: number, length: number) => String(value).padStart(length, '0');

function dateParts(isoDate: string) {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { year, yy: pad(year % 100, 2), mm: pad(month, 2), dd: pad(day, 2), day };
}

function mod11(digits: string, weights: readonly number[]): number | undefined {
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const control = (11 - (sum % 11)) % 11;
  return control === 10 ? undefined : control;
}

/** Norwegian fødselsnummer (or D-number: day + 40). Tries serials from `serial` until both controls exist. */
export function norwegianNationalId(isoDate: string, serial = 0, { dNumber = false } = {}): string {
  const { year, yy, mm, day } = dateParts(isoDate);
  const firstIndividual = year >= 2000 ? 500 : 0;
  for (let n = serial; n < 500; n++) {
    const base = pad(dNumber ? day + 40 : day, 2) + mm + yy + pad(firstIndividual + n, 3);
    const k1 = mod11(base, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === undefined) continue;
    const k2 = mod11(base + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === undefined) continue;
    return `${base}${k1}${k2}`;
  }
  throw new Error(`no Norwegian number for ${isoDate}`);
}

/** Belgian national register number written YY.MM.DD-NNN.CC. */
export function belgianNationalNumber(isoDate: string, serial = 33): string {
  const { year, yy, mm, dd } = dateParts(isoDate);
  const base = `${yy}${mm}${dd}${pad(serial, 3)}`;
  const check = pad(97 - (Number((year >= 2000 ? '2' : '') + base) % 97), 2);
  return `${yy}.${mm}.${dd}-${pad(serial, 3)}.${check}`;
}

/** Dutch BSN from an eight-digit start: the first start at or after it that passes the 11-proef. */
export function dutchBsn(start = 12345678): string {
  for (let n = start; ; n++) {
    const head = pad(n, 8);
    const sum = [...head].reduce((total, digit, i) => total + (9 - i) * Number(digit), 0);
    const last = sum % 11;
    if (last <= 9) return head + last;
  }
}

/** Icelandic kennitala written DDMMYY-NNCD. */
export function icelandicKennitala(isoDate: string, serial = 20): string {
  const { year, yy, mm, dd } = dateParts(isoDate);
  for (let n = serial; n < 100; n++) {
    const head = `${dd}${mm}${yy}${pad(n, 2)}`;
    const check = mod11(head, [3, 2, 7, 6, 5, 4, 3, 2]);
    if (check !== undefined) return `${dd}${mm}${yy}-${pad(n, 2)}${check}${year >= 2000 ? 0 : 9}`;
  }
  throw new Error(`no kennitala for ${isoDate}`);
}

/** Finnish henkilötunnus, DDMMYY C NNN X, with "-" or "A" as the century sign. */
export function finnishPersonalIdentityCode(isoDate: string, serial = 123): string {
  const { year, yy, mm, dd } = dateParts(isoDate);
  const check = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${dd}${mm}${yy}${pad(serial, 3)}`) % 31];
  return `${dd}${mm}${yy}${year >= 2000 ? 'A' : '-'}${pad(serial, 3)}${check}`;
}

/** Swedish personnummer written YYMMDD-NNNN. */
export function swedishPersonalNumber(isoDate: string, serial = 123): string {
  const { yy, mm, dd } = dateParts(isoDate);
  const head = `${yy}${mm}${dd}${pad(serial, 3)}`;
  const sum = [...head].reduce((total, digit, i) => {
    const value = Number(digit) * (i % 2 === 0 ? 2 : 1);
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  return `${yy}${mm}${dd}-${pad(serial, 3)}${(10 - (sum % 10)) % 10}`;
}
