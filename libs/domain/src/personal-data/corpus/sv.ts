import { finnishPersonalIdentityCode } from '../../interactions/national-ids.test-factory';
import { clean, CorpusNote, withIds } from './corpus-note';

const hetu = finnishPersonalIdentityCode('2011-09-14', 562);

/** Swedish, as Finland-Swedish officers write it. */
export const SV: readonly CorpusNote[] = [
  withIds('Pojken heter Elias Lindqvist och spelar Fortnite varje kväll.', 'Elias Lindqvist'),
  withIds(
    'Hennes mejl: wilma.holm snabel-a gmail punkt com, skrev hon i chatten.',
    'wilma.holm snabel-a gmail punkt com',
  ),
  withIds('Han bor på Storgatan 8, 65100 Vasa, berättade han.', 'Storgatan 8, 65100 Vasa'),
  withIds('Mobilnumret 040 765 43 21 stod i hans meddelande.', '040 765 43 21'),
  withIds('Flickan kallar sig Saga och får obehagliga meddelanden från en vuxen.', 'Saga'),
  withIds('Han går i 8B på Vasa övningsskola och blir mobbad i Roblox.', '8B på Vasa övningsskola'),
  withIds('Hans Snap är linus_aaltonen10, han ville att vi skulle lägga till honom.', 'linus_aaltonen10'),
  withIds(`Personbeteckning ${hetu} skrevs i kanalen av en annan spelare.`, hetu),
  withIds('Hennes syster, Ebba Nyström, fick samma meddelanden.', 'Ebba Nyström'),
  withIds('Discord: HugoVasa_09, spelar på nätterna med okända.', 'HugoVasa_09'),
  withIds('Hon presenterade sig som Alva Sjöberg och frågade om polisutbildningen.', 'Alva Sjöberg'),
  withIds('Numret siffra för siffra: 0 4 5 1 2 3 4 5 6 7.', '0 4 5 1 2 3 4 5 6 7'),
  withIds('Hans Instagram är instagram.com/oskar.wik_, borde tas bort.', 'instagram.com/oskar.wik_'),
  withIds('Han hette Anton, sa han, och var rädd för en äldre spelare.', 'Anton'),
  withIds('Adressen var Kungsvägen 12 A, 10600 Ekenäs.', 'Kungsvägen 12 A, 10600 Ekenäs'),
  withIds('Han skrev mejlen som vilgot.berg att hotmail punkt se.', 'vilgot.berg att hotmail punkt se'),
  withIds('På Insta heter hon @ellen.strand11, sa hon.', '@ellen.strand11'),

  clean('Samtal med tre unga (13–15) i Fortnite om mobbning. Råd om blockering. 20 min.'),
  clean('Han sa sitt namn men vi antecknade det inte. Hänvisade till BRIS och 116 111.'),
  clean('Hon spelade som Alex i Minecraft och frågade hur man anmäler en server.'),
  clean('Unga från Vasa och Helsingfors var i kanalen. Inga bekymmer.'),
  clean('Förklarade att Polisen och nätpolisen inte utreder något i kanalen.'),
  clean('Många frågor om Zlatan Ibrahimović och Max Verstappen. Lätt stämning.'),
  clean('Passet kl. 18.00–21.30, 11 samtal, 2 om bedrägerier med skins.'),
  clean('Han frågade om Storgatan i Vasa är avstängd. Hänvisade till staden.'),
  clean('Hon berättade att skolan hade en temadag om nätsäkerhet.'),
  clean('Han förlorade 1–3 i Rocket League och var sur. Pratade om schysst spel.'),
  clean('Hennes Snapchat är privat, säger hon, bara vänner ser hennes stories.'),
  clean('Han betalade 20 € för V-Bucks och blev lurad. Råd: prata med föräldrarna.'),
  clean('Pojkarna pratade om Herobrine, Jonesy och Peely. God stämning.'),
  clean('Hänvisade till MIELI 09 2525 0111 och till nödnumret 112.'),
  clean('Hon går i åttan och undrade vad polisen gör på Discord.'),
  clean('Astrid Lindgren och Pippi Långstrump kom upp när vi pratade böcker.'),
];
