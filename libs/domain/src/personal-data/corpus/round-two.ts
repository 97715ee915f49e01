import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * A second round of notes, written after the first round had been used to tune the detector and run once
 * against it unseen (18 of 20 caught, 0 of 20 false alarms, see the README); kept here so that what it taught
 * stays caught.
 */
export const ROUND_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  nb: [
    withIds('Jenta sa at hun heter Maria Berg og bor i Moss.', 'Maria Berg'),
    withIds('Gutten oppga adressen sin: Fjellveien 3, 5019 Bergen.', 'Fjellveien 3, 5019 Bergen'),
    withIds('Discord-navnet hans er Blåbær_2010.', 'Blåbær_2010'),
    clean('Vi snakket om Mario Kart og Minecraft i 30 min. Mange fra Drammen.'),
    clean('Gutten lurte på hva Jonas Gahr Støre mener om gaming.'),
    clean('Viste til Mental Helse 116 123 og Kors på halsen 800 33 321.'),
    clean('Den nye skolen i Sandnes åpner neste år, sa en av dem.'),
    clean('Ungdommen spurte om Karl Johans gate er stengt 17. mai.'),
    clean('Discord-serveren heter Nordic Gamers og har 1200 medlemmer.'),
  ],
  nn: [
    withIds('Kameraten hans heiter visst Sindre, sa han i voice.', 'Sindre'),
    withIds('Ho skreiv e-posten: mari.dale at outlook dot com', 'mari.dale at outlook dot com'),
  ],
  is: [
    withIds('Strákurinn heitir Birkir Þórsson og er 12 ára.', 'Birkir Þórsson'),
    withIds('Netfang: anna.s hjá simnet punktur is', 'anna.s hjá simnet punktur is'),
    clean('Hann spurði um Vigdísi Finnbogadóttur í sögutíma. Skemmtilegt spjall.'),
    clean('Hún sagði að skólinn byrji 22. ágúst.'),
  ],
  nl: [
    withIds(
      'Het meisje heette Julia Smit en zat in groep 8 op basisschool De Wilg.',
      'Julia Smit',
      'basisschool De Wilg',
    ),
    withIds('Bel hem op 06 12 34 56 78 zei hij.', '06 12 34 56 78'),
    withIds('Sa broer, Timo Claes, speelt ook mee.', 'Timo Claes'),
    clean('Ze vroegen naar de Kerkstraat en het station. Geen persoonsgegevens.'),
    clean('De jongen speelt in groep 8 van de voetbalclub? Nee, bedoelde de klas. Geen naam genoemd.'),
  ],
  fr: [
    withIds("Il m'a dit qu'il s'appelle Nathan Lefèvre.", 'Nathan Lefèvre'),
    withIds('Adresse : 7 avenue des Lilas, 1200 Bruxelles.', '7 avenue des Lilas, 1200 Bruxelles'),
    clean('Ils parlaient de Lionel Messi et de la rue Neuve. Rien à signaler.'),
    clean('Il joue à Minecraft 1.21 depuis 2 ans et regarde Squeezie.'),
  ],
  de: [
    withIds('Er heißt Jonas Weber, wohnt in der Bahnhofstraße 4.', 'Jonas Weber', 'Bahnhofstraße 4'),
    withIds('Ihr TikTok ist lara.x.2010, sagte sie.', 'lara.x.2010'),
    clean('Er spielte Fortnite als Peely von 19:00 bis 20:15 Uhr.'),
  ],
  fi: [
    withIds('Tyttö kertoi nimensä olevan Sofia Mäkelä.', 'Sofia Mäkelä'),
    withIds('Poika asuu Hämeenkatu 20, 33200 Tampere.', 'Hämeenkatu 20, 33200 Tampere'),
    clean('Pojat kysyivät, onko Mannerheimintiellä paljon poliiseja.'),
    clean('Keskustelu kesti 45 min, 3 nuorta, klo 18–18.45.'),
  ],
  sv: [
    withIds(
      'Hon heter Klara Eriksson och går i 7A på Borgå gymnasium.',
      'Klara Eriksson',
      '7A på Borgå gymnasium',
    ),
    withIds('Ring 045 123 4567, skrev han.', '045 123 4567'),
    clean('Han frågade om skolan börjar 15.8 och om Polisen patrullerar.'),
    clean('Han spelar som Jonesy och har vunnit 12 matcher i rad.'),
  ],
  en: [
    withIds('His name is Jack Wilson and he lives at 14 Baker Street.', 'Jack Wilson', '14 Baker Street'),
    withIds('Her email: mia_r at yahoo dot com.', 'mia_r at yahoo dot com'),
    clean('They asked if Kripos plays Roblox and whether Herobrine is real.'),
    clean('Score 21 – 19 – 23 after three rounds; then they stopped at 20.45.'),
    clean('A girl said her name but asked us not to write it.'),
  ],
};
