import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round fifteen: written blind, before the detector was run on it, without reading the detector or earlier rounds.
 * It is about contacts and numbers as people type them: phone numbers grouped, dotted, slashed, in brackets, with and
 * without country codes, read out in words or with a letter O for zero; e-mail addresses with "(at)", "[at]", the
 * language's own words for @ and dot, or no top-level domain; profile links without https; Discord ids, pasted IP
 * addresses, identity numbers with valid check digits, and streets with postcodes. The clean notes are full of
 * numbers that are no one's: times, dates, scores, levels, V-Bucks and Robux, prices, counts, ages, versions, game
 * servers, Discord invites, a famous streamer, help lines and police case numbers.
 */
export const ROUND_FIFTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'the lad from Ghent read out his mobile as +32 (0)476 12 34 58 and asked us to text him back',
      '+32 (0)476 12 34 58',
    ),
    withIds(
      'she typed her email as mia.jansen2012 at gmail dot com so the chat filter would not catch it',
      'mia.jansen2012 at gmail dot com',
    ),
    withIds(
      'he pasted his Discord user id 1187342905561284610 and then his IP 83.84.117.203 into the lobby chat',
      '1187342905561284610',
      '83.84.117.203',
    ),
    withIds(
      'boy (15) from Utrecht said his BSN is 2746.58.136, he had it on the back of his school pass',
      '2746.58.136',
    ),
    withIds(
      'girl (14) shared her tiktok as tiktok.com/@noor.plays.07 and her number 06-41 88 27 90 with the whole squad',
      'tiktok.com/@noor.plays.07',
      '06-41 88 27 90',
    ),
    clean(
      'stream ran 19:45–21:10 CET, 23 chats, 14 of them aged 13–15; pointed two towards Kindertelefoon 0800-0432 and 116 111',
    ),
    clean(
      'kids were trading 2,800 V-Bucks for a 1,000 Robux gift card priced at €49.90; told them it is a scam, logged as ticket 48213',
    ),
    clean(
      'met a group on play.hypixel.net (version 1.20.4), Bed Wars ended 3–1, most of them level 80 to 120',
    ),
    clean(
      'posted our invite discord.gg/police-patrol in chat and used twitch.tv/ninja as an example of a public channel',
    ),
    clean(
      'session on 2026-11-12 from 20:30 to 22:00, mostly 8th graders, 62% had never reported anything; repeated 112 twice',
    ),
  ],
  nb: [
    withIds('Gutten (13) skrev nummeret sitt 412 34 567 i chatten og ba oss sende SMS', '412 34 567'),
    withIds(
      'Jenta oppga e-posten emma.haugen krøllalfa gmail punktum com fordi hun trodde det var tryggere sånn',
      'emma.haugen krøllalfa gmail punktum com',
    ),
    withIds(
      'Han leste opp fødselsnummeret sitt, 140312 514 60, før vi rakk å stoppe ham, og vi forklarte hvorfor',
      '140312 514 60',
    ),
    withIds(
      'Ei jente på 12 ga oss nummeret ni åtte sju, seks fem, tre to en og sa at vi kunne legge henne til på Snap',
      'ni åtte sju, seks fem, tre to en',
    ),
    withIds(
      'Gutten skrev adressen sin, Storgata 14 B, 0184 Oslo, og mobilen 98O 12 345 i lobbyen',
      'Storgata 14 B, 0184 Oslo',
      '98O 12 345',
    ),
    clean('Patrulje kl. 19.30–21.00 på Fortnite, 23 samtaler med ungdom 13–15 år, ingen bekymringsmeldinger'),
    clean(
      'Flere i 8. klasse kjøpte 2 800 V-Bucks for 199 kr, og noen skins kostet 1 500 kr; minnet dem på å spørre foresatte',
    ),
    clean(
      'Tipset om Kors på halsen 800 33 321 og Alarmtelefonen 116 111, nødnummer 112 og politiet på 02800',
    ),
    clean(
      'Anmeldelse opprettet i sak 24-123456 etter svindel med Robux, 1 000 Robux tapt, skjedde 12.11.2026',
    ),
    clean(
      'Vi delte discord.gg/politipatrulje i kanalen, kampen endte 3–1, de fleste var level 40–60 og spilte 1.20.4 på play.hypixel.net',
    ),
  ],
  nn: [
    withIds(
      'Guten (14) skreiv nummeret sitt 0047 934 56 781 i chatten og bad oss ringja han',
      '0047 934 56 781',
    ),
    withIds(
      'Jenta gav e-postadressa si som ingrid.myklebust @ hotmail . no, med mellomrom rundt krøllalfaen',
      'ingrid.myklebust @ hotmail . no',
    ),
    withIds(
      'Han limte inn fødselsnummeret 270911 71150 då han skulle prova at han var gammal nok',
      '270911 71150',
    ),
    withIds(
      'Ei jente på 13 skreiv roblox.com/users/4821937765 i chatten og sa at det var brukaren hennar',
      'roblox.com/users/4821937765',
    ),
    withIds(
      'Guten bur i Kyrkjevegen 12, 6900 Florø, og mobilnummeret hans er 47 81 29 36, sa han',
      'Kyrkjevegen 12, 6900 Florø',
      '47 81 29 36',
    ),
    clean('Patrulje kl. 18.00–20.30 i Roblox, 17 samtalar med born 10–12 år, ingen treng oppfølging'),
    clean(
      'Fleire i 7. klasse hadde kjøpt 800 Robux for 99 kr; ein hadde tapt 1 700 Robux på ei falsk gåveside',
    ),
    clean('Minte dei om Kors på halsen 800 33 321, Alarmtelefonen 116 111 og 112 ved naudsituasjonar'),
    clean('Saka er registrert som sak 25-204718, hendinga skjedde 03.10.2026 kl. 21.15'),
    clean(
      'Turneringa enda 2-2 etter ekstraomgangar, vinnarlaget fekk 5 000 V-Bucks, og 40 % av deltakarane var under 15 år',
    ),
  ],
  nl: [
    withIds(
      'Jongen (14) sprak zijn nummer in: nul zes, eenenveertig, achtentachtig, zevenentwintig, negentig',
      'nul zes, eenenveertig, achtentachtig, zevenentwintig, negentig',
    ),
    withIds(
      'Meisje uit Antwerpen gaf haar gsm-nummer in de chat: 0476/12.34.58, we mochten haar bellen',
      '0476/12.34.58',
    ),
    withIds(
      'Ze schreef haar mail als lotte.dewit apenstaartje hotmail punt be omdat de chat het anders wegfilterde',
      'lotte.dewit apenstaartje hotmail punt be',
    ),
    withIds(
      'Hij noemde zijn BSN 193 084 624 en zijn nummer +31 6 29 57 33 08 om te bewijzen dat hij al 16 was',
      '193 084 624',
      '+31 6 29 57 33 08',
    ),
    withIds(
      'Gastje uit Gent woont in de Kortrijksesteenweg 112, 9000 Gent en typte zijn rijksregisternummer 12.04.18-137.20',
      'Kortrijksesteenweg 112, 9000 Gent',
      '12.04.18-137.20',
    ),
    clean('Patrouille van 19.30 tot 21.00 uur in Fortnite, 23 gesprekken met jongeren van 13–15 jaar'),
    clean('We wezen op de Kindertelefoon 0800-0432, Awel op 102 en het alarmnummer 112'),
    clean(
      'Een paar leerlingen uit het 2de middelbaar kochten 1.000 Robux voor € 12,99; eentje was 2.800 V-Bucks kwijt via een nepsite',
    ),
    clean(
      'PV 2026/11/0043 opgesteld, feiten gepleegd op 12/11 rond 20u30, zowat 14 jongeren getuige in de chat',
    ),
    clean(
      'Wedstrijd eindigde 3-1, de meesten zaten op level 50 en speelden versie 1.20.4 op play.hypixel.net; we deelden discord.gg/politie-gaming',
    ),
  ],
  fr: [
    withIds('Le garçon (13 ans) a tapé son numéro de GSM 0478 56 23 91 dans le chat', '0478 56 23 91'),
    withIds(
      'La fille nous a dicté son numéro : zéro quatre septante-six, douze, trente-quatre, nonante-huit',
      'zéro quatre septante-six, douze, trente-quatre, nonante-huit',
    ),
    withIds(
      'Elle a écrit son adresse mail comme chloe.lambert[at]skynet[point]be pour passer le filtre',
      'chloe.lambert[at]skynet[point]be',
    ),
    withIds(
      'Il a donné son numéro de registre national 13.11.02-264.55 pour prouver qu’il avait l’âge',
      '13.11.02-264.55',
    ),
    withIds(
      'Le jeune habite rue de la Station 27, 4020 Liège et a collé son IP 91.183.62.147 dans le salon',
      'rue de la Station 27, 4020 Liège',
      '91.183.62.147',
    ),
    clean('Patrouille de 19h30 à 21h sur Fortnite, 23 conversations avec des jeunes de 13 à 15 ans'),
    clean('On leur a rappelé Écoute-Enfants au 103, la police au 101 et le 112 en cas d’urgence'),
    clean(
      'Plusieurs élèves de 2e secondaire avaient acheté 2.800 V-Bucks pour 22,99 €; un autre a perdu septante euros en Robux',
    ),
    clean(
      'PV 2026/11/0043 dressé pour escroquerie, faits du 12/11 vers 20h30, nonante minutes de jeu en tout',
    ),
    clean(
      'Match terminé 3–1, la plupart étaient niveau 50 en version 1.20.4 sur play.hypixel.net; on a partagé discord.gg/police-belge',
    ),
  ],
  de: [
    withIds('Der Junge (14) schrieb seine Handynummer 0032 475 82 19 64 in den Chat', '0032 475 82 19 64'),
    withIds(
      'Das Mädchen schrieb nur lea.kessler@gmx, den Rest wollte sie uns per Privatnachricht schicken',
      'lea.kessler@gmx',
    ),
    withIds(
      'Er nannte uns seine Nationalregisternummer 11.08.30-085.10, damit wir ihm glauben, dass er alt genug ist',
      '11.08.30-085.10',
    ),
    withIds(
      'Die Schülerin (12) diktierte: null vier sieben neun, dreiundzwanzig, achtundvierzig, sechzehn, und schickte tiktok.com/@mila.ostbelgien',
      'null vier sieben neun, dreiundzwanzig, achtundvierzig, sechzehn',
      'tiktok.com/@mila.ostbelgien',
    ),
    withIds(
      'Der Junge wohnt in der Aachener Straße 41, 4700 Eupen und postete seine Discord-ID 902118374655120384',
      'Aachener Straße 41, 4700 Eupen',
      '902118374655120384',
    ),
    clean(
      'Streife von 19:30 bis 21:00 Uhr in Fortnite, 23 Gespräche mit Jugendlichen zwischen 13 und 15 Jahren',
    ),
    clean(
      'Wir haben auf Nummer gegen Kummer 116 111 hingewiesen, dazu die Polizei unter 101 und den Notruf 112',
    ),
    clean(
      'Einige aus dem 2. Sekundarschuljahr hatten 2.800 V-Bucks für 22,99 € gekauft, einer verlor 1.000 Robux',
    ),
    clean('Protokoll PV 2026/11/0043 aufgenommen, Tatzeit 12.11.2026 gegen 20.45 Uhr, Schaden etwa 50 €'),
    clean(
      'Spiel endete 2:2, die meisten waren Level 60 und spielten Version 1.20.4 auf play.hypixel.net; wir teilten discord.gg/polizei-ostbelgien',
    ),
  ],
  is: [
    withIds(
      'Strákurinn (13 ára) las símanúmerið sitt upp: átta sex tveir, fjórir fimm einn sjö',
      'átta sex tveir, fjórir fimm einn sjö',
    ),
    withIds(
      'Stelpan gaf upp netfangið sitt sem katla.jons hjá gmail punktur com svo að sían næði því ekki',
      'katla.jons hjá gmail punktur com',
    ),
    withIds(
      'Hann sendi kennitöluna sína 090512-2180 og símann +354 862 4517 til að sanna að hann væri nógu gamall',
      '090512-2180',
      '+354 862 4517',
    ),
    withIds(
      'Stelpa (12) skrifaði númerið 7 7 1 2 0 9 3 í spjallið og sendi líka instagram.com/sara.gudmunds',
      '7 7 1 2 0 9 3',
      'instagram.com/sara.gudmunds',
    ),
    withIds(
      'Drengurinn býr á Hringbraut 48, 101 Reykjavík og límdi IP-töluna sína 157.157.44.210 inn í leikinn',
      'Hringbraut 48, 101 Reykjavík',
      '157.157.44.210',
    ),
    clean('Eftirlit kl. 19:30–21:00 í Fortnite, 21 samtal við krakka á aldrinum 13–15 ára'),
    clean('Bentum þeim á Hjálparsíma Rauða krossins 1717 og neyðarnúmerið 112; enginn vildi tilkynna neitt'),
    clean(
      'Nokkur í 8. bekk keyptu 2.800 V-Bucks fyrir 3.490 kr. og eitt þeirra tapaði 1.000 Robux á svikasíðu',
    ),
    clean('Málið er skráð undir málsnúmeri 007-2026-41233, atvikið átti sér stað 12.11.2026'),
    clean(
      'Leikurinn endaði 3–1, flestir voru á level 30–50 og spiluðu útgáfu 1.20.4 á play.hypixel.net; við deildum discord.gg/logreglan',
    ),
  ],
  fi: [
    withIds('Poika (14) kirjoitti chattiin numeronsa 040-718 2934 ja pyysi meitä soittamaan', '040-718 2934'),
    withIds(
      'Tyttö antoi sähköpostiosoitteensa muodossa aino.virtanen ät gmail piste com, jotta suodatin ei poistaisi sitä',
      'aino.virtanen ät gmail piste com',
    ),
    withIds(
      'Hän kertoi henkilötunnuksensa 210612 A2341 todistaakseen, että on tarpeeksi vanha',
      '210612 A2341',
    ),
    withIds(
      'Tyttö (12) luetteli numeronsa: nolla neljä viisi, kuusi kaksi yksi, kahdeksan kolme nolla yhdeksän',
      'nolla neljä viisi, kuusi kaksi yksi, kahdeksan kolme nolla yhdeksän',
    ),
    withIds(
      'Poika asuu osoitteessa Hämeenkatu 22 B 14, 33200 Tampere ja liitti peliin linkin twitch.tv/eetu_pelaa2011',
      'Hämeenkatu 22 B 14, 33200 Tampere',
      'twitch.tv/eetu_pelaa2011',
    ),
    clean('Partio klo 19.30–21.00 Fortnitessa, 23 keskustelua 13–15-vuotiaiden kanssa, ei jatkotoimia'),
    clean(
      'Kerroimme MLL:n Lasten ja nuorten puhelimesta 116 111 ja hätänumerosta 112; yksi nuori halusi tehdä rikosilmoituksen',
    ),
    clean(
      'Useat 8.-luokkalaiset olivat ostaneet 2 800 V-Bucksia 24,99 eurolla, ja yksi menetti 1 000 Robuxia huijaussivulla',
    ),
    clean('Asia kirjattiin numerolla 5500/R/12345/26, tapahtuma-aika 12.11.2026 klo 20.45'),
    clean(
      'Ottelu päättyi 2–2, useimmat olivat tasolla 40–60 ja pelasivat versiota 1.20.4 palvelimella play.hypixel.net; jaoimme linkin discord.gg/poliisi-partio',
    ),
  ],
  sv: [
    withIds('Pojken (13) skrev sitt nummer +358 44 582 6013 i chatten och bad oss ringa', '+358 44 582 6013'),
    withIds(
      'Flickan skrev sin e-post som elin.holmberg snabel-a gmail punkt com så att filtret inte skulle ta den',
      'elin.holmberg snabel-a gmail punkt com',
    ),
    withIds(
      'Han klistrade in sin personbeteckning 030213A234E för att visa att han var gammal nog',
      '030213A234E',
    ),
    withIds(
      'Flickan (12) sa att hennes Discord-id är 1049283746501928374 och att hon finns på instagram.com/ellas.ridning',
      '1049283746501928374',
      'instagram.com/ellas.ridning',
    ),
    withIds(
      'Pojken bor på Mannerheimvägen 18 A 5, 00100 Helsingfors och gav numret 050 364 12 97 till hela laget',
      'Mannerheimvägen 18 A 5, 00100 Helsingfors',
      '050 364 12 97',
    ),
    clean('Patrullen pågick kl. 18.30–20.00 i Roblox, 19 samtal med unga i åldern 12–14 år'),
    clean('Vi påminde om MLL:s Barn- och ungdomstelefon 116 111 och nödnumret 112'),
    clean('Några i åttan hade köpt 1 700 Robux för 19,99 €, och en hade förlorat 2 800 V-Bucks'),
    clean('Ärendet har nummer 5500/R/20417/26, händelsen inträffade 12.11.2026 kl. 21.10'),
    clean(
      'Matchen slutade 3–1, de flesta låg på nivå 25–40 och spelade version 1.21 på play.hypixel.net; vi delade discord.gg/polisen-patrull',
    ),
  ],
};
