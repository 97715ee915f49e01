/**
 * Entry `@empact/domain/personal-data-lexicon`, for a server that loads the language lexicon eagerly: importing
 * it registers the name lists and the name, address and school detectors for `findPersonalData`.
 */
import { NAME_LEXICON } from './personal-data/lexicon-bundle';
import { registerNameLexicon } from './personal-data/name-lexicon';

export const BUNDLED_NAME_LEXICON = NAME_LEXICON;
registerNameLexicon(NAME_LEXICON);
