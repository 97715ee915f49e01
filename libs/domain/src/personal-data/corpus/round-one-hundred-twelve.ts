/**
 * Round one hundred and twelve: written blind, before the detector was run on it.
 * Texts beyond interaction notes: team leaders' debriefs, Europol summaries, referral status notes and Kripos guidance.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWELVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    clean(
      'Summary for the Europol liaison, week 14: the Norwegian team held 63 conversations on Discord, Roblox and Fortnite, most of them with 12- to 15-year-olds. Recurring themes were scam links promising free Robux and older players asking for Snapchat contacts. No case needed an urgent referral; two were logged under case numbers 24/118 and 24/121.',
    ),
    withIds(
      'Europol summary, Irish team: a 14-year-old girl who plays as lily_mcg07 on Roblox said an older user had offered her 2,000 Robux for photos. We advised her to block and report him, gave her the Childline number, and the case was passed to the Garda National Protective Services Bureau.',
      'lily_mcg07',
    ),
    clean(
      "Debrief, Saturday evening session on Twitch: Sergeant Murphy and Garda O'Neill covered four streams between 19:00 and 22:30 and answered around 40 questions, mostly about scams and blocking. What did not work was the late start; next time we go live at 18:00, when the 13- to 15-year-olds are online.",
    ),
    withIds(
      'Referral status: the 13-year-old boy from the Fortnite conversation on 3 March has been handed to Tusla in Cork. His mother was reached on 087 214 6630 and confirmed he is safe; the file stays open until the social worker reports back.',
      '087 214 6630',
    ),
    withIds(
      'English summary for the Europol liaison: a 15-year-old from Bergen, Jonas Eide Berg, told the Norwegian team on Discord that an adult had moved their chat to Telegram and asked for pictures. Child welfare in Bergen was notified the same evening and Kripos has the case.',
      'Jonas Eide Berg',
    ),
    clean(
      'Guidance note from Kripos for the English-speaking teams: when a young person mentions self-harm, do not end the conversation. Give the number of the local help-line (116 123 in Ireland and the UK, 116 111 for children in Norway), call 112 if a life is at risk, and log the case number before the end of the shift.',
    ),
    clean(
      'Team leader debrief, UK pilot: Inspector Clarke noted that the Minecraft server visits went well, with 22 conversations and no hostile reactions. What did not work was the Steam group chat, where the moderators removed our post after ten minutes; Sergeant Patel will raise it with Valve before the next session.',
    ),
    withIds(
      'Follow-up on case 2024/0457: the 12-year-old girl on TikTok had posted her e-mail as chloe.byrne2012 at gmail dot com under a video, and strangers were writing to her. We asked her to take the comment down and explained to her parents how to report the accounts.',
      'chloe.byrne2012 at gmail dot com',
    ),
    clean(
      'Trends for the quarterly report: sextortion attempts on Snapchat rose again, mostly against boys aged 14 to 16, while grooming reports from Roblox fell slightly. The Dutch and Belgian teams saw the same pattern. Help-lines to quote in conversations: 116 111 across Europe and Childline on 0800 1111 in the UK.',
    ),
    withIds(
      "Referral details, Manchester: a 13-year-old on Fortnite gave his address, 14 Beech Road, Chorlton, M21 9EP, to a player he had only met that week. Parents were contacted by Greater Manchester Police the next morning and the case is now with children's social care.",
      '14 Beech Road',
      'M21 9EP',
    ),
  ],
  nb: [
    clean(
      'Oppsummering fra kveldsøkten på Discord og Roblox: vi hadde 41 samtaler, de fleste med gutter mellom 11 og 14 år. Det som fungerte godt, var å svare raskt i åpne kanaler; det som fungerte dårlig, var lange meldinger som ingen leste. Politioverbetjent Hansen følger opp sak 24-1187 videre.',
    ),
    withIds(
      'Henvisning: jenta (13) fra Roblox-samtalen, fnr. 090411 56764, er overført til barnevernet i Drammen. Foreldrene er kontaktet og har fått informasjon om hvordan de melder profilen som kontaktet henne.',
      '090411 56764',
    ),
    withIds(
      'Fra veiledningsnotatet til Kripos, eksempel 3: en gutt på 14 år, Sander Lie Johansen, fortalte på Fortnite at han går i 9B på Tonsenhagen skole og ble presset til å sende bilder. Eksempelet viser hvorfor vi alltid avklarer alder tidlig og aldri ber om bilder som bevis.',
      'Sander Lie Johansen',
      'Tonsenhagen skole',
    ),
    clean(
      'Veiledning fra Kripos: Når en ungdom forteller om trusler eller utpressing, skal patruljen aldri be om bildene. Gi nummeret til Alarmtelefonen for barn og unge, 116 111, og be ungdommen ringe 02800 eller 112 ved fare. Noter saksnummeret i loggen før økten avsluttes.',
    ),
    withIds(
      'Status henvisning sak 24-0932: foreldrene er nådd på 915 42 087, og gutten (11) fra Minecraft-serveren har fått oppfølging hos helsesykepleier. Barnevernet i Sandnes lukker saken hvis det ikke kommer nye opplysninger.',
      '915 42 087',
    ),
    clean(
      'Teamleders evaluering: Twitch-økten fra Tromsø ga få samtaler, bare seks på tre timer, mens TikTok-live med politibetjent Nilsen samlet over 300 seere. Neste gang prioriterer vi TikTok og Snapchat på ettermiddagen, når de fleste 13–15-åringene er pålogget.',
    ),
    clean(
      'Engelsk sammendrag til Europol er sendt. Denne uka hadde de norske patruljene 118 samtaler på Discord, Roblox, Fortnite og Steam; tre saker ble meldt til barnevernet og én til Kripos. Politioverbetjent Hansen og politiførstebetjent Berg deltar på neste møte i Haag.',
    ),
    withIds(
      'Til oppfølging: en jente på 14 år som kaller seg mia_xoxo_2010 på TikTok, fortalte at en voksen mann har tilbudt henne gavekort mot bilder. Saken er sendt til Kripos, og mor er varslet.',
      'mia_xoxo_2010',
    ),
    withIds(
      'Henvisningen gjelder gutten (13) som skrev adressen sin, Storgata 47, 3611 Kongsberg, i en åpen Discord-kanal. Barnevernet i Kongsberg har fått saken, og vi rådet ham til å slette meldingen og aldri dele hvor han bor.',
      'Storgata 47',
      '3611 Kongsberg',
    ),
    clean(
      'Status: saken fra Snapchat-patruljen 4. april er avsluttet. Foreldrene ble kontaktet av politiet i Bodø, og jenta har fått hjelp hos skolehelsetjenesten. Ingen videre tiltak fra vår side.',
    ),
  ],
  nn: [
    withIds(
      'Tilvising til barnevernet i Førde: guten (12), som heiter Eirik, fortalde på Fortnite at ein vaksen spelar ville møte han i sentrum. Foreldra er kontakta, og saka er send vidare til Vest politidistrikt.',
      'Eirik',
    ),
    clean(
      'Oppsummering etter økta på Roblox og Minecraft: vi hadde 27 samtalar, dei fleste med ungdomar frå Vestland mellom 10 og 13 år. Det gjekk godt å svare på spørsmål om svindel med gratis Robux; det gjekk dårlegare i dei store Discord-kanalane, der meldingane våre drukna. Politioverbetjent Nygård tek dette opp på neste teammøte.',
    ),
    withIds(
      'Frå rettleiinga til Kripos, døme 3: ei jente på 12 år skreiv fødselsnummeret sitt, 27081260163, i ein chat på Roblox fordi ein «moderator» bad om det for å stadfeste alderen. Lær ungdomane at ingen spelplattform treng fødselsnummer.',
      '27081260163',
    ),
    clean(
      'Rettleiing frå Kripos: Når ein ungdom fortel om sjølvskading, skal ein ikkje avslutte samtalen brått. Gje nummeret til Mental Helse, 116 123, eller Alarmtelefonen for barn og unge, 116 111, og noter saksnummeret. Ved fare for liv ring 113 eller 112.',
    ),
    clean(
      'Teamleiaren si evaluering: TikTok-live med politibetjent Solheim gjekk svært bra, med over 200 spørsmål frå ungdomar. Twitch gav lite denne gongen. Tre saker bør følgjast opp, og alle er registrerte med saksnummer.',
    ),
    withIds(
      'Status for sak 24-2210: guten (15) hadde lagt ut e-postadressa si, ola.haugland09 at hotmail dot com, i profilen sin på Steam. Vi bad han fjerne ho, og mor er kontakta.',
      'ola.haugland09 at hotmail dot com',
    ),
    withIds(
      'Tilvisinga er ferdig: jenta (13) frå Snapchat-samtalen hadde delt mobilnummeret sitt, 472 18 904, med ein ukjend vaksen. Far hennar er kontakta, og barnevernet på Voss har fått saka.',
      '472 18 904',
    ),
    clean(
      'Samandrag på engelsk til Europol er sendt. Dei norske patruljane hadde 96 samtalar denne veka, flest på Discord og Fortnite. Ingen saker kravde hastetiltak, men to er melde til barnevernet i Bergen og på Stord.',
    ),
    withIds(
      'Saka som vart send til barnevernet i Ålesund, gjeld ein gut på 11 år som skreiv at han bur i Kipervikgata 9, 6003 Ålesund. Vi forklarte han kvifor adressa ikkje skal delast i open chat, og foreldra er varsla.',
      'Kipervikgata 9',
      '6003 Ålesund',
    ),
    clean(
      'Status: foreldra er kontakta av politiet i Sogndal, og saka frå Minecraft-økta 2. mai er avslutta. Politistasjonssjef Bøe takkar for god dokumentasjon frå patruljen.',
    ),
  ],
  nl: [
    clean(
      'Nabespreking van de sessie op Roblox en Fortnite: 34 gesprekken, vooral met kinderen van 10 tot 13 jaar. Wat goed ging: de uitleg over nepwebsites met gratis V-Bucks. Wat minder ging: in de drukke Discord-servers kwamen we nauwelijks aan bod. Hoofdagent De Boer neemt de twee zaken mee die opvolging nodig hebben.',
    ),
    withIds(
      'Doorverwijzing naar Veilig Thuis Utrecht voor het meisje (13) uit het Snapchat-gesprek van 8 april. In het dossier staat per ongeluk haar BSN, 314796526; dat moet eruit voordat het naar de jeugdbescherming gaat.',
      '314796526',
    ),
    withIds(
      'Status doorverwijzing (Vlaanderen): de jongen van 13 uit het Fortnite-gesprek, rijksregisternummer 10.11.04-127.69, is doorgestuurd naar het Vertrouwenscentrum Kindermishandeling in Gent. De ouders zijn gecontacteerd en werken mee.',
      '10.11.04-127.69',
    ),
    clean(
      'Samenvatting voor de Europol-liaison is verstuurd. Deze week 71 gesprekken in Nederland en 38 in Vlaanderen, vooral over sextortion op Snapchat en oplichting met skins op Steam. Jongeren die hulp zoeken, verwijzen we naar de Kindertelefoon of, in België, naar 1712.',
    ),
    withIds(
      'Opvolging zaak 2024-118: de moeder van Daan Verhoeven (14) is gebeld op 06-43918270 en weet nu dat haar zoon op Discord is benaderd door een volwassene. Het verdere contact loopt via de jeugdagent in Zwolle.',
      'Daan Verhoeven',
      '06-43918270',
    ),
    clean(
      'Uit de handreiking van Kripos: vraag nooit om naaktbeelden als bewijs, ook niet als een jongere ze zelf aanbiedt. Verwijs door naar Helpwanted en noteer het zaaknummer. Inspecteur Janssens van de federale politie gebruikt dit voorbeeld in de Vlaamse opleiding.',
    ),
    withIds(
      'Nabespreking, te volgen zaak: een meisje van 12 dat op Roblox speelt als LotteSterretje2012, vertelde dat een “vriend” haar vroeg om over te stappen naar WhatsApp. We hebben uitgelegd hoe ze kan blokkeren en melden; de ouders zijn ingelicht.',
      'LotteSterretje2012',
    ),
    clean(
      'Status: de zaak van de jongen uit Antwerpen is afgesloten. Het CLB en de ouders zijn betrokken, en commissaris Peeters heeft het dossier afgetekend. Geen verdere actie van het team nodig.',
    ),
    withIds(
      'Doorverwezen naar Jongerenwelzijn: de jongen (11) gaf op Minecraft zijn adres, Kerkstraat 23, 9000 Gent, aan een onbekende speler. We hebben hem uitgelegd waarom dat gevaarlijk is, en zijn vader is op de hoogte gebracht.',
      'Kerkstraat 23',
      '9000 Gent',
    ),
    clean(
      'Teamleider: de TikTok-live van brigadier Bakker in Rotterdam leverde 150 vragen op, vooral over cyberpesten. Volgende keer plannen we twee agenten in plaats van één, zodat we sneller kunnen antwoorden.',
    ),
  ],
  fr: [
    clean(
      "Débriefing de la session du mercredi sur Fortnite et Roblox : 29 échanges, surtout avec des 11-14 ans. Ce qui a bien marché : les explications sur les arnaques aux V-Bucks gratuits. Ce qui a moins bien marché : les serveurs Discord trop chargés. L'inspecteur Dubois suit les deux dossiers à surveiller.",
    ),
    withIds(
      "Signalement transmis à la CRIP de Paris pour la jeune fille de 12 ans rencontrée sur Snapchat. Son numéro de sécurité sociale, 2 11 05 75 115 045 32, figure par erreur dans la fiche : il faut le supprimer avant l'envoi à l'ASE.",
      '2 11 05 75 115 045 32',
    ),
    withIds(
      'Suivi du dossier à Liège : le garçon de 13 ans, Lucas Lambert, numéro national 11.02.18-284.32, a été orienté vers le SAJ. Les parents ont été contactés et collaborent.',
      'Lucas Lambert',
      '11.02.18-284.32',
    ),
    clean(
      "Note d'orientation de Kripos, traduite pour les équipes francophones : quand un jeune parle de chantage à la webcam, ne jamais demander les images. Donner le 116 111, en France le 3018 et en Belgique le 103, puis noter le numéro de dossier avant la fin de la patrouille.",
    ),
    withIds(
      "Statut : les parents du garçon de 14 ans rencontré sur Discord ont été joints au 06 71 38 22 49 ; il est désormais suivi par l'assistante sociale du collège. Dossier transmis à la brigade de protection des familles de Lyon.",
      '06 71 38 22 49',
    ),
    clean(
      "Résumé pour l'officier de liaison Europol : 84 conversations en France et en Belgique cette semaine, principalement sur TikTok, Roblox et Twitch. Tendance marquante : hausse des tentatives de sextorsion visant des garçons de 15-16 ans. Le commissaire Lefèvre présentera ces chiffres à La Haye.",
    ),
    withIds(
      "Cas à suivre : une fille de 13 ans, pseudo Lili_Moonlight59 sur TikTok, dit qu'un adulte lui propose de l'argent pour des vidéos. Elle a été orientée vers le 3018 et ses parents sont prévenus.",
      'Lili_Moonlight59',
    ),
    clean(
      "Statut du dossier 2024/0712 : clôturé. L'enfant a été pris en charge par l'aide à la jeunesse de Namur et le brigadier-chef Martin en a informé l'équipe. Aucune action supplémentaire.",
    ),
    withIds(
      "Débriefing, point à suivre : le garçon qui s'appelle Noah, 12 ans, a donné son adresse mail, noah.girard12 arobase gmail point com, à un joueur inconnu sur Minecraft. Nous lui avons expliqué comment changer son mot de passe, et sa mère a été contactée.",
      'Noah',
      'noah.girard12 arobase gmail point com',
    ),
    clean(
      "Bilan de l'équipe de Bruxelles : la séance sur Steam a été décevante, seulement cinq échanges, mais le live TikTok de l'inspectrice principale Claes a attiré plus de 250 jeunes. À refaire pendant les vacances de Pâques.",
    ),
  ],
  de: [
    clean(
      'Nachbesprechung der Streife auf Twitch und Fortnite: 37 Gespräche, überwiegend mit 12- bis 15-Jährigen. Gut lief die Aufklärung über gefälschte Gewinnspiele, weniger gut die großen Discord-Server, auf denen unsere Beiträge untergingen. Polizeioberkommissarin Weber übernimmt die zwei Fälle zur Nachverfolgung.',
    ),
    withIds(
      'Weitergabe an das Jugendamt Hannover: Das Mädchen auf Snapchat (13, sie heißt Lea) wurde von einem Erwachsenen zu einem Treffen am Hauptbahnhof gedrängt. Die Eltern sind informiert, das Jugendamt hat den Fall übernommen.',
      'Lea',
    ),
    withIds(
      'Stand Vorgang 2024-0311: Der Junge (14) aus dem Roblox-Gespräch hatte seine Handynummer 0176 4482 9031 in einem öffentlichen Chat gepostet. Die Mutter wurde kontaktiert, der Beitrag ist inzwischen gelöscht.',
      '0176 4482 9031',
    ),
    clean(
      'Leitfaden von Kripos, deutsche Fassung: Wenn ein Jugendlicher von Erpressung mit Bildern berichtet, nie um die Bilder bitten. Auf die Nummer gegen Kummer, 116 111, hinweisen und das Aktenzeichen notieren. Bei akuter Gefahr: 110.',
    ),
    withIds(
      'Übergabe an das Jugendamt München: Ein Junge (12) nannte einem Unbekannten auf Minecraft seine Adresse, Lindenstraße 14, 80331 München. Wir haben ihm erklärt, warum so etwas nicht in den Chat gehört; die Eltern wurden verständigt.',
      'Lindenstraße 14',
      '80331 München',
    ),
    clean(
      'Zusammenfassung für die Europol-Verbindungsstelle: 92 Gespräche in dieser Woche, vor allem auf Roblox, TikTok und Steam. Auffällig: mehr Betrugsversuche mit angeblich gewonnenen Skins. Kriminalhauptkommissar Schneider stellt die Zahlen in Den Haag vor.',
    ),
    withIds(
      'Nachzuverfolgen: Finn Hoffmann (14), auf Fortnite als FinnTheKing_07 unterwegs, erzählte, dass er in die 8c der Goethe-Gesamtschule geht und von Mitschülern erpresst wird. Fall an die Schulsozialarbeit und das Jugendamt Bochum weitergegeben.',
      'Finn Hoffmann',
      'FinnTheKing_07',
      'Goethe-Gesamtschule',
    ),
    clean(
      'Stand: Der Fall aus der Twitch-Streife vom 14. Mai ist abgeschlossen. Das Jugendamt Leipzig hat sich gemeldet, die Eltern wurden von Polizeihauptmeister Krüger kontaktiert. Kein weiterer Handlungsbedarf.',
    ),
    clean(
      'Rückblick der Teamleitung: Der Livestream auf TikTok mit Polizeikommissar Yılmaz lief sehr gut, mit über 300 Fragen zu Cybermobbing. Die Steam-Gruppenchats bringen dagegen kaum etwas; wir streichen sie für den Sommer.',
    ),
    withIds(
      'Weitergabe an die Kollegen in Köln: Eine Zwölfjährige hat auf Roblox ihre E-Mail-Adresse als emma.schulz2012 at web punkt de in den Chat geschrieben, und seitdem melden sich Fremde bei ihr. Die Eltern sind informiert, die Adresse wird geändert.',
      'emma.schulz2012 at web punkt de',
    ),
  ],
  is: [
    clean(
      'Samantekt eftir kvöldvaktina á Discord og Roblox: 23 samtöl, flest við krakka á aldrinum 11 til 14 ára. Það gekk vel að útskýra svikasíður sem lofa ókeypis Robux en verr í stórum Discord-rásum þar sem enginn las skilaboðin okkar. Varðstjórinn fylgir tveimur málum eftir.',
    ),
    withIds(
      'Tilkynning send til barnaverndar Reykjavíkur vegna stúlku (13) sem við ræddum við á Snapchat. Kennitala hennar, 150310-2020, var skráð í málið fyrir mistök og hana þarf að fjarlægja áður en málið fer lengra.',
      '150310-2020',
    ),
    withIds(
      'Úr leiðbeiningum Kripos, dæmi 2: Aron Freyr Gunnarsson, 14 ára, sagði okkur á Fortnite að fullorðinn maður hefði boðið honum peninga fyrir myndir. Dæmið sýnir hvers vegna við spyrjum alltaf um aldur snemma í samtalinu.',
      'Aron Freyr Gunnarsson',
    ),
    clean(
      'Leiðbeiningar frá Kripos: ef ungmenni segir frá hótunum eða fjárkúgun á aldrei að biðja um myndirnar. Bendið á Hjálparsíma Rauða krossins, 1717, eða 112 ef hætta er á ferðum, og skráið málsnúmerið.',
    ),
    withIds(
      'Staða máls 007-2024-1183: hringt var í foreldra drengsins (12) af Minecraft-þjóninum í síma 862 4417 og málið er komið til barnaverndar Kópavogs.',
      '862 4417',
    ),
    clean(
      'Samantekt á ensku fyrir tengilið Europol hefur verið send. Íslenska teymið átti 58 samtöl í vikunni, aðallega á TikTok, Roblox og Fortnite. Engin mál kölluðu á tafarlaus viðbrögð en tvö voru tilkynnt til barnaverndar á Akureyri og í Hafnarfirði.',
    ),
    withIds(
      'Mál til eftirfylgni: stúlka (12) sem kallar sig solrun_gamer10 á Roblox sagði að eldri notandi vildi færa spjallið yfir á Snapchat. Við ráðlögðum henni að loka á hann og tilkynna hann, og móðir hennar hefur verið látin vita.',
      'solrun_gamer10',
    ),
    clean(
      'Mat teymisstjóra: beina útsendingin á TikTok gekk mjög vel og yfir 150 spurningar bárust, flestar um neteinelti. Twitch skilaði litlu að þessu sinni. Fylgja þarf þremur málum eftir og eru þau öll skráð með málsnúmeri.',
    ),
    withIds(
      'Tilvísun til barnaverndar Akureyrar: drengur (11) gaf ókunnugum spilara á Minecraft upp heimilisfangið sitt, Hafnarstræti 88, 600 Akureyri. Við útskýrðum fyrir honum hvers vegna það er ekki góð hugmynd og foreldrarnir hafa verið látnir vita.',
      'Hafnarstræti 88',
      '600 Akureyri',
    ),
    clean(
      'Staða: málinu frá Snapchat-vaktinni 3. apríl er lokið. Barnavernd Reykjavíkur tók við því og lögreglan á höfuðborgarsvæðinu hafði samband við foreldrana. Engar frekari aðgerðir af okkar hálfu.',
    ),
  ],
  fi: [
    clean(
      'Purku illan partiovuorosta Discordissa ja Robloxissa: 31 keskustelua, enimmäkseen 11–14-vuotiaiden kanssa. Hyvin toimi huijaussivustoista kertominen, huonommin isot Discord-palvelimet, joilla viestimme hukkuivat. Vanhempi konstaapeli Lehtonen jatkaa kahden tapauksen seurantaa.',
    ),
    withIds(
      'Lastensuojeluilmoitus tehty Tampereelle Snapchat-keskustelun 12-vuotiaasta tytöstä. Hänen henkilötunnuksensa 230612A148J on kirjattu ilmoitukseen vahingossa, ja se on poistettava ennen kuin asia etenee.',
      '230612A148J',
    ),
    clean(
      'Kriposin ohje: jos nuori kertoo kiristyksestä, kuvia ei koskaan pyydetä todisteeksi. Ohjaa nuori Lasten ja nuorten puhelimeen 116 111 ja kirjaa asianumero. Hätätilanteessa soitetaan 112.',
    ),
    withIds(
      'Kriposin ohjeesta, esimerkki 4: 14-vuotias Eetu Mäkinen kertoi Fortnitessa, että aikuinen pelaaja tarjosi hänelle V-Buckseja kuvia vastaan. Esimerkki osoittaa, miksi ikä kannattaa selvittää heti keskustelun alussa.',
      'Eetu Mäkinen',
    ),
    withIds(
      'Tilanne asiassa 5500/R/11824/24: pojan (13) äiti tavoitettiin numerosta 040 718 2293, ja poika on nyt koulukuraattorin tuen piirissä. Oulun lastensuojelu sulkee asian, ellei uutta tietoa tule.',
      '040 718 2293',
    ),
    clean(
      'Yhteenveto Europolin yhteyshenkilölle on lähetetty. Suomen tiimi kävi viikon aikana 64 keskustelua, eniten TikTokissa, Robloxissa ja Minecraftissa. Kaksi tapausta ilmoitettiin lastensuojeluun Helsingissä ja Jyväskylässä. Rikoskomisario Virtanen esittelee luvut Haagissa.',
    ),
    withIds(
      'Seurattava tapaus: 13-vuotias tyttö, joka käyttää TikTokissa nimeä pinkkiponi_2011, kertoi aikuisen miehen pyytäneen häntä siirtymään Telegramiin. Neuvoimme estämään ja ilmoittamaan tilin, ja vanhemmille on kerrottu asiasta.',
      'pinkkiponi_2011',
    ),
    clean(
      'Tiiminvetäjän arvio: ylikonstaapeli Nieminen veti TikTok-livelähetyksen, johon tuli yli 200 kysymystä nettikiusaamisesta. Twitch ei tuottanut juuri mitään, joten jätämme sen kesällä pois.',
    ),
    withIds(
      'Ohjaus lastensuojeluun Turussa: 11-vuotias poika kertoi Minecraftissa tuntemattomalle pelaajalle osoitteensa, Puutarhakatu 17 B 12, 20100 Turku. Kerroimme hänelle, miksi osoitetta ei pidä jakaa, ja vanhemmat on tavoitettu.',
      'Puutarhakatu 17 B 12',
      '20100 Turku',
    ),
    clean(
      'Tilanne: Snapchat-partiossa 4. toukokuuta alkanut asia on päätetty. Kuopion lastensuojelu otti asian hoitaakseen, ja vanhempi konstaapeli Korhonen oli yhteydessä perheeseen. Ei jatkotoimia.',
    ),
  ],
  sv: [
    withIds(
      'Orosanmälan skickad till socialtjänsten i Uppsala gällande flickan (12) från Snapchat-samtalet. Hennes personnummer 120204-4622 har av misstag förts in i ärendet och ska tas bort innan det skickas vidare.',
      '120204-4622',
    ),
    clean(
      'Avrapport från kvällspasset på Discord och Fortnite: 36 samtal, mest med 12–15-åringar. Det som gick bra var att förklara bluffsidor med gratis V-Bucks; det som gick sämre var de stora Discord-servrarna där ingen läste våra inlägg. Polisinspektör Lindqvist följer upp två ärenden.',
    ),
    clean(
      'Vägledning från Kripos: om en ung person berättar om utpressning med bilder ska vi aldrig be om bilderna. Hänvisa till BRIS på 116 111 och vid fara till 112, och anteckna ärendenumret innan passet avslutas.',
    ),
    withIds(
      'Ur Kripos vägledning, exempel 5: en pojke på 13 år som heter Elias berättade på Roblox att en vuxen ville träffa honom vid Centralstationen i Malmö. Fallet visar varför vi alltid frågar efter ålder och hänvisar till BRIS.',
      'Elias',
    ),
    withIds(
      'Status ärende K123456-24: föräldrarna till Wilma Sandberg (14) nåddes på 073-412 88 05 och vet nu att dottern blivit kontaktad av en vuxen på TikTok. Ärendet ligger hos socialtjänsten i Örebro.',
      'Wilma Sandberg',
      '073-412 88 05',
    ),
    clean(
      'Sammanfattningen till Europols sambandsman är skickad. Det svenska teamet hade 77 samtal under veckan, främst på Roblox, Minecraft och Twitch. Två ärenden anmäldes till socialtjänsten i Göteborg och Luleå. Kommissarie Holm presenterar siffrorna i Haag.',
    ),
    withIds(
      'Att följa upp: en pojke på 14 år som spelar som xX_Viking_Lukas_Xx på Fortnite har blivit hotad av äldre spelare. Vi gav råd om att blockera och anmäla, och mamman är kontaktad.',
      'xX_Viking_Lukas_Xx',
    ),
    clean(
      'Teamledarens utvärdering: TikTok-sändningen med polisassistent Ek gick mycket bra, med över 180 frågor om nätmobbning. Steam-grupperna gav nästan ingenting och stryks över sommaren.',
    ),
    withIds(
      'Överlämnat till socialtjänsten i Västerås: pojken (11) skrev sin adress, Kopparbergsvägen 31, 722 13 Västerås, i en öppen chatt på Minecraft. Vi förklarade varför man inte delar sådant, och föräldrarna är underrättade.',
      'Kopparbergsvägen 31',
      '722 13 Västerås',
    ),
    clean(
      'Status: ärendet från Snapchat-passet den 6 maj är avslutat. Socialtjänsten i Umeå har tagit över och föräldrarna kontaktades av polisen i Västerbotten. Inga fler åtgärder från vår sida.',
    ),
  ],
};
