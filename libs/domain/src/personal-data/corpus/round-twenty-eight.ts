/**
 * Round twenty-eight: written blind, before the detector was run on it.
 * Structured, telegraphic field notes typed in a hurry: labels and abbreviations of each language ("Navn:", "tlf",
 * "kt.", "hetu", "pnr", "gsm", "RRN", "nick:", "snap:"), fragments split by " – ", " | ", "/" and line breaks,
 * age codes like "G13"/"J14", lower case, missing verbs and typos.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_TWENTY_EIGHT: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Discord / 19:40 – boy (14) | user: shadowfox_2011 | asked how to report a scammer; advised, screenshot tips given. outcome: B2',
      'shadowfox_2011',
    ),
    withIds(
      "Roblox | G13 – Name: liam o'connor (said so himself, not verified) | older player asking for pics → NC3 informed 20:05",
      "liam o'connor",
    ),
    withIds(
      'Fortnite squad chat; girl 15, tel 0047 412 93 858 typed in chat before we could stop her – told her to delete. snap: –',
      '0047 412 93 858',
    ),
    withIds(
      'TikTok live / J16 – email given as emma dot lund at gmail dot com; wants help w/ hacked acct\nref: slettmeg.no',
      'emma dot lund at gmail dot com',
    ),
    withIds(
      'Minecraft (NO server) – boy 12 typed his f.nr. 02091151289 in chat 17/4 – deleted, talked about privacy. parents not contacted',
      '02091151289',
    ),
    clean(
      'Twitch | 20:15–21:00 | profile: Politiet Nettpatrulje | approx. 30 viewers, Q&A on sextortion\nName: not given / tel: – / user: unknown',
    ),
    clean(
      'Roblox – B14 + G13 (siblings?) – asked if we are real police; showed uniform on cam. ref 116 111 + Kors på halsen. code: OUT-3',
    ),
    clean(
      'Minecraft Hypixel / boys 12-14 / talked Steve vs Herobrine lol; one asked re MrBeast giveaway scam – explained. session AW25-NO-0417',
    ),
    clean(
      'Snapchat – girl 15, from Tromsø, no user shared. topic: nudes spread at school; ref Redd Barna + slettmeg.no; follow-up: none. 2/5',
    ),
    clean(
      "Discord server 'Nordic Gamers' | 11 in voice | age band 13-16 | Q: can police read DMs? A: no. tel 02800 given (non-emergency), 112 if urgent",
    ),
  ],
  nb: [
    withIds(
      'Navn: sindre haugland – G13 – Fortnite. spurte hvordan man anmelder trusler; henvist til politiet.no. tlf: –',
      'sindre haugland',
    ),
    withIds(
      'J14, kalte seg Mia – Roblox – mor drikker, redd for å dra hjem. Varslet barnevernsvakta 21:30. Kode: B1',
      'Mia',
    ),
    withIds(
      'gutt (13) / snap: jonas.b_07 / blir presset til å sende bilder – NC3 kontaktet kl 21:12',
      'jonas.b_07',
    ),
    withIds(
      'adr. Solbakken 14B, 3970 Langesund – oppgitt av jenta selv (15) i Discord, slettet fra chatten. f.nr. ikke oppgitt',
      'Solbakken 14B, 3970 Langesund',
    ),
    withIds(
      'Minecraft – gutt 12, skrev f.nr. 020911 64127 i chat (!) – slettet, snakka om personvern\nvenn: Emil S.',
      '020911 64127',
      'Emil S.',
    ),
    clean(
      'Navn: ikke oppgitt | tlf: – | nick: ukjent | adr.: Oslo sentrum | G14, Fortnite, spurte om politiet spiller selv. svar: ja noen av oss :)',
    ),
    clean(
      'kl 19:30–20:45 – Politiet Nettpatrulje på Twitch – ca 40 seere; tema: deepfakes, grooming. henvist til 116 111 og Kors på halsen. Ingen pers.oppl. notert.',
    ),
    clean(
      "Roblox 'Brookhaven' – 3 jenter (J12-13) – rollespill, vi var 'politi' i spillet lol. Ingen bekymring. utfall: K0 / sak AW25-0412",
    ),
    clean(
      'Snap – gutt ca 15 – lurt ved kjøp av V-bucks, tapte 600 kr. Råd: anmeld på politiet.no, kontakt Forbrukerrådet. Kripos-info sendt, tlf 02800 gitt.',
    ),
    clean(
      'Discord / Kripos-server / 8 ungdommer i voice, Trondheimsområdet 16/4. spm om Erling Haaland og Magnus Carlsen var ekte i chatten – nei, fake kontoer. 13-16 år.',
    ),
  ],
  nn: [
    withIds(
      'Namn: kari søvde, J15 – Snapchat – fekk truslar frå eks-kjærast. sagt ifrå til foreldre? nei. følgt opp m/ 116 111.',
      'kari søvde',
    ),
    withIds(
      'gut (14) – Fortnite – skule/klasse: Vikøy skule 9A – vert mobba i gruppechat, vil ikkje seie det til lærar',
      'Vikøy skule 9A',
    ),
    withIds(
      'tlf 934 17 265 – skreiv jenta (13) sjølv i Roblox-chatten, vi bad ho slette. nick: ikkje oppgitt.',
      '934 17 265',
    ),
    withIds(
      'disc: nordlys.eirik#4417 | G15 | spurde korleis melde konto som sel bilete av jenter | NC3 varsla 22:10',
      'nordlys.eirik#4417',
    ),
    withIds(
      'fnr 14031290385 – oppgjeve av guten (12) i chat – sletta\nAdr: Nedre Hovland 3, 5943 Austrheim (òg sletta)',
      '14031290385',
      'Nedre Hovland 3, 5943 Austrheim',
    ),
    clean(
      'Namn: ukjent / tlf: – / skule: ikkje oppgitt / G13 frå Voss-området, Minecraft. prata om Creeper-bygg og kvifor politiet er på nett.',
    ),
    clean(
      'Twitch kl 18–19 – Politiet Nettpatrulje – tema: pengespel i spel (lootboksar). 22 sjåarar, 4 spm. Ingen namn skrivne ned.',
    ),
    clean(
      'TikTok live / J14-16 / 5 stk / spurde om ein kan bli arrestert for memes. svar: sjeldan. tips: Kors på halsen 800 333 21, 116 111.',
    ),
    clean(
      "Roblox – gut ca. 12 – kalla seg 'politimann' i spelet, ville ha autografar frå oss lol. kode K0. Kripos orientert 20:40.",
    ),
    clean(
      'Discord-server for 8. klasse-elevar i Sogndal – ingen skule nemnd, berre kommune. tema: nettvett. utfall: OK / 12 deltakarar',
    ),
  ],
  nl: [
    withIds(
      "Naam: sanne de vries – M14 – Roblox – wordt gechanteerd met foto's; doorverwezen naar Helpwanted + Kindertelefoon 0800-0432. vervolg: wijkagent",
      'sanne de vries',
    ),
    withIds(
      'jongen (13) | BSN 149908222 zelf in chat gezet (!!) – direct verwijderd, uitgelegd waarom niet doen',
      '149908222',
    ),
    withIds(
      'gsm 0478 52 91 36 – meisje 15, Antwerpen, Fortnite – vraagt terugbellen ivm pesten. Child Focus 116 000 gegeven.',
      '0478 52 91 36',
    ),
    withIds(
      "TikTok / j12 / IG: daan.gamez_ | zegt dat vriend 'Joep' naaktfoto's heeft gedeeld | doorgezet naar zedenrechercheur",
      'daan.gamez_',
      'Joep',
    ),
    withIds(
      'adres: Kerkstraat 27, 3581 RD Utrecht – door jongen (14) in Discord gedeeld; gewist\nschool: ? klas: ?',
      'Kerkstraat 27, 3581 RD Utrecht',
    ),
    clean(
      'Naam: niet opgegeven | tel: – | nick: onbekend | adres: Rotterdam-Zuid | J13, Minecraft, vroeg of Politie Online echt politie is. Ja.',
    ),
    clean(
      'Twitch 20:00-21:15 – profiel Politie Online – ±35 kijkers; thema sextortion, Helpwanted.nl + Kindertelefoon 0800-0432 genoemd. Geen persoonsgeg.',
    ),
    clean(
      'Roblox Adopt Me – 4 kids (8-11 jr!) – te jong voor platform? uitleg leeftijdsgrens. code U2 / sessie NL-AW-0415',
    ),
    clean(
      "Discord | j15 | vraag over gratis Robux via 'MrBeast' – nep. melding gedaan bij Fraudehelpdesk 088 786 73 72, 15/04",
    ),
    clean(
      'Fortnite / m14 + vriendin / klas 2 havo, school niet genoemd / pesten in groepsapp; advies: screenshots, mentor. 113 niet nodig.',
    ),
  ],
  fr: [
    withIds(
      'Nom: lucas dubois – G13 – Fortnite – menacé par un joueur plus âgé; parents pas au courant. Child Focus 116 000.',
      'lucas dubois',
    ),
    withIds(
      'tél. 0472 18 64 09 (gsm de la fille, 14 ans) écrit dans le chat Roblox – supprimé. adr.: –',
      '0472 18 64 09',
    ),
    withIds(
      "RRN 10.02.12-153.02 – donné par le garçon (13) sur Discord pour 'prouver son âge' (!) – effacé",
      '10.02.12-153.02',
    ),
    withIds(
      'école/classe: Athénée Royal de Namur, 2e B – F14 – harcèlement sur Snap, groupe de classe',
      'Athénée Royal de Namur, 2e B',
    ),
    withIds(
      "mail: chloe point martin arobase outlook point be – veut qu'on la recontacte; expliqué qu'on ne le fait pas via le chat",
      'chloe point martin arobase outlook point be',
    ),
    clean(
      'Nom: non communiqué | tél.: – | pseudo: inconnu | adr.: Liège centre | G14, Minecraft, question sur la police en ligne',
    ),
    clean(
      'Twitch 19h30-20h30 – profil Politie Online / Police en ligne – env. 25 spect.; thème: arnaques V-bucks. renvoi Child Focus 116 000 et Écoute-Enfants 103. RAS',
    ),
    clean(
      "Roblox – 3 filles (11-12 ans) – jeu de rôle 'Brookhaven', nous = policiers lol. code résultat: R0 / session BE-FR-0416",
    ),
    clean(
      "Discord / G15 / parle de faux comptes 'Squeezie' et 'Kylian Mbappé' qui promettent des skins – arnaque. plainte conseillée; 101 si urgent",
    ),
    clean(
      'Snap – fille ~13 ans, 3e secondaire? école pas donnée. sujet: photos partagées. conseils + Child Focus. pas de nom, pas de pseudo.',
    ),
  ],
  de: [
    withIds(
      'Name: jonas weber – J14 – Fortnite – erzählt von Erpressung mit Fotos; an NC3 weitergegeben 21:00',
      'jonas weber',
    ),
    withIds(
      'Tel. +32 471 93 27 58 – Mädchen (13) im Roblox-Chat gepostet – gelöscht, Hinweis Datenschutz',
      '+32 471 93 27 58',
    ),
    withIds(
      "Adr.: Hauptstraße 41, 4700 Eupen – von Junge (12) genannt, wollte 'Besuch von der Polizei' lol – gelöscht",
      'Hauptstraße 41, 4700 Eupen',
    ),
    withIds(
      'Schule/Klasse: Pater-Damian-Sekundarschule 3B – M15 – Mobbing im Klassenchat, Eltern wissen nix',
      'Pater-Damian-Sekundarschule 3B',
    ),
    withIds(
      'Discord | J13 | user: xX_leon_gamer_Xx | Freund heißt Timo M. | Thema: Drohungen nach Streit im Spiel',
      'xX_leon_gamer_Xx',
      'Timo M.',
    ),
    clean(
      'Name: nicht angegeben / Tel.: – / Nick: unbekannt / Adr.: Eupen Zentrum / J13, Minecraft, fragt ob wir echte Polizisten sind',
    ),
    clean(
      'Twitch 19:00–20:10 | Profil: Politie Online (DG) | ca. 18 Zuschauer | Thema Sextortion, Nummer gegen Kummer 116 111 genannt. Keine Personendaten.',
    ),
    clean(
      "Roblox 'Jailbreak' – 5 Kinder 10-12 J. – spielen Polizei vs Räuber, fanden uns lustig. Ergebnis-Code E1 / Sitzung BE-DE-0418",
    ),
    clean(
      "TikTok / M14 / Fake-Account von 'Cristiano Ronaldo' verspricht Gratis-Skins – Betrug erklärt. Notruf 112 nur bei Gefahr.",
    ),
    clean(
      'Snapchat – J15 – Klasse 4 genannt, Schule nicht – Cybermobbing; Rat: Screenshots, Vertrauenslehrer. keine Namen notiert.',
    ),
  ],
  is: [
    withIds(
      'Nafn: jón gunnarsson – strákur 13 – Fortnite – hótað af eldri spilara; vísað á 1717.',
      'jón gunnarsson',
    ),
    withIds('kt. 050612-4730 – stelpan (13) skrifaði í spjallið á Roblox, eytt strax.', '050612-4730'),
    withIds('s. 862 4719 – gaf upp sjálfur í Discord, strákur 14, vill að við hringjum. nei.', '862 4719'),
    withIds(
      'talaði við Sigrúnu (14) á Snap – vinkona hennar, Kötlu, er hrædd við mann á netinu / vísað á 112',
      'Sigrúnu',
      'Kötlu',
    ),
    withIds(
      'Heimili: Laugavegur 58, 101 Reykjavík – gefið upp í TikTok-spjalli af stelpu (12). skóli: –',
      'Laugavegur 58, 101 Reykjavík',
    ),
    clean(
      'Nafn: ekki gefið upp | s.: – | notandi: óþekkt | heimili: Akureyri | strákur 14, Minecraft, spurði hvort Lögreglan Netvakt væri alvöru.',
    ),
    clean(
      'Twitch kl. 20–21 – Lögreglan Netvakt – um 30 áhorfendur; efni: fjárkúgun, vísað á 1717 og 112. engar persónuuppl. skráðar.',
    ),
    clean(
      'Roblox – 4 krakkar 10-12 ára – hlutverkaleikur, við vorum löggur lol. niðurstaða: K0 / lota IS-AW-0416',
    ),
    clean(
      'Discord / stelpa 15 / spurði um falsaða reikninga Laufeyjar og Gylfa Sigurðssonar – svindl. Barnaheill + 1717.',
    ),
    clean(
      'Snap – strákur ~13, 8. bekkur, skóli ekki nefndur – einelti í hópspjalli; ráð: skjáskot, tala við umsjónarkennara.',
    ),
  ],
  fi: [
    withIds(
      'Nimi: aino virtanen – T14 – Roblox – kiristetään kuvilla; ohjattu MLL:n Lasten ja nuorten puhelimeen 116 111.',
      'aino virtanen',
    ),
    withIds(
      'hetu 170410A284X – poika (13) kirjoitti chattiin todistaakseen ikänsä, poistettu heti',
      '170410A284X',
    ),
    withIds(
      'puh. 040 718 3952 – tyttö 15 antoi Discordissa, pyysi soittamaan. ei soiteta, ohjattu Nettipoliisille.',
      '040 718 3952',
    ),
    withIds(
      'juttelin Eetun (12) kanssa Fortnitessa – kaveri Villelle tullut uhkausviestejä / Poliisi Nettipartio jatkaa',
      'Eetun',
      'Villelle',
    ),
    withIds(
      's-posti: mikko piste lahtinen ät gmail piste com – P14 halusi yhteydenoton, kerrottu ettei onnistu näin',
      'mikko piste lahtinen ät gmail piste com',
    ),
    clean(
      'Nimi: ei kerrottu | puh.: – | nick: tuntematon | os.: Tampere keskusta | P13, Minecraft, kysyi onko Poliisi Nettipartio oikea poliisi.',
    ),
    clean(
      'Twitch klo 19–20.30 – Poliisi Nettipartio – n. 40 katsojaa; aihe: huijaukset, MLL 116 111 ja hätänumero 112 mainittu. ei henkilötietoja.',
    ),
    clean('Roblox – 3 tyttöä 11-12 v – roolipeli, me oltiin poliiseja lol. tulos: K0 / sessio FI-AW-0417'),
    clean(
      'TikTok / P15 / kysyi Käärijästä ja Teemu Pukista – feikkitilit lupaa V-bucksia, huijaus. neuvottu tekemään rikosilmoitus.',
    ),
    clean(
      'Snap – T13, 7. lk, koulua ei mainittu – kiusaamista ryhmächatissa; neuvottu ottamaan kuvakaappaukset ja kertomaan opelle.',
    ),
  ],
  sv: [
    withIds(
      'Namn: elin lindqvist – T14 – Snapchat – hot från äldre kille; hänvisad till Bris 116 111.',
      'elin lindqvist',
    ),
    withIds(
      "pnr 120704-2381 – pojken (13) skrev i Roblox-chatten 'för att visa åldern', raderat",
      '120704-2381',
    ),
    withIds(
      'tfn 070-418 52 96 – flicka 15 på Discord vill bli uppringd. nej, hänvisad till Bris.',
      '070-418 52 96',
    ),
    withIds(
      'skola/klass: Vasa övningsskola, klass 8B – pojke 14 – mobbning i klasschatten, läraren vet inte',
      'Vasa övningsskola, klass 8B',
    ),
    withIds(
      "TikTok | P12 | snap: wilma.x.lund | kompis 'Nisse' delar bilder vidare",
      'wilma.x.lund',
      'Nisse',
    ),
    clean(
      'Namn: ej uppgivet | tfn: – | nick: okänd | adr.: Helsingfors centrum | P14, Minecraft, frågade om Poliisi Nettipartio är på riktigt.',
    ),
    clean(
      'Twitch kl 19–20 – Poliisi Nettipartio (sv) – ca 20 tittare; tema: grooming, Bris 116 111 och 112 nämnda. inga personuppg.',
    ),
    clean('Roblox – 5 barn 9-11 år – för unga? förklarat åldersgräns. utfall: U2 / session FI-SV-0418'),
    clean(
      "Discord / T15 / falska konton av 'Zlatan' och 'PewDiePie' lovar gratis skins – bedrägeri. råd: anmäl, blockera.",
    ),
    clean(
      'Snap – pojke ~13, åk 7, skolan ej nämnd – ryktesspridning; råd: spara skärmdumpar, prata med kuratorn.',
    ),
  ],
};
