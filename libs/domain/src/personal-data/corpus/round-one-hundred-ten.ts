/**
 * Round one hundred and ten: written blind, before the detector was run on it.
 * People and places: names in their grammatical forms, addresses with house number and national postcode, schools
 * with a class and a pupil — against clean notes about towns, districts, bare street names, roles and famous people.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Spoke with a 13-year-old boy on Roblox who said his best mate Callum Brennan is being picked on in a private server. Advised him to screenshot the messages, report the group in the app and tell a teacher he trusts.',
      'Callum Brennan',
    ),
    clean(
      'Chat on Fortnite with three lads from Cork, aged 12 to 14. They asked whether the Gardaí can listen to their voice chat. Explained what we can and cannot see online and gave them the Childline number, 1800 66 66 66.',
    ),
    withIds(
      'Girl, 14, on Snapchat had given her home address, 27 Orchard Road, Swindon SN2 1DQ, to a stranger who promised her gift cards. Took it seriously, advised her to block him and tell her mum, and passed it on to the safeguarding team.',
      '27 Orchard Road',
      'SN2 1DQ',
    ),
    clean(
      "Talked with a 15-year-old on Twitch about Marcus Rashford's campaign for free school meals, then about how streamers deal with hate in the chat. He lives in Manchester with his mum and older sister. Advised him to keep his location off stream.",
    ),
    clean(
      'Minecraft server run by two sisters, 10 and 12, from a village outside Galway. Their dad set it up for them. We talked about whitelists and keeping the server private, and they showed us the castle they are very proud of.',
    ),
    withIds(
      "A 12-year-old on Discord told us her name is Aoife and that she is in 6th class at St. Brigid's National School with her cousin Niamh Gallagher. Reminded her not to post her school or anyone's full name in public channels.",
      'Aoife',
      "St. Brigid's National School",
      'Niamh Gallagher',
    ),
    clean(
      'Boy, 13, on Steam asked if it is illegal to buy skins from someone in another country. Explained how trading-site scams work and told him to check with his parents before spending money. He had already lost about £40.',
    ),
    withIds(
      'Met the younger brother (11) of Oliver Whitfield on Roblox. He said his brother had typed their address, 14 Elm Grove, Leeds LS6 2AP, to a player offering free Robux. Advised the family to contact their local police station.',
      'Oliver Whitfield',
      '14 Elm Grove',
      'LS6 2AP',
    ),
    withIds(
      "Talked in English on TikTok with a 15-year-old exchange student in Tromsø who calls himself Lukas. He lives at Ingrid Solberg's with her parents and feels lonely. Gave him the number for Kors på halsen and encouraged him to talk to his exchange organisation.",
      'Lukas',
      'Ingrid Solberg',
    ),
    clean(
      "Fortnite squad of four from Dublin's northside, all about 14. Talked about Halloween, fireworks and how to mute players who swear at them. One of them wants to join the Gardaí when he's older.",
    ),
  ],
  nb: [
    withIds(
      'Snakket med en jente på 13 på Snapchat som bor hos bestemoren sin i Tollbugata 8, 8006 Bodø. Hun har sendt bilder til en gutt hun ikke kjenner. Rådet henne til å blokkere ham og si fra til en voksen hun stoler på.',
      'Tollbugata 8',
      '8006 Bodø',
    ),
    clean(
      'Prat med tre gutter på Fortnite, alle rundt 12 år, fra Groruddalen. De lurte på om politiet kan lese det de skriver i chatten. Forklarte hva vi gjør på nett og minnet dem på at de kan ringe 116 111 hvis noe er vanskelig.',
    ),
    withIds(
      'Gutt på 14 på Discord fortalte at Emma Nilsen i 9B på Hundsund ungdomsskole blir mobbet i en gruppechat. Han visste ikke hva han skulle gjøre. Rådet ham til å ta skjermbilder og si fra til kontaktlæreren.',
      'Emma Nilsen',
      'Hundsund ungdomsskole',
    ),
    clean(
      'Jente på 15 på TikTok ville snakke om storesøsteren sin, som har flyttet til Bergen for å studere. Hun savner henne og synes det er stille hjemme. Vi snakket om å holde kontakten og om hvem hun kan prate med på skolen.',
    ),
    clean(
      'Møtte to gutter på Roblox som hadde vært på Karl Johan på 17. mai og sett kongefamilien på slottsbalkongen. De er 11 og 12 år. Snakket om trygge passord og om ikke å gi bort Robux til folk de ikke kjenner.',
    ),
    withIds(
      'Jente (12) på Minecraft sier hun heter Sofie og spiller mest hjemme hos Jonas Haugen etter skolen. Det er moren hans som drifter serveren. Snakket om å holde serveren lukket for ukjente.',
      'Sofie',
      'Jonas Haugen',
    ),
    clean(
      'Samtale på Twitch med en gutt på 16 som strømmer fra gutterommet sitt i Trondheim. Han spurte om Erling Haaland har opplevd netthets. Snakket om å passe på at verken vinduet eller gata synes i bakgrunnen.',
    ),
    withIds(
      'Gutt, 13, på Steam hadde gitt adressen sin, Fjellveien 23B, 5019 Bergen, til en som lovet ham gratis skins. Forklarte at dette er svindel og ba ham fortelle det til foreldrene.',
      'Fjellveien 23B',
      '5019 Bergen',
    ),
    withIds(
      'Prat på TikTok med en jente på 14 som var lei seg fordi Nora Bakkens video av henne blir delt rundt på skolen. Rådet henne til å melde videoen og snakke med helsesykepleieren.',
      'Nora Bakkens',
    ),
    clean(
      'Tre venninner på Snapchat, 13 år, fra en liten bygd i Valdres. De lurte på om det er lov å lage falske profiler av lærerne. Forklarte hvorfor det kan være straffbart, og at rektor kan ta det videre.',
    ),
  ],
  nn: [
    clean(
      'Prata med ein gut på 13 på Fortnite som bur på ein gard utanfor Voss. Han spelar mest med syskenbarnet sitt. Me snakka om kor lenge han får spele, og om å seie frå dersom nokon skriv stygt til han.',
    ),
    withIds(
      'Jente på 14 på Snapchat fortalde at ho har sendt adressa si, Kaigata 5, 6900 Florø, til ein gut ho ikkje kjenner. Me rådde henne til å blokkere han og snakke med mor si.',
      'Kaigata 5',
      '6900 Florø',
    ),
    withIds(
      'Gut (12) på Roblox seier at han heiter Eirik og går i 7A på Sandane skule saman med Ingvild Myklebust, som blir plaga i ein gruppechat. Rådde han til å ta skjermbilete og seie frå til kontaktlæraren.',
      'Eirik',
      'Sandane skule',
      'Ingvild Myklebust',
    ),
    clean(
      'Samtale på TikTok med ei jente på 15 frå Førde. Ho hadde sett ein video med artisten Sigrid og lurte på kva ho skulle gjere med stygge kommentarar under sine eigne videoar. Me snakka om å filtrere kommentarar.',
    ),
    withIds(
      'Ein gut på 16 på Discord fortalde at systera til Håkon Tveit har lagt ut heimeadressa deira, Strandvegen 41, på ein open server. Me bad han melde innlegget og snakke med foreldra.',
      'Håkon Tveit',
      'Strandvegen 41',
    ),
    clean(
      'Tre gutar på Minecraft, 10–12 år, frå Sogndal. Dei har bygd ein kopi av skulen sin og var svært stolte av han. Me snakka om å halde serveren privat og om ikkje å skrive namnet på skulen i chatten.',
    ),
    withIds(
      'Jente (13) på Twitch skreiv i chatten at ho er hjå Solveig Aasen kvar helg, i Kyrkjevegen 12, 5700 Voss. Me forklarte kvifor ho ikkje bør skrive slikt der alle kan lese det.',
      'Solveig Aasen',
      'Kyrkjevegen 12',
      '5700 Voss',
    ),
    clean(
      'Prata med ein gut på 14 på Steam om svindel med skins. Storebroren hans hadde mista 300 kroner. Me forklarte korleis ein kjenner att falske handelssider.',
    ),
    withIds(
      'Samtale på Snapchat med ei jente på 15 som fortalde at mora til Maren Lothe har delt bilete av henne utan lov. Me rådde henne til å snakke med helsesjukepleiaren.',
      'Maren Lothe',
    ),
    clean(
      'Gut på 11 på Roblox som bur i sentrum av Ålesund. Han fortalde om læraren sin, som speler Roblox i friminutta. Me snakka om gode passord og om kven han kan spørje om hjelp.',
    ),
  ],
  nl: [
    withIds(
      'Gesproken met een meisje van 13 op Roblox. Ze logeert vaak bij Sanne de Vries, Kerkstraat 12, 3511 LX Utrecht, en een onbekende speler weet dat adres nu ook. Geadviseerd hem te blokkeren en het aan haar ouders te vertellen.',
      'Sanne de Vries',
      'Kerkstraat 12',
      '3511 LX Utrecht',
    ),
    clean(
      'Drie jongens van 12 uit Rotterdam-Zuid op Fortnite. Ze vroegen of de politie hun chat kan meelezen. Uitgelegd wat wij wel en niet zien en gewezen op de Kindertelefoon (0800-0432).',
    ),
    clean(
      'Gesprek op TikTok met een jongen van 15 uit Gent die fan is van Remco Evenepoel. Hij wou weten hoe hij moet reageren op haatberichten onder zijn filmpjes. We raadden hem aan de reacties te filteren en er met zijn mama over te praten.',
    ),
    withIds(
      'Jongen (14) op Discord vertelt dat Daan Janssen uit klas 2B van het Stedelijk Gymnasium Leiden in een groepsapp wordt uitgescholden. Hem aangeraden screenshots te maken en het aan de mentor te melden.',
      'Daan Janssen',
      'Stedelijk Gymnasium Leiden',
    ),
    clean(
      'Meisje van 11 op Minecraft, woont met haar oma in een dorp bij Zwolle. Ze speelt op een server die haar oom heeft opgezet. Besproken hoe ze die server besloten kan houden.',
    ),
    withIds(
      'Vlaams meisje van 14 op Snapchat had haar adres, Stationsstraat 45 bus 3, 2800 Mechelen, naar een jongen van 19 gestuurd. We hebben uitgelegd waarom dat gevaarlijk is en haar doorverwezen naar Awel (102).',
      'Stationsstraat 45 bus 3',
      '2800 Mechelen',
    ),
    clean(
      'Op Steam met een jongen van 16 uit Antwerpen gebabbeld over oplichting met skins. Zijn broer was 50 euro kwijt. Tips gegeven over veilig ruilen en over aangifte doen.',
    ),
    withIds(
      'Jongen van 12 op Roblox die zichzelf Milan noemt en vaak met het broertje van Lotte Bakker speelt. Hij vertelde dat ze allebei op de Julianaschool in Haarlem zitten, in groep 8. Uitgelegd dat hij dat beter niet in de chat zet.',
      'Milan',
      'Lotte Bakker',
      'Julianaschool',
    ),
    withIds(
      'Gesprek op Twitch met een meisje van 15 dat Fleur heet. Ze streamt vanuit haar kamer en in beeld lag een envelop met Hoofdstraat 7, 9711 AB Groningen erop. Samen gekeken hoe ze haar achtergrond kan vervagen.',
      'Fleur',
      'Hoofdstraat 7',
      '9711 AB Groningen',
    ),
    clean(
      'Twee zussen van 10 en 13 op Fortnite, uit de Jordaan in Amsterdam. Ze vertelden over hun juf, die ook gamet. Gepraat over schermtijd en over wat ze kunnen doen als iemand hen lastigvalt.',
    ),
  ],
  fr: [
    clean(
      'Discussion sur Fortnite avec trois garçons de 12 ans de Marseille. Ils voulaient savoir si la police peut lire leurs messages. Expliqué ce que nous faisons en ligne et rappelé le 3018 en cas de harcèlement.',
    ),
    withIds(
      "Une fille de 13 ans sur Snapchat m'a dit qu'elle s'appelle Chloé et qu'elle dort souvent chez Léa Martin, 12 rue des Lilas, 69003 Lyon. Un inconnu lui a demandé l'adresse ; conseillé de le bloquer et d'en parler à sa mère.",
      'Chloé',
      'Léa Martin',
      '12 rue des Lilas',
      '69003 Lyon',
    ),
    withIds(
      "Garçon de 14 ans sur Discord : Lucas Dubois, en 4e B au collège Jean-Moulin de Nantes, se fait insulter dans un groupe. Conseillé de faire des captures d'écran et de prévenir le CPE.",
      'Lucas Dubois',
      'collège Jean-Moulin',
    ),
    clean(
      'Échange sur TikTok avec une Liégeoise de 15 ans qui adore la chanteuse Angèle. Elle se demandait comment réagir aux commentaires haineux sous ses vidéos. On a parlé des filtres et du 103, la ligne Écoute-Enfants.',
    ),
    withIds(
      "Jeune Bruxellois de 12 ans sur Roblox. Il a donné son adresse, avenue Louise 231 bus 5, 1050 Ixelles, à un joueur qui lui promettait des Robux. Expliqué l'arnaque et demandé d'en parler à ses parents.",
      'avenue Louise 231 bus 5',
      '1050 Ixelles',
    ),
    clean(
      'Deux sœurs de 10 et 12 ans sur Minecraft, dans un village près de Namur. Leur papa a installé le serveur. Parlé des listes blanches et du fait de ne jamais donner le nom de leur école.',
    ),
    withIds(
      "Garçon de 15 ans sur Twitch : il vit chez son oncle, Karim Benali, au 8 boulevard Victor-Hugo, 06000 Nice, et filme parfois depuis le balcon en direct. Conseillé de flouter l'arrière-plan et de ne plus montrer la rue.",
      'Karim Benali',
      '8 boulevard Victor-Hugo',
      '06000 Nice',
    ),
    clean(
      "Sur Steam, un ado de 16 ans de Toulouse avait perdu 40 euros dans une arnaque aux skins. Son grand frère l'a aidé à signaler le compte. Rappelé les bons réflexes et la plateforme Pharos.",
    ),
    withIds(
      "Fille de 15 ans sur TikTok, triste parce qu'une vidéo d'elle tournée par Manon Lefèvre circule au lycée Chateaubriand de Rennes. Conseillé de signaler la vidéo et d'en parler à l'infirmière scolaire.",
      'Manon Lefèvre',
      'lycée Chateaubriand',
    ),
    clean(
      "Conversation sur Snapchat avec un garçon de 13 ans de la banlieue de Charleroi. Il parlait de son prof de gym, qu'il trouve trop sévère, et de ses points en math. Rappelé qu'il peut toujours en parler au centre PMS.",
    ),
  ],
  de: [
    withIds(
      'Mädchen, 13, auf Snapchat erzählt, dass sie Lena heißt und oft bei ihrer Freundin Marie Schneider übernachtet, Lindenstraße 8, 50674 Köln. Ein Fremder hat nach der Adresse gefragt; wir haben ihr geraten, ihn zu blockieren und es ihren Eltern zu sagen.',
      'Lena',
      'Marie Schneider',
      'Lindenstraße 8',
      '50674 Köln',
    ),
    clean(
      'Gespräch auf Fortnite mit drei Jungs aus Berlin-Neukölln, alle um die 12. Sie wollten wissen, ob die Polizei ihren Chat mitlesen kann. Erklärt, was wir machen, und auf die Nummer gegen Kummer (116 111) hingewiesen.',
    ),
    clean(
      'Junge, 15, auf Twitch, großer Fan von Toni Kroos. Er fragte, wie Profis mit Hass in den Kommentaren umgehen. Wir haben über Moderatoren und Blockierfunktionen gesprochen.',
    ),
    withIds(
      'Junge (14) auf Discord berichtet, dass Jonas Beckers kleine Schwester aus der 7c der Goethe-Gesamtschule in einer WhatsApp-Gruppe gemobbt wird. Empfohlen, Screenshots zu machen und die Klassenlehrerin zu informieren.',
      'Jonas Beckers',
      'Goethe-Gesamtschule',
    ),
    withIds(
      'Auf Roblox mit einem Zwölfjährigen gesprochen, der bei seinem Opa Heinz Müller in der Hauptstraße 27, 80331 München wohnt und das einem fremden Spieler geschrieben hat. Erklärt, warum man so etwas nicht teilt.',
      'Heinz Müller',
      'Hauptstraße 27',
      '80331 München',
    ),
    clean(
      'Zwei Schwestern, 10 und 12, auf Minecraft, aus einem Dorf bei Freiburg. Ihr Vater hat den Server eingerichtet. Wir haben über Whitelists gesprochen und darüber, dass sie den Namen ihrer Schule nicht posten sollten.',
    ),
    withIds(
      'Mädchen, 15, auf TikTok: Ein Video von ihr und ihrem Bruder Leon Hoffmann wird an der Realschule Am Stadtpark herumgeschickt. Geraten, das Video zu melden und mit der Vertrauenslehrerin zu sprechen.',
      'Leon Hoffmann',
      'Realschule Am Stadtpark',
    ),
    clean(
      'Auf Steam mit einem 16-Jährigen aus Leipzig über Betrug beim Skin-Handel gesprochen. Sein großer Bruder hatte 30 Euro verloren. Tipps zum sicheren Tauschen gegeben.',
    ),
    withIds(
      'Junge, 13, auf Fortnite, nennt sich im Chat Maxi und wohnt nach eigener Aussage in der Schillerstraße 14a, 01069 Dresden. Wir haben ihm erklärt, warum er seine Adresse nicht im Voice-Chat sagen sollte.',
      'Maxi',
      'Schillerstraße 14a',
      '01069 Dresden',
    ),
    clean(
      'Mädchen, 11, auf Roblox aus dem Hamburger Stadtteil Eimsbüttel. Sie spielt mit ihrer Cousine und erzählte von ihrer Lehrerin, die Roblox auch kennt. Über sichere Passwörter und Robux-Betrug gesprochen.',
    ),
  ],
  is: [
    clean(
      'Spjallaði við þrjá stráka á Fortnite, 12 ára, úr Breiðholti. Þeir vildu vita hvort lögreglan gæti lesið spjallið þeirra. Útskýrði hvað við gerum á netinu og benti á Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds(
      'Stelpa, 13 ára, á Snapchat sagðist heita Katrín og gista oft hjá Kristínu Jónsdóttur á Laugavegi 45, 101 Reykjavík. Ókunnugur maður hafði spurt um heimilisfangið; ráðlagði henni að loka á hann og segja foreldrum sínum frá.',
      'Katrín',
      'Kristínu Jónsdóttur',
      'Laugavegi 45',
      '101 Reykjavík',
    ),
    withIds(
      'Strákur (14) á Discord sagði að Arnar Þór Guðmundsson í 9. bekk í Hagaskóla væri lagður í einelti í hópspjalli. Ráðlagði honum að taka skjáskot og tala við umsjónarkennarann.',
      'Arnar Þór Guðmundsson',
      'Hagaskóla',
    ),
    clean(
      'Stelpa, 15 ára, á TikTok sem heldur mikið upp á söngkonuna Laufeyju. Hún spurði hvernig hún ætti að bregðast við ljótum athugasemdum. Við ræddum um að sía athugasemdir og tala við einhvern fullorðinn.',
    ),
    withIds(
      'Spjall á Roblox við 12 ára strák sem býr hjá ömmu sinni, Sigríði Pálsdóttur, á Hafnargötu 12, 230 Reykjanesbæ. Hann hafði sent ókunnugum spilara heimilisfangið. Útskýrði af hverju maður gerir það ekki.',
      'Sigríði Pálsdóttur',
      'Hafnargötu 12',
      '230 Reykjanesbæ',
    ),
    clean(
      'Tvær systur, 10 og 12 ára, á Minecraft, búa í litlu þorpi fyrir austan. Pabbi þeirra setti upp þjóninn. Töluðum um að hafa þjóninn lokaðan og nefna aldrei skólann sinn.',
    ),
    withIds(
      'Strákur, 15 ára, á Twitch sagði frá því að bróðir Jóns Einarssonar hefði birt myndband af honum. Ráðlagði honum að tilkynna myndbandið og tala við námsráðgjafann.',
      'Jóns Einarssonar',
    ),
    clean(
      'Spjallaði á Steam við 16 ára strák frá Akureyri sem hafði tapað 5.000 krónum í svindli með skins. Eldri bróðir hans hjálpaði honum að tilkynna aðganginn. Fórum yfir hvernig má þekkja falskar viðskiptasíður.',
    ),
    withIds(
      'Stelpa, 14 ára, á Snapchat sagðist búa á Austurvegi 20, 800 Selfossi, með mömmu sinni og hafa sent myndir til stráks sem hún þekkir ekki. Ráðlagði henni að loka á hann og tala við mömmu sína.',
      'Austurvegi 20',
      '800 Selfossi',
    ),
    clean(
      'Strákur, 11 ára, á Roblox úr Hafnarfirði. Hann sagði frá kennaranum sínum sem spilar líka Roblox. Töluðum um góð lykilorð og að gefa ókunnugum aldrei Robux.',
    ),
  ],
  fi: [
    withIds(
      'Juttelin Snapchatissa 13-vuotiaan tytön kanssa, joka kertoi olevansa usein yökylässä Emma Virtasen luona osoitteessa Hämeenkatu 12 B 7, 33100 Tampere. Tuntematon poika oli kysynyt osoitetta; neuvoin estämään hänet ja kertomaan vanhemmille.',
      'Emma Virtasen',
      'Hämeenkatu 12 B 7',
      '33100 Tampere',
    ),
    clean(
      'Fortnitessa kolme 12-vuotiasta poikaa Itä-Helsingistä. He kysyivät, voiko poliisi lukea heidän chattiaan. Kerroin, mitä teemme netissä, ja muistutin MLL:n Lasten ja nuorten puhelimesta 116 111.',
    ),
    withIds(
      'Discordissa 14-vuotias poika kertoi, että Mikko Korhosta kiusataan 8B-luokan ryhmächatissa Kalevan koulussa. Neuvoin ottamaan kuvakaappauksia ja kertomaan asiasta luokanvalvojalle.',
      'Mikko Korhosta',
      'Kalevan koulussa',
    ),
    clean(
      'TikTokissa 15-vuotias tyttö Jyväskylästä, joka on Käärijän suuri fani. Hän kysyi, miten vihakommentteihin kannattaa suhtautua. Puhuimme kommenttien suodattamisesta ja siitä, kenelle voi puhua.',
    ),
    withIds(
      'Robloxissa 12-vuotias poika, joka asuu mummonsa Liisa Mäkisen kanssa osoitteessa Koulukatu 5 A 3, 90100 Oulu. Hän oli kertonut osoitteen pelaajalle, joka lupasi ilmaisia Robuxeja. Selitin, että kyse on huijauksesta.',
      'Liisa Mäkisen',
      'Koulukatu 5 A 3',
      '90100 Oulu',
    ),
    clean(
      'Minecraftissa kaksi siskosta, 10 ja 12 vuotta, pieneltä paikkakunnalta Savosta. Isä on pystyttänyt heille palvelimen. Juttelimme siitä, että palvelin kannattaa pitää suljettuna eikä koulun nimeä kannata kertoa.',
    ),
    withIds(
      'Twitch-chatissa 15-vuotias poika, joka kertoi nimensä olevan Aleksi, mainitsi pelaavansa joka ilta kaverinsa Mikko Niemisen kanssa. Neuvoin, ettei striimissä kannata kertoa omaa eikä kavereiden nimiä.',
      'Aleksi',
      'Mikko Niemisen',
    ),
    clean(
      'Steamissa 16-vuotias poika Turusta oli menettänyt 40 euroa skin-huijauksessa. Isoveli auttoi häntä ilmoittamaan tilistä. Kävimme läpi, miten valesivustot tunnistaa.',
    ),
    withIds(
      'Snapchatissa 14-vuotias tyttö kertoi, että Aino Salosen äiti oli jakanut hänestä kuvan ilman lupaa. Neuvoin puhumaan kouluterveydenhoitajalle ja pyytämään kuvan poistamista.',
      'Aino Salosen',
    ),
    clean(
      'Fortnitessa 11-vuotias poika Kalliosta kertoi opettajastaan, joka pelaa myös Fortnitea. Puhuimme hyvistä salasanoista ja siitä, kenelle voi kertoa, jos joku kiusaa.',
    ),
  ],
  sv: [
    clean(
      'Pratade med tre killar på Fortnite, alla runt 12, från Rinkeby. De undrade om polisen kan läsa deras chatt. Berättade vad vi gör på nätet och tipsade om BRIS på 116 111.',
    ),
    withIds(
      'Tjej, 13, på Snapchat sa att hon heter Ebba och ofta sover över hos Wilma Johansson på Drottninggatan 22, 411 14 Göteborg. En okänd kille hade frågat efter adressen; rådde henne att blockera honom och berätta för sina föräldrar.',
      'Ebba',
      'Wilma Johansson',
      'Drottninggatan 22',
      '411 14 Göteborg',
    ),
    clean(
      'Kille på 15 på Twitch som är ett stort fan av Zlatan Ibrahimović. Han frågade hur proffs hanterar hat i kommentarerna. Vi pratade om moderatorer och om att blockera.',
    ),
    withIds(
      'Kille (14) på Discord berättade att Elias Lindbergs lillasyster i klass 6B på Vasaskolan blir utfryst i en gruppchatt. Rådde honom att ta skärmdumpar och prata med mentorn.',
      'Elias Lindbergs',
      'Vasaskolan',
    ),
    withIds(
      'På Roblox med en 12-åring som bor hos sin morfar, Bengt Karlsson, på Storgatan 5, 852 30 Sundsvall, och som hade skrivit adressen till en okänd spelare. Förklarade varför man inte delar sådant.',
      'Bengt Karlsson',
      'Storgatan 5',
      '852 30 Sundsvall',
    ),
    clean(
      'Två systrar, 10 och 12, på Minecraft, från en liten ort utanför Umeå. Pappa har satt upp servern. Vi pratade om vitlistor och om att aldrig skriva ut skolans namn.',
    ),
    withIds(
      'Tjej, 15, på TikTok var ledsen för att en video där hon och Alva Nyström dansar sprids på Katedralskolan i Lund. Rådde henne att anmäla videon och prata med skolkuratorn.',
      'Alva Nyström',
      'Katedralskolan',
    ),
    clean(
      'På Steam med en 16-åring från Malmö som hade blivit lurad på 400 kronor vid ett skinbyte. Hans storebror hjälpte honom att anmäla kontot. Gick igenom hur man känner igen falska sajter.',
    ),
    withIds(
      'Kille, 13, på Fortnite, kallar sig Nisse i chatten och sa att han bor på Sveavägen 48, 113 59 Stockholm. Förklarade varför man inte säger sin adress i röstchatten.',
      'Nisse',
      'Sveavägen 48',
      '113 59 Stockholm',
    ),
    clean(
      'Tjej, 11, på Roblox från Södermalm. Hon berättade om sin lärare som också spelar Roblox. Pratade om bra lösenord och om att aldrig ge bort Robux till främlingar.',
    ),
  ],
};
