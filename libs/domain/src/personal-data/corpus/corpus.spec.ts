import { BUNDLED_NAME_LEXICON } from '../../personal-data-lexicon';
import { findPersonalData } from '../../interactions/personal-data';
import { registerNameLexicon } from '../name-lexicon';
import { CorpusNote } from './corpus-note';
import { DE } from './de';
import { EN } from './en';
import { FI } from './fi';
import { FR } from './fr';
import { IS } from './is';
import { NB } from './nb';
import { NL } from './nl';
import { NN } from './nn';
import { ROUND_EIGHT } from './round-eight';
import { ROUND_EIGHTEEN } from './round-eighteen';
import { ROUND_ELEVEN } from './round-eleven';
import { ROUND_FIFTEEN } from './round-fifteen';
import { ROUND_FIVE } from './round-five';
import { ROUND_FOUR } from './round-four';
import { ROUND_FOURTEEN } from './round-fourteen';
import { ROUND_NINE } from './round-nine';
import { ROUND_NINETEEN } from './round-nineteen';
import { ROUND_SEVEN } from './round-seven';
import { ROUND_SEVENTEEN } from './round-seventeen';
import { ROUND_SIX } from './round-six';
import { ROUND_SIXTEEN } from './round-sixteen';
import { ROUND_TEN } from './round-ten';
import { ROUND_TWELVE } from './round-twelve';
import { ROUND_TWENTY } from './round-twenty';
import { ROUND_TWENTY_FIVE } from './round-twenty-five';
import { ROUND_THIRTY_EIGHT } from './round-thirty-eight';
import { ROUND_TWENTY_EIGHT } from './round-twenty-eight';
import { ROUND_TWENTY_FOUR } from './round-twenty-four';
import { ROUND_TWENTY_NINE } from './round-twenty-nine';
import { ROUND_TWENTY_SEVEN } from './round-twenty-seven';
import { ROUND_TWENTY_SIX } from './round-twenty-six';
import { ROUND_TWENTY_ONE } from './round-twenty-one';
import { ROUND_TWENTY_THREE } from './round-twenty-three';
import { ROUND_TWENTY_TWO } from './round-twenty-two';
import { ROUND_THIRTEEN } from './round-thirteen';
import { ROUND_THIRTY } from './round-thirty';
import { ROUND_THIRTY_FIVE } from './round-thirty-five';
import { ROUND_THIRTY_FOUR } from './round-thirty-four';
import { ROUND_THIRTY_NINE } from './round-thirty-nine';
import { ROUND_THIRTY_ONE } from './round-thirty-one';
import { ROUND_THIRTY_SEVEN } from './round-thirty-seven';
import { ROUND_THIRTY_SIX } from './round-thirty-six';
import { ROUND_THIRTY_THREE } from './round-thirty-three';
import { ROUND_THIRTY_TWO } from './round-thirty-two';
import { ROUND_FORTY } from './round-forty';
import { ROUND_FORTY_FOUR } from './round-forty-four';
import { ROUND_FORTY_FIVE } from './round-forty-five';
import { ROUND_FORTY_SEVEN } from './round-forty-seven';
import { ROUND_FORTY_SIX } from './round-forty-six';
import { ROUND_FORTY_EIGHT } from './round-forty-eight';
import { ROUND_FORTY_NINE } from './round-forty-nine';
import { ROUND_FIFTY } from './round-fifty';
import { ROUND_FIFTY_ONE } from './round-fifty-one';
import { ROUND_FIFTY_FIVE } from './round-fifty-five';
import { ROUND_FIFTY_FOUR } from './round-fifty-four';
import { ROUND_FIFTY_EIGHT } from './round-fifty-eight';
import { ROUND_FIFTY_NINE } from './round-fifty-nine';
import { ROUND_FIFTY_SEVEN } from './round-fifty-seven';
import { ROUND_FIFTY_SIX } from './round-fifty-six';
import { ROUND_FIFTY_THREE } from './round-fifty-three';
import { ROUND_FIFTY_TWO } from './round-fifty-two';
import { ROUND_SEVENTY } from './round-seventy';
import { ROUND_SEVENTY_FIVE } from './round-seventy-five';
import { ROUND_SEVENTY_FOUR } from './round-seventy-four';
import { ROUND_SEVENTY_ONE } from './round-seventy-one';
import { ROUND_SEVENTY_THREE } from './round-seventy-three';
import { ROUND_SEVENTY_TWO } from './round-seventy-two';
import { ROUND_ONE_HUNDRED_FOUR } from './round-one-hundred-four';
import { ROUND_ONE_HUNDRED_FIVE } from './round-one-hundred-five';
import { ROUND_ONE_HUNDRED_SIX } from './round-one-hundred-six';
import { ROUND_ONE_HUNDRED_SEVEN } from './round-one-hundred-seven';
import { ROUND_ONE_HUNDRED_EIGHT } from './round-one-hundred-eight';
import { ROUND_ONE_HUNDRED_NINE } from './round-one-hundred-nine';
import { ROUND_ONE_HUNDRED_TEN } from './round-one-hundred-ten';
import { ROUND_ONE_HUNDRED_ELEVEN } from './round-one-hundred-eleven';
import { ROUND_ONE_HUNDRED_TWELVE } from './round-one-hundred-twelve';
import { ROUND_ONE_HUNDRED_THIRTEEN } from './round-one-hundred-thirteen';
import { ROUND_ONE_HUNDRED_FOURTEEN } from './round-one-hundred-fourteen';
import { ROUND_ONE_HUNDRED_FIFTEEN } from './round-one-hundred-fifteen';
import { ROUND_ONE_HUNDRED_SIXTEEN } from './round-one-hundred-sixteen';
import { ROUND_ONE_HUNDRED_SEVENTEEN } from './round-one-hundred-seventeen';
import { ROUND_ONE_HUNDRED_EIGHTEEN } from './round-one-hundred-eighteen';
import { ROUND_ONE_HUNDRED_NINETEEN } from './round-one-hundred-nineteen';
import { ROUND_ONE_HUNDRED_TWENTY } from './round-one-hundred-twenty';
import { ROUND_ONE_HUNDRED_TWENTY_ONE } from './round-one-hundred-twenty-one';
import { ROUND_ONE_HUNDRED_TWENTY_TWO } from './round-one-hundred-twenty-two';
import { ROUND_ONE_HUNDRED_TWENTY_THREE } from './round-one-hundred-twenty-three';
import { ROUND_ONE_HUNDRED_TWENTY_FOUR } from './round-one-hundred-twenty-four';
import { ROUND_ONE_HUNDRED_TWENTY_FIVE } from './round-one-hundred-twenty-five';
import { ROUND_ONE_HUNDRED_TWENTY_SIX } from './round-one-hundred-twenty-six';
import { ROUND_ONE_HUNDRED_TWENTY_SEVEN } from './round-one-hundred-twenty-seven';
import { ROUND_ONE_HUNDRED_TWENTY_EIGHT } from './round-one-hundred-twenty-eight';
import { ROUND_ONE_HUNDRED_TWENTY_NINE } from './round-one-hundred-twenty-nine';
import { ROUND_ONE_HUNDRED_THIRTY } from './round-one-hundred-thirty';
import { ROUND_ONE_HUNDRED_THIRTY_ONE } from './round-one-hundred-thirty-one';
import { ROUND_ONE_HUNDRED } from './round-one-hundred';
import { ROUND_ONE_HUNDRED_ONE } from './round-one-hundred-one';
import { ROUND_ONE_HUNDRED_TWO } from './round-one-hundred-two';
import { ROUND_ONE_HUNDRED_THREE } from './round-one-hundred-three';
import { ROUND_NINETY_SIX } from './round-ninety-six';
import { ROUND_NINETY_SEVEN } from './round-ninety-seven';
import { ROUND_NINETY_EIGHT } from './round-ninety-eight';
import { ROUND_NINETY_NINE } from './round-ninety-nine';
import { ROUND_NINETY_TWO } from './round-ninety-two';
import { ROUND_NINETY_THREE } from './round-ninety-three';
import { ROUND_NINETY_FOUR } from './round-ninety-four';
import { ROUND_NINETY_FIVE } from './round-ninety-five';
import { ROUND_EIGHTY_EIGHT } from './round-eighty-eight';
import { ROUND_EIGHTY_NINE } from './round-eighty-nine';
import { ROUND_NINETY } from './round-ninety';
import { ROUND_NINETY_ONE } from './round-ninety-one';
import { ROUND_EIGHTY_FOUR } from './round-eighty-four';
import { ROUND_EIGHTY_FIVE } from './round-eighty-five';
import { ROUND_EIGHTY_SIX } from './round-eighty-six';
import { ROUND_EIGHTY_SEVEN } from './round-eighty-seven';
import { ROUND_EIGHTY } from './round-eighty';
import { ROUND_EIGHTY_ONE } from './round-eighty-one';
import { ROUND_EIGHTY_TWO } from './round-eighty-two';
import { ROUND_EIGHTY_THREE } from './round-eighty-three';
import { ROUND_SEVENTY_SIX } from './round-seventy-six';
import { ROUND_SEVENTY_SEVEN } from './round-seventy-seven';
import { ROUND_SEVENTY_EIGHT } from './round-seventy-eight';
import { ROUND_SEVENTY_NINE } from './round-seventy-nine';
import { ROUND_SIXTY } from './round-sixty';
import { ROUND_SIXTY_EIGHT } from './round-sixty-eight';
import { ROUND_SIXTY_FIVE } from './round-sixty-five';
import { ROUND_SIXTY_FOUR } from './round-sixty-four';
import { ROUND_SIXTY_NINE } from './round-sixty-nine';
import { ROUND_SIXTY_ONE } from './round-sixty-one';
import { ROUND_SIXTY_SEVEN } from './round-sixty-seven';
import { ROUND_SIXTY_SIX } from './round-sixty-six';
import { ROUND_SIXTY_THREE } from './round-sixty-three';
import { ROUND_SIXTY_TWO } from './round-sixty-two';
import { ROUND_FORTY_ONE } from './round-forty-one';
import { ROUND_FORTY_THREE } from './round-forty-three';
import { ROUND_FORTY_TWO } from './round-forty-two';
import { ROUND_THREE } from './round-three';
import { ROUND_TWO } from './round-two';
import { SV } from './sv';

