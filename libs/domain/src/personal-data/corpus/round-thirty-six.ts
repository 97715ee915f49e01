/**
 * Round thirty-six: written blind, before the detector was run on it.
 * Lessons-learned and method texts (guidance notes, week-report paragraphs, debrief fields, training material) in a
 * reflective register, full of cited researchers, named models, laws, units and help lines, with anonymised case
 * examples and, in some notes, a slip where a young person's identifier was left in.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_THIRTY_SIX: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Lessons learned from the Roblox shifts: anonymise before you type, not afterwards. In Wednesday's draft a colleague described a boy of 13 who had been offered Robux by an adult for 'private pictures', and then added that Jayden had promised to tell his mum that evening. The case is a good example; the first name should never have been in it.",
      'Jayden',
    ),
    withIds(
      "What worked: asking young people to block and report inside the platform rather than sending anything to us. Challenge: a girl of 12 volunteered her own gamertag, pixie_moonbeam07, so that we could 'find the chat later', and it was copied into the shift log. In hindsight we should have thanked her and left it out.",
      'pixie_moonbeam07',
    ),
    withIds(
      "Signals this week: several children offered a phone number so that 'the police could text them back', which tells us how little they separate an officer on stream from a private adult. We declined every time, but one Thursday entry still reads 'call me on 07700 918 462 if he messages again'. Training point for next week: decline, explain why, and do not transcribe.",
      '07700 918 462',
    ),
    withIds(
      "Training material, section 4 (what a 'small detail' can do): the debrief from Tuesday said only that the boy was in 9B at Oakfield School and that he played Minecraft after football. In a town of that size, those two facts together are enough for any parent or teacher to know exactly who he is.",
      '9B at Oakfield School',
    ),
    withIds(
      'Challenges: a 14-year-old on Discord wanted us to write to her mother directly and spelled out the address as chloe dot harding at gmail dot com to get past the chat filter. We redirected her to the school nurse and Childline, but the address stayed in our notes and has to come out of this paragraph before the report goes to Kripos.',
      'chloe dot harding at gmail dot com',
    ),
    clean(
      'As Livingstone and Helsper have argued for years, risk is not the same as harm: most children who meet a risk online are not harmed by it, and some of them build resilience from it. We used that framing in every Discord conversation on Thursday 19 June, and the young people visibly relaxed when we stopped treating each story as an emergency.',
    ),
    clean(
      "The Lundy model (space, voice, audience, influence) gave the youth panel a structure we will keep. Session code EAW-2025-R3, 14 participants aged 12 to 16, two facilitators from NC3 and one from Kripos. The summary goes to Europol EC3 by 27 June together with the host's week report.",
    ),
    clean(
      "Finkelhor's four preconditions were useful when we trained the Belgian and Icelandic teams on Monday: motivation, overcoming internal inhibitors, overcoming external inhibitors, and overcoming the resistance of the child. Every conversation ended with a referral: 116 111 across the EU, Childline on 0800 1111 for the two British children who joined the Minecraft server, and 112 in an emergency.",
    ),
    clean(
      'Several Dutch officers had been trained in Signs of Safety and in the Olweus programme, and it showed. They asked three questions in Fortnite voice chat (what are we worried about, what is going well, what needs to happen next) and a girl in Year 7 answered all three without being asked for her name, her school or her username. That is the level of detail we want in the notes.',
    ),
    clean(
      'Legal note from Kripos for the next Action Week: in Norway grooming falls under straffeloven § 306 and images of children under § 311; in Finland the corresponding provisions are in rikoslaki 20 luku. Article 8 ECHR and Article 16 UNCRC frame the privacy of everyone in the conversation, including the suspect, and the Barnahus model remains the route when a child discloses abuse.',
    ),
  ],
  nb: [
    withIds(
      'Erfaringer fra uka: anonymiser før du skriver, ikke etterpå. En jente i 8. klasse fortalte på Snapchat at en voksen mann hadde bedt om bilder, og i utkastet til debriefen sto det at Ingrid Solberg Haugen ville snakke med helsesykepleier dagen etter. Eksempelet er godt, men navnet skulle aldri vært med.',
      'Ingrid Solberg Haugen',
    ),
    withIds(
      'Utfordringer: flere ungdommer ville «bevise» alderen sin for oss. En gutt på 15 skrev fødselsnummeret sitt, 15031052332, rett inn i Discord-chatten før vi rakk å stoppe ham. Vi forklarte hvorfor det er lurt å aldri dele det, men nummeret ble likevel med i vaktloggen og må slettes.',
      '15031052332',
    ),
    withIds(
      'Signaler: barn oppgir gjerne hvor de bor for å vise at de er «ekte». Én gutt på 12 skrev Fjellveien 12B, 5019 Bergen i chatten og spurte om politiet kunne komme innom. Dette viser hvor lite skille de ser mellom en uniformert betjent i spillet og en fremmed voksen.',
      'Fjellveien 12B, 5019 Bergen',
    ),
    withIds(
      'Opplæringsmateriell til neste uke, del 3: små detaljer identifiserer. I tirsdagens notat sto det bare at gutten gikk i 7B på Ekeberg skole og spilte Fortnite etter fotballtreningen. Det er nok til at alle foreldre på trinnet vet hvem det gjelder.',
      '7B på Ekeberg skole',
    ),
    withIds(
      'Hva fungerte: å la ungdommen selv blokkere og rapportere i plattformen. Unntaket var en 13-åring med brukernavnet MinecraftMagnus på serveren vår, som ville ha oppfølging og ga oss mobilnummeret sitt, 918 47 203. Vi burde ha henvist ham til Alarmtelefonen i stedet for å notere nummeret.',
      'MinecraftMagnus',
      '918 47 203',
    ),
    clean(
      'Barnahus-modellen gir en tydelig vei videre når et barn forteller om overgrep: tilrettelagt avhør, medisinsk undersøkelse og oppfølging under samme tak. Kripos minner om at patruljene ikke skal avhøre, bare lytte, forklare og henvise videre til Barnahus Oslo eller nærmeste Barnahus.',
    ),
    clean(
      'Som Staksrud har vist i EU Kids Online, blir ikke alle risikoer til skade. Vi brukte dette perspektivet i samtalene på Roblox tirsdag 17. juni, og ungdommene reagerte godt på at vi ikke moraliserte, men spurte hva de selv pleier å gjøre.',
    ),
    clean(
      'Juridisk påminnelse: grooming reguleres av straffeloven § 306, deling av seksualiserte bilder av barn av § 311. Henvis alltid til Alarmtelefonen for barn og unge på 116 111, til Kors på halsen på 800 33 321 og ved akutt fare til 112.',
    ),
    clean(
      'En gutt på 13 på Fortnite spurte om politiet kunne se alt han skrev. Vi svarte ærlig, og han fortalte deretter om en bekymring for en klassekamerat, uten navn. Slik bør samtalene beskrives: alder, plattform og tema, ikke noe mer.',
    ),
    clean(
      'Redd Barna ble nevnt i 11 av 42 samtaler denne uka. Den nordiske modellen for samarbeid mellom Kripos, NC3 og de islandske kollegene bør videreføres i neste aksjonsuke, aksjonskode EMPACT-AW-25/NO, med felles debrief fredag 20. juni kl. 14.00.',
    ),
  ],
  nn: [
    withIds(
      'Læringspunkt: ei jente på 11 år på Roblox fortalde at ho hadde fått gåver i spelet frå ein ukjend vaksen. I det første utkastet stod det at Sunniva ikkje ville at mamma skulle få vite det, og namnet hennar må ut før rapporten går vidare til Kripos.',
      'Sunniva',
    ),
    withIds(
      'Utfordringar: nokre ungdomar ville sende oss skjermbilete på e-post. Ein gut på 14 skreiv adressa si, eirik.tveit2010@hotmail.com, i chatten, og ho kom med i loggen vår. Neste veke seier vi tydeleg frå på førehand at vi ikkje tek imot noko på e-post.',
      'eirik.tveit2010@hotmail.com',
    ),
    withIds(
      'Signal: born som vil bli tekne på alvor, deler meir enn dei burde. Ei jente på 12 skreiv fødselsnummeret sitt, 07091261248, for å vise at ho var «gammal nok» til å melde ein vaksen sjølv. Vi forklarte kvifor det ikkje trengst, men nummeret står framleis i utkastet.',
      '07091261248',
    ),
    withIds(
      'Kva fungerte: å snakke med strøymarar direkte i chatten deira. Ein 13-åring som strøymer under namnet fjordgut_07 på Twitch, fortalde at vaksne i chatten spør kvar han bur. Han tok godt imot råda om å skru av direktemeldingar.',
      'fjordgut_07',
    ),
    withIds(
      'Læringsmateriell: ein adresse kjem fort med når barnet fortel om noko som har skjedd heime. I onsdagsnotatet står det at jenta bur i Nedre Fjellgata 4, 6800 Førde, saman med faren. Skriv heller «bur med ein forelder» – det er alt vi treng.',
      'Nedre Fjellgata 4, 6800 Førde',
    ),
    clean(
      'Signs of Safety-rammeverket fungerte godt i debriefen: kva er vi uroa for, kva fungerer, og kva må skje vidare? Vi brukte det same spørsmålsoppsettet i alle fem landlaga, og det gjorde det lettare å samanlikne funna frå Noreg, Belgia, Nederland, Island og Finland.',
    ),
    clean(
      'Som Olweus viste allereie på 1980-talet, er mobbing eit mønster over tid og ikkje ei enkelthending. Det same såg vi i Minecraft-samtalane torsdag: 7 av 19 born fortalde om gjentekne utestengingar frå serverar der klassekameratane speler.',
    ),
    clean(
      'Ein gut i 8. klasse på Discord spurde om han kunne melde ein vaksen utan at foreldra fekk vite det. Vi viste til Alarmtelefonen for barn og unge på 116 111 og til tipsmottaket til Kripos, og minte om 112 ved fare for liv og helse.',
    ),
    clean(
      'Lovverket i korte trekk: straffelova § 306 og § 311 gjeld i Noreg, rikoslaki 20 luku i Finland. Artikkel 8 EMK og artikkel 16 i barnekonvensjonen set rammene for personvernet, også for den som blir mistenkt.',
    ),
    clean(
      'Lundy-modellen vart brukt i ungdomspanelet på Bergen politihus 18. juni, økt NN-3, med 12 deltakarar mellom 12 og 16 år. Oppsummeringa går til Europol EC3 innan 27. juni saman med vekerapporten frå vertslandet.',
    ),
  ],
  nl: [
    withIds(
      "Uitdagingen: jongeren willen ons 'bewijzen' dat ze echt zijn. Een jongen van 15 typte zijn BSN, 274819363, in de Discord-chat voordat we hem konden tegenhouden. We hebben uitgelegd waarom je dat nooit deelt, maar het nummer staat nog in het dienstlogboek en moet eruit.",
      '274819363',
    ),
    withIds(
      "Geleerde lessen: anonimiseer vóór je typt. In het concept van de debrief stond dat Daan de Vries (13) door een volwassene om foto's was gevraagd in ruil voor V-Bucks. Het voorbeeld is leerzaam, de naam hoort er niet in.",
      'Daan de Vries',
    ),
    withIds(
      "Signalen: kinderen geven makkelijk hun telefoonnummer zodat 'de politie kan terugbellen'. Een meisje van 12 op TikTok stuurde 06-41 82 73 95 en vroeg of we haar na school wilden appen. We weigerden vriendelijk en verwezen naar de Kindertelefoon.",
      '06-41 82 73 95',
    ),
    withIds(
      'Trainingsmateriaal, deel 2: kleine details zijn samen herkenbaar. In het verslag van dinsdag stond alleen dat de jongen op het Farel College, klas 2B zat en na het voetballen Roblox speelde. In een stad van die omvang weet iedere ouder dan wie het is.',
      'Farel College, klas 2B',
    ),
    withIds(
      "Wat werkte: jongeren zelf laten blokkeren en melden in het platform. Uitzondering was een meisje van 11 met de Roblox-gebruikersnaam noorke_xo, die wilde dat wij het account van de volwassene 'zouden pakken'. Haar naam hoort niet in het verslag, ook niet als gebruikersnaam.",
      'noorke_xo',
    ),
    clean(
      'Zoals Livingstone laat zien, is risico niet hetzelfde als schade: de meeste kinderen die online een risico tegenkomen, lopen er geen schade door op. Die bril hebben we in elk gesprek op Roblox op woensdag 18 juni gebruikt, en dat werkte.',
    ),
    clean(
      'Het Barnahus-model en de aanpak van Child Focus in België (116 000) zijn opgenomen in de training voor volgende week. Kinderen in Nederland verwijzen we naar de Kindertelefoon op 0800-0432, bij direct gevaar naar 112.',
    ),
    clean(
      'Een meisje van 12 op TikTok vroeg of de politie haar account kon zien. We legden uit wat we wel en niet zien, zonder naar haar gebruikersnaam te vragen of die te noteren. Zo willen we het volgende week ook: leeftijd, platform en onderwerp, verder niets.',
    ),
    clean(
      'Juridisch kader: artikel 248e Sr voor grooming en artikel 8 EVRM voor de privacy van alle betrokkenen; in België art. 433bis/1 Sw. Sessiecode EAW-NL-04, 23 gesprekken, drie doorverwijzingen naar Helpwanted en één melding aan het Team Bestrijding Kinderpornografie.',
    ),
    clean(
      'Finkelhors typologie van online slachtofferschap hielp ons de signalen te ordenen. De samenvatting gaat naar Europol EC3 en naar Offlimits; Kripos bundelt de bevindingen van Noorwegen, België, Nederland, IJsland en Finland in het weekrapport.',
    ),
  ],
  fr: [
    withIds(
      "Difficultés : certains jeunes veulent « prouver » leur âge. Un garçon de 13 ans a tapé son numéro de registre national, 11.07.30-053.35, dans le chat Discord avant que nous puissions l'arrêter. Nous lui avons expliqué pourquoi il ne faut jamais le partager, mais le numéro figure encore dans le journal de patrouille.",
      '11.07.30-053.35',
    ),
    withIds(
      "Enseignements : anonymiser avant d'écrire, pas après. Dans le brouillon du débriefing de mardi, on lit qu'un garçon de 12 ans s'était vu proposer des V-Bucks contre des photos et que Lucas voulait en parler à son éducateur le lendemain. L'exemple est utile, le prénom n'a rien à y faire.",
      'Lucas',
    ),
    withIds(
      "Signaux : une fille de 14 ans sur TikTok voulait que nous écrivions directement à sa mère et a épelé l'adresse emma point lambert arobase gmail point com pour contourner le filtre du chat. Nous l'avons orientée vers Child Focus, mais l'adresse est restée dans nos notes.",
      'emma point lambert arobase gmail point com',
    ),
    withIds(
      "Support de formation, partie 3 : une adresse arrive vite quand l'enfant raconte ce qui se passe à la maison. La note de mercredi précise que la jeune fille habite rue des Tanneurs 47, 1000 Bruxelles, avec sa grand-mère. Écrire « vit chez un membre de la famille » suffit.",
      'rue des Tanneurs 47, 1000 Bruxelles',
    ),
    withIds(
      "Ce qui a marché : laisser les jeunes bloquer et signaler eux-mêmes dans la plateforme. Exception : un garçon de 11 ans, pseudo Fortnite LeoGamerz_BXL, voulait que la police « s'occupe » du compte d'un adulte, et son pseudo a été recopié dans le rapport de la journée.",
      'LeoGamerz_BXL',
    ),
    clean(
      "Comme le montre Finkelhor, la victimisation en ligne ne se réduit pas aux inconnus : beaucoup d'auteurs sont connus de l'enfant. Nous avons gardé cette idée en tête pendant les patrouilles Roblox du mardi 17 juin, et les conversations ont été plus ouvertes.",
    ),
    clean(
      "Child Focus (116 000) et la ligne Écoute-Enfants (103) ont été cités dans 17 conversations sur 38. Le modèle Barnahus reste la référence pour la suite lorsqu'un enfant révèle des abus, et le 112 en cas de danger immédiat.",
    ),
    clean(
      "Un garçon de 13 ans sur Fortnite a demandé si la police pouvait lire ses messages privés. Nous avons répondu franchement ; il a ensuite parlé d'un camarade de classe, sans le nommer. C'est le niveau de détail à viser dans les notes : âge, plateforme, thème.",
    ),
    clean(
      "Cadre juridique : article 8 CEDH et article 16 de la Convention relative aux droits de l'enfant ; en France, l'article 227-22-1 du Code pénal ; en Belgique, l'ancien article 433bis/1 du Code pénal sur la sollicitation de mineurs. La note de Kripos du 16 juin reprend ces références.",
    ),
    clean(
      'Le modèle Lundy (espace, voix, audience, influence) a structuré le panel de jeunes à Liège le 19 juin, session FR-BE-02, neuf participants de 12 à 16 ans. La synthèse part à Europol EC3 avant le 27 juin avec le rapport de semaine.',
    ),
  ],
  de: [
    withIds(
      'Erkenntnisse aus der Woche: erst anonymisieren, dann schreiben. Im Entwurf des Debriefings stand, dass Lena Hoffmann (12) auf Roblox von einem Erwachsenen um Fotos gebeten worden war. Der Fall ist lehrreich, der Name gehört nicht hinein.',
      'Lena Hoffmann',
    ),
    withIds(
      'Signale: Kinder bieten schnell ihre Handynummer an, damit „die Polizei zurückschreiben kann“. Ein Junge aus Ostbelgien schickte uns +32 487 55 19 02 und bat um einen Rückruf nach der Schule. Wir haben freundlich abgelehnt und auf die Telefonhilfe 108 verwiesen.',
      '+32 487 55 19 02',
    ),
    withIds(
      'Herausforderungen: Ein 14-Jähriger auf Discord wollte, dass wir sein Konto „überprüfen“, und kopierte seine Nutzer-ID 731846205937184768 in den Kanal. Wir haben erklärt, dass wir so etwas nicht tun, aber die ID ist im Schichtprotokoll gelandet und muss gelöscht werden.',
      '731846205937184768',
    ),
    withIds(
      'Schulungsmaterial, Teil 2: kleine Details reichen. Im Bericht vom Dienstag stand nur, dass das Mädchen in die Klasse 7b der Pater-Damian-Sekundarschule geht und nach dem Training Fortnite spielt. In einer Stadt wie Eupen weiß damit jeder, um wen es geht.',
      'Klasse 7b der Pater-Damian-Sekundarschule',
    ),
    withIds(
      'Was gut funktioniert hat: die Jugendlichen selbst blockieren und melden lassen. Ein 11-Jähriger erzählte, dass ihn im Spiel alle nur „Mäxchen“ nennen und ein Erwachsener ihn so angeschrieben habe. Der Spitzname ist im Tagesbericht stehen geblieben.',
      'Mäxchen',
    ),
    clean(
      'Wie Livingstone und Haddon in EU Kids Online zeigen, ist Risiko nicht gleich Schaden. Mit diesem Blick haben wir am Donnerstag, 19. Juni, alle Gespräche auf Discord geführt, und die Jugendlichen wurden merklich offener.',
    ),
    clean(
      'Das Olweus-Programm und der Signs-of-Safety-Ansatz waren mehreren Kolleginnen aus den Niederlanden schon vertraut. Drei Fragen im Fortnite-Sprachchat (Was macht uns Sorgen? Was läuft gut? Was muss passieren?) reichten, um ins Gespräch zu kommen.',
    ),
    clean(
      'Verweise am Ende jedes Gesprächs: die Nummer gegen Kummer 116 111, in Ostbelgien die Telefonhilfe 108, in akuter Gefahr die 112. Child Focus (116 000) übernimmt Meldungen über vermisste oder sexuell ausgebeutete Kinder in Belgien.',
    ),
    clean(
      'Ein Mädchen der 6. Klasse auf Roblox fragte, ob die Polizei ihre privaten Nachrichten lesen könne. Wir haben ehrlich geantwortet, ohne nach Namen, Schule oder Benutzernamen zu fragen. So sollen die Notizen auch nächste Woche aussehen: Alter, Plattform, Thema.',
    ),
    clean(
      'Rechtlicher Rahmen: § 176b StGB zum Cybergrooming in Deutschland, Art. 8 EMRK und Art. 16 der UN-Kinderrechtskonvention für den Schutz der Privatsphäre. Sitzungscode EAW-DE-01, 16 Gespräche, Bericht an Europol EC3 bis zum 27. Juni.',
    ),
  ],
  is: [
    withIds(
      'Áskoranir: sum ungmenni vilja „sanna“ aldur sinn. Strákur á 13. ári skrifaði kennitöluna sína, 150311-2330, beint í spjallið á Discord áður en við náðum að stöðva hann. Við útskýrðum af hverju það á aldrei að deila henni, en talan er enn í vaktadagbókinni.',
      '150311-2330',
    ),
    withIds(
      'Lærdómur vikunnar: nafnhreinsa áður en skrifað er. Í drögum að samantekt stóð að Embla hefði fengið gjafir í Roblox frá ókunnugum fullorðnum manni og vildi ekki segja mömmu sinni frá. Dæmið er gott, nafnið á ekki heima þar.',
      'Embla',
    ),
    withIds(
      'Merki: börn bjóða fram símanúmer svo að „löggan geti hringt til baka“. Stelpa á 12. ári á TikTok sendi okkur 867 4512 og bað okkur að hringja eftir skóla. Við afþökkuðum vinsamlega og bentum á Hjálparsíma Rauða krossins, 1717.',
      '867 4512',
    ),
    withIds(
      'Fræðsluefni, hluti 2: smáatriði segja mikið. Í skýrslu þriðjudagsins stóð aðeins að strákurinn væri í 8. bekk í Hagaskóla og spilaði Fortnite eftir fótboltaæfingu. Það dugar til að allir foreldrar í árganginum viti hver hann er.',
      '8. bekk í Hagaskóla',
    ),
    withIds(
      'Hvað virkaði: að láta ungmennin sjálf loka á og tilkynna í leiknum. Undantekning var strákur sem vildi senda okkur skjáskot og gaf upp netfangið siggi.thor2011@gmail.com í spjallinu; það var afritað í dagskýrsluna.',
      'siggi.thor2011@gmail.com',
    ),
    clean(
      'Barnahús-líkanið, sem Bragi Guðbrandsson kom á fót í Reykjavík árið 1998, er enn fyrirmynd þegar barn segir frá ofbeldi: skýrslutaka, læknisskoðun og stuðningur undir sama þaki. Eftirlitið á netinu á aðeins að hlusta og vísa áfram.',
    ),
    clean(
      'Eins og Finkelhor bendir á eru gerendur oft einhverjir sem barnið þekkir, ekki ókunnugir. Við höfðum þetta í huga í samtölunum á Minecraft-þjóninum miðvikudaginn 18. júní og ungmennin voru opnari en við áttum von á.',
    ),
    clean(
      'Tilvísanir í lok hvers samtals: Hjálparsími Rauða krossins 1717, 116 111 um alla Evrópu og 112 í bráðri hættu. Barnaheill tók við tveimur ábendingum í gegnum Ábendingalínuna og lögreglan á höfuðborgarsvæðinu fékk eina.',
    ),
    clean(
      'Stelpa í 9. bekk á Roblox spurði hvort lögreglan gæti lesið einkaskilaboðin hennar. Við svöruðum hreinskilnislega án þess að spyrja um nafn, skóla eða notandanafn. Svona eiga minnispunktarnir að líta út: aldur, vettvangur og efni.',
    ),
    clean(
      'Lagarammi: 202. gr. almennra hegningarlaga nr. 19/1940 og 8. gr. Mannréttindasáttmála Evrópu. Lundy-líkanið var notað í ungmennaráðinu 19. júní, fundur IS-03, 21 þátttakandi; samantekt fer til Europol EC3 fyrir 27. júní.',
    ),
  ],
  fi: [
    withIds(
      'Haasteet: osa nuorista halusi ”todistaa” ikänsä. 13-vuotias poika kirjoitti henkilötunnuksensa 140911A3746 suoraan Discordin chattiin ennen kuin ehdimme estää. Selitimme, miksi sitä ei kannata koskaan jakaa, mutta tunnus on yhä partiolokissa ja se on poistettava.',
      '140911A3746',
    ),
    withIds(
      'Opit viikolta: anonymisoi ennen kuin kirjoitat. Debriefin luonnoksessa luki, että Aino Virtanen (12) oli saanut Robloxissa lahjoja tuntemattomalta aikuiselta eikä halunnut kertoa äidilleen. Esimerkki on hyvä, nimi ei kuulu siihen.',
      'Aino Virtanen',
    ),
    withIds(
      'Mikä toimi: nuoret estivät ja ilmoittivat itse alustalla. Poikkeus oli 11-vuotias, jonka Roblox-käyttäjänimi karhukopla_09 ja käyttäjätunnus 4829117356 kirjattiin päiväraporttiin, koska hän halusi meidän ”hoitavan” aikuisen tilin.',
      'karhukopla_09',
      '4829117356',
    ),
    withIds(
      'Koulutusmateriaali, osa 3: osoite tulee helposti mukaan, kun lapsi kertoo kotioloistaan. Keskiviikon muistiinpanossa lukee, että tyttö asuu osoitteessa Hämeenkatu 14 B 22, 33100 Tampere isänsä kanssa. ”Asuu toisen vanhemman kanssa” riittää.',
      'Hämeenkatu 14 B 22, 33100 Tampere',
    ),
    withIds(
      'Signaalit: lapset tarjoavat puhelinnumeroaan, jotta ”poliisi voi soittaa takaisin”. 12-vuotias tyttö TikTokissa lähetti numeron 040 718 2935 ja pyysi soittamaan koulun jälkeen. Kieltäydyimme ystävällisesti ja ohjasimme MLL:n Lasten ja nuorten puhelimeen.',
      '040 718 2935',
    ),
    clean(
      'Kuten Finkelhor on osoittanut, verkossa tapahtuva uhriksi joutuminen ei rajoitu tuntemattomiin: moni tekijä on lapselle tuttu. Pidimme tämän mielessä tiistain 17. kesäkuuta Roblox-partioissa, ja keskustelut olivat avoimempia.',
    ),
    clean(
      'Ohjaukset jokaisen keskustelun lopussa: MLL:n Lasten ja nuorten puhelin 116 111, Nollalinja 080 005 005 ja hätätilanteessa 112. Pelastakaa Lapset otti vastaan kaksi vinkkiä Nettivihjeen kautta, ja nettipoliisi seuraa yhtä tapausta.',
    ),
    clean(
      '7.-luokkalainen tyttö kysyi Fortnitessa, voiko poliisi lukea hänen yksityisviestejään. Vastasimme rehellisesti kysymättä nimeä, koulua tai käyttäjänimeä. Tällaisia muistiinpanojen pitää olla ensi viikollakin: ikä, alusta, aihe.',
    ),
    clean(
      'Oikeudellinen kehys: rikoslaki 20 luku seksuaalirikoksista, Euroopan ihmisoikeussopimuksen 8 artikla ja YK:n lapsen oikeuksien sopimuksen 16 artikla. Barnahus-malli eli Lastenasiaintalo on reitti, kun lapsi kertoo hyväksikäytöstä.',
    ),
    clean(
      'Lundyn malli (tila, ääni, yleisö, vaikutus) jäsensi nuorten paneelin Helsingin poliisitalolla 18. kesäkuuta, istunto FI-05, 15 osallistujaa. Yhteenveto lähtee Europol EC3:lle ennen 27. kesäkuuta viikkoraportin mukana.',
    ),
  ],
  sv: [
    withIds(
      'Utmaningar: en del unga vill ”bevisa” sin ålder. En pojke på 12 som spelar på den nordiska Minecraft-servern skrev sitt personnummer, 120418-3451, i chatten innan vi hann stoppa honom. Vi förklarade varför man aldrig delar det, men numret finns kvar i patrullloggen.',
      '120418-3451',
    ),
    withIds(
      'Lärdomar från veckan: anonymisera innan du skriver. I utkastet till debriefen stod det att Elsa hade fått presenter i Roblox av en okänd vuxen och inte ville berätta för sin mamma. Exemplet är bra, förnamnet hör inte hemma där.',
      'Elsa',
    ),
    withIds(
      'Utbildningsmaterial, del 2: små detaljer räcker. I tisdagens rapport stod bara att flickan går i klass 6B på Vasa övningsskola och spelar Fortnite efter träningen. I en stad av den storleken vet alla föräldrar då vem det gäller.',
      'klass 6B på Vasa övningsskola',
    ),
    withIds(
      'Signaler: en 14-åring på Discord ville att vi skulle mejla hennes pappa och stavade adressen som wilma punkt strand snabel-a hotmail punkt com för att komma förbi chattfiltret. Vi hänvisade till Bris, men adressen blev kvar i våra anteckningar.',
      'wilma punkt strand snabel-a hotmail punkt com',
    ),
    withIds(
      'Vad som fungerade: att låta de unga själva blockera och anmäla i plattformen. Undantaget var en 11-åring med Snapchat-namnet vargunge_ax som ville att polisen skulle ”ta” en vuxens konto; namnet skrevs in i dagsrapporten.',
      'vargunge_ax',
    ),
    clean(
      'Som Livingstone visar är risk inte detsamma som skada: de flesta barn som möter en risk på nätet tar ingen skada av den. Vi använde det perspektivet i alla samtal på Discord torsdagen den 19 juni, och de unga blev märkbart mer öppna.',
    ),
    clean(
      'Hänvisningar i slutet av varje samtal: Bris 116 111, Rädda Barnen och i akut fara 112. I Finland hänvisade de finlandssvenska kollegerna till MLL och till Nollalinjen, och Barnahusmodellen är vägen vidare när ett barn berättar om övergrepp.',
    ),
    clean(
      'En flicka i sjuan frågade på TikTok om polisen kunde läsa hennes privata meddelanden. Vi svarade ärligt utan att fråga efter namn, skola eller användarnamn. Så ska anteckningarna se ut även nästa vecka: ålder, plattform och ämne.',
    ),
    clean(
      'Rättslig ram: brottsbalken 6 kap. 10 a § om kontakt med barn i sexuellt syfte, artikel 8 i Europakonventionen och artikel 16 i barnkonventionen. Olweusprogrammet och Signs of Safety nämndes båda i utvärderingen från Kripos.',
    ),
    clean(
      'Lundymodellen (utrymme, röst, publik, inflytande) gav ungdomspanelen i Vasa den 18 juni en tydlig struktur, session SV-FI-02, tolv deltagare mellan 12 och 16 år. Sammanfattningen skickas till Europol EC3 före den 27 juni.',
    ),
  ],
};
