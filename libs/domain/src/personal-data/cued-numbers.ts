import type { PersonalDataCountry } from '../interactions/vocabulary';
import { Candidate } from './candidate';
import { continues, HELP_LINE_DIGITS, runsOf } from './numbers';

/**
 * Numbers that a word before them says are identity or phone numbers. The word lists ship with the name lexicon's
 * chunk (see lexicon-bundle.ts), so the admin app's first load does not carry them.
 */

// ---------------------------------------------------------------------------------------------------------
// Identity numbers whose check digits do not hold: a typo in one digit leaves a child's number as identifying as
// before. Case and file numbers look like identity numbers too ("Saksnummer …", "Dossier …"), so only two things say
// a number is one all the same: the word before it ("fnr", "kennitala", "hetu", "bsn", "numéro national",
// "personnummer"), or the Finnish shape with a century letter and a real date ("120310A123B"), which no file number has.

const ID_CUES: readonly [PersonalDataCountry | undefined, string][] = [
  ['NO', 'fnr|f\\.nr\\.?|fødselsnummer(?:et)?|fødselsnr\\.?|fødselsnummeret|personnummer(?:et)?|d-nummer'],
  ['IS', 'kennitala|kennitalan|kennitölu|kennitölunni|kt\\.?'],
  ['FI', 'hetu|henkilötunnus|henkilötunnuksen|henkilötunnuksensa|sotu|sotu-numero'],
  ['SE', 'personnummer|personnumret|personnr\\.?|pnr'],
  ['NL', 'bsn|burgerservicenummer|sofinummer'],
  [
    'BE',
    'rijksregisternummer|rijksregister|rrn|numéro national|n° national|numéro de registre national|registre national|nationalregisternummer',
  ],
  [
    undefined,
    'national id|national number|id number|identity number|personal number|nhs number|nhs no\\.?|national insurance number|ssn|social security number|id-nummer|id-nr\\.?|identitetsnummer|identificatienummer|ausweisnummer|personalausweisnummer|numéro d.identité',
  ],
];
const ID_CUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${ID_CUES.map(([, words], i) => `(?<c${i}>${words})`).join('|')})(?![\p{L}\p{N}_])` +
    // A few words between ("fnr hans er", "kennitala: ", "bsn van hem is"), then the number.
    String.raw`(?:\s*[:=,]?\s*(?:[\p{L}]{1,6}\s+){0,3}?[:=]?\s*["«“„']?)(?<id>\d[\d \u00a0./-]{7,16}\d|\d{6}\s?[-+A-FU-Ya-fu-y]\s?\d{3}[0-9A-Ya-y])(?![\p{L}\p{N}]|[.,:/-]\p{N})`,
  'giu',
);
const LENGTH_COUNTRY: Readonly<Record<number, PersonalDataCountry>> = {
  9: 'NL',
  10: 'IS',
  11: 'NO',
  12: 'SE',
};

/** Whether day, month and year read as a date of birth (a Norwegian D-number adds 40 to the day). */
function isDate(day: string, month: string): boolean {
  const d = Number(day) > 40 ? Number(day) - 40 : Number(day);
  const m = Number(month);
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/** DDMMYY, a century letter, three digits and a check character: "120310A123B". */
const FINNISH_SHAPE = /(?<![\p{L}\p{N}_.,:/-])(\d\d)(\d\d)\d\d[A-FU-Y]\d{3}[0-9A-Y](?![\p{L}\p{N}_])/gu;

export function findIdsByCueOrShape(text: string, countries: ReadonlySet<PersonalDataCountry>): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(ID_CUE)) {
    const id = m.groups?.id ?? '';
    const digits = id.replace(/\D/g, '');
    const cued = ID_CUES.findIndex((_, i) => m.groups?.[`c${i}`] !== undefined);
    // "personnummer" is Norway's word too; a general word ("id number") takes the country the length fits.
    const country = [
      ID_CUES[cued]?.[0],
      ...(ID_CUES[cued]?.[0] === 'SE' ? ['NO' as const] : []),
      LENGTH_COUNTRY[digits.length],
    ].find((c): c is PersonalDataCountry => c !== undefined && countries.has(c));
    const hetu = /[A-Za-z+]/.test(id);
    if (!country || (!hetu && (digits.length < 9 || digits.length > 12))) continue;
    const start = m.index + m[0].length - id.length;
    found.push({ kind: 'NATIONAL_ID', country, start, end: start + id.length });
  }
  if (countries.has('FI')) {
    for (const m of text.matchAll(FINNISH_SHAPE)) {
      if (isDate(m[1], m[2]))
        found.push({ kind: 'NATIONAL_ID', country: 'FI', start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// A number after a word that says it is a phone number ("handy 0171 23 45 678", "her number … 07700 900 123"):
// a German, British or other foreign number fits none of the week's national formats, and is a child's all the same.
// The compounds are cues of their own ("Telefonnummer 0170 9876543"): their parts are no whole words.

export const PHONE_CUE =
  /(?<![\p{L}])(?:tel|tlf|telefonnummer|telefonnummeret|telefonnummern|telefonnumret|telefonnumer|telefoonnummer|telefonnr|telnr|tlfnr|handynr|phonenumber|puhelinnro|telefon|telefonen|telefoon|telephone|téléphone|phone|mobile|mobil|mobilen|mobiel|mobilnummer|mobilnr|mob|cell|cellphone|number|nummer|nummeret|nummern|numéro|numero|numeroon|nr|gsm|portable|handy|handynummer|puh|puhelin|puhelinnumero|kännykkä|sími|síminn|símanúmer|símanúmerið|farsími|ring|call|text|sms|bel|whatsapp|appel)(?![\p{L}])/iu;

/** Mobiles of the countries without a leading 0, in two groups after a phone word: "Mobilen hennar: 4712 9035". */
const MOBILES_WITHOUT_ZERO: readonly { country: PersonalDataCountry; digits: RegExp }[] = [
  { country: 'NO', digits: /^[49]\d{7}$/ },
  { country: 'IS', digits: /^[678]\d{6}$/ },
];

export function findCuedPhones(text: string, countries: ReadonlySet<PersonalDataCountry>): Candidate[] {
  const found: Candidate[] = [];
  for (const run of runsOf(text)) {
    const digits = run.map((g) => g.digits).join('');
    const start = run[0].start;
    const end = run[run.length - 1].end;
    const mobile =
      run.length >= 2 && MOBILES_WITHOUT_ZERO.some((m) => countries.has(m.country) && m.digits.test(digits));
    if (
      mobile &&
      PHONE_CUE.test(text.slice(Math.max(0, start - 30), start)) &&
      !continues(text, start, end) &&
      !HELP_LINE_DIGITS.has(digits)
    ) {
      found.push({ kind: 'PHONE', start, end });
      continue;
    }
    if (digits.length < 9 || digits.length > 12 || !/^0[1-9]/.test(digits) || run[0].digits.length < 2)
      continue;
    // Free and service numbers, and the help lines, name nobody.
    if (/^0(?:800|900|90|70|20)/.test(digits) || HELP_LINE_DIGITS.has(digits)) continue;
    if (!PHONE_CUE.test(text.slice(Math.max(0, start - 30), start)) || continues(text, start, end)) continue;
    found.push({ kind: 'PHONE', start, end });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// A user id or friend code after the words that say it is one: "Roblox user id 4829163750", "son id Roblox est le
// 3 906 154 882", "Steam-vänkod 1 029 384 756", "Roblox-Nutzer-ID 2 650 194 837". A game or platform names its users
// by such numbers, so the number points to one child as a user name does.

const PLATFORM_WORD = String.raw`(?:roblox|steam|epic|epic games|xbox|psn|playstation|discord|fortnite|minecraft|twitch|tiktok|snapchat|instagram|valorant|riot|brawl stars|clash royale|supercell|nintendo|switch)`;
const USER_ID_WORD = String.raw`(?:notandanúmer\p{L}*|brukernummer\p{L}*|brukarnummer\p{L}*|spillernummer\p{L}*|gebruikersnummer|käyttäjänumero\p{L}*|användarnummer\p{L}*|user number|player number|user[\s-]?id|userid|player[\s-]?id|account[\s-]?id|bruker-?id(?:en)?|brukar-?id(?:en)?|spiller-?id(?:en)?|spelar-?id(?:t)?|gebruikers-?id|speler-?id|nutzer-?id|benutzer-?id|spieler-?id|konto-?id|käyttäjä-?id|pelaaja-?id|käyttäjätunnu\p{L}*|notanda-?(?:id|auðkenni\p{L}*)|användar-?id(?:t)?|identifiant(?: d'utilisateur| utilisateur| de joueur)?|friend[\s-]?code|vennekode(?:n)?|venekode(?:n)?|vänkod(?:en)?|ystäväkoodi\p{L}*|vriend(?:en)?code|code ami|freundescode|vinakóð\p{L}*)`;
const USER_ID_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:${PLATFORM_WORD}[\s-]?${USER_ID_WORD}|${USER_ID_WORD}(?:[\s-]?(?:on\s|på\s|op\s|sur\s|auf\s|í\s|i\s)?${PLATFORM_WORD})?|(?:${PLATFORM_WORD}[\s-]?)?id[\s-]?${PLATFORM_WORD}|${PLATFORM_WORD}[\s-]?id(?:-?(?:en|et|ið|nä|n|t))?)(?![\p{L}])` +
    // A few short words between ("user id is", "id Roblox est le", "vennekoden sin,"), then the number.
    String.raw`(?:\s*[:=#,]?\s*(?:[\p{L}\p{M}]{1,10}[\s,:]+){0,6}?[:=#]?\s*["«“„']?)(?<id>\d{1,3}(?:[ \u00a0.]\d{3}){1,6}|\d{6,20})(?![\p{L}\p{N}]|[.,:/-]\p{N})`,
  'giu',
);

/** A Nintendo Switch friend code, which says what it is by its own shape: "SW-4829-1047-3365". */
const SWITCH_FRIEND_CODE = /(?<![\p{L}\p{N}_-])SW[\s-]?\d{4}[\s-]\d{4}[\s-]\d{4}(?![\p{L}\p{N}])/giu;

export function findCuedUserIds(text: string): Candidate[] {
  const found: Candidate[] = [...text.matchAll(SWITCH_FRIEND_CODE)].map((m) => ({
    kind: 'USER_ID' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const m of text.matchAll(USER_ID_CUE)) {
    const id = m.groups?.id ?? '';
    const digits = id.replace(/\D/g, '');
    if (digits.length < 6 || digits.length > 20) continue;
    const start = m.index + m[0].length - id.length;
    found.push({ kind: 'USER_ID', start, end: start + id.length });
  }
  return found;
}
