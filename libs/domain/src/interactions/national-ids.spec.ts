import {
  isValidBelgianNationalNumber,
  isValidDutchBsn,
  isValidFinnishPersonalIdentityCode,
  isValidFrenchSocialSecurityNumber,
  isValidIcelandicKennitala,
  isValidNorwegianNationalId,
  isValidSwedishPersonalNumber,
} from './national-ids';
import {
  belgianNationalNumber,
  dutchBsn,
  finnishPersonalIdentityCode,
  icelandicKennitala,
  norwegianNationalId,
  swedishPersonalNumber,
} from './national-ids.test-factory';

/** The same number with its last digit changed: the check must then fail. */
const withWrongLastDigit = (value: string) => value.slice(0, -1) + String((Number(value.at(-1)) + 1) % 10);

describe('isValidNorwegianNationalId', () => {
  it.each(['2009-06-15', '1985-07-30', '1999-12-31', '2012-02-29'])(
    'accepts a fødselsnummer born %s',
    (date) => {
      const id = norwegianNationalId(date);
      expect(isValidNorwegianNationalId(id)).toBe(true);
      expect(isValidNorwegianNationalId(`${id.slice(0, 6)} ${id.slice(6)}`)).toBe(true);
    },
  );

  it('accepts a D-number (day + 40)', () => {
    const id = norwegianNationalId('2008-03-12', 0, { dNumber: true });
    expect(id.startsWith('52')).toBe(true);
    expect(isValidNorwegianNationalId(id)).toBe(true);
  });

  it('refuses a wrong control digit, a wrong length and an impossible date', () => {
    const id = norwegianNationalId('2009-06-15');
    expect(isValidNorwegianNationalId(withWrongLastDigit(id))).toBe(false);
    expect(isValidNorwegianNationalId(id.slice(0, 10))).toBe(false);
    expect(isValidNorwegianNationalId('00000000000')).toBe(false);
    // 29 February 2011 did not exist, though control digits can be computed for it.
    expect(isValidNorwegianNationalId(norwegianNationalId('2011-02-29'))).toBe(false);
  });
});

describe('isValidBelgianNationalNumber', () => {
  it('accepts numbers of people born before and after 2000, written with dots or without', () => {
    const before = belgianNationalNumber('1985-07-30');
    const after = belgianNationalNumber('2010-04-02', 154);
    expect(before).toMatch(/^85\.07\.30-033\.\d\d$/);
    expect(isValidBelgianNationalNumber(before)).toBe(true);
    expect(isValidBelgianNationalNumber(after)).toBe(true);
    expect(isValidBelgianNationalNumber(after.replace(/\D/g, ''))).toBe(true);
  });

  it('refuses a wrong check number and an impossible date', () => {
    expect(isValidBelgianNationalNumber(withWrongLastDigit(belgianNationalNumber('1985-07-30')))).toBe(false);
    expect(isValidBelgianNationalNumber(belgianNationalNumber('2010-02-30'))).toBe(false);
    expect(isValidBelgianNationalNumber('85.07.30-033')).toBe(false);
  });
});

describe('isValidDutchBsn', () => {
  it('accepts a number that passes the 11-proef, also written with dots', () => {
    const bsn = dutchBsn();
    expect(isValidDutchBsn(bsn)).toBe(true);
    expect(isValidDutchBsn(`${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`)).toBe(true);
  });

  it('refuses a number that fails it, nine zeros and a wrong length', () => {
    expect(isValidDutchBsn(withWrongLastDigit(dutchBsn()))).toBe(false);
    expect(isValidDutchBsn('000000000')).toBe(false);
    expect(isValidDutchBsn(dutchBsn().slice(1))).toBe(false);
  });
});

