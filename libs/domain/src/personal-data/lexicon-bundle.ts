import { findAddresses, findSchools } from './addresses';
import { findCuedPhones, findCuedUserIds, findIdsByCueOrShape } from './cued-numbers';
import {
  FIRST_NAMES,
  GERMAN_NOUN_FIRST_NAMES,
  SMALL_WORD_FIRST_NAMES,
  SMALL_WORD_LANGUAGES,
  SURNAMES,
  WORD_FIRST_NAMES,
} from './name-lexicon.data';
import { NameLexicon, nameLexiconOf } from './name-lexicon';
import { findNames } from './names';
import { findNumbersInWords } from './number-words';

/** Everything `loadNameLexicon()` brings in one chunk: the name lists and the detectors that need word lists (numbers in words too). */
export const NAME_LEXICON: NameLexicon = nameLexiconOf(
  FIRST_NAMES,
  SURNAMES,
  [
    findNames,
    findAddresses,
    findSchools,
    findNumbersInWords,
    findIdsByCueOrShape,
    findCuedPhones,
    findCuedUserIds,
  ],
  {
    wordNames: WORD_FIRST_NAMES,
    germanNouns: GERMAN_NOUN_FIRST_NAMES,
    smallWords: SMALL_WORD_FIRST_NAMES,
    smallWordLanguages: SMALL_WORD_LANGUAGES,
  },
);
