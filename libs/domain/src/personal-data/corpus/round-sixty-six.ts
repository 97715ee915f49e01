/**
 * Round sixty-six: written blind, before the detector was run on it.
 * Ordinary notes where young people mention friends, family, coaches and strangers in passing, often in a case form or
 * possessive; clean notes full of famous people, characters, pets, towns and words that are also first names.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SIXTY_SIX: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Discord, Tue 19:40, Bergen team. Boy (13) says he mostly plays Fortnite with his cousin Ahmed and Ahmed's big sister Leyla, who sometimes 'borrows' his account. No concerns, gave him 116 111.",
      'Ahmed',
      'Leyla',
    ),
    withIds(
      'Roblox chat, girl ~11 from Ghent. An older player, DarkWolf_1999, asked her for pictures and told her not to tell her mum. Her friend noor van damme saw the messages too. Advised block + report, passed to the BE team and Europol liaison.',
      'DarkWolf_1999',
      'noor van damme',
    ),
    withIds(
      "Boy (12) from Hafnarfjörður on Minecraft. Lives with mum and step-dad Einar; half-brother Kári is on the same server. Gave his dad's number, 866 4107, 'in case'. Told him not to share numbers with anyone here.",
      'Einar',
      'Kári',
      '866 4107',
    ),
    withIds(
      'Twitch chat 22:10, 15-y-o from Turku. Boyfriend is 19 (Jere, works at the harbour), met him on Snapchat as jere_k.04. Talked about age limits; she seemed fine but flag for the Finnish team.',
      'Jere',
      'jere_k.04',
    ),
    withIds(
      "Long chat in #general with three Dutch lads (14-15) from Zwolle. They kept teasing each other - bram, Youssef and 'Tanky' - about their maths teacher meneer Bakker. One posted sem.devries2010@gmail.com for a tournament sign-up; told him to delete it, he did.",
      'bram',
      'Youssef',
      'Tanky',
      'meneer Bakker',
      'sem.devries2010@gmail.com',
    ),
    clean(
      "Fortnite, 20:15-21:00. Two girls (12 and 13) from Tromsø asked if Sergeant Hansen on our team was 'real police'. Chat mostly about Peely, Jonesy and whether Ninja still streams. Explained 116 111 and how to report. No concerns.",
    ),
    clean(
      'Roblox, Adopt Me. Boy (10) showed us his in-game dog Max and then his real cat Luna on camera. Asked if Harry Potter and Hermione are real. Talked about passwords. 6 kids on the server.',
    ),
    clean(
      "Discord call with a group from Lund (about 8, ages 13-16). Topics: Taylor Swift tickets, MrBeast's new video, scam links promising free Robux. Insp. Van den Broeck (BE) joined for ten minutes. Ref 2024/0419-KR. No follow-up.",
    ),
    clean(
      'Will check the server again at 18:00. Lots of hope in the group that GTA VI comes out before summer; they lost with grace. Quiet evening.',
    ),
    clean(
      'Snapchat question from a 16-y-o in Oulu about sextortion. Gave 112 and 116 111. He mentioned Messi and Sabrina Carpenter. Nothing stored.',
    ),
  ],
  nb: [
    withIds(
      'Discord kl. 18.30. Gutt (13) fra Drammen, spiller Fortnite med fetteren sin Mohammed og Jonas\u2019 storebror. Jonas\u2019 mor kjører dem på trening hver tirsdag. Ingen bekymring.',
      'Mohammed',
      'Jonas',
    ),
    withIds(
      'Roblox, jente ca. 11 år fra Stavanger. En «Kevin» på 24 har sendt henne gaver i spillet og bedt om nummeret hennes. Hun ga ham 412 38 907 før hun skjønte at det var rart. Venninna hennes, Sunniva Haugland, var med i chatten. Sendt videre til Kripos-teamet.',
      'Kevin',
      '412 38 907',
      'Sunniva Haugland',
    ),
    withIds(
      'Minecraft-kveld, 3 gutter fra Tromsø. den ene sa at stefaren hans, Arne Bakke, ikke lar ham ha mobilen etter kl 21. De andre kalte ham Tuppen hele tiden.',
      'Arne Bakke',
      'Tuppen',
    ),
    withIds(
      'Snap/TikTok. Jente 12 skrev fødselsnummeret sitt 14031253471 i chatten for å «bevise» alderen, sammen med søsteren Amina. Slettet, ba henne aldri gjøre det igjen.',
      '14031253471',
      'Amina',
    ),
    withIds(
      'Twitch. Gutt 15 fra Kristiansand nevnte treneren på fotballen, Tor-Erik, og at kjæresten til søsteren hans, en Marius på ca 20, spiller med dem og «sier ting». Følges opp av Agder-laget.',
      'Tor-Erik',
      'Marius',
    ),
    clean(
      'Fortnite, kl. 19.00–20.15. Fem ungdommer fra Bodø og Mo i Rana. Pratet om Haaland, Ødegaard og Sigrid sin nye låt. Politibetjent Nilsen svarte på spørsmål om 116 111. Ingen oppfølging.',
    ),
    clean(
      'Roblox. Jente (10) viste oss katten Pus og hunden Bamse på kamera. Spurte om Elsa og Olaf fra Frost er ekte. Hyggelig prat.',
    ),
    clean(
      'Gutter fra Sola og Moss, 13 og 14 år. Spurte om politioverbetjent Berg bærer våpen. Sakref 24-8812. Ingen bekymring.',
    ),
    clean(
      'Liv og røre på serveren i dag, sol i stemningen. Dag to av patruljen. Vår oppfatning: gode samtaler, 23 ungdommer totalt.',
    ),
    clean(
      'Snapchat-spørsmål fra 16-åring: hva gjør man hvis noen truer med å dele bilder? Henvist til slettmeg.no og 116 111. Nevnte Spider-Man og Donald Trump i en spøk.',
    ),
  ],
  nn: [
    withIds(
      'Discord, kl. 17.45. Jente (12) frå Førde. Ho spelar Roblox med veslesyster Ingeborg og nabojenta Hiba. Mora til Hiba ser på når dei spelar. Ingen uro.',
      'Ingeborg',
      'Hiba',
    ),
    withIds(
      'Fortnite. Gut 14 frå Voss fortalde at ein vaksen kar, «Oddvar» på om lag 30, har tilbode V-bucks mot bilete. Brukarnamnet hans er oddvar_voss88. Meldt vidare.',
      'Oddvar',
      'oddvar_voss88',
    ),
    withIds(
      'Minecraft. To gutar frå Sogndal, den eine kalla den andre «Bønna» heile kvelden. Læraren deira, Solveig Haugen, hadde vore streng med skjermtid, sa dei.',
      'Bønna',
      'Solveig Haugen',
    ),
    withIds(
      'Snapchat, jente 15, Ørsta. Kjærasten hennar Sindre (19) hentar henne etter skulen. Ho la ut nummeret sitt 934 71 256 i chatten.',
      'Sindre',
      '934 71 256',
    ),
    withIds(
      'Gut (12) skreiv fødselsnummeret til storebroren sin, 07091161227, for å vise at han var gammal nok for Discord. Storebroren Ola-Magnus var òg med i samtalen ei stund. Sletta.',
      '07091161227',
      'Ola-Magnus',
    ),
    clean(
      'Roblox, kl. 18–19. Seks born frå Volda og Ulsteinvik. Prat om Aurora, Karpe og kva Kripos gjer. Politibetjent Myklebust var med. Ingen oppfølging.',
    ),
    clean(
      'Minecraft. Gut 11 synte fram hunden Rex og katten Frøya. Spurde om Steve og Alex i spelet er politi. Kjekk prat.',
    ),
    clean('Fortnite. Jenter frå Sunndal og Molde, 13–14 år. Spurde om 113 og 112 er det same. Sak 24/1187.'),
    clean(
      'Liv og røre på serveren. Dag 3. Vår vurdering: inga uro. Sol og fint vêr i Bergen, sa dei fleste.',
    ),
    clean(
      'TikTok-spørsmål: gut 16 lurte på om Erling Braut Haaland har TikTok. Deretter spørsmål om deling av bilete; vist til 116 111.',
    ),
  ],
  nl: [
    withIds(
      'Discord, 19u30, jongen (13) uit Mechelen. Speelt Fortnite met zijn neef Bilal en diens vriend Jarno. De mama van Bilal houdt de schermtijd in het oog. Geen zorgen.',
      'Bilal',
      'Jarno',
    ),
    withIds(
      "Roblox, meisje ~11 uit Almere. Een 'oom Rick' (ca. 35, geen familie) stuurt haar Robux en vraagt om haar 06-nummer. Ze heeft 06-41 27 83 95 al gegeven. Haar beste vriendin Fenna van Dijk weet ervan. Doorgezet naar NL-team.",
      'Rick',
      '06-41 27 83 95',
      'Fenna van Dijk',
    ),
    withIds(
      "Snapchat, jongen 15 uit Tilburg. Stuurde zijn BSN 238174591 omdat 'iemand van een giveaway' erom vroeg. Zijn stiefvader Hans Kuipers weet van niks. Gezegd: nooit meer doen.",
      '238174591',
      'Hans Kuipers',
    ),
    withIds(
      "Twitch, meisje 12 uit Hasselt typte haar rijksregisternummer 12.06.04-183.20 in de chat voor een 'gratis skin'. zus lotte zat naast haar. Bericht verwijderd.",
      '12.06.04-183.20',
      'lotte',
    ),
    withIds(
      "Minecraft, drie jongens uit Gouda: Daan, Mo en 'Kaaskop'. Hun trainer van de voetbal, Erik, zou 's nachts rare appjes sturen. Doorgegeven.",
      'Daan',
      'Mo',
      'Kaaskop',
      'Erik',
    ),
    clean(
      'Fortnite, 20u00-21u15. Vier kinderen uit Brugge en Oostende, 12-14 jaar. Gesprek over Kevin De Bruyne, Stromae en of hoofdinspecteur Peeters echt politie is. Uitleg 1712 en 112. Geen opvolging.',
    ),
    clean(
      'Roblox. Meisje (10) toonde haar konijn Snuffie en hond Bobbie. Vroeg of Nijntje en Dikkie Dik echt bestaan. Leuk gesprek.',
    ),
    clean(
      "Minecraft. Jongens uit Zoetermeer, Hoorn en Emmen. Vragen over hacks en 'gratis V-bucks'. Zaaknummer 2024-0661-NL.",
    ),
    clean(
      'Rustige avond. Op het dak van hun Minecraft-huis zat een merel en in de tuin plantten ze een roos. Sfeer goed, veel geluk gehad met de loot.',
    ),
    clean(
      'TikTok-vraag van 16-jarige: wat te doen bij sextortion? Verwezen naar Helpwanted.nl en 116 111. Noemde Mr. Bean en Messi.',
    ),
  ],
  fr: [
    withIds(
      'Discord, 18h40. Garçon (13) de Charleroi. Joue à Fortnite avec son cousin Rayan et la sœur de Rayan, Inès. La mère de Yasmine (une copine) surveille les parties. RAS.',
      'Rayan',
      'Inès',
      'Yasmine',
    ),
    withIds(
      'Roblox, fille ~11 ans, Liège. Un certain « Tonton Fred » (adulte) lui propose des Robux contre des photos. Pseudo : fredo_lgg77. Elle lui a donné son numéro 0478 21 63 09. Transmis à l’équipe BE.',
      'Fred',
      'fredo_lgg77',
      '0478 21 63 09',
    ),
    withIds(
      'Twitch : garçon 13 ans de Namur a tapé son numéro national 11.02.19-264.22 pour un « concours ». Son beau-père, Marc Lambert, n’est pas au courant. Message supprimé.',
      '11.02.19-264.22',
      'Marc Lambert',
    ),
    withIds(
      'Minecraft, trois gamins de Mons, « Le Chef », kevin et Dylan, qui se chambraient tout le temps. Le coach de foot, Hakim, leur enverrait des messages la nuit. À suivre.',
      'Le Chef',
      'kevin',
      'Dylan',
      'Hakim',
    ),
    withIds(
      'Snapchat, fille 15 ans de Tournai. Son copain a 20 ans (Jordan, travaille chez Colruyt). Chez Manon, sa meilleure amie, elles jouent à Fortnite jusqu’à 2h. Mail donné : manon.dupuis09@hotmail.be, demandé de l’effacer.',
      'Jordan',
      'Manon',
      'manon.dupuis09@hotmail.be',
    ),
    clean(
      'Fortnite, 20h-21h15. Cinq jeunes de Bruxelles et Wavre, 12-14 ans. Discussions sur Tintin, Lukaku et Angèle. L’inspecteur principal Dubois a expliqué le 103 (Écoute-Enfants) et le 112. Rien à signaler.',
    ),
    clean(
      'Roblox. Fille (10) nous montre son chat Minou et son lapin Caramel. Demande si Mario et Luigi existent pour de vrai.',
    ),
    clean(
      'Minecraft. Garçons de Spa, Huy et Dinant (13-15). Questions sur les hacks. N° de dossier 24/3317-BE.',
    ),
    clean(
      'Ambiance claire et calme sur le serveur ; ils ont construit une maison en pierre avec une rose et une marguerite dans le jardin. Beaucoup de patience, bonne soirée.',
    ),
    clean(
      'TikTok : question d’un ado de 16 ans sur le chantage aux photos. Renvoyé vers Child Focus (116 000) et le 112. Il parlait de Kylian Mbappé et de Squeezie.',
    ),
  ],
  de: [
    withIds(
      'Discord, 19:10 Uhr. Junge (13) aus Eupen. Spielt Fortnite mit seinem Cousin Luca und Lucas Schwester Mia. Lucas Mutter achtet auf die Spielzeit. Unauffällig.',
      'Luca',
      'Mia',
    ),
    withIds(
      "Roblox, Mädchen ca. 11 aus St. Vith. Ein 'Onkel Timo' (Erwachsener, kein Verwandter) schickt ihr Robux und will Fotos. Im Spiel: timo_sv1988. Ihre Freundin Lea Schröder hat mitgelesen. Ans BE-Team weitergegeben.",
      'Timo',
      'timo_sv1988',
      'Lea Schröder',
    ),
    withIds(
      "Minecraft, drei Jungs aus Kelmis, die sich ständig aufzogen: Emre, der kleine Jannik und 'Bratwurst'. Der Trainer vom Fußballverein, Herr Krings, schreibe ihnen nachts. Nachverfolgen.",
      'Emre',
      'Jannik',
      'Bratwurst',
      'Herr Krings',
    ),
    withIds(
      'Snapchat, Mädchen 15 aus Raeren. Ihr Freund ist 21 (Kevin, arbeitet in Aachen). Hat ihre Nummer 0471 38 29 56 in den Chat geschrieben. Übernachtet oft bei Sophies Eltern.',
      'Kevin',
      '0471 38 29 56',
      'Sophie',
    ),
    withIds(
      'Europol-Verbindung, Hinweis aus dem schwedischen Team: Junge (12) hat seine Personennummer 120417-3841 im Chat gepostet, dazu den Namen seiner Schwester, Elif Yılmaz. Gelöscht.',
      '120417-3841',
      'Elif Yılmaz',
    ),
    clean(
      'Fortnite, 20:00–21:15. Vier Jugendliche aus Eupen und Bütgenbach (12–14). Gespräch über Thomas Müller, Harry Potter und ob Polizeikommissar Schmitz echt Polizist ist. 112 und 116 111 erklärt.',
    ),
    clean('Roblox. Mädchen (10) zeigt ihren Hund Bello und die Katze Mieze. Fragt, ob SpongeBob echt ist.'),
    clean('Minecraft. Jungs aus Amel, Büllingen und Lontzen (13–15). Fragen zu Hacks. Aktenzeichen 24/7781.'),
    clean(
      'Im Ernst: ruhiger Abend. Ein rosa Haus mit Wolf und Fuchs im Garten gebaut; alle redeten frank und frei.',
    ),
    clean(
      'TikTok-Frage von einem 16-Jährigen zu Sextortion. Auf 116 111 und 112 verwiesen. Erwähnte MontanaBlack und Cristiano Ronaldo.',
    ),
  ],
  is: [
    withIds(
      'Discord kl. 18:20. Strákur (12) úr Kópavogi spilar Fortnite með frænda sínum Aroni. Mamma Arons fylgist með. Gistir oft hjá Sölku. Ekkert athugavert.',
      'Aroni',
      'Arons',
      'Sölku',
    ),
    withIds(
      'Roblox, stelpa um 11 ára frá Akureyri. Fullorðinn maður, „Siggi“, gefur henni Robux og biður um myndir. Notandanafn hans: siggi_ak1985. Hún gaf honum símann sinn, 846 2291. Vinkona hennar Þórdís Björk sá skilaboðin. Sent áfram.',
      'Siggi',
      'siggi_ak1985',
      '846 2291',
      'Þórdís Björk',
    ),
    withIds(
      'Snapchat: strákur (13) skrifaði kennitöluna sína 210611-3390 í spjallið til að fá „frítt skinn“. Stjúppabbi hans, Guðmundur, veit ekki af þessu. Eytt.',
      '210611-3390',
      'Guðmundur',
    ),
    withIds(
      'Minecraft, þrír strákar úr Reykjanesbæ: Jakub, Mateusz og „Kúturinn“. Fótboltaþjálfarinn Hrannar sendir þeim skilaboð á nóttunni, segja þeir. Fylgja eftir.',
      'Jakub',
      'Mateusz',
      'Kúturinn',
      'Hrannar',
    ),
    withIds(
      'Twitch, stelpa 15 ára frá Selfossi. Kærastinn er 20 (Daníel, vinnur í Bónus). Er mikið hjá Kötlu vinkonu sinni.',
      'Daníel',
      'Kötlu',
    ),
    clean(
      'Fortnite kl. 20–21:15. Fimm krakkar úr Hafnarfirði og Garðabæ, 12–14 ára. Rætt um Laufeyju, Björk og Harry Kane. Varðstjóri Jónsdóttir útskýrði 1717 og 112. Ekkert frekar.',
    ),
    clean(
      'Roblox. Stelpa (10) sýndi hundinn sinn Snata og köttinn Brand. Spurði hvort Lína Langsokkur sé til í alvöru.',
    ),
    clean(
      'Minecraft. Strákar frá Höfn, Vík og Hellu (13–15). Spurningar um svindl. Málsnúmer 007-2024-1182.',
    ),
    clean(
      'Sól og blíða á Akureyri í dag, sögðu krakkarnir; byggðu hús með björk og ösp í garðinum og hrafn á þakinu.',
    ),
    clean(
      'TikTok: spurning frá 16 ára um kúgun með myndum. Vísað á 1717 og 112. Nefndi Ronaldo og Bubba Morthens.',
    ),
  ],
  fi: [
    withIds(
      'Discord klo 18.50. Poika (13) Tampereelta. Pelaa Fortnitea serkkunsa Eliaksen kanssa, Eliaksen kaveri Abdi on usein mukana. Äiti valvoo peliaikaa. Ei huolta.',
      'Eliaksen',
      'Abdi',
    ),
    withIds(
      "Roblox, tyttö n. 11 v, Oulu. Aikuinen mies ('Jari-setä', ei sukua) lähettää Robuxeja ja pyytää kuvia. Käyttäjänimi jari_oulu77. Tyttö antoi numeronsa 040 518 3927. Kaveri Venla Heikkinen näki viestit. Siirretty FI-tiimille.",
      'Jari',
      'jari_oulu77',
      '040 518 3927',
      'Venla Heikkinen',
    ),
    withIds(
      "Snapchat: poika 12 kirjoitti henkilötunnuksensa 030612A462S chattiin 'ilmaisen skinin' takia. Isäpuoli Mika ei tiedä asiasta. Poistettu.",
      '030612A462S',
      'Mika',
    ),
    withIds(
      "Minecraft, kolme poikaa Vantaalta: Aleksi, Mohamed ja 'Pullamössö'. Jalkapallovalmentaja Timolta tulee heille viestejä öisin. Seurataan.",
      'Aleksi',
      'Mohamed',
      'Pullamössö',
      'Timolta',
    ),
    withIds(
      'Twitch, tyttö 15 Porista. Poikaystävä 20-vuotias (Joonas, töissä satamassa). Viettää paljon aikaa Ainon luona. Sähköposti annettu: aino.virtanen10@gmail.com, pyydetty poistamaan.',
      'Joonas',
      'Ainon',
      'aino.virtanen10@gmail.com',
    ),
    clean(
      'Fortnite klo 20–21.15. Viisi nuorta Espoosta ja Lahdesta, 12–14 v. Puhuttiin Teemu Pukista, Käärijästä ja Muumeista. Vanhempi konstaapeli Korhonen kertoi 116 111 -numerosta ja 112:sta. Ei jatkotoimia.',
    ),
    clean('Roblox. Tyttö (10) esitteli koiransa Mustin ja kissansa Mirrin. Kysyi, onko Super Mario oikea.'),
    clean(
      'Minecraft. Poikia Imatralta, Kotkasta ja Salosta (13–15). Kysymyksiä huijauksista. Diaarinumero 5500/R/1234/24.',
    ),
    clean(
      'Aamu alkoi hiljaa, mutta illalla oli onni mukana: lumi satoi Rovaniemellä ja tuuli oli kova, kertoivat nuoret. Toivo on, että partiointi jatkuu.',
    ),
    clean(
      'TikTok: 16-vuotias kysyi kuvilla kiristämisestä. Ohjattu 116 111 -numeroon ja 112:een. Mainitsi Cristiano Ronaldon ja Angry Birdsin.',
    ),
  ],
  sv: [
    withIds(
      'Discord kl 18.15. Kille (13) från Örebro. Spelar Fortnite med kusinen Ali och Alis storasyster Dilan. Mamma till Ali kollar skärmtiden. Inget att oroa sig för.',
      'Ali',
      'Dilan',
    ),
    withIds(
      "Roblox, tjej ca 11 från Gävle. En vuxen man ('Micke', inte släkt) skickar Robux och vill ha bilder. Användarnamn micke_gvl79. Hon gav sitt nummer 073-482 19 56. Kompisen Ebba Lindqvist såg meddelandena. Vidare till SE-teamet.",
      'Micke',
      'micke_gvl79',
      '073-482 19 56',
      'Ebba Lindqvist',
    ),
    withIds(
      "Snapchat: kille 13 skrev sitt personnummer 110823-5712 i chatten för en 'gratis skin'. Styvpappa Jörgen vet inget. Raderat.",
      '110823-5712',
      'Jörgen',
    ),
    withIds(
      "Minecraft, tre killar från Södertälje: Gabriel, Aram och 'Köttbullen'. Fotbollstränaren Robban skickar sms på nätterna enligt dem.",
      'Gabriel',
      'Aram',
      'Köttbullen',
      'Robban',
    ),
    withIds(
      'Twitch, tjej 15 från Luleå. Pojkvännen är 20 (Oskar, jobbar i hamnen). Sover ofta hos Wilmas familj. mejl: wilma.nyberg11@outlook.com',
      'Oskar',
      'Wilma',
      'wilma.nyberg11@outlook.com',
    ),
    clean(
      'Fortnite kl 20–21.15. Fem ungdomar från Västerås och Eskilstuna, 12–14 år. Pratade om Zlatan, Pippi Långstrump och Zara Larsson. Polisassistent Ek berättade om BRIS (116 111) och 112.',
    ),
    clean(
      'Roblox. Tjej (10) visade sin hund Sixten och katten Findus. Frågade om Pettson och Findus finns på riktigt.',
    ),
    clean(
      'Minecraft. Killar från Mora, Sala och Ystad (13–15). Frågor om fusk. Diarienummer 5000-K123456-24.',
    ),
    clean(
      'Ingen saga direkt, men en lugn kväll. De byggde en stig av sten upp till ett hus där de vill bo, med en björn i trädgården.',
    ),
    clean(
      'TikTok-fråga från 16-åring om sextortion. Hänvisad till BRIS och 112. Nämnde MrBeast och Alfons Åberg.',
    ),
  ],
};
