import { alternation, Candidate, matchesOf, sentenceAlternation } from './candidate';
import { nameLexicon } from './name-lexicon';
import { CALENDAR_WORDS, MORE_PLACE_SET, NOT_A_PERSON, PLACES, TOWN_SET } from './not-a-person';
import { AND_WORDS } from './numbers';
import { HOUSE_NUMBER_WORDS } from './number-words';

/** Not a person nor a town a school is commonly named after (see MORE_PLACE_SET). */
const notASchoolName = (word: string): boolean => NOT_A_PERSON.has(word) && !MORE_PLACE_SET.has(word);

/**
 * STREET_ADDRESS: a street with a house number ("Kerkstraat 12", "Storgata 5B", "12 rue de la Paix",
 * "Mannerheimintiellä 5 A 12", "á Laugavegi 12"), with the postcode and town that may follow ("3511 LX Utrecht",
 * "0150 Oslo", "1000 Bruxelles", "101 Reykjavík", "00100 Helsinki"). A street named without a number is a place,
 * not an address, and is not a finding.
 *
 * SCHOOL: a named school or a class, mentioned where a young person goes ("går i 8b på Ullern skole", "í 9. bekk
 * í Hagaskóla", "zit in groep 8 van De Regenboog", "en 4e B au collège Jean Moulin", "8B-luokalla Kallion
 * yläasteella"). School in general ("skolen", "at school") is not a finding.
 */

/** Street words that end a one-word street name, with the inflected forms (Finnish, Icelandic) notes use. */
const STREET_SUFFIXES = [
  'gate',
  'gata',
  'gaten',
  'gata',
  'gt',
  'gt.',
  'vn',
  'vn.',
  'veien',
  'vegen',
  'vei',
  'veg',
  'veiens',
  'stien',
  'stig',
  'allé',
  'alléen',
  'plass',
  'plassen',
  'torget',
  'torg',
  'bakken',
  'lia',
  'åsen',
  'brekka',
  'kroken',
  'svingen',
  'tunet',
  'ringen',
  'straat',
  'laan',
  'weg',
  'plein',
  'gracht',
  'dreef',
  'singel',
  'kade',
  'steeg',
  'hof',
  'park',
  'dijk',
  'baan',
  'markt',
  'pad',
  'straße',
  'strasse',
  'str.',
  'str',
  'gasse',
  'allee',
  'platz',
  'ring',
  'damm',
  'ufer',
  'chaussee',
  'katu',
  'kadulla',
  'kadun',
  'kadulle',
  'tie',
  'tiellä',
  'tien',
  'tielle',
  'kuja',
  'kujalla',
  'kujan',
  'polku',
  'polulla',
  'rinne',
  'rinteellä',
  'kaari',
  'kaarella',
  'ranta',
  'rannalla',
  'tori',
  'torilla',
  'aukio',
  'väg',
  'vägen',
  'gatan',
  'gränd',
  'gränden',
  'torget',
  'backe',
  'backen',
  'stigen',
  'vegur',
  'vegi',
  'veg',
  'vegar',
  'gata',
  'götu',
  'gatan',
  'stræti',
  'braut',
  'brautar',
  'stígur',
  'stíg',
  'stígs',
  'tröð',
  'hlíð',
  'holt',
  'hæð',
  'hvammur',
  'lækur',
  'mýri',
  'bakki',
  'bakka',
  'teigur',
  'teig',
  'tún',
  'torg',
  // "Hraunbæ 102", "Handelsesplanaden 14 A 3", "Kirkkopuistikko 5": more endings of the five countries' streets.
  'bær',
  'bæ',
  'bæjar',
  'sel',
  'vellir',
  'völlum',
  'skjól',
  'hraun',
  'esplanaden',
  'esplanad',
  'esplanadi',
  'promenaden',
  'puistikko',
  'raitti',
  'kaarre',
  'kuja',
];
/** Street words written before the name ("rue de la Paix", "avenue Louise", "Rue Haute"). */
const STREET_PREFIXES = [
  'rue',
  'avenue',
  'av.',
  'boulevard',
  'bd',
  'chemin',
  'chaussée',
  'place',
  'impasse',
  'allée',
  'quai',
  'drève',
  'square',
  'sentier',
  'route',
  'clos',
  'cours',
  'passage',
  'rempart',
];
/** Street words written as a separate word after the name ("Karl Johans gate", "Rue Haute", "Am Markt"). */
const SEPARATE_STREET_WORDS = [
  'gate',
  'gata',
  'gt',
  'vei',
  'veg',
  'vn',
  'allé',
  'plass',
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'lane',
  'drive',
  'close',
  'way',
  'straße',
  'strasse',
  'weg',
  'gatan',
  'väg',
];
/** The same written with a capital ("Aachener Straße 12", "Karl Johans Gate 5"); not English words like "Drive 2". */
const CAPITALISED_STREET_WORDS = [
  'straße',
  'strasse',
  'str.',
  'weg',
  'allee',
  'gate',
  'gata',
  'gatan',
  'vei',
  'veg',
  'väg',
  'straat',
  'laan',
  'steenweg',
  'tie',
  'katu',
  'vegur',
];

const NUMBER = String.raw`[1-9]\d{0,3}(?:\s?[A-Za-z](?![\p{L}]))?(?:\s?[-–]\s?[1-9]\d{0,3})?(?:,?\s(?:bus|boîte|bte|bt|app?\.?|as\.?|lgh|leil\.?|h)\s?\d{1,4}|\s[A-Z]\s?\d{1,3})?`;
/** After a house number: not the rest of a time, a date or a reference ("Oppdatering 22:40", "Registratie 2025-0148"). */
const NOT_A_TIME_OR_CODE = String.raw`(?![\p{N}]|[:.,/–-]\p{N}|[-–/]\p{Lu}{2})`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** After the number: a postcode and a town ("0150 Oslo", "3511 LX Utrecht", "00100 Helsinki", "1000 Bruxelles"). */
const POSTCODE_TOWN = String.raw`(?:,?\s+(?:\d{3}\s\d{2}|\d{3,5}|\d{4}\s?[A-Z]{2})\s+${CAPITALISED}(?:\s${CAPITALISED})?)?`;

