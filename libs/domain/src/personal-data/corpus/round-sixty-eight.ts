/**
 * Round sixty-eight: written blind, before the detector was run on it.
 * A normal evening of notes by ten officers per language: careful or hurried, pasted chat, bullets, lower case, formal.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SIXTY_EIGHT: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Discord, 19:40. Boy (13) from Bergen asked if Roblox mods can read DMs. Says an older user 'Nightcrawler_77' keeps asking him for pics and offered 1000 Robux. Told him to block, report and tell a parent. His own handle is kasper.b2011 - advised him to change it, it shows his birth year.",
      'Nightcrawler_77',
      'kasper.b2011',
    ),
    withIds(
      'Fortnite voice chat with the Dutch team listening in. Girl, 15, says her ex Jayden de Wit shared her snaps in a group chat. She wants to report it. Gave her info on Helpwanted.nl. She typed her number 06 43 81 27 90 before I could stop her - asked her to delete it.',
      'Jayden de Wit',
      '06 43 81 27 90',
    ),
    withIds(
      "twitch chat (swedish stream), quick one. kid ~11 typed '120917 4687' to get a 'free skin' from a link someone posted. told him its a scam and never to give his personnummer. he also wrote he lives at Kvarnbygatan 9 in Mölndal. mods removed both msgs.",
      '120917 4687',
      'Kvarnbygatan 9',
    ),
    withIds(
      'Minecraft server (Finnish), 20:15. Two boys, 12 and 14. The younger one, Eetu, said a guy called Mikko Rautiainen (claims 16, probably adult) wants him to move to Snapchat, snap: mikko_r_04. Screenshots saved under case 2024/0412-FI. Forwarded to Helsinki police.',
      'Eetu',
      'Mikko Rautiainen',
      'mikko_r_04',
    ),
    withIds(
      "Roblox, Belgian team. Girl (11) wanted to know if it's illegal that her brother uses her account. She wrote her email to 'prove' it's hers: lotte dot peeters2013 at gmail dot com. Explained not to share it. Also mentioned she is in 5B at Sint-Jozefschool Hasselt.",
      'lotte dot peeters2013 at gmail dot com',
      '5B at Sint-Jozefschool Hasselt',
    ),
    clean(
      'Roblox, 21:05-21:30. Group of four (ages 10-12) in Brookhaven asked if we were real police and if we could arrest the Guest 666 hacker. Talked about passwords and not trading items off-platform. No concerns. Mentioned 116 111.',
    ),
    clean(
      'Twitch - kids in IShowSpeed clip chat asking about cyberbullying. General advice. Nothing to follow up.',
    ),
    clean(
      'Fortnite Creative, map code 1865-4829-7714 shared by the kids for a police escape map; we played one round with 6 players, all from the Oslo area, ages 12 to 14. Jonesy and Peely skins everywhere. Good vibe, nothing to report.',
    ),
    clean(
      '- Minecraft, Hypixel Bedwars\n- 3 boys, 13, from Turku\n- asked about Herobrine and whether Steve or Alex is the better skin\n- explained how to report hackers\n- no personal info, no concerns',
    ),
    clean(
      'Discord (Europol liaison, The Hague): summary for 14 March. 37 conversations across NO/SE/FI teams, 2 referrals to local units (cases 24-118734 and 24-118790). Peak activity 19:00-21:00. Snapchat and TikTok most mentioned. Kripos to compile the report by Friday 16:00.',
    ),
  ],
  nb: [
    withIds(
      'Discord kl. 19.20. Gutt, 13 år, fra Drammen. Forteller at en voksen mann som kaller seg «Snillonkel» har bedt om bilder på Snapchat. Gutten heter Aksel Nymoen og går i 7B på Fjell skole. Rådet til å blokkere, ta skjermbilder og si ifra til mamma. Sak sendt Sør-Øst pd.',
      'Snillonkel',
      'Aksel Nymoen',
      '7B på Fjell skole',
    ),
    withIds(
      'roblox, jente 11. skrev nummeret sitt i chatten: 912 48 305. ba henne slette. hun sier storesøsteren Hiba også spiller der og har fått rare meldinger.',
      '912 48 305',
      'Hiba',
    ),
    withIds(
      'Fortnite. Gutt (13) lurte på om det er straffbart å selge kontoen sin. Skrev fødselsnummeret sitt for å «bevise alder»: 140311 52314. Forklart at det aldri skal deles med noen på nett. Ingen videre oppfølging.',
      '140311 52314',
    ),
    withIds(
      'Twitch-chat, limt inn: «hei politi jeg bor i Kirkeveien 41 b på Nesodden kan dere komme hit» – fjernet av mod. Gutt ca. 12 år. Brukernavn i chatten: xX_jonas_gamer_Xx.',
      'Kirkeveien 41 b',
      'xX_jonas_gamer_Xx',
    ),
    withIds(
      'Minecraft-server, kl 20:45. To jenter (14) fra Stavanger forteller at en «Marius, 19» har sendt dem meldinger på Instagram (@marius.kvalheim.19) og vil møte dem på Kvadrat lørdag. Den ene jenta, Zofia Nowak, ga e-posten sin zofia.nowak10@hotmail.com så vi kunne «få bevis». Ba henne heller gå til politiet sammen med en voksen.',
      'Marius',
      '@marius.kvalheim.19',
      'Zofia Nowak',
      'zofia.nowak10@hotmail.com',
    ),
    clean(
      'Roblox kl. 18.00–18.40. Snakket med ca. 8 barn i Adopt Me og Blox Fruits. Spørsmål om politiet kan se alt man skriver. Ingen bekymring. Viste til Alarmtelefonen 116 111 og Kors på halsen 800 33 321.',
    ),
    clean(
      'Fortnite: to gutter fra Tromsø spurte om Erling Haaland spiller Fortnite. Hyggelig prat om nettvett. Ingen personopplysninger.',
    ),
    clean(
      'discord – kort: jente 16 spurte om deepfake-bilder er ulovlig. ja. viste til slettmeg.no. ferdig 21:12',
    ),
    clean(
      'Minecraft (Hypixel), Bedwars. Tre gutter, 10, 11 og 13 år, fra Bodø og Mo i Rana. Spurte om Herobrine finnes og om vi kunne «arrestere» en hacker. Forklarte rapportering. Sak 24/13877 registrert kun for statistikk.',
    ),
    clean(
      'Twitch – Europol-kontakt fra Haag fulgte med. Oppsummering Oslo-teamet 14.03: 42 samtaler, 3 bekymringsmeldinger sendt via lokal politistasjon (uten navn i denne loggen). Flest fra Snapchat og TikTok. Neste patrulje fredag 19.00.',
    ),
  ],
  nn: [
    withIds(
      'Discord, kl. 19.05. Jente på 12 frå Førde fortel at ein som kallar seg «lillebror_99» har sendt henne ekle meldingar. Ho heiter Ingrid Solheim Vik og bur i Hafstadvegen 27. Bad henne snakke med foreldra og ta skjermbilete.',
      'lillebror_99',
      'Ingrid Solheim Vik',
      'Hafstadvegen 27',
    ),
    withIds(
      'roblox. gut 14 skreiv tlf-nummeret til mora si så vi skulle ringje: 47 61 28 93. sa at vi ikkje ringjer opp, og at han kan ringje 116 111.',
      '47 61 28 93',
    ),
    withIds(
      'Fortnite. Gut (11) frå Voss. Kompisen hans, Sindre, har fått tilbod om V-Bucks mot bilete frå ein vaksen på TikTok (brukar: @tore.gamer.voss). Sindre går i 6. klasse på Vossestrand skule. Sak oppretta.',
      'Sindre',
      '@tore.gamer.voss',
      '6. klasse på Vossestrand skule',
    ),
    withIds(
      'Minecraft. Jente 12 skreiv fødselsnummeret sitt i chatten: 020712 617 97. Vi bad henne slette det med ein gong. Elles god prat om nettvett.',
      '020712 617 97',
    ),
    withIds(
      'Twitch. Gut på 15, kallenamn «Mustafa K», spurde kva han skal gjere når nokon trugar med å dele bilete. E-post han ville vi skulle skrive til: mustafa punktum k2009 krøllalfa gmail punktum com. Forklarte at vi ikkje tek imot slikt her, viste til politiet.no.',
      'Mustafa K',
      'mustafa punktum k2009 krøllalfa gmail punktum com',
    ),
    clean(
      'Roblox, 18.30–19.10. Prata med ein gjeng på fem frå Sogndal (10–13 år) i Brookhaven. Dei lurte på om politiet spelar Roblox på fritida. Ingen uro.',
    ),
    clean(
      'Fortnite: to gutar spurde om Ninja og MrBeast er rike. Ja. Ingen personopplysningar, ingen oppfølging.',
    ),
    clean(
      'discord – kort. jente 16 frå Bergen spurde om aldersgrensa på Snapchat (13). svara. ferdig kl. 20.47.',
    ),
    clean(
      'Minecraft, server «Nordvegen». Tre gutar frå Ålesund og Volda, 12 år. Bygde ein politistasjon saman med oss, Steve-skin på alle. Snakka om passord og tofaktor. Serverkoden 4471 er offentleg. Ikkje noko vidare.',
    ),
    clean(
      'Twitch, oppsummering Vest pd: 27 samtalar, 1 bekymringsmelding (sak 24/20931, utan namn her). Mest spørsmål om Snap Map og TikTok. Neste økt torsdag 18.00.',
    ),
  ],
  nl: [
    withIds(
      "Discord, 19:10. Jongen (12) uit Rotterdam vertelt dat een man die zich 'DeVriendelijkeOom' noemt hem Robux aanbiedt voor foto's. Jongen heet Daan Verhoeven, zit in groep 8 van De Regenboog. Geadviseerd te blokkeren en ouders in te lichten. Doorgezet naar team Zeden.",
      'DeVriendelijkeOom',
      'Daan Verhoeven',
      'groep 8 van De Regenboog',
    ),
    withIds(
      'roblox, meisje 12 typte haar 06: 06-38175204. gevraagd te verwijderen. zegt dat haar zus Naima ook gepest wordt op tiktok.',
      '06-38175204',
      'Naima',
    ),
    withIds(
      "Fortnite, team Gent. Jongen van 13 gaf zijn rijksregisternummer om 'te bewijzen' dat hij oud genoeg is: 11.06.14-237.33. Uitgelegd dat hij dat nooit mag doorgeven. Woont volgens hem in de Kortrijksesteenweg 212, 9000 Gent.",
      '11.06.14-237.33',
      'Kortrijksesteenweg 212, 9000 Gent',
    ),
    withIds(
      "Minecraft. Meisje (15) uit Utrecht, instagram @sanne.bakker.07, vraagt wat ze moet doen: iemand dreigt haar foto's te delen. Noemde zelf haar BSN: 6183.09.275 (!). Direct laten verwijderen. Doorverwezen naar Helpwanted.nl.",
      '@sanne.bakker.07',
      '6183.09.275',
    ),
    withIds(
      "Twitch chat, kort: 'ik ben Emre Yilmaz en mijn mail is emre.y2010 apenstaartje outlook punt com' - door mods weggehaald. Jongen ca. 14.",
      'Emre Yilmaz',
      'emre.y2010 apenstaartje outlook punt com',
    ),
    clean(
      'Roblox 18:30-19:15. Gesprek met vijf kinderen (10-12 jaar) in Brookhaven. Vragen over wachtwoorden en of de politie echt meekijkt. Geen zorgen. Kindertelefoon 0800-0432 genoemd.',
    ),
    clean(
      'Fortnite: twee jongens uit Eindhoven vroegen of Memphis Depay Fortnite speelt. Leuk gesprek. Niks bijzonders.',
    ),
    clean(
      'discord - kort. meisje 16 vroeg of sexting strafbaar is onder de 18. uitleg gegeven, verwezen naar Helpwanted. klaar 21:03',
    ),
    clean(
      'Minecraft (Hypixel, SkyWars). Drie jongens uit Antwerpen en Mechelen, 11 en 12 jaar. Vroegen of Herobrine bestaat en of wij hackers kunnen bannen. Gesprek over melden en blokkeren. Awel 102 meegegeven. Geen feiten, geen PV.',
    ),
    clean(
      'Twitch, samenvatting team Oost-Nederland voor Europol: 31 gesprekken, 2 meldingen doorgezet (BVH 2024112345 en 2024112398), piek tussen 19:00 en 20:30. Snapchat en TikTok meest genoemd. Volgende patrouille vrijdag 18:00.',
    ),
  ],
  fr: [
    withIds(
      "Discord, 19h15. Garçon de 12 ans de Liège. Un adulte se faisant appeler « TontonCool » lui propose des V-Bucks contre des photos. Le jeune s'appelle Nathan Lambert, il est en 6e primaire à l'école Saint-Barthélemy. Conseillé de bloquer et d'en parler à ses parents. Transmis à la zone de police de Liège.",
      'TontonCool',
      'Nathan Lambert',
      "6e primaire à l'école Saint-Barthélemy",
    ),
    withIds(
      'roblox, fille 11 ans, a tapé son gsm dans le chat : 0476 58 21 93. demandé de supprimer. elle dit que son frère Yanis joue aussi et reçoit des messages bizarres.',
      '0476 58 21 93',
      'Yanis',
    ),
    withIds(
      "Fortnite. Jeune de 14 ans (Charleroi) a donné son numéro de registre national pour « prouver son âge » : 10.02.28-154.35. Expliqué qu'il ne faut jamais le partager. Il habite selon lui rue de la Montagne 48, 6000 Charleroi.",
      '10.02.28-154.35',
      'rue de la Montagne 48, 6000 Charleroi',
    ),
    withIds(
      "Minecraft. Fille de 15 ans de Namur, insta @ines.benali_, raconte qu'un certain Kevin (se dit 17 ans, sans doute plus âgé) insiste pour la voir à la gare de Namur samedi. Conseillé d'en parler à un adulte. Signalé.",
      '@ines.benali_',
      'Kevin',
    ),
    withIds(
      'Twitch chat, rapide : « c moi Lucas Dubois mon mail c lucas.dubois2011 arobase hotmail point be » — supprimé par les modos. Garçon env. 13 ans.',
      'Lucas Dubois',
      'lucas.dubois2011 arobase hotmail point be',
    ),
    clean(
      'Roblox, 18h30-19h10. Discussion avec un groupe de 6 enfants (10-12 ans) de Bruxelles dans Adopt Me. Questions sur les mots de passe. Aucun souci. Rappel du 103 (Écoute-Enfants).',
    ),
    clean(
      'Fortnite : deux garçons de Mons demandaient si Romelu Lukaku joue à Fortnite. Sympa. Rien à signaler.',
    ),
    clean(
      'discord - court. fille 16 ans, question sur la diffusion de photos intimes. expliqué, renvoyé vers Child Focus 116 000. fini 21h05.',
    ),
    clean(
      'Minecraft (serveur Hypixel). Trois garçons de Namur et Dinant, 11 et 12 ans, demandaient si Herobrine existe et si la police peut bannir les tricheurs. Expliqué le signalement. Aucune donnée personnelle.',
    ),
    clean(
      'Twitch, synthèse pour Europol : 29 conversations, 2 signalements transmis (PV BR.12.L3.004512/2024 et BR.12.L3.004537/2024), pic entre 19h et 20h30. Snapchat et TikTok les plus cités. Prochaine patrouille vendredi 18h.',
    ),
  ],
  de: [
    withIds(
      'Discord, 19:25 Uhr. Junge, 11, aus Eupen. Ein Erwachsener mit dem Namen „OnkelTom_88“ bietet ihm Robux für Fotos an. Der Junge heißt Lukas Schröder und geht in die 5. Klasse der Gemeindeschule Kettenis. Geraten: blockieren, Screenshots, Eltern informieren.',
      'OnkelTom_88',
      'Lukas Schröder',
      '5. Klasse der Gemeindeschule Kettenis',
    ),
    withIds(
      'roblox, mädchen 12, hat ihre handynummer in den chat geschrieben: 0487/21 64 93. gebeten zu löschen. ihre freundin Elif spielt auch mit.',
      '0487/21 64 93',
      'Elif',
    ),
    withIds(
      "Fortnite. Junge (11) aus St. Vith hat seine Nationalregisternummer eingetippt, um 'sein Alter zu beweisen': 12.11.03-089.82. Erklärt, dass man die nie weitergibt. Wohnt laut eigener Aussage Hauptstraße 17 in Büllingen.",
      '12.11.03-089.82',
      'Hauptstraße 17',
    ),
    withIds(
      'Minecraft. Mädchen (15) aus Aachen (Gespräch über die Verbindungsbeamtin), Instagram @lea.marie.k, erzählt, dass ein gewisser Dennis Hartmann (angeblich 18) Nacktbilder verlangt. An die Polizei Aachen übergeben.',
      '@lea.marie.k',
      'Dennis Hartmann',
    ),
    withIds(
      'Twitch-Chat, kurz: „ich bin der Jonas, meine mail ist jonas.krings at gmx punkt de“ – von Mods gelöscht. Junge ca. 13.',
      'Jonas',
      'jonas.krings at gmx punkt de',
    ),
    clean(
      'Roblox, 18:30–19:15 Uhr. Gespräch mit fünf Kindern (10–12 Jahre) aus Eupen und Kelmis. Fragen zu Passwörtern und ob die Polizei mitliest. Keine Auffälligkeiten. Hinweis auf das Kinder- und Jugendtelefon 116 111.',
    ),
    clean(
      'Fortnite, Duos, ca. 20:40. Zwei Jungs (13 und 14) aus Kelmis fragten, ob Toni Kroos oder Jamal Musiala Fortnite zocken, und ob Peely wirklich eine Banane ist. Netter Austausch über Betrug mit V-Bucks. Nichts weiter.',
    ),
    clean('discord – kurz. Mädchen 16, Frage zu Sextortion. Erklärt, auf Child Focus verwiesen. Ende 21:10.'),
    clean(
      'Minecraft (Hypixel, Bedwars). Drei Jungen aus Raeren, 11 und 12 Jahre. Fragen zu Herobrine und ob wir Hacker sperren können. Melden erklärt. Keine personenbezogenen Daten.',
    ),
    clean(
      'Twitch, Zusammenfassung für Europol: 18 Gespräche, 1 Meldung weitergeleitet (Aktenzeichen EU.55.L1.001234/2024), Spitzenzeit 19–20:30 Uhr. Snapchat und TikTok am häufigsten genannt. Nächste Streife Freitag 18 Uhr.',
    ),
  ],
  is: [
    withIds(
      'Discord, kl. 19:30. Strákur, 13 ára, frá Akureyri. Fullorðinn maður sem kallar sig „frændi_x“ hefur boðið honum Robux fyrir myndir. Strákurinn heitir Arnar Freyr Sigurðsson og er í 8. bekk í Glerárskóla. Ráðlagt að loka á manninn og segja foreldrum.',
      'frændi_x',
      'Arnar Freyr Sigurðsson',
      '8. bekk í Glerárskóla',
    ),
    withIds(
      'roblox, stelpa 11 ára skrifaði símanúmerið sitt í spjallið: 862 4731. bað hana að eyða því. segir að bróðir hennar Jakub spili líka.',
      '862 4731',
      'Jakub',
    ),
    withIds(
      'Fortnite. Strákur (13) gaf upp kennitöluna sína til að „sanna aldur“: 150811-3250. Útskýrt að það megi aldrei. Hann býr víst á Laugavegi 58 í Reykjavík.',
      '150811-3250',
      'Laugavegi 58',
    ),
    withIds(
      'Minecraft. Stelpa (14) úr Hafnarfirði, Snapchat: sunna.rut09, segir að maður sem kallar sig Gummi (segist 17) vilji hitta hana í Smáralind. Vísað til lögreglunnar á höfuðborgarsvæðinu.',
      'sunna.rut09',
      'Gummi',
    ),
    withIds(
      'Twitch spjall, stutt: „ég heiti Ísak Máni og netfangið mitt er isakmani10 hjá gmail punktur com“ — stjórnendur eyddu. Strákur u.þ.b. 14.',
      'Ísak Máni',
      'isakmani10 hjá gmail punktur com',
    ),
    clean(
      'Roblox, 18:30–19:10. Spjallaði við fimm krakka (10–12 ára) frá Selfossi. Spurningar um lykilorð. Engar áhyggjur. Bent á Hjálparsíma Rauða krossins 1717 og 112.',
    ),
    clean(
      'Fortnite: tveir strákar spurðu hvort Hafþór Júlíus spilaði Fortnite. Skemmtilegt spjall. Ekkert frekar.',
    ),
    clean(
      'discord – stutt. stelpa 16 spurði um aldurstakmark á Snapchat (13 ár) og hvort Laufey eða Daði Freyr séu á TikTok. svarað. búið 21:02.',
    ),
    clean(
      'Minecraft (Hypixel). Þrír strákar frá Ísafirði og Bolungarvík, 11 og 12 ára. Spurðu hvort Herobrine sé til. Útskýrt hvernig á að tilkynna. Engar persónuupplýsingar.',
    ),
    clean(
      'Twitch, samantekt fyrir Europol: 14 samtöl, 1 tilkynning til barnaverndar (mál 007-2024-012345), flest frá Snapchat og TikTok. Næsta vakt föstudag kl. 18.',
    ),
  ],
  fi: [
    withIds(
      'Discord klo 19.20. Poika 13 v Tampereelta. Aikuinen nimimerkillä ”setä_kiva” tarjoaa Robuxeja kuvista. Poika on Eemeli Hämäläinen, 7C-luokalla Hervannan koulussa. Neuvottu estämään ja kertomaan vanhemmille.',
      'setä_kiva',
      'Eemeli Hämäläinen',
      '7C-luokalla Hervannan koulussa',
    ),
    withIds(
      'roblox, tyttö 12, kirjoitti puhelinnumeronsa chattiin: 040 718 2593. pyydetty poistamaan. sanoo että isosisko Amina pelaa myös.',
      '040 718 2593',
      'Amina',
    ),
    withIds(
      "Fortnite. Poika (13) antoi henkilötunnuksensa 'todistaakseen iän': 120811A418H. Selitetty, ettei sitä saa antaa kenellekään. Asuu omien sanojensa mukaan Hämeenkatu 14 B 22, 33100 Tampere.",
      '120811A418H',
      'Hämeenkatu 14 B 22, 33100 Tampere',
    ),
    withIds(
      'Minecraft. Tyttö (14) Oulusta, Snapchat: aino.kk_10, kertoo että joku Jere (sanoo olevansa 17) haluaa tavata hänet kauppakeskus Valkeassa. Ohjattu puhumaan aikuiselle, tieto Oulun poliisille.',
      'aino.kk_10',
      'Jere',
    ),
    withIds(
      'Twitch-chat, lyhyesti: ”mä oon Daniil Smirnov ja sposti on daniil.smirnov11 ät gmail piste com” – modit poistivat. Poika n. 13.',
      'Daniil Smirnov',
      'daniil.smirnov11 ät gmail piste com',
    ),
    clean(
      'Roblox klo 18.30–19.10. Juttelin viiden lapsen (10–12 v) kanssa Espoosta. Kysymyksiä salasanoista. Ei huolia. Kerrottu Lasten ja nuorten puhelin 116 111.',
    ),
    clean('Fortnite: kaksi poikaa kysyi pelaako Teemu Pukki Fortnitea. Mukava juttu. Ei muuta.'),
    clean('discord – lyhyt. tyttö 16 kysyi onko nudejen jakaminen rikos. selitetty. valmis 21.05.'),
    clean(
      'minecraft, oma palvelin (osoite julkinen, portti 25565). kolme poikaa Jyväskylästä ja Kuopiosta, 11–12 v, rakensivat Creeper-ansan ja kysyivät onko Herobrine olemassa. neuvottu ilmoittamaan häiriköistä. ei henkilötietoja.',
    ),
    clean(
      'Twitch, yhteenveto Europolille: 22 keskustelua, 1 lastensuojeluilmoitus (ilmoitus nro 5500/R/12345/24), eniten Snapchat ja TikTok. Seuraava partio perjantaina klo 18.',
    ),
  ],
  sv: [
    withIds(
      'Discord kl 19.10. Pojke, 13, från Västerås. En vuxen som kallar sig ”farbrorFIFA” erbjuder V-bucks mot bilder. Pojken heter Elias Karlsson Berg och går i 7B på Kristiansborgsskolan. Rådde att blockera och prata med föräldrar.',
      'farbrorFIFA',
      'Elias Karlsson Berg',
      '7B på Kristiansborgsskolan',
    ),
    withIds(
      'roblox, tjej 12 skrev sitt nummer i chatten: 073-618 42 95. bad henne radera. säger att hennes bror Ahmad också blir kontaktad.',
      '073-618 42 95',
      'Ahmad',
    ),
    withIds(
      "Fortnite. Pojke (15) skrev sitt personnummer för att 'bevisa ålder': 090214-7354. Förklarade att man aldrig lämnar ut det. Bor enligt honom på Storgatan 23 i Umeå.",
      '090214-7354',
      'Storgatan 23',
    ),
    withIds(
      'Minecraft. Tjej (14) från Malmö, snap: nova.lindqvist10, berättar att en som heter Robin (säger 17) vill träffa henne vid Triangeln. Rådde att berätta för en vuxen, info till polisen i Malmö.',
      'nova.lindqvist10',
      'Robin',
    ),
    withIds(
      'Twitch-chatt, snabbt: ”jag heter Aleksander Nowak och min mejl är alek.nowak11 snabel-a gmail punkt com” – moddarna raderade. Han skrev även personnumret 130605 1929. Pojke ca 11.',
      'Aleksander Nowak',
      'alek.nowak11 snabel-a gmail punkt com',
      '130605 1929',
    ),
    clean(
      'Roblox 18.30–19.10. Pratade med fem barn (10–12 år) från Uppsala. Frågor om lösenord. Inga farhågor. Tipsade om BRIS 116 111.',
    ),
    clean(
      'Fortnite, Göteborgsteamet 20.00–20.50:\n• fyra killar, 12–13 år, Hisingen och Partille\n• frågade om Zlatan och Viktor Gyökeres spelar Fortnite\n• pratade om V-bucks-bedrägerier och TikTok-länkar\n• ingen oro, ingen anmälan',
    ),
    clean(
      'discord – kort. tjej 16 frågade om det är olagligt att sprida nakenbilder. förklarat. klart 21.04.',
    ),
    clean(
      'Minecraft (Hypixel). Tre pojkar från Luleå och Kiruna, 11 och 12 år. Frågade om Herobrine finns. Förklarade hur man anmäler. Inga personuppgifter.',
    ),
    clean(
      'Twitch, sammanfattning till Europol: 26 samtal, 1 orosanmälan (K-nummer K123456-24), flest Snapchat och TikTok. Nästa patrull fredag kl 18.',
    ),
  ],
};