const FIRST_ROUND: Readonly<Record<string, readonly CorpusNote[]>> = {
  nb: NB,
  nn: NN,
  nl: NL,
  fr: FR,
  de: DE,
  is: IS,
  fi: FI,
  sv: SV,
  en: EN,
};
/** The rounds after the first, each written unseen and run once before the detector learnt from it. */
const LATER_ROUNDS: Readonly<Record<string, Readonly<Record<string, readonly CorpusNote[]>>>> = {
  'round two': ROUND_TWO,
  'round three': ROUND_THREE,
  'round four': ROUND_FOUR,
  'round five': ROUND_FIVE,
  'round six': ROUND_SIX,
  'round seven': ROUND_SEVEN,
  'round eight': ROUND_EIGHT,
  'round nine': ROUND_NINE,
  'round ten': ROUND_TEN,
  'round eleven': ROUND_ELEVEN,
  'round twelve': ROUND_TWELVE,
  'round thirteen': ROUND_THIRTEEN,
  'round fourteen': ROUND_FOURTEEN,
  'round fifteen': ROUND_FIFTEEN,
  'round sixteen': ROUND_SIXTEEN,
  'round seventeen': ROUND_SEVENTEEN,
  'round eighteen': ROUND_EIGHTEEN,
  'round nineteen': ROUND_NINETEEN,
  'round twenty': ROUND_TWENTY,
  'round twenty-one': ROUND_TWENTY_ONE,
  'round twenty-two': ROUND_TWENTY_TWO,
  'round twenty-three': ROUND_TWENTY_THREE,
  'round twenty-four': ROUND_TWENTY_FOUR,
  'round twenty-five': ROUND_TWENTY_FIVE,
  'round twenty-six': ROUND_TWENTY_SIX,
  'round twenty-seven': ROUND_TWENTY_SEVEN,
  'round twenty-eight': ROUND_TWENTY_EIGHT,
  'round twenty-nine': ROUND_TWENTY_NINE,
  'round thirty': ROUND_THIRTY,
  'round thirty-one': ROUND_THIRTY_ONE,
  'round thirty-two': ROUND_THIRTY_TWO,
  'round thirty-three': ROUND_THIRTY_THREE,
  'round thirty-four': ROUND_THIRTY_FOUR,
  'round thirty-five': ROUND_THIRTY_FIVE,
  'round thirty-six': ROUND_THIRTY_SIX,
  'round thirty-seven': ROUND_THIRTY_SEVEN,
  'round thirty-eight': ROUND_THIRTY_EIGHT,
  'round thirty-nine': ROUND_THIRTY_NINE,
  'round forty': ROUND_FORTY,
  'round forty-one': ROUND_FORTY_ONE,
  'round forty-two': ROUND_FORTY_TWO,
  'round forty-three': ROUND_FORTY_THREE,
  'round forty-four': ROUND_FORTY_FOUR,
  'round forty-five': ROUND_FORTY_FIVE,
  'round forty-six': ROUND_FORTY_SIX,
  'round forty-seven': ROUND_FORTY_SEVEN,
  'round forty-eight': ROUND_FORTY_EIGHT,
  'round forty-nine': ROUND_FORTY_NINE,
  'round fifty': ROUND_FIFTY,
  'round fifty-one': ROUND_FIFTY_ONE,
  'round fifty-two': ROUND_FIFTY_TWO,
  'round fifty-three': ROUND_FIFTY_THREE,
  'round fifty-four': ROUND_FIFTY_FOUR,
  'round fifty-five': ROUND_FIFTY_FIVE,
  'round fifty-six': ROUND_FIFTY_SIX,
  'round fifty-seven': ROUND_FIFTY_SEVEN,
  'round fifty-eight': ROUND_FIFTY_EIGHT,
  'round fifty-nine': ROUND_FIFTY_NINE,
  'round sixty': ROUND_SIXTY,
  'round sixty-one': ROUND_SIXTY_ONE,
  'round sixty-two': ROUND_SIXTY_TWO,
  'round sixty-three': ROUND_SIXTY_THREE,
  'round sixty-four': ROUND_SIXTY_FOUR,
  'round sixty-five': ROUND_SIXTY_FIVE,
  'round sixty-six': ROUND_SIXTY_SIX,
  'round sixty-seven': ROUND_SIXTY_SEVEN,
  'round sixty-eight': ROUND_SIXTY_EIGHT,
  'round sixty-nine': ROUND_SIXTY_NINE,
  'round seventy': ROUND_SEVENTY,
  'round seventy-one': ROUND_SEVENTY_ONE,
  'round seventy-two': ROUND_SEVENTY_TWO,
  'round seventy-three': ROUND_SEVENTY_THREE,
  'round seventy-four': ROUND_SEVENTY_FOUR,
  'round seventy-five': ROUND_SEVENTY_FIVE,
  'round seventy-six': ROUND_SEVENTY_SIX,
  'round seventy-seven': ROUND_SEVENTY_SEVEN,
  'round seventy-eight': ROUND_SEVENTY_EIGHT,
  'round seventy-nine': ROUND_SEVENTY_NINE,
  'round eighty': ROUND_EIGHTY,
  'round eighty-one': ROUND_EIGHTY_ONE,
  'round eighty-two': ROUND_EIGHTY_TWO,
  'round eighty-three': ROUND_EIGHTY_THREE,
  'round eighty-four': ROUND_EIGHTY_FOUR,
  'round eighty-five': ROUND_EIGHTY_FIVE,
  'round eighty-six': ROUND_EIGHTY_SIX,
  'round eighty-seven': ROUND_EIGHTY_SEVEN,
  'round eighty-eight': ROUND_EIGHTY_EIGHT,
  'round eighty-nine': ROUND_EIGHTY_NINE,
  'round ninety': ROUND_NINETY,
  'round ninety-one': ROUND_NINETY_ONE,
  'round ninety-two': ROUND_NINETY_TWO,
  'round ninety-three': ROUND_NINETY_THREE,
  'round ninety-four': ROUND_NINETY_FOUR,
  'round ninety-five': ROUND_NINETY_FIVE,
  'round ninety-six': ROUND_NINETY_SIX,
  'round ninety-seven': ROUND_NINETY_SEVEN,
  'round ninety-eight': ROUND_NINETY_EIGHT,
  'round ninety-nine': ROUND_NINETY_NINE,
  'round one hundred': ROUND_ONE_HUNDRED,
  'round one hundred and one': ROUND_ONE_HUNDRED_ONE,
  'round one hundred and two': ROUND_ONE_HUNDRED_TWO,
  'round one hundred and three': ROUND_ONE_HUNDRED_THREE,
  'round one hundred and four': ROUND_ONE_HUNDRED_FOUR,
  'round one hundred and five': ROUND_ONE_HUNDRED_FIVE,
  'round one hundred and six': ROUND_ONE_HUNDRED_SIX,
  'round one hundred and seven': ROUND_ONE_HUNDRED_SEVEN,
  'round one hundred and eight': ROUND_ONE_HUNDRED_EIGHT,
  'round one hundred and nine': ROUND_ONE_HUNDRED_NINE,
  'round one hundred and ten': ROUND_ONE_HUNDRED_TEN,
  'round one hundred and eleven': ROUND_ONE_HUNDRED_ELEVEN,
  'round one hundred and twelve': ROUND_ONE_HUNDRED_TWELVE,
  'round one hundred and thirteen': ROUND_ONE_HUNDRED_THIRTEEN,
  'round one hundred and fourteen': ROUND_ONE_HUNDRED_FOURTEEN,
  'round one hundred and fifteen': ROUND_ONE_HUNDRED_FIFTEEN,
  'round one hundred and sixteen': ROUND_ONE_HUNDRED_SIXTEEN,
  'round one hundred and seventeen': ROUND_ONE_HUNDRED_SEVENTEEN,
  'round one hundred and eighteen': ROUND_ONE_HUNDRED_EIGHTEEN,
  'round one hundred and nineteen': ROUND_ONE_HUNDRED_NINETEEN,
  'round one hundred and twenty': ROUND_ONE_HUNDRED_TWENTY,
  'round one hundred and twenty-one': ROUND_ONE_HUNDRED_TWENTY_ONE,
  'round one hundred and twenty-two': ROUND_ONE_HUNDRED_TWENTY_TWO,
  'round one hundred and twenty-three': ROUND_ONE_HUNDRED_TWENTY_THREE,
  'round one hundred and twenty-four': ROUND_ONE_HUNDRED_TWENTY_FOUR,
  'round one hundred and twenty-five': ROUND_ONE_HUNDRED_TWENTY_FIVE,
  'round one hundred and twenty-six': ROUND_ONE_HUNDRED_TWENTY_SIX,
  'round one hundred and twenty-seven': ROUND_ONE_HUNDRED_TWENTY_SEVEN,
  'round one hundred and twenty-eight': ROUND_ONE_HUNDRED_TWENTY_EIGHT,
  'round one hundred and twenty-nine': ROUND_ONE_HUNDRED_TWENTY_NINE,
  'round one hundred and thirty': ROUND_ONE_HUNDRED_THIRTY,
  'round one hundred and thirty-one': ROUND_ONE_HUNDRED_THIRTY_ONE,
};
const CORPUS: Readonly<Record<string, readonly CorpusNote[]>> = Object.fromEntries(
  Object.entries(FIRST_ROUND).map(([lng, notes]) => [
    lng,
    [...notes, ...Object.values(LATER_ROUNDS).flatMap((round) => round[lng] ?? [])],
  ]),
);
/** The blue profiles of the reference week, as the API passes them: their names are never a finding. */
const ALLOWED_NAMES = [
  'Politiet Nettpatrulje',
  'Poliisi Nettipartio',
  'Politie Online',
  'Lögreglan Netvakt',
  'Police Patrol Kim',
];
const BLUE_PROFILE_NOTES: readonly CorpusNote[] = [
  {
    text: 'Politiet Nettpatrulje svarte i kanalen; gutten takket Politiet Nettpatrulje for hjelpen.',
    identifiers: [],
  },
  { text: 'Poliisi Nettipartio vastasi kysymyksiin klo 19.00–20.00.', identifiers: [] },
  { text: 'Police Patrol Kim answered three questions about scams.', identifiers: [] },
  { text: 'Het profiel Politie Online werd door 6 jongeren toegevoegd.', identifiers: [] },
];
const COUNTRIES = ['NO', 'BE', 'NL', 'IS', 'FI', 'SE'];

