/**
 * Round forty-three: written blind, before the detector was run on it.
 * Referral details written for the receiving unit (child protection, the national cybercrime unit, the local police,
 * emergency services) in each country's own register: what happened, where, who, how urgent and what the patrol did.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_FORTY_THREE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Referral to child protection: girl, 13, says an adult on Roblox asked her for photos and to move to Snapchat. Her name is Maja Solberg, mother Kristin Solberg can be reached on +47 912 34 567. Suspect's Roblox name: xX_DarkPilot_Xx. Advised her to block him and not to delete the chat.",
      'Maja Solberg',
      'Kristin Solberg',
      '+47 912 34 567',
      'xX_DarkPilot_Xx',
    ),
    withIds(
      'For the national cybercrime unit: boy (14) was sent a link to a fake skin-trading site in a Discord DM and lost his Fortnite account. Scammer profile: discord.com/users/883920147756312610. E-mail on the stolen account: liam.dekker2010@gmail.com. Medium urgency, no threats made.',
      '883920147756312610',
      'liam.dekker2010@gmail.com',
    ),
    withIds(
      'Referral to local police, Tromsø: the boy (12) gave the family address as Storgata 41B, 9008 Tromsø. An older Fortnite player calling himself Reaper_Nils99 is pushing him to meet in town on Saturday. Father reachable on 48 22 61 09. Urgent, the meeting is in two days.',
      'Storgata 41B, 9008 Tromsø',
      'Reaper_Nils99',
      '48 22 61 09',
    ),
    withIds(
      'Child protection, please follow up: pupil at Kirkebakken skole, class 7B, says her older brother Jonas uses her Minecraft login and threatens to post her private messages. She does not want the parents told yet. Patrol gave her the helpline number.',
      'Kirkebakken skole, class 7B',
      'Jonas',
    ),
    withIds(
      'Emergency services alerted at 21:40: girl, 14, wrote in a Twitch chat that she wanted to end her life. A moderator passed us her kennitala 150311-2090 and her TikTok @sunnyside.rakel. The patrol stayed in contact with her until the ambulance arrived.',
      '150311-2090',
      '@sunnyside.rakel',
    ),
    clean(
      'Referral to child protection: girl in the 12–14 age band, Roblox, reports that an adult asked for pictures and tried to move the chat to Snapchat. Advised to block, keep the chat and tell a parent. Identity known to the team leader, not recorded here.',
    ),
    clean(
      'For the national cybercrime unit: takeover of a Fortnite account after a phishing link in a Discord DM, boy aged 13–15. Screenshots kept by the family. Police case reference 2024/118733. No threats, medium urgency.',
    ),
    clean(
      'Local police informed at 19:15: a group of teenagers is arranging a fight after school on Friday during a TikTok live. Several young people involved, none named here. The team leader has also called the school.',
    ),
    clean(
      'Emergency services not needed after all: the boy who wrote about self-harm on Twitch confirmed he is safe at home with an adult. The municipal child welfare duty service follows up tomorrow morning.',
    ),
    clean(
      'Referral to the cybercrime unit: sextortion attempt on Snapchat against a 16-year-old, demand of 200 euros in gift cards. Advised not to pay, keep everything and report the account in the app. The suspect appears to be abroad.',
    ),
  ],
  nb: [
    withIds(
      'Bekymringsmelding til barnevernet: Jente (13), Ida Marie Haugland, forteller at en voksen mann på Snapchat har bedt om nakenbilder. Mora, Hege Haugland, tlf. 934 56 781, er ikke varslet ennå. Vi har rådet jenta til å ta skjermbilder og blokkere.',
      'Ida Marie Haugland',
      'Hege Haugland',
      '934 56 781',
    ),
    withIds(
      'Til Kripos/NC3: mistenkt bruker på Discord, brukernavn «nordlys_gutten07», har sendt trusler til flere gutter rundt 12 år. Gutten som varslet oss har fnr. 140312 53471. Kontakt kom via Fortnite-patruljen kl. 18.30.',
      'nordlys_gutten07',
      '140312 53471',
    ),
    withIds(
      'Til lokalt politi, Bergen sentrum: gutten (14) bor i Nygårdsgaten 12, 5015 Bergen, og skal i morgen møte en voksen han har blitt kjent med på Roblox. Storebror Mathias kan nås på 41 23 45 67. Haster.',
      'Nygårdsgaten 12, 5015 Bergen',
      'Mathias',
      '41 23 45 67',
    ),
    withIds(
      'Videresendt barnevernvakten: elev ved Lakkegata skole, 9A, sier at klassekamerater deler bilder av henne i en TikTok-gruppe. Jenta ønsker svar på e-post: emmalie.k2011@hotmail.no.',
      'Lakkegata skole, 9A',
      'emmalie.k2011@hotmail.no',
    ),
    withIds(
      'Varslet 113 kl. 22.05: gutt på Twitch skrev at han hadde tatt piller. Moderator ga oss profilen twitch.tv/kaptein_kebab og fornavnet hans, Eskil. Patruljen holdt kontakten i chatten til ambulansen var fremme.',
      'kaptein_kebab',
      'Eskil',
    ),
    clean(
      'Bekymringsmelding sendt barnevernet i kommunen: jente i alderen 12–14 år, Snapchat, voksen person har bedt om bilder. Rådet til å lagre samtalen og blokkere. Identitet kjent for teamleder, ikke ført her.',
    ),
    clean(
      'Til NC3: utpressingsforsøk mot gutt (15) på Instagram, krav om 2 000 kroner i gavekort. Rådet til ikke å betale og til å melde kontoen. Politiets saksnummer 24-118734.',
    ),
    clean(
      'Lokalt politi orientert kl. 17.40 om planlagt slåsskamp etter skoletid fredag, avtalt i en TikTok-live. Flere ungdommer involvert, ingen navn ført her.',
    ),
    clean(
      'Ambulanse ikke nødvendig: jenta som skrev om selvskading i Discord-chatten, bekreftet at hun er hjemme sammen med en voksen. Barnevernvakten følger opp i morgen tidlig.',
    ),
    clean(
      'Melding til Kripos: falsk Robux-side delt i flere Roblox-spill, mange barn under 13 har oppgitt passordet sitt. Lenken er rapportert til plattformen. Ingen enkeltbarn identifisert.',
    ),
  ],
  nn: [
    withIds(
      'Melding til barnevernet: Jenta (12) heiter Solveig Tveit og fortel at ein vaksen på Roblox har bede henne om bilete. Far hennar, Arne Tveit, har telefon 976 54 321. Vi har rådd henne til å blokkere og ta vare på chatten.',
      'Solveig Tveit',
      'Arne Tveit',
      '976 54 321',
    ),
    withIds(
      'Til Kripos: den mistenkte har spelarnamnet «Fjordulven_88» på Fortnite og har bede fleire gutar om å flytte samtalen til Telegram. Guten som varsla, har fødselsnummer 07091156746.',
      'Fjordulven_88',
      '07091156746',
    ),
    withIds(
      'Til politiet i Sogndal: familien bur i Fosshaugane 8, 6856 Sogndal. Guten (13) har avtalt å møte ein vaksen han kjenner frå Minecraft på laurdag. Hastar.',
      'Fosshaugane 8, 6856 Sogndal',
    ),
    withIds(
      'Vidaresendt barnevernsvakta: eleven går i Sogndal ungdomsskule, klasse 9C, og seier at systera Ragnhild deler passordet hennar på Snapchat med andre.',
      'Sogndal ungdomsskule, klasse 9C',
      'Ragnhild',
    ),
    withIds(
      'Ringde 113 kl. 21.50: jente på TikTok skreiv at ho ikkje ville leve lenger. Kontoen er @fjellrosa_2011, og e-posten ho gav oss er rosa.fjell krøllalfa gmail.com.',
      '@fjellrosa_2011',
      'rosa.fjell krøllalfa gmail.com',
    ),
    clean(
      'Melding sendt barnevernet: jente i 12–14-årsalderen, Roblox, ein vaksen har bede om bilete. Rådd til å ta vare på chatten og seie frå til ein vaksen heime. Identiteten er kjend for teamleiaren, ikkje ført her.',
    ),
    clean(
      'Til Kripos: kontoovertaking på Fortnite etter ei phishing-lenkje i Discord, gut i 13–15-årsalderen. Familien har teke skjermbilete. Politiet sitt saksnummer 24-118735.',
    ),
    clean(
      'Politiet i distriktet orientert kl. 18.10: fleire ungdomar har avtalt slåsskamp etter skuletid i ei Snapchat-gruppe. Ingen namn ført her.',
    ),
    clean(
      'Ambulanse ikkje naudsynt: guten som skreiv om sjølvskading på Twitch, stadfesta at han er heime saman med ein vaksen. Barnevernsvakta følgjer opp i morgon tidleg.',
    ),
    clean(
      'Til NC3: sextortion-forsøk mot ein 16-åring på Instagram, krav om 1 500 kroner. Rådd til ikkje å betale og til å melde kontoen i appen. Den mistenkte ser ut til å vere i utlandet.',
    ),
  ],
  nl: [
    withIds(
      "Zorgmelding voor Veilig Thuis: meisje (13), Noor van den Berg, vertelt dat een volwassen man op Roblox om foto's vroeg en naar Snapchat wilde. Moeder, Sandra van den Berg, bereikbaar op 06-41 23 87 65. Geadviseerd te blokkeren en de chat te bewaren.",
      'Noor van den Berg',
      'Sandra van den Berg',
      '06-41 23 87 65',
    ),
    withIds(
      "Voor Team High Tech Crime: verdachte gebruikt op Discord de naam 'StormKing_NL' en het gebruikers-ID 712304958816473088. Het slachtoffer (14) heeft zijn BSN 234567818 aan de verdachte doorgegeven. Urgentie: middel.",
      'StormKing_NL',
      '712304958816473088',
      '234567818',
    ),
    withIds(
      'Doorgezet naar de wijkagent in Utrecht: jongen (12) woont op de Biltstraat 114, 3572 BK Utrecht en heeft zaterdag afgesproken met een volwassene die hij via Fortnite kent. Spoed.',
      'Biltstraat 114, 3572 BK Utrecht',
    ),
    withIds(
      'Voor de jeugdbescherming: leerling van het Stedelijk Gymnasium, klas 2C, wordt gepest in een TikTok-groep. Haar broer Daan heeft de berichten ook gezien.',
      'Stedelijk Gymnasium, klas 2C',
      'Daan',
    ),
    withIds(
      '112 gebeld om 22.15: jongen op Twitch schreef dat hij pillen had genomen. De moderator stuurde ons zijn e-mailadres j.mulder2011@outlook.com en zijn Twitch-naam gamerjesse_11. Contact gehouden tot de ambulance er was.',
      'j.mulder2011@outlook.com',
      'gamerjesse_11',
    ),
    clean(
      "Zorgmelding gedaan bij Veilig Thuis: meisje tussen 12 en 14, Roblox, een volwassene vroeg om foto's. Geadviseerd de chat te bewaren en een ouder in te lichten. Identiteit bekend bij de teamleider, niet hier vastgelegd.",
    ),
    clean(
      'Voor Team High Tech Crime: overname van een Fortnite-account na een phishinglink in een Discord-DM, jongen van 13 à 15 jaar. Screenshots bewaard door het gezin. Registratienummer politie 2024-118736.',
    ),
    clean(
      'Wijkagent ingelicht om 17.30: groep jongeren spreekt via een TikTok-live een vechtpartij af na schooltijd op vrijdag. Geen namen vastgelegd.',
    ),
    clean(
      'Ambulance niet nodig: het meisje dat op Discord over zelfbeschadiging schreef, bevestigde dat ze thuis is bij een volwassene. Jeugdzorg volgt morgenochtend op.',
    ),
    clean(
      'Voor de cybercrimeafdeling: sextortionpoging op Instagram tegen een 16-jarige, eis van 150 euro aan cadeaubonnen. Geadviseerd niet te betalen en het account te melden. Verdachte lijkt in het buitenland te zitten.',
    ),
  ],
  fr: [
    withIds(
      "Signalement au SAJ : fille de 13 ans, Léa Dubois, explique qu'un adulte sur Roblox lui a demandé des photos. Sa mère, Nathalie Dubois, est joignable au 0475 12 34 56. Conseillé de bloquer et de garder la conversation.",
      'Léa Dubois',
      'Nathalie Dubois',
      '0475 12 34 56',
    ),
    withIds(
      'Pour la FCCU : le suspect utilise le pseudo « LoupNoir_Liège » sur Fortnite et a obtenu le numéro de registre national du garçon (14 ans), 11.04.23-137.43. Urgence moyenne.',
      'LoupNoir_Liège',
      '11.04.23-137.43',
    ),
    withIds(
      'Transmis à la police locale de Namur : la famille habite rue de Fer 27, 5000 Namur. Le garçon (12 ans) a rendez-vous samedi avec un adulte rencontré sur Minecraft. Urgent.',
      'rue de Fer 27, 5000 Namur',
    ),
    withIds(
      "Pour le parquet de la jeunesse : élève en 2e B à l'Athénée royal de Huy, harcelée dans un groupe TikTok. Son grand frère Hugo a vu les messages et peut témoigner.",
      "2e B à l'Athénée royal de Huy",
      'Hugo',
    ),
    withIds(
      "112 appelé à 21 h 45 : une adolescente a écrit sur TikTok vouloir mettre fin à ses jours. Le modérateur nous a donné son compte @chloe.lune_11 et son adresse mail chloe point lune arobase gmail point com. L'équipe est restée en contact jusqu'à l'arrivée de l'ambulance.",
      '@chloe.lune_11',
      'chloe point lune arobase gmail point com',
    ),
    clean(
      "Signalement transmis au SAJ : fille de 12 à 14 ans, Roblox, un adulte a demandé des photos. Conseillé de garder la conversation et d'en parler à un parent. Identité connue du chef d'équipe, non consignée ici.",
    ),
    clean(
      "Pour la FCCU : piratage d'un compte Fortnite après un lien d'hameçonnage reçu en message privé sur Discord, garçon de 13 à 15 ans. Captures d'écran conservées par la famille. Numéro de notice de la police : 2024/118737.",
    ),
    clean(
      "Police locale informée à 17 h 50 : des jeunes organisent une bagarre vendredi après l'école, fixée pendant un live TikTok. Aucun nom noté ici.",
    ),
    clean(
      "Ambulance pas nécessaire : le garçon qui parlait d'automutilation sur Twitch a confirmé qu'il est chez lui avec un adulte. Le service d'aide à la jeunesse reprend contact demain matin.",
    ),
    clean(
      'Pour la FCCU : tentative de sextorsion sur Instagram contre un jeune de 16 ans, exigence de 200 euros en cartes cadeaux. Conseillé de ne pas payer et de signaler le compte. Le suspect semble se trouver à l’étranger.',
    ),
  ],
  de: [
    withIds(
      'Meldung an das Jugendamt: Mädchen (13), Lena Schröder, berichtet, dass ein Erwachsener auf Roblox Fotos verlangt hat. Vater Thomas Schröder erreichbar unter 0151 23456789. Geraten: blockieren, Chat sichern.',
      'Lena Schröder',
      'Thomas Schröder',
      '0151 23456789',
    ),
    withIds(
      'Für die Cybercrime-Einheit: Tatverdächtiger nutzt auf Discord den Namen „Schattenjäger_77“, Profil-ID 604118273950261248. Das Opfer (14) hat ihm seine E-Mail-Adresse finn.becker2010@web.de gegeben.',
      'Schattenjäger_77',
      '604118273950261248',
      'finn.becker2010@web.de',
    ),
    withIds(
      'An die Polizeizone Eupen weitergeleitet: Familie wohnt Aachener Straße 52, 4700 Eupen. Junge (12) will sich am Samstag mit einem Erwachsenen aus Fortnite treffen. Eilt.',
      'Aachener Straße 52, 4700 Eupen',
    ),
    withIds(
      'Für den Jugendhilfedienst: Schülerin der Klasse 8b am Robert-Schuman-Institut wird in einer TikTok-Gruppe gemobbt; ihre Schwester Mia hat Screenshots gemacht.',
      'Klasse 8b am Robert-Schuman-Institut',
      'Mia',
    ),
    withIds(
      '112 um 22:10 alarmiert: Junge schrieb im Twitch-Chat, er habe Tabletten genommen. Der Moderator nannte uns seinen Twitch-Namen kevin_zockt2011 und die Handynummer der Mutter, +49 160 9876543.',
      'kevin_zockt2011',
      '+49 160 9876543',
    ),
    clean(
      'Meldung an das Jugendamt erfolgt: Mädchen zwischen 12 und 14, Roblox, erwachsene Person hat Fotos verlangt. Geraten, den Chat zu sichern und einem Elternteil Bescheid zu sagen. Identität der Teamleitung bekannt, hier nicht erfasst.',
    ),
    clean(
      'Für die Cybercrime-Einheit: Übernahme eines Fortnite-Kontos nach Phishing-Link in einer Discord-Direktnachricht, Junge zwischen 13 und 15. Screenshots liegen bei der Familie. Aktenzeichen der Polizei 2024/118738.',
    ),
    clean(
      'Örtliche Polizei um 17:20 informiert: Jugendliche verabreden über einen TikTok-Livestream eine Schlägerei nach der Schule am Freitag. Keine Namen notiert.',
    ),
    clean(
      'Rettungsdienst nicht nötig: Das Mädchen, das auf Discord über Selbstverletzung schrieb, ist nach eigener Aussage zu Hause bei einem Erwachsenen. Das Jugendamt meldet sich morgen früh.',
    ),
    clean(
      'Für die Cybercrime-Einheit: Sextortion-Versuch auf Instagram gegen einen 16-Jährigen, Forderung von 200 Euro in Gutscheinkarten. Geraten, nicht zu zahlen und das Konto zu melden. Täter vermutlich im Ausland.',
    ),
  ],
  is: [
    withIds(
      'Tilkynning til barnaverndar: Stúlka (13), Katrín Sigurðardóttir, segir að fullorðinn maður á Roblox hafi beðið um myndir. Móðir hennar, Guðrún Jónsdóttir, er í síma 845 1234. Ráðlagt að loka á hann og geyma spjallið.',
      'Katrín Sigurðardóttir',
      'Guðrún Jónsdóttir',
      '845 1234',
    ),
    withIds(
      'Til netbrotadeildar: sá grunaði notar nafnið „IsKongurinn66“ á Fortnite. Drengurinn (13) gaf honum kennitöluna sína, 280212-2020. Miðlungs brýnt.',
      'IsKongurinn66',
      '280212-2020',
    ),
    withIds(
      'Til lögreglunnar á Akureyri: fjölskyldan býr að Hafnarstræti 88, 600 Akureyri. Drengurinn (12) ætlar að hitta fullorðinn mann sem hann kynntist á Minecraft á laugardaginn. Brýnt.',
      'Hafnarstræti 88, 600 Akureyri',
    ),
    withIds(
      'Til barnaverndar: nemandi í 8. bekk B í Hagaskóla verður fyrir einelti í TikTok-hópi. Eldri bróðir hennar, Arnar, hefur séð skilaboðin.',
      '8. bekk B í Hagaskóla',
      'Arnar',
    ),
    withIds(
      'Hringt í 112 kl. 22:00: stúlka skrifaði á Snapchat að hún vildi ekki lifa lengur. Vinkona hennar sendi okkur notandanafnið solrun_snap11 og netfangið solrun11@simnet.is.',
      'solrun_snap11',
      'solrun11@simnet.is',
    ),
    clean(
      'Tilkynning send barnavernd: stúlka á aldrinum 12–14 ára, Roblox, fullorðinn aðili bað um myndir. Ráðlagt að geyma spjallið og segja foreldri frá. Hópstjórinn veit hver hún er, ekki skráð hér.',
    ),
    clean(
      'Til netbrotadeildar: yfirtaka á Fortnite-aðgangi eftir vefveiðatengil í Discord-skilaboðum, drengur á aldrinum 13–15 ára. Fjölskyldan geymir skjáskot. Málsnúmer lögreglu 007-2024-118739.',
    ),
    clean(
      'Lögreglan á svæðinu látin vita kl. 17:30: unglingar skipuleggja slagsmál eftir skóla á föstudag í beinni útsendingu á TikTok. Engin nöfn skráð.',
    ),
    clean(
      'Sjúkrabíll óþarfur: drengurinn sem skrifaði um sjálfsskaða á Twitch staðfesti að hann sé heima hjá fullorðnum. Barnavernd fylgir málinu eftir í fyrramálið.',
    ),
    clean(
      'Til netbrotadeildar: tilraun til kynlífskúgunar á Instagram gegn 16 ára ungmenni, krafist 30.000 króna í gjafakortum. Ráðlagt að borga ekki og tilkynna aðganginn. Gerandinn virðist vera erlendis.',
    ),
  ],
  fi: [
    withIds(
      'Lastensuojeluilmoitus: tyttö (13), Aino Virtanen, kertoo, että aikuinen mies pyysi Robloxissa kuvia. Äiti Sari Virtanen, puh. 040 123 4567. Neuvottu estämään ja tallentamaan keskustelu.',
      'Aino Virtanen',
      'Sari Virtanen',
      '040 123 4567',
    ),
    withIds(
      'KRP:n kyberrikostorjuntakeskukselle: epäilty käyttää Fortnitessa nimeä ”SusiKuningas_FI”. Poika (13) antoi hänelle henkilötunnuksensa 210911A3841.',
      'SusiKuningas_FI',
      '210911A3841',
    ),
    withIds(
      'Tampereen poliisille: perhe asuu osoitteessa Hämeenkatu 14 B 22, 33100 Tampere. Poika (12) on sopinut tapaavansa Minecraftista tutun aikuisen lauantaina. Kiireellinen.',
      'Hämeenkatu 14 B 22, 33100 Tampere',
    ),
    withIds(
      'Sosiaalipäivystykselle: oppilasta (Tammerkosken koulu, luokka 8C) kiusataan TikTok-ryhmässä. Hänen veljensä Eetu on nähnyt viestit.',
      'Tammerkosken koulu, luokka 8C',
      'Eetu',
    ),
    withIds(
      'Hätäkeskukseen soitettu klo 22.20: tyttö kirjoitti Snapchatissa, ettei halua enää elää. Kaveri lähetti meille hänen käyttäjänimensä ellu.snap11 ja sähköpostin ellu11@gmail.com.',
      'ellu.snap11',
      'ellu11@gmail.com',
    ),
    clean(
      'Lastensuojeluilmoitus tehty: 12–14-vuotias tyttö, Roblox, aikuinen pyysi kuvia. Neuvottu tallentamaan keskustelu ja kertomaan vanhemmalle. Henkilöllisyys tiiminvetäjän tiedossa, ei kirjattu tähän.',
    ),
    clean(
      'KRP:lle: Fortnite-tilin kaappaus Discordin yksityisviestissä tulleen tietojenkalastelulinkin jälkeen, 13–15-vuotias poika. Perhe on tallentanut kuvakaappaukset. Poliisin ilmoitusnumero 5500/R/118740/24.',
    ),
    clean(
      'Paikallispoliisille ilmoitettu klo 17.45: nuoret sopivat TikTok-livessä tappelusta perjantaiksi koulun jälkeen. Nimiä ei kirjattu.',
    ),
    clean(
      'Ambulanssia ei tarvittu: Twitchissä itsensä vahingoittamisesta kirjoittanut poika vahvisti olevansa kotona aikuisen kanssa. Sosiaalipäivystys ottaa yhteyttä huomenaamulla.',
    ),
    clean(
      'KRP:lle: seksuaalinen kiristysyritys Instagramissa 16-vuotiasta kohtaan, vaatimus 200 euroa lahjakortteina. Neuvottu olemaan maksamatta ja ilmoittamaan tili. Epäilty vaikuttaa olevan ulkomailla.',
    ),
  ],
  sv: [
    withIds(
      'Orosanmälan till socialtjänsten: flicka (13), Elsa Lindqvist, berättar att en vuxen man på Roblox har bett om bilder. Pappa Johan Lindqvist nås på 070-123 45 67. Rådd att blockera och spara chatten.',
      'Elsa Lindqvist',
      'Johan Lindqvist',
      '070-123 45 67',
    ),
    withIds(
      'Till polisens it-brottscentrum: misstänkt använder namnet ”VargKungen_SE” på Fortnite och har fått pojkens personnummer, 110614-2381. Medelhög brådska.',
      'VargKungen_SE',
      '110614-2381',
    ),
    withIds(
      'Vidare till lokalpolisen i Uppsala: familjen bor på Svartbäcksgatan 31, 753 20 Uppsala. Pojken (12) ska träffa en vuxen från Minecraft på lördag. Brådskande.',
      'Svartbäcksgatan 31, 753 20 Uppsala',
    ),
    withIds(
      'Till socialjouren: elev i klass 7A på Fyrisskolan utsätts för mobbning i en TikTok-grupp. Hennes bror Oskar har sett meddelandena.',
      'klass 7A på Fyrisskolan',
      'Oskar',
    ),
    withIds(
      'Larmat 112 kl. 21.55: flicka skrev på Discord att hon inte ville leva längre. En vän gav oss hennes användarnamn moln.flickan och mejladressen moln punkt flickan snabel-a outlook punkt com.',
      'moln.flickan',
      'moln punkt flickan snabel-a outlook punkt com',
    ),
    clean(
      'Orosanmälan gjord till socialtjänsten: flicka i åldern 12–14, Roblox, en vuxen har bett om bilder. Rådd att spara chatten och berätta för en förälder. Identiteten känd för teamledaren, inte antecknad här.',
    ),
    clean(
      'Till it-brottscentrum: kapning av ett Fortnite-konto efter en nätfiskelänk i ett Discord-DM, pojke i åldern 13–15. Familjen har sparat skärmdumpar. Polisens diarienummer 5000-K118741-24.',
    ),
    clean(
      'Lokalpolisen informerad kl. 17.35: ungdomar bestämmer ett slagsmål efter skolan på fredag via en TikTok-live. Inga namn antecknade.',
    ),
    clean(
      'Ambulans behövdes inte: pojken som skrev om självskada på Twitch bekräftade att han är hemma hos en vuxen. Socialjouren följer upp i morgon bitti.',
    ),
    clean(
      'Till it-brottscentrum: sextortionförsök på Instagram mot en 16-åring, krav på 300 kronor i presentkort. Rådd att inte betala och att anmäla kontot. Gärningspersonen verkar befinna sig utomlands.',
    ),
  ],
};
