import {
  isPersonalDataCountry,
  PERSONAL_DATA_COUNTRIES,
  PersonalDataCountry,
  PersonalDataKind,
} from './vocabulary';
import { alternation, matchesOf, NO_WORDS } from '../personal-data/candidate';
import {
  findEmailsInWords,
  findHandlesInWords,
  isCommonWord,
  SERVER_OF_PLATFORM,
} from '../personal-data/contacts';
import { findSpelledOutWords, originalSpan, undisguise } from '../personal-data/disguises';
import { nameLexicon } from '../personal-data/name-lexicon';
import { PLATFORMS_AND_GAMES } from '../personal-data/platforms';
import { NOT_A_NAME, PLATFORM_NAME_LABELS, USERNAME_LABELS } from '../personal-data/name-labels';
import {
  GUEST_MOBILE_FORMATS,
  NATIONAL_ID_FORMATS,
  NATIONAL_NUMBER_LENGTHS,
  NATIONAL_PHONE_FORMATS,
} from '../personal-data/national-formats';
import {
  findDatedIds,
  findDisguisedIds,
  findLooseNumbers,
  findSpacedFinnishIds,
  HELP_LINE_DIGITS,
} from '../personal-data/numbers';

// The validators are part of this module's API: the API and the admin app check a single number with them.
export {
  isValidBelgianNationalNumber,
  isValidDutchBsn,
  isValidFinnishPersonalIdentityCode,
  isValidIcelandicKennitala,
  isValidNorwegianNationalId,
  isValidSwedishPersonalNumber,
} from './national-ids';

/**
 * Finds identifiers of young people in a free-text note before it is stored: an interaction log must hold
 * no names, handles, user ids, phone numbers or e-mail addresses. Notes are written by police in nb, nn,
 * nl, fr, de, is, fi, sv or en, so every rule below works whatever the language of the note.
 *
 * The detector warns; it does not decide. It leans towards finding too much for identifiers (a false alarm
 * costs the operator a second look) but stays quiet on the numbers every note is full of: times, dates,
 * durations, counts, age bands, prices and the help-line numbers young people are pointed to.
 *
 * Every pattern is written so that it cannot backtrack catastrophically: notes are up to 4,000 characters
 * and are checked as the operator types.
 */

interface FindingBase {
  /** UTF-16 offset of the first character, as `String.prototype.slice` counts. */
  start: number;
  /** UTF-16 offset just after the last character. */
  end: number;
  /** The identifier with all but its first and last character masked: never echoed back whole. */
  excerpt: string;
}

export type PersonalDataFinding =
  | (FindingBase & { kind: Exclude<PersonalDataKind, 'NATIONAL_ID'> })
  | (FindingBase & { kind: 'NATIONAL_ID'; country: PersonalDataCountry });

export interface PersonalDataOptions {
  /** Whose phone formats and identity numbers to look for (ISO 3166-1 alpha-2); unknown codes are ignored. */
  countries?: readonly string[];
  /**
   * Names that are not a young person's even where they look like one: the week's blue police profiles
   * ("Politiet Nettpatrulje", "Poliisi Jaakko"). A name, user name or handle inside one of them is not a finding.
   */
  allowedNames?: readonly string[];
}

/**
 * Whose formats are looked for when the caller names no countries: all of them. A Swedish number that is also a
 * valid kennitala is reported once, as one of the two; a week that names its countries narrows the phone formats.
 */
export const DEFAULT_PERSONAL_DATA_COUNTRIES: readonly PersonalDataCountry[] = PERSONAL_DATA_COUNTRIES;

/** A finding before overlaps are resolved and the excerpt is masked. */
type Candidate =
  | { kind: Exclude<PersonalDataKind, 'NATIONAL_ID'>; start: number; end: number }
  | { kind: 'NATIONAL_ID'; country: PersonalDataCountry; start: number; end: number };

type Detector = (text: string, countries: ReadonlySet<PersonalDataCountry>) => Candidate[];

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
const DIGIT = /\d/;

/** True when the number starting at `start` is really the tail of a longer token ("v2", "1.5", "20.11", "10:30"). */
function continuesBefore(text: string, start: number): boolean {
  const previous = text[start - 1] ?? '';
  if (WORD_CHARACTER.test(previous)) return true;
  return /[.,:/-]/.test(previous) && DIGIT.test(text[start - 2] ?? '');
}

/** True when the number ending at `end` goes on ("1.5", "10:30", "2025-11", "3rd"). */
function continuesAfter(text: string, end: number): boolean {
  const next = text[end] ?? '';
  if (WORD_CHARACTER.test(next)) return true;
  return /[.,:/-]/.test(next) && DIGIT.test(text[end + 1] ?? '');
}

/** Keeps the first and last character and masks the rest, so the operator can see where, not what. */
export function maskIdentifier(value: string): string {
  const characters = Array.from(value);
  if (characters.length <= 2) return '*'.repeat(characters.length);
  return characters[0] + '*'.repeat(characters.length - 2) + characters[characters.length - 1];
}

// ---------------------------------------------------------------------------------------------------------
// EMAIL: plain and the usual obfuscations, "name (at) domain (dot) com", "name[at]domain.no".

