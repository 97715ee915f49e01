/**
 * Round forty: written blind, before the detector was run on it.
 * Notes and week-report paragraphs that name adults in public roles (ministers, police chiefs, Europol and Kripos
 * officials by title, EMPACT drivers, cited researchers, journalists, the press officer, a co-hosting streamer);
 * the clean half must stay clean, and the other half hides one identifier of a young person among those names.
 */

import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FORTY: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    clean(
      'Week report, Monday: Chief Constable Helen Marsh opened the Action Week from the Kripos studio in Oslo together with politidirektør Eva Lunde. Europol liaison officer Jonas Vermeer will read the outcomes on Friday.',
    ),
    clean(
      'The Thursday stream on Twitch was co-hosted by streamer Kayla Morgan, who has a large audience of 12–15-year-olds. Chat questions were mostly about scams with free V-Bucks and how to report them.',
    ),
    clean(
      'For the background section we cite Dr Sarah Okafor (University of Leeds) and Professor Anders Vik on grooming patterns in Roblox; both studies are public and listed in the annex.',
    ),
    clean(
      'BBC journalist Tom Elling followed our patrol on Minecraft for an evening. The Kripos press officer, Line Haugen, checked his article before publication; no young people are named in it.',
    ),
    clean(
      'EMPACT driver for the operational action, Chief Inspector Marieke de Vos (Politie), thanked the Icelandic and Finnish teams. Policing minister Daniel Hurst sent a short video message to all five teams.',
    ),
    withIds(
      "The Commissioner's visit went well. Later on Discord a boy of 13 told us he plays as xXShadowFoxXx and that an adult had asked him for photos; referred to the reporting channel.",
      'xXShadowFoxXx',
    ),
    withIds(
      'After Superintendent Rachel Ince left the stream, a girl (14) wrote her own mobile number, 07700 900461, in the chat and asked us to call her; we removed the message and explained why.',
      '07700 900461',
    ),
    withIds(
      'Europol liaison Jonas Vermeer asked for an example of what the young people ask. Example: a 12-year-old spelled out his e-mail as jamie dot wren2011 at gmail dot com so we could "add him" — we declined.',
      'jamie dot wren2011 at gmail dot com',
    ),
    withIds(
      'Chief Inspector Marieke de Vos joined the Roblox patrol. A boy said a classmate, Tyler Brennan, is being bullied on a private server; we told him how to report it.',
      'Tyler Brennan',
    ),
    withIds(
      'Journalist Tom Elling was present when a girl told us she is in 8C at Hollybrook Academy and that older players follow her from the game into the school group chat.',
      '8C at Hollybrook Academy',
    ),
  ],
  nb: [
    clean(
      'Ukerapport tirsdag: Politidirektør Eva Lunde åpnet aksjonsuka fra Kripos sine lokaler i Oslo. Sjef for Kripos, Tor Olav Brekke, takket de belgiske og nederlandske lagene for innsatsen på Roblox.',
    ),
    clean(
      'Strømmen på Twitch torsdag ble ledet sammen med strømmeren Mathias Haugland, som har mange unge følgere. Spørsmålene handlet mest om svindel med gratis skins og hvordan man melder fra.',
    ),
    clean(
      'I bakgrunnsdelen viser vi til forsker Ingrid Fossum ved Politihøgskolen og professor Kari Nystuen (NTNU) om grooming i spill. Begge rapportene er offentlige og ligger i vedlegget.',
    ),
    clean(
      'NRK-journalist Sigrid Moen fulgte patruljen vår i Minecraft onsdag kveld. Kommunikasjonsrådgiver Henrik Tangen hos Kripos leste gjennom saken før publisering.',
    ),
    clean(
      'Justisminister Marte Berg besøkte studioet fredag og snakket med Europol-kontakt Pieter Janssens om resultatene. EMPACT-driver Anne Sofie Kvam oppsummerte uka for alle fem landene.',
    ),
    withIds(
      'Etter at politimester Geir Rønning hadde vært innom Discord-strømmen, skrev en gutt på 13 år at han heter Sander Ødegård og at en voksen har bedt ham om bilder. Henvist til tipsløsningen.',
      'Sander Ødegård',
    ),
    withIds(
      'Justisministerens besøk ga mye trafikk. En jente (14) la ut mobilnummeret sitt, 912 48 305, i chatten på TikTok-live; vi slettet meldingen og forklarte hvorfor.',
      '912 48 305',
    ),
    withIds(
      'Kripos-sjef Tor Olav Brekke ville ha eksempler. En gutt på 12 skrev fødselsnummeret sitt, 14031151288, fordi han trodde vi trengte det for å «sjekke kontoen». Meldingen ble slettet.',
      '14031151288',
    ),
    withIds(
      'Forsker Ingrid Fossum var med på Roblox-patruljen. En jente sa at brukernavnet hennes er lillemy_2011 og at noen eldre spillere følger etter henne fra server til server.',
      'lillemy_2011',
    ),
    withIds(
      'Kommunikasjonsrådgiver Henrik Tangen var til stede da en gutt fortalte at han går i 7B på Kjelsås skole og blir mobbet i klassens Snapchat-gruppe.',
      '7B på Kjelsås skole',
    ),
  ],
  nn: [
    clean(
      'Vekerapport onsdag: Politidirektør Eva Lunde helsa til alle laga frå Kripos-studioet. Europol-kontakten Jonas Vermeer les resultata for dei andre landa på fredag.',
    ),
    clean(
      'Strøymaren Ola Rørvik var medvert på Twitch-sendinga torsdag kveld. Om lag 700 sjåarar, og dei fleste spørsmåla gjaldt korleis ein melder svindel i Fortnite.',
    ),
    clean(
      'I bakgrunnsdelen viser vi til forskaren Solveig Hjelmeland ved Høgskulen på Vestlandet, som har skrive om unge og nettspel. Rapporten er open og ligg i vedlegget.',
    ),
    clean(
      'Journalist Knut Bakkejord frå NRK Vestland følgde patruljen vår i Minecraft. Kommunikasjonsrådgjevar Henrik Tangen i Kripos las gjennom saka før ho vart publisert.',
    ),
    clean(
      'Politimeister Randi Sæbø i Vest politidistrikt og EMPACT-drivar Anne Sofie Kvam vitja studioet. Dei takka dei islandske og finske laga for godt samarbeid.',
    ),
    withIds(
      'Etter at politimeister Randi Sæbø hadde vore innom Discord-sendinga, skreiv ei jente på 13 at e-postadressa hennar er ingrid.hovland2012@gmail.com og bad oss sende ein venneførespurnad. Vi svara nei og forklarte kvifor.',
      'ingrid.hovland2012@gmail.com',
    ),
    withIds(
      'Forskaren Solveig Hjelmeland var med på Roblox-patruljen. Ein gut sa at klassekameraten hans, Eirik Tveit, blir plaga av eldre spelarar i ein privat server.',
      'Eirik Tveit',
    ),
    withIds(
      'Journalisten frå NRK Vestland var til stades då ein gut på 14 fortalde at han bur i Øvre Hjelle 7, 6856 Sogndal, og at nokon har truga med å kome dit.',
      'Øvre Hjelle 7, 6856 Sogndal',
    ),
    withIds(
      'EMPACT-drivaren spurde om døme. Ein gut på 12 skreiv at spelarnamnet hans i Fortnite er FjordKongen07 og bad oss leggje han til som ven.',
      'FjordKongen07',
    ),
    withIds(
      'Politidirektøren var med på sendinga då ei jente (15) skreiv telefonnummeret sitt, 478 21 096, og bad oss ringje. Meldinga vart sletta med ein gong.',
      '478 21 096',
    ),
  ],
  nl: [
    clean(
      'Weekverslag maandag: korpschef Hanneke van Dijk opende de actieweek samen met de Noorse politiedirecteur Eva Lunde. Europol-verbindingsofficier Jonas Vermeer leest vrijdag de resultaten voor.',
    ),
    clean(
      'De Twitch-stream van donderdag presenteerden we samen met streamer Sem Verhoeven, die veel jonge volgers heeft. De meeste vragen gingen over oplichting met gratis V-Bucks.',
    ),
    clean(
      'In de achtergrondparagraaf verwijzen we naar onderzoeker Femke Bakker (Universiteit Utrecht) en hoogleraar Joris Peeters (KU Leuven) over grooming in games. Beide studies zijn openbaar.',
    ),
    clean(
      'NOS-journalist Lotte de Graaf liep een avond mee met onze patrouille in Minecraft. Woordvoerder Henrik Tangen van Kripos las het artikel voor publicatie na.',
    ),
    clean(
      'Minister Ruben Vos van Justitie en Veiligheid bezocht de studio; de Belgische commissaris-generaal Marc De Wilde en EMPACT-driver Marieke de Vos gaven een korte toelichting op de tussenstand.',
    ),
    withIds(
      "Na het bezoek van korpschef Hanneke van Dijk aan de Discord-stream schreef een jongen van 13 dat hij op Roblox speelt als DutchNinja_2011 en dat een volwassene hem om foto's vroeg. Doorverwezen naar het meldpunt.",
      'DutchNinja_2011',
    ),
    withIds(
      'Terwijl commissaris-generaal Marc De Wilde meekeek, zette een meisje (14) haar gsm-nummer 0471 28 53 16 in de chat. We hebben het bericht verwijderd en uitgelegd waarom.',
      '0471 28 53 16',
    ),
    withIds(
      'Onderzoeker Femke Bakker vroeg om voorbeelden. Een jongen van 12 typte zijn BSN, 237418654, omdat hij dacht dat we dat nodig hadden om zijn account te "checken".',
      '237418654',
    ),
    withIds(
      'Woordvoerder Henrik Tangen was erbij toen een meisje vertelde dat ze in groep 8b van basisschool De Regenboog zit en dat oudere spelers haar daar na school opwachten.',
      'groep 8b van basisschool De Regenboog',
    ),
    withIds(
      'Minister Ruben Vos stelde zelf een vraag in de chat. Daarna schreef een jongen dat zijn klasgenoot Daan Smits wordt gepest op een privéserver in Minecraft.',
      'Daan Smits',
    ),
  ],
  fr: [
    clean(
      "Rapport de la semaine, mardi : le commissaire général Marc De Wilde a ouvert la semaine d'action aux côtés de la directrice de la police norvégienne, Eva Lunde. L'officier de liaison d'Europol Jonas Vermeer lira les résultats vendredi.",
    ),
    clean(
      'Le stream Twitch de jeudi a été coanimé avec le streamer Lucas Dumont, très suivi par les 12-15 ans. La plupart des questions portaient sur les arnaques aux V-Bucks gratuits.',
    ),
    clean(
      'Dans la partie contexte, nous citons la chercheuse Claire Lemaire (UCLouvain) et le professeur Thomas Gérard (Université de Liège) sur le grooming dans les jeux en ligne. Les deux études sont publiques.',
    ),
    clean(
      "La journaliste Sophie Lambert (RTBF) a suivi notre patrouille sur Minecraft mercredi soir. Le chargé de presse de Kripos, Henrik Tangen, a relu l'article avant publication.",
    ),
    clean(
      "La ministre de l'Intérieur Nathalie Dubois a visité le studio ; la pilote EMPACT Marieke de Vos a présenté le bilan intermédiaire et remercié les équipes islandaise et finlandaise.",
    ),
    withIds(
      "Après le passage du commissaire général sur le stream Discord, une fille de 13 ans a écrit qu'elle s'appelle Léa Vandenberghe et qu'un adulte lui demande des photos. Orientée vers Child Focus.",
      'Léa Vandenberghe',
    ),
    withIds(
      "La chercheuse Claire Lemaire voulait des exemples. Un garçon de 12 ans a donné son numéro de registre national, 12.06.21-137.41, en pensant qu'on en avait besoin pour « vérifier son compte ».",
      '12.06.21-137.41',
    ),
    withIds(
      'Pendant la visite de la ministre, un garçon (14 ans) a écrit son adresse e-mail en toutes lettres : noah point lambert arobase hotmail point be. Message supprimé, explications données.',
      'noah point lambert arobase hotmail point be',
    ),
    withIds(
      "La journaliste de la RTBF était présente quand une fille a raconté qu'elle est en 6e B à l'école Saint-Exupéry et que des joueurs plus âgés l'attendent à la sortie.",
      "6e B à l'école Saint-Exupéry",
    ),
    withIds(
      "Le chargé de presse Henrik Tangen nous a rejoints sur Fortnite. Un garçon nous a dit que son pseudo est P4nd4Roux_be et qu'un joueur plus âgé le menace en message privé.",
      'P4nd4Roux_be',
    ),
  ],
  de: [
    clean(
      'Wochenbericht Montag: Polizeipräsident Stefan Krämer eröffnete gemeinsam mit der norwegischen Polizeidirektorin Eva Lunde die Aktionswoche. Europol-Verbindungsbeamter Jonas Vermeer trägt am Freitag die Ergebnisse vor.',
    ),
    clean(
      'Den Twitch-Stream am Donnerstag haben wir zusammen mit dem Streamer Felix Brandt moderiert, der viele junge Follower hat. Die meisten Fragen drehten sich um Betrug mit angeblich kostenlosen Skins.',
    ),
    clean(
      'Im Hintergrundteil zitieren wir die Kriminologin Dr. Julia Hartmann (Universität Hamburg) und Prof. Markus Seidel zum Thema Cybergrooming in Onlinespielen. Beide Studien sind öffentlich.',
    ),
    clean(
      'Die Journalistin Anna Wegener vom BRF begleitete unsere Streife in Minecraft. Der Pressesprecher von Kripos, Henrik Tangen, hat den Beitrag vor der Veröffentlichung gegengelesen.',
    ),
    clean(
      'Innenministerin Katrin Vogel besuchte das Studio; EMPACT-Treiberin Marieke de Vos und Kripos-Chef Tor Olav Brekke stellten die Zwischenbilanz der Woche vor.',
    ),
    withIds(
      'Nachdem Polizeipräsident Stefan Krämer im Discord-Stream war, schrieb ein 13-jähriger Junge, dass er in Fortnite als BlitzWolf_09 spielt und ein Erwachsener ihn um Fotos gebeten hat. An die Meldestelle verwiesen.',
      'BlitzWolf_09',
    ),
    withIds(
      'Während die Innenministerin zuschaute, postete ein Mädchen (14) ihre Handynummer 0151 47382916 im Chat. Nachricht gelöscht und erklärt, warum.',
      '0151 47382916',
    ),
    withIds(
      'Dr. Julia Hartmann bat um Beispiele. Ein Junge erzählte, dass sein Klassenkamerad Leon Reuter auf einem privaten Server von älteren Spielern gemobbt wird.',
      'Leon Reuter',
    ),
    withIds(
      'Pressesprecher Henrik Tangen war dabei, als ein Mädchen sagte, sie wohne in der Lindenstraße 23, 4700 Eupen, und ein älterer Spieler habe gedroht, dort vorbeizukommen.',
      'Lindenstraße 23, 4700 Eupen',
    ),
    withIds(
      'Die Journalistin vom BRF war im Stream, als ein Mädchen schrieb, sie gehe in die 7b der Gesamtschule Am Lindenhof und werde dort in einer Snapchat-Gruppe bloßgestellt.',
      '7b der Gesamtschule Am Lindenhof',
    ),
  ],
  is: [
    clean(
      'Vikuskýrsla, mánudagur: Ríkislögreglustjóri Sigrún Jónsdóttir opnaði aðgerðavikuna ásamt norska ríkislögreglustjóranum Evu Lunde. Tengiliður Europol, Jonas Vermeer, les niðurstöðurnar á föstudaginn.',
    ),
    clean(
      'Streymið á Twitch á fimmtudaginn var í umsjón okkar og streymandans Arnars Þórs Helgasonar, sem á marga unga fylgjendur. Flestar spurningarnar snerust um svindl með ókeypis V-Bucks.',
    ),
    clean(
      'Í bakgrunnskaflanum vísum við í rannsóknir dr. Hildar Magnúsdóttur við Háskóla Íslands um börn og tölvuleiki. Skýrslan er opinber og fylgir í viðauka.',
    ),
    clean(
      'Fréttakonan Katrín Egilsdóttir hjá RÚV fylgdist með eftirliti okkar í Minecraft. Upplýsingafulltrúi Kripos, Henrik Tangen, las fréttina yfir fyrir birtingu.',
    ),
    clean(
      'Dómsmálaráðherra Guðrún Ólafsdóttir heimsótti stúdíóið og lögreglustjórinn á höfuðborgarsvæðinu, Halldór Bergsson, kynnti stöðuna. Marieke de Vos, stjórnandi EMPACT-aðgerðarinnar, þakkaði fyrir samstarfið.',
    ),
    withIds(
      'Eftir að ríkislögreglustjóri hafði litið við í Discord-streyminu skrifaði 13 ára strákur að hann héti Kristófer Ari Jónsson og að fullorðinn maður hefði beðið hann um myndir. Vísað á ábendingagátt lögreglunnar.',
      'Kristófer Ari Jónsson',
    ),
    withIds(
      'Dr. Hildur Magnúsdóttir bað um dæmi. 12 ára stelpa skrifaði kennitöluna sína, 090512-2180, því hún hélt að við þyrftum hana til að „staðfesta aðganginn“.',
      '090512-2180',
    ),
    withIds(
      'Meðan dómsmálaráðherra fylgdist með skrifaði stelpa (14 ára) símanúmerið sitt, 862 4417, í spjallið. Skilaboðunum var eytt og við útskýrðum af hverju.',
      '862 4417',
    ),
    withIds(
      'Upplýsingafulltrúinn var viðstaddur þegar strákur sagði að hann væri í 7. H í Hólabrekkuskóla og að eldri spilarar væru að áreita hann eftir skóla.',
      '7. H í Hólabrekkuskóla',
    ),
    withIds(
      'Fréttakonan frá RÚV var í streyminu þegar strákur sagði að vinur hans, Bjartur, væri lagður í einelti á lokuðum Roblox-þjóni.',
      'Bjartur',
    ),
  ],
  fi: [
    clean(
      'Viikkoraportti, maanantai: Poliisiylijohtaja Jari Laaksonen avasi toimintaviikon yhdessä Norjan poliisijohtajan Eva Lunden kanssa. Europolin yhteyshenkilö Jonas Vermeer lukee tulokset perjantaina.',
    ),
    clean(
      'Torstain Twitch-striimi juonnettiin yhdessä striimaaja Aleksi Virtasen kanssa; hänellä on paljon nuoria seuraajia. Useimmat kysymykset koskivat huijauksia ilmaisilla V-Bucksilla.',
    ),
    clean(
      'Taustaosiossa viittaamme tutkija Hanna Mäkelän (Tampereen yliopisto) ja professori Mikko Rautiaisen tutkimuksiin nuorista ja verkkopeleistä. Molemmat julkaisut ovat julkisia.',
    ),
    clean(
      'Ylen toimittaja Saara Heikkinen seurasi partiotamme Minecraftissa keskiviikkoiltana. Kriposin tiedottaja Henrik Tangen luki jutun ennen julkaisua.',
    ),
    clean(
      'Sisäministeri Liisa Korhonen vieraili studiossa, ja Helsingin poliisilaitoksen poliisipäällikkö Timo Salminen esitteli välitilanteen. EMPACT-vetäjä Marieke de Vos kiitti suomalaista tiimiä.',
    ),
    withIds(
      'Poliisiylijohtajan vierailun jälkeen Discord-striimissä 13-vuotias poika kirjoitti, että hänen pelinimensä Robloxissa on SuomiSusi_12 ja että aikuinen on pyytänyt häneltä kuvia. Ohjattu Nettipoliisin vinkkilomakkeelle.',
      'SuomiSusi_12',
    ),
    withIds(
      'Tutkija Hanna Mäkelä pyysi esimerkkejä. 12-vuotias poika kirjoitti henkilötunnuksensa 230911A2843, koska luuli, että tarvitsemme sen tilin tarkistamiseen.',
      '230911A2843',
    ),
    withIds(
      'Sisäministerin seuratessa striimiä tyttö (14) kirjoitti puhelinnumeronsa 040 718 2295 chattiin. Viesti poistettiin ja kerroimme miksi.',
      '040 718 2295',
    ),
    withIds(
      'Tiedottaja Henrik Tangen oli paikalla, kun tyttö kertoi asuvansa osoitteessa Koivukuja 5 B 12, 33720 Tampere, ja että vanhempi pelaaja on uhannut tulla sinne.',
      'Koivukuja 5 B 12, 33720 Tampere',
    ),
    withIds(
      'Ylen toimittaja oli mukana striimissä, kun poika kertoi, että hänen luokkakaverinsa Veeti Lehtonen on joutunut kiusatuksi yksityisellä palvelimella.',
      'Veeti Lehtonen',
    ),
  ],
  sv: [
    clean(
      'Veckorapport måndag: Rikspolischefen Karin Åberg öppnade aktionsveckan tillsammans med den norska polisdirektören Eva Lunde. Europols sambandsman Jonas Vermeer läser upp resultaten på fredag.',
    ),
    clean(
      'Torsdagens Twitch-sändning leddes tillsammans med streamern Elias Lindqvist, som har många unga följare. De flesta frågorna handlade om bedrägerier med gratis skins.',
    ),
    clean(
      'I bakgrundsavsnittet hänvisar vi till forskaren Maria Sjöberg vid Åbo Akademi och professor Johan Nyström om grooming i onlinespel. Båda rapporterna är offentliga.',
    ),
    clean(
      'Journalisten Emma Holm från Svenska Yle följde vår patrull i Minecraft på onsdagskvällen. Kripos pressansvarige Henrik Tangen läste igenom artikeln före publicering.',
    ),
    clean(
      'Justitieminister Anders Bergkvist besökte studion, och polismästare Lena Forsberg presenterade lägesbilden. EMPACT-drivaren Marieke de Vos tackade de nordiska teamen.',
    ),
    withIds(
      'Efter att rikspolischefen varit med i Discord-sändningen skrev en flicka på 13 att hon heter Alva, spelar Roblox varje kväll och att en vuxen bett henne om bilder. Hänvisad till tipsfunktionen.',
      'Alva',
    ),
    withIds(
      'Forskaren Maria Sjöberg ville ha exempel. En pojke på 12 skrev sitt personnummer, 120417-3866, eftersom han trodde att vi behövde det för att ”verifiera kontot”.',
      '120417-3866',
    ),
    withIds(
      'Medan justitieministern tittade på skrev en flicka (14) sitt mobilnummer 070-482 19 63 i chatten. Meddelandet togs bort och vi förklarade varför.',
      '070-482 19 63',
    ),
    withIds(
      'Pressansvarige Henrik Tangen var med när en pojke berättade att han går i 6C på Kvarnbackaskolan och att äldre spelare trakasserar honom efter skolan.',
      '6C på Kvarnbackaskolan',
    ),
    withIds(
      'Journalisten från Svenska Yle var med i sändningen när en pojke skrev att hans mejl är oliver.strand11@outlook.com och bad oss lägga till honom.',
      'oliver.strand11@outlook.com',
    ),
  ],
};
