/**
 * Round sixty-two: written blind, before the detector was run on it.
 * Contacts and identity numbers typed to slip past filters (spaces, dots, emoji, letters for digits, digits as words,
 * split over two messages); clean notes crowded with harmless numbers (times, codes, help lines, postcodes, versions).
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SIXTY_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Discord, Tue 21:15, NO team. Boy, 13, says a guy calling himself "sk8 dad" (Discord user id 1093847562019384756) keeps DMing him and wants him to add his snap, which he typed as d.a.n.n.y _ 0 0 7 x. Told the boy to block and report, and to talk to his mum.',
      'sk8 dad',
      '1093847562019384756',
      'd.a.n.n.y _ 0 0 7 x',
    ),
    withIds(
      "Fortnite voice + text chat, 17:05 (BE team, written in English for the liaison). Girl of 11 gave her mum's mobile in two messages so the filter would not catch it. First she wrote 0476. Then: 18 22 9O, with a letter O at the end. Mum wants a call back; referred to 101.",
      '0476',
      '18 22 9O',
    ),
    withIds(
      'Minecraft server chat, 20:30, SE team. Boy (14) got a message from an older player who said his snap is kevin underscore mc underscore ninety two and told the boy to add him there "to get free skins". Reported the account to the server admins.',
      'kevin underscore mc underscore ninety two',
    ),
    withIds(
      'Twitch chat. Girl, 15, wanted us to send her the survey from the stream and typed her e-mail as emma (dot) lindqvist 2009 (at) hotmail (dot) se. Explained we cannot and that she should not post it in chat.',
      'emma (dot) lindqvist 2009 (at) hotmail (dot) se',
    ),
    withIds(
      'Roblox, 16:50, FI team. A boy of 12 typed his personal ID in the group chat to prove he is old enough: 230911-A372X (with an extra dash). He also pasted his friend\'s profile, roblox.com/users/4418820937/profile, because the friend "gets weird messages". Both told to delete and tell a parent.',
      '230911-A372X',
      'roblox.com/users/4418820937/profile',
    ),
    clean(
      'Fortnite, 18:00–19:30, NL team. 14 conversations, kids aged 10–16. Shared island code 4826-1937-5502 for our quiz map and De Kindertelefoon 0800-0432. No reports. Case 2024-NL-0311.',
    ),
    clean(
      'Twitch, 21:00, stream with about 3 400 viewers. Chat asked the blue profile about 112 vs 113 in Norway: 112 police, 113 ambulance, 110 fire. Two boys (13, 15) mostly wanted to talk about Erling Haaland scoring 2 goals last night.',
    ),
    clean(
      'Minecraft, 19:10, IS team. Girl (10) asked whether Steve or Alex is stronger and whether we had found the trial chambers from the 1.21 update. Told her about 1717. Session 45 min, 6 kids in total.',
    ),
    clean(
      'Discord server with 2 300 members, 20:45, SE team. Three 14-year-olds asked what Robux cost: 400 Robux for 49 kr. Gave them BRIS 116 111 and the police on 114 14. Ref K-118234-24.',
    ),
    clean(
      'Roblox, Wed 16 Oct, 15:30–17:00, BE team; note by Sgt. Ellingsen (Kripos) for the daily summary. 9 kids aged 11–15, mostly from Antwerp (2000) and Ghent (9000). Child Focus 116 000 shared twice. One boy scored 97% on our quiz (v2.4.1).',
    ),
  ],
  nb: [
    withIds(
      'Discord kl. 19.20. Jente (13) fra Drammen sier at en mann som kaller seg «onkel_tore» har spurt etter snapen hennes. Hun skrev snapen sin til oss som «ida punktum sofie to tusen elleve». Rådet henne til å blokkere og si fra til mamma.',
      'onkel_tore',
      'ida punktum sofie to tusen elleve',
    ),
    withIds(
      'Gutt (12) på Fortnite ga nummeret til storebroren sin i chatten: 4l2 58 9O3 (liten L og stor O, «så filteret ikke tar det»). Han ville at vi skulle ringe broren. Sa nei og forklarte hvorfor.',
      '4l2 58 9O3',
    ),
    withIds(
      'Roblox, 17.45. Jente på 13 skrev fødselsnummeret sitt i chatten for å «bevise» alderen: 140311 🙂 523 14. Ba henne slette meldingen. Meldt til Roblox.',
      '140311 🙂 523 14',
    ),
    withIds(
      'Discord, 21.10. Gutt (15) fra Bodø forteller at en voksen som kaller seg Kim på serveren har gitt ham nummeret sitt: ni tre fire 71 to seks null. Kim vil møtes på kjøpesenteret. Sak opprettet, 24-118422.',
      'Kim',
      'ni tre fire 71 to seks null',
    ),
    withIds(
      'Instagram nevnt på Twitch. Jente (14) ville ha tips til en sminkestream og ga oss e-posten til venninna si: amira.h (krøllalfa) outlook punktum com. Venninnas Insta er instagram.com/amira.hassan.09. Sa at vi ikke tar imot slikt.',
      'amira.h (krøllalfa) outlook punktum com',
      'instagram.com/amira.hassan.09',
    ),
    clean(
      'Fortnite, kveld, 19.00–21.30. 11 samtaler, alder 10–16. Delte øykoden 7734-2901-6658 til quizkartet vårt. Minnet om Alarmtelefonen 116 111 og Kors på halsen 800 33 321. Ingen bekymringsmeldinger.',
    ),
    clean(
      'Minecraft-server med 240 spillere. Gutt (11) spurte om Steve er sterkere enn Herobrine. Snakket om versjon 1.20.4 og hvor mange diamanter han hadde (57).',
    ),
    clean(
      'Discord, 20.15. Tre jenter (13, 13 og 14) fra Tromsø (9008) spurte om politiet kan se slettede meldinger. Forklarte generelt. Sak 24/44581. Varighet 35 min. Ikke-akutt: 02800.',
    ),
    clean(
      'Twitch. Gutter på 12–15 snakket om at Erling Haaland og Martin Ødegaard spiller landskamp 10. oktober kl. 20.45. En spurte hva en politibetjent tjener; svarte rundt 550 000 kr i året.',
    ),
    clean(
      'Roblox, Adopt Me!. Jente (10) viste fram kjæledyret sitt, en enhjørning hun har kalt «Bella», og spurte om 1 250 Robux er mye. Sol og sommer i spillet, sa hun. Ingen bekymring.',
    ),
  ],
  nn: [
    withIds(
      'Discord kl. 18.40. Gut (12) frå Voss seier at ein vaksen på serveren har bede om nummeret hans. Guten skreiv nummeret sitt til oss med bokstavar: fire sju åtte, null fem, ein ein seks. Rådde han til å ikkje svare meir og seie frå til foreldra.',
      'fire sju åtte, null fem, ein ein seks',
    ),
    withIds(
      'Roblox, 16.05. Jente (12) frå Førde skreiv fødselsnummeret sitt i to meldingar for å kome inn i ei gruppe. Fyrst 270612. Så 648 71. Bad henne slette det.',
      '270612',
      '648 71',
    ),
    withIds(
      'Snapchat, nemnt på Fortnite. Gut (14) fortel at kompisen hans, snap «jonas punktum vik understrek 10», har fått meldingar frå ein «Stian_22» som vil møtast i Ålesund. Sak oppretta.',
      'jonas punktum vik understrek 10',
      'Stian_22',
    ),
    withIds(
      'Jente (15) på Twitch ville at vi skulle sende henne ei lenkje og skreiv e-posten sin slik: maria.n.aune [krøllalfa] gmail [punktum] com. Forklarte at vi ikkje sender noko privat.',
      'maria.n.aune [krøllalfa] gmail [punktum] com',
    ),
    withIds(
      'Discord, 22.10. Ei mor tok kontakt gjennom dottera (13) og ville at vi skulle ringje henne på 959/22/841. Dottera har fått venneførespurnad frå brukar-ID 1172039485566712340, som ho meiner er ein vaksen mann.',
      '959/22/841',
      '1172039485566712340',
    ),
    clean(
      'Minecraft, 17.00–18.30. Sju born, 10 til 14 år. Snakka om versjon 1.21 og kor mange timar dei spelar (2–3 timar kvar dag). Gav dei Alarmtelefonen 116 111.',
    ),
    clean(
      'Fortnite. Gutar på 13 og 15 frå Sogndal (6856) spurde kva 112 og 113 er. Forklarte at politiet har 112, og 02800 når det ikkje hastar. Delte øykoden 3390-4412-8075.',
    ),
    clean(
      'Discord, 20.30. Ei jente på 11 lurte på om Kripos kan sjå alt ho skriv. Forklarte kort. Ho likar Sigrid og Aurora (artistane). Sak 24/70213, 25 minutt.',
    ),
    clean(
      'Roblox, laurdag 12. oktober. 18 samtalar totalt, snittalder 12,4 år. 3 av 18 hadde fått stygge meldingar (17 %). Tips til foreldre: Kors på halsen 800 33 321.',
    ),
    clean(
      'Twitch. Gut (16) frå Bergen (5003) spurde om løna i politiet og kor lang utdanninga er: 3 år på Politihøgskulen. Han har 1 430 følgjarar sjølv.',
    ),
  ],
  nl: [
    withIds(
      "Fortnite, 19:30 (NL-team). Meisje (13) uit Almere kreeg berichten van een man die zich 'RicoTheBoss' noemt en haar 06-nummer wilde. Ze had het hem al gegeven, zo getypt: nul zes, 41 82 77 nul 9. Doorgezet naar de zedenpolitie.",
      'RicoTheBoss',
      'nul zes, 41 82 77 nul 9',
    ),
    withIds(
      'Roblox, 16:20. Jongen (12) uit Tilburg typte zijn BSN in de chat omdat iemand zei dat hij dan gratis Robux kreeg: 2364.815.99. Gezegd het bericht te verwijderen en het aan zijn ouders te vertellen.',
      '2364.815.99',
    ),
    withIds(
      'Discord, 21u15 (BE-team). Jongen van 14 uit Genk zette het rijksregisternummer van zijn zus in de chat, met spaties en een emoji: 09 04 02 🔥 158 28. Zus is 15. Geblokkeerd en gemeld.',
      '09 04 02 🔥 158 28',
    ),
    withIds(
      "Meisje (15) uit Leuven wilde haar mailadres doorgeven voor 'een prijs': lotte punt vermeulen apenstaartje telenet punt be. Uitgelegd dat de politie geen prijzen weggeeft.",
      'lotte punt vermeulen apenstaartje telenet punt be',
    ),
    withIds(
      "TikTok, vermeld op Twitch. Jongen (13) uit Mechelen zegt dat een 'coach' hem vroeg te bellen naar 0489/ 56 . 31 . 07 en zijn snap te volgen: coach underscore yassine 95. Vader via de jongen ingelicht.",
      '0489/ 56 . 31 . 07',
      'coach underscore yassine 95',
    ),
    clean(
      'Roblox, woensdag 16 oktober, 14:00–16:30. 12 gesprekken met kinderen van 10 tot 15 jaar. Kindertelefoon 0800-0432 gedeeld, en 116 000 van Child Focus voor de Belgische kinderen. Zaaknummer 2024-33871.',
    ),
    clean(
      'Minecraft (Bedrock 1.21.30). Twee jongens van 11 uit Zwolle (8011) vroegen of Alex een meisje is. In het spel wel, ja. Ze hebben samen 312 uur gespeeld.',
    ),
    clean(
      'Fortnite, 20u. Vijf kinderen uit Gent. Eilandcode 6120-8834-1195 van onze quiz gedeeld. Scores: 8/10, 7/10, 10/10, 6/10, 9/10. Awel (102) vermeld.',
    ),
    clean(
      'Twitch, 22:05. Meisje (16) vroeg of de politie Frenkie de Jong en Snelle kent. Ze kijkt 4 uur per dag streams. Politie niet-spoed: 0900-8844.',
    ),
    clean(
      "Discord-server 'Gamers NL' met 5 400 leden. 3 meldingen van oplichting met 'gratis' V-Bucks (2 800 stuks voor € 0,00 + € 4,99 verzendkosten). Verwezen naar de Fraudehelpdesk. Duur: 50 minuten.",
    ),
  ],
  fr: [
    withIds(
      "Fortnite, 18h10. Une fille de 12 ans de Charleroi nous a donné le numéro de sa mère, moitié en lettres : zéro quatre septante-deux, 15 . 48 . 3O (un O à la fin). La maman voulait qu'on la rappelle. Refusé, renvoyée vers le 101.",
      'zéro quatre septante-deux, 15 . 48 . 3O',
    ),
    withIds(
      "Roblox, 15h40. Un garçon de 13 ans (Namur) a tapé son numéro de registre national dans le chat : 11/06/17 - 233/44. Il croyait que c'était obligatoire pour un « concours ». Message signalé.",
      '11/06/17 - 233/44',
    ),
    withIds(
      "Instagram mentionné sur Discord. Une fille de 14 ans de Liège dit qu'un homme, « Marco.photo.be », lui demande d'envoyer des photos à son adresse : marco point photo arobase gmail point com. Signalé au service compétent.",
      'Marco.photo.be',
      'marco point photo arobase gmail point com',
    ),
    withIds(
      'Discord, 21h. Garçon (11 ans) de Mons : son copain lui a donné son pseudo Snap, « ilyas tiret bas 2013 », et son identifiant Discord 1028374650192837465. Conseillé de ne pas les partager en public.',
      'ilyas tiret bas 2013',
      '1028374650192837465',
    ),
    withIds(
      "Minecraft, 17h25. Une fille de 13 ans de Tournai a écrit le numéro national de son frère en deux fois. D'abord « 12.11.30 ». Puis « 074-63 ». On lui a expliqué pourquoi il ne faut pas.",
      '12.11.30',
      '074-63',
    ),
    clean(
      'Roblox, mercredi 16/10, 14h–16h. 9 enfants de 10 à 14 ans, surtout de Bruxelles (1000) et de Wavre (1300). Rappelé le 103 (Écoute-Enfants) et le 116 000 de Child Focus. Dossier 24/BR/5521.',
    ),
    clean(
      "Fortnite, code d'île 2276-5510-9843 partagé pour le quiz. Score moyen : 7,5 sur 10. Un garçon de 12 ans voulait savoir si Peely est un vrai policier. Durée : 40 minutes.",
    ),
    clean(
      'Twitch, 20h30. Des ados (13–16 ans) parlent de Romelu Lukaku et de Stromae. Question : la police peut-elle lire les messages supprimés ? Réponse générale donnée. 2 300 spectateurs sur le stream.',
    ),
    clean(
      "Discord, 19h. Une fille de 15 ans a payé 25 € pour 2 800 V-Bucks sur un faux site. Conseillé d'en parler à ses parents et de porter plainte. Urgences 112, police 101. PV pas encore dressé.",
    ),
    clean(
      'Minecraft, version 1.20.6. Trois garçons de Liège (4000) nous ont montré leur base en X 1250, Y 64, Z -320. Rien à signaler. Fin de session à 22h15.',
    ),
  ],
  de: [
    withIds(
      'Fortnite, 18:50, Team Eupen. Ein Mädchen (13) aus St. Vith hat die Handynummer ihrer Mutter in Worten geschrieben: null vier neun sieben, zwölf, vierunddreißig, sechsundfünfzig. Die Mutter wollte einen Rückruf; an die 101 verwiesen.',
      'null vier neun sieben, zwölf, vierunddreißig, sechsundfünfzig',
    ),
    withIds(
      'Roblox, 16:30. Junge (14) aus Eupen schrieb seine Nationalregisternummer in den Chat, um bei einem „Gewinnspiel“ mitzumachen: 1O.O8.15-391.36 (Buchstabe O statt Null). Hinweis gegeben, Nachricht löschen lassen.',
      '1O.O8.15-391.36',
    ),
    withIds(
      'Discord, 21:40. Ein Junge (12) aus Kelmis erzählt, ein Erwachsener, der sich „Onkel Ralf“ nennt, habe ihm seine Adresse geschickt: ralf punkt k minus 66 at web punkt de. Er soll ihm Bilder schicken. Fall an die Kollegen weitergegeben.',
      'Onkel Ralf',
      'ralf punkt k minus 66 at web punkt de',
    ),
    withIds(
      'Notiz des Europol-Verbindungsbeamten zum Fall aus den Niederlanden: Der Verdächtige nutzt den Snapchat-Namen „lucky unterstrich luca null sieben“ und die Discord-ID 1150662839104772215. Das betroffene Mädchen ist 12.',
      'lucky unterstrich luca null sieben',
      '1150662839104772215',
    ),
    withIds(
      'Minecraft, 19:15. Junge (11) aus Raeren gab die Nummer seines großen Bruders in zwei Nachrichten. Erst: 0478. Dann: 21 63 90. Er wollte, dass wir ihn anrufen; abgelehnt.',
      '0478',
      '21 63 90',
    ),
    clean(
      'Roblox, Mittwoch, 14:00–15:45. 8 Gespräche, Kinder zwischen 10 und 15 Jahren aus Eupen (4700) und Bütgenbach (4750). Kinder- und Jugendtelefon 116 111 und Child Focus 116 000 genannt. Aktenzeichen 24/EU/1187.',
    ),
    clean(
      'Fortnite, Inselcode 5091-2284-7736 geteilt. Zwei Jungen (12 und 13) wollten wissen, ob Jonesy und Peely echte Menschen sind. 45 Minuten, keine Probleme.',
    ),
    clean(
      'Twitch, 20:10. Jugendliche (14–16) redeten über Thomas Müller und Kevin De Bruyne. Frage nach dem Polizeigehalt allgemein beantwortet. Der Stream hatte 1 870 Zuschauer.',
    ),
    clean(
      'Discord, 22:00. Ein Mädchen (15) hat 19,99 € für einen gefälschten Skin bezahlt. Geraten, mit den Eltern zu sprechen. Notruf 112, Polizei 101. App-Version 245.0.',
    ),
    clean(
      'Minecraft-Server mit 120 Spielern online. Drei Kinder (10, 11, 11) zeigten uns ihre Farm bei den Koordinaten 840 / 72 / -1530. Gespräch über Version 1.21 und Creeper. Ende 18:30.',
    ),
  ],
  is: [
    withIds(
      'Discord, kl. 20:10. Strákur (14) frá Akureyri skrifaði kennitöluna sína í spjallið til að „sanna“ aldurinn: 120410 – 22 90. Ráðlagt að eyða skilaboðunum.',
      '120410 – 22 90',
    ),
    withIds(
      'Fortnite, kl. 18:30. Stelpa (12) úr Hafnarfirði gaf okkur símanúmer mömmu sinnar í orðum: átta sex sex fjórir einn tveir sjö. Mamma vildi að við hringdum. Bent á 1717.',
      'átta sex sex fjórir einn tveir sjö',
    ),
    withIds(
      'Snapchat nefnt á Roblox. Stelpa (15) frá Selfossi segir að maður sem kallar sig „siggi_ljosmyndari“ vilji fá myndir sendar á sigurdur [hjá] gmail punktur com. Málið sent áfram.',
      'siggi_ljosmyndari',
      'sigurdur [hjá] gmail punktur com',
    ),
    withIds(
      'Minecraft, kl. 17:40. Strákur (11) í Reykjanesbæ sagði að vinur hans, Jakub (12), sé með Discord-notandanúmerið 1203948576610293847 og snappið „jakub undirstrik pl 12“. Jakub fær skilaboð frá ókunnugum.',
      'Jakub',
      '1203948576610293847',
      'jakub undirstrik pl 12',
    ),
    withIds(
      'Roblox, kl. 16:05. Stelpa (15) frá Ísafirði skrifaði kennitölu systur sinnar í tveimur skilaboðum. Fyrst 250811. Svo 3490. Henni bent á að gera það ekki.',
      '250811',
      '3490',
    ),
    clean(
      'Roblox, laugardagur 12. október, kl. 14:00–16:00. 10 samtöl, börn 10–15 ára. Hjálparsími Rauða krossins 1717 og Neyðarlínan 112 nefnd. Mál 007-2024-55310.',
    ),
    clean(
      'Fortnite, eyjukóða 8821-4406-3379 deilt fyrir spurningaleikinn. Strákar (12 og 13) frá Egilsstöðum (700) spurðu hvort Jonesy sé til í alvörunni. 30 mínútur.',
    ),
    clean(
      'Twitch, kl. 21:15. Unglingar (14–16) töluðu um Gylfa Sigurðsson og Laufey. Spurðu hvað lögreglan fær í laun; svarað almennt. 950 áhorfendur.',
    ),
    clean(
      'Discord, kl. 19:30. Stelpa (14) keypti 1.000 Robux fyrir 2.490 kr. á fölsuðum vef. Ráðlagt að tala við foreldra. Lögreglan á höfuðborgarsvæðinu: 444 1000.',
    ),
    clean(
      'Minecraft, útgáfa 1.21.1. Fjórir krakkar úr Borgarnesi (310) sýndu okkur kastala við hnitin 410, 68, -2200. Spiluðu í 3 klst. Ekkert athugavert.',
    ),
  ],
  fi: [
    withIds(
      'Discord klo 19.45. Tyttö (12) Tampereelta kirjoitti henkilötunnuksensa chattiin, koska joku lupasi ilmaisia Robuxeja: 17 03 12 A 458 8. Neuvottiin poistamaan viesti ja kertomaan vanhemmille.',
      '17 03 12 A 458 8',
    ),
    withIds(
      'Fortnite, klo 17.20. Poika (11) Oulusta antoi äitinsä numeron: nolla neljä nolla, 7 3 1, kaksi kuusi yhdeksän viisi. Äiti halusi soittopyynnön; ohjattiin poliisin vaihteeseen.',
      'nolla neljä nolla, 7 3 1, kaksi kuusi yhdeksän viisi',
    ),
    withIds(
      "Snapchat mainittiin Minecraftissa. Tyttö (14) Espoosta kertoi, että aikuinen mies 'Jari_kuvaaja' pyytää kuvia osoitteeseen jari.kuvaa ät gmail piste com. Ilmoitettu eteenpäin.",
      'Jari_kuvaaja',
      'jari.kuvaa ät gmail piste com',
    ),
    withIds(
      'Roblox, klo 16.00. Poika (13) Vantaalta kertoi, että kaverinsa Abdirahmanin (13) pelinimi on "abdi alaviiva fi alaviiva 11" ja profiili roblox.com/users/3318842205/profile. Kerrottu, ettei niitä kannata jakaa.',
      'Abdirahmanin',
      'abdi alaviiva fi alaviiva 11',
      'roblox.com/users/3318842205/profile',
    ),
    withIds(
      'Discord, klo 21.30. Poika (14) Turusta kirjoitti pikkusiskonsa henkilötunnuksen kahdessa viestissä. Ensin 300813. Sitten A815E. Sisko on 11-vuotias.',
      '300813',
      'A815E',
    ),
    clean(
      'Roblox, keskiviikko 16.10. klo 14–16. 11 keskustelua, lapset 10–15-vuotiaita. Kerrottu MLL:n Lasten ja nuorten puhelimesta 116 111 ja hätänumerosta 112. Diaarinumero 5500/2024/1182.',
    ),
    clean(
      'Fortnite, saarikoodi 4417-6620-0938 jaettu tietovisaa varten. Pojat (12 ja 13) Kuopiosta (70100) kysyivät, onko Peely oikea ihminen. Kesto 35 min.',
    ),
    clean(
      'Twitch, klo 20.45. Nuoret (14–16) puhuivat Teemu Pukista ja Käärijästä. Kysyivät poliisin palkasta; vastattiin yleisesti. Striimissä 1 200 katsojaa.',
    ),
    clean(
      'Discord, klo 19. Tyttö (15) maksoi 24,99 € väärennetystä skinistä. Neuvottu kertomaan vanhemmille ja tekemään rikosilmoitus netissä. Sovellusversio 2.4.1. Keskustelu kesti 20 minuuttia.',
    ),
    clean(
      'Minecraft 1.21, palvelimella 85 pelaajaa. Kolme lasta Rovaniemeltä (96100) näytti linnansa koordinaateissa 512 / 70 / -1024. Ei huomautettavaa. Lopetettu klo 18.30.',
    ),
  ],
  sv: [
    withIds(
      'Discord kl. 20.05. Tjej (13) från Örebro skrev sitt personnummer i chatten för att komma in på en server: 11O524 - 318O (med bokstaven O). Bad henne radera.',
      '11O524 - 318O',
    ),
    withIds(
      'Fortnite, kl. 18.15. Kille (12) från Malmö gav oss sin pappas nummer: noll sju tre, 41 fem nio, 88 två. Pappan ville bli uppringd. Hänvisad till 114 14.',
      'noll sju tre, 41 fem nio, 88 två',
    ),
    withIds(
      "Instagram nämndes på Roblox. Tjej (14) från Uppsala berättar att en man som kallar sig 'Mange_foto' vill att hon skickar bilder till magnus.foto snabel-a hotmail punkt com. Anmälan upprättad.",
      'Mange_foto',
      'magnus.foto snabel-a hotmail punkt com',
    ),
    withIds(
      'Minecraft, kl. 17.30. Kille (11) från Södertälje säger att hans kompis Ninos (12) har snappen ”ninos understreck 2012” och Switch-vänkoden SW-4471-2093-5518.',
      'Ninos',
      'ninos understreck 2012',
      'SW-4471-2093-5518',
    ),
    withIds(
      'Roblox, kl. 16.40. Tjej (15) från Borås skrev sin lillebrors personnummer i två meddelanden. Först 120203. Sen 2759. Pratade med henne om varför man inte gör så.',
      '120203',
      '2759',
    ),
    clean(
      'Roblox, onsdag 16/10, kl. 14–16. 13 samtal, barn 10–15 år. Tipsade om BRIS 116 111 och polisen 114 14. Ärende 5000-K123456-24.',
    ),
    clean(
      'Fortnite, önkod 3308-9917-2264 delad för quizet. Två killar (12 och 14) från Luleå (972 31) undrade om Jonesy finns på riktigt. 40 minuter.',
    ),
    clean(
      'Twitch, kl. 21. Ungdomar (14–16) pratade om Zlatan och Zara Larsson. Frågade vad en polis tjänar; svarade runt 30 000 kr i månaden som nyexaminerad. 2 100 tittare.',
    ),
    clean(
      'Discord, kl. 19.30. Tjej (15) betalade 249 kr för en falsk skin. Uppmanad att prata med sina föräldrar och göra en polisanmälan. Nödnummer 112. Appversion 3.2.0.',
    ),
    clean(
      'Minecraft 1.21, servern har 64 spelare online. Tre barn från Kiruna (981 31) visade sin bas vid 300 / 65 / -890. Inget att anmärka. Slut kl. 18.20.',
    ),
  ],
};
