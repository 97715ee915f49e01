/**
 * Round ninety-seven: written blind, before the detector was run on it.
 * A second ordinary evening with other teams on duty: scams, bullying, grooming, sextortion, self-harm worries,
 * account theft and small talk about games and the police; identifiers of every kind, clean notes full of detail.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_NINETY_SEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Girl (13) on Roblox says an adult posing as a modelling scout asked her to add him on Snapchat as scout_jonas_official and send 'test photos'. She blocked him; we told her to tell a parent and use the report button.",
      'scout_jonas_official',
    ),
    withIds(
      'Boy from Drammen says his big brother Adrian Solheim-Berg is being blackmailed after a video call on Instagram, the scammer wants 2000 kr in gift cards. Told him not to pay and to keep the screenshots.',
      'Adrian Solheim-Berg',
    ),
    withIds(
      'Lost his Steam account after logging in on a fake trading site. The recovery address was changed, he says his real one is lukas dot virtanen09 at gmail dot com. Walked him through Steam Support.',
      'lukas dot virtanen09 at gmail dot com',
    ),
    withIds(
      'A 15-year-old pasted his whole fødselsnummer 14031151288 in the Discord channel to "prove" he is real. Message deleted at once, explained why it must never be shared.',
      '14031151288',
    ),
    withIds(
      "Worried about a friend called Amina Yusuf who posts about cutting herself. She gave us the friend's mobile, +47 482 19 637, and said she lives at Tollbugata 14 in Bodø. Passed to the duty officer in Nordland.",
      'Amina Yusuf',
      '+47 482 19 637',
      'Tollbugata 14',
    ),
    clean(
      'Twitch stream on the Kripos patrol channel, about 40 viewers between 19:00 and 20:30. Most questions were about how to report a scam; we pointed to the report buttons and to 116 111.',
    ),
    clean(
      'Girl (14) from Tromsø asked if it is illegal to buy V-Bucks on a cheaper site. Explained the risk of account theft and stolen cards. Case 24-118 updated at 21:40.',
    ),
    clean(
      "Kids on the Minecraft server 'NordicCraft' wanted to know if Erling Haaland plays Minecraft and whether Steve could be arrested. Fun chat, then ten minutes on bullying in voice chat.",
    ),
    clean(
      'The Dutch blue profile Wijkagent Online joined our Discord evening: 12 young people asked how to become police officers, roughly 60 % of them from Oslo and Bergen.',
    ),
    clean(
      'Boy (16) asked if police can read his Snapchat messages. Explained that we cannot without a court order, that he can call 112 in an emergency and 116 111 to talk. No personal data recorded.',
    ),
  ],
  nb: [
    withIds(
      'Jente (14) forteller at en mann har bedt henne om bilder og sendt lenken snapchat.com/add/tommy.k_1987. Hun har blokkert ham og skal si det til mamma i kveld.',
      'snapchat.com/add/tommy.k_1987',
    ),
    withIds(
      'Gutten ble lurt til å skrive inn fødselsnummeret sitt, 270909 58718, på en side som lovet gratis Discord Nitro. Rådet ham til å snakke med foreldrene og banken.',
      '270909 58718',
    ),
    withIds(
      'Han sier at Sander Håkonsen i 8B på Kjelsås skole blir hengt ut i klassechatten hver kveld. Han tør ikke si det til læreren selv.',
      'Sander Håkonsen',
      '8B på Kjelsås skole',
    ),
    withIds(
      'Hun ga oss e-posten til en venninne som trenger hjelp: ida punktum nygaard krølla hotmail punktum com. Forklarte at vi ikke kan ta kontakt slik, men at venninnen kan ringe 116 111.',
      'ida punktum nygaard krølla hotmail punktum com',
    ),
    withIds(
      'Gutt (13) sier en voksen fra Fortnite vil møte ham og har sendt nummeret 912 45 378. Han har allerede oppgitt adressen sin, Trondheimsveien 112 B, til mannen. Varslet vakthavende.',
      '912 45 378',
      'Trondheimsveien 112 B',
    ),
    clean(
      'Prat med fire gutter i en Fortnite-lobby om den nye sesongen og om politiet har egne skins. De syntes det var rart at politiet er på nett. Ingen personopplysninger notert.',
    ),
    clean(
      'Jente fra Kristiansand lurte på om det er lov å selge Roblox-kontoen sin for 300 kroner. Forklarte svindelrisikoen og at det bryter vilkårene. Samtalen varte 25 minutter.',
    ),
    clean(
      'Gutt (15) fra en skole i Alta fikk et sextortion-forsøk i går kl. 22.10, men betalte ikke. Sak 24-9132 opprettet, og han ringer 02800 sammen med faren i morgen.',
    ),
    clean(
      'På Twitch ville seerne vite om Nettpatruljen spiller FIFA, og hvem som er best av Martin Ødegaard og Erling Braut Haaland. Vi svarte diplomatisk og snakket litt om hets i chatten.',
    ),
    clean(
      'Habbo-rom med rundt 30 ungdommer: spørsmål om hvordan man blir politi, om man må være 18 år og om Politihøgskolen har opptak i Bodø. Politiet Nettpatrulje Øst var med i rommet.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (12) fortel at ein vaksen på Roblox med brukarnamnet Stian_Fjellheim92 har spurt kvar ho bur, og vil flytte praten til Snapchat. Ho har ikkje svart.',
      'Stian_Fjellheim92',
    ),
    withIds(
      'Guten seier at venen hans heiter Eirik Thorsen-Lunde og går i 9C på Stord ungdomsskule, og at han vert kalla stygge ting på Discord kvar kveld.',
      'Eirik Thorsen-Lunde',
      '9C på Stord ungdomsskule',
    ),
    withIds(
      'Ho har lagt ut fødselsnummeret sitt 19010875148 i ein Minecraft-chat for å vinne ein konkurranse. Me bad ho slette meldinga med ein gong og snakke med foreldra.',
      '19010875148',
    ),
    withIds(
      'Ein gut i Førde vart lurt av ein «Fortnite-seljar» som ringde frå 47 38 26 15 og ville ha meir pengar på Vipps. Me rådde han til å ikkje betale noko meir og ta skjermbilete.',
      '47 38 26 15',
    ),
    withIds(
      'Ho ville at me skulle kontakte mora, og skreiv e-posten kari.aasheim@online.no og adressa Strandgata 31, 6900 Florø. Forklarte at me ikkje lagrar slikt, men at mora kan ringje 02800.',
      'kari.aasheim@online.no',
      'Strandgata 31, 6900 Florø',
    ),
    clean(
      'Prata med tre gutar frå Voss om Minecraft og kva politiet gjer på nett. Dei ville vite om me kan sjå kva dei skriv i private meldingar. Ingen personopplysningar vart noterte.',
    ),
    clean(
      'Jenta (15) spurde kva ho skal gjere om nokon deler bilete av ho. Me sa at det ikkje er hennar skuld, og at ho kan ringje 116 111 eller 112 om det hastar.',
    ),
    clean(
      'Twitch-sending frå Nettpatruljen Vest kl. 19.30–21.00, om lag 55 sjåarar. Mange spurde om Aurora Aksnes verkeleg kjem frå Os, og om politiet har eigne Fortnite-skins.',
    ),
    clean(
      'Ein gut på Steam meinte kontoen hans var stolen, men det synte seg at han hadde gløymt passordet. Me snakka om tofaktor-innlogging. Sak 24-20411 lukka.',
    ),
    clean(
      'Discord-serveren «Vestlandsgaming» med 140 medlemer: snakka om mobbing, kor gamal ein må vere for å bruke TikTok (13 år) og ein skule i Bergen som har innført mobilforbod.',
    ),
  ],
  nl: [
    withIds(
      'Meisje (14) heeft haar BSN 734182053 doorgestuurd naar iemand op TikTok die zei dat ze een gratis iPhone had gewonnen. Uitgelegd dat dit oplichting is, ze vertelt het vanavond aan haar ouders.',
      '734182053',
    ),
    withIds(
      'Jongen uit Rotterdam gaf het mailadres van zijn broer die gehackt is: daan punt devries apenstaartje outlook punt com. Advies gegeven om het wachtwoord te wijzigen en 2FA aan te zetten.',
      'daan punt devries apenstaartje outlook punt com',
    ),
    withIds(
      'Ze zegt dat haar vriendin Yasmina El Amrani uit het tweede middelbaar van het Sint-Jozefscollege in Aalst al weken gepest wordt in een Snapchatgroep. Doorverwezen naar Awel.',
      'Yasmina El Amrani',
      'Sint-Jozefscollege in Aalst',
    ),
    withIds(
      "Een volwassen man op Fortnite vroeg hem te appen naar 06-41827390 en beloofde V-Bucks in ruil voor foto's. Jongen heeft hem geblokt, melding gemaakt bij de collega's van Zeden.",
      '06-41827390',
    ),
    withIds(
      'Hij noemde de gamertag van de pester, KaanDestroyer_07, en zei dat die jongen op de Vondellaan 23, 3521 GD Utrecht woont. We hebben uitgelegd dat hij zelf niets moet ondernemen.',
      'KaanDestroyer_07',
      'Vondellaan 23, 3521 GD Utrecht',
    ),
    clean(
      'Gesprek met vijf jongens in Minecraft over de nieuwe update en of agenten ook gamen onder diensttijd. Gezellig, geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Meisje uit Gent vroeg of het strafbaar is om een screenshot van een gesprek te delen. Doorverwezen naar Awel op 102 en Child Focus op 116 000. Gesprek duurde 20 minuten.',
    ),
    clean(
      "Op Twitch keken zo'n 70 mensen mee met Wijkagent Online; vragen over Memphis Depay, Kevin De Bruyne en hoe je een nep-webshop meldt.",
    ),
    clean(
      'Jongen (16) uit Leeuwarden vertelde over sombere gedachten. We hebben 113 en 0800-0113 genoemd en hij beloofde met zijn mentor te praten. Zaak 2024-118744 aangevuld om 22:05.',
    ),
    clean(
      "Roblox-server 'Brookhaven RP' om 21:15: kinderen vroegen hoe oud je moet zijn om bij de politie te werken en of een school in Eindhoven camera's in de gang mag hangen.",
    ),
  ],
  fr: [
    withIds(
      "Une fille de 14 ans a envoyé son numéro de registre national 10.04.17-263.76 à un faux concours Instagram qui promettait une PS5. On lui a conseillé d'en parler à ses parents et à la commune.",
      '10.04.17-263.76',
    ),
    withIds(
      "Il nous a donné l'adresse de son cousin dont le compte a été piraté : nathan point lambert arobase skynet point be. Conseil : changer le mot de passe et activer la double authentification.",
      'nathan point lambert arobase skynet point be',
    ),
    withIds(
      "Elle dit qu'un homme d'une trentaine d'années, qui se présente comme Julien Mertens, lui demande des photos sur Snapchat en échange de cartes Fortnite. Elle l'a bloqué ce soir.",
      'Julien Mertens',
    ),
    withIds(
      "Le garçon, il s'appelle Rayan, reçoit des menaces de sextorsion d'un compte qui donne le numéro 0476 58 21 93 ; il n'a pas payé. On lui a dit de garder les captures d'écran.",
      'Rayan',
      '0476 58 21 93',
    ),
    withIds(
      "Sa copine s'appelle Inès Benali, elle est en 3e secondaire à l'Athénée Royal de Jambes et habite rue de Fer 42 à Namur ; elle parle de se faire du mal. Transmis à l'officier de garde.",
      'Inès Benali',
      'Athénée Royal de Jambes',
      'rue de Fer 42',
    ),
    clean(
      'Discussion sur Minecraft avec quatre jeunes de Liège à propos de la nouvelle mise à jour ; ils voulaient savoir si les policiers jouent vraiment. Aucune donnée personnelle notée.',
    ),
    clean(
      "Une fille de Charleroi a demandé quoi faire si quelqu'un partage une photo d'elle. Renvoyée vers le 103 Écoute-Enfants et Child Focus au 116 000. L'échange a duré un quart d'heure.",
    ),
    clean(
      'Sur Twitch, environ 45 spectateurs ; questions sur Romelu Lukaku, Stromae et le métier de policier. Dossier 2024/0873 mis à jour à 22h05.',
    ),
    clean(
      "Un garçon de 15 ans croyait que son compte Steam avait été volé ; fausse alerte, il avait juste changé de GSM. On a parlé de la double authentification et du 101 en cas d'urgence.",
    ),
    clean(
      "Serveur Discord « BXL Gaming » : une trentaine de jeunes, questions sur l'âge minimum pour TikTok (13 ans) et sur une école à Mons qui interdit les GSM pendant la récré.",
    ),
  ],
  de: [
    withIds(
      'Er hat uns die Mailadresse seiner Schwester gegeben, deren Instagram gehackt wurde: lena punkt schroeder Klammeraffe gmx punkt de. Hinweis gegeben, das Passwort sofort zu ändern.',
      'lena punkt schroeder Klammeraffe gmx punkt de',
    ),
    withIds(
      'Sie sagt, dass Noah Kreusch aus der 3. Klasse des Robert-Schuman-Instituts in Eupen seit Wochen in einer WhatsApp-Gruppe fertiggemacht wird. Sie traut sich nicht, es den Lehrern zu sagen.',
      'Noah Kreusch',
      'Robert-Schuman-Instituts in Eupen',
    ),
    withIds(
      'Ein Mann auf Fortnite will, dass sie ihm auf 0151 23847096 schreibt, und bietet 50 € Guthaben für Fotos. Sie hat ihn blockiert und zeigt den Chat morgen ihrer Mutter.',
      '0151 23847096',
    ),
    withIds(
      'Der Junge (13) nannte den Discord-Namen des Erpressers, darkwolf_aachen, und hat ihm leider seine eigene Adresse verraten: Herbesthaler Straße 18, 4700 Eupen. An den Bereitschaftsdienst weitergegeben.',
      'darkwolf_aachen',
      'Herbesthaler Straße 18, 4700 Eupen',
    ),
    withIds(
      'Ihre Freundin heißt Elif Yıldız und hat ihre Nationalregisternummer 09022814523 in einem Roblox-Chat gepostet, um bei einem Gewinnspiel mitzumachen. Wir haben erklärt, warum man das nie tut.',
      'Elif Yıldız',
      '09022814523',
    ),
    clean(
      'Gespräch mit drei Jungs auf Minecraft über das neue Update und ob Polizisten im Dienst zocken dürfen. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Mädchen aus St. Vith fragte, was sie tun soll, wenn jemand Nacktbilder verlangt. Hinweis auf die Telefonhilfe 108 und Child Focus 116 000; Gespräch dauerte 18 Minuten.',
    ),
    clean(
      'Auf Twitch schauten rund 60 Leute zu; Fragen zu Thomas Müller, MontanaBlack und ob die Polizei Fortnite spielt. Vorgang 2024-0417 um 21:50 ergänzt.',
    ),
    clean(
      'Ein Junge (16) aus Kelmis schrieb, dass es ihm seit Tagen schlecht geht. Wir haben ihm die 108 und die Telefonseelsorge 0800 111 0 111 genannt, er will heute Abend mit seiner Mutter reden.',
    ),
    clean(
      'Steam-Gruppe mit etwa 25 Jugendlichen: Fragen zum Mindestalter bei Discord (13 Jahre), zu Betrug mit Skins und zu einer Schule in Malmedy, die Handys komplett verbietet.',
    ),
  ],
  is: [
    withIds(
      'Stelpa (14) sendi kennitöluna sína 150409-3220 til aðila á TikTok sem lofaði henni ókeypis Robux. Við ráðlögðum henni að segja foreldrum sínum frá.',
      '150409-3220',
    ),
    withIds(
      'Hann segir að Kristófer Þórsson í 8. bekk í Hagaskóla sé lagður í einelti á Discord á hverju kvöldi. Bent á að tala við umsjónarkennara.',
      'Kristófer Þórsson',
      '8. bekk í Hagaskóla',
    ),
    withIds(
      'Fullorðinn maður á Snapchat vill að hún hringi í 694 2817 og býður henni pening fyrir myndir. Hún lokaði á hann og við skráðum málið.',
      '694 2817',
    ),
    withIds(
      'Hann gaf upp netfangið sitt, birkir punktur mar hjá simnet punktur is, og kennitöluna 0208114710 því hann hélt að lögreglan þyrfti það. Útskýrðum að við skráum ekki slíkt.',
      'birkir punktur mar hjá simnet punktur is',
      '0208114710',
    ),
    withIds(
      'Hún sagði að sá sem hótar henni heiti IceKing_Rvk á Instagram og að hann viti að hún búi á Hringbraut 48 í Reykjavík. Málið sent á vakthafandi.',
      'IceKing_Rvk',
      'Hringbraut 48',
    ),
    clean(
      'Spjall við fjóra stráka á Fortnite um nýja tímabilið og hvort lögreglan spili tölvuleiki í vinnunni. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa frá Akureyri spurði hvað hún ætti að gera ef einhver deilir mynd af henni. Bent á 1717 og 112; samtalið tók 15 mínútur.',
    ),
    clean(
      'Á Twitch horfðu um 35 manns; spurningar um Gylfa Sigurðsson, Laufeyju og hvernig maður tilkynnir svik. Mál 007-2024-31455 uppfært kl. 21:20.',
    ),
    clean(
      'Strákar á Xbox spurðu hvort lögreglan geti séð hver skrifaði ljót skilaboð í Call of Duty. Útskýrðum hvernig á að tilkynna og að 112 sé alltaf opið; um 20 mínútna spjall.',
    ),
    clean(
      'Minecraft-þjónninn „NorðurCraft“ með um 50 spilurum: spurningar um aldurstakmark á TikTok (13 ár) og um skóla á Selfossi sem bannar síma.',
    ),
  ],
  fi: [
    withIds(
      'Tyttö (13) oli lähettänyt henkilötunnuksensa 120410A345N Snapchatissa ihmiselle, joka lupasi ilmaisia V-Buckseja. Kehotettiin kertomaan vanhemmille.',
      '120410A345N',
    ),
    withIds(
      'Poika antoi kaverinsa sähköpostin, joka on kaapattu: eetu piste korhonen ät gmail piste com. Neuvottiin vaihtamaan salasana ja ottamaan kaksivaiheinen tunnistautuminen käyttöön.',
      'eetu piste korhonen ät gmail piste com',
    ),
    withIds(
      'Hänen luokkakaverinsa Aleksi Mäkinen (8B, Kalevan koulu, Tampere) saa joka ilta ilkeitä viestejä Discordissa. Kehotettiin puhumaan opettajan kanssa.',
      'Aleksi Mäkinen',
      '8B, Kalevan koulu',
    ),
    withIds(
      'Aikuinen mies Robloxissa pyysi häntä soittamaan numeroon 040 738 2916 ja tarjosi rahaa kuvista. Poika esti hänet ja lähetti meille kuvakaappauksen.',
      '040 738 2916',
    ),
    withIds(
      'Kiristäjän profiili on tiktok.com/@sanni_xo_2009, ja tyttö oli ehtinyt kertoa osoitteensa Hämeenkatu 21 B 14, 33200 Tampere. Välitetty päivystäjälle.',
      'tiktok.com/@sanni_xo_2009',
      'Hämeenkatu 21 B 14, 33200 Tampere',
    ),
    clean(
      'PlayStation-partyssa viisi poikaa kysyi, saako poliisi pelata Call of Dutya työajalla ja onko Poliisiammattikorkeakoulussa pelikerhoa. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Tyttö Oulusta kysyi, mitä tehdä, jos joku jakaa hänestä kuvan. Ohjattiin Lasten ja nuorten puhelimeen 116 111 ja hätänumeroon 112; keskustelu kesti 20 minuuttia.',
    ),
    clean(
      'Twitchissä noin 80 katsojaa; kysymyksiä Teemu Pukista, Käärijästä ja siitä, miten huijauksesta ilmoitetaan. Asia 5500/R/12345/24 päivitetty klo 21.35.',
    ),
    clean(
      'Poika (16) Vantaalta kertoi olevansa alakuloinen. Annettiin Sekasin-chatin tiedot ja kriisipuhelimen numero 09 2525 0111, ja hän lupasi puhua äidilleen.',
    ),
    clean(
      'Minecraft-palvelin ”SuomiCraft”, noin 40 pelaajaa: kysymyksiä TikTokin ikärajasta (13 v) ja eräästä Turun koulusta, joka kieltää puhelimet välitunnilla.',
    ),
  ],
  sv: [
    withIds(
      'Flickan (14) hade skickat sitt personnummer 100614-2382 till någon på Instagram som lovade ett presentkort på 5000 kr. Rådde henne att prata med sina föräldrar.',
      '100614-2382',
    ),
    withIds(
      'Han gav mejladressen till sin kompis som blivit hackad: elias punkt lindqvist snabel-a hotmail punkt se. Tipsade om att byta lösenord och slå på tvåstegsverifiering.',
      'elias punkt lindqvist snabel-a hotmail punkt se',
    ),
    withIds(
      'Hon säger att hennes kompis heter Ebba Nyberg och går i 8C i Vasa övningsskola, och att hon skriver om att skada sig själv. Vidarebefordrat till jourhavande.',
      'Ebba Nyberg',
      '8C i Vasa övningsskola',
    ),
    withIds(
      'En vuxen man på Roblox vill att pojken ska sms:a till 070-482 31 96 och erbjuder Robux mot bilder. Pojken har blockerat honom.',
      '070-482 31 96',
    ),
    withIds(
      'Pojken från Jakobstad sa att utpressaren heter viktor.sjob3rg på Snapchat och att han redan gett honom sin adress, Storgatan 12 A 3, 68600 Jakobstad, och sin personbeteckning 070311A268D.',
      'viktor.sjob3rg',
      'Storgatan 12 A 3, 68600 Jakobstad',
      '070311A268D',
    ),
    clean(
      'Pratade med fyra killar på Fortnite om nya säsongen och om poliser spelar på jobbet. Inga personuppgifter antecknade.',
    ),
    clean(
      'En tjej från Borgå frågade vad hon ska göra om någon sprider en bild på henne. Hänvisade till Barnens och ungas telefon 116 111 och 112; samtalet tog 15 minuter.',
    ),
    clean(
      'På Twitch tittade ungefär 50 personer; frågor om Zlatan Ibrahimović, Loreen och hur man anmäler bedrägeri. Ärende 2024-0931 uppdaterat kl. 22.10.',
    ),
    clean(
      'Tre tjejer på Habbo ville veta hur man blir polis i Finland och hur länge utbildningen vid Polisyrkeshögskolan i Tammerfors tar (tre år). Trevlig stund, inget antecknat.',
    ),
    clean(
      'Discordservern ”Österbotten Gaming” med cirka 60 medlemmar: frågor om åldersgränsen på TikTok (13 år) och om en skola i Karleby som förbjuder mobiler.',
    ),
  ],
};
