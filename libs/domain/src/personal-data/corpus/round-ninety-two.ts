/**
 * Round ninety-two: written blind, before the detector was run on it.
 * An ordinary evening of the week: in each language ten different officers each write one note after one
 * conversation, each with their own habits (terse, chatty, bullet-like, formal), identifiers of every kind.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_NINETY_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Discord, 19:05. Girl (12) from Kristiansand says an adult user called dark_knight_1987 keeps asking her to move to Snapchat. She already added him there; his snap is jakeyy.b22. Advised her to block and tell a parent.',
      'dark_knight_1987',
      'jakeyy.b22',
    ),
    withIds(
      "Boy (14) on Fortnite wanted us to e-mail him 'proof' that we are real police and spelled his address out in the chat: tobias underscore berg at hotmail dot com. Told him we never send e-mails from the patrol and that he should not post it anywhere.",
      'tobias underscore berg at hotmail dot com',
    ),
    withIds(
      "Kripos note. A 'Roblox admin' asked a girl of 13 to verify her account, so she pasted her fødselsnummer 14030951388 into the game chat before we could stop her. Screenshot deleted on our side, report to be considered by the Oslo district.",
      '14030951388',
    ),
    withIds(
      'Finnish team, written in English for the shared log: the boy we talked to on Minecraft is worried about his friend Eetu Mäkinen, who gets threats from older players and lives at Hämeenkatu 19 in Tampere. Boy did not want us to contact anyone yet.',
      'Eetu Mäkinen',
      'Hämeenkatu 19',
    ),
    withIds(
      "Belgian team. Girl (15) from Hasselt on TikTok: a man she met in a Roblox game sends her messages from https://www.tiktok.com/@nora.vdb09 (an account using her friend's photos) and called her from +32 478 21 56 09. Referred to Child Focus.",
      'https://www.tiktok.com/@nora.vdb09',
      '+32 478 21 56 09',
    ),
    clean(
      'Twitch stream by our Kripos profile, 20:00-21:30. About 140 viewers at peak, mostly from Bergen and Trondheim. Questions were about Haaland, whether police play Fortnite at work and how to report a hacked account. No personal data recorded.',
    ),
    clean(
      'Girl, 14, says she goes to a school in Tromsø where a group chat shares mean edits of pupils. She did not want to say which school. Gave her 116 111 and explained how to report in the app; 112 if anyone is in danger.',
    ),
    clean(
      "Steam chat with two boys playing Counter-Strike 2 on a Swedish server. They asked if MrBeast and IShowSpeed are 'real rich' and whether skins gambling is illegal. 25 minutes, friendly, nothing to follow up.",
    ),
    clean(
      'Dutch team: girl of 15 from Utrecht asked whether the police can read her Instagram DMs. Explained that we cannot without a case and a court decision. Mentioned the Kindertelefoon (0800-0432) because she sounded stressed about school.',
    ),
    clean(
      'Case 24/118734 was mentioned by a boy on Xbox because his older brother is a witness in it; we did not discuss details and recorded no names. He mostly wanted to talk about FIFA and Martin Ødegaard. Ended at 22:10.',
    ),
  ],
  nb: [
    withIds(
      'Snapchat kl. 18.30. Jente (13) forteller at venninna heter Hodan Abdi Warsame og går i 8C på Tøyen skole, og at noen i klassen har delt et bilde av henne. Henvist til kontaktlærer og Slettmeg.',
      'Hodan Abdi Warsame',
      '8C på Tøyen skole',
    ),
    withIds(
      'Gutt 12 år på Roblox ville at vi skulle sende ham et politimerke på mail. Han skrev adressen sin slik: sander.moe08 krølla gmail punktum com. Sa til ham at vi aldri gjør det og at han ikke skal legge ut mailen.',
      'sander.moe08 krølla gmail punktum com',
    ),
    withIds(
      'Jente (14) på Discord har fått meldinger fra en voksen mann som vil møtes i Drammen. Hun limte inn nummeret hans, 948 31 207, og spurte om vi kunne ringe ham. Forklart at hun bør snakke med foreldrene og at vi tar det videre.',
      '948 31 207',
    ),
    withIds(
      'Svindel på Steam: gutten (15) hadde sendt fødselsnummeret sitt 190708 56118 til kontoen SteamSupp0rt_NO for å «få tilbake skins». Rådet ham til å varsle foreldrene og banken.',
      '190708 56118',
      'SteamSupp0rt_NO',
    ),
    withIds(
      'Hun bor i Kirkegata 17B på Lillestrøm og er redd fordi en spiller på Fortnite som kaller seg xXLunaStarXx skrev adressen hennes i lobbyen. Hun vet ikke hvem det er.',
      'Kirkegata 17B',
      'xXLunaStarXx',
    ),
    clean(
      'Fortnite, tre gutter fra Bodø. Snakket mest om Ødegaard, Haaland og om politiet har egne skins. Ingen personopplysninger notert.',
    ),
    clean(
      'Jente på 13 fra Drammen spurte om politiet kan se slettede snapper. Forklart hvordan det fungerer og gitt henne nummeret til Alarmtelefonen for barn og unge, 116 111. Varighet 22 min.',
    ),
    clean(
      'Minecraft-server med ca. 40 spillere. Gutten spilte som Steve, vennen som Alex, og de lurte på om creepere kan anmeldes (!). Koselig prat, han går på en skole i Tromsø og skal bli politi.',
    ),
    clean(
      'Gutt (16) skrev at han «ikke orker mer». Fulgt opp i chatten i 35 minutter, han lovet å ringe Kors på halsen 800 33 321 eller 116 123 i kveld, og 113 hvis det blir akutt. Ingen navn eller brukernavn oppgitt.',
    ),
    clean(
      'Profilen «Nettpatrulje Kripos Jonas» fikk 17 venneforespørsler på TikTok i kveld. Tre spurte om saksnummer 24/90311 (nyhetssaken fra Sandnes), vi svarte at vi ikke kommenterer enkeltsaker.',
    ),
  ],
  nn: [
    withIds(
      'Jenta sa at ho heiter Marte Kvåle og går i 9B på Stord ungdomsskule. Ho vert mobba i ein gruppechat på Snapchat og veit ikkje kva ho skal gjere.',
      'Marte Kvåle',
      '9B på Stord ungdomsskule',
    ),
    withIds(
      'Guten (13) gav meg telefonnummeret til kameraten sin, 412 88 036, fordi han er uroleg for han etter nokre meldingar på Discord. Eg sa at me ikkje ringjer, men at han bør snakke med ein vaksen.',
      '412 88 036',
    ),
    withIds(
      'Roblox. Ein «moderator» hadde bede guten om fødselsnummeret, og han skreiv 03011153703 rett i chatten før eg rakk å seie noko. Me sletta meldinga, foreldra skal varslast.',
      '03011153703',
    ),
    withIds(
      'Ein vaksen brukar som kallar seg Bergensgutten_91 på Discord har bede jenta (12) om bilete. No skriv han til ho på Snapchat òg, der heiter han bgutten91. Ho har blokkert han etter samtalen med oss.',
      'Bergensgutten_91',
      'bgutten91',
    ),
    withIds(
      'Kacper (12) fortalde at vennen hans Jakub Wiśniewski bur i Sogndalsvegen 14 og at nokre eldre gutar frå Minecraft-serveren deira har truga med å kome dit.',
      'Kacper',
      'Jakub Wiśniewski',
      'Sogndalsvegen 14',
    ),
    clean(
      'Prata med fire gutar frå Voss på Discord om Minecraft-serveren deira og om Haaland. Dei lurte på kor mykje ein politimann tener. Ingen personopplysningar er notert.',
    ),
    clean(
      'Jenta (14) frå Ålesund spurde kva politiet gjer når nokon deler nakenbilete av andre. Eg forklarte og gav ho nummeret til Alarmtelefonen, 116 111, og tipsa om Slettmeg.no.',
    ),
    clean(
      'Spelaren brukte skinnet Peely i Fortnite og meinte at Kai Cenat er den beste streamaren i verda. Samtale kl. 20.15–20.32, heilt ufarleg.',
    ),
    clean(
      'Ein skule i Odda har hatt besøk av politiet denne veka, og tre av elevane kjende att profilen vår «Politiet Nettpatrulje Vest» på TikTok. Dei ville berre helse. Ingen namn notert.',
    ),
    clean(
      'Guten (15) fortalde at han vart svindla for 400 kroner i V-bucks. Eg forklarte korleis ein meld frå på politiet.no og at han kan ringje 02800. Sak er ikkje oppretta.',
    ),
  ],
  nl: [
    withIds(
      'Meisje (13) uit Almere had haar BSN 238174657 gedeeld met iemand die zich voordeed als Roblox-moderator. Uitgelegd dat niemand dat mag vragen, ouders worden ingelicht via de wijkagent.',
      '238174657',
    ),
    withIds(
      "Genk, jongen van 14 op Fortnite. Hij typte zijn rijksregisternummer 10.04.23-157.02 in de chat omdat een 'gratis V-bucks'-site erom vroeg. Aangeraden zijn ouders te verwittigen.",
      '10.04.23-157.02',
    ),
    withIds(
      "Jongen wilde een 'politiebadge' per mail ontvangen en schreef zijn adres uit: daan.vermeulen apenstaartje hotmail punt com. Niet op ingegaan, uitgelegd waarom je dat niet online zet.",
      'daan.vermeulen apenstaartje hotmail punt com',
    ),
    withIds(
      "Snapchat, 21.10 uur. Meisje (14) uit Rotterdam-Zuid krijgt berichten van een volwassen man die zich yassine_amz noemt; hij belde haar vanaf 06-41287735 en vraagt om foto's. Doorgezet naar de zedenrecherche.",
      'yassine_amz',
      '06-41287735',
    ),
    withIds(
      'Zijn vriendin Lotte Peeters uit 2B van het Sint-Jozefscollege wordt gepest op TikTok, en iemand heeft gepost dat ze in de Kerkstraat 23 in Aalst woont. Jongen vroeg wat hij kon doen.',
      'Lotte Peeters',
      '2B van het Sint-Jozefscollege',
      'Kerkstraat 23',
    ),
    clean(
      "Meisje (16) zei in een Discord-gesprek dat ze 'er soms geen zin meer in heeft'. Gesprek van 40 minuten, doorverwezen naar 113 Zelfmoordpreventie (0800-0113 of chat). Geen persoonsgegevens genoteerd.",
    ),
    clean(
      'Vlaamse jongens op FIFA, allemaal fan van Club Brugge en Kevin De Bruyne. Ze vroegen of de politie Awel (102) en Child Focus (116 000) kent. Leuk gesprek, niets op te volgen.',
    ),
    clean(
      'Minecraft via Hypixel. Hij speelde als Steve en was boos op een Creeper die zijn huis opblies. Verder geen bijzonderheden, 18 minuten.',
    ),
    clean(
      'Op een school in Zwolle hebben 5 van de 12 kinderen uit een groepje ooit een nepaccount gezien, zei een meisje van 13. Ze noemde geen namen. Uitgelegd hoe je meldt bij Instagram.',
    ),
    clean(
      'Het profiel Politie Gamingteam Oost kreeg vanavond veel vragen over Virgil van Dijk en over de nieuwe Fortnite-season. Eén jongen vroeg of zijn melding 2024-118273 al behandeld is; doorverwezen naar 0900-8844.',
    ),
  ],
  fr: [
    withIds(
      "Fille de 14 ans, Snapchat. Elle nous a donné l'adresse de sa copine pour qu'on lui écrive : ines.benali arobase gmail point com. On a refusé et expliqué pourquoi il ne faut pas la partager.",
      'ines.benali arobase gmail point com',
    ),
    withIds(
      "Un homme adulte écrit tous les soirs à un garçon de 12 ans de Charleroi et l'a appelé depuis le +32 478 63 21 90. Il lui propose des skins Fortnite contre des photos. Dossier transmis à la cellule mineurs.",
      '+32 478 63 21 90',
    ),
    withIds(
      "Arnaque sur Roblox : le jeune (15 ans) a recopié son numéro de registre national 09.08.17-284.62 sur un faux site de Robux. Conseillé d'en parler à ses parents.",
      '09.08.17-284.62',
    ),
    withIds(
      "Il dit que son ami Mehdi El Idrissi, en 1re C à l'Athénée royal de Jambes, se fait harceler dans un groupe Discord. Il ne veut pas que son ami sache qu'il nous en a parlé.",
      'Mehdi El Idrissi',
      "1re C à l'Athénée royal de Jambes",
    ),
    withIds(
      "Sextorsion : une fille de Liège reçoit des menaces d'un compte qui a publié son adresse, rue de la Station 48, 4020 Liège, et qui se sert de https://www.instagram.com/chloe.dpt10 pour la contacter. Renvoyée vers Child Focus et sa zone de police.",
      'rue de la Station 48, 4020 Liège',
      'https://www.instagram.com/chloe.dpt10',
    ),
    clean(
      'Conversation sur Fortnite avec trois garçons de Charleroi ; ils parlaient surtout de Lukaku et de Mbappé et voulaient savoir si la police a un clan. Aucune donnée personnelle notée.',
    ),
    clean(
      "Fille de 13 ans de Namur, inquiète pour une amie qui parle de se faire du mal. Donné les numéros : Écoute-Enfants 103, Télé-Accueil 107, et le 112 en cas d'urgence. 30 minutes d'échange.",
    ),
    clean(
      'Sur Twitch, le profil « Police Gaming Team » a répondu à une cinquantaine de questions, surtout sur Stromae, Angèle et le métier de policier. Rien à signaler.',
    ),
    clean(
      "Une école de Mons a eu un problème de faux comptes, selon deux élèves de 14 ans qui n'ont cité personne. Dossier n° 2024/4471 déjà ouvert par la zone, nous n'avons rien ajouté.",
    ),
    clean(
      'Habbo, 20h40. Une fille voulait savoir si on peut porter plainte pour harcèlement quand on a moins de 16 ans. Oui, expliqué comment faire avec un adulte ; Child Focus au 116 000 si elle préfère.',
    ),
  ],
  de: [
    withIds(
      'Junge (13) wollte unbedingt eine Mail von der Polizei und schrieb seine Adresse so: jonas.kessler Klammeraffe web Punkt de. Erklärt, dass wir keine Mails verschicken und er die Adresse nicht posten soll.',
      'jonas.kessler Klammeraffe web Punkt de',
    ),
    withIds(
      'Mädchen, 14, aus Dortmund: Ein Erwachsener, den sie über Roblox kennt, will sich treffen und schreibt ihr per WhatsApp von 0176 43819027. Eltern sollen informiert werden, Sache geht an das zuständige KK.',
      '0176 43819027',
    ),
    withIds(
      'Ihre Freundin Lea Schröder wohnt in der Haasstraße 27 in Eupen, und jemand auf TikTok hat genau das unter ein Video geschrieben. Das Mädchen hat Angst um sie.',
      'Lea Schröder',
      'Haasstraße 27',
    ),
    withIds(
      'St. Vith, Junge 15 Jahre. Er hat seine Nationalregisternummer 11020506361 in einen Discord-Bot eingegeben, der angeblich das Alter prüft. Geraten, mit den Eltern zur Polizeizone zu gehen.',
      '11020506361',
    ),
    withIds(
      'Auf Xbox wird Emre Yılmaz aus der 7b der Gesamtschule Köln-Mülheim von älteren Spielern beleidigt; sein Gamertag EmreYlmz_2011 steht jetzt in einem Hass-Thread. Sein Cousin hat uns angeschrieben.',
      'Emre Yılmaz',
      '7b der Gesamtschule Köln-Mülheim',
      'EmreYlmz_2011',
    ),
    clean(
      'Jugendlicher (15) aus St. Vith fragte, was er tun soll, wenn jemand Nacktbilder droht zu verschicken. Erklärt, nicht zu zahlen, Beweise zu sichern, 112 im Notfall und die Nummer gegen Kummer 116 111.',
    ),
    clean(
      'Minecraft auf GommeHD, vier Jungs. Es ging um Musiala, Wirtz und ob Polizisten Bayern- oder Dortmund-Fans sind. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Zwei Mädchen schauen MontanaBlack und Papaplatte und wollten wissen, ob Streamer mehr verdienen als die Polizei. Lustiges Gespräch, 20 Minuten, nichts weiter.',
    ),
    clean(
      'Eine Schule in Kelmis hatte letzte Woche einen Fall mit Fake-Profilen, erzählte ein Junge. Er nannte keine Namen. Aktenzeichen 24/0815 ist der Zone bekannt, kein neuer Vorgang.',
    ),
    clean(
      'Das Profil Polizei Online-Streife war 2 Stunden auf Roblox. 9 Gespräche, davon 3 über Betrug mit Robux. Alle Kinder wurden auf die 0800 111 0 333 hingewiesen.',
    ),
  ],
  is: [
    withIds(
      'Stelpa (13) í Roblox sagði að einhver sem þóttist vera stjórnandi hefði beðið um kennitöluna hennar og hún skrifaði 120310-3800 í spjallið. Við bentum henni á að segja foreldrum sínum frá.',
      '120310-3800',
    ),
    withIds(
      'Hún sagði að vinkona hennar, Katrín Sigurðardóttir í 7. bekk í Hagaskóla, sé lögð í einelti í hópspjalli á Snapchat. Hún vildi ekki að við hefðum samband við skólann strax.',
      'Katrín Sigurðardóttir',
      '7. bekk í Hagaskóla',
    ),
    withIds(
      'Fullorðinn maður hefur sent strák (12) skilaboð á Discord í tvær vikur og vill hitta hann í Kringlunni. Strákurinn gaf okkur símanúmer mannsins, 862 4419. Málið fer áfram til kynferðisbrotadeildar.',
      '862 4419',
    ),
    withIds(
      'Strákur á Fortnite vildi fá tölvupóst frá lögreglunni og skrifaði netfangið sitt: gunni.thor09@gmail.com. Við sögðum honum að setja það ekki á netið.',
      'gunni.thor09@gmail.com',
    ),
    withIds(
      'Wiktoria (14) býr á Hringbraut 71 og einhver með notandanafnið sigga_rvk09 á TikTok hefur birt heimilisfangið hennar. Hún er hrædd og við ræddum hvað hún getur gert.',
      'Wiktoria',
      'Hringbraut 71',
      'sigga_rvk09',
    ),
    clean(
      'Stelpa (14) frá Akureyri talaði um að henni liði illa. Við bentum á Hjálparsíma Rauða krossins 1717 og 112 ef eitthvað gerist. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Þrír strákar í FIFA töluðu um Albert Guðmundsson og hvort Ísland komist á HM. Þeir spurðu líka hvort löggan spili tölvuleiki. Skemmtilegt spjall.',
    ),
    clean(
      'Tvær stelpur á TikTok hlusta á Laufey og Björk og vildu vita hvernig maður verður lögreglukona. Spjall kl. 19:30–19:50.',
    ),
    clean(
      'Skóli á Ísafirði er með vandamál með falska reikninga, sagði strákur (13), en hann nefndi engan. Málsnúmer 007-2024-1182 er þegar til hjá embættinu.',
    ),
    clean(
      'Prófíllinn Lögreglan – netlöggan fékk 23 skilaboð á Minecraft-þjóninum í kvöld, flest um svindl með gjaldmiðil í leiknum. Ekkert sem þarf að fylgja eftir.',
    ),
  ],
  fi: [
    withIds(
      'Tyttö (14) oli antanut henkilötunnuksensa 170410A284X Roblox-sivulle, joka lupasi ilmaisia Robuxeja. Kehotettu kertomaan vanhemmille ja vaihtamaan salasanat.',
      '170410A284X',
    ),
    withIds(
      'Poika halusi meiltä sähköpostia ja kirjoitti osoitteensa: aleksi.virtanen ät gmail piste com. Sanottiin, ettei poliisi lähetä sellaisia ja ettei osoitetta kannata laittaa julkisesti.',
      'aleksi.virtanen ät gmail piste com',
    ),
    withIds(
      'Aikuinen mies on viestitellyt 12-vuotiaalle pojalle Discordissa ja soittanut hänelle numerosta 040 718 2243. Mies pyytää kuvia ja tarjoaa V-bucksia. Asia välitetty eteenpäin.',
      '040 718 2243',
    ),
    withIds(
      'Tytön mukaan hänen kaverinsa Aino Korhonen käy 6B-luokkaa Tammelan koulussa ja häntä kiusataan Snapchatissa. Tyttö ei halunnut, että otamme yhteyttä kouluun.',
      'Aino Korhonen',
      '6B-luokkaa Tammelan koulussa',
    ),
    withIds(
      'Hamza (13) kertoi, että joku Fortnite-pelaaja nimellä xXShadowFINXx on laittanut hänen osoitteensa Hämeenkatu 25 pelin chattiin. Poika pelkää mennä kouluun.',
      'Hamza',
      'xXShadowFINXx',
      'Hämeenkatu 25',
    ),
    clean(
      'Tyttö (15) Oulusta kertoi ahdistuksesta. Ohjattu MLL:n Lasten ja nuorten puhelimeen 116 111 ja Sekasin-chattiin, hätätilanteessa 112. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Kolme poikaa NHL-pelissä puhui Teemu Pukista, Lauri Markkasesta ja Käärijästä. Kysyivät, saako poliisi pelata töissä. Hauska keskustelu, 25 minuuttia.',
    ),
    clean(
      'Habbossa klo 19.45 poliisin profiilia kävi tervehtimässä noin 30 hahmoa. Kukaan ei kertonut mitään huolestuttavaa.',
    ),
    clean(
      'Eräässä rovaniemeläisessä koulussa on ollut valeprofiileja, kertoi 14-vuotias poika, mutta hän ei maininnut ketään nimeltä. Ilmoitus 5500/R/41872/24 on jo poliisin tiedossa.',
    ),
    clean(
      'Minecraft-palvelimella 12 pelaajaa, kaikki Tampereelta. Puhuttiin Creepereistä, Stevestä ja siitä, onko huijaaminen kauppapaikalla rikos. Ei jatkotoimia.',
    ),
  ],
  sv: [
    withIds(
      'Flicka (13) från Malmö hade skickat sitt personnummer 100514-2383 till en falsk Roblox-moderator. Vi bad henne berätta för sina föräldrar och byta lösenord.',
      '100514-2383',
    ),
    withIds(
      'Pojken ville få ett mejl från polisen och skrev adressen till sin syster: ella.lindholm snabel-a gmail punkt com. Förklarade att vi inte skickar sådant.',
      'ella.lindholm snabel-a gmail punkt com',
    ),
    withIds(
      'Finlandssvensk pojke (12) i Vasa berättade att en vuxen man på Discord ringt honom från 050 362 1187 och vill träffas. Ärendet förs vidare till polisen i Österbotten.',
      '050 362 1187',
    ),
    withIds(
      'Hon säger att hennes kompis Elias Holmström i 8B på Katedralskolan i Åbo blir mobbad i en gruppchatt på Snapchat. Hon vill inte att vi kontaktar skolan ännu.',
      'Elias Holmström',
      '8B på Katedralskolan i Åbo',
    ),
    withIds(
      'Pojke i Jakobstad skrev sin personbeteckning 020911A5172 i chatten på Steam, eftersom kontot SteamHelpDesk_FI bad om den. Vi sa åt honom att blockera kontot.',
      '020911A5172',
      'SteamHelpDesk_FI',
    ),
    clean(
      'Flicka (14) från Göteborg mådde dåligt och pratade om att skada sig. Vi gav henne BRIS 116 111 och 112 vid akut fara. Inga personuppgifter antecknades.',
    ),
    clean(
      'Tre killar på FIFA pratade om Zlatan och Alexander Isak och om polisen spelar Fortnite. Trevligt samtal, 20 minuter.',
    ),
    clean(
      'En skola i Jakobstad har haft problem med falska konton, berättade en pojke på 13 år, men han nämnde ingen. Ärende 5000-K123456-24 är redan känt.',
    ),
    clean(
      'Profilen Polisen Nätpatrull sände på Twitch i 90 minuter. Ett 60-tal frågor, mest om IShowSpeed, Minecraft och hur man blir polis.',
    ),
    clean(
      'Ung pojke på Roblox frågade om det är olagligt att sälja konton. Förklarat reglerna. Inget att följa upp, kl. 21.15.',
    ),
  ],
};
