/**
 * Round forty-five: written blind, before the detector was run on it.
 * A normal evening of notes from ten different officers per language: careful, hurried, chatty, formal, bullet points,
 * pasted chat quotes, lower case, typos and loanwords; identifiers written the everyday way (spoken handles, e-mails in
 * words, oddly grouped phones, casual addresses, school and class), clean notes full of look-alikes that are not.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FORTY_FIVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Conversation on Discord, approx. 19:40–20:15, joint patrol channel. A boy, 14, from Espoo joined the voice channel with two friends and at first only wanted to know whether we were "real cops" and what our uniform looks like. After about ten minutes he asked the others to leave and told us that an adult user, darkwolf_1987, has offered him 5,000 Robux for "a few pics without a shirt" and has asked him to move the chat to Telegram. The boy's own account is mikael.virta.08 and he gave his phone as 045 812 3397 so a Finnish colleague could call him back in Finnish. Advised him to block, not delete, and to tell his parents. Screenshots received. Forwarded to Western Uusimaa police (Nettipoliisi) at 20:30.`,
      'darkwolf_1987',
      'mikael.virta.08',
      '045 812 3397',
    ),
    withIds(
      `sextortion. girl 15 on snap, guy threatens to post her pics unless she pays 200 eur in steam cards. noor el amrani, snap n00r.elamr. told her dont pay, screenshot everything, go to the station w/ a parent tmrw. case 24-118832 opened`,
      'noor el amrani',
      'n00r.elamr',
    ),
    withIds(
      `Copied from the Fortnite party chat (with permission):
[20:31] can u help my mate, someone stole his acc
[20:31] its called SkullKnight_Jonas, he had the Galaxy skin and like 40 emotes
[20:32] his email was jonas dot berg 2009 at gmail dot com, they changed it
Told them to use Epic's account recovery and never to share the 2FA code with anyone, not even "Epic staff".`,
      'SkullKnight_Jonas',
      'jonas dot berg 2009 at gmail dot com',
    ),
    withIds(
      `Runaway, Hamar. Girl (13) says she's been staying at her friend's at storgata 14b since Sunday and won't go home because of "stuff with my stepdad". She's in 8C at Ajer ungdomsskole. Contacted Innlandet ops centre, patrol sent 21:05.`,
      'storgata 14b',
      '8C at Ajer ungdomsskole',
    ),
    withIds(
      `Self-harm worry!! Talked to Thijs on TikTok live, 16, from Ghent, says he "won't be around next week". A friend in the chat gave his mum's number: zero four seven six, twenty-eight, forty-one, ninety-three. Called via Belgian liaison, local police did a welfare check at 22:10, he is ok, mum with him.`,
      'Thijs',
      'zero four seven six, twenty-eight, forty-one, ninety-three',
    ),
    clean(`Nothing to note tonight.`),
    clean(
      `Small talk in Minecraft: kids asked if I play Hypixel Bedwars and whether police can ban Herobrine. Long debate Ronaldo vs Haaland vs Messi, I said Haaland (Norwegian officer, no surprise). Nothing to report.`,
    ),
    clean(
      `Several kids mention a "free V-Bucks" site, vbucks-gift[.]xyz, promising 13,500 V-Bucks with code 4471-2290-8812 if you log in. Scam. Reported the domain to NC3 and Epic. Reminded everyone: Epic never asks for your password. Helpline 116 111 given.`,
    ),
    clean(
      `Hate speech in a Twitch chat during a Kai Cenat rerun — slurs about Somalis, maybe 15 accounts spamming the same copypasta. Streamer not involved. Screenshots saved under 2024-0931-HX, forwarded to the hate crime group in Oslo at 23:40.`,
    ),
    clean(
      `Boy (12) says he's being bullied in class, didn't want to give any names or his school. Year 7, three kids involved, since August. Talked for 25 min. Suggested talking to the school nurse and gave him 116 111 (open until 22:00) and Mental Helse 116 123.`,
    ),
  ],
  nb: [
    withIds(
      `Samtale på Snapchat kl. 20.10. Jente, 14 år, forteller at en mann hun har møtt på Roblox har bedt henne møte ham på Drammen stasjon lørdag. Jenta heter Sigrid Haugland og har mobil 412 87 390. Mannens brukernavn på Snap: oslo_guy_91. Saken registrert og overført til Sør-Øst pd.`,
      'Sigrid Haugland',
      '412 87 390',
      'oslo_guy_91',
    ),
    withIds(
      `gutt (15) limte inn personnummeret sitt i discord-chatten for å bevise alder til en "modellagent": 14030951388. heter iver sand lunde. ba han slette meldinga. mistenkt grooming, sendt til kripos nc3`,
      '14030951388',
      'iver sand lunde',
    ),
    withIds(
      `Fra Fortnite-chatten, limt inn:
"han som mobber meg er Mats i 8B på Hundsund"
"han har brukeren mats understrek kul understrek 2010"
Jenta (13) vil ikke at vi tar kontakt med skolen. Ga henne Alarmtelefonen for barn og unge, 116 111.`,
      'Mats',
      '8B på Hundsund',
      'mats understrek kul understrek 2010',
    ),
    withIds(
      `Hyggelig prat med to jenter på en Minecraft-server i nesten en time, mest om hester og om hvordan det er å jobbe natt. Etter hvert fortalte den ene (15) at hun har stukket av hjemmefra og bor hos kjæresten (19) i tollbugata 7 i bodø siden fredag. Hun virket rolig, men sa at mora "sikkert ikke bryr seg". Hun ga meg nummeret sitt "sånn i tilfelle": 9 5 1 3 2 7 0 4. Varslet Nordland pd og barnevernvakta kl. 21.50. Tilbakemelding fra patruljen 22.35: jenta er hentet og er hos moren.`,
      'tollbugata 7',
      '9 5 1 3 2 7 0 4',
    ),
    withIds(
      `- sextortion, gutt 16
- trusler fra konto «emma.x.love» på Instagram, krever 1500 kr på Vipps
- gutten: Yusuf Abdi Warsame
- epost han brukte: yusuf.warsame krøllalfa hotmail punktum no
- råd: ikke betal, ikke slett, anmeld`,
      'emma.x.love',
      'Yusuf Abdi Warsame',
      'yusuf.warsame krøllalfa hotmail punktum no',
    ),
    clean(`Rolig kveld. Mange spørsmål om Politihøgskolen.`),
    clean(
      `Gutter på Twitch spurte om jeg så Haaland-målet mot Spania. Snakket om Erling og Ødegaard i 20 min, deretter om hvordan man blir politi. Ingen bekymring.`,
    ),
    clean(
      `Flere unge nevner en side som lover gratis Robux mot innlogging. «Ordrenummer» på gevinsten: 4412 8890 2231. Svindel. Meldt til Kripos NC3. Minnet om slettmeg.no og 116 111.`,
    ),
    clean(
      `Jente (14) skrev at hun «har kutta igjen». Fikk henne til å ringe 116 111 mens vi var i chatten, hun holdt samtalen i 40 min. Operasjonssentralen Vest informert, ingen navn oppgitt. Legevakt 116 117 gitt.`,
    ),
    clean(
      `Rasistiske meldinger på en Roblox Brookhaven-server, ca. 30 spillere, server 88213. Rapportert via Roblox. Ingen av de unge ville si hvem som skrev. Saksnr. 24-1188321.`,
    ),
  ],
  nn: [
    withIds(
      `Samtale på Discord kl. 19.30. Ei jente på 14 år frå Førde fortel at ein vaksen mann ho kallar «Kjetil frå Bergen» har bede om bilete og sendt ho gåvekort. Ho heiter Ingebjørg Tveit. Mannen sitt brukarnamn er fjellmann_66. Saka er sendt vidare til Vest pd, seksjon for seksuallovbrot.`,
      'Kjetil',
      'Ingebjørg Tveit',
      'fjellmann_66',
    ),
    withIds(
      `Guten (14) oppgav fødselsnummeret sitt, 270110 63581, då han skulle «verifisere» Snapchat-kontoen hos ein som utgav seg for å vere frå Snap. Kontoen er no stolen. Rettleia om gjenoppretting.`,
      '270110 63581',
    ),
    withIds(
      `snakka med lin (16) på tiktok, ho seier ho vil døy. bur på voss. fekk nummeret hennar 48 22 19 06 og operasjonssentralen ringte henne kl 22.40. ok no, mor er der`,
      'lin',
      '48 22 19 06',
    ),
    withIds(
      `Mobbing: Eirik (13) går i 7A på Ørsta barneskule og blir kalla stygge ting i klassechatten. Mor har bede om at vi ikkje tek kontakt med skulen enno. Dei bur i Vikegata 3.`,
      'Eirik',
      '7A på Ørsta barneskule',
      'Vikegata 3',
    ),
    withIds(
      `Kontotjuveri. Guten er Amund Eide-Solheim, 15. Epic-kontoen hans vart overteken og e-posten endra frå amund punktum eide krøllalfa gmail punktum com til ei russisk adresse. Han har mista skins for ca. 3000 kr.`,
      'Amund Eide-Solheim',
      'amund punktum eide krøllalfa gmail punktum com',
    ),
    clean(`Ingen funn. Mest prat om Brann og Molde.`),
    clean(
      `Dei spurde om politiet brukar Fortnite på jobb. Forklarte at patruljen er frå Vest pd og Kripos. Ungdomane ville vite om eg kjenner Karsten Warholm. Gav 116 111 og politiet sitt nummer 02800.`,
    ),
    clean(
      `Tips om svindel: «Gratis Nitro»-lenkje (discord-gift.ru/a8F2k). Ca. 12 born fekk same melding. Meldt til NC3. Saksnr. 24-0077312.`,
    ),
    clean(
      `Gut, 12, spurde korleis han kan få Elytra og Netherite i Minecraft. Etterpå snakka han om at han ikkje har vener i klassen. Rådde han til å snakke med helsesjukepleiaren. Ingen kontakt vidare.`,
    ),
    clean(
      `Kl. 21.15–21.45: trugsmål i Roblox «Jailbreak», ein spelar skreiv at han skal «ta med kniv på skulen i morgon». Ukjent kven. Lensmannen i Sogndal varsla, patrulje ved skulane 07.30. Ingen identitet kjend.`,
    ),
  ],
  nl: [
    withIds(
      `Gesprek via Discord, 20:05. Meisje (15) uit Zwolle meldt dat een "talentscout" om haar BSN en een kopie van haar ID vroeg. Zij heeft het al gestuurd: 173640527. Haar naam: Fatima Bouzid. Account van de scout: modelscout.nl_official. Doorgezet naar team Digitale Opsporing Oost-Nederland.`,
      '173640527',
      'Fatima Bouzid',
      'modelscout.nl_official',
    ),
    withIds(
      `jongen 14 uit genk, insta gehackt. mailadres was wout punt vandamme apenstaartje telenet punt be. heeft geen toegang meer. geadviseerd via meta te herstellen en 2fa aan te zetten`,
      'wout punt vandamme apenstaartje telenet punt be',
    ),
    withIds(
      `Uit de Roblox-chat gekopieerd:
> ik ben roos en ik ben 12
> die man zei bel me op 0628 417 736
> op roblox heet hij xXDaddyBoiXx
Vermoedelijk grooming, melding gedaan bij Roblox en bij team zeden Rotterdam.`,
      'roos',
      '0628 417 736',
      'xXDaddyBoiXx',
    ),
    withIds(
      `Pesten. Ilias (13) zit in 2B van het Sint-Jozefcollege in Aalst en wordt op Snapchat uitgelachen om zijn stem. Hij woont Kerkstraat 41, 9300 Aalst. Ouders zijn op de hoogte, gesprek met het CLB afgesproken.`,
      'Ilias',
      '2B van het Sint-Jozefcollege',
      'Kerkstraat 41, 9300 Aalst',
    ),
    withIds(
      `- dreiging op TikTok tegen moskee in Utrecht
- account dader: jan kaas underscore zevenentachtig (zo uitgesproken door melder)
- melder: Joep Verhoeven, 17
- tel melder 06 38 47 29 10
- doorgezet naar RTIC`,
      'jan kaas underscore zevenentachtig',
      'Joep Verhoeven',
      '06 38 47 29 10',
    ),
    clean(`Niks bijzonders, veel vragen over de politieacademie in Apeldoorn.`),
    clean(
      `Chat met groepje jongens over Memphis Depay en Frenkie de Jong. Daarna vragen of agenten ook Fortnite spelen. Ik zei: alleen in diensttijd. 20 minuten, geen zorgen.`,
    ),
    clean(
      `Phishing: "gratis Robux" via bit.ly/rbx-freee, vraagt om inlog. Al 9 kinderen benaderd. Gemeld bij de Fraudehelpdesk (088 786 73 72) en Roblox. Zaaknummer 2024-118832.`,
    ),
    clean(
      `Meisje (16) vertelt over zelfbeschadiging en zegt dat ze "er klaar mee is". Wil geen naam of woonplaats geven, ook niet welke school, en dat respecteren we. We hebben samen 113 gebeld (0800-0113), ze bleef erbij terwijl ik in de chat meelas, en daarna nog ruim 30 minuten met haar gepraat over muziek, over Billie Eilish en over haar kat. Ze zegt dat ze zich iets beter voelt. Afgesproken dat ze morgen om 16:00 weer inlogt op de Discord-server van de politie; collega van de vroege dienst is geïnformeerd. Geen verdere actie mogelijk zonder gegevens, afweging vastgelegd in BVH onder 2024-118907.`,
    ),
    clean(
      `Sextortion-golf: zelfde tekst bij 4 jongens uit Antwerpen en Mechelen, €250 in Paysafecard gevraagd. Dossier bij FCCU, PV AN.12.LB.104522/2024. Kinderen doorverwezen naar Child Focus 116 000.`,
    ),
  ],
  fr: [
    withIds(
      `Échange sur Discord à 19h50. Une jeune fille de 14 ans (Charleroi) a transmis son numéro de registre national, 10.03.18-147.58, à un prétendu « recruteur TikTok » qui lui promettait 500 €. Elle s'appelle Inès Benali. Dossier transmis à la FCCU.`,
      '10.03.18-147.58',
      'Inès Benali',
    ),
    withIds(
      `gamin de 13 ans sur fortnite, dit que des grands de son école le frappent à la récré. veut qu'on le rappelle, a donné le gsm de sa mère : zéro quatre septante-deux, vingt-trois, quarante-cinq, dix-huit. rappelé à 21h10, maman au courant`,
      'zéro quatre septante-deux, vingt-trois, quarante-cinq, dix-huit',
    ),
    withIds(
      `Copie du chat Snapchat (avec accord du jeune) :
« mon compte c'est rayan_bxl_1080 mais il a été piraté »
« le mail c'était rayan point m arobase outlook point be »
Le pirate demande 50 € en carte Paysafe pour le rendre. Conseillé de ne pas payer.`,
      'rayan_bxl_1080',
      'rayan point m arobase outlook point be',
    ),
    withIds(
      `Fugue. Maëlle, 15 ans, dit dormir chez une copine depuis 3 nuits, rue des Wallons 23 à Liège. Elle est en 4e B à l'Athénée Léonie de Waha. Zone de police de Liège prévenue à 22h30.`,
      'Maëlle',
      'rue des Wallons 23',
      "4e B à l'Athénée Léonie de Waha",
    ),
    withIds(
      `- propos haineux (antisémites) sur un serveur Minecraft
- auteur présumé : pseudo « tonton zéro zéro sept » d'après les gamins
- témoin : Mamadou Diallo, 16 ans, joignable au 0485/62.19.73
- captures reçues, PV à suivre`,
      'tonton zéro zéro sept',
      'Mamadou Diallo',
      '0485/62.19.73',
    ),
    clean(`RAS. Beaucoup de questions sur Mbappé et Lukaku.`),
    clean(
      `Question d'un ado : « c'est vrai que la police peut lire tous mes messages ? ». Longue explication du cadre légal, de la différence entre la police locale et la police fédérale, de ce qu'est un juge d'instruction et de pourquoi on ne demande jamais de mot de passe. Ensuite d'autres jeunes sont arrivés dans le salon vocal et on a parlé de Stromae, d'Angèle, du dernier match des Diables Rouges et de la carte « Tilted Towers » qui revient dans Fortnite. Très bon échange d'environ 45 minutes, ambiance détendue, aucune donnée personnelle partagée, aucun signalement. Un des jeunes voulait savoir combien gagne un inspecteur : répondu « pas assez ».`,
    ),
    clean(
      `Arnaque « skins gratuits » sur TikTok : lien vers csgo-drop[.]ru, code promo WINTER2024, prix affiché 4,99 €. Signalé à Safeonweb et à la FCCU. Dossier 24/0419/FR.`,
    ),
    clean(
      `Jeune fille (15) évoque des idées suicidaires. N'a pas voulu donner son prénom. On a appelé ensemble le Centre de Prévention du Suicide au 0800 32 123, puis on lui a donné le 103 (Écoute-Enfants). Suivi prévu demain à 18h sur le même serveur.`,
    ),
    clean(
      `Discussion sur Fortnite : les gamins voulaient savoir si Peely et Jonesy sont de « vrais policiers ». Ensuite Tintin, Spirou, Gaston Lagaffe… Fin à 20h40. Aucun dossier.`,
    ),
  ],
  de: [
    withIds(
      `Gespräch über Discord um 19:20 Uhr. Ein 13-jähriger Junge aus Kelmis gibt an, einem angeblichen Mitarbeiter vom „Roblox Support" seine Nationalregisternummer 11.12.03-033.27 genannt zu haben. Der Junge heißt Arda Yilmaz. Anzeige wird bei der Polizeizone Weser-Göhl aufgenommen.`,
      '11.12.03-033.27',
      'Arda Yilmaz',
    ),
    withIds(
      `mädchen 14 aus eupen, insta gehackt, hacker hat mail geändert. ihre alte adresse: lena punkt kreutz ät gmx punkt de. haben ihr den meta-link zur wiederherstellung geschickt`,
      'lena punkt kreutz ät gmx punkt de',
    ),
    withIds(
      `Chatverlauf Snapchat (Kopie):
„der typ heißt auf snap bigmoney_eupen"
„er will 300 euro sonst schickt er die bilder an meine klasse, die 3B vom KAE"
Betroffener: Luca Heinen, 15. Nicht zahlen, Beweise sichern, Eltern einbeziehen.`,
      'bigmoney_eupen',
      '3B vom KAE',
      'Luca Heinen',
    ),
    withIds(
      `Lange und nette Unterhaltung mit einer Gruppe Jugendlicher im Fortnite-Kreativmodus, es ging um Fahrräder, den Karneval in Eupen und ob man als Polizist eine Dienstwaffe mit nach Hause nimmt. Einer (16) schrieb mir danach privat, dass er seit zwei Tagen nicht zu Hause war, weil er mit dem Freund seiner Mutter Streit hat, und bei einem Kumpel in der Hauptstraße 87 in St. Vith pennt. Er gab mir seine Nummer: 04 96 12 84 37. Zone Eifel informiert um 21:40, Kollegen waren um 22:15 vor Ort, Eltern erleichtert, Jugendgericht wird morgen benachrichtigt.`,
      'Hauptstraße 87',
      '04 96 12 84 37',
    ),
    withIds(
      `- TikTok-Live, 22:05
- Leonie Schmitz-Radermacher (14) zeigt Ritzwunden
- Freundin Mia schreibt uns privat an
- Rettung über 112, Polizeizone Eupen vor Ort 22:31
- Jugendhilfe morgen informieren`,
      'Leonie Schmitz-Radermacher',
      'Mia',
    ),
    clean(`Nix Besonderes. Viele fragten, ob wir echte Polizisten sind.`),
    clean(
      `Gespräch über Thomas Müller, Kevin De Bruyne und ob Mario oder Sonic schneller ist. Danach über die Ausbildung bei der Föderalen Polizei. 25 Minuten, alles gut.`,
    ),
    clean(
      `Betrugsmasche: „1000 V-Bucks gratis" auf Instagram, Bestellnummer 4471-2290-88, Preis 2,99 €. Link: vbucks-free[.]shop. An Safeonweb gemeldet. Aktenzeichen EU.55.L1.002871/2024.`,
    ),
    clean(
      `Junge (12) fragt, was er tun soll, wenn ihn jemand im Spiel beleidigt. Erklärt: melden, blockieren, den Eltern erzählen. Kinder- und Jugendtelefon 116 111 und Telefonhilfe 108 genannt.`,
    ),
    clean(
      `Drohung auf dem Minecraft-Server „CraftEifel": jemand kündigt für Freitag 10 Uhr „was Großes" an einer Schule an. Kein Name, keine Schule genannt. Zonen Eifel und Eupen in Kenntnis gesetzt, Lage um 23:15 ruhig.`,
    ),
  ],
  is: [
    withIds(
      `Samtal á Discord kl. 20:10. Stúlka, 14 ára, úr Kópavogi sendi manni sem kallar sig „ljósmyndara" kennitöluna sína 190310-4260 og myndir. Hún heitir Guðrún Sif Jónsdóttir. Málið sent kynferðisbrotadeild LRH.`,
      '190310-4260',
      'Guðrún Sif Jónsdóttir',
    ),
    withIds(
      `strákur 13 í roblox, segir að eldri strákar hóti að berja hann eftir skóla. gaf upp númerið sitt 77 24 038. hringdum í hann kl 21:15, mamma hans heima`,
      '77 24 038',
    ),
    withIds(
      `Afrit úr Snapchat-spjalli:
„hann heitir á insta kaldur undirstrik kalli níutíu og níu"
„ég er birkir og ég er 15"
Fjárkúgun, krafa um 30.000 kr. Ráðlagt að borga ekki og láta foreldra vita.`,
      'kaldur undirstrik kalli níutíu og níu',
      'birkir',
    ),
    withIds(
      `Strok. Emilía Rós (15) hefur ekki verið heima síðan á föstudag, segist gista í Hraunbæ 102 hjá eldri vini. Er í 10. bekk í Árbæjarskóla. Barnavernd Reykjavíkur og LRH upplýst kl. 22:40.`,
      'Emilía Rós',
      'Hraunbæ 102',
      '10. bekk í Árbæjarskóla',
    ),
    withIds(
      `- aðgangi stolið á Fortnite
- Kristófer Nguyen, 15 ára
- netfang: kristo punktur nguyen hjá gmail punktur com
- kt. 0708093110
- vísað á Epic support`,
      'Kristófer Nguyen',
      'kristo punktur nguyen hjá gmail punktur com',
      '0708093110',
    ),
    clean(`Rólegt kvöld. Mikið spurt um Gylfa Sig.`),
    clean(
      `Langt spjall í Minecraft við fjóra krakka um Ender Dragon, hvernig maður finnur demanta og hvort lögreglan spili Roblox í vinnunni. Þau vildu vita hvort við værum með byssur og hvað löggubíll kostar. Svo barst talið að Laufeyju og Eurovision, og einn spurði hvort Daði Freyr væri í alvöru svona hár. Bent á 1717 og 112 ef eitthvað kæmi upp á. Engin mál, engin nöfn, ekkert skráð.`,
    ),
    clean(
      `Svindl: „fríir Robux" á TikTok, hlekkur robux-gjof[.]com, biður um lykilorð. 6 börn fengu sömu skilaboð. Tilkynnt til CERT-IS. Málsnúmer 007-2024-18832.`,
    ),
    clean(
      `Stúlka (16) talaði um sjálfsskaða. Vildi ekki gefa upp nafn eða bæjarfélag. Hringdum saman í Hjálparsíma Rauða krossins 1717, samtal til 23:30. Eftirfylgni á morgun kl. 17:00.`,
    ),
    clean(
      `Hatursorðræða í Twitch-spjalli við IShowSpeed-klippur, níð um Pólverja. Skjáskot vistuð. Sent til LRH, ekkert nafn þekkt.`,
    ),
  ],
  fi: [
    withIds(
      `Keskustelu Discordissa klo 19.45. 15-vuotias tyttö Oulusta kertoi antaneensa henkilötunnuksensa 230409A318M "mallitoimiston" edustajalle, joka lupasi 300 € kuvauksista. Tytön nimi on Aino Virtanen. Asia siirretty Oulun poliisilaitoksen rikostutkintaan.`,
      '230409A318M',
      'Aino Virtanen',
    ),
    withIds(
      `onni 13v fortnitessa kertoi et isommat pojat kiusaa koulun jälkeen. antoi numeronsa 0451 277 903 ja vahingossa myös hetun 111110A5421, sanottiin et ei kannata jakaa. soitettiin klo 21, äiti tietää nyt`,
      'onni',
      '0451 277 903',
      '111110A5421',
    ),
    withIds(
      `Kopio Snapchat-keskustelusta:
"mun tili on eetu alaviiva mäkinen alaviiva kakskytkuus"
"se hakkeri vaihto mun sähköpostin, se oli eetu.makinen26 ät gmail piste com"
Tilivarkaus + kiristys, vaatii 100 € Steam-kortteina.`,
      'eetu alaviiva mäkinen alaviiva kakskytkuus',
      'eetu.makinen26 ät gmail piste com',
    ),
    withIds(
      `Tosi mukava juttutuokio Minecraftissa kolmen tytön kanssa, puhuttiin hevosista, poliisikoulusta ja siitä saako poliisi pitää kynsilakkaa. Lopuksi yks tytöistä kertoi, että sen kaveri Venla (15) on ollut karkuteillä lauantaista asti ja on jonkun parikymppisen miehen luona osoitteessa Hämeenkatu 12 B 24. Venla on 9C:llä Kalevan yhtenäiskoulussa eikä ole käynyt koulussa koko viikkoon. Tyttö pelkäsi, että Venla suuttuu, jos se saa tietää. Sisä-Suomen poliisi ja sosiaalipäivystys ilmoitettu klo 22.05, partio kävi paikalla 22.50.`,
      'Venla',
      'Hämeenkatu 12 B 24',
      '9C:llä Kalevan yhtenäiskoulussa',
    ),
    withIds(
      `- uhkaus TikTokissa: "ammun kaikki huomenna"
- ilmoittaja Ahmed Hassan Mohamud, 16 v, p. +358 50 334 8812
- tekijän tili: @vantaa_reaper
- välitetty Itä-Uudenmaan poliisille klo 23.10`,
      'Ahmed Hassan Mohamud',
      '+358 50 334 8812',
      '@vantaa_reaper',
    ),
    clean(`Hiljainen ilta. Kyseltiin paljon Teemu Pukista ja Räikkösestä.`),
    clean(
      `Juteltiin Roblox Adopt Me -pelistä, Shadow Dragon maksaa kuulemma 40 000 Robuxia. Muistutettu, ettei tiliä kannata myydä. Ei huolia.`,
    ),
    clean(
      `Huijaus: "ilmaiset V-Buckit" -linkki vbucks-lahja[.]fi, tilausnumero 2024-77831-FI. Ilmoitettu Kyberturvallisuuskeskukseen. Lapsille kerrottu Sekasin-chatista ja numerosta 116 111.`,
    ),
    clean(
      `Nuori (15) kertoi viiltelystä. Ei halunnut kertoa nimeään. Soitettiin yhdessä MIELI ry:n kriisipuhelimeen 09 2525 0111 klo 22.15. Seuraava yhteydenotto huomenna 18.00.`,
    ),
    clean(
      `Helsingin poliisilaitoksen nettipoliisit mukana. Pelaajat kysyivät, onko Lauri Markkanen pidempi kuin Endermanni. Hauska ilta, 0 ilmoitusta.`,
    ),
  ],
  sv: [
    withIds(
      `Samtal på Discord kl. 19.55. En 15-årig flicka från Västerås uppger att hon skickat sitt personnummer 090417-2384 till en person som utgav sig för att vara från ”Roblox Sverige”. Flickan heter Elsa Lindqvist. Anmälan upprättad, ärendet till IT-brottscentrum.`,
      '090417-2384',
      'Elsa Lindqvist',
    ),
    withIds(
      `kille 14 på fortnite säger att nån hotar sprida nakenbilder om han inte swishar 2000 kr. han heter omar al-hassan. nr 0704 821 936. sa åt honom att inte betala och prata m sin mamma`,
      'omar al-hassan',
      '0704 821 936',
    ),
    withIds(
      `Kopierat från Snapchat:
”mitt namn på roblox är tindra underscore prinsessan tolv”
”mailen är tindra punkt svensson snabel-a hotmail punkt com”
Kontot kapat, lösenord bytt av kaparen. Hänvisad till Roblox support.`,
      'tindra underscore prinsessan tolv',
      'tindra punkt svensson snabel-a hotmail punkt com',
    ),
    withIds(
      `Mobbning, Vasa. Jonatan (13) går i 7B i Vasa övningsskola och blir utfryst i klassens Snapgrupp. Han bor på Handelsesplanaden 14 C 9. Vill inte att vi kontaktar skolan. Kontakt tagen med Österbottens polisinrättning.`,
      'Jonatan',
      '7B i Vasa övningsskola',
      'Handelsesplanaden 14 C 9',
    ),
    withIds(
      `- TikTok live 22.15, tjej skadar sig själv i sändningen
- heter enligt kompis: Ebba Nyström Sjöberg, 13 år
- kompisen (Saga) skickade pnr: 101129 4566
- 112 larmat, polis och ambulans på plats 22.48 i Umeå`,
      'Ebba Nyström Sjöberg',
      'Saga',
      '101129 4566',
    ),
    clean(`Lugnt. Snack om Zlatan och AIK.`),
    clean(
      `Spelade en runda Among Us med några 12-åringar. Frågor om hur man blir polis, lönen och om vi har hundar. Inga orosmoment.`,
    ),
    clean(
      `Bedrägerisida robux-sverige[.]net, ordernummer 88213-SE, pris 49 kr. Anmält, K-ärende 4471229-24. Barnen påminda om 114 14 och att aldrig lämna ut BankID.`,
    ),
    clean(
      `Tjej (15) berättar om självmordstankar men vill vara anonym. Vi ringde Mind Självmordslinjen 90101 tillsammans kl 21.40. Hon hade BRIS nummer 116 111 sedan tidigare.`,
    ),
    clean(
      `Hatkommentarer mot finlandssvenskar i en Twitch-chatt under en Minecraft-stream, ca 40 konton. Inga namn kända. Helsingfors polisinrättning meddelad 23.05.`,
    ),
  ],
};
