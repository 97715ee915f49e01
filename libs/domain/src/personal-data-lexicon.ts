/**
 * Entry `@empact/domain/personal-data-lexicon`: the first-name and surname lists, for a server that loads them
 * eagerly. Importing this module registers them for `findPersonalData`.
 */
import { FIRST_NAMES, SURNAMES } from './personal-data/name-lexicon.data';
import { nameLexiconOf, registerNameLexicon } from './personal-data/name-lexicon';

export const BUNDLED_NAME_LEXICON = nameLexiconOf(FIRST_NAMES, SURNAMES);
registerNameLexicon(BUNDLED_NAME_LEXICON);
