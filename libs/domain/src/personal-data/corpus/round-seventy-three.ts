/**
 * Round seventy-three: written blind, before the detector was run on it.
 * A normal evening by ten officers per language, each with a habit: full sentences, slash lines, pasted chat,
 * hurried lower case with typos, a long careful paragraph, gaming slang.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SEVENTY_THREE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Talked with a 14-year-old girl from Bergen on Discord around 19:30. She said an older user called “darkwolf_1987” keeps asking her for pictures and wants to move the chat to Snapchat. Her own handle is lunaxmoon07. Advised her to block and report him, and she promised to tell her mum tonight.',
      'darkwolf_1987',
      'lunaxmoon07',
    ),
    clean(
      "“Will you be here tomorrow at 7?? also is Peely a boy or a banana 😂” — two 10 y/o's from Ghent, Fortnite, 20:02. Said yes, 19:00–22:00 all week.",
    ),
    withIds(
      'Roblox / 12 / Tilburg / boy says classmate Daan Verhoeven posts his photos in a group chat called “groep 8 haters” / told him to save screenshots, tell his teacher, Helpwanted.nl',
      'Daan Verhoeven',
    ),
    clean(
      'Minecraft / 10 / Drammen / asked if Herobrine is real and if Steve has a last name / explained, no concern / 20:45–20:55',
    ),
    withIds(
      'Chat 20:14 >> “ok my number is 0470 58 21 93 but dont give it to anyone lol” — 13 y/o from Antwerp, Fortnite. Told him never to post his number in open chat, he deleted it.',
      '0470 58 21 93',
    ),
    clean(
      'Dropped into Zero Build with a squad of four from Espoo, lowkey cracked players, carried us to a Victory Royale at 21:10 lol. They asked if cops get free V-Bucks (no) and what our Epic name was, gave them the official team profile. No concerns, gg.',
    ),
    withIds(
      'fortnite, 15yo from tampere, says his sister jenni korhonen gets msgs from a guy “koivu_mies” on snap, he knws her adress hameenkatu 21 b 14. told him she shud call 112 if he shows up, paased to KRP',
      'jenni korhonen',
      'koivu_mies',
      'hameenkatu 21 b 14',
    ),
    clean(
      'Joint session on the Discord server of a Norwegian Roblox community, about 40 users aged 10 to 16, 18:00–19:30. Questions about Erling Haaland, whether Kripos can see deleted Snapchat messages and how to report scams. We shared 116 111 and slettmeg.no and reminded them that 112 is for emergencies only. One boy asked if May 17 is a holiday in Belgium too. Nobody shared personal details and nothing was passed on; reference in the shared log JCP-2025-W19-014.',
    ),
    withIds(
      "At 19:05 our Icelandic colleague joined a Minecraft server with a boy of 14 from Akureyri, who explained in some detail that a player presenting himself as a server admin, “MineLordIS”, had promised him a VIP rank in return for “verifying” his identity. The boy had typed his full name, Jón Ísak Sigurðsson, and his kennitala 120910-2720 into a private message, and later his mother's phone number, 691 2345. We explained that no real admin asks for this, helped him report the account through the server's ticket system and advised him to tell his parents tonight. Passed to the Icelandic team lead for follow-up with LRH.",
      'MineLordIS',
      'Jón Ísak Sigurðsson',
      '120910-2720',
      '691 2345',
    ),
    clean(
      'A girl of 12 from Malmö asked whether it is safe to use her real birthday on TikTok. Told her the platform needs it for the age settings but it should never be posted in a chat. She said she would ask her dad. Nothing further.',
    ),
  ],
  nb: [
    withIds(
      'Snakket med ei jente på 13 år fra Fredrikstad, kontakt via Discord. Hun fortalte at en mann som kaller seg «Kjetil_22» har sendt henne penger på Vipps for bilder. Hun heter Sara Amundsen og går i 8C på Gressvik ungdomsskole. Rådet henne til å ikke svare mer og snakke med mamma i kveld. Sendt videre til Øst pd.',
      'Kjetil_22',
      'Sara Amundsen',
      '8C på Gressvik ungdomsskole',
    ),
    clean(
      'Kveldens økt på Discord-serveren «Norske Minecraft-spillere» varte fra 18.00 til 20.30, og rundt 25 unge mellom 10 og 16 år var innom. Mange lurte på om politiet virkelig spiller, og om vi ville bli med på en runde Bedwars. Det ble snakket mye om Erling Haaland og Martin Ødegaard, og om Creeper-skin er «lov». Ingen delte personopplysninger, og ingen saker ble opprettet. Vi minnet om Alarmtelefonen for barn og unge på 116 111 og Kors på halsen på 800 33 321.',
    ),
    withIds(
      'Roblox / 11 / Tromsø / jenta la ut fødselsnr 300114 56223 i chatten for å «vinne robux» / slettet, forklart hvorfor det er farlig',
      '300114 56223',
    ),
    clean(
      'TikTok-live / ca. 15 / Lillehammer / spørsmål om hvordan man blir politi / svart, henvist til Politihøgskolen',
    ),
    withIds(
      'discord 20.40 gutt 14 fra sandnes, kompisen hans mohammed ali (15) blir presset av ei «nora» på insta til å sende nakenbilde, han har allerede gitt henne nr sitt 948 31 207. ba han si ifra til en voksen, tok screnshot. sjekk igjen imorra',
      'mohammed ali',
      'nora',
      '948 31 207',
    ),
    clean(
      'twitch, 2 jenter 12 og 13 fra ålesund, spurte om Jonas Gahr Støre spiller roblox lol. ikke noe bekymring. kl 21.05',
    ),
    withIds(
      'Lim inn fra chat (Fortnite, 19:12): «eg bur i Kirkeveien 64B 0364 oslo kom å hent meg hvis du tør» – gutt 12 år, sa han bare tulla med en som heter «xXSlayerXx». Forklart hvorfor man ikke deler adresse i åpen chat.',
      'Kirkeveien 64B 0364 oslo',
      'xXSlayerXx',
    ),
    clean('«Er det ekte politi?? bevis det» – svarte med lenke til politiet.no. Roblox, Brookhaven, 19.47.'),
    withIds(
      'Joina squad med tre gutter fra Bodø i Fortnite, chill vibe, GG. Den ene, Viljar Haugen-Nilsen, var lowkey stressa fordi en random på Discord, «ghost.mode», hadde fått tak i e-posten hans viljar.hn2011@gmail.com og spammet ham. Forklarte report/block og tipset om slettmeg.no.',
      'Viljar Haugen-Nilsen',
      'ghost.mode',
      'viljar.hn2011@gmail.com',
    ),
    clean(
      'En gutt på 10 fra Kristiansand lurte på om det er ulovlig å lage en fake Snapchat. Han har fått 3 venneforespørsler fra ukjente i dag. Forklarte innstillingene og at han kan ringe 116 111. Viser til tidligere sak 25/03317 (Agder pd), ingen ny info.',
    ),
  ],
  nn: [
    clean(
      'Kveldsøkta på Twitch-kanalen vår gjekk frå 19.00 til 21.15. Om lag 30 ungdomar frå Bergen, Stord og Florø var innom chatten. Dei spurde mest om kva politiet gjer på nett, om Kripos kan spore IP-adresser, og om Ødegaard framleis speler FIFA. Vi minte om Alarmtelefonen 116 111 og sa at 112 berre er for naudsituasjonar. Ingen personopplysningar, ingenting å følgje opp.',
    ),
    withIds(
      'Prata med ein gut på 12 år frå Førde på Roblox. Han fortalde at ein vaksen som kallar seg «Onkel_Tor» har bede om mobilnummeret hans og fått det: 412 87 390. Guten heiter Ådne Rysstad. Vi har rådd han til å blokkere kontoen og fortelje det til foreldra i kveld.',
      'Onkel_Tor',
      '412 87 390',
      'Ådne Rysstad',
    ),
    clean(
      'Minecraft / 11 / Stryn / spurde om det er lov å ha Steve-skin med politiuniform / svara ja, ingen uro',
    ),
    withIds(
      'Discord / 15 / Voss / guten skreiv fødselsnummeret sitt 270810 539 82 i ein open kanal for «å verifisere alder» / fjerna, forklart, varsla moderator',
      '270810 539 82',
    ),
    clean(
      'snap-lenke på tiktok, 2 jenter 14, haugesund, ville vite om Sigrid kjem på Bergenfest i år lol. ingenting å følgje opp',
    ),
    withIds(
      'fortnite, 13 år, sogndal. ho sa namnet sitt er ingrid bjørkhaug og at ho går i 8b på Sogndal ungdomsskule, ein fyr «bergensgutten99» masar om bilete. sa ho skal seie frå til kontaktlæraren. følgj opp',
      'ingrid bjørkhaug',
      '8b på Sogndal ungdomsskule',
      'bergensgutten99',
    ),
    clean(
      '«kva tid kjem de tilbake? kl 18 i morgon?» – svara at vi er her 18–22 heile veka. Fortnite, kode 7421-3398-1106.',
    ),
    withIds(
      'Frå chatten 20:31: «skriv til meg på snap: fatima.hx12 eller send mail til fatimahassan2012 på hotmail punktum com» – jente 12 år, Ålesund, Minecraft. Forklart kvifor det ikkje skal stå i open chat.',
      'fatima.hx12',
      'fatimahassan2012 på hotmail punktum com',
    ),
    withIds(
      'Spelte nokre rundar Bedwars med tre frå Odda, heilt chill, GG. Den eine, «Tobbe», sa at ein random med brukarnamnet «mr_sigve» hadde spurt etter adressa, og han hadde svara Eitrheimsvegen 12, 5750 Odda. Rådde han til å blokkere, ta skjermdump og reporte.',
      'Tobbe',
      'mr_sigve',
      'Eitrheimsvegen 12, 5750 Odda',
    ),
    clean(
      'Ein gut på 16 frå Voss spurde om han kunne melde ein svindel på Roblox der han miste 800 Robux. Vi viste han til politiet.no og sa at han kan ringje 02800. Ingen personopplysningar noterte.',
    ),
  ],
  nl: [
    withIds(
      "Gesprek met een meisje van 14 uit Rotterdam-Zuid via Discord. Ze vertelde dat een jongen die zich 'Jayden' noemt haar op Snapchat onder druk zet om foto's te sturen. Zelf heet ze Noor El Amrani en haar nummer 06-41827365 staat al in zijn contacten. Geadviseerd te blokkeren, screenshots te bewaren en contact op te nemen met Helpwanted.nl. Doorgezet naar Team Zeden Rotterdam.",
      'Jayden',
      'Noor El Amrani',
      '06-41827365',
    ),
    clean(
      "Avondsessie op de Discord-server 'Roblox NL/BE' van 18:30 tot 21:00, ongeveer 35 jongeren tussen 10 en 16 jaar. Veel vragen over Virgil van Dijk, Kevin De Bruyne en of de politie echt Fortnite speelt. Uitgelegd hoe je iets meldt, Kindertelefoon 0800-0432 en Awel 102 genoemd. Geen personalia gedeeld, geen meldingen.",
    ),
    withIds(
      "Roblox / 14 / Hasselt / jongen postte zijn rijksregisternummer 11.04.15-087.42 in de chat 'voor gratis Robux' / verwijderd en uitgelegd",
      '11.04.15-087.42',
    ),
    clean(
      'TikTok live / ±14 / Brugge / vraag hoe je inspecteur wordt bij de Federale Politie / uitgelegd, verwezen naar jobpol.be',
    ),
    withIds(
      "fortnite 13jr uit almere, zegt dat zn vriend sem de vries zijn bsn 237456187 heeft gedeeld met een 'epic medewerker' lol. scam dus. gezegd ouders inlichten en wachtwoord wijzigen",
      'sem de vries',
      '237456187',
    ),
    clean(
      'twitch, 3 jongens uit eindhoven 12-13 jr, vroegen of we Enzo Knol kennen haha. niks aan de hand, 21.40 klaar',
    ),
    withIds(
      'Uit de chat (Minecraft, 20u12): "ik woon in de Kortrijksesteenweg 214 in Gent en mijn ma heet Hilde Van den Bossche xd" – jongen 12 jaar. Uitgelegd waarom dat niet in open chat hoort.',
      'Kortrijksesteenweg 214',
      'Hilde Van den Bossche',
    ),
    clean(
      '"zijn jullie echt van de politie of is dit nep?? 🤔" – Roblox, Brookhaven, 19:55. Link naar politie.nl gestuurd.',
    ),
    withIds(
      "Paar rondjes Zero Build gedaan met een squad uit Utrecht, super chill, gg's all round. Een van de gasten, 'Yusuf' (15), zei dat een random genaamd xX_Dr1ll_Xx zijn Insta had gevonden en zijn klas had gepost: 3 havo B op het Christelijk Lyceum Zeist. Gezegd om te reporten en te blocken.",
      'Yusuf',
      'xX_Dr1ll_Xx',
      '3 havo B op het Christelijk Lyceum Zeist',
    ),
    clean(
      'Een meisje van 10 uit Leuven vroeg wat ze moet doen als iemand haar Roblox-account hackt. Ze was 2.400 Robux kwijt. Uitgelegd hoe je wachtwoord en 2FA instelt en Child Focus 116 000 genoemd. Geen pv nodig.',
    ),
  ],
  fr: [
    clean(
      'Session du soir sur le serveur Discord « Minecraft Belgique » de 18h30 à 21h. Une quarantaine de jeunes de 10 à 16 ans, surtout de Liège, Namur et Bruxelles. Beaucoup de questions sur Lukaku, sur Squeezie et sur le fait que la police joue vraiment. Rappelé Écoute-Enfants au 103 et Child Focus au 116 000. Aucune donnée personnelle partagée, rien à transmettre.',
    ),
    withIds(
      "Discussion avec une fille de 13 ans de Charleroi sur Snapchat (contact via Discord). Elle explique qu'un homme se présentant comme « Kev_du_94 » lui demande des photos en échange de V-bucks. Elle s'appelle Inès Mertens et lui a déjà donné son GSM, le 0478/36.21.90. Conseillé de bloquer, de garder les captures et d'en parler à sa maman. Transmis à la FCCU.",
      'Kev_du_94',
      'Inès Mertens',
      '0478/36.21.90',
    ),
    withIds(
      "Fortnite / 15 ans / Liège / le garçon a tapé son numéro de registre national 09.06.23-143.09 sur un faux site « pour récupérer son compte » / expliqué l'arnaque, conseillé de prévenir ses parents",
      '09.06.23-143.09',
    ),
    clean('TikTok live / ±11 ans / Arlon / demande si on connaît Stromae en vrai / rigolé, rien à signaler'),
    withIds(
      "roblox, 12a, namur, elle dit que sa copine lina bouzidi se fait harceler par un certain « lucas.off » qui connait son adresse rue de fer 58, 5000 namur. dit d'appeler le 101 si il se pointe. a suivre",
      'lina bouzidi',
      'lucas.off',
      'rue de fer 58, 5000 namur',
    ),
    clean('twitch 2 ados 15-16 de verviers, voulaient savoir combien gagne un policier lol. ok. fini 22h10'),
    withIds(
      "Copié du chat (Minecraft, 20h47) : « mon mail c'est theo point dubois deux mille dix arobase gmail point com ajoute moi » – garçon, 13-14 ans, Mons. Expliqué pourquoi on ne met pas ça en public.",
      'theo point dubois deux mille dix arobase gmail point com',
    ),
    clean(
      "« vous êtes des vrais flics ou c'est un troll ?? » – Fortnite, code île 3512-8844-0917, 19h34. Montré le lien police.be.",
    ),
    withIds(
      "Quelques games en Ranked avec une squad de Bruxelles, ambiance chill, top 1 à la deuxième. Un des gars, « Mamadou » (14 ans), dit qu'un random, Fr0st_Byte, l'a add sur Insta et a balancé sa classe : 2e C à l'Athénée Royal d'Uccle 1. Expliqué comment report et bloquer.",
      'Mamadou',
      'Fr0st_Byte',
      "2e C à l'Athénée Royal d'Uccle 1",
    ),
    clean(
      "Un garçon de 10 ans de Tournai demande si c'est grave d'avoir menti sur son âge pour TikTok. Il a 3 comptes. Expliqué les règles de la plateforme, sans suite. Le PV CH.55.L1.012345/2025 n'a aucun lien.",
    ),
  ],
  de: [
    withIds(
      'Gespräch mit einem 14-jährigen Mädchen aus Eupen über Discord. Sie erzählt, dass ein Mann mit dem Namen „Dennis_Aachen“ sie auf Snapchat um Fotos bittet. Sie heißt Lea Schröder-Kessler, er kennt bereits ihre Handynummer 0492 71 38 05. Geraten zu blockieren, Screenshots zu behalten und mit der Mutter zu reden. An die FCCU weitergeleitet.',
      'Dennis_Aachen',
      'Lea Schröder-Kessler',
      '0492 71 38 05',
    ),
    clean(
      'Abendsession auf dem Discord-Server „Roblox DACH“ von 18:00 bis 20:45, etwa 30 Jugendliche zwischen 10 und 16 Jahren, vor allem aus Eupen, Aachen und Malmedy. Viele Fragen zu Thomas Müller, zu MontanaBlack und ob die Polizei wirklich Fortnite spielt. Hinweis auf die Telefonhilfe 108 und die Nummer gegen Kummer 116 111. Keine personenbezogenen Daten, kein Vorgang.',
    ),
    withIds(
      'Roblox / 13 J. / Sankt Vith / Mädchen hat ihre Nationalnummer 12.03.01-356.13 in den Chat getippt, „für Gratis-Robux“ / gelöscht, erklärt',
      '12.03.01-356.13',
    ),
    clean(
      'TikTok-Live / ca. 13 / Raeren / fragt, ob Mario und Luigi eigentlich Polizisten sind haha / nichts',
    ),
    withIds(
      'fortnite, 13j aus kelmis, sagt sein kumpel jonas von der heydt wird von „xShadowKing“ erpresst, der hat seine adresse kirchstraße 17, 4720 kelmis. gesagt er soll 112 oder 101 anrufen falls was ist',
      'jonas von der heydt',
      'xShadowKing',
      'kirchstraße 17, 4720 kelmis',
    ),
    clean(
      'twitch 2 jungs 11+12 aus st vith, wollten wissen ob wir Papaplatte kennen. nix weiter. 21:50 ende',
    ),
    withIds(
      'Aus dem Chat kopiert (Minecraft, 20:18): „schreib mir auf whatsapp 0471 22 95 14 oder elif punkt yilmaz at gmx punkt de“ – Mädchen, ca. 12, Eupen. Erklärt, warum das nicht in den offenen Chat gehört.',
      '0471 22 95 14',
      'elif punkt yilmaz at gmx punkt de',
    ),
    clean('„seid ihr echte polizei?? beweis!!“ – Roblox, Brookhaven, 19:41. Link zu police.be gezeigt.'),
    withIds(
      'Ein paar Runden Bedwars mit drei Jungs aus Büllingen gezockt, voll chill, GG. Einer, „Basti“ (15), meinte, ein Random namens Lukas Meyer aus seinem Discord hätte seine Klasse gepostet: 3A an der Bischöflichen Schule St. Vith. Erklärt, wie man reportet und blockt.',
      'Basti',
      'Lukas Meyer',
      '3A an der Bischöflichen Schule St. Vith',
    ),
    clean(
      'Ein 16-Jähriger aus Eupen fragt, ob ein Account-Verkauf für 50 € strafbar ist. Erklärt, dass es gegen die AGB verstößt. Das Protokoll EU.12.L3.004871/2025 hat damit nichts zu tun.',
    ),
  ],
  is: [
    withIds(
      'Spjallaði við 13 ára stelpu frá Hafnarfirði á Discord. Hún sagði að maður sem kallar sig „Siggi_88“ hafi beðið hana um myndir á Snapchat. Hún heitir Embla Rún Guðmundsdóttir og hann er með símanúmerið hennar, 862 4417. Ráðlagði henni að blokka, vista skjáskot og tala við mömmu sína. Sent áfram til kynferðisbrotadeildar LRH.',
      'Siggi_88',
      'Embla Rún Guðmundsdóttir',
      '862 4417',
    ),
    clean(
      'Kvöldvakt á Discord-þjóninum „Minecraft Ísland“ frá 18:00 til 20:30, um 25 krakkar á aldrinum 10–16 ára, flest úr Reykjavík, Garðabæ og Ísafirði. Margir spurðu um Björk og Hafþór Júlíus og hvort lögreglan spili í alvöru Fortnite. Minntum á Hjálparsíma Rauða krossins 1717 og 112. Engar persónuupplýsingar, ekkert mál stofnað.',
    ),
    withIds(
      'Roblox / 13 ára / Akureyri / strákurinn setti kennitöluna sína 250312-4310 í spjallið til að „fá frítt Robux“ / eytt, útskýrt',
      '250312-4310',
    ),
    clean('TikTok live / um 11 / Egilsstaðir / spurði hvort lögreglan eigi Lamborghini / nei, ekkert mál'),
    withIds(
      'fortnite, 14 ára úr kópavogi, segir að vinur hans jakub nowak fái hótanir frá „ice_reaper“ sem veit heimilisfangið hamraborg 14, 200 kópavogur. sagði honum að hringja í 112 ef eitthvað gerist',
      'jakub nowak',
      'ice_reaper',
      'hamraborg 14, 200 kópavogur',
    ),
    clean(
      'twitch, 2 stelpur 12 og 13 frá húsavík, vildu vita hvort við þekkjum Bríeti lol. ekkert. búið 21:30',
    ),
    withIds(
      'Afritað úr spjallinu (Minecraft, 20:22): „addið mér á snap: bjarki.thor2011 eða sendið á bjarkithor hjá gmail punktur com“ – strákur um 13 ára, Selfoss.',
      'bjarki.thor2011',
      'bjarkithor hjá gmail punktur com',
    ),
    clean(
      '„eruð þið alvöru löggur?? 😂“ – Fortnite, kóði 6120-4471-9983, kl. 19:48. Sýndi tengil á logreglan.is.',
    ),
    withIds(
      'Tók nokkra leiki í Bedwars með þremur úr Reykjanesbæ, mjög chill, GG. Ein þeirra, „Gunna“ (15), sagði að random gaur, xXfrostXx, hafi póstað bekknum hjá vinkonu hennar, María Sól Santos, 9. bekk B í Holtaskóla. Útskýrði hvernig á að reporta og blokka.',
      'Gunna',
      'xXfrostXx',
      'María Sól Santos',
      '9. bekk B í Holtaskóla',
    ),
    clean(
      'Strákur, 10 ára, frá Vestmannaeyjum spurði hvort það sé bannað að selja Roblox-aðgang fyrir 5.000 krónur. Útskýrt. Málsnúmer 007-2025-18342 tengist þessu ekki.',
    ),
  ],
  fi: [
    withIds(
      'Keskustelin 13-vuotiaan oululaisen tytön kanssa Discordissa. Hän kertoi, että mies, joka käyttää nimeä ”Jani_Ope”, pyytää häneltä kuvia Snapchatissa. Tytön nimi on Veera Kallio-Nieminen ja miehellä on jo hänen numeronsa 040 718 2934. Neuvoin estämään, ottamaan kuvakaappaukset ja kertomaan äidille. Välitetty Oulun poliisille.',
      'Jani_Ope',
      'Veera Kallio-Nieminen',
      '040 718 2934',
    ),
    clean(
      'Iltavuoro Discord-palvelimella ”Minecraft Suomi” klo 18–20.30, noin 30 nuorta 10–16-vuotiaita, enimmäkseen Helsingistä, Turusta ja Kuopiosta. Kyseltiin paljon Teemu Pukista, Käärijästä ja siitä, pelaako poliisi oikeasti Fortnitea. Muistutettiin MLL:n Lasten ja nuorten puhelimesta 116 111 ja hätänumerosta 112. Ei henkilötietoja, ei jatkotoimia.',
    ),
    withIds(
      'Roblox / 13 v / Jyväskylä / poika kirjoitti henkilötunnuksensa 050312A117H chattiin ”ilmaisten Robuxien” takia / poistettu, selitetty',
      '050312A117H',
    ),
    clean(
      'TikTok live / n. 11 v / Rovaniemi / kysyi onko Joulupukki oikeesti olemassa / vastattu diplomaattisesti, ei huolta',
    ),
    withIds(
      'fortnite, 14v vantaalta, sanoo että kaveri abdirahman hassan saa uhkauksia tyypiltä ”kylmä_kalle” joka tietää osoitteen tikkurilantie 68 b 12. sanottu soittaa 112 jos jotain tapahtuu. seurataan',
      'abdirahman hassan',
      'kylmä_kalle',
      'tikkurilantie 68 b 12',
    ),
    clean(
      'twitch, 2 poikaa 12 ja 13 porista, kysy pelaako Lauri Markkanen fortnitea lol. ei mitään. loppu 21.45',
    ),
    withIds(
      'Kopioitu chatista (Minecraft, 20.26): ”laita viestii snäppiin: aino.mkl10 tai meili aino piste makela kymmenen ät gmail piste com” – tyttö n. 13 v, Lahti.',
      'aino.mkl10',
      'aino piste makela kymmenen ät gmail piste com',
    ),
    clean(
      '”ootteko oikeit poliiseja vai trollei??” – Roblox, Brookhaven, klo 19.52. Näytetty linkki poliisi.fi.',
    ),
    withIds(
      'Pelattiin muutama Bedwars-matsi kolmen espoolaisen jätkän kanssa, tosi chill, GG. Yks niistä, ”Miska” (15), sano että joku random, Dmitri Ivanov, oli postannu sen luokan Instaan: 9C Tapiolan koulu. Neuvottu reporttaa ja blokkaa.',
      'Miska',
      'Dmitri Ivanov',
      '9C Tapiolan koulu',
    ),
    clean(
      '10-vuotias poika Kouvolasta kysyi, onko rikos myydä Fortnite-tili 40 eurolla. Onneksi hän ei ollut vielä myynyt sitä. Kerrottiin käyttöehdoista. Ilmoitus 5500/R/12345/25 ei liity tähän.',
    ),
  ],
  sv: [
    clean(
      'Kvällspass på Discord-servern ”Minecraft Sverige” 18.00–20.30, ca 30 ungdomar 10–16 år, mest från Stockholm, Göteborg och Luleå. Många frågor om Zlatan, Viktor Gyökeres och om polisen verkligen spelar Fortnite. Påmint om BRIS 116 111 och 112. Inga personuppgifter, inget ärende.',
    ),
    withIds(
      'Pratade med en 13-årig tjej från Norrköping på Discord. Hon berättade att en man som kallar sig ”Mackan_85” ber om bilder på Snapchat och erbjuder Robux. Hon heter Zeynep Demir och han har redan hennes nummer 070-318 42 97. Rådde henne att blockera, spara skärmdumpar och prata med sin mamma. Skickat vidare till polisregion Öst.',
      'Mackan_85',
      'Zeynep Demir',
      '070-318 42 97',
    ),
    withIds(
      'Roblox / 15 år / Umeå / flickan skrev sitt personnummer 100417-2381 i chatten för ”gratis Robux” / raderat, förklarat',
      '100417-2381',
    ),
    clean(
      'TikTok live / ca 12 / Kiruna / frågade om Pippi Långstrump finns på riktigt / skrattade, ingen oro',
    ),
    withIds(
      'fortnite, 14 år från malmö, säger att hans kompis ali hussein blir hotad av ”snus_king” som vet adressen ystadvägen 44, 214 45 malmö. sa att han ska ringa 112 om nåt händer',
      'ali hussein',
      'snus_king',
      'ystadvägen 44, 214 45 malmö',
    ),
    clean(
      'twitch 2 tjejer 13-14 från jönköping, undrade om vi känner Bianca Ingrosso lol. inget. slut 21.55',
    ),
    withIds(
      'Kopierat från chatten (Minecraft, 20:33): ”adda mig på snap: elsa.lqv10 eller maila elsa punkt lindqvist tio snabel-a hotmail punkt se” – tjej ca 12, Gävle.',
      'elsa.lqv10',
      'elsa punkt lindqvist tio snabel-a hotmail punkt se',
    ),
    clean(
      '”är ni riktiga poliser eller fake?? 😭” – Fortnite, ökod 2290-5537-1184, kl 19.44. Visade länk till polisen.se.',
    ),
    withIds(
      'Körde några rundor Bedwars med tre killar från Uppsala, chill vibe, GG. En av dem, ”Kevve” (15), sa att en random, Oscar von Essen, hade lagt ut hans klass på Insta: 8B på Fyrisskolan. Sa åt honom att reporta och blocka.',
      'Kevve',
      'Oscar von Essen',
      '8B på Fyrisskolan',
    ),
    clean(
      'En pojke på 10 år från Visby frågade om det är brott att sälja sitt Roblox-konto för 300 kronor. Förklarade användarvillkoren. Ärende 5000-K123456-25 gäller inte detta.',
    ),
  ],
};