const OBFUSCATED_AT = String.raw`\s?[\[({]\s?(?:at|@)\s?[\])}]\s?`;
const OBFUSCATED_DOT = String.raw`\s?[\[({]\s?(?:dot|punkt|punt|point|piste|punktur|prikk|\.)\s?[\])}]\s?`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const EMAIL = new RegExp(
  // The look-behind lets a match start only at the beginning of a word, so "aaaa…@" fails once, not 4,000 times.
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?` +
    `(?:@|${OBFUSCATED_AT})${DOMAIN_LABEL}(?:(?:\\.|${OBFUSCATED_DOT})${DOMAIN_LABEL})*` +
    String.raw`(?:\.|${OBFUSCATED_DOT})\p{L}{2,24}(?![\p{L}\p{N}-])`,
  'giu',
);

const findEmails: Detector = (text) =>
  [...matchesOf(EMAIL, text)].map((m) => ({ kind: 'EMAIL', start: m.index, end: m.index + m[0].length }));

// ---------------------------------------------------------------------------------------------------------
// PROFILE_LINK: a link that leads to a person on a social or gaming platform. Links to help services and
// news sites are not personal data: only the platforms below, and only their profile paths, count.

interface ProfilePlatform {
  hosts: readonly string[];
  /** The path (with query) of a profile, an invite or a user id on that host. */
  path: RegExp;
}

const PROFILE_PLATFORMS: readonly ProfilePlatform[] = [
  { hosts: ['discord.gg'], path: /^\/[\w-]+/ },
  { hosts: ['discord.com', 'discordapp.com'], path: /^\/(?:users\/\d+|invite\/[\w-]+)/ },
  { hosts: ['twitch.tv', 'kick.com'], path: /^\/\w{3,}/ },
  { hosts: ['youtube.com'], path: /^\/(?:@[\w.-]+|channel\/[\w-]+|c\/[\w.-]+|user\/[\w.-]+)/ },
  { hosts: ['tiktok.com', 'threads.net'], path: /^\/@[\w.]+/ },
  { hosts: ['instagram.com', 'x.com', 'twitter.com'], path: /^\/\w[\w.]*/ },
  { hosts: ['facebook.com', 'fb.com'], path: /^\/(?:profile\.php\?id=\d+|[\w.]{3,})/ },
  { hosts: ['snapchat.com'], path: /^\/add\/[\w.-]+/ },
  { hosts: ['steamcommunity.com'], path: /^\/(?:id|profiles)\/[\w-]+/ },
  { hosts: ['roblox.com'], path: /^\/users\/\d+/ },
  { hosts: ['reddit.com'], path: /^\/(?:u|user)\/[\w-]+/ },
  { hosts: ['t.me'], path: /^\/\w{5,}/ },
  // Minecraft and game-stats sites: a player name looked up there is the player.
  { hosts: ['namemc.com'], path: /^\/profile\/[\w.-]+/ },
  { hosts: ['laby.net'], path: /^\/@[\w.-]+/ },
  { hosts: ['fortnitetracker.com', 'tracker.gg'], path: /\/profile\/[\w/.%-]+/ },
];

const URL_LIKE =
  /(?<![\p{L}\p{N}_@./-])(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(\/[^\s<>"'«»“”()[\]{}]*)/giu;

function profilePlatformOf(host: string): ProfilePlatform | undefined {
  const bare = host.toLowerCase().replace(/^(?:www|m|mobile|web)\./, '');
  return PROFILE_PLATFORMS.find((platform) =>
    platform.hosts.some((h) => bare === h || bare.endsWith(`.${h}`)),
  );
}

/** Streamers everyone watches: their channel is no young person's ("twitch.tv/ninja"). */
const FAMOUS_CHANNELS = new Set([
  'ninja',
  'pokimane',
  'shroud',
  'xqc',
  'ibai',
  'tfue',
  'kaicenat',
  'ishowspeed',
  'mrbeast',
  'pewdiepie',
  'markiplier',
  'dream',
  'technoblade',
  'auronplay',
  'squeezie',
  'gotaga',
  'kameto',
  'montanablack',
  'papaplatte',
  'trymacs',
  'knossi',
  'summit1g',
  'timthetatman',
  'lirik',
  'asmongold',
  'nickmercs',
  'clix',
  'bugha',
]);

/** A link the police or a famous streamer own: an invite to the patrol's server, a star's channel. */
function isPoliceOrFamousLink(path: string): boolean {
  const words = path
    .toLowerCase()
    .split(/[/@._-]+/u)
    .filter(Boolean);
  return namesPolice(path) || (words.length === 1 && FAMOUS_CHANNELS.has(words[0]));
}

const findProfileLinks: Detector = (text) => {
  const found: Candidate[] = [];
  for (const m of matchesOf(URL_LIKE, text)) {
    // A sentence may end right after a link: its full stop is not part of it.
    const path = m[2].replace(/[.,;:!?]+$/, '');
    if (profilePlatformOf(m[1])?.path.test(path) && !isPoliceOrFamousLink(path)) {
      found.push({
        kind: 'PROFILE_LINK',
        start: m.index,
        end: m.index + m[0].length - (m[2].length - path.length),
      });
    }
  }
  return found;
};

// ---------------------------------------------------------------------------------------------------------
// NATIONAL_ID: only numbers whose check digits hold (see national-ids.ts), written as each country writes them
// (NATIONAL_ID_FORMATS in ../personal-data/national-formats.ts).

const NUMBER_START = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,:/-])`;
const NUMBER_END = String.raw`(?![\p{L}\p{N}_]|[.,:/-]\p{N})`;
const NATIONAL_ID_PATTERNS = NATIONAL_ID_FORMATS.map((format) => ({
  ...format,
  pattern: new RegExp(`${NUMBER_START}(?:${format.written})${NUMBER_END}`, `gu${format.flags ?? ''}`),
}));

const findNationalIds: Detector = (text, countries) =>
  NATIONAL_ID_PATTERNS.filter((format) => countries.has(format.country)).flatMap((format) =>
    [...matchesOf(format.pattern, text)]
      .filter((m) => format.isValid(m[0]))
      .map((m) => ({
        kind: 'NATIONAL_ID' as const,
        country: format.country,
        start: m.index,
        end: m.index + m[0].length,
      })),
  );

// ---------------------------------------------------------------------------------------------------------
// IP_ADDRESS

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const IPV4 = new RegExp(String.raw`(?<![\p{L}\p{N}_.])${OCTET}(?:\.${OCTET}){3}(?!\p{N}|\.\p{N})`, 'gu');
/** "version 1.2.3.4" names software, not a device. */
const VERSION_BEFORE =
  /(?:version|versjon|versie|versio|útgáfa|update|oppdatering|uppdatering|päivitys|patch|build|release|v)\s*$/iu;
/** Colons and hex digits; whether they make an IPv6 address is decided in code, which is clearer than one regex. */
const IPV6_LIKE = /(?<![\p{L}\p{N}_:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\p{L}\p{N}_:])/giu;

function isIpv6Address(candidate: string): boolean {
  const halves = candidate.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return false;
  // A compressed address needs three groups: "::1" is the machine itself, and "a::b" is more often code.
  return halves.length === 2 ? groups.length >= 3 && groups.length <= 7 : groups.length === 8;
}

/** "185.107.96.12:27015", "serveur public 51.75.60.12": a game server's address, which players share, is no one's. */
const SERVER_BEFORE =
  /(?:server|serveren|servern|serveur|palvelin\p{L}*|netþjón\p{L}*)(?:\s+\p{L}+)?\s*:?\s*$/iu;

const isServerAddress = (text: string, m: RegExpExecArray) =>
  /^:\d{2,5}(?!\d)/u.test(text.slice(m.index + m[0].length)) ||
  SERVER_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));

/** Where the note gives a game server's address: nothing found there (an IP, or its digits read as a phone) is a finding. */
const serverAddresses = (text: string): { start: number; end: number }[] =>
  [...matchesOf(IPV4, text)]
    .filter((m) => isServerAddress(text, m))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));

const findIpAddresses: Detector = (text) => [
  ...[...matchesOf(IPV4, text)]
    .filter(
      (m) =>
        !VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !isServerAddress(text, m),
    )
    .map((m) => ({ kind: 'IP_ADDRESS' as const, start: m.index, end: m.index + m[0].length })),
  ...[...matchesOf(IPV6_LIKE, text)]
    .filter((m) => isIpv6Address(m[0]))
    .map((m) => ({ kind: 'IP_ADDRESS' as const, start: m.index, end: m.index + m[0].length })),
];

// ---------------------------------------------------------------------------------------------------------
// DISCORD_ID: a 17–20 digit snowflake. Phone numbers (at most 15 digits) and identity numbers are shorter.

const SNOWFLAKE = new RegExp(`${NUMBER_START}\\d{17,20}${NUMBER_END}`, 'gu');
const MAX_SNOWFLAKE = 2n ** 64n;

/** A UUID, as Minecraft and many platforms number their players: "3f9a2c7e-1b4d-4e8a-9c2f-6d1e0b7a5c43". */
const UUID =
  /(?<![\p{L}\p{N}_-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\p{L}\p{N}_-])/giu;

const findUuids: Detector = (text) =>
  [...matchesOf(UUID, text)].map((m) => ({ kind: 'USER_ID', start: m.index, end: m.index + m[0].length }));

const findDiscordIds: Detector = (text) =>
  [...matchesOf(SNOWFLAKE, text)]
    .filter((m) => BigInt(m[0]) < MAX_SNOWFLAKE)
    .map((m) => ({ kind: 'DISCORD_ID', start: m.index, end: m.index + m[0].length }));

// ---------------------------------------------------------------------------------------------------------
// GAMER_TAG: "Name#1234" (Discord legacy), "Name#12345" (Battle.net), "Name#EUW1" (Riot ID), and a name
// introduced by a label word ("username: X", "brukernavnet hans er X").

