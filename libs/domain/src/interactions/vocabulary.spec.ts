import {
  AGE_BANDS,
  canMoveReferral,
  CHANNELS,
  INITIATORS,
  isAgeBand,
  isChannel,
  isInitiator,
  isOutcome,
  isPersonalDataCountry,
  isPersonalDataKind,
  isReceivingUnit,
  isReferralStatus,
  isTone,
  isTopic,
  isUrgency,
  nextReferralStatus,
  OUTCOMES,
  PERSONAL_DATA_COUNTRIES,
  PERSONAL_DATA_KINDS,
  RECEIVING_UNITS,
  REFERRAL_STATUSES,
  ReferralStatus,
  TONES,
  TOPICS,
  URGENCIES,
} from './vocabulary';

const vocabularies = [
  ['TOPICS', TOPICS, isTopic],
  ['OUTCOMES', OUTCOMES, isOutcome],
  ['CHANNELS', CHANNELS, isChannel],
  ['INITIATORS', INITIATORS, isInitiator],
  ['AGE_BANDS', AGE_BANDS, isAgeBand],
  ['TONES', TONES, isTone],
  ['RECEIVING_UNITS', RECEIVING_UNITS, isReceivingUnit],
  ['URGENCIES', URGENCIES, isUrgency],
  ['REFERRAL_STATUSES', REFERRAL_STATUSES, isReferralStatus],
  ['PERSONAL_DATA_KINDS', PERSONAL_DATA_KINDS, isPersonalDataKind],
  ['PERSONAL_DATA_COUNTRIES', PERSONAL_DATA_COUNTRIES, isPersonalDataCountry],
] as const;

describe('interaction vocabularies', () => {
  it.each(vocabularies)('%s holds unique upper-case codes', (_name, codes) => {
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^[A-Z][A-Z0-9_]*$/.test(code))).toBe(true);
  });

  it.each(vocabularies)('%s has a guard that accepts its codes and nothing else', (_name, codes, guard) => {
    expect(codes.every((code) => guard(code))).toBe(true);
    expect(guard(codes[0].toLowerCase())).toBe(false);
    expect(guard('NOT_A_CODE')).toBe(false);
    expect(guard(undefined)).toBe(false);
    expect(guard(1)).toBe(false);
  });

  it('keeps an age band for adults and for the unknown, so an age is never needed', () => {
    expect(AGE_BANDS).toEqual(['UNDER_13', 'AGE_13_15', 'AGE_16_17', 'ADULT_18_PLUS', 'UNKNOWN']);
  });
});

describe('canMoveReferral', () => {
  it('moves one step forward at a time', () => {
    expect(canMoveReferral('OPEN', 'ACKNOWLEDGED')).toBe(true);
    expect(canMoveReferral('ACKNOWLEDGED', 'HANDED_OVER')).toBe(true);
    expect(canMoveReferral('HANDED_OVER', 'CLOSED')).toBe(true);
  });

  it('refuses skipping a step, going back, staying put and leaving CLOSED', () => {
    const allowed = new Set(['OPEN>ACKNOWLEDGED', 'ACKNOWLEDGED>HANDED_OVER', 'HANDED_OVER>CLOSED']);
    const pairs = REFERRAL_STATUSES.flatMap((from) => REFERRAL_STATUSES.map((to) => [from, to] as const));
    const refused = pairs.filter(([from, to]) => !allowed.has(`${from}>${to}`));
    expect(refused).toHaveLength(13);
    expect(refused.filter(([from, to]) => canMoveReferral(from, to))).toEqual([]);
    expect(canMoveReferral('OPEN', 'HANDED_OVER')).toBe(false);
    expect(canMoveReferral('CLOSED', 'OPEN')).toBe(false);
    expect(canMoveReferral('CLOSED' as ReferralStatus, 'CLOSED')).toBe(false);
  });

  it('offers the next step only, and none once closed', () => {
    expect(REFERRAL_STATUSES.map(nextReferralStatus)).toEqual([
      'ACKNOWLEDGED',
      'HANDED_OVER',
      'CLOSED',
      null,
    ]);
  });
});
