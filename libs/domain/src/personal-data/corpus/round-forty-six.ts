/**
 * Round forty-six: written blind, before the detector was run on it.
 * Style: people named in passing, mid-story and with no "is called" cue — friends, siblings, parents, suspects as
 * subjects, objects, genitives and inflected forms (Eetun, Siggu, Lukas', Emils), some in hurried lower case; clean
 * notes are full of capitalised non-persons: places, streets without numbers, brands, games, famous people, characters.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FORTY_SIX: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      `Discord, Minecraft build server, approx. 19:30. Girl (14) says Liam keeps posting screenshots of Aisha's old TikToks in the server and calling her names. Aisha's older brother has now told Liam he will "find him" after school. Liam Hargreaves is 17 according to her and plays at the same football club. Advised her to report in-app and talk to a teacher; gave 116 111. Did not get her own name.`,
      'Liam',
      'Aisha',
      'Liam Hargreaves',
    ),
    withIds(
      `Boy asked us to ring his mum Mrs Okafor on 0478 21 93 60 because she "doesn't believe him". Explained we can't; 112 if he is in danger.`,
      'Okafor',
      '0478 21 93 60',
    ),
    withIds(
      `fortnite squad chat 21:40 - jayden + his cousin marcus. some adult (dean? says he coaches esports) pays v-bucks for pics of their rooms, wanted marcus to add him on snap deanthecoach_09. marcus's mum already knows. screenshots saved, sent to duty officer, ref 2024/5531.`,
      'jayden',
      'marcus',
      'dean',
      'deanthecoach_09',
    ),
    withIds(
      `Instagram, Malmö area. A 12-year-old used her sister Hanna's personnummer 040318-5622 to get past the age check on a dating app – she typed it in our chat to show how easy it was. Elsa, the friend she was online with, did the same with a cousin's. Told them both to delete it and tell a parent tonight.`,
      'Hanna',
      '040318-5622',
      'Elsa',
    ),
    withIds(
      `Roblox "Brookhaven" hangout, three kids from an international school in Amsterdam. Noor did most of the talking; her brother Yusuf was quiet. Noor said a boy in Yusuf's class, Kacper Nowak, posted their home address (Van Woustraat 142) in a group chat after an argument over a trade, and since then someone has ordered pizzas to the door twice. Their father has already phoned the school. Kacper's account on Roblox is kacper_nwk2011 according to Noor. Told them to screenshot everything, not to reply, and to let their father contact the wijkagent. Gave Kindertelefoon 0800-0432 and explained that ordering food to someone's door can be reported too.`,
      'Noor',
      'Yusuf',
      'Kacper Nowak',
      'Van Woustraat 142',
      'Kacper',
      'kacper_nwk2011',
    ),
    clean(`Twitch, 112 viewers, no chats.`),
    clean(
      `Group of five on Instagram asking about the Taylor Swift ticket scam going round before the Stockholm concert. Explained that Ticketmaster never sends DMs and never asks for BankID. One of them had lost 1,450 SEK – advised a report at polisen.se; the duty desk gave case number 5000-K123456-24. Mentioned BRIS and 116 111 as well.`,
    ),
    clean(
      `Minecraft server. Kids building Hogwarts; everyone plays as Steve or Alex skins. Asked whether Herobrine is real (no). Then a long debate about Mr Beast videos and whether Dream is really called Clay. Nothing to note.`,
    ),
    clean(
      `Long chat on Tuesday with a boy worried about a fight planned "behind the Lidl on Storgata" on Friday after Maths. Says the older boys from Grünerløkka will come. Passed it to the patrol at Grønland police station; he refused to give any names. Reminded him of 116 111 and that he can always call 02800.`,
    ),
    clean(
      `Chat with a Year 8 pupil about a Roblox roleplay her school made. The houses are Hope, Grace and Faith; she is in Grace and says Faith always wins. Prices in the shop are in Robux and the Banker NPC takes a fee. Nothing concerning. Will look again in June if the server is still open, Monday to Friday only.`,
    ),
  ],
  nb: [
    withIds(
      `Snakket med jente (13) på Snapchat etter patrulje-innlegget vårt. Hun fortalte at Emils mor har tatt telefonen hans fordi Emil har fått meldinger fra en voksen mann i Drammen. Mannen har skrevet til både Emil og Sigurd, og Sigurd har sendt bilder. Hun er redd for at Sigurds foreldre ikke vet noe. Tipset henne om å snakke med helsesykepleier. Sendt videre til Kripos.`,
      'Emils',
      'Emil',
      'Sigurd',
      'Sigurds',
    ),
    withIds(
      `gutt på discord ga oss nr til storebroren: 934 51 762. sa at broren og kameraten hans ahmad selger vapes på skolen. ikke ringt.`,
      '934 51 762',
      'ahmad',
    ),
    withIds(
      `Roblox, ca. kl. 20.15. En gutt på 13 år skrev at en i klassen, Jonas Bakken, hadde lagt ut fødselsnummeret til Thea Marie i en gruppechat med over 40 medlemmer: 140311 53884. Thea Maries mamma har visst kontaktet rektor. Gutten var usikker på om nummeret var ekte. Vi ba ham ikke dele det videre og slette skjermbildet. Jonas skal også ha skrevet stygge ting om Thea Marie under brukernavnet jonasb_2011. Sak opprettet, 24-114873.`,
      'Jonas Bakken',
      'Thea Marie',
      '140311 53884',
      'Thea Maries',
      'Jonas',
      'jonasb_2011',
    ),
    withIds(
      `Fru Haugland tok kontakt via Instagram-kontoen vår på vegne av datteren. Datteren og Ida Sofie Nilsen blir holdt utenfor en Fortnite-gruppe, og Haugland mener det er mobbing. Hun la igjen nummeret 47 82 19 03.`,
      'Haugland',
      'Ida Sofie Nilsen',
      '47 82 19 03',
    ),
    withIds(
      `Gutten (15) fra Stovner sier at Mikkel og «Snuppa» presser yngre gutter til å selge snus ved Stovner senter. Han vil ikke at Mikkels lillebror skal vite at han har sagt noe. Snuppa er ifølge ham 19 år. Råd: ring 116 111 eller snakk med SaLTo-koordinator.`,
      'Mikkel',
      'Snuppa',
      'Mikkels',
    ),
    clean(`Rolig kveld på Twitch.`),
    clean(
      `Flere spurte om Erling Haaland og Martin Ødegaard er på Snapchat (ikke som oss, nei). En gutt lurte på om vi kjenner Kaptein Sabeltann. Snakket om hvordan man rapporterer i Fortnite. Ingen bekymringsmeldinger.`,
    ),
    clean(
      `Jente (12) på TikTok spurte om Storm fra X-Men finnes i Fortnite. Hun har Mat og helse og KRLE på tirsdager og syns Kroppsøving er verst. Liv og røre i klassen etter at de så Liv Ullmann-filmen i Norsk. Ikke noe å følge opp.`,
    ),
    clean(
      `Gutt på Discord var bekymret for en venn som har skrevet om selvskading. Oppga Kirkens SOS 22 40 00 40, Mental Helse 116 123 og Alarmtelefonen for barn og unge 116 111. Ved akutt fare: 113 eller 112. Han skulle ringe selv. Logget under sak 24-098341.`,
    ),
    clean(
      `Instagram-live fra Bergen sentrum, Torgallmenningen, ca. 40 seere. Spørsmål om russebusser, om Politiet på TikTok er ekte og om Oslo politidistrikt har egen Discord. Svar gitt. Onsdag 12. juni igjen kl. 18.`,
    ),
  ],
  nn: [
    withIds(
      `Jenta (14) frå Førde fortalde at Solveig og Amina har fått meldingar frå ein vaksen på Snapchat som skriv at han er 16. Solveigs storesyster har sett at han har bede om bilete. Kontoen hans der: tor_andre_97. Eg bad jenta få Solveig til å snakke med ein vaksen ho stolar på.`,
      'Solveig',
      'Amina',
      'Solveigs',
      'tor_andre_97',
    ),
    withIds(
      `eirik og broren til ingebjørg vart utestengde frå discord-serveren etter krangel. ingen fare.`,
      'eirik',
      'ingebjørg',
    ),
    withIds(
      `Gut på 12 år på Roblox skreiv telefonnummeret til mor si, 9 8 4 1 2 7 6 3, og sa at Torstein Hovland, naboen, har teke bilete av han utan lov. Hovland skal ha lagt dei ut på Facebook. Vi gav han nummeret 02800 og sa at mor må ringje sjølv.`,
      '9 8 4 1 2 7 6 3',
      'Torstein Hovland',
      'Hovland',
    ),
    withIds(
      `Ola Kristoffer (13) frå Voss hadde lagt inn fødselsnummeret sitt, 23091053845, på ei «gratis V-bucks»-side og lurte på kva som kan skje no. Kompisen Kjelle hadde gjort det same. Rådde dei til å snakke med foreldra og kontakte banken. Ola Kristoffers far ringde oss seinare.`,
      'Ola Kristoffer',
      '23091053845',
      'Kjelle',
      'Ola Kristoffers',
    ),
    withIds(
      `Sogndal. Tre gutar på Fortnite klaga på ein trenar i fotballklubben, Rune Vikøren, som sender private meldingar på Messenger seint om kvelden. Vikøren har òg sendt gåver til Sindre. Gutane var usikre på om det var noko å bry seg om. Sindres far veit ikkje om det. Melding sendt til påtalejurist, sak 24-120556.`,
      'Rune Vikøren',
      'Vikøren',
      'Sindre',
      'Sindres',
    ),
    clean(`Stille på Minecraft.`),
    clean(
      `Mange spørsmål om Ivar Aasen og kvifor politiet skriv nynorsk. Ei jente frå Ørsta meinte Aasen-tunet var kjedeleg. Snakka om Skam, om Karpe og om Kygo-konserten i Bergen i august. Ingen bekymring.`,
    ),
    clean(
      `Gut på Discord lurte på om Lie er eit ekte etternamn, for det står i ei oppgåve i Samfunnsfag. Vi svarte ja, det er vanleg på Vestlandet. Elles prat om Fjellet, Stølen og Dalen, tre kart på Minecraft-serveren deira. Ingen namn oppgjevne.`,
    ),
    clean(
      `Kveldsvakt laurdag. Delt ut 116 111, Kors på halsen 800 33 321 og 113 til fleire i TikTok-live. Ein 15-åring frå Stord ville vite om Vest politidistrikt har Snapchat. Sak 24-113020 nytta for registrering.`,
    ),
    clean(
      `Lang prat med ein gut (13) frå Sunnfjord om gaming og søvn. Han spelar Fortnite måndag til torsdag og ser på Pokimane og xQc på Twitch etterpå. Mor hans har sett grense til kl. 22. Snakka om skjermtid. Ingen grunn til å følgje opp.`,
    ),
  ],
  nl: [
    withIds(
      `Snapchat, Rotterdam-Zuid. Meisje (13) vertelde dat Daan uit haar klas het BSN van haar vriendin Mila in een groepsapp had gezet: 237645129. Mila's moeder heeft het bij de mentor gemeld. Daan zou het van een oude lijst van het schoolreisje hebben. Meisje geadviseerd screenshots te bewaren; Kindertelefoon 0800-0432 meegegeven.`,
      'Daan',
      'Mila',
      '237645129',
    ),
    withIds(
      `Jongen (14) uit Genk op Discord. Zegt dat Kevin Janssens, 19 jaar, hem en zijn maat Jens vraagt om pakjes op te halen aan het station voor 50 euro. Jens heeft dat al twee keer gedaan. Meneer Van den Broeck, de voetbaltrainer, zou het weten maar doet niks. Doorgegeven aan PZ CARMA, PV volgt.`,
      'Kevin Janssens',
      'Jens',
      'Van den Broeck',
    ),
    withIds(
      `fortnite, jongen 12 jr. wilde dat we zijn zus fatima mailden op fatima punt elamrani apenstaartje hotmail punt com omdat mo uit almere haar stalkt. niet gedaan, wel kindertelefoon en 0900-8844 gegeven.`,
      'fatima',
      'fatima punt elamrani apenstaartje hotmail punt com',
      'mo',
    ),
    withIds(
      `Instagram, Antwerpen. Meisje (15) heeft een foto van haar identiteitskaart doorgestuurd naar een "modellenbureau" en vraagt of dat erg is. Rijksregisternummer 09.09.30-047.13 staat er dus volledig op. Haar mama wil teruggebeld worden op 0496/31.27.84. Vriendin Yasmina volgt hetzelfde bureau.`,
      '09.09.30-047.13',
      '0496/31.27.84',
      'Yasmina',
    ),
    withIds(
      `Lang gesprek via Roblox met een jongen uit Utrecht-Overvecht. Hij wordt al weken gepest door Sanne de Vries en haar vriendje Bram, die filmpjes van hem in de gymles op TikTok zetten. Sannes oudere broer doet mee in de reacties. Hij durft niet naar mevrouw Bakker, de mentor, omdat die Sanne "altijd gelooft". Zijn eigen nummer: 06 18 44 72 90, mocht de wijkagent contact willen. Afgesproken dat hij vanavond met zijn vader praat en de filmpjes meldt bij TikTok.`,
      'Sanne de Vries',
      'Bram',
      'Sannes',
      'Bakker',
      'Sanne',
      '06 18 44 72 90',
    ),
    clean(`Geen contacten.`),
    clean(
      `Chat met drie jongeren uit Gent over Tomorrowland-tickets via TikTok. Uitgelegd dat Paylogic geen DM's stuurt. Vragen over Stromae en over Lukaku bij de Rode Duivels; geen probleem. 1712 meegegeven voor als iemand thuis geweld meemaakt, en Awel op 102.`,
    ),
    clean(
      `Gesprek over de Efteling: de Vliegende Hollander en Joris en de Draak waren favoriet. Een jongen vond Holle Bolle Gijs eng. Daarna over Minecraft en Brawl Stars. Dinsdag in mei weer online.`,
    ),
    clean(
      `Melding via TikTok over een afspraak voor een vechtpartij "bij de Albert Heijn op de Kruiskade" vrijdag na schooltijd. Geen namen, geen accounts. Doorgezet naar wijkteam Rotterdam-Centrum, registratienummer 2024123456.`,
    ),
    clean(
      `Groepje op Discord vroeg naar de live van Enzo Knol en of Kwebbelkop nog streamt. Eén jongen vroeg het voor een vriend: uitleg over 113 Zelfmoordpreventie (0800-0113). Verder Sinterklaas-memes, Feyenoord-Ajax en wiskundehuiswerk. Woensdag opnieuw.`,
    ),
  ],
  fr: [
    withIds(
      `Discord, Charleroi. Garçon (13) explique que Mehdi et Théo l'ont exclu du serveur de la classe et partagent des montages de lui. La mère de Théo serait au courant mais « trouve ça drôle ». Conseillé d'en parler au CPMS et donné le 103 (Écoute-Enfants).`,
      'Mehdi',
      'Théo',
    ),
    withIds(
      `Fille de 14 ans sur Snapchat, Liège. Elle a donné le numéro de sa cousine Kenza en toutes lettres : zéro quatre septante-six, douze, trente-quatre, quatre-vingt-neuf. Kenza reçoit des messages de Nono, un homme de Seraing d'une trentaine d'années. Pas rappelé.`,
      'Kenza',
      'zéro quatre septante-six, douze, trente-quatre, quatre-vingt-neuf',
      'Nono',
    ),
    withIds(
      `tiktok live, fille 12 ans, schaerbeek. veut qu'on écrive à sa grande sœur inès : ines.m2010 arobase gmail point com. problème : lucas de sa classe publie ses photos. pas écrit, orientée vers la zone Bruxelles-Nord.`,
      'inès',
      'ines.m2010 arobase gmail point com',
      'lucas',
    ),
    withIds(
      `Instagram, Namur. Un jeune de 13 ans nous envoie une capture où figure son numéro national : 11.02.14-284.55, réclamé par un « recruteur » pour un club de foot. Chloé Dubois, sa voisine, a reçu la même demande. Mme Lambert, la directrice, a été prévenue par ses parents. Dossier transmis, PV NA.55.L7.012345/2024.`,
      '11.02.14-284.55',
      'Chloé Dubois',
      'Lambert',
    ),
    withIds(
      `Longue conversation sur Fortnite avec un garçon d'Anderlecht. Depuis la rentrée, Jean-Baptiste Mukendi, 17 ans, lui fait payer « une protection » : 20 euros par semaine, sinon ses potes l'attendent au métro Clemenceau. Aya, la petite sœur du garçon, a aussi été menacée devant l'école. Jean-Baptiste utilise le pseudo JB_Mk1080 sur Snap. Le garçon nous a laissé le numéro de sa maman, 0472.58.91.06, et préfère qu'on passe par elle. Conseils donnés, pas de plainte pour l'instant.`,
      'Jean-Baptiste Mukendi',
      'Aya',
      'Jean-Baptiste',
      'JB_Mk1080',
      '0472.58.91.06',
    ),
    clean(`RAS sur Roblox ce soir.`),
    clean(
      `Questions sur Tintin, sur Stromae et sur Angèle : « vous les avez déjà rencontrés ? ». Une fille de Mons parlait du Doudou et de la Ducasse. Aucun souci.`,
    ),
    clean(
      `Rappel des numéros donnés ce mercredi : 103 Écoute-Enfants, 107 Télé-Accueil, 0800 32 123 pour la prévention du suicide, 112 en urgence. Un garçon de Verviers voulait savoir si Child Focus (116 000) peut retrouver un compte piraté.`,
    ),
    clean(
      `Une élève de Louvain-la-Neuve dit qu'une bagarre est prévue rue Neuve, devant le Primark, samedi après le cours de néerlandais. Pas de noms, pas de comptes. Info transmise à la zone Bruxelles-Capitale/Ixelles.`,
    ),
    clean(
      `Live Twitch sur le thème « Prudence sur les réseaux ». Un élève de 4e secondaire a demandé si la Marine belge recrute sur TikTok, un autre si Blanche-Neige est « un vrai profil ». Un troisième voulait savoir pourquoi Pierre, dans Stardew Valley, vend tout si cher. Réponses données, ambiance claire et sympa. Prochain live en mars.`,
    ),
  ],
  de: [
    withIds(
      `Discord, Raum Eupen. Mädchen (13) sagt, Lukas' Bruder verschickt Nacktbilder von Jana an andere aus der Klasse. Lukas selbst hat es ihr am Montag gezeigt. Janas Mutter weiß noch nichts. Rat: nichts weiterleiten, Vertrauensperson suchen, Telefonhilfe 108.`,
      'Lukas',
      'Jana',
      'Janas',
    ),
    withIds(
      `snapchat, st. vith, junge 14. schreibt, dass moritz schröder ihn erpresst. will, dass wir seiner mutter mailen: sabine punkt kessler ät skynet punkt be. nicht gemacht.`,
      'moritz schröder',
      'sabine punkt kessler ät skynet punkt be',
    ),
    withIds(
      `Fortnite-Chat. Ein Junge aus Kelmis berichtet, Herr Kessel, ein Nachbar, bietet ihm und Finn-Luca Geld fürs Rasenmähen und will dann Fotos. Finn-Lucas Vater hat die Nummer vom Nachbarn: 0475 38 21 47. Info an PZ Weser-Göhl.`,
      'Kessel',
      'Finn-Luca',
      'Finn-Lucas',
      '0475 38 21 47',
    ),
    withIds(
      `Instagram. Elif (14) aus Eupen fragt, ob es schlimm ist, dass sie ihre Nationalregisternummer 10.06.23-181.89 bei einem Gewinnspiel eingegeben hat. Ihre Freundin Leonie auch. Erklärt, wie man Doc Stop (00800 2123 2123) nutzt.`,
      'Elif',
      '10.06.23-181.89',
      'Leonie',
    ),
    withIds(
      `Längeres Gespräch über Roblox mit einem Jungen (12) aus Bütgenbach. Er wird seit den Osterferien von „Jojo“ bedrängt, einem älteren Spieler, der ihm Robux schenkt und dafür Videos will. Jojos Account: jojo_xx_2009. Sein bester Freund Noah Hilgers hat denselben Kontakt, und Noahs Schwester hat die Chats gesehen. Der Junge will nicht, dass seine Eltern davon erfahren. Wir haben ihm erklärt, dass das nicht okay ist und er nichts falsch gemacht hat; Telefonhilfe 108 genannt. Meldung an die Föderale Gerichtspolizei Eupen.`,
      'Jojo',
      'Jojos',
      'jojo_xx_2009',
      'Noah Hilgers',
      'Noahs',
    ),
    clean(`Keine Kontakte heute, Server leer.`),
    clean(
      `Viele Fragen zu Thomas Müller und zum Bayern-Spiel, dazu, wer Spongebob synchronisiert. Ein Mädchen aus Raeren fand Biene Maja „cringe“. Alles harmlos.`,
    ),
    clean(
      `Ein Junge beschwerte sich über den Koch in der Schulkantine. Im Ernst wollte er wissen, ob der Wolf in Minecraft zahm bleibt, wenn man ihn füttert. Ja. Dann Fragen zum Farming Simulator, ob man da wirklich Bauer wird, und zum Fuchs im Hohen Venn. Keine Auffälligkeiten.`,
    ),
    clean(
      `Weitergegeben heute: Telefonhilfe 108, Child Focus 116 000, Nummer gegen Kummer 0800 111 0 333 für die Jugendlichen aus Aachen, 112 im Notfall. Zwei Jungen aus Lontzen fragten, ob man gestohlene Skins anzeigen kann.`,
    ),
    clean(
      `Gerücht über eine Schlägerei am Werthplatz in Eupen, Freitag nach der Schule, angeblich wegen eines TikTok-Videos. Keine Namen. Weitergabe an die Polizeizone Weser-Göhl, Akte 2024/3312.`,
    ),
  ],
  is: [
    withIds(
      `Stelpa (13) á Snapchat sagði að Jón í bekknum hennar hefði sent Siggu ljótar myndir og að pabbi Siggu vissi ekki af því. Hún vildi að við segðum Jóni að hætta. Ráðlagt að tala við umsjónarkennara og bent á 1717.`,
      'Jón',
      'Siggu',
      'Jóni',
    ),
    withIds(
      `strákur 12 ára, roblox. gaf upp símann hjá mömmu sinni 862 4417 og sagði að aron máni væri að hóta honum. ekki hringt.`,
      '862 4417',
      'aron máni',
    ),
    withIds(
      `Fortnite, kvöld. Birta Líf (14) sagði að eldri strákur, Kristján Þór Guðmundsson, hefði fengið kennitöluna hennar, 120510-3120, og notað hana til að stofna aðgang á veðmálasíðu. Birtu Líf líður illa yfir þessu. Kristján hefur líka skrifað Ísaki, bróður hennar. Málið skráð, 007-2024-034512.`,
      'Birta Líf',
      'Kristján Þór Guðmundsson',
      '120510-3120',
      'Birtu Líf',
      'Kristján',
      'Ísaki',
    ),
    withIds(
      `Dóri og Gunna Stína, 15 ára, hafa verið að selja nikótínpúða á Discord-þjóni í Hafnarfirði. Strákurinn sem sagði frá vildi ekki að Dóra yrði sagt hver lét vita. Símanúmer Gunnu Stínu, 779-3021, er í hópspjallinu.`,
      'Dóri',
      'Gunna Stína',
      'Dóra',
      'Gunnu Stínu',
      '779-3021',
    ),
    withIds(
      `Langt samtal á TikTok við stúlku frá Akureyri. Hún og vinkona hennar, Anna Karen, hafa verið í sambandi við mann sem segist vera 17 ára en hljómar eldri. Hann hefur beðið Önnu Karen um myndir og boðið henni inneign á Steam. Stúlkan segir að móðir Önnu Karenar, Helga, hafi fundið skilaboðin en ekki tilkynnt neitt. Maðurinn notar siggi_hrafn_07 á Snapchat. Við ræddum um að þetta væri ekki henni að kenna og að hún mætti hafa samband aftur. Bent á 1717 og barnavernd. Áframsent til kynferðisbrotadeildar.`,
      'Anna Karen',
      'Önnu Karen',
      'Önnu Karenar',
      'Helga',
      'siggi_hrafn_07',
    ),
    clean(`Ekkert að frétta á Discord.`),
    clean(
      `Krakkar spurðu um Gylfa Sigurðsson og Laufeyju og hvort Björk sé enn að gefa út. Einn var með Línu Langsokk sem prófílmynd. Allt í góðu.`,
    ),
    clean(
      `Þriðjudagskvöld. Stelpa spurði hvort hún mætti setja mynd af hrafni og uglu, sem hún teiknaði í myndmennt, á Instagram. Já. Svo rætt um Storm-þættina á RÚV og Skrekk í Borgarleikhúsinu. Engin vandamál.`,
    ),
    clean(
      `Dreifðum númerum: 1717 hjá Rauða krossinum, 112 í neyð og Lögreglan á höfuðborgarsvæðinu 444 1000. Tveir strákar úr Kópavogi vildu vita hvort þeir gætu kært þjófnað á Fortnite-skinni. Málsnúmer 007-2024-051122 skráð.`,
    ),
    clean(
      `Orðrómur um slagsmál við Smáralind á föstudaginn eftir skóla, eða jafnvel á Laugavegi við Hlemm. Engin nöfn, enginn aðgangur. Upplýsingar sendar áfram á vakt.`,
    ),
  ],
  fi: [
    withIds(
      `Discord, Tampere. Tyttö (13) kertoi, että Eetun isoveli on kiristänyt Aadalta kuvia ja uhannut levittää ne. Eetu itse oli lähettänyt linkin Aadalle. Neuvottu kertomaan aikuiselle ja ilmoittamaan palvelussa, annettu MLL:n Lasten ja nuorten puhelin 116 111.`,
      'Eetun',
      'Aadalta',
      'Eetu',
      'Aadalle',
    ),
    withIds(
      `tiktok, poika 14v. anto äidin numeron 050-3381 274 ja sano et veeti ja jere myy nuuskaa koulun pihalla. ei soitettu.`,
      '050-3381 274',
      'veeti',
      'jere',
    ),
    withIds(
      `Roblox. Ella-Maria (14) Espoosta kertoi syöttäneensä henkilötunnuksensa 190610A348W "ilmaisten Robuxien" sivulle. Hänen kaverinsa Niko Virtanen oli jakanut linkin. Ohjattu kertomaan vanhemmille ja tekemään rikosilmoitus. Nikon äidille ei ole kerrottu.`,
      'Ella-Maria',
      '190610A348W',
      'Niko Virtanen',
      'Nikon',
    ),
    withIds(
      `Snapchat, Oulu. Poika halusi, että lähetämme viestin siskolleen Aino-Lotalle osoitteeseen ainolotta piste k ät gmail piste com, koska Korhosen Pate uhkailee häntä. Pate on n. 19-vuotias. Ei lähetetty, kehotettu soittamaan 112 jos uhka on välitön.`,
      'Aino-Lotalle',
      'ainolotta piste k ät gmail piste com',
      'Korhosen Pate',
      'Pate',
    ),
    withIds(
      `Pitkä keskustelu Fortnitessa vantaalaisen pojan (12) kanssa. Häntä ja hänen serkkuaan Abdirahmania on painostettu viemään paketteja Tikkurilan asemalle. Taustalla on kuulemma Iso-Mika, noin 25-vuotias, joka maksaa 50 euroa keikalta ja uhkaa, jos joku kieltäytyy. Abdirahmanin äiti on huolissaan ja pyysi soittamaan numeroon 044 592 1837. Välitetty Itä-Uudenmaan poliisilaitoksen ennalta estävälle toiminnalle. Annettu myös Sekasin-chat ja MLL:n 116 111.`,
      'Abdirahmania',
      'Iso-Mika',
      'Abdirahmanin',
      '044 592 1837',
    ),
    clean(`Ei yhteydenottoja Twitchissä.`),
    clean(
      `Kysyttiin Teemu Pukista, Käärijästä ja Robinista sekä siitä, onko Muumipeikko oikeasti virtahepo. Ei huolia.`,
    ),
    clean(
      `Poika kertoi, että onni oli matkassa Fortnitessa: voitto kolmesti putkeen. Toivo on, että ensi viikolla alkaa uusi kausi. Tuuli oli niin kova, että koulun retki Nuuksioon peruttiin, ja huomenna on ruotsia ja liikuntaa. Rauha maassa, ei huolia.`,
    ),
    clean(
      `Annettu tänään: MLL:n Lasten ja nuorten puhelin 116 111, Sekasin-chat, MIELI ry:n kriisipuhelin 09 2525 0111 ja hätänumero 112. Yksi nuori Jyväskylästä kysyi, voiko poliisi palauttaa varastetun Fortnite-tilin. Ilmoitus 4210/R/12345/24.`,
    ),
    clean(
      `Huhu tappelusta Hämeenkadulla Stockmannin edessä perjantaina koulun jälkeen. Ei nimiä eikä tilejä. Tieto välitetty Sisä-Suomen poliisilaitoksen partioille.`,
    ),
  ],
  sv: [
    withIds(
      `Snapchat, Uppsala. Flicka (13) berättade att Elias skickat Ebbas nakenbild till halva klassen. Ebba har inte vågat gå till skolan sedan i tisdags och Elias mamma har kontaktats av rektorn. Råd: BRIS 116 111, polisanmälan.`,
      'Elias',
      'Ebbas',
      'Ebba',
    ),
    withIds(
      `discord, kille 14 från rinkeby. gav sin brorsas nummer 073-559 21 40 och sa att hassan och jonte tvingar honom sälja. ringde inte.`,
      '073-559 21 40',
      'hassan',
      'jonte',
    ),
    withIds(
      `TikTok. Tjej (13) i Göteborg skrev in sitt personnummer 110427-2388 i en "giveaway" som Alva Sundqvist delat. Alvas storebror ska ha gjort kontot. Hon vill inte att mamma får veta. Uppmanad att prata med en vuxen och spärra BankID. Ärende 5000-K998877-24.`,
      '110427-2388',
      'Alva Sundqvist',
      'Alvas',
    ),
    withIds(
      `Roblox, Vasa. Pojke (12) vill att vi mejlar hans pappa på mikael punkt holmstrom snabel-a netti punkt fi eftersom herr Lindqvist, grannen, har tagit pojkens mobil. Vi mejlade inte. Hänvisad till Österbottens polisinrättning och Barn- och ungdomstelefonen 116 111.`,
      'mikael punkt holmstrom snabel-a netti punkt fi',
      'Lindqvist',
    ),
    withIds(
      `Långt samtal via Fortnite med en kille (15) från Rosengård i Malmö. En äldre kille, Amir "Kingen" Hadžić, har rekryterat honom och hans kompis Nils till att springa med paket från Triangeln. Nils pappa vet om det men gör inget. Kingen har lovat 2000 kr i veckan och skickar order via Telegram-kontot kingen_mlm040. Killen är rädd för vad som händer om han hoppar av. Vi sa att han kan ringa oss eller BRIS och att Kingens hot är ett brott. Underrättelse skickad till lokalpolisområde Malmö Öster.`,
      'Amir "Kingen" Hadžić',
      'Nils',
      'Kingen',
      'kingen_mlm040',
      'Kingens',
    ),
    clean(`Lugnt på Roblox.`),
    clean(
      `Frågor om Zlatan, om Tove Lo och om Pippi Långstrump är med i Fortnite (nej). En tjej från Lund tyckte att Alfons Åberg var gammalmodig. Inget att följa upp.`,
    ),
    clean(
      `Sten, sax, påse i Roblox-lobbyn om vem som fick börja. Vilja fanns men inte tid, så de slutade efter Idrott och hälsa. Stig fram och fråga om du undrar något, skrev vi i chatten. Ingen oro.`,
    ),
    clean(
      `Under kvällen lämnade vi ut BRIS 116 111, Jourhavande kompis, Självmordslinjen 90101 och 112 vid fara. En kille i Borås frågade om polisen kan få tillbaka hans stulna Fortnite-konto. Hänvisad till polisen.se och 114 14.`,
    ),
    clean(
      `Rykte om bråk på Esplanaden i Helsingfors vid Stockmann efter skolan på fredag, också Alexandersgatan nämndes. Inga namn. Vidarebefordrat till Helsingfors polisinrättning.`,
    ),
  ],
};