/** A Supercell player tag (Brawl Stars, Clash): "#" and 6–10 of the letters and digits those games use, with a digit. */
const SUPERCELL_TAG =
  /(?<![\p{L}\p{N}_#&])#(?=[0289PYLQGRJCUV]*\d)(?=[0289PYLQGRJCUV]*[PYLQGRJCUV])[0289PYLQGRJCUV]{6,10}(?![\p{L}\p{N}_])/gu;

/** A Riot tagline needs a letter, so "issue#123" is not taken for a tag. */
const TAGGED_NAME =
  /(?<![\p{L}\p{N}_#@.])[\p{L}\p{N}_.]{2,32}#(?:\d{4,6}|(?=\p{N}*\p{L})[\p{L}\p{N}]{3,5})(?![\p{L}\p{N}_#])/gu;

const PLATFORM_NAME_LABEL_SET: ReadonlySet<string> = new Set(PLATFORM_NAME_LABELS);

/** A label as a pattern: "in-game name" also matches "ingame name", "nom d'utilisateur" a typographic apostrophe. */
function labelPattern(words: string): string {
  return words
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[\s-]/g, '[\\s-]?')
    .replace(/'/g, "['’]");
}

const byLengthDescending = (a: string, b: string) => b.length - a.length;
const allLabels = [...new Set(Object.values(USERNAME_LABELS).flatMap((l) => l.labels))].sort(
  byLengthDescending,
);
const allLinkers = [...new Set(Object.values(USERNAME_LABELS).flatMap((l) => l.linkers))].sort(
  byLengthDescending,
);

const LABELLED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?<label>${allLabels.map(labelPattern).join('|')})(?![\p{L}\p{N}_])` +
    // "notandanafn hans: Víkingur99", "username of his: x".
    String.raw`(?:\s+(?:hans|hennar|hennes|his|her|zijn|haar|sein|seiner|ihr|ihrer|son|sa|hänen|deira|deres|sin|sitt))?` +
    // "brukarnamnet hans i spelet er …", "username in the game is …", "Name im Spiel: …".
    String.raw`(?:\s+(?:i spelet|i spillet|i spillet sitt|in the game|in game|in-game|im spiel|in het spel|in de game|dans le jeu|en jeu|pelissä|í leiknum|i spelet sitt|på discord|on discord))?` +
    String.raw`(?:(?<colon>\s*[:=]\s*)|(?<comma>\s*,\s*)|(?<linker>\s+(?:${allLinkers.map(labelPattern).join('|')})\s*:?\s+)|\s+)` +
    String.raw`(?<name>"[^"\n]{1,40}"|«[^»\n]{1,40}»|“[^”\n]{1,40}”|„[^“”\n]{1,40}[“”]|'[^'\n]{1,40}'|[^\s,;!?()[\]{}"«»“”„]{2,40})`,
  'giu',
);

/**
 * Platform names used as labels ("Snap: kari2011", "PSN: Ulv_07"). A platform name is also just a word in a
 * note ("Discord: quiet evening"), so after one the name must look like a user name.
 */
const PLATFORM_LABELS = [
  'snapchat',
  'snap',
  'instagram',
  'insta',
  'tiktok',
  'discord',
  'psn',
  'playstation',
  'xbox',
  'steam',
  'epic',
  'roblox',
  'fortnite',
  'minecraft',
  'twitch',
  'kick',
  'telegram',
  'kik',
];

const PLATFORM_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${PLATFORM_LABELS.join('|')})\s*:\s*(?<name>[^\s,;!?()[\]{}"«»“”„]{2,40})`,
  'giu',
);

/** One's own introduction in a chat line ("c'est", "im", "ich bin", "æ e"), and the word after it. */
const INTRODUCED_AS = new RegExp(
  String.raw`(?<![\p{L}'’])(?:c'est|c’est|moi c'est|im|i'm|i’m|i am|je suis|ich bin|ik ben|jeg er|eg er|æ e|jæ e|ég er|olen|mä oon|jag är|ja e)\s+["«“„']?(?<name>[\p{L}\p{N}_]{3,30})(?![\p{L}\p{N}_@.-]|\.\p{L})`,
  'giu',
);

/** The verbs of calling oneself, and the name after them. */
const NAMED_AS = new RegExp(
  String.raw`(?<![\p{L}])(?:kalte seg|kalla seg|kallar seg|kaller seg|kallade sig|kallar sig|nennt sich|nannte sich|noemt zich|noemde zich|se fait appeler|se faisait appeler|calls himself|calls herself|called himself|called herself|goes by|kutsuu itseään|kutsui itseään|kallaði sig|kallar sig|kallast|plays as|played as|spiller som|spilte som|spelar som|spelade som|speelt als|speelde als|joue en tant que|spielt als|spielte als|spilar sem|spilaði sem|pelaa nimellä|pelasi nimellä|namens|genaamd|nommé|nommée|named)\s+["«“„'”‘]?(?<name>[\p{L}\p{N}_.]{3,30}[\p{L}\p{N}_])`,
  'giu',
);

