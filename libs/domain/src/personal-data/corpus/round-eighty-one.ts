/**
 * Round eighty-one: written blind, before the detector was run on it.
 * One identifier per short note, typed in a hurry (tag after the platform, e-mail in words, grouped digits);
 * clean notes carry help lines, case numbers, game codes, famous people and schools without a pupil.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_EIGHTY_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Girl (13) on Roblox says an adult keeps messaging her, his Discord: nightowl_krs2.',
      'nightowl_krs2',
    ),
    withIds('Boy wanted us to check a seller, the number he got was 412 87 305.', '412 87 305'),
    withIds(
      'She typed her mail as lina dot moe06 at gmail dot com before we could stop her.',
      'lina dot moe06 at gmail dot com',
    ),
    withIds(
      'Swedish boy pasted his personnummer 091103-4528 while asking how to report a scam.',
      '091103-4528',
    ),
    withIds('He says the one bullying him is Hamza Yusuf from his football team.', 'Hamza Yusuf'),
    clean('Chat on Twitch about Kai Cenat and Speed, no personal data recorded.'),
    clean('Girl (14) asked about sextortion; gave her 116 111 and the Kripos tips page, case 24-118803.'),
    clean(
      'Fortnite map code 7741-2290-1183 shared by the team, the boys talked about Erling Haaland for 20 minutes.',
    ),
    clean('Three kids from a school in Tromsø joined our Minecraft server BluePatrol at 19:40.'),
    clean('Boy, 15, asked whether Politiet Kripos on Discord is really the police. Confirmed.'),
  ],
  nb: [
    withIds(
      'Jente (12) på Snapchat sier en voksen mann maser om bilder, snappen hans er tor.kalle88.',
      'tor.kalle88',
    ),
    withIds(
      'Gutten skrev fødselsnummeret sitt i chatten: 140309 51388, vi ba ham slette det.',
      '140309 51388',
    ),
    withIds(
      'Hun bor i Tollbugata 14, 8006 Bodø og spurte om vi kunne komme innom.',
      'Tollbugata 14, 8006 Bodø',
    ),
    withIds('Blir mobbet av ei i klassen, Sara Abdi heter hun.', 'Sara Abdi'),
    withIds(
      'Ville ha hjelp med hacka konto, mailen er emil punktum brekke krølla hotmail punktum no.',
      'emil punktum brekke krølla hotmail punktum no',
    ),
    clean('Prat om Fortnite og Chapter 5 på Discord, ingen personopplysninger notert.'),
    clean('Jente (15) fortalte om selvskading, fikk Kors på halsen 800 33 321 og 116 111.'),
    clean('Gutt på Roblox spurte om profilen «Politiet nettpatrulje» er ekte. Svarte ja kl. 18:20.'),
    clean('Tre gutter fra en ungdomsskole i Kristiansand snakket om Haaland og Ødegaard i 40 min.'),
    clean('Snap-svindel meldt via politiet.no, anmeldelse 24137815 opprettet kl. 21:05.'),
  ],
  nn: [
    withIds(
      'Jenta sa ho heiter Ingrid Solheim og at ein vaksen på TikTok har sendt ho pengar.',
      'Ingrid Solheim',
    ),
    withIds(
      'Guten gav oss nummeret sitt, 951 22 408, fordi han ikkje visste kva han skulle gjere.',
      '951 22 408',
    ),
    withIds('Ho skreiv fødselsnummeret 030211-54910 då ho spurde om BankID.', '030211-54910'),
    withIds(
      'Kontoen til kameraten er steamcommunity.com/id/fjordulv09, han trur han er stolen.',
      'steamcommunity.com/id/fjordulv09',
    ),
    withIds(
      'Ho som vert mobba er Sunniva i 7A på Hauge skule, fortalde venninna.',
      'Sunniva i 7A på Hauge skule',
    ),
    clean('Prata om Minecraft-serveren Hypixel, ingen personopplysingar vart lagra.'),
    clean('Guten (14) spurde kva Kripos gjer; fekk vite om 116 111 og at han kan ringje 112.'),
    clean('Ein skule på Voss hadde temadag om nettvett, elevane snakka mest om artisten Sigrid.'),
    clean('Sak 24-009312: svindel med V-Bucks på Fortnite, tre ungdomar, ingen namn oppgjevne.'),
    clean('Jenta (16) sa ho har det tungt; vi gav Mental Helse 116 123, ho logga av kl. 22:10.'),
  ],
  nl: [
    withIds("Meisje (13) op Roblox: een man vraagt om foto's, zijn Insta is dennis_vdb.22.", 'dennis_vdb.22'),
    withIds("Jongen typte zijn BSN 6182.73.542 omdat een 'bank' erom vroeg.", '6182.73.542'),
    withIds(
      'Ze woont op de Kanaalstraat 87, 3531 CJ Utrecht en is bang dat de oplichter langskomt.',
      'Kanaalstraat 87, 3531 CJ Utrecht',
    ),
    withIds(
      'Hij gaf zijn mail als yassin punt elamrani apenstaartje outlook punt com.',
      'yassin punt elamrani apenstaartje outlook punt com',
    ),
    withIds('Vlaamse jongen plakte zijn rijksregisternummer 10.04.15-263.39 in de chat.', '10.04.15-263.39'),
    clean('Gesprek over Fortnite en Memphis Depay, geen persoonsgegevens genoteerd.'),
    clean('Meisje uit Gent gepest op TikTok; doorverwezen naar Awel op 102.'),
    clean('Zaak 2024/118.442 over sextortion, jongen (15) uit Rotterdam heeft al aangifte gedaan.'),
    clean("Twee klassen van een school in Zwolle zaten om 14:30 tegelijk in onze Discord 'Politie Online'."),
    clean("Jongen vroeg of 'Wijkagent Online' echt is; 9 van de 10 vragen gingen over Minecraft."),
  ],
  fr: [
    withIds("Fille de 14 ans harcelée sur Snap, le gars c'est Mehdi Benali selon elle.", 'Mehdi Benali'),
    withIds("Son Insta c'est lea.dmn_06, elle reçoit des messages d'un adulte.", 'lea.dmn_06'),
    withIds('Il a donné son numéro 0478 21 63 09 à un inconnu sur Discord.', '0478 21 63 09'),
    withIds(
      'Le garçon a tapé son numéro national 09.07.22-148.41 pour « gagner des V-Bucks ».',
      '09.07.22-148.41',
    ),
    withIds(
      "Elle habite rue de la Station 42, 4000 Liège et a peur qu'il vienne.",
      'rue de la Station 42, 4000 Liège',
    ),
    clean('Discussion sur Fortnite et Lukaku, aucune donnée personnelle notée.'),
    clean('Garçon (15) victime de sextorsion, orienté vers Child Focus au 116 000 et le 101.'),
    clean('Dossier 24/00871 : arnaque aux skins sur Steam, trois jeunes de Namur.'),
    clean('Une école de Mons a suivi notre live Twitch à 10h15, 230 élèves connectés.'),
    clean('Une fille a demandé si « Police Belge en ligne » est un vrai compte ; oui. Elle connaît le 103.'),
  ],
  de: [
    withIds(
      'Auf TikTok heißt sie lilly.sternchen11, ein Erwachsener schreibt ihr nachts.',
      'lilly.sternchen11',
    ),
    withIds(
      'Er hat seine Mail als jonas punkt kreutz klammeraffe gmx punkt de geschrieben.',
      'jonas punkt kreutz klammeraffe gmx punkt de',
    ),
    withIds(
      "Junge aus Eupen schickte seine Nationalregisternummer 110203 057 30 an einen 'Händler'.",
      '110203 057 30',
    ),
    withIds('Der Typ, der sie erpresst, heißt laut ihr Kerem Aydın.', 'Kerem Aydın'),
    withIds('Sie hat ihre Handynummer 0176 4438 2910 in die Roblox-Gruppe geschrieben.', '0176 4438 2910'),
    clean('Gespräch über Minecraft und Papaplatte, keine personenbezogenen Daten notiert.'),
    clean('Mädchen (13) wird gemobbt, Nummer gegen Kummer 116 111 genannt, Vorgang 2024-0441.'),
    clean('Eine Schule in St. Vith war in unserem Discord, 3 Klassen, 14:00 bis 15:00.'),
    clean("Junge fragte, ob 'Polizei Online Streife' echt ist; um 20:35 bestätigt."),
    clean('Fortnite-Code 4418-7720-3391 im Chat geteilt, Thema war Jamal Musiala.'),
  ],
  is: [
    withIds(
      'Stelpa (12) á Snapchat segir að maður sendi henni skilaboð, snappið hans er siggi_b.77.',
      'siggi_b.77',
    ),
    withIds('Strákurinn skrifaði kennitöluna sína 120610-3410 í spjallið.', '120610-3410'),
    withIds('Hún segir að sá sem leggur hana í einelti heiti Kristófer Daðason.', 'Kristófer Daðason'),
    withIds('Hann gaf ókunnugum á Discord símanúmerið 866 4102.', '866 4102'),
    withIds('Hún býr á Hringbraut 63, 101 Reykjavík og var hrædd.', 'Hringbraut 63, 101 Reykjavík'),
    clean('Spjall um Fortnite og Laufey, engar persónuupplýsingar skráðar.'),
    clean('Strákur (15) spurði um fjárkúgun; bentum á 112 og Hjálparsíma Rauða krossins 1717.'),
    clean('Mál 007-2024-18830: svik með Robux, þrír unglingar úr Kópavogi.'),
    clean('Skóli á Akureyri fylgdist með okkur á Twitch kl. 11:20, um 150 nemendur.'),
    clean("Stelpa spurði hvort 'Lögreglan netvakt' sé alvöru aðgangur; já."),
  ],
  fi: [
    withIds(
      'Tyttö (13) kertoi, että aikuinen viestittelee Discordissa, tunnus: varjosusi_2011.',
      'varjosusi_2011',
    ),
    withIds('Poika kirjoitti hetunsa 170410A273K chattiin, pyysimme poistamaan.', '170410A273K'),
    withIds(
      'Hän antoi sähköpostinsa muodossa aino piste virtanen ät gmail piste com.',
      'aino piste virtanen ät gmail piste com',
    ),
    withIds(
      'Kiusattu on Emilia 6B-luokalta Kalevan koulusta, kertoi kaveri.',
      'Emilia 6B-luokalta Kalevan koulusta',
    ),
    withIds('Numero 040 581 2297 annettiin tuntemattomalle Snapchatissa.', '040 581 2297'),
    clean('Juttelimme Fortnitesta ja Teemu Pukista, henkilötietoja ei kirjattu.'),
    clean('Tyttö (14) kertoi itsetuhoisista ajatuksista; ohjasimme Sekasin-chattiin ja numeroon 116 111.'),
    clean('Rikosilmoitus 5500/R/18830/24: huijaus Robuxeilla, kolme nuorta Oulusta.'),
    clean('Koulu Lahdessa katsoi lähetystämme klo 9.45, noin 200 oppilasta.'),
    clean("Poika kysyi, onko 'Nettipoliisi Helsinki' oikea tili; vastasimme kyllä."),
  ],
  sv: [
    withIds('Flickan (13) säger att en vuxen skriver på Snap, hans snap är mackan_rs04.', 'mackan_rs04'),
    withIds('Pojken skrev sitt personnummer 100618-2347 i chatten.', '100618-2347'),
    withIds(
      'Hennes mejl: ella punkt nyström snabel-a hotmail punkt com.',
      'ella punkt nyström snabel-a hotmail punkt com',
    ),
    withIds('Han bor på Storgatan 12, 65100 Vasa och var rädd.', 'Storgatan 12, 65100 Vasa'),
    withIds('Den som hotar henne har profilen tiktok.com/@vasa_oskar09.', 'tiktok.com/@vasa_oskar09'),
    clean('Pratade om Minecraft och Zlatan, inga personuppgifter antecknade.'),
    clean('Pojke (15) utsatt för sextortion; hänvisad till 116 111 och 112.'),
    clean('Ärende 2024-0881: bedrägeri med skins på Steam, tre unga från Borgå.'),
    clean('En skola i Jakobstad följde vår stream på Twitch kl. 13.10, 180 elever.'),
    clean("Flicka frågade om 'Nätpolisen Österbotten' är äkta; ja."),
  ],
};
