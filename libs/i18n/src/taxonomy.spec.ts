import {
  AGE_BANDS,
  CHANNELS,
  INITIATORS,
  OUTCOMES,
  PERSONAL_DATA_COUNTRIES,
  PERSONAL_DATA_KINDS,
  RECEIVING_UNITS,
  REFERRAL_STATUSES,
  TONES,
  TOPICS,
  URGENCIES,
} from '@empact/domain';
import { flattenKeys, interpolationVariables } from './interpolation';
import { resources } from './resources';

/** The taxonomy group that labels each code list. */
const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['topic', TOPICS],
  ['outcome', OUTCOMES],
  ['channel', CHANNELS],
  ['initiatedBy', INITIATORS],
  ['ageBand', AGE_BANDS],
  ['tone', TONES],
  ['receivingUnit', RECEIVING_UNITS],
  ['urgency', URGENCIES],
  ['referralStatus', REFERRAL_STATUSES],
  ['personalData', PERSONAL_DATA_KINDS],
  // The same kinds with an article, as the API's refusal names them ("a phone number and an e-mail address").
  ['personalDataFound', PERSONAL_DATA_KINDS],
  ['nationalId', PERSONAL_DATA_COUNTRIES],
];

// The locale test checks every other language against English, so English having every code is enough.
describe('taxonomy labels', () => {
  const english = flattenKeys(resources.en.taxonomy);

  it.each(GROUPS)('English has a label for every %s code, and no label without a code', (group, codes) => {
    const labelled = Object.keys(english)
      .filter((key) => key.startsWith(`${group}.`))
      .map((key) => key.slice(group.length + 1));
    expect(labelled.sort()).toEqual([...codes].sort());
  });

  it('has a personal-data finding message with the kind and the position', () => {
    expect(interpolationVariables(english.personalDataFinding)).toEqual(['kind', 'position']);
  });

  it('has nothing but the code groups and the finding message', () => {
    const groups = new Set(GROUPS.map(([group]) => group));
    const strays = Object.keys(english).filter(
      (key) => key !== 'personalDataFinding' && !groups.has(key.split('.')[0]),
    );
    expect(strays).toEqual([]);
  });
});