const QUOTED = /^["«“„'].*["»“”']$/su;

/**
 * Without a colon ("username is unknown") a word is only taken for a name when it looks like one: a digit,
 * an underscore or a capital inside it ("xXSlayerXx", "ola_99"), or quotes around it.
 */
function looksLikeGamerName(name: string): boolean {
  return /[\d_]/.test(name) || /\p{Ll}\p{Lu}/u.test(name) || /\p{L}\.\p{L}/u.test(name) || QUOTED.test(name);
}

/** Possessives before a label: "son pseudo ombrenoire", "his username shadowwolf". */
const OWNER_BEFORE_LABEL =
  /(?:^|[^\p{L}])(?:his|her|their|hans|hennes|hennar|deira|deres|sitt|sin|son|sa|leur|sein|seine|ihr|ihre|zijn|haar|hänen|pojan|tytön)\s+$/iu;

const PLAIN_NAME_LABELS: ReadonlySet<string> = new Set(USERNAME_LABELS['any'].labels);

function plainNameAfterLabel(text: string, m: RegExpExecArray, name: string): boolean {
  const word = name.replace(/[.:'’]+$/u, '');
  if (PLAIN_NAME_LABELS.has((m.groups?.label ?? '').toLowerCase())) return false;
  if (word.length < 3 || !/^\p{L}[\p{L}'’-]*$/u.test(word) || isCommonWord(word)) return false;
  if (m.groups?.linker || PLATFORM_NAME_LABEL_SET.has((m.groups?.label ?? '').toLowerCase())) return true;
  return OWNER_BEFORE_LABEL.test(text.slice(Math.max(0, m.index - 12), m.index));
}

/** The span of a name after a label, without its quotes or the full stop of the sentence it ends. */
function nameSpan(match: RegExpExecArray, name: string): Candidate | undefined {
  let start = match.index + match[0].length - name.length;
  let end = match.index + match[0].length;
  if (QUOTED.test(name)) {
    start += 1;
    end -= 1;
  } else {
    end -= name.length - name.replace(/[.:'’]+$/u, '').length;
  }
  return end - start >= 2 ? { kind: 'GAMER_TAG', start, end } : undefined;
}

/**
 * A word shaped like a user name wherever it stands, with no label before it: letters and an underscore
 * ("daan_2011", "xX_ghost_lily_Xx"), or letters and digits joined by dots ("aron.thor07", "emma.dubois.2011").
 * No word of a sentence is written so; files, versions, dates and web addresses are, and are left out.
 */
const USERNAME_SHAPED =
  /(?<![\p{L}\p{N}_@#./:\\-])(?:_+[\p{L}\p{N}]+(?:[._]+[\p{L}\p{N}]+)*_*|[\p{L}\p{N}]+(?:(?:[._]+[\p{L}\p{N}]+)+_*|_+))(?![\p{L}\p{N}_@/\\]|[.:-][\p{L}\p{N}])/gu;
const FILE_OR_DOMAIN_END =
  /\.(?:png|jpe?g|gif|webp|heic|mp[34]|mov|avi|wav|exe|zip|rar|pdf|txt|docx?|xlsx?|pptx?|apk|jar|js|ts|py|html?|com|net|org|gg|io|tv|me|eu|co|uk|no|nl|be|fi|is|se|de|fr|dk|info|app|xyz)$/iu;
const MONTH_ABBREVIATION =
  /^(?:jan|feb|febr|mar|mars|apr|mai|may|jun|juni|jul|juli|aug|sep|sept|okt|oct|nov|des|dec|dez|jan|tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu|kl|nr|no|ca|bl|vs|st|ch|lvl|ver|vol|nro|klo)$/iu;

/**
 * Capitalised words run together with digits after them ("GamerDaddy88", "BramTheMan2010", "nordlysKatten07"), or
 * "xX…Xx": a user name wherever it stands. "PlayStation5" has one digit, "FIFA23" no small letters.
 */
const CAMEL_CASE_USERNAME =
  /(?<![\p{L}\p{N}_@#./:\\-])(?:\p{L}\p{Ll}+(?:\p{Lu}\p{Ll}*){1,4}\d{2,4}|[xX]{1,2}\p{Lu}[\p{L}\p{N}]{2,20}[xX]{1,2})(?![\p{L}\p{N}_@/\\]|[.:-][\p{L}\p{N}])/gu;

/**
 * A word with digits after it, in quotes: what someone calls themselves online ("«snillonkel47»", "„Bärchen77“"), not a
 * game, a console or a season ("FIFA23", "PS5", "Season 3").
 */
const QUOTED_NAME_WITH_DIGITS = /["«“„'‘](?<name>\p{L}[\p{L}\p{M}]{2,20}\d{2,4})["»”“'’]/gu;
const GAME_TERM_WITH_DIGITS =
  /^(?:fifa|fc|eafc|nba|nhl|gta|cod|bo|mw|cs|ps|xbox|windows|win|iphone|galaxy|pixel|season|chapter|level|lvl|covid|mp|dota|pes|madden|wwe|uke|week|viikko|vecka|woche|semaine)\d/iu;

/** The police's own profiles are named so too ("Politiet_Kripos", "Poliisi_Nettipartio"). */
const POLICE_WORD =
  /^(?:politi|police|polizei|poliisi|polis(?!h)|lögregl|logregl|kripos|nettpatrulj|nettipartio|netvakt|europol|wijkagent|garda|onlinestreife)/iu;

/** Whether a name, handle or link path is the police's own: one of its parts is a police word. */
function namesPolice(value: string): boolean {
  return value.split(/[/@._\s-]+/u).some((part) => POLICE_WORD.test(part));
}

/** A name said with spaces up to a number after a label: " Bjørn 88" in "gamertaggen hans, Frost Bjørn 88". */
const SPACED_NAME_TAIL =
  /^(?:[ \u00a0]\p{Lu}[\p{L}\p{N}]{0,15}){0,2}[ \u00a0](?:\d{1,4}|\d[Kk]\d{1,2})(?![\p{L}\p{N}])/u;

function isUsernameShaped(word: string): boolean {
  if (FILE_OR_DOMAIN_END.test(word) || (word.match(/\p{L}/gu)?.length ?? 0) < 3) return false;
  // "1O.OOO Robux": a number with letters O typed for its zeros.
  if (/^[\dOoIl.,]+$/u.test(word) && /\d/.test(word)) return false;
  if (namesPolice(word)) return false;
  if (word.includes('_')) return true;
  const segments = word.split('.');
  // Dots only: a segment that mixes letters and digits ("thor07"), or two segments of letters and one of digits.
  if (
    segments.some(
      (part) =>
        /\p{L}/u.test(part) &&
        /\d/.test(part) &&
        !/^\d+(?:st|nd|rd|th|e|er|ème|h|min|kg|km|cm|mm|gb|mb|k|m|x)$/iu.test(part),
    )
  )
    return true;
  // "jonas.k.2004": a name, an initial and a year.
  const letterSegments = segments.filter((part) => /^\p{L}+$/u.test(part) && !MONTH_ABBREVIATION.test(part));
  // "mia.lovesu", "blaabaer.sindre": two words in small letters joined by a dot, one of them a first name that is no word.
  const { smallLetterNames } = nameLexicon();
  if (
    segments.length === 2 &&
    letterSegments.length === 2 &&
    word === word.toLowerCase() &&
    segments.every((part) => part.length >= 3)
  ) {
    if (segments.some((part) => smallLetterNames.has(part))) return true;
  }
  return (
    letterSegments.length >= 2 &&
    letterSegments.some((part) => part.length >= 3) &&
    segments.some((part) => /^\d{2,4}$/.test(part))
  );
}

const findGamerTags: Detector = (text) => {
  const found: Candidate[] = [...matchesOf(TAGGED_NAME, text)].map((m) => ({
    kind: 'GAMER_TAG',
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const m of matchesOf(SUPERCELL_TAG, text))
    found.push({ kind: 'GAMER_TAG', start: m.index, end: m.index + m[0].length });
  for (const m of matchesOf(USERNAME_SHAPED, text)) {
    // Reported as a handle: a label or a platform before it says more, and that finding wins the overlap.
    if (isUsernameShaped(m[0])) found.push({ kind: 'HANDLE', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(CAMEL_CASE_USERNAME, text)) {
    if (!namesPolice(m[0])) found.push({ kind: 'HANDLE', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(QUOTED_NAME_WITH_DIGITS, text)) {
    const name = m.groups?.name ?? '';
    if (namesPolice(name) || GAME_TERM_WITH_DIGITS.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ kind: 'HANDLE', start, end: start + name.length });
  }
  for (const m of matchesOf(LABELLED_NAME, text)) {
    const name = m.groups?.name ?? '';
    if (NOT_A_NAME.has(name.replace(/[.:]+$/, '').toLowerCase())) continue;
    // "le compte TikTok signalé": a platform named after the label, not the account's name.
    if (PLATFORMS_AND_GAMES.includes(name.toLowerCase())) continue;
    // "Ingen namn eller brukarnamn er noterte": a label denied names nothing.
    if (DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // A label is a strong cue: after "brukernavnet hans er", "son pseudo" or "gebruikersnaam is" a plain word
    // ("fjellulv", "ombrenoire") is the name, unless it is one of the words a sentence goes on with.
    // "gamertaggen hans, Frost Bjørn 88": after a comma only a name that looks like one or goes on to a number.
    const spacedAfter = SPACED_NAME_TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    // "med gamertaggen Frostbit 2K10": a capitalised name going on to a number is a gamer tag after any label.
    const spacedName = spacedAfter !== null && /^\p{Lu}/u.test(name);
    if (
      m.groups?.comma !== undefined
        ? !looksLikeGamerName(name) && !spacedName
        : !m.groups?.colon && !looksLikeGamerName(name) && !plainNameAfterLabel(text, m, name) && !spacedName
    )
      continue;
    // After a plain word for a user or a name, capitals and digits only are a code ("tunnuksella FI-AW26-04", "S-46").
    if (
      PLAIN_NAME_LABELS.has((m.groups?.label ?? '').toLowerCase()) &&
      (!/\p{L}/u.test(name) || (/^[\p{Lu}\d-]+$/u.test(name) && name.includes('-')))
    )
      continue;
    const span = nameSpan(m, name);
    // "gamertaggen hans, Frost Bjørn 88": a name with spaces up to a number.
    const spaced = span && SPACED_NAME_TAIL.exec(text.slice(span.end, span.end + 40));
    // The police's own profiles are named after a label too ("Brukeren Politiet_Nettpatrulje").
    if (namesPolice(name)) continue;
    if (span && spaced && /^\p{Lu}/u.test(name)) span.end += spaced[0].length;
    if (span) found.push(span);
  }
  // What someone calls themselves, when it is written like a user name: "nennt sich xXSchattenwolfXx", "kalte seg
  // ellaxbella2011", "calls himself Dark_Knight".
  for (const m of matchesOf(NAMED_AS, text)) {
    const written = m.groups?.name ?? '';
    // "namens „DerNetteOnkel82“", "kallar sig ”snällaJocke”": in quotes too, when what is inside looks like a user name.
    const quoted = QUOTED.test(written);
    const name = quoted ? written.slice(1, -1).trim() : written;
    if (
      !(quoted ? /[\d_]|\p{Ll}\p{Lu}/u.test(name) : looksLikeGamerName(name)) ||
      namesPolice(name) ||
      /^\d+$/.test(name)
    )
      continue;
    const start = m.index + m[0].length - written.length + (quoted ? written.indexOf(name) : 0);
    found.push({ kind: 'GAMER_TAG', start, end: start + name.length });
  }
  // "c'est BilalDu4000", "im krispyKebab09", "æ e TuppenXD": after one's own introduction, a word with digits among its
  // letters or capitals inside it.
  for (const m of matchesOf(INTRODUCED_AS, text)) {
    const name = m.groups?.name ?? '';
    const innerCapitals = name.slice(1).match(/\p{Lu}/gu)?.length ?? 0;
    const lettersAndDigits = /\d/.test(name) && (name.match(/\p{L}/gu)?.length ?? 0) >= 3;
    if (
      name.length < 6 ||
      !(lettersAndDigits
        ? /\p{Ll}/u.test(name)
        : innerCapitals >= 2 || (innerCapitals >= 1 && /_/.test(name)))
    )
      continue;
    if (namesPolice(name) || PLATFORMS_AND_GAMES.includes(name.toLowerCase())) continue;
    const start = m.index + m[0].length - name.length;
    found.push({ kind: 'GAMER_TAG', start, end: start + name.length });
  }
  for (const m of matchesOf(PLATFORM_NAME, text)) {
    const name = m.groups?.name ?? '';
    if (SERVER_OF_PLATFORM.test(m[0])) continue;
    // "vocal Discord : 17 enfants", "Instagram: €500": a count or an amount, not a name; "Supportsak hos Snap:
    // 1-2290347811": groups of digits with dashes are a case or ticket number.
    // "Fortnite: 1:4 gegen drei Jungs": a score.
    const notAName =
      /^[€$£]?\d+(?:[.,]\d+)?[€$£]?$/u.test(name) ||
      /^\d+(?:-\d+)+$/u.test(name) ||
      /^\d{1,3}[:–-]\d{1,3}$/u.test(name);
    const span = looksLikeGamerName(name) && !notAName ? nameSpan(m, name) : undefined;
    if (span) found.push(span);
  }
  return found;
};

// ---------------------------------------------------------------------------------------------------------
// HANDLE: "@name" as Instagram, TikTok, X and Discord write them.

const HANDLE = /(?<![\p{L}\p{N}_.@/+-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,62}[\p{L}\p{N}_])?/gu;
/** Discord's group mentions name nobody. */
const GROUP_MENTIONS = new Set(['@everyone', '@here', '@channel']);

const findHandles: Detector = (text) =>
  [...matchesOf(HANDLE, text)]
    .filter((m) => m[0].length >= 4 && /\p{L}/u.test(m[0]) && !GROUP_MENTIONS.has(m[0].toLowerCase()))
    .map((m) => ({ kind: 'HANDLE', start: m.index, end: m.index + m[0].length }));

// ---------------------------------------------------------------------------------------------------------
// PHONE
//
// Numbers are read as digit groups and the grouping decides: "20.11.2025" (2-2-4) is a date and
// "41 23 45 67" (2-2-2-2) a Norwegian number, though both have eight digits. Help-line and emergency numbers
// (112, 113, 116 111, 116 123, 1717, 800 33 321) fit no subscriber format and so are never findings. The formats
// per country are in ../personal-data/national-formats.ts.

function isInternationalNumber(digits: string): boolean {
  // E.164: at most 15 digits; fewer than 8 is a short code or a score ("+5").
  if (digits.length < 8 || digits.length > 15 || digits.startsWith('0')) return false;
  for (const length of [3, 2, 1]) {
    const range = NATIONAL_NUMBER_LENGTHS[digits.slice(0, length)];
    if (range) return digits.length - length >= range[0] && digits.length - length <= range[1];
  }
  return true;
}

/**
 * What may join two digit groups of one number: a space, ".", "-", "/", a dash, also with spaces round it
 * ("151 / 2384 – 6617"), or brackets round "(0)" or an area code.
 */
const PHONE_GAP = /^(?:[ \u00a0]|[ \u00a0]?[./\-–—][ \u00a0]?|[ \u00a0]?\(|\)[ \u00a0]?)$/;
const SPACE_GAP = /^[ \u00a0]$/;
/** Money, percentages and units after a number. */
const UNIT_AFTER = /^[ \u00a0]?(?:[%‰€$£]|(?:kr|kroner|krónur|nok|sek|isk|eur|euro|euros|dkk)(?!\p{L}))/iu;
const CURRENCY_OR_TAG_BEFORE = /[#@€$£]/;

interface DigitGroup {
  start: number;
  end: number;
}

/**
 * A run of digit groups with what joins them. Words only split a number at a plain space ("070-123 45 67"
 * is one number, "kl 14 41234567" may be two), so the chunks between spaces are the units a number is made of.
 */
function phoneChunks(text: string): DigitGroup[][][] {
  const sequences: DigitGroup[][][] = [];
  let previous: DigitGroup | undefined;
  for (const m of text.matchAll(/\d+/g)) {
    const group = { start: m.index, end: m.index + m[0].length };
    const gap = previous ? text.slice(previous.end, group.start) : '';
    if (!previous || !PHONE_GAP.test(gap)) sequences.push([[group]]);
    else if (SPACE_GAP.test(gap)) sequences[sequences.length - 1].push([group]);
    else sequences[sequences.length - 1].at(-1)?.push(group);
    previous = group;
  }
  return sequences;
}

/** Phone numbers mix at most two separators, the first after the area code ("0470/12.34.56"); "20.00-22.00" is a time. */
function hasConsistentSeparators(raw: string): boolean {
  const separators = raw.match(/[./\-–—]/g) ?? [];
  return new Set(separators.slice(1)).size <= 1;
}

const MAX_CHUNKS_PER_NUMBER = 7;

function phoneCandidate(
  text: string,
  groups: readonly DigitGroup[],
  countries: ReadonlySet<PersonalDataCountry>,
) {
  let start = groups[0].start;
  const end = groups[groups.length - 1].end;
  const international = text[start - 1] === '+' || text.startsWith('00', start);
  if (text[start - 1] === '+' || text[start - 1] === '(') start -= 1;
  if (continuesBefore(text, start) || continuesAfter(text, end)) return undefined;
  if (CURRENCY_OR_TAG_BEFORE.test(text[start - 1] ?? '') || UNIT_AFTER.test(text.slice(end, end + 10)))
    return undefined;
  const raw = text.slice(start, end);
  if (!hasConsistentSeparators(raw)) return undefined;

  if (international) {
    const digits = raw.replace(/\(0\)/g, '').replace(/\D/g, '');
    const significant = digits.startsWith('00') ? digits.slice(2) : digits;
    return isInternationalNumber(significant) ? { start, end } : undefined;
  }
  const lengths = groups.map((g) => g.end - g.start);
  const national = groups.map((g) => text.slice(g.start, g.end)).join('');
  const grouping = lengths.join('-');
  const fits = [
    ...NATIONAL_PHONE_FORMATS.filter((format) => countries.has(format.country)),
    ...GUEST_MOBILE_FORMATS,
  ].some((format) => format.digits.test(national) && format.groupings.includes(grouping));
  return fits ? { start, end } : undefined;
}

/**
 * Whether a number may end after `left` and another begin with `right`. Short groups on both sides of a
 * space belong together ("08-123 456 78" is one number, not "08-123 456" and a stray "78"); a long group
 * stands on its own ("15 41234567" is an age and a mobile).
 */
function canSplitBetween(left: readonly DigitGroup[], right: readonly DigitGroup[]): boolean {
  const length = (group: DigitGroup) => group.end - group.start;
  return length(left[left.length - 1]) >= 4 || length(right[0]) >= 4;
}

const findPhoneNumbers: Detector = (text, countries) => {
  const found: Candidate[] = [];
  const helpLines: DigitGroup[] = [];
  for (const chunks of phoneChunks(text)) {
    // Any run of whole chunks may be the number, where the chunks around it may be split off.
    for (let first = 0; first < chunks.length; first++) {
      if (first > 0 && !canSplitBetween(chunks[first - 1], chunks[first])) continue;
      const last = Math.min(chunks.length, first + MAX_CHUNKS_PER_NUMBER);
      for (let after = first + 1; after <= last; after++) {
        if (after < chunks.length && !canSplitBetween(chunks[after - 1], chunks[after])) continue;
        const window = chunks.slice(first, after).flat();
        const span = { start: window[0].start, end: window[window.length - 1].end };
        // Only the long ones: "112" or "102" may be a group inside a young person's number.
        const digits = text.slice(span.start, span.end).replace(/\D/g, '');
        if (digits.length >= 7 && HELP_LINE_DIGITS.has(digits)) helpLines.push(span);
        const candidate = phoneCandidate(text, window, countries);
        if (candidate) found.push({ kind: 'PHONE', ...candidate });
      }
    }
  }
  // Nothing inside a help line is a finding, not even a part of it that looks like a number ("2525 0111").
  return found.filter((c) => !helpLines.some((h) => c.start < h.end && h.start < c.end));
};

// ---------------------------------------------------------------------------------------------------------
// Putting it together

function findWithLexicon(text: string, countries: ReadonlySet<PersonalDataCountry>): Candidate[] {
  return nameLexicon().detectors.flatMap((detect) => detect(text, countries));
}

const DETECTORS: readonly Detector[] = [
  findEmails,
  findEmailsInWords,
  findHandlesInWords,
  findLooseNumbers,
  findSpacedFinnishIds,
  findDatedIds,
  findDisguisedIds,
  // Names, addresses, schools and numbers in words come with the lexicon (see name-lexicon.ts): nothing until it is
  // registered. They read numbers too ("Hraunbæ 1O2", "användar-ID 3849l2O576…").
  findWithLexicon,
  findProfileLinks,
  findNationalIds,
  findIpAddresses,
  findDiscordIds,
  findUuids,
  findGamerTags,
  findHandles,
  findPhoneNumbers,
];

/**
 * A token of digits with letters O, l or I typed among them ("O4O", "4l5", "22O8lO"): at least one digit and one of
 * those letters, nothing else. Read with 0 and 1 by the detectors of numbers.
 */
const LETTERS_IN_NUMBER =
  /(?<![\p{L}\p{N}_])(?=[\dOoIl]*\d)(?=[\dOoIl]*[OoIl])[\dOoIl]{2,20}(?![\p{L}\p{N}_])/gu;
/** A single letter O, l or I typed for a digit among digits typed one by one: "4 l 2 . 8 8 . 3 O 6", "7 7 l – 2 O 3 O". */
const LETTER_AMONG_DIGITS =
  /(?<=(?<![\p{L}\p{N}])\d[ .\-–/*]{1,3})[OoIl](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[OoIl](?=[ .\-–/*]{1,3}\d(?![\p{L}\p{N}]))/gu;
/** The detectors that read digits only: they see the text with those O's as zeros. */
const NUMBER_DETECTORS: ReadonlySet<Detector> = new Set([
  findLooseNumbers,
  findPhoneNumbers,
  findWithLexicon,
  findNationalIds,
  findDisguisedIds,
]);
/** A henkilötunnus with letters O typed for its zeros ("29O9O9A735O"): the check character is never an O. */
const HETU_WITH_OS =
  /(?<![\p{L}\p{N}_])(?=[^\s]*[Oo])[\dOo]{6}[-+A-FU-Y][\dOo]{3}[0-9A-Y]?(?![\p{L}\p{N}_])/gu;

/**
 * When candidates overlap, the most specific kind wins and the finding is reported once: an e-mail address
 * is not also a handle, a profile link not also a handle, an identity number with valid check digits not
 * also a phone number. Within a kind the longer match wins.
 */
const SPECIFICITY: readonly PersonalDataKind[] = [
  'EMAIL',
  'PROFILE_LINK',
  'NATIONAL_ID',
  'IP_ADDRESS',
  'DISCORD_ID',
  'USER_ID',
  'GAMER_TAG',
  'HANDLE',
  'PHONE',
  'STREET_ADDRESS',
  'SCHOOL',
  'PERSON_NAME',
];

function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      SPECIFICITY.indexOf(a.kind) - SPECIFICITY.indexOf(b.kind) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toFinding(text: string, candidate: Candidate): PersonalDataFinding {
  return { ...candidate, excerpt: maskIdentifier(text.slice(candidate.start, candidate.end)) };
}

/**
 * The identifiers of people in a free-text note, in the order they appear. An empty list means the note may
 * be stored as written.
 */
export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const countries = new Set(
    (options.countries ?? DEFAULT_PERSONAL_DATA_COUNTRIES)
      .map((code) => code.toUpperCase())
      .filter(isPersonalDataCountry),
  );
  // A French social security number is looked for in every week: fifteen digits with a mod-97 key are unmistakable.
  countries.add('FR');
  const allowed = [...allowedSpans(text, options.allowedNames ?? []), ...ownProfileSpans(text)];
  // "９１２ ３４ ５６７", "S i g r i d", "tiktok[.]com/@…": the detectors read the note without its disguises.
  const undisguised = undisguise(text);
  const seen = undisguised.text;
  // "O4O 123 4567", "4l5 O7 2l9": letters typed for digits inside a number are read as the digits, offsets unchanged.
  const zeroed = seen
    .replace(LETTERS_IN_NUMBER, (token) => token.replace(/[Oo]/g, '0').replace(/[Il]/g, '1'))
    .replace(HETU_WITH_OS, (token) => token.replace(/[Oo]/g, '0'))
    .replace(LETTER_AMONG_DIGITS, (letter) => (/[Oo]/u.test(letter) ? '0' : '1'));
  const detected = DETECTORS.flatMap((detect) =>
    detect(NUMBER_DETECTORS.has(detect) ? zeroed : seen, countries),
  ).map((c) => (seen === text ? c : { ...c, ...originalSpan(text, undisguised, c.start, c.end) }));
  // Read on the note as typed: spelled out, a word is a disguise in itself, a user name unless it spells a name.
  const spelledOut = findSpelledOutWords(text).filter(
    (s) => !detected.some((c) => c.kind === 'PERSON_NAME' && c.start < s.end && s.start < c.end),
  );
  const servers = serverAddresses(text);
  const candidates = [...detected, ...spelledOut].filter(
    (c) =>
      (!NAME_LIKE.has(c.kind) || !allowed.some((a) => a.start <= c.start && c.end <= a.end)) &&
      !servers.some((a) => a.start <= c.start && c.end <= a.end) &&
      (c.kind !== 'PHONE' ||
        (!isCaseNumber(text, c.start) && !isServiceNumber(text.slice(c.start, c.end)))) &&
      // "Registratienummer 2025-0317-044": a reference after its word is no identity number.
      (c.kind !== 'NATIONAL_ID' || !caseWordBefore(text, c.start)) &&
      // "(e.g. 4826-…)", "TikTok: 16-vuotias kysyi": an abbreviation or an age is no user name.
      (!HANDLE_KINDS.has(c.kind) || !NOT_A_HANDLE.test(text.slice(c.start, c.end))) &&
      // "ons politieprofiel @PolitieGaming": the police's own account is nobody's identifier.
      (!HANDLE_KINDS.has(c.kind) || !namesPolice(text.slice(c.start, c.end))),
  );
  return resolveOverlaps([...candidates, ...otherMentions(text, candidates)]).map((c) => toFinding(text, c));
}

/**
 * A name found once is a name wherever the note repeats it: "Gutten heter Jonathan Berg, men kompisene kaller ham
 * Jonte. Vi ga Jonte et kort", "Anne-Sofies bror … bekymret for Anne-Sofie". Each word of a found name, written the
 * same way, with or without a genitive ("Siggis", "Lukas'", "Emma's").
 */
function otherMentions(text: string, candidates: readonly Candidate[]): Candidate[] {
  const words = new Set<string>();
  for (const c of candidates) {
    if (c.kind !== 'PERSON_NAME') continue;
    // In small letters too, as a hurried note repeats it: "mohamed en lotte …, lotte wist niet".
    for (const word of text.slice(c.start, c.end).split(/[\s,]+/u)) {
      // Not a particle ("Noor van den Berg" repeats no "van"); in small letters too ("Onnin kanssa … onnin äiti").
      if (
        !/^\p{L}[\p{Ll}\p{M}'’-]{2,}$/u.test(word) ||
        /^(?:van|von|den|der|des|del|della|ten|ter|les|la|le|de|du|da|di|af|al|el)$/iu.test(word)
      )
        continue;
      const bare = word.replace(/['’]s?$/u, '');
      words.add(bare);
      if (bare.length >= 4) words.add(bare.toLowerCase());
    }
  }
  if (words.size === 0) return [];
  const pattern = new RegExp(
    // With a genitive, or a Finnish case of a name of four letters or more ("onnin kaveri", "onnia", "onnille").
    String.raw`(?<![\p{L}\p{N}_@#.-])(?:${[...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:['’]s?|s|(?<=\p{L}{4})(?:n|a|ä|lle|lla|llä|lta|ltä|sta|stä|ssa|ssä|ksi|kin))?(?![\p{L}\p{N}_-])`,
    'gu',
  );
  return [...matchesOf(pattern, text)]
    .filter((m) => !candidates.some((c) => c.start < m.index + m[0].length && m.index < c.end))
    .map((m) => ({ kind: 'PERSON_NAME' as const, start: m.index, end: m.index + m[0].length }));
}

/** What a police case, a report or an order is numbered with: the number after it is no phone ("málsnúmer 007-2026-41233"). */
const CASE_NUMBER_BEFORE =
  /(?:code|kode|koden|koodi|kóði|kóða|kod|koden|servercode|pin|pinkode|sak|saka|saksnr\.?|saksnummer|saksnummeret|sak nr\.?|málsnúmer\p{L}*|málanúmer\p{L}*|málsnr\.?|mál nr\.?|mál|registratie|registratienummer|kenmerk|registrering|registreringsnummer|zaak|zaaknummer|dossier|dossiernummer|pv|p\.v\.|procès-verbal|aktenzeichen|az\.|vorgang|vorgangsnummer|diaarinumero|dnro|asianumero|ilmoitus|ärende|ärendenummer|diarienummer|dnr|ordrenummer\p{L}*|ordernummer\p{L}*|bestelnummer\p{L}*|bestellnummer\p{L}*|beställningsnummer\p{L}*|pöntunarnúmer\p{L}*|tilausnumero\p{L}*|numéro de commande|order number|order no\.?|kvitteringsnummer\p{L}*|transaksjonsnummer\p{L}*|referansenummer\p{L}*|anmeldelse|anmeldelsen|anmeldelsesnummer|anmälan|anmälningsnummer|aangifte|plainte|anzeige|strafanzeige|kæra|kæru|rikosilmoitus|police report|case|case no\.?|case number|ref\.?|reference|referanse|referentie|référence|ticket|order|ordre|bestelling|commande|bestellung|tilaus|kvittering|receipt|kuitti|faktura|invoice|factuur|facture|rechnung|lasku)\s*(?:nr\.?|no\.?|n°|nummer|number|#)?\s*[:#]?\s*$/iu;

/**
 * Numbers of services, not of people: free, premium, shared-cost and company numbers ("Card Stop 078 170 170", "0800
 * 32 123", Dutch 088, Norwegian 800/810/815/820/829, Swedish 0771 and 0939, Finnish 0600 and 0700).
 */
// Belgian 078 numbers have nine digits ("078 15 25 25"); eleven from 078 make a British mobile.
const SERVICE_NUMBER =
  /^(?:0(?:800|900|90[2-9]|88|771|939|600|700)\d{4,8}|078\d{6}|(?:800|810|815|820|829)\d{5})$/;

/** Country codes whose numbers are dialled with a trunk 0 at home ("+31 800 …" is "0800 …"); Norway has none. */
const TRUNK_ZERO_CODES = ['31', '32', '46', '358'];

function isServiceNumber(written: string): boolean {
  const digits = written.replace(/\D/g, '');
  // "+47 800 33 321", "0031 800 0432": the service number dialled from abroad.
  const international = /^\s*(?:\+|00)/u.test(written.replace(/^\(/u, ''));
  if (!international) return SERVICE_NUMBER.test(digits);
  const significant = digits.replace(/^00/u, '');
  if (significant.startsWith('47')) return SERVICE_NUMBER.test(significant.slice(2));
  const code = TRUNK_ZERO_CODES.find((c) => significant.startsWith(c));
  return code !== undefined && SERVICE_NUMBER.test(`0${significant.slice(code.length)}`);
}

/** A service's own number: "Fraudehelpdesk 088 786 73 72", "Kindertelefoon 0800-0432", "kundeservice 22 …". */
const SERVICE_BEFORE =
  /(?:helpdesk|hulplijn|hjelpetelefon\p{L}*|hjelpelinje\p{L}*|hjelpetelefonen|servicedesk|klantenservice|kundeservice|kundesenter|kundtjänst|asiakaspalvelu\p{L}*|helpline|hotline|infolijn|meldpunt|tipslinje|tiplijn|vakttelefon|telefoonnummer van de|numéro vert|service client|kundendienst|swish(?:nummer|nr)?(?:\s+(?:till|to|nummer|nr))?)\s*[:(]?\s*$/iu;

const HANDLE_KINDS: ReadonlySet<PersonalDataKind> = new Set(['HANDLE', 'GAMER_TAG']);
const NOT_A_HANDLE =
  /^(?:henk\.\p{L}+|e\.g|i\.e|bl\.a|f\.eks|z\.b|d\.h|o\.a|t\.ex|t\.d|m\.a\.o|u\.a|s\.k|n\.b|p\.s|a\.m|p\.m|\d{1,2}-(?:vuotias|vuotiaat|vuotiaan|åring|åringen|åringar|åringer|årig|årige|jarige|ára|jährige|jähriger|jährigen|year-old|years-old|ans))\.?$/iu;

/** A case, a report or a register's word just before a number: the number is its reference. */
function caseWordBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start).replace(/[\d \u00a0./()-]+$/u, '');
  // "personal identity code 120811A4374", "identiteitscode": the code of a person is the identity number itself.
  return (
    CASE_NUMBER_BEFORE.test(before) &&
    !/(?:identity|identification|personal|henkilö\p{L}*|identiteits?)\s*code\s*[:#]?\s*$/iu.test(before)
  );
}

function isCaseNumber(text: string, start: number): boolean {
  // The word before the whole run of digits: "Fraudehelpdesk 088 786 73 72" holds "786 73 72" too.
  const before = text.slice(Math.max(0, start - 48), start).replace(/[\d \u00a0./()-]+$/u, '');
  // "Málsnúmer lögreglu 007-2024-118739", "dossier de la police 12/345": one word may stand between.
  const withoutLastWord = before.replace(/\s+[\p{L}\p{M}'’]+\s*[:#]?\s*$/u, ' ');
  if ([before, withoutLastWord].some((b) => CASE_NUMBER_BEFORE.test(b)) || SERVICE_BEFORE.test(before))
    return true;
  // "RBX-0470-12-34-56": capitals joined before the digits make a code.
  if (/\p{Lu}{2,}[-/]$/u.test(text.slice(Math.max(0, start - 6), start))) return true;
  // "5500/R/0031877/24", "007-2024-061233 til 007-2024-061240": a code with a letter or a year inside it.
  if (
    /\p{L}\/$/u.test(text.slice(Math.max(0, start - 2), start)) ||
    /^\d{3}-20\d{2}-\d{4,7}/u.test(text.slice(start, start + 16))
  )
    return true;
  // "la Zentrale der Polizeizone Eifel, 080 28 02 00", "permanence au 04 220 67 11": an office's own line.
  // "Barnevernvakten kan nås på 55 56 87 00", "Lögreglan á höfuðborgarsvæðinu: 444 1000": a service's own line.
  const head = text.slice(Math.max(0, start - 60), start);
  return OFFICE_BEFORE.test(head) || SERVICE_LINE_BEFORE.test(head);
}

/** A police or child-welfare service, then where it is or how to reach it, then its number. */
const SERVICE_LINE_BEFORE =
  /(?<![\p{L}])(?:barnevern\p{L}*|barnavernd\p{L}*|barnahus\p{L}*|lögregl\p{L}*|politiet|politidistrikt\p{L}*|polisen|polismyndighet\p{L}*|poliisi|poliisilaitos\p{L}*|politie|police|polizei|kripos|jugendamt|veilig thuis|socialtjänst\p{L}*|sosiaalipäivystys|lastensuojelu\p{L}*|legevakt\p{L}*|jeugdzorg)(?:(?:\s+(?:á|i|í|in|en|de|du|van|der|des|för|af|ved|at|of)\s+[\p{L}-]+){0,2}(?:\s+icke-akut|\s+non-urgent)?\s*:|(?:(?!\s(?:og|and|en|et|und|ja|och|men|but|mais|maar|aber|mutta|mens|while)\s)[^.!?\n,;]){0,30}(?:kan nås på|nås på|er å nå på|kan nåast på|can be reached on|can be reached at|reachable on|reachable at|bereikbaar op|bereikbaar via|joignable au|erreichbar unter|tavoitettavissa numerosta|í síma))\s*$/iu;

/** A switchboard, an office or its opening hours named shortly before a number, in the same sentence. */
const OFFICE_BEFORE =
  /(?<![\p{L}])(?:zentrale|sentralbord\p{L}*|växel\p{L}*|vaihde\p{L}*|skiptiborð\p{L}*|switchboard|centrale|standard|accueil|onthaal|permanence|kontortid\p{L}*|office hours|kantooruren|heures de bureau|bürozeiten|virka-aika\p{L}*|fyrirspurn\p{L}*|skrifstof\p{L}*|toimisto\p{L}*|kantoor|bureau|büro|vakttelefon\p{L}*|jourtelefon\p{L}*|journummer\p{L}*)(?![\p{L}])[^.!?\n]{0,40}$/iu;

/** A word that denies, a few words before a label: "Ingen namn eller …", "no names or …", "keine Namen oder …". */
const DENIED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation([...NO_WORDS, 'not', 'ei', 'eikä', 'ekkert', 'ekki', 'uten', 'utan', 'without', 'sans', 'ohne', 'zonder', 'ilman', 'án'])})(?:\s+[\p{L}]+){0,3}\s+$`,
  'iu',
);

/**
 * The police's own profile, named where the note says the officer logged in with it: "logget på Discord som «Politiet –
 * nettpatrulje Agder»", "joined as PoliceScotland_Cyber", "connecté sur Roblox comme Police Fédérale – Cyber",
 * "kirjauduin Discordiin nimellä Poliisi – Nettipoliisi". What follows is the profile when it names the police.
 */
const LOGGED_IN_AS =
  /(?<![\p{L}])(?:logged in|logged on|signed in|joined|logget på|logget inn|logga på|logga inn|innlogget|innlogga|loggade in|inloggad|ingelogd|ingelogd als|eingeloggt|angemeldet|connectée?|kirjauduin|kirjautuneena|skráði mig inn|skráð inn)(?:[^.\n;]{0,40}?)\s(?:as|som|als|comme|en tant que|nimellä|sem|under)\s+(?<name>[^.\n;]{2,60}?)(?=\s*(?:[.;\n]|$)|\s\d{1,2}[:.h]\d{2})/giu;
function ownProfileSpans(text: string): { start: number; end: number }[] {
  return [...matchesOf(LOGGED_IN_AS, text)]
    .filter((m) => namesPolice(m.groups?.name ?? ''))
    .map((m) => ({
      start: m.index + m[0].length - (m.groups?.name ?? '').length,
      end: m.index + m[0].length,
    }));
}

/** The kinds an allowed name can be mistaken for. */
const NAME_LIKE: ReadonlySet<PersonalDataKind> = new Set(['PERSON_NAME', 'GAMER_TAG', 'HANDLE']);

/** Where the allowed names occur in the text, whole words, whatever the case, "@" or quotes around them. */
function allowedSpans(text: string, names: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const lower = text.toLowerCase();
  for (const name of names) {
    const needle = name.trim().toLowerCase();
    if (needle.length < 2) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + needle.length] ?? ' ';
      if (/[\p{L}\p{N}_]/u.test(before) || /[\p{L}\p{N}_]/u.test(after)) continue;
      spans.push({ start: before === '@' ? at - 1 : at, end: at + needle.length });
    }
  }
  return spans;
}
