/**
 * Round fifty-two: written blind, before the detector was run on it.
 * A normal evening of notes by ten different officers per language: careful, hurried, chatty, formal, bullet points,
 * pasted chat quotes, lower case and typos; identifiers of every kind written in everyday rather than textbook ways.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FIFTY_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `- Platform: Roblox, Brookhaven RP
- Time: 19:40–20:05
- Girl, 12, says an adult calling himself uncle_rafe asked her to "move to Snap where it's private"
- Her Roblox user: pixie.marigold09
- Advised block + report, screenshots saved
- Mum Trude Aas-Hansen rang back at 20:15 from 924 18 337, will talk to the school`,
      'uncle_rafe',
      'pixie.marigold09',
      'Trude Aas-Hansen',
      '924 18 337',
    ),
    withIds(
      `Long chat with a 15-year-old lad from Drammen tonight, poor kid was shaking. Someone pretending to be a girl his age got pics off him on Instagram and is now demanding 2000 kr in Steam cards or the pics go to his whole class. He wanted a copy of the report mailed to him and typed his address out like this: oliver dot nakamura at gmail dot com. Told him NOT to pay, keep the chat, don't delete his account, and showed him Take It Down. He says his mum knows and is ok with it. Logged under 24-118734, cyber unit has it for tomorrow morning.`,
      'oliver dot nakamura at gmail dot com',
    ),
    withIds(
      `talked w amira yusuf + cousin on discord (both 14), getting called slurs on a minecraft smp every single night. amira's discord is amirayy_ , cousin didnt want to give hers. server owner goes by KingOfBlocks, apparently an adult?? flagged to hate crime, sent them the 116 111 link`,
      'amira yusuf',
      'amira',
      'amirayy_',
      'KingOfBlocks',
    ),
    withIds(
      `MISSING PERSON – online lead. Girl, 14, reported missing from home in Oslo since Tuesday. Identity confirmed with father: national ID no. 18081091214. She has been streaming on Twitch at night and showed her bus stop on camera; a viewer wrote in chat "ur literally on kirkeveien 41b lol". School: Ullern skole, class 8B. Passed to Oslo PD duty officer 23:10.`,
      '18081091214',
      'kirkeveien 41b',
      'Ullern skole, class 8B',
    ),
    withIds(
      `Umeå girl (12), Wilma, sold her Fortnite account for 600 SEK to a guy on TikTok, never got paid and now he has her login. Mother gave personnummer 20111208-9154 for the report. The number Wilma said out loud on voice: zero seven three, four four one, twenty-two ninety. Buyer's TikTok: @skinplug.se — reported.`,
      'Wilma',
      '20111208-9154',
      'zero seven three, four four one, twenty-two ninety',
      '@skinplug.se',
    ),
    clean(
      `Kids kept asking if I'm a real cop, whether we play Fortnite on duty and how fast the Volvo V90 patrol cars go. Showed the badge on camera. Reminded them of 116 111 and 112. 21:10–21:45, 14 kids in the lobby, nothing to report.`,
    ),
    clean(
      `Boy (11) in tears: his Blox Fruits Dragon fruit and 3 Kitsune were "trade scammed" at 18:32 yesterday. Roblox support ticket #48211937. The link he got was free-robux-claim.xyz — blocked. No info on who did it.`,
    ),
    clean(
      `TikTok live, Bergen. Four teens arguing Haaland vs Mbappé, then someone claimed MrBeast is giving away 500 PS5s if you text 2222. Explained that it's a scam. Also asked if Kygo is from Bergen (he is). Good vibes.`,
    ),
    clean(
      `Girl around 15 wrote "i dont wanna be here anymore" in our Discord DMs at 22:47. Kept her talking for ~25 min, she calmed down and said she would see the school nurse tomorrow. Gave her Mental Helse 116 123 and Kors på halsen 800 33 321, and said call 112 if it gets bad tonight. Wouldn't say where she lives. Flagged to the duty officer, case 24-119002.`,
    ),
    clean(`Quiet on Discord. Zero contacts after 22:00.`),
  ],
  nb: [
    withIds(
      `Samtale via Snapchat kl. 18.20. Jente (13) forteller at en voksen mann som kaller seg «tobbe_88» har sendt henne penger på Vipps og bedt om bilder. Jentas Snapchat-navn er lillemy.hoff. Hun samtykket til at vi kontaktet mor, Kari Hoff, på 41 52 66 07. Mor bekreftet og vil anmelde. Skjermbilder sikret.`,
      'tobbe_88',
      'lillemy.hoff',
      'Kari Hoff',
      '41 52 66 07',
    ),
    withIds(
      `gutt 15 fra bodø, fortnite-kontoen stjålet i går kveld. epic-mailen hans: mats punktum eide krøll-alfa hotmail punktum no. mats eide sier han trykket på en «gratis skins»-lenke på discord. bedt ham bytte passord + skru på 2fa`,
      'mats punktum eide krøll-alfa hotmail punktum no',
      'mats eide',
    ),
    withIds(
      `Flere ungdommer i en Discord-server for gamere i Sandnes melder at Storm Lie har skrevet at han skal «ta» en medelev etter skolen i morgen. Storm bor visstnok i Jærveien 88, blokka ved Kvadrat. Alder ikke bekreftet (antatt 16). Bekymringsmelding sendt, patruljen i Sandnes orientert.`,
      'Storm Lie',
      'Storm',
      'Jærveien 88',
    ),
    withIds(
      `RØMT: Hedda Ibrahimi, 15 år, fnr 140309 63270. Savnet fra hjemmet i Tromsø siden lørdag. Har snakket med oss på TikTok i kveld, sier hun er «hos en venn i Alta». Mobil: +47 930 42 118 (avslått nå). Operasjonssentralen i Troms varslet 22.05.`,
      'Hedda Ibrahimi',
      '140309 63270',
      '+47 930 42 118',
    ),
    withIds(
      `Kopiert fra chat (Instagram, 20.47):
«noen i klassen deler nudes av ei jente»
«hvem er du?»
«fredrik, går i 10B på Hundsund»
«insta mi er fr3drik.b hvis dere trenger mer»
Sak opprettet, skolen varsles i morgen.`,
      'fredrik',
      '10B på Hundsund',
      'fr3drik.b',
    ),
    clean(
      `Gutt spurte om vi kan gjøre noe med mobbing på Roblox. Henviste til Alarmtelefonen for barn og unge 116 111 og Kors på halsen 800 33 321. Avsluttet 19.55.`,
    ),
    clean(
      `Tre jenter på Minecraft-serveren play.nordcraft.no (v. 1.20.4) viste oss at de hadde bygget Nidarosdomen i full størrelse. Koselig prat om hvordan man kommer inn på Politihøgskolen i Stavern, og om politihunder. Ingen bekymringer.`,
    ),
    clean(
      `Spm fra gjengen på Fortnite: kjenner politiet Martin Ødegaard? Har Kygo noen gang fått fartsbot? Er Ada Hegerberg bedre enn Haaland? Svarte så godt vi kunne 😄`,
    ),
    clean(
      `Svindel: V-Bucks-«generator», 2 800 kr trukket fra mors kort i tre omganger (1 200 + 800 + 800). Anmeldelse registrert, saksnr. 14398762. Ingen opplysninger om gjerningsperson, nettsiden vbucks-norge.shop er meldt til Nettpatruljen.`,
    ),
    clean(
      `Pat. 20–22. Ca. 30 henv. på TikTok live, mest «er dere ekte politi??». Op.leder Grønland orientert. Ingen bekymringsmeld.`,
    ),
  ],
  nn: [
    withIds(
      `Jente (14) frå Ørsta fortel at ein gut i klassen, Eirik Vik Myklebust, har lagt ut biletet hennar med stygge kommentarar på TikTok. Kontoen hans heiter eirikvm_ ifølgje henne. Ho vil ikkje at foreldra skal få vite det enno. Me har rådd ho til å snakke med kontaktlæraren og sendt melding til skulen.`,
      'Eirik Vik Myklebust',
      'eirikvm_',
    ),
    withIds(
      `Synne Rønneberg (14) har ikkje vore heime i Sogndal sidan fredag. Mor ringde oss etter at jenta skreiv til Snapchat-kontoen vår. Fnr. 23071078191. Mobilen hennar: 4712 9035, men den er avslått. Ho nemnde ein kjenning i Bergen. Sogndal politistasjon har saka.`,
      'Synne Rønneberg',
      '23071078191',
      '4712 9035',
    ),
    withIds(
      `Ein 12-åring frå Stryn fortalde at ein vaksen på Discord, som kallar seg noko sånt som kvit ulv to tusen og ni, har bede han om å slå på kamera. Guten meinte det var «sånn halvt tull», men vart litt skremd. Fekk ikkje noko meir på han. Me forklarte korleis ein blokkerer og melder.`,
      'kvit ulv to tusen og ni',
    ),
    withIds(
      `liv-marit (15) seier ho får trugsmål frå ein eks-kjæraste på snap, han veit kvar ho bur — det gule huset i fjellvegen 3 på voss, rett ved coop. ho vil ikkje melde enno. ringde tilbake kl 21:40, avtalt at ho snakkar med mor i kveld`,
      'liv-marit',
      'fjellvegen 3',
    ),
    withIds(
      `Sigve Aa (15) tok kontakt via Twitch-kanalen vår. Kontoen hans er kapra og nokon sel han vidare på ein Discord-marknad. Registrert e-post på kontoen: sigve.aa@online.no. Rettleidd om gjenoppretting. Ikkje meldt.`,
      'Sigve Aa',
      'sigve.aa@online.no',
    ),
    clean(
      `Prata med ein gjeng i Fortnite om kvifor politiet ikkje har Lamborghini. Dei meinte me burde få ein Cybertruck. Slutt kl. 21.30.`,
    ),
    clean(
      `Gut (12) lurt i Adopt Me: betalte 400 Robux for ein «Shadow Dragon» som aldri kom. Saka registrert som 24/88213. Ingen kjende brukarnamn på motparten. Rettleidd om Roblox-support.`,
    ),
    clean(
      `Spørsmål frå jentene på Minecraft: kjenner politiet Aurora? Kan Karsten Warholm springe frå ein politibil? Og er Sigrid frå Ålesund? (Ja.)`,
    ),
    clean(
      `Jente (ca. 16) skreiv at ho skadar seg sjølv og ikkje orkar meir. Heldt samtalen gåande i 40 min. Gav ho Mental Helse 116 123, Kors på halsen 800 33 321 og 113 dersom det vert akutt. Ho ville ikkje seie kvar ho bur. Operasjonssentralen i Vest politidistrikt orientert kl. 23.12.`,
    ),
    clean(`Roleg kveld. Berre småprat på Discord.`),
  ],
  nl: [
    withIds(
      `Meisje (14) uit Almere meldt via Instagram dat een man van ca. 30 haar al weken berichten stuurt en cadeaukaarten aanbiedt in ruil voor foto's. Moeder telefonisch bereikt, wil aangifte doen en gaf alvast het BSN van haar dochter: 274 839 167. Account van de man: @jeroen.cadeautjes. Doorgezet naar team Zeden Midden-Nederland.`,
      '274 839 167',
      '@jeroen.cadeautjes',
    ),
    withIds(
      `Daan (16) uit Tilburg is z'n Steam-account kwijt na een nep-"CS2 toernooi". Hij wil graag een mailtje terug: daan punt verbeek apenstaartje hotmail punt com. Of appen naar 06-4831 9207. Uitgelegd hoe hij via Steam Support herstel aanvraagt. Geen aangifte.`,
      'Daan',
      'daan punt verbeek apenstaartje hotmail punt com',
      '06-4831 9207',
    ),
    withIds(
      `Jongen van 13 uit Genk, Yentl Vandenbroucke, wordt al een maand uitgescholden in een groepschat van zijn klas. Hij zit in 2B op het Sint-Jan Berchmanscollege. Vader belde terug, rijksregisternummer 11.09.30-352.41 genoteerd voor het PV. GSM vader: 0472/63.18.09. Doorgegeven aan de jeugdinspecteur van zone CARMA.`,
      'Yentl Vandenbroucke',
      '2B op het Sint-Jan Berchmanscollege',
      '11.09.30-352.41',
      '0472/63.18.09',
    ),
    withIds(
      `ayoub el amrani (15) uit rotterdam-zuid, sextortion via snap. dader wil 300 euro in paysafe anders gaan de foto's naar zn ouders. z'n eigen snap: ayoubbb.ea. gezegd: niet betalen, alles screenshotten, Helpwanted.nl genoemd. morgen terugbellen`,
      'ayoub el amrani',
      'ayoubbb.ea',
    ),
    withIds(
      `Uit de Roblox-chat (Zwolle-server):
[20:14] sanne_xx: ik woon gwn op de kamperstraat 14a haha kom maar
[20:14] sanne_xx: jk
[20:15] Politie_NL: Let op met je adres delen online!
Meisje (11) daarna privé gesproken, moeder Roos Bakker gebeld.`,
      'sanne_xx',
      'kamperstraat 14a',
      'Roos Bakker',
    ),
    clean(
      `Verwezen naar De Kindertelefoon (0800-0432), 113 Zelfmoordpreventie (0800-0113) en voor de Belgische jongeren naar Awel op 102. Gesprek duurde 20 min.`,
    ),
    clean(
      `Een stel jongens liet hun Fortnite creative map zien, code 4826-1937-5520. Erg goed gebouwd, een replica van het politiebureau in Utrecht. Niks aan de hand.`,
    ),
    clean(
      `Veel vragen over Virgil van Dijk, Frenkie de Jong en of Kevin De Bruyne echt naar Saudi gaat. Ook over Enzo Knol en of de politie z'n huis weleens beveiligt. Gezellig.`,
    ),
    clean(
      `Vanavond vooral vragen over de job: hoeveel verdient een inspecteur, moet ge kunnen zwemmen voor het examen, hebben wij ons dienstwapen mee naar huis. Zone Antwerpen en zone Gent waren ook online. Geen meldingen.`,
    ),
    clean(`niks bijzonders, 3 gesprekken, allemaal over brawl stars`),
  ],
  fr: [
    withIds(
      `Fugue – élément en ligne. Inès Mbala-Kapinga, 14 ans, numéro national 10.05.23-187.76, a quitté le domicile familial à Marcinelle dimanche après une dispute. Elle a répondu à notre live TikTok ce soir vers 21h50 et dit être « chez une copine à Namur », sans vouloir donner d'adresse. Elle paraissait fatiguée mais pas en danger immédiat selon ses dires. Son numéro : 0476 / 23 81 90, éteint depuis 22h05. La maman a été prévenue par téléphone. Information transmise au dispatching de la zone Charleroi à 22h35 et à la zone Namur Capitale pour une éventuelle vérification. À suivre par la section jeunesse demain matin.`,
      'Inès Mbala-Kapinga',
      '10.05.23-187.76',
      '0476 / 23 81 90',
    ),
    withIds(
      `Jeune de 16 ans (Liège) : compte Instagram piraté, le pirate demande 50 € pour le lui rendre. L'adresse mail liée : lucas point dethier arobase gmail point com. Lucas a déjà changé son mot de passe Gmail. Conseil : signaler via le formulaire Meta, ne rien payer.`,
      'lucas point dethier arobase gmail point com',
      'Lucas',
    ),
    withIds(
      `Menaces sur serveur Discord « Mons Gaming » : l'utilisateur m4xence_lg écrit qu'il va « venir avec un couteau » à l'école lundi. Signalé par un élève de 15 ans qui laisse son GSM si besoin : +32 485 71.30.62. PV à dresser, info au parquet de Mons (section jeunesse), ZP Mons-Quévy avisée.`,
      'm4xence_lg',
      '+32 485 71.30.62',
    ),
    withIds(
      `Une élève de 3e B à l'Institut Saint-Joseph de Ciney reçoit des messages racistes sur Snapchat depuis qu'elle a posté une photo avec son hijab. Elle s'appelle Safiya (elle tenait à ce qu'on note son prénom). Pas d'auteur identifié. Orientée vers Unia et la cellule harcèlement de l'école.`,
      "3e B à l'Institut Saint-Joseph de Ciney",
      'Safiya',
    ),
    withIds(
      `yasmine el idrissi, 13 ans, bruxelles (anderlecht). un "garçon de 16 ans" sur roblox lui a demandé des photos puis l'a menacée. son insta : yaz.mne_. elle a tout dit à sa grande soeur. à recontacter demain 17h, child focus 116 000 donné.`,
      'yasmine el idrissi',
      'yaz.mne_',
    ),
    clean(
      `Rappel des numéros donnés ce soir : Écoute-Enfants 103, Centre de Prévention du Suicide 0800 32 123, Child Focus 116 000 et bien sûr le 112. Trois jeunes ont noté.`,
    ),
    clean(
      `Discussion très animée sur Lukaku, Courtois et Doku. Une fille voulait savoir si Angèle et Roméo Elvis sont vraiment frère et soeur (oui). Aucun problème signalé.`,
    ),
    clean(
      `Arnaque aux points Valorant : 49,99 € payés via un faux site, le garçon (12 ans) n'a rien reçu. Ticket Riot n° 84230917, PV LI.55.L1.012345/2024. Pas d'info sur l'auteur.`,
    ),
    clean(
      `Beaucoup de questions sur le métier : combien gagne un inspecteur, est-ce qu'il faut être sportif, si on a le droit de jouer à GTA V en service (non 😅). Zone Liège et zone Namur Capitale présentes en ligne jusqu'à 22h.`,
    ),
    clean(`RAS. 2 contacts sur Twitch, vagues questions sur Squeezie.`),
  ],
  de: [
    withIds(
      `Vermisstenfall mit Onlinebezug: Lea-Sophie Margraff, 15 Jahre, Nationalnummer 09.02.14-264.33, seit Samstag nicht mehr zu Hause in Kelmis. Sie hat sich heute Abend über Instagram bei uns gemeldet und schreibt, sie sei „bei Freunden in Aachen“. Übermittelt an die Zone Weser-Göhl und die Polizei Aachen, 22:50 Uhr.`,
      'Lea-Sophie Margraff',
      '09.02.14-264.33',
    ),
    withIds(
      `Junge aus Eupen (14) total aufgelöst: sein Minecraft-Account ist weg, jemand hat die E-Mail geändert. Die alte Adresse war jonas punkt kreusch at outlook punkt be. Haben ihm erklärt, wie er über Microsoft den Account zurückfordert. Er meint, das war wahrscheinlich ein Typ aus seinem Fußballverein.`,
      'jonas punkt kreusch at outlook punkt be',
    ),
    withIds(
      `Mobbing im Klassenchat (WhatsApp) der Klasse 3B am Robert-Schuman-Institut. Betroffen: Mika Heinen, 15, wohnt Haasstraße 27 in Eupen. Mutter bittet um Rückruf: 0495/287104. Weitergeleitet an die Jugendabteilung.`,
      'Klasse 3B am Robert-Schuman-Institut',
      'Mika Heinen',
      'Haasstraße 27',
      '0495/287104',
    ),
    withIds(
      `Chatverlauf Fortnite (Party-Chat, per Screenshot):
"wie alt bist du eigentlich"
"13"
"cool ich bin 19, hast du snap?"
Absender: Snipez_StVith. Das Mädchen, nora kessler aus St. Vith, hat sofort blockiert. Eltern informiert.`,
      'Snipez_StVith',
      'nora kessler',
    ),
    withIds(
      `Kurz: Junge (16), Raeren, Sextortion über Insta. Täter will 200 €. Opfer: Elias Jousten, Tel 0 4 7 7 – 3 9 1 – 5 0 8. Insta vom Täter wird gemeldet. PV folgt.`,
      'Elias Jousten',
      '0 4 7 7 – 3 9 1 – 5 0 8',
    ),
    clean(
      `Notrufnummern durchgegeben: 112, Child Focus 116 000, Telefonhilfe 108. Das Mädchen wollte sich erst mal nur aussprechen.`,
    ),
    clean(
      `Die Jungs im Discord wollten wissen, ob Thomas Müller oder Musiala besser ist, ob wir MontanaBlack kennen und ob man als Polizist Papaplatte gucken darf. Nebenbei wurde ein Enderdrache besiegt. Alles gut.`,
    ),
    clean(
      `Betrug: CS2-Skin (AK-47 | Redline, Field-Tested) für 85 € verkauft, Geld nie angekommen. PV EU.21.L3.004712/2024. Keine Angaben zum Käufer bekannt.`,
    ),
    clean(
      `Viele Fragen zum Beruf: Wie lange dauert die Ausbildung in Lüttich? Muss man Französisch können? Verdient man mehr als ein Lehrer? Zone Eifel war bis 21:30 online.`,
    ),
    clean(`Heute ruhig. Nur Smalltalk über das Heimspiel der AS Eupen.`),
  ],
  is: [
    withIds(
      `Stúlka strokin að heiman: Wiktoria Nowak, 14 ára, kt. 120310-2750. Hefur ekki komið heim í Breiðholtið síðan á föstudag. Hún svaraði okkur á TikTok í kvöld og segist vera „hjá vinkonu á Selfossi“. Sími: 772 1409, slökkt á honum. Upplýsingar sendar á vakt lögreglunnar á höfuðborgarsvæðinu kl. 22:20.`,
      'Wiktoria Nowak',
      '120310-2750',
      '772 1409',
    ),
    withIds(
      `Birta Sól (13) frá Akureyri: einhver hakkaði Roblox-aðganginn hennar og er að selja hlutina hennar. Netfangið sem hún gaf upp: birta punktur sol att simnet punktur is. Leiðbeint um að hafa samband við Roblox support.`,
      'Birta Sól',
      'birta punktur sol att simnet punktur is',
    ),
    withIds(
      `aron snær, 15 ára, í 10. bekk í hagaskóla, segist fá hótanir á snapchat frá strákum úr öðrum skóla. mamma hans gaf kennitöluna 0507093100 fyrir skýrsluna. tölum aftur við hann á morgun`,
      'aron snær',
      '10. bekk í hagaskóla',
      '0507093100',
    ),
    withIds(
      `Afrit af spjalli á Discord (stelpa, 12 ára, Ísafjörður):
„ertu ein heima?“
„já“
„sendu mynd af þér 😉“
Sendandi: notandinn jonsi.gamer99. Pabbi hennar, Guðmundur Þór Halldórsson, hringdi í okkur úr 698-2201 kl. 20:40. Málið fer til kynferðisbrotadeildar.`,
      'jonsi.gamer99',
      'Guðmundur Þór Halldórsson',
      '698-2201',
    ),
    withIds(
      `Strákur sem á víetnamska foreldra, Minh Anh, var kallaður ljótum nöfnum í Fortnite og einhver póstaði heimilisfanginu hans, Hraunbæ 102, í spjallið. Hann var mjög hræddur. Við skoðuðum skjáskotin, gáfum honum 1717 og sögðum honum að hringja í 112 ef einhver kemur að húsinu.`,
      'Minh Anh',
      'Hraunbæ 102',
    ),
    clean(
      `Gáfum upp Hjálparsíma Rauða krossins 1717, netspjallið á 1717.is og Neyðarlínuna 112. Stelpan vildi bara tala.`,
    ),
    clean(
      `Krakkarnir spurðu hvort við þekktum Laufey, hvort Aron Pálmarsson væri betri en Gísli Þorgeir og hvort Björk ætti ennþá heima á Íslandi. Mjög skemmtilegt spjall.`,
    ),
    clean(
      `Strákur (11) keypti Robux fyrir 4.990 kr. á falskri síðu. Mál nr. 007-2024-51823. Engar upplýsingar um gerandann.`,
    ),
    clean(
      `Mikið spurt um starfið: eru lögreglumenn á Íslandi með byssur, hvað tekur langan tíma að læra í Háskólanum á Akureyri, og hvort sérsveitin spili Call of Duty. Ekkert til að fylgja eftir.`,
    ),
    clean(`Rólegt á Twitch.`),
  ],
  fi: [
    withIds(
      `Karkaamisilmoitus, verkkotieto: Lumi Koskinen, 15 v, hetu 170609A2849, ei ole palannut kotiin Kuopiossa perjantain jälkeen. Hän vastasi TikTok-livessämme ja kertoi olevansa ”kaverilla Joensuussa”. Puhelin 040 731 2298, ei vastaa. Tieto välitetty Itä-Suomen poliisin tilannekeskukseen klo 22.40.`,
      'Lumi Koskinen',
      '170609A2849',
      '040 731 2298',
    ),
    withIds(
      `Oululainen poika, 13, aivan hädissään: joku vei hänen Fortnite-tilinsä ja vaihtoi sähköpostin. Vanha osoite oli eetu piste rasanen ät gmail piste com. Neuvottiin palautus Epicin tuen kautta. Eetu epäilee samaa tyyppiä, joka myi hänelle "ilmaisia V-Buckseja".`,
      'eetu piste rasanen ät gmail piste com',
      'Eetu',
    ),
    withIds(
      `Kiusaamista Snapchatissa: tyttö 7C-luokalta Hiukkavaaran koulusta kertoo, että luokan pojat jakavat hänestä muokattuja kuvia. Hän halusi, että kirjaamme hänen nimensä: Daria Volkova. Ohjattu puhumaan kuraattorille, Sekasin-chat annettu.`,
      '7C-luokalta Hiukkavaaran koulusta',
      'Daria Volkova',
    ),
    withIds(
      `onni mäkelä 16v lahti, sextortion ig:ssä, tekijä vaatii 150e. onnin oma ig: onni.mkl. puh +358 50 441 9082. ei maksa, screenshotit otettu. huomenna uusi yhteydenotto`,
      'onni mäkelä',
      'onnin',
      'onni.mkl',
      '+358 50 441 9082',
    ),
    withIds(
      `Uhkaus Discordissa: käyttäjä ”varjo_susi_77” kirjoitti aikovansa ”hoitaa” Abdirahman Warsamen koulun jälkeen. Abdirahman (13) on Vantaalta; isä toimitti hetun 030311A516U ilmoitusta varten. Rikosilmoitus kirjattu.`,
      'varjo_susi_77',
      'Abdirahman Warsamen',
      'Abdirahman',
      '030311A516U',
    ),
    clean(
      `Annettu tukinumerot: MLL:n Lasten ja nuorten puhelin 116 111, Mieli ry:n kriisipuhelin 09 2525 0111 ja hätänumero 112. Tyttö halusi lähinnä jutella.`,
    ),
    clean(
      `Pojat kyselivät, tunteeko poliisi Käärijän, pelaako Teemu Pukki vielä ja onko Lordi oikeasti pelottava. Angry Birdsin Red oli kuulemma ”paras hahmo ikinä”. Ei toimenpiteitä.`,
    ),
    clean(
      `Petos: Fortnite-tili myyty 120 eurolla MobilePaylla, rahoja ei tullut. Rikosilmoitus 5500/R/41237/24. Tekijästä ei tietoja.`,
    ),
    clean(
      `Kysymyksiä työstä: kauanko Polamkissa opiskellaan, saako poliisi pelata työajalla ja paljonko poliisiauto maksaa. Kerroin, että Tampereella on hyvä koulu. Rovaniemen ja Oulun partiot mukana klo 21 asti.`,
    ),
    clean(`hiljaista. 2 juttua discordissa, ei toimenpiteitä`),
  ],
  sv: [
    withIds(
      `Rymning med internetkoppling: Elsa Mohammadi, 14 år, personnummer 100417-2381, har inte varit hemma i Gävle sedan lördag. Hon svarade i vår Twitch-chatt i kväll och uppger att hon är "hos en kompis i Uppsala". Mobil: 0739 81 44 02, avstängd. Vidarebefordrat till RLC Mitt 22.15.`,
      'Elsa Mohammadi',
      '100417-2381',
      '0739 81 44 02',
    ),
    withIds(
      `Tjej, 13, Borås: hennes Roblox-konto är kapat och säljs vidare på Discord. Mejlen som var kopplad: moa punkt lindqvist snabel-a hotmail punkt se. Moa har bytt lösenord. Rådde henne att kontakta Roblox support och inte betala för "återköp".`,
      'moa punkt lindqvist snabel-a hotmail punkt se',
      'Moa',
    ),
    withIds(
      `Elin Sjöblom (15) från Jakobstad berättar att en vuxen man på Instagram skickat pengar och bett om bilder. Hennes pappa ringde från 050 338 91 27 och gav personbeteckningen 251208A731E. Ärendet överlämnat till Österbottens polisinrättning.`,
      'Elin Sjöblom',
      '050 338 91 27',
      '251208A731E',
    ),
    withIds(
      `Nour (13) går i 7B på Navestadskolan i Norrköping och får rasistiska kommentarer på TikTok. Hennes konto heter typ "nourr punkt h" med två r sa hon. Vi tog skärmdumpar, hänvisade till BRIS och pratade med mamma som ville polisanmäla.`,
      'Nour',
      '7B på Navestadskolan',
      'nourr punkt h',
    ),
    withIds(
      `kille 15 år, malmö, skrev i vår discord att han skär sig. ville först inte säga nåt men sen sa han att han heter isak berglund-ramos och gav sitt pnr 200908034622 så vi kunde "kolla att han är på riktigt". pratat 35 min, gav mind självmordslinjen 90101, rlc syd informerad`,
      'isak berglund-ramos',
      '200908034622',
    ),
    clean(
      `Hänvisade till BRIS 116 111, Jourhavande medmänniska 08-702 16 80 och Självmordslinjen 90101. Samtalet avslutades 21.05.`,
    ),
    clean(
      `Snack om Zlatan, Alexander Isak och om Zara Larsson någonsin spelat Minecraft. En kille lovade att Creeper-skinet är "det enda som räknas". Inget att följa upp.`,
    ),
    clean(
      `Bedrägeri: 349 kr swishat för Fortnite-skins som aldrig kom. Ärende K 482716-24. Ingen uppgift om mottagaren.`,
    ),
    clean(
      `Mycket frågor om jobbet: hur lång polisutbildningen är i Umeå, om man får ha tatueringar, och om vi kör med blåljus "för skojs skull". Polisregion Nord var med till 22.`,
    ),
    clean(`Lugnt. Tre kontakter på Twitch, inga ärenden.`),
  ],
};