/** Between a street and its number: a space, or a word for the number ("Pijlstraat, no. 22", "Storgata nr. 5"). */
const BEFORE_HOUSE_NUMBER = String.raw`(?:,?\s+(?:no\.?|nr\.?|n°|nº|num\.?|nummer|number|numéro|numero)\s*|\s+)`;
const ONE_WORD_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])\p{Lu}[\p{L}\p{M}'’-]{0,40}?(?:${alternation(STREET_SUFFIXES)})\.?${BEFORE_HOUSE_NUMBER}(?<!\d)${NUMBER}${NOT_A_TIME_OR_CODE}${POSTCODE_TOWN}`,
  'gu',
);
/** A comma before the house number ("Thereses gate, 22 in Oslo"), where the number ends the phrase: not "Storgata, 12 ungdommer". */
const COMMA_BEFORE_HOUSE_NUMBER = String.raw`,\s(?=[1-9]\d{0,3}[A-Za-z]?(?:[.!?;)]|,\s|\s(?:i|in|en|à|og|and|und|et|ja|och|\d)\s|$))`;
const SEPARATE_WORD_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${CAPITALISED}\s){1,3}(?:${alternation(SEPARATE_STREET_WORDS)}|${sentenceAlternation(CAPITALISED_STREET_WORDS)})\.?(?:\s+|${COMMA_BEFORE_HOUSE_NUMBER})${NUMBER}${NOT_A_TIME_OR_CODE}${POSTCODE_TOWN}`,
  'gu',
);
/** "rue de la Paix 12" (Belgium) and "12 rue de la Paix" (France). */
const PREFIX_WORD_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?<![\p{N}:.,])\d{1,4}(?:\s?(?:bis|ter|[a-z]))?,?\s)?(?:${sentenceAlternation(STREET_PREFIXES)})\s(?:(?:de|du|des|la|le|l'|l’|d'|d’|van|der|aux|au|en)\s?){0,3}${CAPITALISED}(?:[\s-](?:(?:de|du|des|la|le|l'|l’|d'|d’)\s?){0,2}${CAPITALISED}){0,3}(?:,?\s${NUMBER})?${POSTCODE_TOWN}`,
  'gu',
);
/** "14 Baker Street", "221B Baker St" (the number before the street, as in English). */
const NUMBER_FIRST_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}_:.,])[1-9]\d{0,3}[A-Za-z]?\s(?:${CAPITALISED}\s){1,3}(?:${sentenceAlternation(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'close', 'way', 'crescent', 'gardens', 'place', 'terrace', 'court', 'grove', 'row', 'hill', 'park'])})\b\.?`,
  'gu',
);
/**
 * A Dutch postcode ("3511 LX") is unmistakable; with the town after it, it is part of an address, and after a word for
 * a postcode it is one on its own: a street's side, a few dozen homes ("postcode 5612 AB").
 */
const DUTCH_POSTCODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{4}\s?(?!SA|SD|SS)[A-Z]{2}\s+${CAPITALISED}|(?<![\p{L}])(?:${sentenceAlternation(['postcode', 'postnummer', 'code postal', 'postleitzahl', 'postal code', 'zip'])}|PLZ)\s*:?\s*[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])`,
  'gu',
);

/** A street word on its own: "Kerkstraat", "Storgata", "Laugavegi", "Hämeenkadulla", "Bahnhofstr.". */
const STREET_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]{0,40}?(?:${alternation(STREET_SUFFIXES)})(?![\p{L}])`;
/** The same in small letters, with at least three letters before the street word ("storgata", "laugavegi", "hauptstr."). */
const STRONG_STREET_SUFFIXES = [
  'gata',
  'gaten',
  'gatan',
  'gt.',
  'veien',
  'vegen',
  'vägen',
  'straat',
  'straße',
  'strasse',
  'str.',
  'katu',
  'kadulla',
  'ntie',
  'ntiellä',
  'vegur',
  'vegi',
  'götu',
  'stræti',
  'braut',
  'laan',
  'allee',
  'gasse',
  'gränd',
  'plein',
  'gracht',
];
const LOWER_STREET_WORD = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]{2,40}?(?:${alternation([...STRONG_STREET_SUFFIXES, 'gate', 'vei', 'veg', 'vn.', 'plass', 'plassen', 'allé', 'weg', 'dreef', 'kade', 'steeg', 'tie', 'tiellä', 'kuja', 'kujalla', 'väg', 'platz', 'damm', 'ufer'])})(?![\p{L}])`;
/**
 * A street in small letters with a house number, without a word for living there: only the street words that are
 * nothing else ("storgata 12b", "storgatan 3", "mannerheimintie 5", "hauptstr. 7", "laugavegi 22"); not "-gate"
 * ("investigate 2"), "-weg" ("onderweg 20 minuten") or "-park".
 */
const LOWER_STREET_WITH_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])\p{Ll}[\p{Ll}\p{M}'’-]{2,40}?(?:${alternation(STRONG_STREET_SUFFIXES)})\s+(?<!\d)${NUMBER}${NOT_A_TIME_OR_CODE}`,
  'gu',
);
/**
 * Where someone lives, even without a house number: "woont in de Kerkstraat", "bor i Storgata", "wohnt in der
 * Hauptstraße", "asuu Hämeenkadulla", "býr á Laugavegi", "lives on Elm Road", "habite rue des Lilas",
 * "op nummer 12 in de Beukenlaan".
 */
const LIVES_ON_STREET = new RegExp(
  String.raw`(?<![\p{L}-])(?:${sentenceAlternation(['woont', 'woonde', 'wonen', 'bor', 'bodde', 'bur', 'budde', 'bår', 'wohnt', 'wohnte', 'wohnen', 'asuu', 'asui', 'asuvansa', 'asuneensa', 'býr', 'bjó', 'lives', 'lived', 'living', 'live', 'habite', 'habitait', 'vit', 'vivait', 'nummer', 'huisnummer', 'hausnummer', 'husnummer', 'numéro', 'nr.', 'nr', 'no.', 'number'])})(?:\s+\d{1,4}[a-zA-Z]?)?\s+(?:(?:in|op|aan|i|på|in der|in die|im|an der|am|auf der|á|í|on|at|in the|on the|à|au|dans la|dans le|sur|de la|du|near)\s+)?(?:(?:de|het|der|die|the|la|le|l'|l’)\s+)?(?<street>${STREET_WORD}|${LOWER_STREET_WORD}(?:\.?\s+${NUMBER})?|[1-9]\d{0,3}[a-z]?\s(?:\p{Ll}[\p{Ll}'’-]{1,20}\s){1,2}(?:street|st|road|rd|avenue|ave|lane|drive|close|way|crescent|gardens|grove|terrace|court|place|row)(?![\p{L}])|(?:rue|avenue|boulevard|chemin|chaussée|place|impasse|allée|quai|drève)\s(?:(?:de|du|des|la|le|l'|l’|d'|d’)\s?){0,2}${CAPITALISED}|(?:${CAPITALISED}\s){1,2}(?:Street|Road|Avenue|Lane|Drive|Close|Way|Crescent|Gardens|Terrace))`,
  'gu',
);

/**
 * Where someone says they live, in small letters and with a house number but no street word: "bý á hraunbæ 14",
 * "j'habite rue des wallons 17", "bor i lia 5", "woon op de dijk 12". Not a stay ("bor i oslo 2 år").
 */
const LIVES_AT_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:${sentenceAlternation(['á heima', 'bor', 'bur', 'bý', 'býr', 'búa', 'bjó', 'woon', 'woont', 'wonen', 'wohne', 'wohnt', 'wohnen', 'asun', 'asuu', 'asua', 'habite', 'habiter', 'live', 'lives', 'living', 'bo', 'bu'])})\s+(?:(?:in|op|aan|i|på|in der|in die|im|an der|am|á|í|on|at|à|au|dans la|dans le|sur)\s+)?(?:(?:de|het|der|die|the|la|le|l'|l’)\s+)?(?<street>(?:\p{L}[\p{Ll}\p{M}'’-]{1,30}\s){1,3}[1-9]\d{0,3}[a-zA-Z]?)(?![\p{L}\p{N}]|[:.,]\d|\s?(?:år|år\b|dager|dagar|uker|veker|mnd|months?|years?|weeks?|days?|jaar|weken|dagen|ans|jours|semaines|jahre|wochen|tage|vuotta|viikkoa|päivää|ár|vikur|daga|dagar|veckor|min|h|kr|€)(?![\p{L}]))`,
  'gu',
);

/**
 * A street with no street word, a house number and a postcode with a known town after it: "Hrísmóar 9, 210 Garðabær",
 * "Lia 5, 8006 Bodø". The postcode and the town make it an address.
 */
const NUMBER_POSTCODE_TOWN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${CAPITALISED}\s){0,2}${CAPITALISED}\.?\s[1-9]\d{0,3}[A-Za-z]?,?\s(?:\d{3,5}|\d{4}\s?[A-Z]{2})\s(?<town>${CAPITALISED}(?:\s${CAPITALISED})?)`,
  'gu',
);

/**
 * A square or street named after "op de" with no street word ("woont op de Dam", "woont op het Rembrandtplein" has
 * one): Dutch says "op de" of streets and squares, "in" of towns and regions.
 */
