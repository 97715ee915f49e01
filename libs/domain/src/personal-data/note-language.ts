/**
 * Which of the nine languages a note is written in, by its small words. The detector needs it for one thing: a name
 * that is a word in another language is a name in this one ("sem" is Icelandic for "which" and a Dutch boy's name,
 * "ole" Finnish for "be" and a Norwegian boy's name, "anna" Finnish for "give"). The API knows the language a note is
 * tagged with, but a debrief quotes other languages and a summary is English, so the text itself decides.
 */

/** Words that are frequent in one language's notes and rare in the others' (the Scandinavian ones overlap, on purpose). */
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['and', 'the', 'not', 'she', 'he', 'his', 'her', 'with', 'was', 'is', 'of', 'to', 'from', 'said', 'that', 'they', 'we', 'him', 'asked', 'told', 'about', 'boy', 'girl', 'who'],
  nb: ['og', 'ikke', 'jeg', 'hun', 'han', 'det', 'som', 'med', 'til', 'er', 'var', 'fra', 'av', 'har', 'hennes', 'hans', 'gutten', 'jenta', 'jenten', 'sa', 'seg', 'vi', 'ham', 'henne', 'hva', 'hvor', 'skulle', 'også', 'etter', 'noe'],
  nn: ['og', 'ikkje', 'eg', 'ho', 'han', 'det', 'som', 'med', 'til', 'er', 'var', 'frå', 'av', 'har', 'hennar', 'hans', 'guten', 'jenta', 'sa', 'seg', 'me', 'vi', 'kva', 'korleis', 'dei', 'ein', 'eit', 'noko', 'òg', 'etter'],
  sv: ['och', 'inte', 'jag', 'hon', 'han', 'det', 'som', 'med', 'till', 'är', 'var', 'från', 'av', 'har', 'hennes', 'hans', 'pojken', 'flickan', 'killen', 'tjejen', 'sa', 'sig', 'vi', 'honom', 'henne', 'vad', 'också', 'efter', 'något', 'att'],
  nl: ['en', 'niet', 'ik', 'zij', 'ze', 'hij', 'het', 'die', 'met', 'naar', 'is', 'was', 'uit', 'van', 'heeft', 'zijn', 'haar', 'jongen', 'meisje', 'zei', 'zich', 'we', 'hem', 'wat', 'ook', 'een', 'op', 'dat', 'voor', 'geen'],
  fr: ['et', 'pas', 'je', 'elle', 'il', 'le', 'la', 'les', 'qui', 'avec', 'est', 'était', 'des', 'du', 'un', 'une', 'sa', 'son', 'garçon', 'fille', 'dit', 'nous', 'lui', 'que', 'aussi', 'sur', 'dans', 'pour', 'au', 'ne'],
  de: ['und', 'nicht', 'ich', 'sie', 'er', 'das', 'die', 'der', 'mit', 'zu', 'ist', 'war', 'aus', 'von', 'hat', 'sein', 'ihr', 'junge', 'mädchen', 'sagte', 'sich', 'wir', 'ihm', 'was', 'auch', 'ein', 'eine', 'auf', 'dass', 'kein'],
  is: ['og', 'ekki', 'ég', 'hún', 'hann', 'það', 'sem', 'með', 'til', 'er', 'var', 'frá', 'af', 'hefur', 'hennar', 'hans', 'strákur', 'stelpa', 'stúlka', 'sagði', 'sig', 'við', 'honum', 'henni', 'hvað', 'líka', 'eftir', 'um', 'að', 'á'],
  fi: ['ja', 'ei', 'minä', 'hän', 'se', 'joka', 'kanssa', 'on', 'oli', 'että', 'kun', 'mutta', 'hänen', 'poika', 'tyttö', 'sanoi', 'myös', 'me', 'häntä', 'mitä', 'jos', 'vielä', 'nyt', 'ole', 'siitä', 'tai', 'sen', 'hänelle', 'kertoi', 'eikä'],
};

const LANGUAGE_OF_WORD = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LANGUAGE_OF_WORD.set(word, [...(LANGUAGE_OF_WORD.get(word) ?? []), language]);
}

/**
 * The languages a note may be written in: the one its small words point to most, and any other nearly as likely
 * (Norwegian and Swedish notes share many words; English words run through every note). Undefined when the note is
 * too short to tell: then every language counts.
 */
export function noteLanguages(text: string): ReadonlySet<string> | undefined {
  const scores = new Map<string, number>();
  let words = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    const languages = LANGUAGE_OF_WORD.get(m[0]);
    if (!languages) continue;
    words++;
    for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length);
  }
  const best = Math.max(0, ...scores.values());
  if (words < 3 || best < 2) return undefined;
  // English words in a note in another language ("lowkey", "random", "the") make English one of its languages.
  return new Set([...scores].filter(([language, score]) => score >= best * 0.5 || (language === 'en' && score >= 1)).map(([language]) => language));
}
