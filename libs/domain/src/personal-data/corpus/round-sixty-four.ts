/**
 * Round sixty-four: written blind, before the detector was run on it.
 * A normal evening of notes by ten officers per language: careful, hurried, pasted chat, bullets, lower case, formal.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SIXTY_FOUR: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Discord, 19:40. Boy from Bergen (14) says an adult calling himself 'NightOwl_77' offered him V-bucks for pictures. The boy's own handle is fjordkid_2011. Advised to block and report, screenshot kept by the boy. Flagged to Kripos duty desk.",
      'NightOwl_77',
      'fjordkid_2011',
    ),
    withIds(
      'Roblox – girl, 12, Antwerp. Told me her name is Yasmina El Amrani and that she lives at Lange Kievitstraat 58. Explained why this should stay out of chats. She laughed and said everyone knows anyway.',
      'Yasmina El Amrani',
      'Lange Kievitstraat 58',
    ),
    withIds(
      "pasted from chat: 'my brother Mikael is 16 and he gave his number 0401 238 576 to some guy on snap'. FI team will follow up tomorrow.",
      'Mikael',
      '0401 238 576',
    ),
    withIds(
      "- Platform: Fortnite voice, 21:15–21:35\n- Kid: Dutch, 15, from Utrecht\n- Mentioned a friend, Daan Verhoeven, who was asked for his BSN 264713898 by a 'recruiter' for an esports team\n- Advised to talk to parents; passed to NL team lead",
      'Daan Verhoeven',
      '264713898',
    ),
    withIds(
      "Twitch chat (IS team, in English because the stream was international). Boy from Reykjavík, 13, said his cousin Sindri Már is in 8. bekkur in Hagaskóli and then posted the cousin's email sindri.mar2011@gmail.com. Asked him to delete it, he did.",
      'Sindri Már',
      '8. bekkur in Hagaskóli',
      'sindri.mar2011@gmail.com',
    ),
    clean(
      'Minecraft server, 20:05. Three boys about 11–13 from Tromsø asked if police play games too. Talked about passwords and 2FA. Told them 116 111 is free to call. Nice chat, no concerns.',
    ),
    clean(
      'Roblox, Brookhaven. Girl (10) asked whether Santa Claus is real and whether I have met Erling Haaland. Explained what we do on patrol. 25 min.',
    ),
    clean(
      'Europol liaison summary: contacts tonight 47 (NO 14, BE 9, NL 8, IS 4, FI 6, SE 6). Case ref 2025/0412-KR. No referrals. Next shift Thursday 18:00 CET.',
    ),
    clean(
      'discord, kid from Espoo asked if MrBeast and Kai Cenat giveaways are scams. told him real giveaways never ask for login codes. the code he pasted, 4417-2290-1183, is just a Fortnite Creative map.',
    ),
    clean(
      "Fortnite, squad of four, ages 13–15, Ghent. They asked about Chapter 6 and whether Inspector Peeters is a real police officer. Yes – Inspector Peeters runs our blue profile 'Politie Online Patrouille'. Talked about sextortion, Child Focus 116 000.",
    ),
  ],
  nb: [
    withIds(
      'Discord kl. 20.10. Gutt, 13 år, fra Drammen. Forteller at en voksen mann som kaller seg «Onkel_Rune» har bedt om bilder på Snapchat. Gutten heter Sander Kvåle. Rådet ham til å blokkere og si fra til foreldrene. Sendt videre til Kripos.',
      'Onkel_Rune',
      'Sander Kvåle',
    ),
    withIds(
      'Roblox. Jente 12 år skrev fødselsnummeret sitt i chatten: 140311 54759. Ba henne slette det med en gang og forklarte hvorfor.',
      '140311 54759',
    ),
    withIds(
      'Limt inn fra chatten: «æ bor i Nonnebakken 7 og går i 7B på Lilleby skole, heter Amina forresten». Trondheim. Snakket om hva man bør holde for seg selv.',
      'Nonnebakken 7',
      '7B på Lilleby skole',
      'Amina',
    ),
    withIds(
      "fortnite, 22:40. to brødre, ahmed og yusuf (14 og 11), oslo øst. ahmed ga meg mobilnr 924 58 317 for å 'snakke mer'. sa nei og forklarte. ikke lagret noe.",
      'ahmed',
      'yusuf',
      '924 58 317',
    ),
    withIds(
      'Twitch, Minecraft-strømming. Samtale med jente (15) fra Bodø. Hun opplyser at venninnen Thea Marie Johansen har fått meldinger fra en voksen på TikTok og har oppgitt e-postadressen thea.marie.j@hotmail.no til vedkommende. Jenta ble oppfordret til å varsle en voksen. Meldt til operasjonssentralen.',
      'Thea Marie Johansen',
      'thea.marie.j@hotmail.no',
    ),
    clean(
      'Minecraft, 19.30–20.00. Fire gutter 10–12 år fra Lillehammer. Spurte om politiet har våpen og om vi spiller Fortnite selv. Snakket om passord og tofaktor. Ingen bekymring.',
    ),
    clean(
      'Discord. Jente 14 år lurte på hva hun skal gjøre hvis noen truer med å dele bilder av henne. Ga henne Alarmtelefonen 116 111 og slettmeg.no. Ingen oppfølging nødvendig.',
    ),
    clean(
      'Oppsummering fra politibetjent Lene Haugland (blå profil «Politiet på nett»): 31 samtaler i kveld, 3 til oppfølging, saksnr. 24189312. Neste økt fredag kl. 18.',
    ),
    clean(
      'fortnite kl 21. gutt 16 fra Kristiansand spurte om Martin Ødegaard spiller fortnite lol. snakka om scam-sider med gratis skins. grei prat.',
    ),
    clean(
      'Tre jenter (13) på Discord fortalte om en TikTok-trend der man viser hvilken skole man går på. De nevnte Bergen katedralskole bare som eksempel fra en video de hadde sett. Forklarte hvorfor det er lurt å la være. Ingen opplysninger om dem selv.',
    ),
  ],
  nn: [
    withIds(
      'Discord, kl. 19.15. Gut på 13 frå Førde. Han fortalde at ein vaksen med brukarnamnet «snille_tore_58» har spurt etter bilete. Guten sitt eige brukarnamn er Skipperen2011. Bad han blokkera og melde frå.',
      'snille_tore_58',
      'Skipperen2011',
    ),
    withIds(
      'Roblox. Jenta (12) skreiv: «eg heiter Ingrid Solheim Brekke og bur i Fjellvegen 12, 6800 Førde». Forklarte kvifor ho ikkje skal skrive slikt i open chat.',
      'Ingrid Solheim Brekke',
      'Fjellvegen 12, 6800 Førde',
    ),
    withIds(
      "minecraft, seint. to jenter frå voss, 14. den eine gav mobilnummeret til systera si, 478 12 903, fordi ho 'ville snakke med politiet'. systera vert kalla «Tuppa» heime. bad dei slette det.",
      '478 12 903',
      'Tuppa',
    ),
    withIds(
      '– Plattform: Fortnite\n– Tid: 20.45\n– Gut, 15, Ørsta\n– Fortalde at venen Eirik Myklebust i 9A på Ørsta ungdomsskule har fått truslar på Snap\n– Vidaresendt til lensmannskontoret',
      'Eirik Myklebust',
      '9A på Ørsta ungdomsskule',
    ),
    withIds(
      'Twitch. Gut (16) frå Stord, kallar seg Nilsen_Gamer, limte inn fødselsnummeret sitt for å «bevise alderen»: 290809 612 76. Sletta av moderator etter at eg bad om det.',
      'Nilsen_Gamer',
      '290809 612 76',
    ),
    clean(
      'Minecraft, kl. 18.30. Tre gutar i alderen 10–11 frå Sogndal. Prata om kva politiet gjer på nettet. Dei spurde om Kripos har hundar. Inga uro.',
    ),
    clean(
      'Discord. Jente 15 frå Volda spurde korleis ho melder ein falsk profil. Gav råd om rapportfunksjonen og 116 111 ved behov. 20 min.',
    ),
    clean(
      'Roblox, Brookhaven. 12 samtalar for vakthavande og den blå profilen «Politiet på nett» i kveld. Ingen saker oppretta. Neste patrulje torsdag 17.00.',
    ),
    clean(
      'fortnite, kort prat. gut 14 frå haugesund ville vite om Aurora Aksnes spelar fortnite. snakka om v-bucks-svindel. ok.',
    ),
    clean(
      'Fleire på Fortnite spurde om Stranger Things og om Snapchat-kartet. Gjekk gjennom Snap Map og spøkjelsesmodus. 4 gutar, 2 jenter, 11–13 år, frå Bergen og Os.',
    ),
  ],
  nl: [
    withIds(
      "Discord, 20:10. Jongen (14) uit Rotterdam-Zuid vertelt dat een volwassene met de naam 'DJ_Mo_Breda' hem 50 euro bood voor foto's. Jongen heet Mohamed Boukhari, zijn handle is mo.boukhari09. Geadviseerd te blokkeren, melding naar NL-team.",
      'DJ_Mo_Breda',
      'Mohamed Boukhari',
      'mo.boukhari09',
    ),
    withIds(
      "Roblox – meisje, 11, Gent. Typte in de chat: 'mijn rijksregisternummer is 12.07.16-063.78 want dat vroeg een ander kindje'. Uitgelegd dat ze dit nooit mag delen. Aangeraden het aan mama te vertellen.",
      '12.07.16-063.78',
    ),
    withIds(
      'fortnite, laat. twee broers uit almere, 13 en 15. oudste gaf zijn 06: 06-28 41 97 35. gezegd dat hij dat niet moet doen. daarna offline.',
      '06-28 41 97 35',
    ),
    withIds(
      '• Platform: Minecraft\n• Tijd: 19:30–19:55\n• Meisje (13), Leuven\n• Vriendin Noor Van den Broeck, klas 2B van het Sint-Pieterscollege, wordt gepest via TikTok\n• Doorverwezen naar Awel 102',
      'Noor Van den Broeck',
      'klas 2B van het Sint-Pieterscollege',
    ),
    withIds(
      "Twitch-chat. Jongen (16) uit Utrecht gaf zijn e-mail in woorden: 'sem punt devries apenstaartje outlook punt com', zijn adres Biltstraat 112 en zijn BSN 3095 81 266 omdat een 'mod' erom vroeg. Gevraagd alles te verwijderen.",
      'sem punt devries apenstaartje outlook punt com',
      'Biltstraat 112',
      '3095 81 266',
    ),
    clean(
      'Minecraft, 18:45. Vier kinderen, 10–12 jaar, uit Zwolle. Vroegen of de politie echt in Minecraft zit. Over wachtwoorden gepraat. Geen zorgen.',
    ),
    clean(
      'Discord. Meisje (15) uit Antwerpen vroeg wat ze moet doen bij sextortion. Verwezen naar Child Focus 116 000 en Stop it Now. Ze was opgelucht.',
    ),
    clean(
      "Roblox, Brookhaven. Inspecteur De Smet (blauw profiel 'Politie Online') had 22 gesprekken, PV-nummer 2025/118. Geen doorverwijzingen. Volgende dienst woensdag 17u.",
    ),
    clean(
      'fortnite. jongen 14 uit den bosch vroeg of Max Verstappen ook fortnite speelt haha. over gratis v-bucks sites gepraat. prima gesprek.',
    ),
    clean(
      'Meerdere kinderen noemden een TikTok-challenge waarbij je je postcode in je bio zet. Uitgelegd waarom dat geen goed idee is. Ze noemden alleen Hoogvliet en Lelystad als woonplaats. 6 kinderen, 11–13 jaar.',
    ),
  ],
  fr: [
    withIds(
      "Discord, 20h15. Garçon de 13 ans de Charleroi. Il dit qu'un adulte, pseudo « Papy_Gamer62 », lui a demandé des photos contre des V-bucks. Le jeune s'appelle Ilyes Benali. Conseillé de bloquer et d'en parler à ses parents. Transmis à la cellule.",
      'Papy_Gamer62',
      'Ilyes Benali',
    ),
    withIds(
      "Roblox. Fille de 12 ans (Liège) a tapé son numéro de registre national : 11.04.23-157.23. Demandé de l'effacer, explication donnée.",
      '11.04.23-157.23',
    ),
    withIds(
      'fortnite tard. deux sœurs de namur, 11 et 14. la grande a donné son gsm 0478 52 19 36 et son snap lea.dpt. expliqué les risques, elle a compris.',
      '0478 52 19 36',
      'lea.dpt',
    ),
    withIds(
      "- Plateforme : Minecraft\n- Heure : 19h30\n- Garçon, 15 ans, Mons\n- Son ami Mathis Lambert, en 3e secondaire à l'Athénée Royal de Mons, serait harcelé sur Instagram\n- Orienté vers Écoute-Enfants 103",
      'Mathis Lambert',
      "en 3e secondaire à l'Athénée Royal de Mons",
    ),
    withIds(
      'Twitch. Une jeune de 16 ans de Bruxelles, Chloé, a écrit son adresse mail en toutes lettres : « chloe point vandamme arobase gmail point com », puis son adresse rue des Tanneurs 41, 1000 Bruxelles. Demandé de supprimer.',
      'Chloé',
      'chloe point vandamme arobase gmail point com',
      'rue des Tanneurs 41, 1000 Bruxelles',
    ),
    clean(
      'Minecraft, 18h40. Quatre enfants de 10 à 12 ans de Tournai. Ils demandaient si la police joue vraiment à Minecraft. Parlé des mots de passe. RAS.',
    ),
    clean(
      'Discord. Fille de 14 ans de Wavre : que faire si on la menace de diffuser des photos ? Renvoyée vers Child Focus 116 000. 25 minutes.',
    ),
    clean(
      'Roblox, Brookhaven. Inspecteur principal Dubois (profil bleu « Police Online ») : 19 conversations, PV n° 2025/0731. Aucun suivi nécessaire. Prochain service jeudi 17h.',
    ),
    clean(
      'fortnite. garçon 13 ans de verviers voulait savoir si Romelu Lukaku joue à fortnite. parlé des arnaques v-bucks. ok.',
    ),
    clean(
      "Plusieurs jeunes ont cité la tendance TikTok « montre ton école ». Ils ont pris l'Athénée Royal d'Uccle comme exemple vu dans une vidéo, sans nommer personne. Expliqué les risques. 5 jeunes, 12–14 ans.",
    ),
  ],
  de: [
    withIds(
      'Discord, 20:30 Uhr. Junge, 13, aus Eupen. Ein Erwachsener mit dem Namen „Onkel_Heinz_71“ habe ihm Robux für Fotos angeboten. Der Junge heißt Luca Kessler. Blockieren empfohlen, Meldung an die Zentrale.',
      'Onkel_Heinz_71',
      'Luca Kessler',
    ),
    withIds(
      'Roblox. Mädchen (12) aus St. Vith schrieb ihre Nationalregisternummer in den Chat: 13.09.05-442.64. Gebeten, sie zu löschen.',
      '13.09.05-442.64',
    ),
    withIds(
      'fortnite spät. zwei brüder aus kelmis, 12 und 15. der ältere, Emre, gab seine handynummer 0471 83 26 54 raus. erklärt, warum nicht.',
      'Emre',
      '0471 83 26 54',
    ),
    withIds(
      '• Plattform: Minecraft\n• Zeit: 19:00–19:25\n• Mädchen, 14, Raeren\n• Freundin Lena Schröder aus der 3B der Pater-Damian-Sekundarschule wird auf Instagram gemobbt\n• An das Kinder- und Jugendtelefon verwiesen',
      'Lena Schröder',
      '3B der Pater-Damian-Sekundarschule',
    ),
    withIds(
      'Twitch-Chat. Junge (16) aus Büllingen gab seine Mail in Worten an: „jonas punkt meyer at gmx punkt de“, dazu die Adresse Hauptstraße 27, 4760 Büllingen. Gebeten, das zu löschen.',
      'jonas punkt meyer at gmx punkt de',
      'Hauptstraße 27, 4760 Büllingen',
    ),
    clean(
      'Minecraft, 18:30 Uhr. Vier Kinder, 10–12, aus Eupen. Fragten, ob die Polizei wirklich Minecraft spielt. Über Passwörter gesprochen. Keine Auffälligkeiten.',
    ),
    clean(
      'Discord. Mädchen (15) aus Kelmis fragte, was bei Sextortion zu tun ist. Verweis auf Child Focus 116 000 und Nummer gegen Kummer 116 111. 20 Min.',
    ),
    clean(
      'Europol-Verbindungsbeamter, Zusammenfassung: 52 Kontakte heute Abend, davon 7 mit Folgebedarf. Aktenzeichen EU-JOP-2025-0318. Nächste Schicht Mittwoch 18:00 MEZ.',
    ),
    clean(
      'fortnite. junge 14 aus st. vith wollte wissen ob Thomas Müller fortnite spielt lol. über gratis-v-bucks-seiten geredet. ok.',
    ),
    clean(
      'Mehrere Kinder erwähnten einen TikTok-Trend, bei dem man seine Schule zeigt. Sie nannten die Bischöfliche Schule St. Vith als Beispiel aus einem Video, keine Person. Risiken erklärt. 6 Kinder, 11–13 Jahre.',
    ),
  ],
  is: [
    withIds(
      'Discord kl. 20:05. Strákur, 13 ára, frá Akureyri. Segir að fullorðinn maður sem kallar sig „Frændi_Siggi“ hafi beðið um myndir. Strákurinn heitir Aron Elí Gunnarsson. Ráðlagt að loka á hann og segja foreldrum. Sent áfram.',
      'Frændi_Siggi',
      'Aron Elí Gunnarsson',
    ),
    withIds(
      'Roblox. Stelpa (12) skrifaði kennitöluna sína í spjallið: 120311-3280. Beðin um að eyða henni strax.',
      '120311-3280',
    ),
    withIds(
      'fortnite seint. tveir bræður úr hafnarfirði, 11 og 14. sá eldri gaf upp símanúmerið sitt 783 4521. útskýrði af hverju ekki.',
      '783 4521',
    ),
    withIds(
      '- Vettvangur: Minecraft\n- Tími: 19:30\n- Stelpa, 14 ára, Selfoss\n- Vinkona hennar, Jóhanna Ósk, í 8. bekk í Vallaskóla, verður fyrir einelti á TikTok\n- Vísað á Hjálparsíma Rauða krossins 1717',
      'Jóhanna Ósk',
      '8. bekk í Vallaskóla',
    ),
    withIds(
      'Twitch. Strákur (16) úr Reykjanesbæ gaf upp netfangið sitt með orðum: „kristofer punktur mani hjá gmail punktur com“, heimilisfangið Hafnargata 34 og kennitöluna 080909 4110. Bað hann að eyða þessu.',
      'kristofer punktur mani hjá gmail punktur com',
      'Hafnargata 34',
      '080909 4110',
    ),
    clean(
      'Minecraft kl. 18:45. Fjórir krakkar, 10–12 ára, frá Egilsstöðum. Spurðu hvort lögreglan spili í alvöru Minecraft. Töluðum um lykilorð. Ekkert athugavert.',
    ),
    clean(
      'Discord. Stelpa (15) frá Ísafirði spurði hvað ætti að gera ef einhver hótar að dreifa myndum. Benti á 1717 og 112. 20 mín.',
    ),
    clean(
      'Roblox, Brookhaven. Varðstjóri á vakt (blár prófíll „Lögreglan á netinu“) átti 14 samtöl. Málsnúmer 007-2025-4413. Engin eftirfylgni.',
    ),
    clean(
      'fortnite. strákur 14 úr kópavogi vildi vita hvort Gylfi Sigurðsson spili fortnite haha. töluðum um v-bucks svindl. í lagi.',
    ),
    clean(
      'Nokkrir krakkar nefndu TikTok-trend þar sem maður sýnir skólann sinn. Nefndu Hagaskóla sem dæmi úr myndbandi, engan einstakling. Útskýrði áhættuna. 5 krakkar, 11–13 ára.',
    ),
  ],
  fi: [
    withIds(
      'Discord klo 20.10. Poika, 13 v, Tampereelta. Kertoo, että aikuinen nimimerkillä ”Setä_Pertti” on pyytänyt kuvia. Pojan nimi on Eetu Korhonen. Neuvottu estämään ja kertomaan vanhemmille. Välitetty eteenpäin.',
      'Setä_Pertti',
      'Eetu Korhonen',
    ),
    withIds(
      'Roblox. Tyttö (12) kirjoitti henkilötunnuksensa chattiin: 140311A624D. Pyydetty poistamaan heti.',
      '140311A624D',
    ),
    withIds(
      'fortnite myöhään. kaksi veljestä vantaalta, 11 ja 15. vanhempi, Abdirahman, antoi numeronsa 040 582 7139. selitetty miksi ei kannata.',
      'Abdirahman',
      '040 582 7139',
    ),
    withIds(
      '- Alusta: Minecraft\n- Aika: 19.30\n- Tyttö, 14 v, Oulu\n- Kaveri Aino Väisänen, 8C-luokka Kastellin koulussa, kiusattu TikTokissa\n- Ohjattu Nuorten chattiin ja numeroon 116 111',
      'Aino Väisänen',
      '8C-luokka Kastellin koulussa',
    ),
    withIds(
      "Twitch. Poika (16) Espoosta kirjoitti sähköpostinsa sanoina: ”niko piste lindqvist ät gmail piste com” ja osoitteen Kauppakatu 8 B 12. Lisäksi äitinsä henkilötunnuksen 180178-4269 'todisteeksi'. Pyydetty poistamaan.",
      'niko piste lindqvist ät gmail piste com',
      'Kauppakatu 8 B 12',
      '180178-4269',
    ),
    clean(
      'Minecraft klo 18.40. Neljä lasta, 10–12 v, Jyväskylästä. Kysyivät, pelaako poliisi oikeasti Minecraftia. Puhuttiin salasanoista. Ei huolia.',
    ),
    clean(
      'Discord. Tyttö (15) Turusta kysyi, mitä tehdä, jos joku uhkaa levittää kuvia. Ohjattu Sekasin-chattiin ja numeroon 116 111. 20 min.',
    ),
    clean(
      'Roblox, Brookhaven. Nettipoliisi, vanhempi konstaapeli Virtanen (sininen profiili), kävi 17 keskustelua. Diaarinumero 5500/R/2025/118. Ei jatkotoimia.',
    ),
    clean(
      'fortnite. poika 14 lahdesta kysyi pelaako Teemu Pukki fortnitea hah. puhuttiin v-bucks-huijauksista. ok.',
    ),
    clean(
      'Useampi lapsi mainitsi TikTok-trendin, jossa näytetään oma koulu. Mainitsivat Ressun lukion esimerkkinä videosta, ei ketään henkilöä. Kerrottu riskeistä. 5 lasta, 11–13 v.',
    ),
  ],
  sv: [
    withIds(
      'Discord kl 20.20. Kille, 13 år, från Malmö. Säger att en vuxen som kallar sig ”Farbror_Bengt” har bett om bilder. Killen heter Elias Haddad. Rådde honom att blockera och berätta för föräldrarna. Skickat vidare.',
      'Farbror_Bengt',
      'Elias Haddad',
    ),
    withIds(
      'Roblox. Tjej (12) skrev sitt personnummer i chatten: 110417-2349. Bad henne ta bort det.',
      '110417-2349',
    ),
    withIds(
      'fortnite sent. två bröder från göteborg, 11 och 14. den äldre gav sitt nummer 073-618 42 95. förklarade varför inte.',
      '073-618 42 95',
    ),
    withIds(
      '- Plattform: Minecraft\n- Tid: 19.15\n- Tjej, 14, Umeå\n- Kompisen Saga Lindgren i 7C på Ålidhemsskolan blir mobbad på Snapchat\n- Hänvisad till BRIS 116 111',
      'Saga Lindgren',
      '7C på Ålidhemsskolan',
    ),
    withIds(
      'Twitch. Kille (16) från Uppsala skrev sin mejl med ord: ”oscar punkt nyberg snabel-a hotmail punkt se”, adressen Svartbäcksgatan 19 och personnumret 090823 5674. Bad honom ta bort allt.',
      'oscar punkt nyberg snabel-a hotmail punkt se',
      'Svartbäcksgatan 19',
      '090823 5674',
    ),
    clean(
      'Minecraft kl 18.30. Fyra barn, 10–12 år, från Luleå. Frågade om polisen verkligen spelar Minecraft. Pratade om lösenord. Inget att oroa sig för.',
    ),
    clean(
      'Discord. Tjej (15) från Örebro undrade vad man gör om någon hotar att sprida bilder. Hänvisade till BRIS 116 111 och 112 vid akut fara. 20 min.',
    ),
    clean(
      'Roblox, Brookhaven. Inspektör Karlsson (blå profil ”Polisen på nätet”) hade 16 samtal. Diarienummer 5000-K123456-25. Ingen uppföljning.',
    ),
    clean(
      'fortnite. kille 14 från västerås undrade om Zlatan spelar fortnite haha. pratade om v-bucks-bedrägerier. okej.',
    ),
    clean(
      'Flera barn nämnde en TikTok-trend där man visar sin skola. De nämnde Rudbeckianska gymnasiet som exempel från en video, ingen person. Förklarade riskerna. 5 barn, 11–13 år.',
    ),
  ],
};
