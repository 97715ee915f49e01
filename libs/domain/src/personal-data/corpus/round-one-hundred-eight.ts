/**
 * Round one hundred and eight: written blind, before the detector was run on it.
 * An ordinary week of patrols on Discord, Roblox, Fortnite, Minecraft and Twitch: every kind of identifier in the
 * notes that hold one, and tricky clean notes (footballers, streamers, game characters, help-lines, case numbers).
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_EIGHT: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Talked with a girl of 14 on Roblox about a boy who calls himself Connor and keeps offering her free Robux if she adds him elsewhere. She told me her Snap is lily.m0rgan_x and he has already found it. Advised her to block and report him and to tell her mum tonight.',
      'Connor',
      'lily.m0rgan_x',
    ),
    clean(
      'Fortnite, Friday around 19:30: four lads aged 12 and 13 wanted to know if I had ever met Bukayo Saka and whether Ninja still streams. Had a laugh about Peely and Jonesy, then went over how to report toxic players and why you never share your Epic password.',
    ),
    withIds(
      "Lad (15) from Galway on Discord told me that Darragh Byrne in 3B at Coláiste Éinde is being slagged in a group chat and that photos of him are going round. Showed him how to screenshot and report the server and gave him Childline's number, 1800 66 66 66.",
      'Darragh Byrne',
      '3B',
      'Coláiste Éinde',
    ),
    clean(
      'Minecraft server chat with about six players aged 10 to 13. One asked whether Herobrine is real, another wanted to know if the police can see his builds. Told them about 116 111 and that they can always talk to a grown-up they trust. Logged under reference 24/118734, no follow-up.',
    ),
    clean(
      "Spoke with a 16-year-old on Discord who lost £40 buying a 'rare skin' from someone in Manchester. Went through how these scams work and told him to keep the receipts and report it. St Patrick's College runs an online safety talk for all second years next month.",
    ),
    withIds(
      "Boy, 12, in Twitch chat asked us to help him get his account back after a fake 'giveaway' page. He wrote that his e-mail is jayden.price2012 at hotmail dot co dot uk and his channel is twitch.tv/jaydenplayz_12. Advised him to change every password together with a parent and turn on two-step verification.",
      'jayden.price2012 at hotmail dot co dot uk',
      'twitch.tv/jaydenplayz_12',
    ),
    withIds(
      "A 13-year-old girl on Snapchat said a man she met in a Fortnite lobby keeps texting her on 07700 900 482 and asking for pictures. He knows she lives at 23 Ashdown Road, Leeds LS6 2QE, because she posted a photo outside the house. Told her to stop replying and keep everything; passed it to West Yorkshire's online team.",
      '07700 900 482',
      '23 Ashdown Road',
      'Leeds LS6 2QE',
    ),
    clean(
      "Roblox, Adopt Me, around 16:00. Three kids aged 9, 10 and 11 asked if I was a real police officer, so I showed them our profile 'Politiet Nettpatrulje' and explained what we do. Talked about never giving out where you live and about ringing 112 in an emergency.",
    ),
    clean(
      "Twitch, about 21:00, in xQc's chat: a few viewers aged 15–17 asked about Erling Haaland's transfer and whether Kai Cenat is coming to Oslo. Answered questions about the age limit on Twitch (13) and why betting sites aimed at kids are illegal. Nothing to follow up.",
    ),
    withIds(
      "Norwegian girl, 14, on Discord posted her fødselsnummer 140711 51086 in a public channel to 'prove' she was old enough for a server. Asked her to delete it at once, explained how it can be used for ID theft and told her to let her parents know.",
      '140711 51086',
    ),
  ],
  nb: [
    clean(
      'Fortnite-lobby ca. kl. 18.45 med fire gutter på 11–12 år. De var mest opptatt av om vi kjenner Erling Haaland og om Martin Ødegaard spiller Fortnite. Snakket om å ikke kjøpe V-bucks av fremmede og om Alarmtelefonen for barn og unge, 116 111.',
    ),
    withIds(
      'Snakket med en jente på 13 på Roblox som fortalte at en gutt som heter Mathias stadig maser om å få bilder. Snappen hans er mathias.k_2010, og hun har lagt ham til der. Rådet henne til å blokkere, ta skjermbilder og si fra til en voksen hun stoler på.',
      'Mathias',
      'mathias.k_2010',
    ),
    withIds(
      'Gutt (14) på Discord fortalte at Jonas Berg Nilsen i 9B på Rolvsrud ungdomsskole blir hengt ut i en gruppechat, med bilder tatt i garderoben. Ba ham ta skjermbilder og melde fra til kontaktlæreren; saken sendes videre til forebyggende enhet.',
      'Jonas Berg Nilsen',
      '9B',
      'Rolvsrud ungdomsskole',
    ),
    clean(
      'Minecraft-server, to jenter på 14 fra Lillestrøm. De lurte på om Herobrine finnes og om politiet kan se hva de bygger. Forklarte hva vi gjør på nett, og at profilen vår heter Politiet på nett – Nettpatruljen. Ingen oppfølging, sak 24/18733 avsluttet.',
    ),
    withIds(
      'Jente på 12 på TikTok hadde mistet kontoen sin etter å ha trykket på en lenke om gratis Robux. Hun skrev e-posten sin i chatten, emma.solberg11 krøllalfa gmail punktum com, og profilen tiktok.com/@emmaso11. Hjalp henne med å be om ny innlogging og ba henne bytte passord sammen med mamma.',
      'emma.solberg11 krøllalfa gmail punktum com',
      'tiktok.com/@emmaso11',
    ),
    clean(
      'Twitch-chat hos xQc rundt kl. 22. Flere seere på 15–16 år spurte om aldersgrenser og om det er lov å spille om skins for penger. Forklarte at pengespill under 18 er ulovlig, og at en gutt fra Drammen tapte 2 500 kroner på slike sider i fjor.',
    ),
    clean(
      'Roblox (Brookhaven), ca. kl. 16.30. Tre barn på 9, 10 og 11 år lurte på om vi var ekte politi. Snakket om å ikke si hvor man bor, og om å ringe 112 hvis noe haster. Alle gikk på Nordnes skole i Bergen og hadde hatt besøk av politiet der i vår.',
    ),
    withIds(
      'En gutt på 15 på Snapchat hadde solgt en Fortnite-konto og fått trusler fra kjøperen. Han hadde sendt kjøperen nummeret sitt, 412 58 903, og adressen, Granveien 14, 1473 Lørenskog, for å få betalt. Anbefalte å blokkere, lagre meldingene og anmelde sammen med foreldrene.',
      '412 58 903',
      'Granveien 14',
      '1473 Lørenskog',
    ),
    withIds(
      'Jente (13) på Discord la ut fødselsnummeret sitt, 23031251079, i en åpen kanal for å «bevise» alderen sin. Ba henne slette meldingen med en gang og forklarte hvordan det kan misbrukes; foreldrene blir kontaktet.',
      '23031251079',
    ),
    clean(
      'Steam, samtale med en 17-åring fra Tromsø om et kjøp av CS2-skins til 1 200 kroner som aldri kom. Han hadde saksnummer 24-118734 fra før; forklarte at han kan legge til mer i anmeldelsen på nett. Rådet ham til å bare handle på Steams egen markedsplass.',
    ),
  ],
  nn: [
    clean(
      'Prata med fem gutar på 12–13 år i ein Fortnite-lobby kring kl. 19. Dei ville mest vite om Haaland eller Ødegaard er best, og om Jonesy og Peely er dei same i alle sesongane. Tok ein prat om å ikkje kjøpe kontoar, og om at dei kan ringje 116 111 viss noko er vanskeleg.',
    ),
    withIds(
      'Jente på 14 på Discord fortalde at ein gut som heiter Sindre (Discord: sindre_fjellheim07) sender henne stygge meldingar kvar kveld. Rådde henne til å blokkere og melde frå, og til å snakke med mor eller far.',
      'Sindre',
      'sindre_fjellheim07',
    ),
    clean(
      'Minecraft, ein server med om lag ti spelarar frå Førde og Florø, alder 10–14. Nokon spurde om Steve og Alex har etternamn, og om creeperar kan vere farlege i verkelegheita. Forklarte kvifor ein ikkje skal dele bilete frå skulen; Førde barneskule har eigen nettvettdag i mai.',
    ),
    withIds(
      'Gut (12) på Roblox hadde gjeve passordet sitt til ein som lova gratis Robux. Han skreiv e-posten sin i chatten, eirik.haugland12 at hotmail punktum no, og lenkja til profilen roblox.com/users/4827193650/profile. Hjelpte han med å sende inn krav om å få kontoen tilbake.',
      'eirik.haugland12 at hotmail punktum no',
      'roblox.com/users/4827193650/profile',
    ),
    withIds(
      'Jente (13) på Snapchat fortalde at Marte Ådland i 8A på Stord ungdomsskule vert mobba i ein gruppechat der nokon har lagt ut bilete av henne. Bad henne ta skjermbilete og seie frå til kontaktlæraren; vi varslar skulen.',
      'Marte Ådland',
      '8A',
      'Stord ungdomsskule',
    ),
    clean(
      'Twitch, kring kl. 21.30, chat med tre jenter på 15 som såg på Pokimane. Dei spurde om aldersgrensa på Twitch er 13 år, og om det er lov å sende 50 kroner i donasjon. Loggført under sak 25/4471 (generell nettpatrulje).',
    ),
    withIds(
      'Gut på 16 på Discord hadde selt eit Fortnite-skin for 600 kroner og fått trugsmål etterpå. Han hadde sendt kjøparen både nummeret sitt, +47 934 12 776, og adressa, Skulevegen 7, 6900 Florø. Rådde han til å lagre alt og melde saka saman med foreldra.',
      '+47 934 12 776',
      'Skulevegen 7',
      '6900 Florø',
    ),
    clean(
      'Roblox, Brookhaven, kring kl. 16. Fire born på 9–11 år lurte på om vi var ekte politi, så eg viste dei profilen vår, Politiet Nettpatrulje Vest. Snakka om å ringje 112 når det hastar, og om å ikkje fortelje kvar ein bur.',
    ),
    withIds(
      'Jente på 14 på TikTok hadde lagt ut eit bilete av bankkortet og fødselsnummeret sitt, 080910 51010, i ein kommentar. Bad henne slette det straks og snakke med foreldra om å sperre kortet.',
      '080910 51010',
    ),
    clean(
      'Steam: ein 17-åring frå Voss fortalde om ein svindel der han betalte 1 500 kroner for CS2-skins som aldri kom. Han hadde alt meldt det, saksnummer 24/20517. Gav råd om å berre handle på marknadsplassen til Steam.',
    ),
  ],
  nl: [
    withIds(
      "Gesproken met een meisje van 13 op Roblox; een jongen die Daan heet vraagt haar steeds om foto's. Zijn Snap is daantje.2010 en hij zegt dat hij 15 is. Geadviseerd om hem te blokkeren en te rapporteren en het thuis te vertellen.",
      'Daan',
      'daantje.2010',
    ),
    clean(
      'Fortnite, vrijdagavond rond 20.15 uur, drie jongens van 12 uit Almere. Ze wilden weten of ik Virgil van Dijk of Frenkie de Jong weleens heb ontmoet en of Jonesy nog terugkomt. Uitgelegd hoe je scammers meldt en dat je altijd De Kindertelefoon kunt bellen op 0800-0432.',
    ),
    clean(
      'Minecraft-server met een stuk of acht spelers tussen 10 en 13 jaar, onder meer uit Gent en Brugge. Ze vroegen of Herobrine echt bestaat en of de politie hun bases kan zien. Uitgelegd dat ze bij zorgen altijd Awel kunnen bellen op 102.',
    ),
    withIds(
      'Jongen van 14 op Discord vertelde dat Sanne de Vries uit klas 2B van het Stedelijk Gymnasium Leiden wordt uitgescholden in een groepsapp. Hij heeft screenshots; geadviseerd om die aan zijn mentor te laten zien. Doorgezet naar de wijkagent.',
      'Sanne de Vries',
      '2B',
      'Stedelijk Gymnasium Leiden',
    ),
    withIds(
      'Meisje (12) op TikTok was haar account kwijt na een link voor gratis V-Bucks. Ze gaf haar e-mailadres, lotte.jansen11 apenstaartje gmail punt com, en haar profiel tiktok.com/@lottej_11. Samen de herstelprocedure doorlopen en aangeraden om met haar ouders een nieuw wachtwoord te kiezen.',
      'lotte.jansen11 apenstaartje gmail punt com',
      'tiktok.com/@lottej_11',
    ),
    clean(
      'Twitch-chat van een grote Nederlandse streamer rond 22.00 uur; kijkers van 15 en 16 vroegen of gokken met skins mag. Uitgelegd dat dat onder de 18 verboden is en dat een jongen uit Tilburg vorig jaar € 350 kwijtraakte. Die melding staat onder zaaknummer 2025-0041873.',
    ),
    withIds(
      'Jongen van 15 uit Gent op Snapchat heeft een Fortnite-account verkocht en wordt nu bedreigd door de koper. Hij had die zijn gsm-nummer gegeven, 0478 26 19 43, en zijn adres, Molenstraat 23, 9000 Gent. Aangeraden om alles bij te houden en samen met zijn ouders klacht in te dienen.',
      '0478 26 19 43',
      'Molenstraat 23',
      '9000 Gent',
    ),
    clean(
      "Roblox, Brookhaven, rond 16.00 uur. Kinderen van 9 tot 11 vroegen of ik echt van de politie ben; ons profiel 'Politie Online Team' laten zien. Gepraat over niet zeggen waar je woont en over 112 bellen als het dringend is.",
    ),
    withIds(
      "Meisje van 14 op Discord had haar BSN, 174629382, in een kanaal gezet omdat iemand beweerde dat ze daarmee een 'gratis' Steam-kaart kon winnen. Direct laten verwijderen en uitgelegd hoe identiteitsfraude werkt; de ouders worden gebeld.",
      '174629382',
    ),
    clean(
      'Steam, gesprek met een 17-jarige uit Eindhoven over 45 euro die hij betaalde voor een CS2-skin die nooit kwam. De aangifte loopt onder nummer 2025/118734; geadviseerd om alleen via de Steam-markt te handelen. Het Lorentz Lyceum in Eindhoven geeft volgende maand een voorlichting over online oplichting.',
    ),
  ],
  fr: [
    clean(
      "Fortnite, vers 19 h 30, quatre garçons de 12-13 ans de Lyon. Ils voulaient savoir si j'avais déjà rencontré Kylian Mbappé et si Squeezie joue encore à Fortnite. On a parlé des arnaques aux V-Bucks et du 3018, le numéro contre le cyberharcèlement.",
    ),
    withIds(
      "Discussion sur Roblox avec une fille de 13 ans : un garçon qui s'appelle Enzo lui demande des photos depuis une semaine. Elle m'a dit : « son Insta c'est enzo_dlb.59 ». Conseillé de le bloquer, de le signaler et d'en parler à ses parents.",
      'Enzo',
      'enzo_dlb.59',
    ),
    withIds(
      "Garçon de 14 ans sur Discord : il raconte que Léa Martin, en 4e B au collège Jean-Moulin de Roubaix, se fait insulter dans un groupe Snapchat. Il a des captures d'écran ; je lui ai conseillé de prévenir le CPE. Transmis à la brigade de prévention.",
      'Léa Martin',
      '4e B',
      'collège Jean-Moulin',
    ),
    clean(
      "Minecraft, serveur belge, une dizaine de joueurs entre 10 et 14 ans, surtout de Liège et de Namur. Questions sur Herobrine et les Creepers ; rappelé qu'ils peuvent appeler Écoute-Enfants au 103 à tout moment.",
    ),
    withIds(
      "Fille de 12 ans sur TikTok : elle a perdu son compte après avoir cliqué sur un lien « Robux gratuits ». Elle m'a donné son adresse, chloe.dubois2012 arobase gmail point com, et son profil tiktok.com/@chloe.dbs12. Aidée à récupérer le compte ; conseillé de changer le mot de passe avec ses parents.",
      'chloe.dubois2012 arobase gmail point com',
      'tiktok.com/@chloe.dbs12',
    ),
    clean(
      "Twitch, vers 22 h, dans le chat de Gotaga : des ados de 15-16 ans demandaient si parier des skins est légal. Expliqué que c'est interdit aux mineurs ; un jeune de Charleroi a perdu 250 € l'an dernier (dossier 2024/118734).",
    ),
    withIds(
      "Garçon de 14 ans (Bruxelles) sur Snapchat : il a vendu un compte Fortnite et l'acheteur le menace. Il lui avait envoyé son numéro, 0472 18 65 39, son adresse, rue des Tilleuls 12, 1050 Ixelles, et même son numéro de registre national, 11.06.23-147.47. Conseillé de tout garder et de porter plainte avec ses parents.",
      '0472 18 65 39',
      'rue des Tilleuls 12',
      '1050 Ixelles',
      '11.06.23-147.47',
    ),
    clean(
      "Roblox, Brookhaven, vers 16 h. Trois enfants de 9, 10 et 11 ans voulaient savoir si j'étais un vrai policier ; je leur ai montré notre profil « Police Patrouille Web ». Parlé du 112 et du fait de ne jamais dire où on habite.",
    ),
    withIds(
      "Fille de 14 ans sur Discord, en France : elle a posté son numéro de sécurité sociale, 2 11 05 75 056 123 75, pour « prouver son âge » sur un serveur. Demandé de le supprimer tout de suite et expliqué les risques d'usurpation d'identité ; parents prévenus.",
      '2 11 05 75 056 123 75',
    ),
    clean(
      "Steam, discussion avec un jeune de 17 ans de Namur : il a payé 60 € pour des skins CS2 jamais reçus. Plainte déjà déposée, PV n° 2025/004187 ; conseillé de ne passer que par le marché Steam. L'athénée royal de Namur organise une séance de prévention en mai.",
    ),
  ],
  de: [
    withIds(
      'Gespräch auf Roblox mit einem Mädchen (13): Ein Junge, der angeblich Luca heißt, fragt sie seit Tagen nach Fotos. Sein Snap: luca.bln_09, er behauptet, 15 zu sein. Geraten, ihn zu blockieren, zu melden und mit den Eltern zu sprechen.',
      'Luca',
      'luca.bln_09',
    ),
    clean(
      'Fortnite, Freitag gegen 19:30 Uhr, vier Jungs zwischen 12 und 13 aus Dortmund. Sie wollten wissen, ob ich schon mal Jamal Musiala oder MontanaBlack getroffen habe und ob Peely wiederkommt. Über V-Bucks-Betrug gesprochen und auf die Nummer gegen Kummer, 116 111, hingewiesen.',
    ),
    withIds(
      'Junge (14) auf Discord erzählt, dass Lena Schneider aus der 8c der Gesamtschule Bockmühle in einer WhatsApp-Gruppe fertiggemacht wird. Er hat Screenshots; geraten, die Klassenlehrerin einzubeziehen. An die Präventionsstelle weitergegeben.',
      'Lena Schneider',
      '8c',
      'Gesamtschule Bockmühle',
    ),
    clean(
      'Minecraft-Server mit etwa zehn Spielern zwischen 10 und 14, viele aus Leipzig und Halle. Fragen zu Herobrine und ob Creeper echt gefährlich sind; erklärt, warum man keine Fotos vom Schulhof postet. Das Gymnasium Schkeuditz macht im Mai einen Medientag.',
    ),
    clean(
      'Twitch, gegen 22 Uhr im Chat von Papaplatte: Jugendliche (15–16) fragten, ob Skin-Wetten legal sind. Erklärt, dass Glücksspiel unter 18 verboten ist; ein Junge aus Bremen hat letztes Jahr 300 € verloren (Vorgang 2024/118734).',
    ),
    withIds(
      'Mädchen (12) auf TikTok hat ihren Account nach einem Link zu „gratis Robux“ verloren. Sie schrieb mir ihre Mail-Adresse, mia.hoffmann2012 at gmx punkt de, und ihr Profil tiktok.com/@mia.hffmn12. Gemeinsam die Wiederherstellung gestartet, Passwortwechsel mit den Eltern empfohlen.',
      'mia.hoffmann2012 at gmx punkt de',
      'tiktok.com/@mia.hffmn12',
    ),
    withIds(
      'Junge (15) auf Snapchat hat einen Fortnite-Account verkauft und wird jetzt vom Käufer bedroht. Er hatte ihm seine Handynummer 0176 2341 8890 und seine Adresse gegeben: Lindenstraße 8, 50674 Köln. Geraten, alles zu sichern und mit den Eltern Anzeige zu erstatten.',
      '0176 2341 8890',
      'Lindenstraße 8',
      '50674 Köln',
    ),
    clean(
      'Roblox, Brookhaven, ca. 16 Uhr. Drei Kinder (9, 10 und 11) fragten, ob ich echt Polizist bin; unser Profil „Polizei NRW Online-Streife“ gezeigt. Über den Notruf 110 gesprochen und darüber, niemandem zu sagen, wo man wohnt.',
    ),
    withIds(
      'Mädchen (14) auf Discord hat ein Foto von einem Brief des Bundeszentralamts für Steuern gepostet, auf dem ihre Steuer-ID 47 036 892 816 gut lesbar war. Sofort löschen lassen und erklärt, wofür so eine Nummer missbraucht werden kann; Eltern informiert.',
      '47 036 892 816',
    ),
    clean(
      'Steam: 17-Jähriger aus Nürnberg hat 45 € für CS2-Skins bezahlt, die nie angekommen sind. Die Anzeige läuft unter Aktenzeichen 2025/00417; geraten, nur über den Steam-Marktplatz zu handeln.',
    ),
  ],
  is: [
    withIds(
      'Spjallaði við 13 ára stelpu á Roblox; strákur sem heitir Aron hefur beðið hana um myndir í viku. Snappið hans er aron.gud_2010 og hann segist vera 15 ára. Ráðlagði henni að loka á hann, tilkynna hann og segja foreldrum sínum frá.',
      'Aron',
      'aron.gud_2010',
    ),
    withIds(
      'Strákur (14) á Discord sagði að Sunna Björk Jónsdóttir í 8. bekk B í Hagaskóla sé lögð í einelti í hópspjalli og að myndum af henni sé dreift. Hann á skjáskot; ráðlagði honum að tala við umsjónarkennarann. Málið sent áfram til forvarnadeildar.',
      'Sunna Björk Jónsdóttir',
      '8. bekk B',
      'Hagaskóla',
    ),
    clean(
      'Fortnite um kl. 19:30, fjórir strákar 12–13 ára úr Hafnarfirði. Þeir vildu vita hvort ég hefði hitt Erling Haaland eða Gylfa Sigurðsson og hvort Peely kæmi aftur. Ræddum svindl með V-Bucks og að þeir geti alltaf hringt í 1717.',
    ),
    clean(
      'Minecraft-netþjónn með um tíu spilurum á aldrinum 10–14 ára, flestir frá Akureyri. Spurningar um Herobrine og hvort lögreglan sjái byggingarnar þeirra. Minnti á 112 og Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds(
      '12 ára stelpa á TikTok missti aðganginn sinn eftir að hafa smellt á hlekk um „ókeypis Robux“. Hún gaf upp netfangið sitt, katla.rut11 att gmail punktur com, og prófílinn tiktok.com/@katlarut11. Hjálpaði henni að endurheimta aðganginn og ráðlagði henni að skipta um lykilorð með foreldrum sínum.',
      'katla.rut11 att gmail punktur com',
      'tiktok.com/@katlarut11',
    ),
    clean(
      'Twitch um kl. 22, í spjallinu hjá Kai Cenat: nokkrir 15–16 ára krakkar spurðu hvort megi veðja með skinnum. Útskýrði að fjárhættuspil séu bönnuð innan 18 ára; strákur í Kópavogi tapaði 30.000 krónum í fyrra (mál nr. 007-2024-18733).',
    ),
    withIds(
      'Strákur (15) á Snapchat seldi Fortnite-aðgang og kaupandinn hótar honum núna. Hann hafði gefið honum símanúmerið sitt, 867-4512, og heimilisfangið, Lindargötu 12, 101 Reykjavík. Ráðlagði honum að vista allt og kæra með foreldrum sínum.',
      '867-4512',
      'Lindargötu 12',
      '101 Reykjavík',
    ),
    clean(
      'Roblox, Brookhaven, um kl. 16. Þrjú börn, 9, 10 og 11 ára, spurðu hvort ég væri alvöru lögga; sýndi þeim prófílinn okkar, Lögreglan á netinu. Ræddum 112 og að segja aldrei ókunnugum hvar maður á heima.',
    ),
    withIds(
      '14 ára stelpa á Discord setti kennitöluna sína, 180311-2030, í opna rás til að „sanna“ aldurinn. Bað hana að eyða henni strax og útskýrði hvernig hægt er að misnota hana; foreldrar látnir vita.',
      '180311-2030',
    ),
    clean(
      'Steam: 17 ára strákur frá Selfossi borgaði 8.000 kr. fyrir CS2-skinn sem komu aldrei. Kæra skráð undir málsnúmeri 007-2025-4187; ráðlagði honum að versla bara á Steam-markaðnum. Fjölbrautaskóli Suðurlands verður með fræðslu um netsvindl í maí.',
    ),
  ],
  fi: [
    clean(
      'Fortnite noin klo 19.30, neljä 12–13-vuotiasta poikaa Tampereelta. He kysyivät, olenko tavannut Teemu Pukin tai Kylian Mbappén ja palaako Peely peliin. Puhuttiin V-Bucks-huijauksista ja Lasten ja nuorten puhelimesta 116 111.',
    ),
    withIds(
      'Juttelin Robloxissa 13-vuotiaan tytön kanssa; poika, jonka nimi on Eetu, on pyytänyt häneltä kuvia viikon ajan. Pojan Snap on eetu.k_2010, ja hän väittää olevansa 15. Neuvoin estämään ja ilmiantamaan hänet sekä kertomaan asiasta vanhemmille.',
      'Eetu',
      'eetu.k_2010',
    ),
    clean(
      'Minecraft-palvelin, noin kymmenen 10–14-vuotiasta pelaajaa, moni Oulusta. Kysymyksiä Herobrinesta ja creepereistä; kerroin, miksi koulun pihalta ei kannata julkaista kuvia. Muistutin, että hätätilanteessa soitetaan 112.',
    ),
    withIds(
      '14-vuotias poika kertoi Discordissa, että Aino Virtanen (8B, Kalevan koulu) on joutunut kiusatuksi WhatsApp-ryhmässä. Hänellä on kuvakaappauksia; neuvoin kertomaan luokanvalvojalle. Tieto välitetty ennalta estävälle yksikölle.',
      'Aino Virtanen',
      '8B',
      'Kalevan koulu',
    ),
    withIds(
      '12-vuotias tyttö TikTokissa menetti tilinsä klikattuaan linkkiä ”ilmaisista Robuxeista”. Hän antoi sähköpostiosoitteensa, ella.nieminen11 ät gmail piste com, ja profiilinsa tiktok.com/@ellanieminen11. Autoin tilin palautuksessa ja neuvoin vaihtamaan salasanan yhdessä vanhempien kanssa.',
      'ella.nieminen11 ät gmail piste com',
      'tiktok.com/@ellanieminen11',
    ),
    clean(
      'Twitch noin klo 22, Kai Cenatin chatissa: 15–16-vuotiaat kysyivät, saako skineillä lyödä vetoa. Kerroin, että rahapelaaminen on kielletty alle 18-vuotiailta; espoolainen poika menetti viime vuonna 200 euroa (ilmoitus 5500/R/18733/24).',
    ),
    withIds(
      '15-vuotias poika Snapchatissa myi Fortnite-tilin, ja ostaja uhkailee häntä nyt. Poika oli antanut ostajalle puhelinnumeronsa 040 718 2296 ja osoitteensa Koivukuja 5 B 12, 00640 Helsinki. Neuvoin tallentamaan kaiken ja tekemään rikosilmoituksen vanhempien kanssa.',
      '040 718 2296',
      'Koivukuja 5 B 12',
      '00640 Helsinki',
    ),
    clean(
      'Roblox, Brookhaven, noin klo 16. Kolme lasta (9, 10 ja 11 v.) kysyi, olenko oikea poliisi; näytin profiilimme Poliisi – Nettipoliisi Helsinki. Puhuttiin hätänumerosta 112 ja siitä, ettei kotiosoitetta kerrota kenellekään.',
    ),
    withIds(
      '13-vuotias tyttö laittoi Discordissa henkilötunnuksensa 150312A2464 julkiselle kanavalle ”todistaakseen” ikänsä. Pyysin poistamaan viestin heti ja kerroin, miten tunnusta voi käyttää väärin; vanhemmille ilmoitettu.',
      '150312A2464',
    ),
    clean(
      'Steam: 17-vuotias jyväskyläläinen maksoi 50 euroa CS2-skineistä, joita ei koskaan tullut. Rikosilmoitus 5500/R/4187/25 on jo tehty; neuvoin käymään kauppaa vain Steamin omalla kauppapaikalla. Jyväskylän Lyseon lukio järjestää toukokuussa infon huijauksista.',
    ),
  ],
  sv: [
    withIds(
      'Pratade med en tjej på 13 på Roblox; en kille som heter Elias har tjatat om bilder i en vecka. Hans Snap är elias.lndqvst09 och han påstår att han är 15. Rådde henne att blockera och anmäla honom och att berätta för sina föräldrar.',
      'Elias',
      'elias.lndqvst09',
    ),
    clean(
      'Fortnite vid 19.30, fyra killar 12–13 år från Västerås. De undrade om jag har träffat Zlatan Ibrahimović eller Alexander Isak och om Peely kommer tillbaka. Pratade om V-Bucks-bedrägerier och om att de alltid kan ringa BRIS på 116 111.',
    ),
    withIds(
      'Kille (14) på Discord berättade att Wilma Johansson i 8C på Tallbackaskolan hängs ut i en gruppchatt med bilder från omklädningsrummet. Han har skärmdumpar; rådde honom att prata med mentorn. Vidarebefordrat till det förebyggande teamet.',
      'Wilma Johansson',
      '8C',
      'Tallbackaskolan',
    ),
    clean(
      'Minecraft-server med ett tiotal spelare mellan 10 och 14 år, flera från Umeå. Frågor om Herobrine och creepers; förklarade varför man inte lägger ut bilder från skolgården. Påminde om 112 och om BRIS chatt.',
    ),
    withIds(
      'Tjej på 12 på TikTok blev av med kontot efter att ha klickat på en länk om ”gratis Robux”. Hon skrev sin mejladress, ella.sandberg11 snabel-a hotmail punkt se, och profilen tiktok.com/@ellasandb11. Hjälpte henne att återställa kontot och rådde henne att byta lösenord tillsammans med sina föräldrar.',
      'ella.sandberg11 snabel-a hotmail punkt se',
      'tiktok.com/@ellasandb11',
    ),
    clean(
      'Twitch runt 22, i chatten hos xQc: några 15–16-åringar frågade om det är lagligt att betta med skins. Förklarade att spel om pengar är förbjudet under 18; en kille i Örebro förlorade 2 000 kronor förra året (ärende 5000-K118734-24).',
    ),
    clean(
      'Roblox, Brookhaven, runt 16. Tre barn på 9, 10 och 11 år undrade om jag var en riktig polis; visade vår profil Polisen Internetpatrull. Pratade om 112 när det är akut, 114 14 när det inte är det, och om att aldrig berätta var man bor.',
    ),
    withIds(
      'Kille (15) på Snapchat sålde ett Fortnite-konto och hotas nu av köparen. Han hade gett köparen sitt nummer, 070-412 58 93, och sin adress, Storgatan 21, 582 23 Linköping. Rådde honom att spara allt och polisanmäla tillsammans med föräldrarna.',
      '070-412 58 93',
      'Storgatan 21',
      '582 23 Linköping',
    ),
    withIds(
      'Tjej (14) på Discord hade lagt upp sitt personnummer, 110514-2382, i en öppen kanal för att ”bevisa” sin ålder. Bad henne ta bort det direkt och förklarade hur det kan missbrukas; föräldrarna kontaktade.',
      '110514-2382',
    ),
    clean(
      'Steam: 17-åring från Gävle betalade 500 kronor för CS2-skins som aldrig kom. Anmälan finns under ärendenummer 5000-K41873-25; rådde honom att bara handla via Steams marknad. Vasaskolan i Gävle har en föreläsning om nätbedrägerier i maj.',
    ),
  ],
};