interface Score {
  notes: number;
  withIds: number;
  caught: number;
  clean: number;
  falseAlarms: number;
  missed: string[];
  alarms: string[];
}

function score(notes: readonly CorpusNote[]): Score {
  const result: Score = {
    notes: notes.length,
    withIds: 0,
    caught: 0,
    clean: 0,
    falseAlarms: 0,
    missed: [],
    alarms: [],
  };
  for (const note of notes) {
    const findings = findPersonalData(note.text, { countries: COUNTRIES, allowedNames: ALLOWED_NAMES });
    if (note.identifiers.length === 0) {
      result.clean++;
      if (findings.length > 0) {
        result.falseAlarms++;
        result.alarms.push(
          `${note.text}  ⇒  ${findings.map((f) => `${f.kind}:${note.text.slice(f.start, f.end)}`).join(', ')}`,
        );
      }
      continue;
    }
    result.withIds++;
    const missed = note.identifiers.filter((identifier) => {
      const start = note.text.indexOf(identifier);
      if (start < 0) throw new Error(`identifier not in its note: ${identifier}`);
      const end = start + identifier.length;
      return !findings.some((f) => f.start < end && start < f.end);
    });
    if (missed.length === 0) result.caught++;
    else result.missed.push(`${note.text}  ⇒  missed ${missed.join(', ')}`);
  }
  return result;
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : (100 * part) / whole);

