/**
 * How each country taking part writes its national identity numbers and its phone numbers, and how guests' mobiles
 * and international numbers are written. Data for the detector in ../interactions/personal-data.ts.
 */
import {
  isValidBelgianNationalNumber,
  isValidDutchBsn,
  isValidFinnishPersonalIdentityCode,
  isValidIcelandicKennitala,
  isValidNorwegianNationalId,
  isValidSwedishPersonalNumber,
} from '../interactions/national-ids';
import type { PersonalDataCountry } from '../interactions/vocabulary';
import { GUEST_MOBILE_DIGITS } from './numbers';

export interface NationalIdFormat {
  country: PersonalDataCountry;
  /** How the number is written; the boundaries are added below. */
  written: string;
  flags?: string;
  isValid: (value: string) => boolean;
}

export const NATIONAL_ID_FORMATS: readonly NationalIdFormat[] = [
  { country: 'NO', written: String.raw`\d{6}[ \u00a0–—-]?\d{5}`, isValid: isValidNorwegianNationalId },
  {
    country: 'BE',
    written: String.raw`\d{2}\.?\d{2}\.?\d{2}[ \u00a0.–—-]?\d{3}[ \u00a0.–—-]?\d{2}`,
    isValid: isValidBelgianNationalNumber,
  },
  { country: 'NL', written: String.raw`\d{9}|\d{4}\.\d{2}\.\d{3}`, isValid: isValidDutchBsn },
  { country: 'IS', written: String.raw`\d{6}[ \u00a0–—-]?\d{4}`, isValid: isValidIcelandicKennitala },
  {
    country: 'FI',
    written: String.raw`\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]`,
    flags: 'i',
    isValid: isValidFinnishPersonalIdentityCode,
  },
  { country: 'SE', written: String.raw`(?:\d{2})?\d{6}[-–—+]?\d{4}`, isValid: isValidSwedishPersonalNumber },
];

export interface NationalPhoneFormat {
  country: PersonalDataCountry;
  /** The digits as dialled inside the country, with service and premium-rate ranges left out. */
  digits: RegExp;
  /** How people write them: the lengths of the digit groups, "3-2-3" for "412 34 567". */
  groupings: readonly string[];
}

export const NATIONAL_PHONE_FORMATS: readonly NationalPhoneFormat[] = [
  // Norway: eight digits, no trunk 0. 4 and 9 are mobiles; 8 is toll-free and service numbers.
  { country: 'NO', digits: /^[2-79]\d{7}$/, groupings: ['8', '3-2-3', '2-2-2-2'] },
  // Belgium: mobiles 04[5-9]x xx xx xx; landlines nine digits with a one- or two-digit zone (02, 050).
  { country: 'BE', digits: /^04[5-9]\d{7}$/, groupings: ['10', '4-2-2-2', '4-6', '4-3-3', '4-2-4'] },
  // Brussels, Antwerp, Liège and Ghent have one-digit zones (02 123 45 67); the others two (050 12 34 56).
  { country: 'BE', digits: /^0[2349]\d{7}$/, groupings: ['9', '2-3-2-2', '2-7', '2-3-4'] },
  { country: 'BE', digits: /^0(?!800|90|70)[15-8]\d{7}$/, groupings: ['9', '3-2-2-2', '3-6'] },
  // The Netherlands: 06 mobiles and ten-digit landlines with a three- or four-digit area code.
  { country: 'NL', digits: /^06\d{8}$/, groupings: ['10', '2-8', '2-4-4', '2-2-2-2-2', '3-3-4'] },
  {
    country: 'NL',
    digits: /^0(?!800|90)[1-57-9]\d{8}$/,
    groupings: ['10', '3-7', '4-6', '3-3-4', '3-3-2-2', '4-2-2-2', '4-3-3'],
  },
  // Iceland: seven digits, no area codes. 800 is toll-free.
  { country: 'IS', digits: /^(?!800)[4-8]\d{6}$/, groupings: ['7', '3-4'] },
  // Finland: mobiles 04x and 050 with 6–8 more digits; landlines 0 + area code, 8–10 digits in all.
  {
    country: 'FI',
    digits: /^0(?:4\d|50)\d{6,8}$/,
    groupings: ['9', '10', '11', '3-3-4', '3-7', '3-6', '3-3-3', '3-4-3', '3-3-2-2', '3-4-4', '3-8'],
  },
  {
    country: 'FI',
    // 020 and 0x00 are national service and business numbers ("Stödlinjen, 020-819 100").
    digits: /^0(?!800|[2367]00|20)[1-35-9]\d{6,8}$/,
    groupings: ['9', '10', '2-4-3', '2-3-4', '2-4-4', '2-7', '2-6', '2-3-3', '3-3-4', '3-7', '3-6', '3-3-3'],
  },
  // Sweden: 07x mobiles; landlines 0 + area code (08 Stockholm), 9–10 digits. 020 and 09xx are service numbers.
  { country: 'SE', digits: /^07[02369]\d{7}$/, groupings: ['10', '3-3-2-2', '3-7', '3-3-4', '3-2-3-2'] },
  {
    country: 'SE',
    digits: /^0(?!20|90)[1-689]\d{7,8}$/,
    groupings: ['9', '10', '2-3-3-2', '2-3-2-2', '3-2-2-2', '3-3-2-2', '2-7', '2-8', '3-6', '3-7'],
  },
];

/** How guests' mobiles (GUEST_MOBILE_DIGITS) are written: "0151/23456789", "07700 900123", "087 123 4567". */
export const GUEST_MOBILE_FORMATS: readonly Omit<NationalPhoneFormat, 'country'>[] = [
  {
    digits: GUEST_MOBILE_DIGITS.de,
    groupings: ['11', '12', '4-7', '4-8', '3-8', '3-9', '4-3-4', '4-4-4', '4-4-3', '4-3-2-2', '4-2-2-2-2'],
  },
  {
    digits: GUEST_MOBILE_DIGITS.gb,
    groupings: ['11', '5-6', '5-3-3', '4-3-4', '4-7', '3-4-4', '5-2-2-2', '5-2-4', '5-4-2'],
  },
  { digits: GUEST_MOBILE_DIGITS.ie, groupings: ['10', '3-3-4', '3-7', '3-3-2-2'] },
];

/** How many digits follow the calling code, for the codes patrols meet most: stops "+47 41234567 15" at the 15. */
export const NATIONAL_NUMBER_LENGTHS: Readonly<Record<string, readonly [number, number]>> = {
  '47': [8, 8],
  '32': [8, 9],
  '31': [9, 9],
  '354': [7, 9],
  '358': [5, 12],
  '46': [7, 9],
  '45': [8, 8],
  '49': [6, 13],
  '33': [9, 9],
  '44': [9, 10],
};