describe('isValidIcelandicKennitala', () => {
  it.each(['2010-08-14', '1995-01-31'])('accepts a kennitala born %s, with or without the dash', (date) => {
    const kt = icelandicKennitala(date);
    expect(isValidIcelandicKennitala(kt)).toBe(true);
    expect(isValidIcelandicKennitala(kt.replace('-', ''))).toBe(true);
  });

  it('refuses a wrong check digit, an unknown century digit and a company (day + 40)', () => {
    const kt = icelandicKennitala('2010-08-14');
    const wrongCheck = kt.slice(0, 9) + String((Number(kt[9]) + 1) % 10) + kt[10];
    expect(isValidIcelandicKennitala(wrongCheck)).toBe(false);
    expect(isValidIcelandicKennitala(`${kt.slice(0, 10)}5`)).toBe(false);
    expect(isValidIcelandicKennitala(icelandicKennitala('2010-08-54'))).toBe(false);
  });
});

describe('isValidFinnishPersonalIdentityCode', () => {
  it('accepts codes with the century signs of the 1900s and the 2000s', () => {
    expect(isValidFinnishPersonalIdentityCode(finnishPersonalIdentityCode('1992-10-13'))).toBe(true);
    expect(isValidFinnishPersonalIdentityCode(finnishPersonalIdentityCode('2011-03-05', 247))).toBe(true);
    // The newer signs (Y, X, … for the 1900s, B … F for the 2000s) mean the same century.
    const code = finnishPersonalIdentityCode('2011-03-05', 247);
    expect(isValidFinnishPersonalIdentityCode(code.replace('A', 'B'))).toBe(true);
    expect(isValidFinnishPersonalIdentityCode(code.toLowerCase())).toBe(true);
  });

  it('refuses a wrong check character, an unknown sign and an impossible date', () => {
    const code = finnishPersonalIdentityCode('2011-03-05', 247);
    const wrong = code.slice(0, -1) + (code.at(-1) === 'A' ? 'B' : 'A');
    expect(isValidFinnishPersonalIdentityCode(wrong)).toBe(false);
    expect(isValidFinnishPersonalIdentityCode(code.replace('A', 'G'))).toBe(false);
    expect(isValidFinnishPersonalIdentityCode(finnishPersonalIdentityCode('2011-02-29'))).toBe(false);
  });
});

describe('isValidSwedishPersonalNumber', () => {
  it('accepts the ten- and twelve-digit forms', () => {
    const pnr = swedishPersonalNumber('2009-11-20');
    expect(isValidSwedishPersonalNumber(pnr)).toBe(true);
    expect(isValidSwedishPersonalNumber(`20${pnr.replace('-', '')}`)).toBe(true);
  });

  it('refuses a wrong Luhn digit and an impossible date', () => {
    expect(isValidSwedishPersonalNumber(withWrongLastDigit(swedishPersonalNumber('2009-11-20')))).toBe(false);
    expect(isValidSwedishPersonalNumber(swedishPersonalNumber('2009-13-20'))).toBe(false);
  });
});

describe('isValidFrenchSocialSecurityNumber', () => {
  it('accepts a number whose key holds, spaced or dotted, and Corsica read as 19 and 18', () => {
    expect(isValidFrenchSocialSecurityNumber('2 11 05 75 056 123 75')).toBe(true);
    expect(isValidFrenchSocialSecurityNumber('1.11.04.75.056.123.12')).toBe(true);
    const corsica = '111052A123456';
    const key = String(97 - (Number(corsica.replace('2A', '19')) % 97)).padStart(2, '0');
    expect(isValidFrenchSocialSecurityNumber(`${corsica}${key}`)).toBe(true);
  });

  it('refuses a wrong key, a first digit no NIR starts with and a month that is none', () => {
    expect(isValidFrenchSocialSecurityNumber('2 12 03 69 123 017 12')).toBe(false);
    expect(isValidFrenchSocialSecurityNumber(withWrongLastDigit('211057505612375'))).toBe(false);
    expect(isValidFrenchSocialSecurityNumber('6 11 05 75 056 123 75')).toBe(false);
    expect(isValidFrenchSocialSecurityNumber('2 11 13 75 056 123 75')).toBe(false);
  });
});