describe('findPersonalData on the corpus', () => {
  beforeAll(() => registerNameLexicon(BUNDLED_NAME_LEXICON));

  it('has at least 300 notes in the nine languages, half of them with an identifier', () => {
    const all = Object.values(CORPUS).flat();
    expect(all.length).toBeGreaterThanOrEqual(300);
    const withIds = all.filter((n) => n.identifiers.length > 0).length;
    expect(Math.abs(withIds - all.length / 2)).toBeLessThan(all.length * 0.05);
    for (const notes of Object.values(CORPUS)) expect(notes.length).toBeGreaterThanOrEqual(30);
  });

  it('catches at least 97 % of the notes with an identifier and flags at most 3 % of the clean ones', () => {
    const rows = Object.entries(CORPUS).map(([lng, notes]) => [lng, score(notes)] as const);
    rows.push(['blue profiles', score(BLUE_PROFILE_NOTES)]);
    const roundLines = Object.entries(LATER_ROUNDS).map(([name, round]) => {
      const s = score(Object.values(round).flat());
      return `${name.padEnd(14)} notes ${String(s.notes).padStart(3)}  recall ${percent(s.caught, s.withIds).toFixed(1).padStart(5)} % (${s.caught}/${s.withIds})  false alarms ${percent(s.falseAlarms, s.clean).toFixed(1).padStart(5)} % (${s.falseAlarms}/${s.clean})`;
    });
    const total = rows.reduce(
      (sum, [, s]) => ({
        withIds: sum.withIds + s.withIds,
        caught: sum.caught + s.caught,
        clean: sum.clean + s.clean,
        falseAlarms: sum.falseAlarms + s.falseAlarms,
      }),
      { withIds: 0, caught: 0, clean: 0, falseAlarms: 0 },
    );
    const recall = percent(total.caught, total.withIds);
    const falseAlarmRate = percent(total.falseAlarms, total.clean);
    const lines = rows.map(
      ([lng, s]) =>
        `${lng.padEnd(14)} notes ${String(s.notes).padStart(3)}  recall ${percent(s.caught, s.withIds).toFixed(1).padStart(5)} % (${s.caught}/${s.withIds})  false alarms ${percent(s.falseAlarms, s.clean).toFixed(1).padStart(5)} % (${s.falseAlarms}/${s.clean})`,
    );
    const details = rows.flatMap(([lng, s]) => [
      ...s.missed.map((m) => `[${lng}] MISSED ${m}`),
      ...s.alarms.map((a) => `[${lng}] FALSE ALARM ${a}`),
    ]);
    console.log(
      [
        ...lines,
        ...roundLines,
        `${'all'.padEnd(14)} recall ${recall.toFixed(1)} % (${total.caught}/${total.withIds})  false alarms ${falseAlarmRate.toFixed(1)} % (${total.falseAlarms}/${total.clean})`,
        ...details,
      ].join('\n'),
    );
    expect(recall).toBeGreaterThanOrEqual(97);
    expect(falseAlarmRate).toBeLessThanOrEqual(3);
  });
});
