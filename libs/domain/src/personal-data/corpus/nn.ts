import { norwegianNationalId } from '../../interactions/national-ids.test-factory';
import { clean, CorpusNote, spaced, withIds } from './corpus-note';

const fnr1 = norwegianNationalId('2011-07-09', 21);
const fnr2 = norwegianNationalId('2009-12-30', 7);

/** Norwegian nynorsk. */
export const NN: readonly CorpusNote[] = [
  withIds('Guten heiter Eirik og spelar Roblox kvar kveld med ein vaksen han ikkje kjenner.', 'Eirik'),
  withIds('Ho sa at ho heitte Sunniva Haugland og budde på Voss.', 'Sunniva Haugland'),
  withIds(
    `Han skreiv fødselsnummeret ${spaced(fnr1, 6, 5)} i kanalen for å vise kor gamal han var.`,
    spaced(fnr1, 6, 5),
  ),
  withIds('Telefonnummeret hennar er 47 11 22 33, ho ville at vi skulle ringe.', '47 11 22 33'),
  withIds(
    'E-posten hans: olav.vik.2010 krøllalfa gmail punktum com, skreiv han i fri tekst.',
    'olav.vik.2010 krøllalfa gmail punktum com',
  ),
  withIds(
    'Jenta går i 8a på Sogndal skule og fortel om utestenging i ein Discord-server.',
    '8a på Sogndal skule',
  ),
  withIds('Guten bur i Kyrkjevegen 7, 6800 Førde, fortalde han.', 'Kyrkjevegen 7, 6800 Førde'),
  withIds('Snapen hennar er ingrid_fjell2011 og ho har fått meldingar frå ein ukjend.', 'ingrid_fjell2011'),
  withIds('Han presenterte seg som Torleiv Nesheim og spurde om politiutdanning.', 'Torleiv Nesheim'),
  withIds('Mobilnummer 9 8 7 6 5 4 3 2 vart skrive inn siffer for siffer i chatten.', '9 8 7 6 5 4 3 2'),
  withIds(
    'Discord-brukaren kalla seg Kveldulv_09 og sende lenka twitch.tv/kveldulv09 til guten.',
    'Kveldulv_09',
    'twitch.tv/kveldulv09',
  ),
  withIds(`Fnr ${fnr2} vart lagt ut av eit anna barn i spelet. Bad om at det vart sletta.`, fnr2),
  withIds('Syster hans, Ragnhild Tveit, hadde òg fått meldingar frå same person.', 'Ragnhild Tveit'),
  withIds(
    'Ho fortalde at ho er elev ved Volda ungdomsskule og går i 10b.',
    'Volda ungdomsskule og går i 10b',
  ),
  withIds('Namnet hans er Håkon, og han er 14 år. Ville ha råd om trakassering.', 'Håkon'),
  withIds('Instaen hennar er @solveig.lunde, sa ho.', '@solveig.lunde'),
  withIds('Ho skreiv nummeret 920 11 223 og bad om at vi skulle sende SMS.', '920 11 223'),

  clean('Samtale med to jenter (13–15) i Minecraft om kva politiet gjer på nett. Varte 15 min.'),
  clean('Guten sa namnet sitt, men vi noterte det ikkje. Viste til 116 111.'),
  clean('Spelarane bygde ein kopi av Bryggen i Bergen. Mykje ros frå oss.'),
  clean('Ungdommar frå Førde og Voss var innom kanalen. Ingen bekymring.'),
  clean('Forklarte at Politiet si nettpatrulje ikkje etterforskar, men kan vise vidare til barnevernet.'),
  clean('Han spurde om Martin Ødegaard er betre enn Erling Haaland. Småprat i 10 min.'),
  clean('Økta gjekk frå 17.30 til 21.00 med pause 19.15. 9 samtalar.'),
  clean('Jenta fortalde at skulen har nettvett-veke i november. Positiv tone.'),
  clean('Spurde om Kyrkjevegen i Førde er stengd. Vi veit ikkje, viste til kommunen.'),
  clean('Peely og Jonesy var dei mest populære skina denne kvelden, sa gutane.'),
  clean('Guten var 13 år, i 8. klasse, og lurte på kor lenge han kan spele kvar dag.'),
  clean('Ho vann 12–4 i Brawl Stars og ville vise fram. Ingen hendingar.'),
  clean('Kripos sin rettleiar var med på økta. Vi prata om nettvett med 6 ungdommar.'),
  clean('Han betalte 99 kr for Battle Pass og angra. Gav råd om kjøp i spel.'),
  clean('Snapchat-kontoen hennar er låst, seier ho, og berre vener kan sjå historiene.'),
  clean('Versjon 1.21 av Minecraft kom i juni, sa dei. Prata om modding i 20 min.'),
  clean('Ein gut spurde om vi kjenner Herobrine. Humor og god stemning.'),
];
