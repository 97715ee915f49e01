/**
 * Round fifty-six: written blind, before the detector was run on it.
 * Second half of the week, tired officers: terse fragments, abbreviations, bullet lists, notes with a later
 * "Update" line, several young people per note; clean notes dense with times, counts, codes and help lines.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FIFTY_SIX: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Thu 21:40, Discord. Boy 13, Bergen. Adult 'coach' asking for pics. discord: shadowfox_0912 (the adult). Kid's own handle mikkel.vrå - told him to block. Update 23:10: kid back, gave mum's no. 913 47 206, wants a call tmrw.",
      'shadowfox_0912',
      'mikkel.vrå',
      '913 47 206',
    ),
    withIds(
      'Roblox, 3 kids same server (Antwerp area):\n- Yasmina El Idrissi, 12\n- her brother Bilal, 10\n- friend, roblox name xXnoorXx\nPer her brother they live at Kioskplaats 14 bus 3. Flagged to BE team.',
      'Yasmina El Idrissi',
      'Bilal',
      'xXnoorXx',
      'Kioskplaats 14 bus 3',
    ),
    withIds(
      'FI team. Fortnite squad, girl 15, Oulu. Typed her hetu unasked: 030912 A548Y. Told her to delete. snap: pihla_rantala. Nothing else of concern.',
      '030912 A548Y',
      'pihla_rantala',
    ),
    withIds(
      'Twitch chat -> DM. Girl 14, Malmö, name Amira Haddad, class 8B at Rosengårdsskolan. Older boy pressuring her. Referred to SE colleagues 22:05.',
      'Amira Haddad',
      'class 8B at Rosengårdsskolan',
    ),
    withIds(
      'Minecraft, NL team. Boy 11, Amsterdam. Says he lives on the corner of Pijlstraat, no. 22, 2nd floor, and gave dad\'s number 06 41 87 30 92 "so you can call him". Explained why not. Update 22:50: no reply.',
      'Pijlstraat, no. 22, 2nd floor',
      '06 41 87 30 92',
    ),
    clean(
      'Fri 19:05-20:30 Fortnite. 4 convos, ages 12/13/13/16. All ok. Ref case 24/1187. Kid shared island code 8164-2290-7731 for a creative map, not personal.',
    ),
    clean(
      'Update 22:15 to the 21:40 note: kid safe, account blocked + reported in-app. Gave 116 111. No further action. 6h on shift, 14 convos total.',
    ),
    clean(
      'Roblox, Tromsø. Group of 5, approx 12 y/o. Talked Brawl Stars, MrBeast, Messi vs Ronaldo. One asked if police can read deleted snaps. Explained. 45 min.',
    ),
    clean(
      "Discord server 'Nordic Builders' (1,240 members). Mods cooperative, pinned our post. Reminded 112 for emergencies. Sgt Lindqvist + Insp. Van Damme online 20:00-23:00.",
    ),
    clean(
      'Twitch, Kai Cenat stream chat w/ kids from Espoo. 3 x 14 y/o, 1 x 10. Q about 13+ age limit on Discord. 20:00-20:50. Nothing to log.',
    ),
  ],
  nb: [
    withIds(
      "Snap: ida.m_2011 - jente 13, Drammen. En voksen ('Kenneth', ca 40) ber om bilder. Hans snap: kenn_kalas84. Sendt videre til Kripos 21:55.",
      'ida.m_2011',
      'Kenneth',
      'kenn_kalas84',
    ),
    withIds(
      'Gutt 12 skrev fnr i chatten (!!): 140311 612 40. Slettet, forklart hvorfor. Sa han heter Aleksander Mwangi. Ellers ok.',
      '140311 612 40',
      'Aleksander Mwangi',
    ),
    withIds(
      'Roblox kl 20.15. Tre stk fra Stovner:\n- Hamza (14)\n- Sofie Nguyen (13)\n- lillebroren hennes (9?)\nHan bor i Fossumberget 7, leil. H0304. Ingen bekymring utover det.',
      'Hamza',
      'Sofie Nguyen',
      'Fossumberget 7, leil. H0304',
    ),
    withIds(
      'Oppfølging Discord-samtale. Mor ønsket å bli ringt: 47 61 38 92. Gutten, Theodor, går i 7B på Kjelsås skole. Oppdatering 23:10: snakket med mor, ok.',
      '47 61 38 92',
      'Theodor',
      '7B på Kjelsås skole',
    ),
    withIds(
      "Fortnite, jente 15, Ålesund. discord: frostbite.lina. Oppdatering 23:10: hun har blokkert fyren, hans tag var 'BigBro_Ørsta'.",
      'frostbite.lina',
      'BigBro_Ørsta',
    ),
    clean(
      'Tor 18:30-21:00. Fortnite + Roblox. 7 samtaler, alder 11-16. Ingen bekymring. Ref. sak 24-118392. Henviste til 116 111 x2.',
    ),
    clean('Kort: gutt 14, Kristiansand, spurte om Haaland og om politiet spiller Minecraft. Ok. 12 min.'),
    clean(
      'Oppdatering 22:40 til notat kl 21:05: jenta har snakket med helsesykepleier på skolen. Ikke behov for mer. Alarmtelefonen 116 111 oppgitt.',
    ),
    clean(
      'Discord-server, ca 300 medl., mest Bodø. Ungdomsskole nevnt, ingen elevnavn. Svarte på 9 spm om nettvett. Avsluttet 23:55.',
    ),
    clean(
      'Minecraft, serverkode 4471-9920. 4 gutter 12-13 år fra Hamar. Snakket om Skibidi Toilet og Kygo. Alt rolig. 20.10-20.40.',
    ),
  ],
  nn: [
    withIds(
      "Snap: ingrid_heggheim - jente 14 frå Førde. Ein vaksen som kallar seg 'Tormod' ber om bilete. Sendt vidare 22:20.",
      'ingrid_heggheim',
      'Tormod',
    ),
    withIds(
      'Gut 13, Voss. Heiter Eirik Tveito, går i 8B på Voss ungdomsskule. Mor sitt nr: 952 18 634. Ho vil bli ringd i morgon.',
      'Eirik Tveito',
      '8B på Voss ungdomsskule',
      '952 18 634',
    ),
    withIds(
      'Roblox kl. 21.20, tre stk:\n• Sahra Abdi (12)\n• Jonas (12)\n• venninna deira\nHo bur i Nygårdsgaten 41, 3. etg. Oppdatering 22:05: alle logga av.',
      'Sahra Abdi',
      'Jonas',
      'Nygårdsgaten 41, 3. etg.',
    ),
    withIds(
      'Fnr skrive rett i chatten: 0209 1274 887 (!). Sletta. Gut 12, discord: vossaguten. Forklart kvifor ein ikkje deler slikt.',
      '0209 1274 887',
      'vossaguten',
    ),
    withIds(
      'Fortnite. Gut 16, Sogndal. Kompisen hans, Ola Nordbø, vart lokka til å møte ein vaksen. Den vaksne sin discord: nattulv_77. Meldt 23:40.',
      'Ola Nordbø',
      'nattulv_77',
    ),
    clean('Kveldsøkt 19.00-22.30. 6 samtalar, alder 10-15. Ingen funn. Sak 24/20311. Gav ut 116 111.'),
    clean('Gut 11 frå Florø spurde om Ole Gunnar Solskjær og kor gammal ein må vere for TikTok (13). 8 min.'),
    clean(
      'Oppdatering 23:15: same gruppa som kl. 21 - alt roleg, dei har rapportert kontoen sjølve. Ingen vidare tiltak.',
    ),
    clean(
      'Minecraft-server, 42 spelarar, mest Sunnfjord. Ungdomsskulen i Førde nemnd, ingen namn. 3 spm om deling av bilete.',
    ),
    clean(
      'Twitch: 4 ungdomar (14-16) i chatten til ein kjend streamar. Prata om Erling Braut Haaland og artisten Aurora. Kl. 20.40-21.10.',
    ),
  ],
  nl: [
    withIds(
      'Roblox 20u15. Meisje 12 uit Genk. Naam: Elif Yıldız, 6de leerjaar in Basisschool De Regenboog. snap: elif.yldz11. Niks verontrustends.',
      'Elif Yıldız',
      '6de leerjaar in Basisschool De Regenboog',
      'elif.yldz11',
    ),
    withIds(
      "Discord, jongen 14, Rotterdam-Zuid. Typte z'n BSN (!): 3128 475 67. Laten verwijderen. Vader wil teruggebeld worden: 06-41873092.",
      '3128 475 67',
      '06-41873092',
    ),
    withIds(
      'Fortnite, jongen 13, Gent, heet Jelle Van Acker. Typte zijn rijksregisternr.: 110523 147-40. Uitgelegd waarom niet. Update 22u30: offline.',
      'Jelle Van Acker',
      '110523 147-40',
    ),
    withIds(
      '3 jongeren in 1 Discord-call:\n- Daan (15)\n- Noah de Vries (14)\n- zijn zus (11)\nHij woont Vechtstraat 18-II, zei hij. Verder ok.',
      'Daan',
      'Noah de Vries',
      'Vechtstraat 18-II',
    ),
    withIds(
      "Update 23:10 bij notitie van 21:50: verdachte volwassene gebruikt TikTok 'mentor_ruben' en Snap 'rubenxx_nl'. Slachtoffer: Sanne Bakker, 13. Doorgezet.",
      'mentor_ruben',
      'rubenxx_nl',
      'Sanne Bakker',
    ),
    clean(
      'Do 19u-21u30, Fortnite. 5 gesprekken, 11-15 jaar. Geen zorgen. PV-nr 2024/0417. Verwezen naar Awel 102.',
    ),
    clean(
      'Minecraft, 4 kids (12-13) uit Utrecht. Vragen over Memphis Depay en Frenkie de Jong. Servercode 7719-3042. 25 min.',
    ),
    clean(
      'Update 22:40: opvolging gesprek 20u10. Jongen heeft ouders ingelicht. Afgesloten. 113 niet nodig.',
    ),
    clean(
      "Discord-server 'Brabantse Bouwers', ±800 leden. Sint-Jozefcollege Aalst genoemd, geen namen. 3 meldingen naar Child Focus 116 000.",
    ),
    clean('Kort. Roblox. Meisje 10, Leuven. Vroeg of Stromae echt van Brussel is. Ok. 6 min.'),
  ],
  fr: [
    withIds(
      "Snap : lina.benali09 - fille 14 ans, Charleroi. Un adulte 'Kevin' lui demande des photos. Son Discord : kev_dark_1988. Transmis 22h10.",
      'lina.benali09',
      'Kevin',
      'kev_dark_1988',
    ),
    withIds(
      "Roblox 21h05. Garçon 12 ans, Liège. S'appelle Mathis Lejeune, 6e primaire à l'école communale de Chênée. Tél. maman : 0476 21 58 93.",
      'Mathis Lejeune',
      "6e primaire à l'école communale de Chênée",
      '0476 21 58 93',
    ),
    withIds(
      'Fortnite, fille 12 ans, Bruxelles (Schaerbeek). Prénom Nour. A tapé son n° national : 12 10 08 263 42 (!). Supprimé. Expliqué.',
      'Nour',
      '12 10 08 263 42',
    ),
    withIds(
      '3 jeunes dans un même salon Discord :\n- Ibrahima Diallo (15)\n- son cousin Moussa (13)\n- une copine\nIl habite rue Haute 112, bte 4. RAS sinon.',
      'Ibrahima Diallo',
      'Moussa',
      'rue Haute 112, bte 4',
    ),
    withIds(
      'Mise à jour 23h10 : la fille (Manon Dubois) a rebloqué le compte. Le père demande rappel au 0495/63.21.07.',
      'Manon Dubois',
      '0495/63.21.07',
    ),
    clean(
      'Jeu 18h30-21h. Fortnite. 6 conversations, 11-16 ans. RAS. PV 2024/11873. Renvoyé vers le 103 Écoute-Enfants.',
    ),
    clean(
      'Minecraft, 4 garçons 12-13 ans, Namur. Parlent de Lukaku et de Tintin. Code serveur 5520-1187. 20 min.',
    ),
    clean(
      'Mise à jour 22h45 : suite note 21h15, la jeune a parlé à sa prof. Dossier clos. Aucune autre action.',
    ),
    clean(
      "Serveur Discord ~1 500 membres, surtout Mons et Tournai. Athénée Royal de Mons cité, aucun nom d'élève. 3 questions sur le harcèlement.",
    ),
    clean(
      'Twitch, chat de Squeezie. 2 ados (15, 16) de Wavre. Âge légal TikTok (13 ans), rôle du 112 expliqué. 19h40-20h05.',
    ),
  ],
  de: [
    withIds(
      'Discord 20:10. Junge, 13, Eupen. Name: Lukas Kessler, Klasse 2B am Robert-Schuman-Institut. Mutter bittet um Rückruf: 0472 18 44 90.',
      'Lukas Kessler',
      'Klasse 2B am Robert-Schuman-Institut',
      '0472 18 44 90',
    ),
    withIds(
      "Snap: leonie_stbith - Mädchen 15, St. Vith. Erwachsener nennt sich 'Onkel Rolf', Insta: rolf.freundlich. Weitergeleitet 22:35.",
      'leonie_stbith',
      'Rolf',
      'rolf.freundlich',
    ),
    withIds(
      'Fortnite, Junge 14 (Jonas Lambertz), tippte seine Nationalregisternr.: 100214-385 30. Gelöscht, erklärt. Sonst ok.',
      'Jonas Lambertz',
      '100214-385 30',
    ),
    withIds(
      'Roblox, 3 Kinder aus Kelmis:\n- Mia Schmitz (11)\n- Emre (12)\n- dessen Bruder (9)\nEr wohnt Lütticher Str. 57, Wohnung 2. Keine weiteren Auffälligkeiten.',
      'Mia Schmitz',
      'Emre',
      'Lütticher Str. 57, Wohnung 2',
    ),
    withIds(
      "Update 23:05 zu 21:30: Verdächtiger Erwachsener, Fortnite-Name 'DarkKnight_Aachen', echter Name laut Kind Sven Weber. Kind: Hannah Peters (14).",
      'DarkKnight_Aachen',
      'Sven Weber',
      'Hannah Peters',
    ),
    clean(
      'Do 19:00-21:30 Fortnite. 5 Gespräche, 12-16 J. Keine Auffälligkeiten. Az. 2024/3381. Hinweis auf 116 111 und 112.',
    ),
    clean(
      'Minecraft, 4 Jungs (12-13), Eupen. Thema: Thomas Müller und Kevin De Bruyne. Servercode 2281-6604. 15 min.',
    ),
    clean('Update 22:50: Nachtrag zu 20:15 - Mädchen hat mit Eltern gesprochen. Abgeschlossen.'),
    clean(
      'Discord-Server ca. 600 Mitglieder, v. a. Bütgenbach und Büllingen. Pater-Damian-Sekundarschule genannt, keine Schülernamen. 4 Fragen zu Cybermobbing.',
    ),
    clean('Kurz: Roblox, Mädchen 10, Raeren. Fragte, ob Polizei bei Roblox arbeitet. Ok. 5 min.'),
  ],
  is: [
    withIds(
      'Stelpa 12, Reykjavík, heitir Guðrún Ósk Einarsdóttir. Skrifaði kennitöluna sína í spjallið: 120311 3950. Eytt, útskýrt.',
      'Guðrún Ósk Einarsdóttir',
      '120311 3950',
    ),
    withIds(
      "Snap: sigga.bjorns - stelpa 13, Akureyri. Fullorðinn kallar sig 'Maggi' og biður um myndir. Discord hans: maggi_rvk_80. Sent áfram 22:15.",
      'sigga.bjorns',
      'Maggi',
      'maggi_rvk_80',
    ),
    withIds(
      'Roblox kl. 20:40. Þrjú börn:\n- Jón Þór Halldórsson (12)\n- Aleksandra Nowak (11)\n- vinur þeirra\nHún býr á Hringbraut 78, íbúð 201. Annars allt í lagi.',
      'Jón Þór Halldórsson',
      'Aleksandra Nowak',
      'Hringbraut 78, íbúð 201',
    ),
    withIds(
      'Strákur 14, Selfoss. Heitir Kristófer, í 9. bekk í Vallaskóla. Sími mömmu: 862-4517. Hún vill símtal á morgun.',
      'Kristófer',
      '9. bekk í Vallaskóla',
      '862-4517',
    ),
    withIds(
      "Uppfærsla kl. 23:10: Fortnite-nafn gerandans 'IceWolf_IS'. Stúlkan (Hekla Rún) hefur lokað á hann. Kt. hennar 050812-4720 kom fram í spjalli.",
      'IceWolf_IS',
      'Hekla Rún',
      '050812-4720',
    ),
    clean(
      'Fim 19:00-21:30. Fortnite. 6 samtöl, 11-15 ára. Ekkert athugavert. Mál 007-2024-1187. Vísaði á 1717.',
    ),
    clean(
      'Minecraft, 4 strákar 12-13 ára, Reykjanesbær. Töluðu um Gylfa Sigurðsson og söngkonuna Laufeyju. Kóði 3390-1142. 20 mín.',
    ),
    clean('Uppfærsla 22:45: eftirfylgni við skráningu kl. 21:00. Stúlkan talaði við námsráðgjafa. Lokið.'),
    clean(
      'Discord-þjónn, um 300 meðlimir, flestir frá Ísafirði. Grunnskólinn á Ísafirði nefndur, engin nöfn nemenda. Bent á 112.',
    ),
    clean('Stutt: Roblox, stelpa 10, Egilsstaðir. Spurði hvort lögreglan spili Roblox. Í lagi. 7 mín.'),
  ],
  fi: [
    withIds(
      'Tyttö 15, Oulu, Aino Kettunen. Kirjoitti hetunsa chattiin: 150611A 2735 (!). Poistettu, selitetty miksi ei. Muuten ok.',
      'Aino Kettunen',
      '150611A 2735',
    ),
    withIds(
      "Snap: eetu.h_2010 - poika 14, Tampere. Aikuinen 'Jari' pyytää kuvia, hänen Discord: jari_tre_79. Välitetty eteenpäin 22.05.",
      'eetu.h_2010',
      'Jari',
      'jari_tre_79',
    ),
    withIds(
      'Roblox klo 20.30. Kolme lasta Vantaalta:\n- Hamid Rahimi (13)\n- Siiri Lahtinen (12)\n- hänen pikkusiskonsa\nPoika asuu osoitteessa Tikkurilantie 44 B 17. Ei muuta.',
      'Hamid Rahimi',
      'Siiri Lahtinen',
      'Tikkurilantie 44 B 17',
    ),
    withIds(
      'Tyttö 12, Kuopio, nimi Venla, luokalla 6B Pirtin koulussa. Äidin nro 040 718 2265, pyysi soittoa huomenna.',
      'Venla',
      'luokalla 6B Pirtin koulussa',
      '040 718 2265',
    ),
    withIds(
      "Päivitys 23.10: Fortnite-tyyppi 'NightHawk_FI' laittoi viestejä myös Snapissa (snap: nhawk.fi). Nuori: Elias Korhonen 15 v. Isän puh 050-3382917.",
      'NightHawk_FI',
      'nhawk.fi',
      'Elias Korhonen',
      '050-3382917',
    ),
    clean(
      'To 18-21. Fortnite. 7 keskustelua, 11-16 v. Ei huolia. Ilmoitus 5500/R/11873/24. Ohjattu numeroon 116 111.',
    ),
    clean(
      'Minecraft, 4 poikaa 12-13 v, Lahti. Puhuttiin Teemu Pukista ja Käärijästä. Palvelinkoodi 6021-4478. 20 min.',
    ),
    clean('Päivitys 22.50: jatkoa klo 20.15 merkintään. Tyttö kertoi opettajalle. Suljettu.'),
    clean(
      'Discord-palvelin n. 900 jäsentä, lähinnä Turusta. Puolalan koulu mainittu, ei oppilaiden nimiä. 3 kysymystä kiusaamisesta. 112 kerrattu.',
    ),
    clean('Lyhyt: Roblox, tyttö 10 v, Rovaniemi. Kysyi onko Joulupukki oikeasti poliisi. Ok. 4 min.'),
  ],
  sv: [
    withIds(
      'Tjej 13, Norrköping, heter Wilma Ahmadi. Skrev sitt personnr i chatten: 11 04 17 2380. Raderat, förklarat. I övrigt ok.',
      'Wilma Ahmadi',
      '11 04 17 2380',
    ),
    withIds(
      "Snap: elsa.lundgrenn - tjej 14, Umeå. Vuxen kallar sig 'Micke', hans Discord: micke_ume_81. Vidarebefordrat 22.30.",
      'elsa.lundgrenn',
      'Micke',
      'micke_ume_81',
    ),
    withIds(
      'Roblox kl 20.20. Tre st från Rinkeby:\n- Abdirahman Farah (13)\n- Nora Eklund (12)\n- hennes lillebror\nKillen bor på Skarpbrunnavägen 12, lgh 1102. Inget mer.',
      'Abdirahman Farah',
      'Nora Eklund',
      'Skarpbrunnavägen 12, lgh 1102',
    ),
    withIds(
      'Kille 12, Gävle, heter Viktor, går i 6C på Vallbacksskolan. Mammas nr 073-612 48 90, vill bli uppringd.',
      'Viktor',
      '6C på Vallbacksskolan',
      '073-612 48 90',
    ),
    withIds(
      "Uppdatering 23:10: gärningspersonen har Fortnite-namn 'StockholmsKung' och snap: sthlm.king99. Offret: Maja Holm, 15, pnr 090823-5641.",
      'StockholmsKung',
      'sthlm.king99',
      'Maja Holm',
      '090823-5641',
    ),
    clean(
      'Tor 19-21.30. Fortnite. 6 samtal, 11-16 år. Inget att notera. Ärende 5000-K118732-24. Tipsade om BRIS 116 111.',
    ),
    clean(
      'Minecraft, 4 killar 12-13 år, Västerås. Snack om Zlatan och Benjamin Ingrosso. Serverkod 8803-1276. 15 min.',
    ),
    clean('Uppdatering 22.40: uppföljning av notering 20.05. Tjejen har pratat med kuratorn. Avslutat.'),
    clean(
      'Discord-server ca 450 medlemmar, mest Luleå. Örnässkolan nämnd, inga elevnamn. 3 frågor om nätmobbning. 112 förklarat.',
    ),
    clean('Kort: Roblox, tjej 10, Visby. Frågade om polisen får spela Roblox på jobbet. Ok. 6 min.'),
  ],
};
