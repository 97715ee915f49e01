import { finnishPersonalIdentityCode } from '../../interactions/national-ids.test-factory';
import { clean, CorpusNote, withIds } from './corpus-note';

const hetu1 = finnishPersonalIdentityCode('2011-03-05', 247);
const hetu2 = finnishPersonalIdentityCode('2010-12-19', 318);

/** Finnish. */
export const FI: readonly CorpusNote[] = [
  withIds(
    'Poika kertoi olevansa Matti Virtanen, 8B-luokalla Kallion yläasteella.',
    'Matti Virtanen',
    '8B-luokalla Kallion yläasteella',
  ),
  withIds('Tytön Snapchat on ella_virtanen10, hän pyysi meitä lisäämään.', 'ella_virtanen10'),
  withIds(
    'Sähköposti: aino.korhonen ät gmail piste com, kirjoitti hän chattiin.',
    'aino.korhonen ät gmail piste com',
  ),
  withIds('Puhelinnumero 040 123 45 67 näkyi hänen viestissään.', '040 123 45 67'),
  withIds(`Nuori kirjoitti henkilötunnuksensa ${hetu1} chattiin.`, hetu1),
  withIds('Hänen nimensä on Onni ja hän pelaa Robloxia joka ilta.', 'Onni'),
  withIds(
    'Tyttö asuu Mannerheimintie 15 B 12, 00100 Helsinki, kertoi hän.',
    'Mannerheimintie 15 B 12, 00100 Helsinki',
  ),
  withIds('Pojan Insta on eetu.lahtinen09 ja sinne tulee ikäviä kommentteja.', 'eetu.lahtinen09'),
  withIds('Hän esittäytyi nimellä Veeti Mäkinen ja kysyi poliisin työstä.', 'Veeti Mäkinen'),
  withIds('Numero numero kerrallaan: 0 5 0 1 2 3 4 5 6 7.', '0 5 0 1 2 3 4 5 6 7'),
  withIds('Isosisko Emilia Heikkinen oli saanut samoja viestejä.', 'Emilia Heikkinen'),
  withIds(
    'Sähköpostiosoite oli lauri.nieminen miukumauku hotmail piste fi.',
    'lauri.nieminen miukumauku hotmail piste fi',
  ),
  withIds('Hän käy Aleksis Kiven koulua ja on 7C-luokalla.', 'Aleksis Kiven koulua ja on 7C-luokalla'),
  withIds(`Hetu ${hetu2} julkaistiin toisen pelaajan toimesta Discordissa.`, hetu2),
  withIds('Discord: SiiriGamer_11, pelaa öisin tuntemattomien aikuisten kanssa.', 'SiiriGamer_11'),
  withIds('Profiili tiktok.com/@jenna.koskinen11 jaettiin kanavalla.', 'tiktok.com/@jenna.koskinen11'),
  withIds('Tyttö sanoi nimekseen Aada Laaksonen ja kertoi häirinnästä.', 'Aada Laaksonen'),

  clean('Keskustelu kolmen nuoren (13–15) kanssa Fortnitessa kiusaamisesta. Neuvoja estämiseen. 20 min.'),
  clean('Poika kertoi nimensä, mutta emme kirjanneet sitä. Ohjattiin Sekasin-chattiin ja numeroon 116 111.'),
  clean('Tyttö pelasi Alexina Minecraftissa ja kysyi palvelimen ilmoittamisesta.'),
  clean('Nuoria Tampereelta ja Oulusta kävi kanavalla. Ei huolia.'),
  clean('Kerroimme, että Poliisi ja nettipoliisit eivät tutki asioita kanavalla.'),
  clean('Paljon kysymyksiä Teemu Pukista ja Lauri Markkasesta. Rento tunnelma.'),
  clean('Vuoro klo 18.00–21.30, 12 keskustelua, 3 skinihuijauksista.'),
  clean('Poika kysyi, onko Mannerheimintie suljettu viikonloppuna. Ohjattiin kaupungin sivuille.'),
  clean('Tyttö kertoi, että hänen koulussaan oli nettiturvallisuuspäivä.'),
  clean('Hän hävisi 2–6 Rocket Leaguessa ja harmitteli. Puhuttiin reilusta pelistä.'),
  clean('Hänen Snapchat-tilinsä on yksityinen, hän sanoi.'),
  clean('Hän maksoi 20 € V-Bucksista ja tuli huijatuksi. Neuvoimme kertomaan vanhemmille.'),
  clean('Pojat puhuivat Herobrinesta, Jonesysta ja Peelystä. Hyvä tunnelma.'),
  clean('Ohjattiin MIELI ry:n kriisipuhelimeen 09 2525 0111 ja hätänumeroon 112.'),
  clean('Hän on 8. luokalla ja kysyi, mitä poliisi tekee Discordissa.'),
  clean('Minecraft 1.20.4 ja uusi kausi puhuttivat. Ei huolia.'),
  clean('Muumipeikko ja Pikku Myy mainittiin lempihahmoina. Leppoisa ilta.'),
];
