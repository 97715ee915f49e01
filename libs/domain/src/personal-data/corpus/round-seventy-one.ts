/**
 * Round seventy-one: written blind, before the detector was run on it.
 * Contacts and identity numbers typed to slip past filters (spaces, dots, slashes, O/l for 0/1, digits as words, split over messages);
 * clean notes crowded with case numbers, times, codes, help lines, postcodes, money and versions.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SEVENTY_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Roblox, 19:40, Team Norway. Girl (13, Bergen) said an adult player kept asking her to add him somewhere else. He wrote his number as 4 eight 1 – 2 two – 9 0 7 so the chat filter would not catch it. She has blocked him, profile reported.',
      '4 eight 1 – 2 two – 9 0 7',
    ),
    withIds(
      'Discord voice, Team Sweden. Boy ~15 from Malmö pasted his friend\'s mail in the server as "hassan dot ali dot 09 at gmail dot com" and his own snap spelled out: "its elias underscore k underscore zero seven". He also shared his Switch friend code SW-4829-1047-3365. Told him to delete all three.',
      'hassan dot ali dot 09 at gmail dot com',
      'elias underscore k underscore zero seven',
      'SW-4829-1047-3365',
    ),
    withIds(
      'Minecraft, 21:15. A 12-year-old from Tampere typed what he called his sister\'s "henkkari number" to prove she is old enough for the server: 2 3 0 5 1 1 A 1 2 3 N. Sister is Venla Korhonen according to him. Explained why you never share that.',
      '2 3 0 5 1 1 A 1 2 3 N',
      'Venla Korhonen',
    ),
    withIds(
      "Fortnite party chat, 17:05, Team Belgium. Boy (14, Genk) says an older player called Kevin promised 2,800 V-Bucks for a photo of his ID card. Before we joined he had already typed 11/06/23 147 47 in the chat. Kevin's Discord user id: 804417263951310848. Reported to the platform.",
      'Kevin',
      '11/06/23 147 47',
      '804417263951310848',
    ),
    withIds(
      'Discord, 18:25, Team NL. Two girls (12 and 13, Zwolle). One posted her friend Noor\'s profile link tiktok.com/@noor.elamrani2012 and Noor\'s number "for the group chat": 06 - 4 8 1 7 - 2 six 0 3. Both deleted after we asked.',
      'Noor',
      'tiktok.com/@noor.elamrani2012',
      '06 - 4 8 1 7 - 2 six 0 3',
    ),
    clean(
      'Roblox, 18:00–19:30, Team Norway. Talked with 14 kids aged 10–15 in a tycoon game. Three asked how to report; showed them the button. Reminded about 116 111 and that 112 is for emergencies only. Case no. 24-118733 not needed.',
    ),
    clean(
      'Fortnite Creative, island code 4826-1937-5501 (our own police map). 23 players between 20:00 and 21:15, average age about 13. No concerns. Update 31.10 crashed twice.',
    ),
    clean(
      'Discord server "Nordic Gamers", approx. 2,400 members. A moderator asked us to post the hotlines, so we posted 116 000 for missing children and 116 111 for kids who need to talk. 45 min, 7 questions about scams, one about losing 1,500 V-Bucks (around €12).',
    ),
    clean(
      'Minecraft with Team Finland: kids from Oulu (90100) asked if police can read their chats. Explained that none of our 3 officers can see private DMs. Nothing to flag. Shift ended 22:10.',
    ),
    clean(
      'Twitch: a charity stream by xQc had 38,000 viewers; kids in chat said they gave 5 to 10 euros each. Reminded them of stop – block – tell. Next shift 07.06 at 16:00 CET, Europol liaison joins at 16:30.',
    ),
  ],
  nb: [
    withIds(
      'Discord, kl. 19.20. Jente (14) fra Drammen fortalte at en voksen mann som kaller seg «Tommy_83» har sendt henne nummeret sitt som «ni null fire – 17 – åtte 3 – 2 6» for å lure filteret. Hun har blokkert ham, vi har sikret profilen.',
      'Tommy_83',
      'ni null fire – 17 – åtte 3 – 2 6',
    ),
    withIds(
      'Roblox, Team Norge. Gutt på 12 fra Bodø skrev fødselsnummeret til lillebroren i chatten for å «bevise» alder: 05.11.13 702 16. Ba ham slette meldingen. Broren heter visstnok Yonas.',
      '05.11.13 702 16',
      'Yonas',
    ),
    withIds(
      'Minecraft-server kl. 21.05. Ei jente (15) la ut e-posten til venninna si: «ingrid punktum sæther krøllalfa hotmail punktum no». Venninna skal selge skins der. Snakket om svindel og om å ikke dele andres kontaktinfo.',
      'ingrid punktum sæther krøllalfa hotmail punktum no',
    ),
    withIds(
      'Snapchat nevnt i Fortnite-lobby. Gutt (13) fra Tromsø sa at snappen hans er «mats under strek lie null ni». Han ville at vi skulle ringe mora, nummeret begynner på 4 1 5. Resten er 6 2 8 9 0. Vi ringte ikke, han ble bedt om å snakke med en voksen hjemme.',
      'mats under strek lie null ni',
      '4 1 5. Resten er 6 2 8 9 0',
    ),
    withIds(
      'TikTok-profil nevnt i Roblox-chat: tiktok.com/@amina.h.2011 tilhører ei jente på 13 fra Stovner. Hun har fødselsnummeret sitt i bioen skrevet som 22O4lO 567 3l. Venninna hennes varslet oss.',
      'tiktok.com/@amina.h.2011',
      '22O4lO 567 3l',
    ),
    clean(
      'Roblox kl. 18.00–20.00. Snakket med 17 barn mellom 10 og 15 år. Fire spurte hvordan man rapporterer. Minnet om Alarmtelefonen for barn og unge 116 111 og at 112 er nødnummer. Sak 24-187341 ikke aktuell.',
    ),
    clean(
      'Fortnite, øykode 7391-0264-8815 (vår egen bane). 42 spillere innom fra 19.30 til 21.00. Ingen bekymring. Oppdatering v32.00 ga to krasj.',
    ),
    clean(
      'Discord-server med ca. 3 100 medlemmer i Kristiansand (4630). Gutt på 16 tapte 2 500 kr på et skinkjøp via en lenke. Rådet ham til å snakke med foreldrene og anmelde på politiet.no eller ringe 02800. Økta varte 1 t 45 min.',
    ),
    clean(
      'Minecraft: ungene snakket mest om Erling Haaland og Martin Ødegaard. 3 av 9 visste ikke hva Kripos er. Ingen navn notert.',
    ),
    clean(
      'Twitch kl. 22.15: 5 000 seere, 40 % av chatten under 15 etter egne utsagn. Postet 116 000 og 116 111. Neste vakt 12.06 kl. 17.00, skiftleder Berg.',
    ),
  ],
  nn: [
    withIds(
      'Discord, kl. 20.10. Ei jente (13) frå Førde fortalde at ein vaksen som kallar seg «kompis_kai» bad om nummeret hennar. Ho hadde alt sendt det: 9 8 . 7 1 . 4 0 . 5 3. Ho har blokkert han no, og profilen er meld.',
      'kompis_kai',
      '9 8 . 7 1 . 4 0 . 5 3',
    ),
    withIds(
      'Roblox, Team Noreg. Gut på 14 frå Voss skreiv fødselsnummeret sitt med ord og tal for å teste filteret: «ein ni null seks 11 fem åtte ein tre null». Forklarte kvifor det er farleg.',
      'ein ni null seks 11 fem åtte ein tre null',
    ),
    withIds(
      'Fortnite-lobby kl. 17.45. Gut (12) frå Ørsta gav oss e-posten til storebroren sin, Sindre: «sindre.hauge (krølalfa) gmail (punktum) com». Han trudde vi kunne sende V-Bucks dit.',
      'Sindre',
      'sindre.hauge (krølalfa) gmail (punktum) com',
    ),
    withIds(
      'Discord: vi fekk Discord-ID-en til ein vaksen som har kontakta fleire jenter på serveren: 1093847561029384756. Jentene (11 og 12, Sogndal) seier snappen hans er «leo punktum 2k understrek 99».',
      '1093847561029384756',
      'leo punktum 2k understrek 99',
    ),
    withIds(
      'Minecraft kl. 19.30. Jenta (10) heitte Tuva og ville at vi skulle ringje mor hennar. Nummeret byrja på fire sju, og så 33 21 08. Vi ringde ikkje, men bad ho snakke med ein vaksen heime.',
      'Tuva',
      'fire sju, og så 33 21 08',
    ),
    clean(
      'Roblox kl. 18.30–20.00. Prata med 11 born frå 10 til 14 år i Sunnfjord. Tre spurde korleis ein melder brukarar. Minte om 116 111 og 112. Sak 25-004417 vart ikkje oppretta.',
    ),
    clean(
      'Fortnite, øykode 5120-8843-2917. 36 spelarar innom, snittalder om lag 13. Ingen uro. Versjon 33.11.',
    ),
    clean(
      'Gut (15) frå Nordfjordeid (6770) tapte 350 kr på ein falsk Robux-generator. Forklarte at 9 av 10 slike tilbod er svindel. Økta varte 55 min.',
    ),
    clean(
      'Minecraft: ungane nemnde Aurora og Kygo som favorittar. Viste til 02800 og 116 000. Ingen namn på born vart gjevne.',
    ),
    clean(
      'Snapchat vart nemnt av 4 av 7 ungar; aldersgrensa er 13 år. Rådde dei til privat profil og å slå av Snap Map. Neste vakt 14.06 kl. 16.00–18.00 med betjent Myklebust.',
    ),
  ],
  nl: [
    withIds(
      'Roblox, 19:15, team Nederland. Jongen (13, Almere) plakte het BSN van zijn zus in de chat "voor een giveaway": 18 40 29 375. Direct laten verwijderen. Zus heet Sanne.',
      '18 40 29 375',
      'Sanne',
    ),
    withIds(
      'Discord, 20:40. Meisje (14, Rotterdam-Zuid) kreeg van een volwassen man die zich DJ_Mo_010 noemt zijn nummer: nul zes, 3 8 – 7 1 – 5 2 – 9 4. Ze heeft hem geblokkeerd; profiel gemeld.',
      'DJ_Mo_010',
      'nul zes, 3 8 – 7 1 – 5 2 – 9 4',
    ),
    withIds(
      'Fortnite, team België, 16:50. Jongen (12, Mechelen) gaf het e-mailadres van zijn maat Yassin: yassin punt b (apenstaartje) telenet punt be. Hij wou dat wij daar een V-Bucks-code naartoe stuurden.',
      'Yassin',
      'yassin punt b (apenstaartje) telenet punt be',
    ),
    withIds(
      'Minecraft, team België. Meisje (15, Antwerpen) zegt dat een "fotograaf" haar rijksregisternummer vroeg. Zij had al getypt: 12 02 09 / 352 61. Zijn gsm schreef hij als 0 4 7 8 . 2 9 . 6 1 . 0 3.',
      '12 02 09 / 352 61',
      '0 4 7 8 . 2 9 . 6 1 . 0 3',
    ),
    withIds(
      'Roblox, 18:05. Meisje (11, Utrecht) vertelt dat haar nicht op Snap "lotte underscore vd berg twee nul een een" is en dat haar Insta instagram.com/lotte.vdberg11 is. Uitgelegd waarom je dat niet deelt.',
      'lotte underscore vd berg twee nul een een',
      'instagram.com/lotte.vdberg11',
    ),
    clean(
      'Roblox, 18:00–19:45. Met 19 kinderen van 10 tot 14 gesproken. Vijf vroegen hoe je meldt. Gewezen op de Kindertelefoon 0800-0432 en 112. Zaaknummer 2025-118204 niet nodig.',
    ),
    clean(
      'Fortnite, eilandcode 3049-6618-2270. 27 spelers tussen 20:00 en 21:30, gemiddeld 12 jaar. Twee crashes na update 32.10.',
    ),
    clean(
      'Discord, team België. Jongen (16) uit Hasselt (3500) verloor €45 aan een nep-Robux-site. Doorverwezen naar Child Focus 116 000; 6 van de 8 kinderen kenden dat nummer niet.',
    ),
    clean(
      'Minecraft: kinderen vroegen of wij Kevin De Bruyne kennen en of Frenkie de Jong ook gamet. Nee. 50 min, 14 deelnemers.',
    ),
    clean(
      'TikTok door 9 van 12 kinderen genoemd. Minimumleeftijd 13. Tip: privé-account, locatie uit. Awel (102) genoemd voor de Vlaamse kinderen. Volgende dienst 13-06 van 15:00 tot 17:30, inspecteur Peeters.',
    ),
  ],
  fr: [
    withIds(
      'Roblox, 19h10, équipe Belgique. Garçon (13 ans, Charleroi) a tapé son numéro de registre national pour « prouver » son âge : 1O.1O.17 O86 O4. Supprimé à notre demande.',
      '1O.1O.17 O86 O4',
    ),
    withIds(
      "Discord, 20h30. Fille (14 ans, Liège) a reçu d'un adulte qui se fait appeler « Julien_photo » son numéro : zéro quatre septante-cinq / 61 / 28 / 40. Elle l'a bloqué, profil signalé.",
      'Julien_photo',
      'zéro quatre septante-cinq / 61 / 28 / 40',
    ),
    withIds(
      "Fortnite, 17h45. Garçon (12 ans, Namur) a donné l'adresse mail de sa grande sœur Inès : ines.mbaye arobase hotmail point be. Il voulait qu'on y envoie des V-Bucks.",
      'Inès',
      'ines.mbaye arobase hotmail point be',
    ),
    withIds(
      "Minecraft, 21h. Deux filles (11 et 12 ans, Mons) disent qu'un homme leur a demandé d'ajouter son snap « lucas point deux k zéro neuf ». Son identifiant Discord : 927361048572910384.",
      'lucas point deux k zéro neuf',
      '927361048572910384',
    ),
    withIds(
      'TikTok évoqué sur Roblox. Fille (15 ans, Verviers), compte tiktok.com/@chloe.vrv13, avait mis le début de son numéro national : 13 04 30. Puis 219-84 dans un second message. Son GSM : 0496/7 3 8 2 5 1.',
      'tiktok.com/@chloe.vrv13',
      '13 04 30. Puis 219-84',
      '0496/7 3 8 2 5 1',
    ),
    clean(
      'Roblox, 18h00–19h30. Parlé avec 16 enfants de 10 à 14 ans. Quatre ont demandé comment signaler. Rappelé le 103 (Écoute-Enfants) et le 112. Dossier n° 2025/031 447 non ouvert.',
    ),
    clean(
      "Fortnite, code de l'île 6610-2984-3357. 31 joueurs entre 20h et 21h15. Âge moyen 12 ans. Deux plantages après la mise à jour 32.20.",
    ),
    clean(
      'Discord : garçon (16 ans) de Louvain-la-Neuve (1348) a perdu 60 € sur un faux site de Robux. Orienté vers Child Focus 116 000. 40 min, 8 questions.',
    ),
    clean(
      "Minecraft : les enfants parlaient de Kylian Mbappé et de Squeezie. 3 sur 10 savaient ce qu'est Europol.",
    ),
    clean(
      'TikTok cité par 11 enfants sur 13. Âge minimum 13 ans. Conseil : compte privé, localisation coupée. Prochaine permanence le 14/06 de 15h à 17h30, inspectrice Dubois, bureau 2.17.',
    ),
  ],
  de: [
    withIds(
      'Roblox, 19:05 Uhr, Team Belgien (Eupen). Junge (13) schrieb die Handynummer seiner Mutter in den Chat, damit wir sie anrufen: null vier sieben eins – 88 – 3 2 – 5 zwei. Nicht angerufen, an Erwachsene zu Hause verwiesen.',
      'null vier sieben eins – 88 – 3 2 – 5 zwei',
    ),
    withIds(
      'Discord, 20:15 Uhr. Mädchen (14, St. Vith) bekam von einem Erwachsenen, der sich „Marco_Coach“ nennt, seine Mail: marco.coach [at] gmx [punkt] de. Blockiert und gemeldet.',
      'Marco_Coach',
      'marco.coach [at] gmx [punkt] de',
    ),
    withIds(
      'Fortnite, 17:30 Uhr. Junge (12, Kelmis) tippte seine Nationalregisternummer, um einen „Gratis-Skin“ zu bekommen: O9 12 O5 · 463 · 77. Gelöscht.',
      'O9 12 O5 · 463 · 77',
    ),
    withIds(
      'Minecraft, 21:00 Uhr. Mädchen (11, Raeren) sagt, ihre Freundin Elif habe ihren Snap als „elif punkt yilmaz unterstrich zwölf“ im Server gepostet.',
      'Elif',
      'elif punkt yilmaz unterstrich zwölf',
    ),
    withIds(
      'Europol-Verbindungsbeamter, Übersetzung aus dem Niederländischen: Ein Mann mit der Discord-ID 1120938475610293847 bat ein 12-jähriges Mädchen aus Venlo um ihre BSN; sie schrieb 2 6 7 1 5 0 9 4 5. Sein Steam-Profil: steamcommunity.com/id/onkel_tom77.',
      '1120938475610293847',
      '2 6 7 1 5 0 9 4 5',
      'steamcommunity.com/id/onkel_tom77',
    ),
    clean(
      'Roblox, 18:00–19:30 Uhr. Mit 15 Kindern zwischen 10 und 14 gesprochen. Vier fragten nach der Meldefunktion. Hinweis auf 116 111 und 112. Aktenzeichen 25/0417-EU nicht eröffnet.',
    ),
    clean(
      'Fortnite, Inselcode 8217-4403-6691. 22 Spieler von 20:00 bis 21:10 Uhr, Durchschnittsalter ca. 13. Version 32.30, zwei Abstürze.',
    ),
    clean(
      'Discord: Junge (16) aus Eupen (4700) verlor 25 € an eine falsche Robux-Seite. Auf Child Focus 116 000 verwiesen. 40 Minuten, 7 Fragen.',
    ),
    clean('Minecraft: Die Kinder sprachen über Thomas Müller und MontanaBlack. 2 von 9 kannten Europol.'),
    clean(
      'TikTok von 10 der 12 Kinder erwähnt. Mindestalter 13. Tipp: privates Konto, Standort aus. Nächster Dienst am 15.06. von 16:00 bis 18:30 Uhr, Raum 3.04, Kommissar Lambertz.',
    ),
  ],
  is: [
    withIds(
      'Roblox, kl. 19:20, teymi Íslands. Strákur (12 ára, Kópavogi) skrifaði kennitöluna sína í spjallið til að „sanna“ aldur: 09 04 11 – 21 70. Bað hann að eyða því.',
      '09 04 11 – 21 70',
    ),
    withIds(
      'Discord, kl. 20:45. Stelpa (14 ára, Akureyri) fékk símanúmer frá fullorðnum manni sem kallar sig „siggi_ljosm“: átta sex einn – 42 – 0 9. Hún lokaði á hann og prófíllinn var tilkynntur.',
      'siggi_ljosm',
      'átta sex einn – 42 – 0 9',
    ),
    withIds(
      'Fortnite, kl. 17:30. Strákur (13 ára, Hafnarfirði) gaf okkur netfang systur sinnar, Guðrúnar: gudrun.olafs att simnet punktur is. Hann hélt að við gætum sent V-Bucks þangað.',
      'Guðrúnar',
      'gudrun.olafs att simnet punktur is',
    ),
    withIds(
      'Minecraft, kl. 21:10. Stelpa (11 ára, Selfossi) sagði að vinkona hennar, Aleksandra, hefði sett kennitöluna sína í prófílinn: l7O8l2-433O.',
      'Aleksandra',
      'l7O8l2-433O',
    ),
    withIds(
      'TikTok nefnt á Roblox. Strákur (15 ára, Reykjanesbæ) sagði snappið sitt vera „jon undirstrik thor núll níu“. Hann skrifaði líka fyrri hlutann af kennitölunni, 250613, og svo seinna 5710.',
      'jon undirstrik thor núll níu',
      '250613, og svo seinna 5710',
    ),
    clean(
      'Roblox, kl. 18:00–19:30. Rætt við 13 börn á aldrinum 10 til 14 ára. Fjögur spurðu hvernig eigi að tilkynna. Bent á 1717 og 112. Mál nr. 007-2025-41188 ekki stofnað.',
    ),
    clean(
      'Fortnite, eyjukóði 2290-5516-7038. 18 leikmenn frá kl. 20:00 til 21:00. Meðalaldur um 12 ár. Útgáfa 32.40.',
    ),
    clean(
      'Discord: strákur (16 ára) frá Egilsstöðum (700) tapaði 4.000 kr. á fölsku Robux-tilboði. 35 mínútur, 6 spurningar.',
    ),
    clean('Minecraft: börnin töluðu um Gylfa Sigurðsson og Björk. 5 af 8 vissu ekki hvað Europol er.'),
    clean(
      'TikTok nefnt af 7 af 9 börnum. Aldurstakmark 13 ár. Ráð: lokaður aðgangur, staðsetning af. Næsta vakt 16.06. kl. 15:00–17:00, varðstjóri Jónsdóttir.',
    ),
  ],
  fi: [
    withIds(
      'Roblox, klo 19.15, Suomen tiimi. Poika (12 v, Tampere) kirjoitti chattiin siskonsa henkilötunnuksen ”todisteeksi”: 070912 A 468 Y. Pyysin poistamaan. Sisko on nimeltään Aino.',
      '070912 A 468 Y',
      'Aino',
    ),
    withIds(
      'Discord, klo 20.30. Tyttö (14 v, Oulu) sai aikuiselta, joka kutsuu itseään nimellä ”kuvaaja_jani”, numeron: nolla neljä nolla – 7 1 8 – 2 kuusi 5 3. Tyttö esti hänet, profiili ilmoitettu.',
      'kuvaaja_jani',
      'nolla neljä nolla – 7 1 8 – 2 kuusi 5 3',
    ),
    withIds(
      'Fortnite, klo 17.40. Poika (13 v, Espoo) antoi kaverinsa Abdirahmanin sähköpostin: abdi.warsame (at) gmail (piste) com.',
      'Abdirahmanin',
      'abdi.warsame (at) gmail (piste) com',
    ),
    withIds(
      'Minecraft, klo 21.00. Tyttö (11 v, Lahti) kertoi, että kaveri on laittanut profiiliinsa hetunsa muodossa 15O3lO A257Y. Kaverin snäppi on ”emmi piste koo kaks nolla yks nolla”.',
      '15O3lO A257Y',
      'emmi piste koo kaks nolla yks nolla',
    ),
    withIds(
      'TikTok mainittiin Robloxissa. Poika (15 v, Vantaa) kirjoitti henkkarinsa alun 020609 ja seuraavassa viestissä loput A814P. Äidin numeronkin hän laittoi: 050-3 9 1 4 7 2 6.',
      '020609 ja seuraavassa viestissä loput A814P',
      '050-3 9 1 4 7 2 6',
    ),
    clean(
      'Roblox, klo 18.00–19.30. Juteltiin 14 lapsen kanssa (10–14 v). Neljä kysyi, miten ilmiannetaan. Muistutettiin numeroista 116 111 ja 112. Asiaa 5500/R/41882/25 ei kirjattu.',
    ),
    clean(
      'Fortnite, saarikoodi 9120-3378-4456. 25 pelaajaa klo 20.00–21.15, keski-ikä noin 13. Versio 32.40, kaksi kaatumista.',
    ),
    clean(
      'Discord: poika (16 v) Kuopiosta (70100) menetti 30 € feikki-Robux-sivulle. Ohjattiin tekemään rikosilmoitus netissä. 45 min, 9 kysymystä.',
    ),
    clean('Minecraft: lapset puhuivat Teemu Pukista ja Käärijästä. 3/10 tiesi, mikä Europol on.'),
    clean(
      'TikTok mainittiin 8/11 lapselta. Ikäraja 13 v. Vinkki: yksityinen tili, sijainti pois. Seuraava vuoro 17.6. klo 16–18, huone 2.14, ylikonstaapeli Virtanen.',
    ),
  ],
  sv: [
    withIds(
      'Roblox, kl. 19.10, team Sverige. Kille (12, Norrköping) skrev sitt personnummer i chatten för att ”bevisa” åldern: 1 3 0 2 0 9 – 0 7 1 5. Bad honom radera.',
      '1 3 0 2 0 9 – 0 7 1 5',
    ),
    withIds(
      'Discord, kl. 20.20. Tjej (14, Göteborg) fick ett nummer av en vuxen man som kallar sig ”Micke_foto”: noll sju tre – 41 88 – två sex 0. Hon har blockerat honom, profilen anmäld.',
      'Micke_foto',
      'noll sju tre – 41 88 – två sex 0',
    ),
    withIds(
      'Fortnite, kl. 17.50. Kille (13, Södertälje) gav mejlen till sin kusin Gabriel: gabriel punkt shamoun (snabel-a) outlook punkt se.',
      'Gabriel',
      'gabriel punkt shamoun (snabel-a) outlook punkt se',
    ),
    withIds(
      'Minecraft, kl. 21.05. Tjej (11, Umeå) berättade att kompisen Saga har sitt personnummer i bion: l2O8l4-3287. Sagas snap är ”saga punkt lind noll åtta”.',
      'Saga',
      'l2O8l4-3287',
      'saga punkt lind noll åtta',
    ),
    withIds(
      'TikTok nämndes i Roblox. Kille (15, Malmö) skrev början av personnumret, 100523, och i nästa meddelande -4644. En vuxen som kontaktat honom har Discord-id 1187265409931857920.',
      '100523, och i nästa meddelande -4644',
      '1187265409931857920',
    ),
    clean(
      'Roblox, kl. 18.00–19.30. Pratade med 18 barn 10–14 år. Fem frågade hur man anmäler. Tipsade om BRIS 116 111 och 112. Ärende 5000-K418822-25 inte upprättat.',
    ),
    clean('Fortnite, ö-kod 4471-0832-6659. 29 spelare 20.00–21.20. Medelålder ca 13. Version 32.40.'),
    clean(
      'Discord: kille (16) från Lund (222 20) förlorade 300 kr på en falsk Robux-sida. Tipsade om polisen.se och 114 14. 50 min, 10 frågor.',
    ),
    clean('Minecraft: barnen pratade om Zlatan och Zara Larsson. 4 av 10 visste vad Europol är.'),
    clean(
      'TikTok nämndes av 9 av 12 barn. Åldersgräns 13 år. Tips: privat konto, platsdelning av. Nästa pass 18/6 kl. 16–18, rum 1.12, inspektör Lindqvist.',
    ),
  ],
};
