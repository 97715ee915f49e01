import { norwegianNationalId } from '../../interactions/national-ids.test-factory';
import { clean, CorpusNote, spaced, withIds } from './corpus-note';

const fnr1 = norwegianNationalId('2011-03-15', 12);
const fnr2 = norwegianNationalId('2010-10-02', 40);
const fnr3 = norwegianNationalId('2012-01-27', 3);

/** Norwegian bokmål: notes as a Norwegian internet patrol writes them after a shift. */
export const NB: readonly CorpusNote[] = [
  withIds(
    'Jenta skrev e-posten sin: kari.hansen2011 at gmail dot com, ba oss sende info dit.',
    'kari.hansen2011 at gmail dot com',
  ),
  withIds('Gutten (13–15) sa at han heter Jonas og spiller mye Fortnite etter skolen.', 'Jonas'),
  withIds('Hun heter Ingrid Solberg og ville vite om politiet kan se Snapchat-meldinger.', 'Ingrid Solberg'),
  withIds(
    `Han la inn fødselsnummeret sitt i chatten: ${spaced(fnr1, 2, 2, 2, 3)}. Vi ba ham slette det.`,
    spaced(fnr1, 2, 2, 2, 3),
  ),
  withIds('Ringte oss ikke, men skrev nummeret 9 1 2 3 4 5 6 7 i Discord-kanalen.', '9 1 2 3 4 5 6 7'),
  withIds(
    'Gutten bor i Bekkestien 14, 1366 Lysaker, og er redd for en eldre spiller.',
    'Bekkestien 14, 1366 Lysaker',
  ),
  withIds('Jenta går i 9c på Hundsund ungdomsskole og blir mobbet i Roblox.', '9c på Hundsund ungdomsskole'),
  withIds('Snappen hans er mørkeulv_07, han ville at vi skulle legge ham til.', 'mørkeulv_07'),
  withIds(
    'Han sa at Insta-kontoen hans er sander.bakke09 og at noen har tatt bilder derfra.',
    'sander.bakke09',
  ),
  withIds(
    'Mor til gutten, Tone Kristiansen, ble nevnt som kontaktperson. Ga råd om Kors på halsen.',
    'Tone Kristiansen',
  ),
  withIds('Mobilnummeret hans er 412 34 567 sa han, og han ville bli ringt opp.', '412 34 567'),
  withIds(
    `Skrev fnr. ${fnr2.slice(0, 6)}-${fnr2.slice(6)} for å «bevise» alderen sin.`,
    `${fnr2.slice(0, 6)}-${fnr2.slice(6)}`,
  ),
  withIds(
    'Profilen hennes på instagram.com/emilie.h.2010 var åpen, ba henne gjøre den privat.',
    'instagram.com/emilie.h.2010',
  ),
  withIds('Gutten presenterte seg som Mathias Lie og spurte om jobb i politiet.', 'Mathias Lie'),
  withIds(
    'Hun oppga adressen Thereses gate 22B, 0168 Oslo for å få tilsendt en t-skjorte.',
    'Thereses gate 22B, 0168 Oslo',
  ),
  withIds('TikTok: @nora.dansen11, hun fikk ekle kommentarer fra en voksen.', '@nora.dansen11'),
  withIds(`Fødselsnummer ${fnr3} ble lagt ut av en annen spiller i kanalen.`, fnr3),
  withIds(
    'Han skrev e-post adressen sin som magnus punktum berg krøllalfa hotmail punktum no.',
    'magnus punktum berg krøllalfa hotmail punktum no',
  ),

  clean(
    'Samtale med tre gutter (13–15) i Fortnite om mobbing. Ga råd om blokkering og rapportering. Varte 25 min.',
  ),
  clean('Jenta spilte som Alex i Minecraft og lurte på hvordan man rapporterer en server. Positiv tone.'),
  clean('Gutten sa hva han het, men vi skrev det ikke ned. Henviste til Kors på halsen, 116 111.'),
  clean('Mange spurte om Erling Haaland og om politiet spiller Fortnite på fritida. Rolig kveld.'),
  clean('Økta startet kl. 18.00 og sluttet 20.30. 14 samtaler, 3 av dem om svindel med skins.'),
  clean('Ungdom fra Bergen og Trondheim var innom kanalen. Ingen bekymringsmeldinger.'),
  clean('Forklarte at Kripos og Politiet har nettpatruljer, og at vi ikke etterforsker i kanalen.'),
  clean('Gutten hadde vunnet 3–1 i Rocket League og var i godt humør. Snakket om nettvett.'),
  clean('Jenta fortalte at skolen hennes har hatt besøk av politiet. Spurte om vi kunne komme dit også.'),
  clean('En gutt spurte om Storgata i Oslo er farlig om kvelden. Ga generelle råd.'),
  clean('Spørsmål om hvorfor Steve og Herobrine ikke finnes i nye versjoner, Minecraft 1.20.4. Småprat.'),
  clean('Viste til Alarmtelefonen for barn og unge 116 111 og til 113 ved akutt fare.'),
  clean('Hun var 13 år i fjor og er nå i åttende. Fikk råd om personvern på Snapchat.'),
  clean('Kampanjen #nettvett ble delt. Politiets nettpatrulje svarte på 12 spørsmål på 45 minutter.'),
  clean('Gutten kalte en annen spiller stygge ting; vi snakket om hvordan ord sårer. Avsluttet 19:40.'),
  clean('Snapchat-kontoen hans er privat, sa han, og han godtar bare venner han kjenner.'),
  clean('Han betalte 250 kr for en skin og ble lurt. Rådet ham til å snakke med foreldrene.'),
];