const LIVES_ON_SQUARE =
  /(?<![\p{L}])(?:woont|woonde|wonen)\s+(?:nu\s+|ook\s+)?op\s+(?:de|het)\s+(?<street>\p{Lu}[\p{L}\p{M}'’-]{1,30})(?:\s+(?<number>[1-9]\d{0,3}[a-z]?))?(?![\p{L}\p{N}])/gu;

/** Regions and islands Dutch puts "op de" before. */
/** A street and a number after a word for an address: "birt heimilisfangið hans, Hraunbæ 102", "address: 14 Park Road". */
const ADDRESS_WORD_THEN_STREET = new RegExp(
  String.raw`(?<![\p{L}])(?:adresse|adressen|adressa|adressene|adresser|adress|adresses|address|addresses|adres|adressa|anschrift|wohnadresse|heimilisfang\p{L}*|osoite|osoitteen|osoitteensa|osoitteeksi|bostadsadress|hemadress|domicile|woonadres|postadresse)(?:\s+(?:hans|hennes|hennar|sitt|sin|his|her|their|zijn|haar|son|sa|sein|seine|ihr|ihre|hänen|hans|hennes|sína|sitt|sín))?\s*[:,]?\s+(?:(?:er|is|was|ist|est|on|är|var|war|était|oli)\s+)?(?<street>${CAPITALISED}(?:\s${CAPITALISED}){0,2}\s${NUMBER}${POSTCODE_TOWN})(?![\p{L}\p{N}]|[:.,]\d)`,
  'giu',
);

const DUTCH_REGIONS = new Set([
  'veluwe',
  'wadden',
  'waddeneilanden',
  'antillen',
  'zuidas',
  'heuvelrug',
  'kempen',
  'ardennen',
]);

/**
 * A street in small letters as a hurried note types it, with its number: "rue de fer 58", "rue de la gare 45",
 * "aachener str. 31", "hamraborg 14, 200 kópavogur" (a street word before it, or a postcode and a known town after).
 */
const LOWER_PREFIX_STREET =
  /(?<![\p{L}])(?:rue|avenue|chaussée|boulevard|chemin|place|allée|quai)\s(?:(?:de la|de l'|de l’|du|des|de)\s?)?\p{Ll}[\p{Ll}'’-]+(?:\s\p{Ll}[\p{Ll}'’-]+){0,2}\s[1-9]\d{0,3}(?![\p{L}\p{N}]|[.,:]\d|\s(?:fois|times|x|ganger|gonger|gånger|mal|keer|kertaa|sinnum|ans|jaar|år|jahre|min|minutes|h|heures|jeunes|enfants|personnes)(?![\p{L}]))/gu;
const LOWER_SEPARATE_STREET =
  /(?<![\p{L}])\p{Ll}{3,}er\s(?:str\.|straße|strasse|weg)\s[1-9]\d{0,3}[a-z]?(?![\p{L}\p{N}]|[.,:]\d)/gu;
const LOWER_NUMBER_POSTCODE_TOWN =
  /(?<![\p{L}])\p{Ll}[\p{Ll}'’-]{2,30}\s[1-9]\d{0,3}[a-z]?,?\s(?:\d{3}\s\d{2}|\d{3,5})\s(?<town>\p{Ll}[\p{Ll}-]+)(?![\p{L}])/gu;

/** An English house number and street in small letters: "27 hollybush lane", "4 station road". */
const ENGLISH_STREET_IN_SMALL_LETTERS =
  /(?<![\p{L}\p{N}.,:/-])[1-9]\d{0,3}[a-z]?\s(?:\p{Ll}[\p{Ll}'’-]{1,20}\s){1,2}(?:street|road|avenue|lane|drive|close|crescent|gardens|grove|terrace)(?=\s*(?:[,.;:!?)"»]|$))/gu;

const STREET_THEN_NUMBER_IN_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])\p{L}[\p{L}\p{M}'’-]{2,40}?(?:${alternation([...STRONG_STREET_SUFFIXES, 'veg', 'vei', 'gate', 'gade'])})\s+(?:${alternation(HOUSE_NUMBER_WORDS)})(?:\s+(?:og|and|en|et|und|ja|och)\s+(?:${alternation(HOUSE_NUMBER_WORDS)}))?(?=\s+(?:i|í|in|en|à|og|and|und|ja|och|,)\s|\s*[.,;!?)»”"]|\s*$)`,
  'giu',
);

export function findAddresses(text: string): Candidate[] {
  const found: Candidate[] = [...matchesOf(STREET_THEN_NUMBER_IN_WORDS, text)].map((m) => ({
    kind: 'STREET_ADDRESS' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const m of matchesOf(ENGLISH_STREET_IN_SMALL_LETTERS, text))
    found.push({ kind: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length });
  for (const pattern of [LOWER_PREFIX_STREET, LOWER_SEPARATE_STREET]) {
    for (const m of matchesOf(pattern, text))
      found.push({ kind: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(LOWER_NUMBER_POSTCODE_TOWN, text)) {
    const town = m.groups?.town ?? '';
    if (town.length >= 3 && TOWN_SET.has(town))
      found.push({ kind: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(LIVES_ON_SQUARE, text)) {
    const street = m.groups?.street ?? '';
    if (NOT_A_PERSON.has(street.toLowerCase()) || isPlace(street) || DUTCH_REGIONS.has(street.toLowerCase()))
      continue;
    const start = m.index + m[0].lastIndexOf(street);
    found.push({ kind: 'STREET_ADDRESS', start, end: m.index + m[0].length });
  }
  for (const m of matchesOf(NUMBER_POSTCODE_TOWN, text)) {
    const town = (m.groups?.town ?? '').toLowerCase();
    if (!TOWN_SET.has(town) && !TOWN_SET.has(town.split(' ')[0])) continue;
    if (NOT_A_PERSON.has((/^\p{L}+/u.exec(m[0])?.[0] ?? '').toLowerCase())) continue;
    found.push({ kind: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(ADDRESS_WORD_THEN_STREET, text)) {
    const street = m.groups?.street ?? '';
    if (!/^\p{Lu}/u.test(street) || NOT_A_PERSON.has((/^\p{L}+/u.exec(street)?.[0] ?? '').toLowerCase()))
      continue;
    const start = m.index + m[0].length - street.length;
    found.push({ kind: 'STREET_ADDRESS', start, end: m.index + m[0].length });
  }
  for (const m of matchesOf(LIVES_AT_NUMBER, text)) {
    const street = m.groups?.street ?? '';
    const first = (/^\p{L}+/u.exec(street)?.[0] ?? '').toLowerCase();
    // "Prochain live jeudi 19h": a day and an hour.
    if (NOT_A_PERSON.has(first) || isPlace(first) || WEEKDAY_AT_END.test(first) || APPROXIMATELY.has(first))
      continue;
    // "where you live and about ringing 112", "waar je woont en over 112 bellen": the sentence goes on to something else;
    // "live in the 9008 area", "live með stelpum fæddum 2011": an article or "with" first, a year last, is no street.
    if (AND_WORD.test(first) || NO_STREET_FIRST.has(first) || /(?<!\d)(?:19|20)\d\d$/u.test(street)) continue;
    const start = m.index + m[0].length - street.length;
    found.push({ kind: 'STREET_ADDRESS', start, end: m.index + m[0].length });
  }
  for (const m of matchesOf(LIVES_ON_STREET, text)) {
    const street = m.groups?.street ?? '';
    if (NOT_A_PERSON.has((/^\p{L}+/u.exec(street)?.[0] ?? '').toLowerCase())) continue;
    const start = m.index + m[0].length - street.length;
    found.push({ kind: 'STREET_ADDRESS', start, end: m.index + m[0].length });
  }
  for (const pattern of [
    ONE_WORD_STREET,
    SEPARATE_WORD_STREET,
    NUMBER_FIRST_STREET,
    DUTCH_POSTCODE,
    LOWER_STREET_WITH_NUMBER,
  ]) {
    for (const m of matchesOf(pattern, text)) {
      // "Politie 0900-8844" ends in "tie" but is no street.
      const firstWord = (/^\p{L}+/u.exec(m[0])?.[0] ?? '').toLowerCase();
      if (NOT_A_PERSON.has(firstWord)) continue;
      // "Kveldsoppsummering 18–22", "riktigt. 40", "ausgeloggt. 18": a noun in -ering, an adverb or a participle.
      if (/ering$/u.test(firstWord) || /(?:ig|ag|gg|üg|ög)t\.$/u.test(/^\S+/u.exec(m[0])?.[0] ?? ''))
        continue;
      found.push({ kind: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of matchesOf(PREFIX_WORD_STREET, text)) {
    // A French street is an address with a number before or after it; "la rue Neuve" alone is a place.
    if (/\d/.test(m[0])) found.push({ kind: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length });
  }
  // "LS6 2QE", "SN2 1DQ", "D02 X285": a British postcode or an Irish Eircode has a shape of its own.
  for (const m of matchesOf(BRITISH_OR_IRISH_POSTCODE, text)) {
    const code = m.groups?.eircode;
    if (code === undefined || (/\d/.test(code) && /[A-Z]/.test(code)))
      found.push({ kind: 'STREET_ADDRESS', start: m.index, end: m.index + m[0].length });
  }
  // "lokale politie Gent, Antonie Triestlaan 12", "Helsingin poliisilaitokselle, Ratapihantie 11": an office's address.
  return found
    .map((c) => withPostcodeAfter(text, trimEnd(text, c)))
    .filter((c) => !OFFICE_BEFORE_ADDRESS.test(text.slice(Math.max(0, c.start - 70), c.start)));
}

/** A police or public office named just before an address, set off by a comma. */
const OFFICE_BEFORE_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?:${sentenceAlternation(['politi', 'polis', 'lokalpolis', 'poliisi', 'lögregl', 'polizei', 'politie', 'police', 'commissariat', 'gendarmerie', 'kripos', 'barnevern', 'barnavernd', 'jugendamt', 'socialtjänst', 'lastensuojelu', 'kommune', 'rådhus', 'parquet', 'tribunal'])})\p{L}*(?:\s+[\p{L}-]+){0,3},\s*(?:\p{Lu}[\p{L}-]+\s+){0,2}$`,
  'u',
);

/**
 * A British postcode (its inward part never uses C, I, K, M, O or V) or an Irish Eircode (a routing key, then four
 * letters and digits).
 */
const BRITISH_OR_IRISH_POSTCODE =
  /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s(?<eircode>[0-9AC-FHKNPRTV-Y]{4}))(?![\p{L}\p{N}])/gu;

/**
 * The postcode and town after a street, in small letters too: "koulukatu 5 b 12, 70100 kuopio",
 * "lindenstraße 7 in 04109 leipzig", "27 Orchard Road, Swindon SN2 1DQ".
 */
const POSTCODE_AFTER_STREET = new RegExp(
  // "in de Kerkstraat 27 woont, 9000 Gent": the verb of living may stand between.
  String.raw`^(?:\s?[A-Za-z]?\s?[1-9]\d{0,2})?(?:\s+(?:woont|woon|wohnt|wohne|bor|bur|býr|asuu|habite|lives|live))?,?\s+(?:(?:in|i|í|à|en|te|im)\s+)?(?:(?:\d{3}\s\d{2}|\d{3,5}|\d{4}\s?[A-Za-z]{2})\s+\p{L}[\p{L}\p{M}-]+|(?:\p{Lu}[\p{L}-]+\s)?[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])`,
  'u',
);

function withPostcodeAfter(text: string, c: Candidate): Candidate {
  if (c.kind !== 'STREET_ADDRESS') return c;
  const after = POSTCODE_AFTER_STREET.exec(text.slice(c.end, c.end + 60));
  return after ? { ...c, end: c.end + after[0].length } : c;
}

function trimEnd(text: string, c: Candidate): Candidate {
  let end = c.end;
  while (end > c.start && /[\s,.]/.test(text[end - 1])) end--;
  return { ...c, end };
}

// ---------------------------------------------------------------------------------------------------------
// SCHOOL

/** School words after the school's name ("Ullern skole", "Hagaskóla", "Kallion yläasteella", "Lycée"?). */
const SCHOOL_AFTER = [
  'skole',
  'skolen',
  'skule',
  'skulen',
  'ungdomsskole',
  'ungdomsskule',
  'barneskole',
  'barneskule',
  'vgs',
  'videregående',
  'skóli',
  'skóla',
  'skólanum',
  'skólinn',
  'grunnskóli',
  'grunnskóla',
  'school',
  'college',
  'academy',
  'basisschool',
  'lyceum',
  'atheneum',
  'college',
  'schule',
  'gymnasium',
  'realschule',
  'grundschule',
  'gesamtschule',
  'koulu',
  'koulun',
  'koulussa',
  'koululla',
  'kouluun',
  'koulua',
  'koulusta',
  'lukiota',
  'lukioon',
  'lukion',
  'yläastetta',
  'yläaste',
  'yläasteella',
  'yläasteen',
  'yläasteelle',
  'yhtenäiskoulu',
  'yhtenäiskoulussa',
  'lukio',
  'lukiossa',
  'ala-aste',
  'ala-asteella',
  'skolan',
  'skola',
  'gymnasiet',
  'högstadiet',
  'högstadieskola',
  'grundskola',
  'high school',
  'middle school',
  'primary school',
  'high',
  'primary',
  'elementary',
  'grammar',
  'comprehensive',
];
/** School words before the name ("collège Jean Moulin", "école Saint-Joseph", "basisschool De Regenboog"). */
const SCHOOL_BEFORE = [
  'collège',
  'scoil',
  'gaelscoil',
  'coláiste',
  'colaiste',
  'college',
  'lycée',
  'école',
  'ecole',
  'athénée',
  'institut',
  'basisschool',
  'school',
  'schule',
  'gymnasium',
  'lyceum',
  'atheneum',
  'sint',
  'instituut',
  'koulu',
  'skolan',
  'skole',
];

/** What a school's name may say between the school word and the name: "Athénée royal de Namur", "Koninklijk Atheneum Brugge". */
const SCHOOL_ADJECTIVES = [
  'royal',
  'royale',
  'communal',
  'communale',
  'provincial',
  'provinciale',
  'libre',
  'municipal',
  'municipale',
  'privé',
  'privée',
  'catholique',
  'koninklijk',
  'gemeentelijk',
  'stedelijk',
  'vrij',
  'provinciaal',
  'städtisches',
  'städtische',
  'bischöfliches',
  'bischöfliche',
];

/** A class: "8B", "9c", "8. klasse", "9. bekk", "groep 8", "4e B", "klass 8B", "8B-luokalla", "7.-luokalla". */
const CLASS = String.raw`(?:\b[1-9](?:st|nd|rd|th)\s(?:class|year|grade|form)\b|\b[1-6](?:e|ème|re|ère)(?:\s?[A-Ha-h])?(?:\s(?:primaire|secondaire|année|humanités))?(?=\s(?:au|à|de|du|dans)\s)|\b(?:[1-9]|1[0-3])\s?[A-Ha-h](?:[\s-]?luoka(?:lla|lle|ssa|n|sta|lta)|-?klass(?:en|e)?|:(?:llä|lla|lle|ssä|ssa|stä|sta|ltä|lta|n))?(?![\p{L}\p{N}])|\b(?:[1-9]|1[0-3])\.?\s?(?:klasse|klasses|klassetrinn|trinn|trinnet|bekk|bekkjar|bekkur|klass|klassen|luokka|luokalla|luokalle|luokan|årskurs|année|klas|Klasse)\b|\b[1-6](?:e|de|ste)\s?(?:jaar|leerjaar|middelbaar|secundair)\b|\b(?:[Gg]roep|[Kk]las|[Kk]lasse|[Kk]lass|[Cc]lass|[Gg]rade|[Yy]ear|[Bb]ekk|[Bb]ekkur|[Ll]uokka|[Ll]uokkaa|[Ll]uokalla|[Ll]uokalle|[Ll]uokan)\s(?:[1-9]|1[0-3])[A-Ha-h]?\b|\b(?:[1-6](?:e|ème))\s?[A-H]\b)`;

/** A school's own name: "Ullern skole", "Hundsund ungdomsskole", "Oak Park School", "Hagaskóla", "Sint-Jozefcollege", "Robert-Schuman-Institut", "collège Jean Moulin", "Athénée Royal de Namur", "Kallion yläasteella". */
const SCHOOL_COMPOUND_ENDINGS = [
  'instituts',
  'gymnasiums',
  'athenäums',
  'skóla',
  'skóli',
  'skólanum',
  'skólann',
  'skole',
  'skolen',
  'skule',
  'skulen',
  'skolan',
  'skola',
  'koulu',
  'koulun',
  'koulussa',
  'koululla',
  'kouluun',
  'koulua',
  'lukio',
  'lukiossa',
  'college',
  'collège',
  'school',
  'schule',
  'institut',
  'instituut',
  'gymnasium',
  'gymnasiet',
  'atheneum',
  'athénée',
  'lyceum',
  'lycée',
  'akademie',
  'academy',
];
const NAMED_SCHOOL = String.raw`(?:(?:\p{Lu}[\p{L}\p{M}'’-]{0,40}\s){1,3}[\p{Ll}-]{0,30}(?:${sentenceAlternation(SCHOOL_AFTER)})(?![\p{L}])|\p{Lu}[\p{L}\p{M}-]{0,40}?(?:${sentenceAlternation(SCHOOL_COMPOUND_ENDINGS)})(?![\p{L}])|(?:${sentenceAlternation(SCHOOL_BEFORE)})\s(?:(?:${alternation(SCHOOL_ADJECTIVES)})\s)?(?:(?:de|du|des|la|le|van|der|het|am|an|der|saint|sint|st\.?)\s|d['’])?\p{Lu}[\p{L}\p{M}'’-]*(?:(?:[\s-]|\s(?:de|du|des|la|le|van|der|am|an|zu)\s)\p{Lu}[\p{L}\p{M}'’-]*){0,3})`;

const A_CLASS = new RegExp(CLASS, 'u');
/** A class as a word of its own: "\b" is ASCII, so "3 décembre" would hold "3 d". */
const A_CLASS_ALONE = new RegExp(String.raw`(?:${CLASS})(?![\p{L}])`, 'u');
/** "live ca 35 ungdomar": about so many, no street. */
const AND_WORD = new RegExp(`^(?:${AND_WORDS})$`, 'u');
const NO_STREET_FIRST = new Set(
  'the a an de het der die das la le les den det ei eit ein eine een un une with med með mit avec met kanssa'.split(
    ' ',
  ),
);
const APPROXIMATELY = new Set(
  'ca cirka circa about around approx noin um ungefär omtrent environ ongeveer rundt kring'.split(' '),
);
const WEEKDAY_AT_END =
  /(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag)$/iu;

const SCHOOL_MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:${CLASS})[\s,]{1,3}(?:(?:på|ved|i|í|van|op|in|au|à|de|du|an|der|des|at|vid)\s)?(?:l['’])?(?:${NAMED_SCHOOL})|(?:${NAMED_SCHOOL})(?:[\s,]{1,3}(?:(?:i|í|in|en|dans|la|klasse|klass|class|ja on|og går i|och går i|and is in)\s)?(?:${CLASS}))?|(?:[Gg]roep|[Kk]las)\s\d{1,2}[a-z]?\s(?:van|op|bij)\s(?:(?:de|het)\s)?(?:basisschool\s|school\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})`,
  'gu',
);

/** Words that make a school word generic, not a school's name: "En skole", "Ungdomsskolen", "Politihøgskolen". */
const GENERIC_SCHOOL =
  /^(?:(?:the|a|an|en|ei|et|ein|eine|einer|den|det|de|het|een|la|le|l'|une|un|die|der|das|min|mi|hans|hennes|hennar|his|her|their|our|vår|vor|onze|zijn|haar|sa|son|notre|seine?|ihre?|sin|sitt|sína|ny|nye|new|nieuwe|gamle|old|oude|this|that|denne|dette|deze|die|cette|ce|diese[rs]?|tämä|hänen|pojan|tytön|nuoren|which|hvilken|welke|quelle|welche|any|hver|every|elke|chaque|jede[rs]?|some|noen|sommige|quelques|einige|uuden|vanhan|tämän|sen|hänen|oman|saman|toisen|jonkin|lähimmän|ison|pienen|eri|entisen|nykyisen|kunnan|kaupungin|koko|jokaisen|kaikkien|kaikki|monen|muun|muiden)\s|(?:ungdoms|barne|grunn|grunnskóla|ala-|ylä|yhtenäis|folkhög|hög|mellan|låg|grund|real|gesamt|basis|middelbare|primary|secondary|high|middle|sommer|kultur|musikk|musik|dans|kjøre|trafikk|politi|poliisi|polis|politie|fag|folke|voksen|natt|kveld|hjemme|dag|söndags|sekundar|primar|grund|haupt|mittel|ober|polizei|lögreglu|police|há|hoch|hög|høg|hoge|ammattikorkea|korkea|universit|spill|sommar|summer|night|sunday|driving|dance|music|art|kunst|sport|idretts|fotball|football|voetbal|fußball|jalkapallo|framhalds|mennta|lögreglu|internat|intern|privat|private|nett|online|net|on-line|e-|virtual|virtuell|friskole|waldorf|montessori))/iu;

/** A class at a named place is a school: "går i 8B på Sundby", "9c på Firda", "in 2b at Oakfield", "en 4e à Jean Rostand". */
const CLASS_AT_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${CLASS})\s(?:på|ved|i|í|at|op|in|au|à|vid|an der|am|bei|van|de|du|í)\s(?:l['’])?(?<name>\p{Lu}[\p{L}\p{M}'’-]{1,40}(?:\s\p{Lu}[\p{L}\p{M}'’-]{1,40}){0,2})`,
  'gu',
);
/**
 * A class at a place in small letters, as hurried notes write schools: "7c på lakkegata", "2b op het stedelijk",
 * "2c à l'athénée de jambes", "8.b í hagaskóla", "8c kalevan koulu", "9c at st bedes". Not a day or a time.
 */
const SMALL_CLASS_AT_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${CLASS})\s(?:(?:på|ved|i|í|at|op|in|au|à|vid|an der|am|bei|van)\s(?:(?:het|de|l'|l’|der|die|the|st|st\.|saint|sint)\s?)?)?(?<name>\p{Ll}[\p{Ll}\p{M}'’-]{2,30}(?:\s(?:de\s)?\p{Ll}[\p{Ll}\p{M}'’-]{1,30})?)`,
  'gu',
);
/** What a class is "på" or "at" that is no school: days, times, platforms, the school in general. */
const NOT_A_SMALL_SCHOOL = new Set(
  (
    'mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag monday tuesday wednesday thursday ' +
    'friday saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag lundi mardi mercredi jeudi ' +
    'vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag mánudag þriðjudag ' +
    'miðvikudag fimmtudag föstudag laugardag sunnudag maanantai tiistai keskiviikko torstai perjantai lauantai ' +
    'sunnuntai skolen skulen skolan school schule koulu skólanum skóla skóli college lycée collège école ' +
    'fritid friminuttet friminutt pausen break recess lunsj lunch middag kveld morgen natt dag idag ' +
    'discord roblox fortnite minecraft snap snapchat tiktok insta instagram twitch chatten chat gc gruppechatten ' +
    'samme same zelfde même gleichen sama sömu klassen klasse klas class luokalla luokassa bekk bekknum ' +
    'een une ein eine einer eit ett the og and en et und ja och eða der som sem die qui joka fyrra fyrravetur vetur sumar haust vor fjor fjol år ' +
    'höstas våras fjol vorig vorige dernier letzten letztes viime'
  ).split(' '),
);

/** A named place with a class after it: "går på Hundsund i 9. klasse", "goes to St Mary's in year 7". */
const NAME_THEN_CLASS = new RegExp(
  String.raw`(?<![\p{L}])(?:på|ved|op|at|to|auf|à|í|vid|naar|zur|zum)\s(?<name>\p{Lu}[\p{L}\p{M}'’.-]{0,40}(?:\s\p{Lu}[\p{L}\p{M}'’-]{1,40}){0,2}),?\s(?:i|í|in|en|im|,)?\s?(?:${CLASS})`,
  'gu',
);
/**
 * Norwegian and Swedish "går på" with a name is said of schools ("hun går på Sundby", "han gikk på Hundsund"); of
 * towns, platforms, shops and the like the lists keep it quiet.
 */
const GOES_TO_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:${sentenceAlternation(['hun', 'han', 'ho', 'hen', 'hon', 'gutten', 'guten', 'jenta', 'jenten', 'pojken', 'flickan', 'killen', 'tjejen', 'som', 'sem', 'begge', 'båda', 'broren', 'søstera', 'søsteren', 'kompisen', 'venninna', 'venninnen'])})\s+(?:går|gikk|gjekk|gick|gaar)\s+(?:nå\s+|no\s+|nu\s+|fortsatt\s+|framleis\s+|fortfarande\s+)?på\s+(?<name>\p{Lu}[\p{L}\p{M}'’-]{2,30})(?![\p{L}\p{N}_@.-]|\.\p{L})`,
  'gu',
);
/** Things one "går på" that are not schools: shops, venues, services and events. */
const GOES_TO_NOT_SCHOOL = new Set(
  (
    'kino bio rema kiwi coop meny spar extra bunnpris joker ica willys lidl hemköp elkjøp xxl mcdonalds burger king ' +
    'max espresso house narvesen 7-eleven deichman biblioteket spektrum ullevaal ullevål nav bufdir bup legevakten ' +
    'legevakta sykehuset akuttmottaket fritidsklubben ungdomsklubben ungdomshuset tinder snapchat discord tiktok ' +
    'instagram youtube twitch roblox fortnite minecraft steam netflix ski skøyter jobb jobben arbeid butikken ' +
    'trening treningssenteret sats elixia fresh fitness evo'
  ).split(' '),
);

/** Dutch "zit op" is said of schools: "zit op De Wegwijzer", "zat op het Stedelijk". */
const SITS_AT_SCHOOL = new RegExp(
  String.raw`(?<![\p{L}])(?:zit|zat|zitten|zaten)\s+(?:nu\s+|nog\s+|al\s+)?op\s+(?<name>(?:(?:de|het|De|Het|'t)\s)?\p{Lu}[\p{L}\p{M}'’-]{1,40}(?:\s\p{Lu}[\p{L}\p{M}'’-]{1,40}){0,2})`,
  'gu',
);

/**
 * A school named in small letters where someone goes: "går i 7b på huseby skole", "goes to st marys primary", "går på
 * lia skole", "käy kallion koulua". Only after a class or a verb of going to school, and not "samme skole", "a school".
 */
const LOWER_SCHOOL = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:${CLASS})\s(?:på|ved|i|í|at|op|in|au|à|vid|am|an der)|(?:går|gikk|gaar|gjekk|goes|went|going|attends|attended|käy|kävi|geht|ging|gaat|ging|zit|zat|va|allait|fer|fór|er|var|är)\s(?:på|til|to|auf|in die|zur|naar|op|à|í|i|at)|käy|kävi|attends|from)\s(?<name>(?:st\.?\s|saint\s|sint\s)?\p{Ll}[\p{Ll}\p{M}'’-]{2,30}(?:\s\p{Ll}[\p{Ll}\p{M}'’-]{1,30})?)\s(?:${alternation(['skole', 'skolen', 'skule', 'skulen', 'skola', 'skolan', 'school', 'schule', 'college', 'collège', 'lycée', 'gymnasium', 'gymnasiet', 'koulua', 'koulussa', 'koulu', 'yläastetta', 'lukiota', 'skóla', 'skóli', 'primary', 'academy', 'high', 'basisschool', 'lyceum', 'atheneum', 'athénée', 'ns', 'n.s.', 'national school', 'community school', 'cbs', 'gaelscoil'])})(?![\p{L}])`,
  'gu',
);
/** Words before a school word that say which kind of school, not which one. */
const GENERIC_SCHOOL_WORD =
  /^(?:the|a|an|en|ei|et|ein|eine|einer|die|der|das|de|het|een|la|le|une|un|den|det|denne|dette|this|that|deze|cette|ce|diese|dieser|tämä|sen|samme|same|zelfde|dezelfde|même|selben|samma|sama|sömu|annen|anna|andre|another|other|autre|andere|toisen|ny|nye|new|nieuwe|nouvelle|neue|uuden|gamle|old|oude|vanha|ungdomsskole|ungdomsskule|barneskole|videregående|vidaregåande|high|middle|primary|secondary|elementary|grammar|boarding|private|privat|public|offentlig|catholic|katolsk|kristen|christian|international|internasjonal|special|spesial|sunday|summer|sommer|night|kveld|driving|music|musikk|dance|art|kunst|sports?|football|fotball|police|politi|my|his|her|their|our|your|its|local|different|nearby|whole|every|each|any|which|whose|older|younger|min|hans|hennes|hennar|sin|zijn|haar|son|sa|sein|seine|ihr|ihre|hänen|oma|sama|eri|isoon|pieneen|toiseen|samaan|samassa|eri|peruskoulua|normaali|normal|vanlig|ordinary|regular|gewone|normale|tavallista|eng|english|norsk|dutch|french|german|internat|folkehøg|waldorf|steiner|montessori|film|law|medical|nursing|business|language|språk|swim|swimming|svømme|surf|ski|flight|cooking|coding|drama|theatre|theater|ballet|riding|karate|kultur|dans|danse|tanz|musik|driving|kjøre|trafikk|fly|dansk|svensk|finsk|tysk|fransk)$/iu;

/** Whether a word is one of the towns or regions, also in a Finnish case ("Helsingin", "Tampereen"). */
function isPlace(word: string): boolean {
  const lower = word.toLowerCase();
  return PLACES.some((place) => {
    if (lower === place) return true;
    let common = 0;
    while (common < lower.length && common < place.length && lower[common] === place[common]) common++;
    return common >= 4 && common >= place.length - 2 && lower.length - common <= 4;
  });
}

/** A kind of school with no name after it ("der Sekundarschule"); "Gesamtschule Kalk" names one. */
function isGenericSchool(phrase: string): boolean {
  // "Eine Schule": a capital after the article is a German noun, not a name.
  const kindOfSchool =
    /^\S+\s+(?:Schule|Sekundarschule|Grundschule|Realschule|Gesamtschule|School|Skole|Skule|Skola|Koulu|École|Ecole|Collège|Lycée|Athénée|Gymnasium)(?![\p{L}])/u.test(
      phrase,
    );
  return (
    GENERIC_SCHOOL.test(phrase) &&
    (kindOfSchool || !/^\S+\s+(?:(?:am|an der|in|im|zu|de|du|van)\s+)?\p{Lu}/u.test(phrase))
  );
}

/**
 * Who a school is named with in a sentence: a young person (a word for one, a pronoun, an age, a first name), a
 * relative, or going there. "Örnässkolan nämnd, inga elevnamn" names a school and nobody; "Jenta (14) går på Ullern
 * skole" names where a girl goes. A word negated just before ("aucun nom d'élève", "ei oppilaiden") is nobody.
 */
const SOMEONE_AT_SCHOOL = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      // en
      'boy',
      'boys',
      'girl',
      'girls',
      'kid',
      'kids',
      'child',
      'pupil',
      'student',
      'teen',
      'teenager',
      'son',
      'daughter',
      'brother',
      'sister',
      'friend',
      'he',
      'she',
      'his',
      'her',
      'him',
      'goes',
      'attends',
      'went',
      // nb, nn
      'gutt',
      'gutten',
      'gut',
      'guten',
      'jente',
      'jenta',
      'jenten',
      'elev',
      'eleven',
      'han',
      'hun',
      'ho',
      'hen',
      'sønn',
      'sønnen',
      'datter',
      'dottera',
      'dotter',
      'bror',
      'broren',
      'søster',
      'syster',
      'søsteren',
      'venn',
      'vennen',
      'venninne',
      'venninna',
      'kompis',
      'kompisen',
      'barnet',
      'ungdommen',
      'ungdomen',
      'går',
      'gikk',
      'gjekk',
      'hans',
      'hennes',
      'hennar',
      // sv
      'pojke',
      'pojken',
      'flicka',
      'flickan',
      'tjej',
      'tjejen',
      'kille',
      'killen',
      'hon',
      'sonen',
      'dottern',
      'brodern',
      'systern',
      'kompisen',
      'kamrat',
      'kamraten',
      // nl
      'jongen',
      'jongetje',
      'meisje',
      'meid',
      'leerling',
      'leerlinge',
      'hij',
      'zij',
      'ze',
      'zoon',
      'dochter',
      'broer',
      'broertje',
      'zus',
      'zusje',
      'vriend',
      'vriendin',
      'zit',
      'zat',
      'gaat',
      'ging',
      'zijn',
      'haar',
      // fr
      'garçon',
      'fille',
      'élève',
      'jeune',
      'ado',
      'adolescent',
      'adolescente',
      'il',
      'elle',
      'fils',
      'frère',
      'sœur',
      'soeur',
      'ami',
      'amie',
      'copain',
      'copine',
      'va',
      'allait',
      'fréquente',
      'scolarisé',
      'scolarisée',
      // de
      'junge',
      'jungen',
      'mädchen',
      'schüler',
      'schülerin',
      'kind',
      'jugendliche',
      'jugendlicher',
      'er',
      'sie',
      'sohn',
      'tochter',
      'bruder',
      'schwester',
      'freund',
      'freundin',
      'geht',
      'ging',
      'besucht',
      'seine',
      'ihre',
      // fi
      'poika',
      'pojan',
      'tyttö',
      'tytön',
      'tytto',
      'hanen',
      'luokalla',
      'luokalle',
      'luokassa',
      'luokkaa',
      'oppilas',
      'lapsi',
      'nuori',
      'hän',
      'hänen',
      'veli',
      'sisko',
      'siskonsa',
      'veljensä',
      'kaveri',
      'kaverinsa',
      'käy',
      'kävi',
      'opiskelee',
      // is
      'strákur',
      'strákurinn',
      'stelpa',
      'stelpan',
      'stúlka',
      'stúlkan',
      'drengur',
      'drengurinn',
      'nemandi',
      'hann',
      'hún',
      'sonur',
      'dóttir',
      'bróðir',
      'systir',
      'vinur',
      'vinkona',
      'gengur',
      'fer',
      'bekk',
      'bekknum',
      'bekkjar',
      // a class: "går i 9. klasse", "zit in de brugklas", "en troisième", "Year 9"
      'klasse',
      'klassen',
      'klass',
      'klas',
      'brugklas',
      'groep',
      'classe',
      'année',
      'trinn',
      'grade',
      'year',
    ].join('|') +
    String.raw`|\d{1,2}\s?(?:år|ár|ára|v|vuotias|vuotta|ans|jaar|jahre|years?|yo|y/o|-åring|-åringen|-jarige)|\(\d{1,2}\))(?![\p{L}])`,
  'giu',
);
const NEGATION_BEFORE =
  /(?<![\p{L}])(?:no|not|without|sans|uten|utan|zonder|ohne|ilman|án|ingen|inga|inget|ikke|ikkje|inte|geen|niet|aucun|aucune|pas|kein|keine|keinen|ei|enginn|engin|ekkert|ekki)\s+(?:\p{L}+['’]?\s*){0,2}$/iu;

/** What a note says when it names nobody: "inga namn nämndes", "keine Namen genannt", "aucun nom donné", "engin nöfn". */
const NOBODY_NAMED =
  /(?<![\p{L}])(?:no names?|nobody named|no one named|not named|inga namn|inget namn|ingen namn|ingen navn|ingen nevnt|ikkje namn|geen namen|geen naam|aucun nom|pas de nom|sans nom|keine namen|kein name|keine person|engin nöfn|ekkert nafn|ei nimiä|ei nimeä|nimiä ei|ingen opplysninger om)(?![\p{L}])/iu;
/** A sentence's end: not the dot of "8. B", "9. bekk" or "dr. Hildar". */
// Not after an abbreviation of one or two letters ("ca.", "St.", "kl."), but after a short word that ends a sentence
// ("report it. St Patrick's College …").
const SENTENCE_END =
  /(?<![\p{N}]|(?<![\p{L}])(?!(?:it|up|on|in|me|us|so|do|go|ok|nå|da|ja|på|om|op|er|du)[.!?])\p{L}{1,2})[.!?]\s+(?=[\p{Lu}\p{N}])|\n/gu;
const FIRST_SENTENCE_END = new RegExp(SENTENCE_END.source, 'u');
/** The sentence around a span: from the last sentence end before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): { sentence: string; from: number } {
  const ends = [...text.matchAll(SENTENCE_END)].filter((m) => (m.index ?? 0) + m[0].length <= start);
  const from = ends.length > 0 ? (ends[ends.length - 1].index ?? 0) + ends[ends.length - 1][0].length : 0;
  const next = FIRST_SENTENCE_END.exec(text.slice(end));
  return { sentence: text.slice(from, next ? end + next.index : text.length), from };
}

/** Whether a school named in the text is named with someone: a class, a young person, a relative or a first name. */
function namedWithSomeone(text: string, school: Candidate): boolean {
  const { sentence, from } = sentenceAround(text, school.start, school.end);
  if (A_CLASS_ALONE.test(sentence)) return true;
  // "Elever från Katedralskolan …; inga namn nämndes": the note says it names nobody.
  if (NOBODY_NAMED.test(text)) return false;
  const { firstNames, smallLetterNames } = nameLexicon();
  for (const m of sentence.matchAll(SOMEONE_AT_SCHOOL)) {
    // "Child Focus", "Kids Helpline": a capitalised word before another that is no first name names something.
    const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(sentence.slice(m.index + m[0].length))?.[1];
    if (/^\p{Lu}/u.test(m[0]) && m.index > 0 && next !== undefined && !firstNames.has(next.toLowerCase()))
      continue;
    if (!NEGATION_BEFORE.test(sentence.slice(0, m.index))) return true;
  }
  // A first name outside the school's own name ("Athénée Royal", "Pater-Damian-Sekundarschule"), at the sentence's
  // start only one that is no word ("Venla on 9C:llä", not "Liv").
  return [...sentence.matchAll(/(?<![\p{L}-])\p{Lu}\p{Ll}+(?![\p{L}-])/gu)].some((w) => {
    const lower = w[0].toLowerCase();
    const at = from + (w.index ?? 0);
    if (at >= school.start && at < school.end) return false;
    return (
      firstNames.has(lower) &&
      ((w.index ?? 0) > 0 || smallLetterNames.has(lower)) &&
      !TOWN_SET.has(lower) &&
      !NOT_A_PERSON.has(lower) &&
      !CALENDAR_WORDS.has(lower)
    );
  });
}

export function findSchools(text: string): Candidate[] {
  const found = [...matchesOf(SCHOOL_MENTION, text)]
    .filter(
      (m) =>
        /^\s\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) ||
        !isGenericSchool(
          m[0].replace(
            /^\d{1,2}(?:e|ème|re|ère)?\.?\s?(?:[a-hA-H](?![\p{L}])|(?:klasse|klass|Klasse|bekk|luokalla|class|groep|klas)(?![\p{L}]))?\s*(?:(?:primaire|secondaire|année|humanités)\s)?(?:(?:på|ved|i|í|van|op|in|au|à|de|du|an|der|at|vid)(?![\p{L}]))?\s*(?:l['’])?/u,
            '',
          ),
        ),
    )
    // "På skulen", "Op school", "Í skólanum", "der Sekundarschule": a preposition or a kind of school, not a name.
    .filter(
      (m) =>
        !/^(?:på|op|í|i|in|im|at|à|au|an|am|auf|zur|zum|vid|till|to|til|naar|aan|bij|dans|en)\s\p{L}+$/iu.test(
          m[0].trim(),
        ),
    )
    // "nach der Schule am Freitag", "à l'école lundi": a day, not a school's name.
    .filter((m) => !WEEKDAY_AT_END.test(m[0]))
    // "Helsingin koulun oppilaat": a town's school in general, not a school's name, unless a class of it is named
    // ("Kalliolan koulun luokkaa 6B").
    .filter(
      (m) => !(/^\p{Lu}\p{L}+\skoulu/u.test(m[0]) && isPlace(m[0].split(/\s/)[0]) && !A_CLASS.test(m[0])),
    )
    // "Minecraft-netþjónn grunnskóla", "Discord-server der Realschule": a school's server is no school named.
    .filter((m) => !/^\p{L}+-(?:server\p{L}*|serveur|palvelin\p{L}*|netþjón\p{L}*)\s/iu.test(m[0]))
    // "Team High Tech Crime": an English school word with a capitalised word after it names something else.
    .filter(
      (m) =>
        !(
          /(?:high|primary|elementary|grammar|comprehensive)$/iu.test(m[0]) &&
          /^\s\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))
        ),
    )
    .map((m) => trimEnd(text, { kind: 'SCHOOL' as const, start: m.index, end: m.index + m[0].length }));
  for (const m of matchesOf(LOWER_SCHOOL, text)) {
    const name = m.groups?.name ?? '';
    const words = name.split(/\s/);
    if (words.some((w) => GENERIC_SCHOOL_WORD.test(w)) || (isPlace(words[0]) && words.length === 1)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    found.push({ kind: 'SCHOOL', start, end: m.index + m[0].length });
  }
  for (const m of matchesOf(GOES_TO_NAMED, text)) {
    const name = m.groups?.name ?? '';
    const lower = name.toLowerCase();
    if (
      GOES_TO_NOT_SCHOOL.has(lower) ||
      NOT_A_PERSON.has(lower) ||
      TOWN_SET.has(lower) ||
      isPlace(name) ||
      GENERIC_SCHOOL.test(`${name} `)
    )
      continue;
    const start = m.index + m[0].length - name.length;
    found.push({ kind: 'SCHOOL', start, end: start + name.length });
  }
  for (const m of matchesOf(SMALL_CLASS_AT_NAME, text)) {
    const name = m.groups?.name ?? '';
    const first = name.split(/\s/u)[0];
    // "à l'athénée royal de mons": a school word with its adjective names one school of a town.
    const schoolWordFirst =
      SCHOOL_BEFORE.includes(first) && SCHOOL_ADJECTIVES.includes(name.split(/\s/u)[1] ?? '');
    if (
      ((NOT_A_SMALL_SCHOOL.has(first) || notASchoolName(first)) && !schoolWordFirst) ||
      isPlace(first) ||
      /^\d/u.test(first)
    )
      continue;
    // A class and a word only where a school is meant: a preposition before it, or a school word after it.
    // "groep 8 van de voetbalclub": "van" says which school only with a school word ("1c van het stedelijk lyceum").
    const viaVan = /\svan\s/u.test(m[0]) && !/\s(?:på|ved|i|í|at|op|in|au|à|vid|an der|am|bei)\s/u.test(m[0]);
    if (viaVan && !/(?:school|lyceum|atheneum|college|instituut)\p{L}*$/u.test(name)) continue;
    if (
      !/\s(?:på|ved|i|í|at|op|in|au|à|vid|an der|am|bei|van)\s/u.test(m[0]) &&
      !/(?:koulu|skole|skule|skola|school|schule|skóla|college|lycée|athénée|gymnasium)\p{L}*$/u.test(name)
    )
      continue;
    found.push(trimEnd(text, { kind: 'SCHOOL', start: m.index, end: m.index + m[0].length }));
  }
  for (const pattern of [CLASS_AT_NAME, SITS_AT_SCHOOL, NAME_THEN_CLASS]) {
    for (const m of matchesOf(pattern, text)) {
      const name = m.groups?.name ?? '';
      const first = name.replace(/^(?:de|het|De|Het|'t)\s/u, '').split(/\s/)[0];
      if (notASchoolName(first.toLowerCase()) || isPlace(first) || notASchoolName(name.toLowerCase()))
        continue;
      found.push(trimEnd(text, { kind: 'SCHOOL', start: m.index, end: m.index + m[0].length }));
    }
  }
  // "l'infirmière d'une école de Mons", "eräästä Lahden koulusta": a school of a town, not a named one.
  return found
    .map((school) => withClassBefore(text, school))
    .filter(
      (school) =>
        namedWithSomeone(text, school) &&
        (/^\d/u.test(text.slice(school.start)) ||
          !INDEFINITE_BEFORE.test(text.slice(Math.max(0, school.start - 14), school.start))),
    );
}

/** A class just before a school: "klas 2B van het Stedelijk Gymnasium", "í 8. bekk B í Hagaskóla", "7A på Vasa". */
const CLASS_BEFORE_SCHOOL = new RegExp(
  String.raw`(?:${CLASS})(?:\s[A-H](?![\p{L}]))?\s+(?:(?:van|in|på|ved|í|i|at|an|am|au|à|de|du|het|der|vid|op|of|the|la|le|l['’])\s+){1,3}$`,
  'u',
);

function withClassBefore(text: string, school: Candidate): Candidate {
  const before = text.slice(Math.max(0, school.start - 40), school.start);
  const m = CLASS_BEFORE_SCHOOL.exec(before);
  return m ? { ...school, start: school.start - before.length + m.index } : school;
}

/** An indefinite article or "some" just before a school: "d'une", "a", "en", "eine", "een", "eräästä". */
const INDEFINITE_BEFORE =
  /(?<![\p{L}])(?:d['’]une|d['’]un|une|un|a|an|some|en|ei|et|ein|eine|einer|einem|einen|een|eräs|erään|eräästä|eräässä|eräälle|yhdestä|yhdessä|någon|nån|någon|einhverjum|einhverjum|einum|einni)\s+$/iu;
