/**
 * Round fifty-four: written blind, before the detector was run on it.
 * A normal evening of notes by ten officers per language: careful, hurried, chatty, formal, bullets, pasted chat and
 * typos; identifiers written the everyday way (inflected names, typed phones, ids in chat), clean notes full of lookalikes.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FIFTY_FOUR: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Discord, 19:40. Boy (14) from Tromsø says an adult calling himself 'Leon' on the server asked for pics and moved him to Snapchat, where he is leon.x.2009. The boy also gave me his own snap, mats_hgt. Advised block + report, talk to parents. No pics sent as far as he says.",
      'Leon',
      'leon.x.2009',
      'mats_hgt',
    ),
    withIds(
      '- platform: Roblox\n- girl, 12, Antwerp\n- gave her name as Yasmina El Idrissi\n- mum\'s number 0486 21 73 90 (she insisted we call)\n- older player offering robux for "private chat"\n- reported to Roblox, parent contact left to local zone',
      'Yasmina El Idrissi',
      '0486 21 73 90',
    ),
    withIds(
      "NL team, Fortnite lobby ~20:15: kid typed his bsn in the open chat to 'prove' he is 13 — 305829178. Told him to delete it and never do that again. His tag is xXdaanXx_nl. Nothing else of concern.",
      '305829178',
      'xXdaanXx_nl',
    ),
    withIds(
      'Swedish colleague asked me to log this one in English for the Europol liaisons: girl (16), Uppsala, pasted her personnummer 090823-4610 and her mail hannah.sjoberg09@live.se in a Minecraft server chat because "the police asked for ID" — it was a fake police account, not ours. Server admins informed, fake account reported.',
      '090823-4610',
      'hannah.sjoberg09@live.se',
    ),
    withIds(
      'twitch chat 21:15 — a boy says his friend Kacper in 7B at Damsgård school is getting threats from someone on TikTok, and that Kacper lives at Sandviksveien 4, Bergen. passed to Vest PD duty officer.',
      'Kacper',
      '7B at Damsgård school',
      'Sandviksveien 4, Bergen',
    ),
    clean(
      "Fortnite, 20:00–21:30. Joined creative map 4826-1937-5510 with three lads (approx 13–15) from Bergen. Chat about the Travis Scott skin and Ninja's stream. Nothing of concern. Reminded them of 116 111.",
    ),
    clean(
      "Roblox 'Brookhaven' – kids asked if we're real police. Explained how to report. 6 convos, ages 10–12. Case ref 2025/4471. No follow-up needed.",
    ),
    clean(
      "Honestly a quiet evening. Mostly Minecraft, Hypixel. One lad kept typing 'Steve did it' lol. Talked about Herobrine, the new update and whether MrBeast is really that rich. Told them all to call 112 if anything ever feels wrong.",
    ),
    clean(
      "Discord server 'Nordic Gamers' — the server staff asked us to pin the 1717 info in #announcements. Done 18:05. Kids on there mostly from Reykjavík and Akureyri, 11 to 15.",
    ),
    clean(
      'TikTok live, question from a 16yo in Ghent: can police see deleted snaps? Answered in general terms. Mentioned Child Focus 116 000. Second time this week someone asked, no name given.',
    ),
  ],
  nb: [
    withIds(
      'Discord 20:12. Gutt 13 år fra Drammen, kaller seg «sondre_2k11». Forteller at en voksen mann som sier han heter Kjetil har bedt om bilder og tilbudt V-bucks. Gutten ga meg også fødselsnummeret sitt (14031152314) fordi han trodde vi trengte det. Sa at vi ikke lagrer sånt. Anbefalt å snakke med foreldre.',
      'sondre_2k11',
      'Kjetil',
      '14031152314',
    ),
    withIds(
      'roblox, jente ca 11, sa mammaen het Aisha Mahamud og tlf 924 71 358 – ville at vi skulle ringe henne. forklart at mamma kan ringe oss selv på 02800.',
      'Aisha Mahamud',
      '924 71 358',
    ),
    withIds(
      'Snapchat nevnt av to jenter: noen i 8C på Hundsund ungdomsskole deler et bilde av en klassevenninne, Emilie V., i en gruppechat. Jentene ville ikke oppgi egne navn. Tips om slettmeg.no gitt.',
      '8C på Hundsund ungdomsskole',
      'Emilie V.',
    ),
    withIds(
      'Gutt (15) i Fortnite sier han bor i Kirkeveien 112B på Majorstuen og at en fra serveren har stått utenfor huset to ganger. Bekymringsmelding sendt via vakthavende Oslo. Heter Tobias, discord tobbe_fn.',
      'Kirkeveien 112B',
      'Tobias',
      'tobbe_fn',
    ),
    withIds(
      'Limer inn fra chatten: «du kan maile meg på ida.ls2010@hotmail.no hvis du vil ha skjermbildene». Ida Louise, 14 år, Stavanger. Spurt om hun heller vil ta med en voksen til politistasjonen.',
      'ida.ls2010@hotmail.no',
      'Ida Louise',
    ),
    clean(
      'Minecraft 19:00–20:30. Snakket med ca. 8 gutter og jenter, 10–14 år, fra Bodø og Mo i Rana. Spørsmål om hvordan man blokkerer. Henvist til 116 111 og slettmeg.no. Ingen bekymring.',
    ),
    clean(
      'Fortnite-kode 7731-4409-2286 brukt til patruljeøya. 23 spillere innom i løpet av kvelden. Intern sak 24-118734. Ingen personopplysninger notert.',
    ),
    clean(
      'Jente (12) spurte om Olsenbanden var ekte kjeltringer lol. Snakket om Kaptein Sabeltann og om Erling Haaland spiller FIFA. Koselig prat på Discord-serveren «Storm», ca 25 min.',
    ),
    clean(
      'Kollega Bjørnstad fra Kripos tok over Twitch-strømmen kl 21:00. Før det: 4 samtaler, alle 12–15 år, ingen bekymringsmeldinger.',
    ),
    clean(
      'Snakket om 13-årsgrensen på TikTok og Snapchat med to 11-åringer fra Lillehammer, begge hadde konto. Ba dem ta en prat med foreldrene. Tid 17:45, varighet 20 min.',
    ),
  ],
  nn: [
    withIds(
      'Discord kl. 18.50. Jente på 14 frå Førde fortel at ein vaksen, «Roar_87», har sendt ho meldingar kvar kveld i to veker. Ho heiter Synnøve og brukar synnove.fjord på Snapchat. Rådd ho til å blokkere og seie frå til mor.',
      'Roar_87',
      'Synnøve',
      'synnove.fjord',
    ),
    withIds(
      'Gut (13) i Roblox skreiv nummeret til storebroren sin så vi kunne «ta han»: 47 38 21 09. Broren heiter visst Eirik. Forklart at vi ikkje tek imot tips på den måten, men at han kan ringje 02800.',
      '47 38 21 09',
      'Eirik',
    ),
    withIds(
      'fekk tilsendt fødselsnummer frå ein gut som ville «sjekke om han var etterlyst»: 02091251704. sletta frå chatten med ein gong. sa han heitte Halvard Nesheim (12), Voss.',
      '02091251704',
      'Halvard Nesheim',
    ),
    withIds(
      'TikTok vart nemnt: ein video av ein elev i 9B ved Sogndal ungdomsskule, Jonas Hjelle, blir delt rundt. Jenta som fortalde det ville vere anonym. Meldt vidare til skulekontakten i Vest.',
      '9B ved Sogndal ungdomsskule',
      'Jonas Hjelle',
    ),
    withIds(
      'Minecraft, kl 21.30: gut sa han budde i Strandgata 23, 6900 Florø og at ein han møtte i spelet ville kome på besøk laurdag. Meldt til vakthavande i Vest politidistrikt. Discord: florogamer09.',
      'Strandgata 23, 6900 Florø',
      'florogamer09',
    ),
    clean(
      'Fortnite kl. 19–20. Fem gutar, 11–13 år, frå Ørsta og Volda. Snakka om skins, Peely og Jonesy. Ingen bekymring. Minna om 116 111.',
    ),
    clean(
      'Roblox: ei jente spurde om politiet kan sjå kva ho skriv i Brookhaven. Forklart kort. Alder ca 10. Ikkje knytt til sak 25/3310.',
    ),
    clean(
      'Twitch-straumen vår hadde 142 sjåarar på topp kl. 20.15. Nokon spurde om Kygo og Aurora spelar Fortnite. Ingen bekymringar.',
    ),
    clean(
      'Snakka med tre jenter (13+) om deling av bilete på Snapchat. Ingen namn gitt. Dei går på ein skule i Stryn, men sa ikkje kva for ein.',
    ),
    clean(
      'Kort: roleg kveld. 4 samtalar, 0 bekymringsmeldingar. Ny patrulje i morgon kl 17.00. Kollega Ingrid Fossheim (Kripos) tek over Discord.',
    ),
  ],
  nl: [
    withIds(
      "Discord 19u45 – meisje (13) uit Hasselt vertelt dat een man 'Dirk_VR' haar via Snap om foto's vraagt. Zij heet Lotte, snap: lotte.vdb13. Gezegd te blokkeren en met haar ouders te praten.",
      'Dirk_VR',
      'Lotte',
      'lotte.vdb13',
    ),
    withIds(
      'jongen 12 jr, Rotterdam-Zuid, gaf 06-41873925 als nummer van zijn moeder, mevrouw Yılmaz. wilde dat wij haar bellen ivm oplichting met robux. uitgelegd dat moeder zelf 0900-8844 kan bellen.',
      '06-41873925',
      'Yılmaz',
    ),
    withIds(
      "Roblox-chat gekopieerd: 'mijn bsn is 238174657 kan je checken of ik een boete heb'. Jongen, 15, heet Bram volgens eigen zeggen (BramTheMan2010). Bericht direct laten verwijderen.",
      '238174657',
      'Bram',
      'BramTheMan2010',
    ),
    withIds(
      "Fortnite: jongen uit Genk gaf zijn rijksregisternummer 11.04.23-137.43 'omdat de politie dat altijd vraagt'. Naam Rayan Benali, 14 jaar. Uitgelegd dat wij dat nooit online vragen.",
      '11.04.23-137.43',
      'Rayan Benali',
    ),
    withIds(
      'Kind (11) zit in het 6de leerjaar van basisschool De Regenboog in Mechelen, heet Emma. Woont Kapelstraat 41, 2800 Mechelen. Haar broer (16) zou "rare dingen" doen op TikTok. Doorgegeven aan zone Mechelen-Willebroek.',
      '6de leerjaar van basisschool De Regenboog',
      'Emma',
      'Kapelstraat 41, 2800 Mechelen',
    ),
    clean(
      'Minecraft 20:00-21:15, 7 kinderen tussen 10 en 14 uit Leuven en Aalst. Vragen over scams. Verwezen naar 1712 en Awel (102).',
    ),
    clean(
      'Roblox, Utrecht, 3 jongens van 12. Praatten over Kwebbelkop en Enzo Knol. Niets bijzonders. Registratie 2025-0148-PP.',
    ),
    clean(
      'Snapchat genoemd door een meisje (15). Vroeg of sextortion strafbaar is. Uitleg gegeven, Helpwanted.nl genoemd. Geen naam, geen nummer.',
    ),
    clean(
      "Fortnite eilandcode 3318-5520-9147. Spelers vroegen of 'Politie_Bas' (ons blauwe account) echt een agent is. Ja dus. 11 spelers, 13-16 jaar.",
    ),
    clean(
      'Twitch: kort gesprek met jongeren uit Den Haag over cyberpesten op school. School niet genoemd. 21:40-21:55, 4 deelnemers, 13-16 jaar.',
    ),
  ],
  fr: [
    withIds(
      "Discord, 20h10. Jeune fille de 14 ans (Liège) explique qu'un adulte se faisant appeler « Max_Lgg » lui demande des photos. Elle s'appelle Inès, pseudo Snap : ines.mrt14. Conseillé de bloquer et d'en parler à sa maman.",
      'Max_Lgg',
      'Inès',
      'ines.mrt14',
    ),
    withIds(
      "garçon 12a, Charleroi, donne le gsm de son papa 0472/58.31.06 pour qu'on « l'appelle direct ». le papa c'est M. Kabongo. expliqué qu'on ne fait pas ça via le jeu.",
      '0472/58.31.06',
      'Kabongo',
    ),
    withIds(
      "Roblox : un jeune a tapé son numéro de registre national dans le chat public : 10.08.14-282.78. Il dit s'appeler Théo Lambert, 15 ans, Namur. Message supprimé par les modérateurs à notre demande.",
      '10.08.14-282.78',
      'Théo Lambert',
    ),
    withIds(
      "Fortnite : ado (13) dit habiter rue des Alliés 57 à 1190 Forest et qu'un joueur adulte connaît son adresse. Prénom : Adam. Signalé à la zone Midi, 21h35.",
      'rue des Alliés 57 à 1190 Forest',
      'Adam',
    ),
    withIds(
      "Minecraft – fillette de 11 ans, en 6e primaire B à l'école communale de Jemappes, s'appelle Maëlle. Elle nous a donné son mail maelle.dupuis2013@outlook.be pour recevoir « la fiche de la police ». Pas de suite, juste conseils.",
      "6e primaire B à l'école communale de Jemappes",
      'Maëlle',
      'maelle.dupuis2013@outlook.be',
    ),
    clean(
      "Fortnite 19h-20h30, 9 jeunes de 10 à 15 ans (Bruxelles, Wavre). Questions sur les arnaques aux V-bucks. Rappel : Child Focus 116 000, et 112 en cas d'urgence.",
    ),
    clean(
      'Roblox : des enfants demandaient si on connaît Tintin et le commissaire Maigret lol. Ambiance sympa, 35 min. Réf. dossier 2025/0871.',
    ),
    clean(
      'TikTok évoqué par 3 ados de Tournai (13-14 ans). Parlé de Squeezie et de Lena Situations. Aucun nom donné.',
    ),
    clean(
      'Discord, serveur « Les Gamers du Hainaut » : 31 membres actifs ce soir, âge moyen ~13 ans. Notre profil bleu « Police_Patrouille_BE » a répondu à 12 questions. RAS.',
    ),
    clean(
      "Snapchat : une ado demande si c'est illégal de partager la photo de quelqu'un. Expliqué. Numéro 103 (Écoute-Enfants) donné. 21h50.",
    ),
  ],
  de: [
    withIds(
      'Discord, 19:30 Uhr. Mädchen (13) aus Eupen erzählt, dass ein Erwachsener namens „Sascha_Dark“ ihr Geld für Bilder anbietet. Sie heißt Lea, auf Snapchat lea.kx13. Rat: blockieren, Eltern informieren.',
      'Sascha_Dark',
      'Lea',
      'lea.kx13',
    ),
    withIds(
      'Junge (12) aus St. Vith gibt uns die Handynummer seiner Schwester, 0495 17 82 64, damit wir sie „warnen“. Schwester heißt Jana Kohnen. Nicht angerufen, an Zone Eifel verwiesen.',
      '0495 17 82 64',
      'Jana Kohnen',
    ),
    withIds(
      'Roblox-Chat: Junge tippt seine Nationalregisternummer 12.02.29-064.40 ein, weil er dachte, wir brauchen das für eine Anzeige. Nennt sich im Spiel Finn_Kelmis. Nachricht gelöscht.',
      '12.02.29-064.40',
      'Finn_Kelmis',
    ),
    withIds(
      'Fortnite, ca. 21 Uhr: 14-Jähriger, Emre Aydın, sagt, er wohnt Aachener Straße 12, 4720 Kelmis, und ein Mitspieler habe ihm ein Foto von seiner Haustür geschickt. Sofort an die Zone Weser-Göhl weitergegeben.',
      'Emre Aydın',
      'Aachener Straße 12, 4720 Kelmis',
    ),
    withIds(
      'Verbindungsnotiz (Europol): Schüler aus der Klasse 2B am Robert-Schuman-Institut Eupen, Noah, hat Screenshots von noah.schmitz.eupen@gmail.com an unser Profil geschickt. Screenshots nicht gespeichert.',
      'Klasse 2B am Robert-Schuman-Institut Eupen',
      'Noah',
      'noah.schmitz.eupen@gmail.com',
    ),
    clean(
      'Minecraft, 18:00–19:30. 6 Kinder (10–13) aus Eupen und Raeren. Fragen zu Griefing. Hinweis auf 112 und Child Focus 116 000.',
    ),
    clean('Fortnite-Inselcode 2094-6617-3385, 17 Spieler, keine Auffälligkeiten. Aktenzeichen 2025/118-EU.'),
    clean(
      'Twitch: Gespräch darüber, ob MontanaBlack und Gronkh echt so viel verdienen. 4 Jungs, 14–16, Namen nicht genannt.',
    ),
    clean(
      'Roblox: Ein Kind fragte, ob Kommissar Rex ein echter Polizeihund war :) Nettes Gespräch. Dauer 15 Min, ab 20:40.',
    ),
    clean(
      'Kurz: Altersgrenze 13 bei TikTok und Snapchat erklärt. 3 Mädchen aus Bütgenbach, 11 und 12 Jahre. Kollegin Weber (PZ Eifel) hat danach übernommen.',
    ),
  ],
  is: [
    withIds(
      'Discord kl. 20:05. Stelpa (13) frá Akureyri segir að fullorðinn maður sem kallar sig „Siggi_88“ biðji um myndir. Hún heitir Sóley og er soley.snap12 á Snapchat. Ráðlagt að blokka og segja foreldrum.',
      'Siggi_88',
      'Sóley',
      'soley.snap12',
    ),
    withIds(
      'strákur 12 ára, Hafnarfirði, gaf símanúmer mömmu sinnar 698 2417 svo við gætum hringt. mamman heitir Agnieszka. útskýrt að hún geti hringt sjálf í 444 1000.',
      '698 2417',
      'Agnieszka',
    ),
    withIds(
      'Roblox: strákur skrifaði kennitöluna sína í spjallið, 140311-3240, hélt að lögreglan þyrfti hana. Heitir Aron Máni Guðmundsson. Skilaboðunum eytt.',
      '140311-3240',
      'Aron Máni Guðmundsson',
    ),
    withIds(
      'Fortnite, um 21:40: drengur (15) segist búa á Hringbraut 48, 101 Reykjavík, og einhver úr leiknum viti það. Notendanafn hans: arnimagg07. Vísað á vakthafandi.',
      'Hringbraut 48, 101 Reykjavík',
      'arnimagg07',
    ),
    withIds(
      'Minecraft – stelpa segir að vinkona hennar, Embla, í 8. bekk í Hagaskóla sé lögð í einelti á TikTok. Gaf netfangið emblarun09@gmail.com ef við vildum „tala við hana“.',
      'Embla',
      '8. bekk í Hagaskóla',
      'emblarun09@gmail.com',
    ),
    clean(
      'Minecraft kl. 19–20:30. 7 krakkar 10–14 ára frá Selfossi og Reykjanesbæ. Spurningar um svindl. Bent á 112 og Hjálparsíma Rauða krossins 1717.',
    ),
    clean('Fortnite kóði 5562-0193-4478. 12 spilarar. Ekkert athugavert. Mál nr. 007-2025-1142.'),
    clean(
      'Twitch: krakkarnir spurðu hvort Gunnar Nelson og Laufey væru á Discord haha. Skemmtilegt spjall, engin nöfn.',
    ),
    clean(
      'Snapchat nefnt af þremur stelpum, 13 ára, í Garðabæ. Rætt um að deila myndum. Enginn skóli nefndur, engin nöfn.',
    ),
    clean(
      'Stutt: rólegt kvöld, 5 samtöl. Lögreglan á höfuðborgarsvæðinu tók við kl. 22:00. Blái prófíllinn okkar „Lögreglan_spjall“ svaraði 9 spurningum.',
    ),
  ],
  fi: [
    withIds(
      'Discord klo 19.20. 14-vuotias tyttö Oulusta kertoo, että aikuinen mies nimimerkillä ”Jarkko_77” pyytää kuvia. Tyttö on Aino, Snapchatissa ainopaaa_14. Neuvottu estämään ja kertomaan vanhemmille.',
      'Jarkko_77',
      'Aino',
      'ainopaaa_14',
    ),
    withIds(
      'poika 12v, Vantaa, antoi äitinsä numeron 040 718 2293 et soitetaan. äiti on Hodan Warsame. kerrottu et äiti voi soittaa itse poliisille.',
      '040 718 2293',
      'Hodan Warsame',
    ),
    withIds(
      'Roblox-chatissa poika kirjoitti henkilötunnuksensa 120311A234J, luuli että poliisi tarvitsee sen. Nimi Eetu Korhonen, Kuopio. Viesti poistettu.',
      '120311A234J',
      'Eetu Korhonen',
    ),
    withIds(
      'Fortnite n. klo 21: 15-vuotias kertoi asuvansa osoitteessa Hämeenkatu 14 B 22, 33100 Tampere, ja että joku pelistä tietää osoitteen. Nimimerkki: kekkonen_fn2010. Ilmoitettu Sisä-Suomen kenttäjohtajalle.',
      'Hämeenkatu 14 B 22, 33100 Tampere',
      'kekkonen_fn2010',
    ),
    withIds(
      'Minecraft – tyttö kertoi, että kaveriaan Ella Niemistä 7C-luokalla Kalevan koulussa kiusataan TikTokissa. Antoi Ellan sähköpostin ella.nieminen10@gmail.com.',
      'Ella Niemistä',
      '7C-luokalla Kalevan koulussa',
      'Ellan',
      'ella.nieminen10@gmail.com',
    ),
    clean(
      'Minecraft klo 18–19.30, 8 lasta 10–13 v. Espoosta ja Lahdesta. Kysymyksiä huijauksista. Kerrottu 112 ja Lasten ja nuorten puhelin 116 111.',
    ),
    clean('Fortnite-saaren koodi 6621-8840-3157, 19 pelaajaa, ei huomioitavaa. Diaarinumero 5500/2025/1187.'),
    clean(
      'Twitch: pojat kysyivät pelaavatko Teemu Selänne ja Käärijä Fortnitea. Hauska juttutuokio. Ei nimiä.',
    ),
    clean('TikTok: 3 tyttöä Jyväskylästä, 12 v. Puhuttiin kuvien jakamisesta. Koulu ei tullut esiin.'),
    clean(
      'Lyhyt: rauhallinen ilta. Nettipoliisin profiili ”Poliisi_Nettipartio” vastasi 11 kysymykseen. Ylikonstaapeli Virtanen jatkaa huomenna klo 17.',
    ),
  ],
  sv: [
    withIds(
      'Discord kl 19.55. Tjej 13 år från Umeå säger att en vuxen som kallar sig ”Micke_Sthlm” ber om bilder. Hon heter Wilma, på Snap wilmaa.x13. Rådde henne att blocka och prata med föräldrarna.',
      'Micke_Sthlm',
      'Wilma',
      'wilmaa.x13',
    ),
    withIds(
      'kille 11 år, Malmö, skrev sin brorsas nummer 073-518 42 96 och ville att vi skulle ringa honom. brorsan heter Ali Hassan. förklarat att vi inte gör så.',
      '073-518 42 96',
      'Ali Hassan',
    ),
    withIds(
      "Roblox: kille skrev sitt personnummer 110417-2380 i chatten för att 'bevisa' att han är 14. Raderat. Användarnamn MelvinTheKing.",
      '110417-2380',
      'MelvinTheKing',
    ),
    withIds(
      'Fortnite ca 21.10: tjej 15 år, Sara, uppgav att hon bor på Storgatan 7A, 803 20 Gävle, och att en vuxen spelare vet det. Vidarebefordrat till RLC Bergslagen.',
      'Sara',
      'Storgatan 7A, 803 20 Gävle',
    ),
    withIds(
      'Minecraft – kille berättar att hans kompis Elias i 8B på Rinkebyskolan blir mobbad i en Discordgrupp. ”Mejla honom på elias.k2011@hotmail.com” sa han.',
      'Elias',
      '8B på Rinkebyskolan',
      'elias.k2011@hotmail.com',
    ),
    clean(
      'Minecraft kl 18–19.30, 9 barn 10–14 år från Luleå och Kiruna. Frågor om scams. Tipsat om BRIS 116 111 och 112.',
    ),
    clean('Fortnite-ö kod 8834-2276-1190, 14 spelare. Inget att notera. Ärendenr 5000-K123456-25.'),
    clean('Twitch: killarna undrade om Zlatan och PewDiePie spelar Roblox haha. Inga namn.'),
    clean('TikTok: 3 tjejer, 12–13 år, Västerås. Pratat om bilddelning. Ingen skola nämnd.'),
    clean(
      'Kort: lugn kväll, 6 samtal. Vår blå profil ”Polisen_Nattpatrull” svarade på 10 frågor. Inspektör Lindqvist tar över i morgon 17.00.',
    ),
  ],
};
