import { icelandicKennitala } from '../../interactions/national-ids.test-factory';
import { clean, CorpusNote, withIds } from './corpus-note';

const kt1 = icelandicKennitala('2011-03-15', 23);
const kt2 = icelandicKennitala('2010-09-04', 41);
const kt3 = icelandicKennitala('2012-05-20', 11);

/** Icelandic. */
export const IS: readonly CorpusNote[] = [
  withIds(
    'Hún heitir Guðrún Jónsdóttir og er í 9. bekk í Hagaskóla.',
    'Guðrún Jónsdóttir',
    '9. bekk í Hagaskóla',
  ),
  withIds(`Drengurinn skrifaði kennitöluna sína ${kt1.replace('-', '–')} í spjallið.`, kt1.replace('-', '–')),
  withIds('Hann heitir Aron Einarsson og spilar Fortnite á hverju kvöldi.', 'Aron Einarsson'),
  withIds('Símanúmerið hennar er 861 23 45, sagði hún.', '861 23 45'),
  withIds(
    'Netfangið hans er siggi.thor10 hjá gmail punktur com, skrifaði hann í orðum.',
    'siggi.thor10 hjá gmail punktur com',
  ),
  withIds(
    'Stúlkan býr á Laugavegi 112, 101 Reykjavík, og óttast eldri leikmann.',
    'Laugavegi 112, 101 Reykjavík',
  ),
  withIds('Snapchat hans er bjossi_2011 og hann vildi að við bættum honum við.', 'bjossi_2011'),
  withIds(`Kennitala ${kt2} var birt af öðrum leikmanni á Discord.`, kt2),
  withIds('Strákurinn sagðist heita Kári og vera 13 ára.', 'Kári'),
  withIds(
    'Hún er í 8. bekk í Réttarholtsskóla og verður fyrir einelti í Roblox.',
    '8. bekk í Réttarholtsskóla',
  ),
  withIds('Síminn hans: 6 9 0 1 2 3 4, skrifaði hann tölustaf fyrir tölustaf.', '6 9 0 1 2 3 4'),
  withIds(
    'Vinkona hennar, Sóley Björnsdóttir, fékk sömu skilaboð frá ókunnugum manni.',
    'Sóley Björnsdóttir',
  ),
  withIds('Instagram hennar er @freyja.sig og hún fær ljót skilaboð þar.', '@freyja.sig'),
  withIds(`Skrifaði kennitölu ${kt3.replace('-', ' ')} til að sanna aldur sinn.`, kt3.replace('-', ' ')),
  withIds(
    'Hann kallar sig Hrafnkell á Discord og sendi okkur tiktok.com/@hrafnkell.gg.',
    'Hrafnkell',
    'tiktok.com/@hrafnkell.gg',
  ),
  withIds('Pabbi hans, Jón Gunnarsson, var nefndur sem tengiliður.', 'Jón Gunnarsson'),
  withIds(
    'Heimilisfangið er Hringbraut 50, 220 Hafnarfjörður, sagði drengurinn.',
    'Hringbraut 50, 220 Hafnarfjörður',
  ),

  clean('Spjall við þrjá stráka (13–15) í Fortnite um einelti. Gáfum ráð um að loka á og tilkynna.'),
  clean('Hann sagði okkur hvað hann heitir en við skrifuðum það ekki niður. Bentum á 1717.'),
  clean('Krakkar frá Akureyri og Selfossi spjölluðu um Minecraft. Engar áhyggjur.'),
  clean('Lögreglan var kynnt sem hluti af netvaktinni. Ríkislögreglustjóri styður verkefnið.'),
  clean('Stelpan spilaði sem Steve og byggði hús í Minecraft 1.20. Jákvætt spjall.'),
  clean('Vaktin hófst kl. 18.00 og lauk 21.30. Alls 11 samtöl.'),
  clean('Strákarnir töluðu um Gylfa Sigurðsson og landsliðið í fótbolta. Létt spjall.'),
  clean('Bentum á Hjálparsíma Rauða krossins 1717 og á 112 í neyð.'),
  clean('Hún sagði að skólinn hennar hefði fengið fyrirlestur um netöryggi.'),
  clean('Spurði hvort Laugavegur sé lokaður um helgina. Vísuðum á borgina.'),
  clean('Hann tapaði 3–5 í Rocket League og var pirraður. Ræddum um framkomu á netinu.'),
  clean('Snapchat aðgangurinn hennar er lokaður, sagði hún, bara vinir sjá sögurnar.'),
  clean('Hann keypti V-Bucks fyrir 2.500 krónur og var svikinn. Ráðlögðum að tala við foreldra.'),
  clean('Ungmennin spurðu um Herobrine og Jonesy. Mikið hlegið.'),
  clean('Hún var í 9. bekk í fyrra og spurði um framhaldsskóla. Almennt spjall.'),
  clean('Björk og Laufey voru nefndar sem uppáhalds tónlistarmenn. Ekkert athugavert.'),
];
