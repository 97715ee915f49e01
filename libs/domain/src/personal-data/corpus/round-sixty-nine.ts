/**
 * Round sixty-nine: written blind, before the detector was run on it.
 * A normal evening of notes by ten officers per language, each with a habit: full sentences, slash lines, pasted
 * chat, hurried lower case with typos, long careful paragraphs, or English gaming slang.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SIXTY_NINE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Spoke with a 13-year-old girl from Tromsø on Discord at 19:40. She said an adult calling himself "NightOwl_Kasper" had asked her to move to Snapchat and send pictures. Her real name is Maja Henriksen-Olsen, she typed it before I could stop her. Advised her to block, screenshot and tell her mum. Referred to Kripos NC3.`,
      'NightOwl_Kasper',
      'Maja Henriksen-Olsen',
    ),
    withIds(
      `Roblox / 11 / Eindhoven / boy threatened by older player 'xX_Dreadlord_Xx', who says he knows he lives at Tongelresestraat 118 / told him to tell his parents and report in-game, NL team follows up`,
      'xX_Dreadlord_Xx',
      'Tongelresestraat 118',
    ),
    withIds(
      `Pasted from Fortnite party chat, 20:15 (Icelandic boy, 12, Reykjavík): "my dad is Bjarni Þór Guðmundsson call him 867 4412 if u dont believe me" – told him not to post his dad's number anywhere.`,
      'Bjarni Þór Guðmundsson',
      '867 4412',
    ),
    withIds(
      `twitch, girl 15 from malmö, her ex posted her personnr 110417-2380 in a discord srv to dox her, shes scared. name is emelie i think. told her report to discord trust&safety + polisen.se, gave BRIS nr`,
      '110417-2380',
      'emelie',
    ),
    withIds(
      `At 21:05 on Minecraft (server "Nordlys SMP") I spoke with a 14-year-old boy from Espoo who told me, in English because his friends were listening, that a user called 'kaarlo.v' had been collecting personal details from younger players. According to him the user had already asked his friend Amir Haddad, who is in 8C at Olarin koulu, for his phone number and got it: 044 913 2870. I explained that he did the right thing by telling us, asked him not to confront the user, and passed the handle to the Finnish team for follow-up. No images were mentioned.`,
      'kaarlo.v',
      'Amir Haddad',
      '8C at Olarin koulu',
      '044 913 2870',
    ),
    clean(
      `Discord / 12 / Bergen / asked if Erling Haaland really plays Fortnite / said I don't know but Ninja once streamed with a footballer; gave 116 111 in case he ever needs it`,
    ),
    clean(
      `Copied from Roblox chat at 18:32: "is this real police??? prove it, whats 112 in norway lol" – answered: 112 police, 113 ambulance, 110 fire. Group of ~6 kids aged 10-12 from Ålesund and Molde. Nice chat, no concerns.`,
    ),
    clean(
      `Evening shift 18:00–22:00 for Team Belgium. Talked with about 25 kids in total across Fortnite and Minecraft. Most common questions: is it illegal to buy V-Bucks from a cheap site (scam warning given), whether MrBeast is giving away skins (no), and how to report a player. One 16-year-old from Gent asked about sextortion after seeing a Europol video; explained he can contact Child Focus on 116 000. Shift log reference 2024/NC3/0417.`,
    ),
    clean(
      `tiktok live q&a w/ 40ish kids, mostly 10-13, questions abt Skibidi Toilet, Sonic, and whether Steve from minecraft is real lol. 0 concerns. ended 20:50`,
    ),
    clean(
      `Fortnite squad of 4 (13-14, Helsinki area) dropped Tilted Towers with us, GG'd, then asked how to report a griefer in Creative map 3471-2209-8815. Showed them the report button, no personal info shared. Good outreach tbh.`,
    ),
  ],
  nb: [
    withIds(
      `Snakket med en gutt på 12 år fra Drammen på Discord kl. 19.10. Han fortalte at en voksen mann med brukernavnet «Snuskepus_77» hadde tilbudt ham Robux mot bilder. Gutten heter Oliver Kristiansen Haugli og bor i Konnerudgata 31. Han har blokkert kontoen. Foreldrene bør kontaktes – sendt videre til Sør-Øst pd.`,
      'Snuskepus_77',
      'Oliver Kristiansen Haugli',
      'Konnerudgata 31',
    ),
    withIds(
      `Roblox / 10 / Kristiansand / jente mobbes i spillet av ei fra klassen, «Linnea S.», begge i 5B på Vågsbygd skole / rådet henne til å si ifra til kontaktlærer og mor`,
      'Linnea S.',
      '5B på Vågsbygd skole',
    ),
    withIds(
      `Fra chatten (Fortnite, 20.42): «kan du sjekke om fødselsnummeret mitt er lekket? 140311 51288 mvh Sanna» – svarte at hun aldri skal dele fnr. på nett.`,
      '140311 51288',
      'Sanna',
    ),
    withIds(
      `snap/discord, gutt 14 fra fredrikstad, blir presset for penger av en som kaller seg «lil_hamid» , gutten ga tlf 934 12 875 før han skjønte det. ba ham blokkere+snakke med foreldre. moren heter nasra ali visst`,
      'lil_hamid',
      '934 12 875',
      'nasra ali',
    ),
    withIds(
      `Kl. 21.30 tok ei jente på 15 kontakt i Minecraft-serveren vår. Hun var tydelig urolig og ville snakke om en eldre gutt hun har blitt kjent med på TikTok, som hun kjenner som Marius, og som har sendt henne meldinger hver natt i to uker. Han har bedt henne sende bilder og truet med å fortelle vennene hennes ting dersom hun slutter å svare. Hun ga meg e-postadressen hans, marius.fjeldstad04 på gmail, og sa at han bor i Tromsø. Jeg forklarte at det ikke er hennes feil, at hun kan blokkere og lagre meldingene, og at hun kan ringe Alarmtelefonen for barn og unge på 116 111. Saken er meldt til Troms pd.`,
      'Marius',
      'marius.fjeldstad04 på gmail',
    ),
    clean(
      `Ble spurt av tre gutter fra Bodø om Martin Ødegaard spiller FIFA på fritida. Svarte at jeg ikke vet, men at han i hvert fall er med i EA FC 25. Pratet videre om nettvett og hvordan man rapporterer på Discord. Ingen bekymring.`,
    ),
    clean(
      `Twitch / 13–15 / Hamar, Gjøvik / lurte på om Politiets nettpatrulje er ekte / viste til politiet.no og Kripos, ingen tiltak`,
    ),
    clean(
      `Kopiert fra Roblox kl. 18.05: «er dere ekte politi?? ring 02800 da» – forklarte at 02800 er sentralbordet og 112 ved nød. Gruppe på ca. 8 barn, 10–12 år.`,
    ),
    clean(
      `fortnite, 4 stk 11-12 år fra stavanger, snakka om Peely og Jonesy og om det er lov å kjøpe kontoer. nei. kort prat 19:55-20:10, ingen bekymring`,
    ),
    clean(
      `Joina en Minecraft-server med ca. 30 spillere, mest 12–14 år fra Trondheim-området. Noen griefa basen til en gjeng, vi forklarte hvordan man reporter og bruker /ignore. Snakket også om scam-linker med «free Robux». Saksnr. 24-118734 for logg.`,
    ),
  ],
  nn: [
    withIds(
      `Prata med ei jente på 13 frå Førde på Snapchat-kontoen vår kl. 18.40. Ho fortalde at ein vaksen mann som kallar seg «fjellgut_1988» har sendt henne gåver i Roblox og vil møtast. Ho heiter Ingrid Solheim Bakke. Rådde henne til å blokkera og seia frå til foreldra. Meldt til Vest pd.`,
      'fjellgut_1988',
      'Ingrid Solheim Bakke',
    ),
    withIds(
      `Discord / 16 / Voss / gut vert truga etter at nakenbilete er spreidd, avsendar tore.h.voss@hotmail.com / guten gav nr 476 08 113, sikra skjermbilete, kontakta vakthavande`,
      'tore.h.voss@hotmail.com',
      '476 08 113',
    ),
    withIds(
      `Frå Fortnite-chatten 20.05: «eg er Halvard frå Ørsta, fnr 270610 58899 viss du treng det haha» – sa at han aldri skal dela slikt. Skreiv ikkje ned meir.`,
      'Halvard',
      '270610 58899',
    ),
    withIds(
      `minecraft, 2 gutar 11 år frå sogndal. den eine (kallenamn «Bjønnen», heiter visst Eirik Nes) seier ein eldre spelar har fått adressa hans, Fjøravegen 9. ba dei snakke med mor/far`,
      'Bjønnen',
      'Eirik Nes',
      'Fjøravegen 9',
    ),
    withIds(
      `Seint på kvelden, kl. 22.15, tok ein gut på 14 kontakt via Twitch-kanalen vår. Han ville fortelja at ein ven av han, Sindre i 9A på Stryn ungdomsskule, har vorte utestengd frå alle gruppechattane, og at nokon har laga ein falsk TikTok-profil i namnet hans, «sindre_er_teit». Guten var redd for at venen skulle gjera noko dumt. Eg forklarte kva han kan gjera, oppmoda han til å fortelja det til ein vaksen på skulen i morgon, og gav han nummeret til Alarmtelefonen for barn og unge, 116 111. Melde vidare til Vest pd. for vurdering.`,
      'Sindre',
      '9A på Stryn ungdomsskule',
      'sindre_er_teit',
    ),
    clean(
      `Snakka med ein gjeng på fem frå Voss og Odda om kva politiet gjer på nett. Dei ville vita om Kripos kan sjå alt på Discord. Forklarte kort. Ingen uro.`,
    ),
    clean(
      `Roblox / 10–11 / Florø / spurde om «Brookhaven» er trygt / snakka om å ikkje dela namn og adresse / ingen tiltak`,
    ),
    clean(
      `Kopiert 19.32: «kor gamal må ein vere for tiktok?? eg er 12» – svara 13 år etter vilkåra. Inga vidare oppfølging.`,
    ),
    clean(
      `fortnite kl 21, tre stk 14-15 år frå bergen, prata meir om Brann og Haaland enn om spelet lol. god stemning, ingen saker`,
    ),
    clean(
      `Ei jente på 15 frå Nordfjordeid spurde om ho kan melda ein streamar ho meiner oppfører seg dårleg mot unge jenter i chatten. Det var ein stor, kjend streamar og ho hadde ikkje opplevd noko sjølv. Eg forklarte korleis ein rapporterer på Twitch, og at ho kan ringja Kors på halsen på 800 333 21 om ho vil prata med nokon. Logg 2024-0913-07.`,
    ),
  ],
  nl: [
    withIds(
      `Om 19.25 gesproken met een meisje van 14 uit Zwolle via Discord. Ze vertelde dat een man die zich 'DeVriesGaming' noemt haar om foto's vroeg in ruil voor een Fortnite-skin. Ze heet Noor van den Berg en woont op de Assendorperstraat 54. Advies gegeven: blokkeren, screenshots maken, ouders inlichten. Doorgezet naar eenheid Oost-Nederland.`,
      'DeVriesGaming',
      'Noor van den Berg',
      'Assendorperstraat 54',
    ),
    withIds(
      `Roblox / 12 / Antwerpen / jongen wordt afgeperst voor Robux, dader gebruikt 'sk8ter_bram' / gsm van de mama gekregen: 0476 28 91 53 (niet bellen zonder overleg) / doorgegeven aan FCCU`,
      'sk8ter_bram',
      '0476 28 91 53',
    ),
    withIds(
      `Geplakt uit Minecraft-chat (20.10): "mn bsn is 562309184 kan je checken of ik gehackt ben? groetjes Yusuf" – uitgelegd dat hij dat nooit online moet zetten.`,
      '562309184',
      'Yusuf',
    ),
    withIds(
      `tiktok live, meisje 13 uit rotterdam-zuid, zegt dat een jongen uit haar klas (2b van het Zuiderparkcollege?) naaktfoto van haar rondstuurt. jongen heet mohammed el amrani. morgen checken met wijkagent`,
      '2b van het Zuiderparkcollege',
      'mohammed el amrani',
    ),
    withIds(
      `Rond 21u30 contact gehad met een jongen van 15 uit Hasselt op Twitch. Hij vertelde dat hij op een Discord-server een 'giveaway' had gewonnen en daarvoor zijn rijksregisternummer moest ingeven, 11.06.24-187.74, samen met een foto van zijn identiteitskaart. Hij beseft nu dat het oplichting is. Ook zijn e-mailadres, lars.peeters2011 at telenet punt be, is in handen van de oplichters. Ik heb hem aangeraden zijn ouders in te lichten, zijn wachtwoorden te wijzigen en via Card Stop (078 170 170) zijn kaart te laten blokkeren. Verslag doorgestuurd naar de lokale politie Limburg Regio Hoofdstad.`,
      '11.06.24-187.74',
      'lars.peeters2011 at telenet punt be',
    ),
    clean(
      `Gesprek met vier jongens (11–13) uit Utrecht over het nieuwe Fortnite-seizoen. Ze vroegen of Kevin De Bruyne ook gamet en of Virgil van Dijk in EA FC zit. Geen zorgen, uitleg gegeven over rapporteren.`,
    ),
    clean(
      `Minecraft / 10 / Brugge / vraagt of Herobrine echt bestaat / uitgelegd dat het een verzonnen personage is / geen actie`,
    ),
    clean(
      `Uit de Roblox-chat, 18.47: "is dit echte politie? bel 112 dan lol" – uitgelegd dat 112 alleen voor noodgevallen is en 0900-8844 voor de rest. Groep van ±7 kinderen.`,
    ),
    clean(
      `discord, groepje 6-7 kids 12-14 uit gent/aalst, vragen over Tiësto (lol) en of je een boete krijgt voor cheats. nee. Awel 102 meegegeven. einde 20u40`,
    ),
    clean(
      `Gejoind in een Fortnite Creative map (code 1865-4420-9917) met een squad uit Almere. Ze waren aan het griefen en trashtalken, kort gepraat over respect en de report-knop. Daarna GG en weg. Registratie BVH 2024-118832.`,
    ),
  ],
  fr: [
    withIds(
      `Vers 19h15, conversation sur Discord avec une fille de 13 ans de Charleroi. Elle dit qu'un homme adulte, pseudo « Papy_Gâteau62 », lui a proposé des V-Bucks contre des photos. Elle s'appelle Inès Benali et habite rue de Montigny 112. Conseils donnés : bloquer, garder les captures, prévenir sa maman. Transmis à la zone de police de Charleroi.`,
      'Papy_Gâteau62',
      'Inès Benali',
      'rue de Montigny 112',
    ),
    withIds(
      `Roblox / 11 ans / Liège / victime : Maxime Dubois-Lambert, harcelé par un camarade de sa classe de 6e B à l'école Saint-Nicolas / conseil : en parler à l'institutrice et aux parents`,
      'Maxime Dubois-Lambert',
      "6e B à l'école Saint-Nicolas",
    ),
    withIds(
      `Copié du chat Fortnite (20h32) : « mon num c 0487/31.22.09 appelle moi si t vraiment la police » – garçon ±12 ans, Namur. Expliqué qu'on ne donne jamais son numéro.`,
      '0487/31.22.09',
    ),
    withIds(
      `snap/tiktok, fille 15 ans mons, son ex (jordan vandenbussche, 19 ans!!) menace de publier des photos. elle a donné son nrn 12.03.09-264.59 à qqn sur discord aussi. a voir avec la zone demain`,
      'jordan vandenbussche',
      '12.03.09-264.59',
    ),
    withIds(
      `À 21h50, un garçon de 14 ans de Bruxelles (Schaerbeek) nous a contactés via notre profil Twitch. Il a expliqué qu'un joueur plus âgé, qu'il connaît seulement sous le pseudo « Le_Boss_de_Molenbeek », lui demande depuis une semaine de transporter des « paquets » contre de l'argent et connaît son adresse e-mail, adam.elkaddouri@outlook.be. Le garçon a peur que ses parents l'apprennent. Je l'ai rassuré, je lui ai expliqué qu'il n'est pas en faute et je lui ai donné le numéro d'Écoute-Enfants, le 103. Signalé à la zone Bruxelles-Nord pour suivi.`,
      'Le_Boss_de_Molenbeek',
      'adam.elkaddouri@outlook.be',
    ),
    clean(
      `Discussion avec trois garçons de Verviers (12-13 ans) sur Minecraft. Ils voulaient savoir si Romelu Lukaku joue à Fortnite. Rappel sur la sécurité des comptes et la double authentification. Rien à signaler.`,
    ),
    clean(
      `Fortnite / 10-12 ans / Wavre, Ottignies / questions sur les arnaques aux V-Bucks / expliqué, aucun suivi`,
    ),
    clean(
      `Copié de Roblox, 18h20 : « vous êtes des vrais policiers ?? prouvez-le » – présenté l'équipe belge, renvoyé vers police.be et le 101.`,
    ),
    clean(
      `twitch, groupe de 5-6 jeunes de tournai 13-15 ans, parlé de Squeezie et de la Coupe du monde Fortnite. bonne ambiance. fin 20h45`,
    ),
    clean(
      `Une fille de 16 ans de Louvain-la-Neuve a demandé ce qu'elle doit faire si une amie reçoit des messages bizarres d'un inconnu. Sans donner de détails sur l'amie, elle voulait surtout savoir si c'est grave. Expliqué le grooming, les signes à reconnaître, et qu'on peut appeler Child Focus au 116 000 ou le 103. Référence du PV : BR.55.L3.012345/24.`,
    ),
  ],
  de: [
    withIds(
      `Um 19:05 Uhr mit einem Jungen (12) aus Eupen auf Discord gesprochen. Er berichtete, dass ein Erwachsener mit dem Namen „OnkelRalf_EU“ ihm Geld für Fotos angeboten hat. Der Junge heißt Jonas Kessler und wohnt in der Herbesthaler Straße 27. Geraten: blockieren, Screenshots machen, Eltern informieren. An die Polizeizone Weser-Göhl weitergegeben.`,
      'OnkelRalf_EU',
      'Jonas Kessler',
      'Herbesthaler Straße 27',
    ),
    withIds(
      `Roblox / 11 / St. Vith / Mädchen wird von Mitschülerin gemobbt, Klasse 5b der Gemeindeschule Crombach, Täterin „Lea-Sophie“ / Eltern und Lehrerin informieren, Rückruf Mutter 0496 73 18 02`,
      'Klasse 5b der Gemeindeschule Crombach',
      'Lea-Sophie',
      '0496 73 18 02',
    ),
    withIds(
      `Aus dem Fortnite-Chat kopiert (20:40): „ich bin emre yilmaz aus kelmis schreib mir auf insta emre.yilmaz_11“ – erklärt, warum man das nicht öffentlich postet.`,
      'emre yilmaz',
      'emre.yilmaz_11',
    ),
    withIds(
      `tiktok, mädchen 14 aus raeren, hat ihre rrn 13.05.17-042.76 bei nem gewinnspiel eingegeben.. eltern bescheid sagen, sie heißt glaub ich chiara`,
      '13.05.17-042.76',
      'chiara',
    ),
    withIds(
      `Gegen 21:40 Uhr meldete sich über unser Twitch-Profil ein 15-jähriger Junge aus Kelmis. Er schilderte ruhig, dass ein älterer Spieler, den er nur als „Vlad“ kennt, ihn seit drei Wochen auf Discord unter Druck setzt und droht, intime Bilder an seine Kontakte zu schicken, wenn er nicht 200 Euro überweist. Der Täter habe ihm dafür seine E-Mail-Adresse genannt, vlad.petrescu.88 (at) gmail (punkt) com, damit er per PayPal zahlt. Ich habe dem Jungen erklärt, dass er nicht zahlen und den Kontakt abbrechen, Beweise sichern und seine Eltern einbeziehen soll. Außerdem habe ich ihm die Nummer 116 111 gegeben. Der Sachverhalt wurde an die Föderale Gerichtspolizei Eupen weitergeleitet.`,
      'Vlad',
      'vlad.petrescu.88 (at) gmail (punkt) com',
    ),
    clean(
      `Kurzes Gespräch mit zwei Jungen (13) aus Bütgenbach über Minecraft-Server. Sie wollten wissen, ob Kevin De Bruyne wirklich Manchester City verlässt. Keine Auffälligkeiten.`,
    ),
    clean(`Fortnite / 12–14 / Eupen, Lontzen / Fragen zu V-Bucks-Betrug / erklärt, kein Handlungsbedarf`),
    clean(
      `Kopiert aus Roblox, 18:50: „seid ihr echt polizei? was ist die nummer“ – 101 für Polizei und 112 für Notfälle erklärt.`,
    ),
    clean(`discord, 6 kids 10-12 aus st. vith/amel, reden über Sonic und MontanaBlack. alles ok. ende 20:30`),
    clean(
      `In eine Minecraft-Bedwars-Lobby gejoint, ca. 20 Spieler aus Ostbelgien und Aachen. Ein paar haben getrollt und gecampt, kurz über Fairplay und den Report-Button geredet. GG, keine Vorfälle. Aktenzeichen EU.16.L1.004512/24.`,
    ),
  ],
  is: [
    withIds(
      `Kl. 19:20 talaði ég við 13 ára stelpu frá Akureyri á Discord. Hún sagði að fullorðinn maður sem kallar sig „Siggi_Sæti“ hafi boðið henni Robux fyrir myndir. Hún heitir Katrín Lóa Sigurðardóttir og á heima í Hrísalundi 8. Ráðlagði henni að loka á hann, taka skjáskot og segja mömmu sinni frá. Sent áfram til lögreglunnar á Norðurlandi eystra.`,
      'Siggi_Sæti',
      'Katrín Lóa Sigurðardóttir',
      'Hrísalundi 8',
    ),
    withIds(
      `Roblox / 11 / Reykjanesbær / strákur lagður í einelti af bekkjarfélaga í 6. G í Holtaskóla, Aron Máni / ráðlagt að tala við kennara og foreldra`,
      '6. G í Holtaskóla',
      'Aron Máni',
    ),
    withIds(
      `Afritað úr Fortnite-spjalli (20:25): „kennitalan mín er 120411-3490 getur þú tjekkað hvort ég sé á einhverjum lista“ – strákur, ca. 12 ára, Selfossi.`,
      '120411-3490',
    ),
    withIds(
      `snap, stelpa 15 hafnarfirði, fyrrv. kærasti (daníel freyr, 18) hótar að dreifa myndum. hún gaf honum símann sinn 695 1207. tala við barnavernd á morgun`,
      'daníel freyr',
      '695 1207',
    ),
    withIds(
      `Um kl. 22:00 hafði 14 ára strákur frá Egilsstöðum samband við okkur á Twitch. Hann sagði frá því að vinur hans, Jakub Nowak, sem býr með mömmu sinni á Egilsstöðum, hefði verið plataður til að gefa upp kennitöluna sína, 070812-2900, og netfangið sitt jakub.nowak12@simnet.is á Discord-þjóni sem lofaði ókeypis Nitro. Ég útskýrði fyrir honum að vinurinn ætti að segja foreldrum sínum frá og breyta lykilorðum, og að hægt sé að hringja í Hjálparsíma Rauða krossins, 1717. Málið sent til lögreglunnar á Austurlandi.`,
      'Jakub Nowak',
      '070812-2900',
      'jakub.nowak12@simnet.is',
    ),
    clean(
      `Spjallaði við þrjá stráka úr Garðabæ (12–13 ára) á Minecraft. Þeir vildu vita hvort Haaland spili Fortnite og hvort Laufey sé í alvörunni frá Íslandi. Ekkert athugavert.`,
    ),
    clean(`Fortnite / 10–12 / Ísafjörður / spurningar um V-Bucks svindl / útskýrt, ekkert frekar`),
    clean(
      `Afritað úr Roblox kl. 18:10: „eruð þið alvöru lögga?? hvað er neyðarnúmerið“ – sagði 112. Hópur 6–8 krakka.`,
    ),
    clean(
      `tiktok live, ca 30 krakkar 11-14, spurðu um Skibidi og hvort löggan sjái allt á snap. nei. búið 20:55`,
    ),
    clean(
      `Joinaði Bedwars-lobby á Hypixel með squad úr Kópavogi, 13–14 ára. Smá trash talk en allt í góðu, ræddum um að reporta og blokka. GG. Málsnúmer 007-2024-18345.`,
    ),
  ],
  fi: [
    withIds(
      `Klo 19.30 juttelin Discordissa 13-vuotiaan tytön kanssa Tampereelta. Hän kertoi, että aikuinen mies nimimerkillä ”Setä_Markku” on tarjonnut hänelle V-Buckseja kuvia vastaan. Tytön nimi on Aino Virtanen-Koskela ja hän asuu osoitteessa Hämeenpuisto 41 B 12. Neuvoin estämään, ottamaan kuvakaappaukset ja kertomaan vanhemmille. Välitetty Sisä-Suomen poliisilaitokselle.`,
      'Setä_Markku',
      'Aino Virtanen-Koskela',
      'Hämeenpuisto 41 B 12',
    ),
    withIds(
      `Roblox / 11 / Oulu / poikaa kiusataan, kiusaaja luokkakaveri 5C-luokalta Pateniemen koulusta, Eeli / ohjattu kertomaan opettajalle ja vanhemmille, äidin numero 050 362 1187`,
      '5C-luokalta Pateniemen koulusta',
      'Eeli',
      '050 362 1187',
    ),
    withIds(
      `Kopioitu Fortnite-chatista (20.15): ”mun hetu on 050711A268B voitko tsekata onks se vuotanu” – poika n. 14v, Vantaa. Kerrottu ettei hetua laiteta nettiin.`,
      '050711A268B',
    ),
    withIds(
      `snap, tyttö 15 lahti, ex-poikaystävä (abdirahman, 18v) uhkaa levittää kuvia. tyttö antoi sille puhnron 040 718 2294. huomenna yhteys lastensuojeluun`,
      'abdirahman',
      '040 718 2294',
    ),
    withIds(
      `Noin klo 21.45 Twitch-profiilimme kautta otti yhteyttä 14-vuotias poika Joensuusta. Hän kertoi, että hänen kaverinsa Nikita Smirnov on antanut Discord-palvelimella henkilötunnuksensa 221012A437E ja sähköpostiosoitteensa nikita.smirnov12 ät gmail piste com, koska palvelimella luvattiin ilmaista Nitroa. Poika oli huolissaan kaveristaan. Kerroin, että kaverin kannattaa kertoa asiasta vanhemmilleen ja vaihtaa salasanat, ja että Sekasin-chat ja MLL:n Lasten ja nuorten puhelin 116 111 auttavat. Ilmoitus välitetty Itä-Suomen poliisilaitokselle.`,
      'Nikita Smirnov',
      '221012A437E',
      'nikita.smirnov12 ät gmail piste com',
    ),
    clean(
      `Juttelin kolmen 12–13-vuotiaan pojan kanssa Kuopiosta Minecraftissa. He kysyivät, pelaako Teemu Pukki Fortnitea ja onko Käärijä oikeasti pelannut Robloxia. Ei huolia.`,
    ),
    clean(`Fortnite / 10–12 / Rovaniemi / kysymyksiä V-Bucks-huijauksista / selitetty, ei jatkotoimia`),
    clean(
      `Kopioitu Robloxista klo 18.35: ”ootteko oikeita poliiseja?? mikä on hätänumero” – vastattu 112. Noin 8 lapsen ryhmä.`,
    ),
    clean(
      `tiktok live, n. 40 nuorta 11-14v, kyseltiin Skibidi Toiletista ja näkeekö poliisi kaiken snapissa. ei näe. loppu 20.50`,
    ),
    clean(
      `Joinasin Bedwars-lobbyyn Hypixelillä, squad Espoosta, 13–14v. Vähän trashtalkkia mutta ok, puhuttiin reporttaamisesta ja blokkaamisesta. GG. Ilmoitusnumero 5500/R/12345/24.`,
    ),
  ],
  sv: [
    withIds(
      `Kl. 19.10 pratade jag med en tjej på 13 år från Örebro på Discord. Hon berättade att en vuxen man som kallar sig ”Farbror_Leffe” har erbjudit henne Robux mot bilder. Hon heter Elin Lindqvist Bergström och bor på Rudbecksgatan 19. Rådde henne att blockera, spara skärmdumpar och berätta för mamma. Ärendet skickat till polisregion Bergslagen.`,
      'Farbror_Leffe',
      'Elin Lindqvist Bergström',
      'Rudbecksgatan 19',
    ),
    withIds(
      `Roblox / 11 / Borås / kille mobbas av klasskompis i 5B på Sjöboskolan, ”Ludde” / rådde att prata med mentor och föräldrar, pappas nr 073-918 44 02`,
      '5B på Sjöboskolan',
      'Ludde',
      '073-918 44 02',
    ),
    withIds(
      `Kopierat från Fortnite-chatten (20.30): ”mitt personnummer är 120903-4170 kan ni kolla om jag är hackad” – kille ca 12 år, Uppsala. Förklarade att man aldrig skriver ut det.`,
      '120903-4170',
    ),
    withIds(
      `snap, tjej 15 södertälje, ex-pojkvän (yohannes, 19 år) hotar sprida bilder. hon gav nummer 070 341 22 86 till honom. kontakta soc imorgon`,
      'yohannes',
      '070 341 22 86',
    ),
    withIds(
      `Vid 21.50 hörde en 14-årig kille från Luleå av sig via vår Twitch-profil. Han berättade att hans kompis, Oskar Nilsson-Pettersson, har lämnat ut sitt personnummer 20101122-5628 och sin mejl oskarnp10 snabel-a hotmail punkt com på en Discord-server som lovade gratis Nitro. Killen var orolig för kompisen. Jag förklarade att kompisen borde berätta för sina föräldrar och byta lösenord, och att BRIS går att nå på 116 111. Ärendet vidare till polisregion Nord.`,
      'Oskar Nilsson-Pettersson',
      '20101122-5628',
      'oskarnp10 snabel-a hotmail punkt com',
    ),
    clean(
      `Pratade med tre killar från Gävle (12–13 år) på Minecraft. De ville veta om Zlatan spelar Fortnite och om Malmö FF har ett eget esportlag. Inget att rapportera.`,
    ),
    clean(`Fortnite / 10–12 / Kiruna / frågor om V-Bucks-bedrägerier / förklarat, ingen åtgärd`),
    clean(
      `Kopierat från Roblox kl. 18.25: ”är ni riktiga poliser?? vad är numret” – svarade 112 vid nöd, 114 14 annars. Grupp på ca 7 barn.`,
    ),
    clean(
      `tiktok live ca 35 ungdomar 11-14, frågade om Skibidi och om polisen ser allt på snap. nej. slut 20.55`,
    ),
    clean(
      `Joinade en Bedwars-lobby på Hypixel med en squad från Malmö, 13–14 år. Lite trashtalk men lugnt, pratade om att reporta och blocka. GG. Diarienr K123456-24.`,
    ),
  ],
};
