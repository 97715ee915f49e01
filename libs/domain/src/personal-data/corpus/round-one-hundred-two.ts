/**
 * Round one hundred and two: written blind, before the detector was run on it.
 * The week's most serious cases (grooming, sextortion, threats, a missing child, self-harm), written carefully for the
 * referral; the clean notes describe equally serious situations with no identifier at all.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Girl, 13, from Drammen says an adult man on Snapchat using the handle dark_viking_1987 asked her to move to Telegram and sent her Roblox gift cards. She shared his number +47 934 18 275. Referred to Kripos NC3 at 21:40.',
      'dark_viking_1987',
      '+47 934 18 275',
    ),
    withIds(
      'Boy (15) from Ghent contacted the Belgian team on Discord: someone posing as a girl, lena.xo.2009, obtained an intimate video and now demands 200 euro to payme.lenax@gmail.com. The boy is Jonas Verstraete; parents informed.',
      'lena.xo.2009',
      'payme.lenax@gmail.com',
      'Jonas Verstraete',
    ),
    withIds(
      'Missing 14-year-old Amira Hassan from Oslo was active on TikTok tonight. A friend told us she is staying at Trondheimsveien 112 with an adult she met in Fortnite. Passed to the Oslo operations centre at 23:05.',
      'Amira Hassan',
      'Trondheimsveien 112',
    ),
    withIds(
      'Finnish team, in English for the joint log: a 12-year-old on Habbo wrote that she wants to die. Her friend gave her name as Veera Nieminen and her personal identity code 120811A4374 so we could find her. Emergency centre 112 alerted through Helsinki police.',
      'Veera Nieminen',
      '120811A4374',
    ),
    withIds(
      'Icelandic team: a boy on Xbox Live with the gamer tag xXReykjaSlayerXx threatened to bring a knife to school tomorrow. The intended victim is Aron Þórsson, class 8B at Hagaskóli. Reykjavík police informed at 19:12.',
      'xXReykjaSlayerXx',
      'Aron Þórsson',
      'class 8B at Hagaskóli',
    ),
    clean(
      'Girl aged 13 from Bergen reported an adult on Roblox asking for pictures in exchange for Robux. No personal data recorded; case 24-118302 handed to Kripos NC3 at 20:15.',
    ),
    clean(
      'Sextortion report from a 16-year-old boy in Antwerp, chat on Instagram, demand of 300 euro in crypto. Advised him not to pay, to keep the screenshots and to call Child Focus on 116 000. The Federal Computer Crime Unit took over.',
    ),
    clean(
      'A boy (14) on Twitch said he had cut himself after losing a Valorant match. We stayed in the chat for 40 minutes and he agreed to call Mental Helse on 116 123. Politiet Nettpatrulje logged off at 01:10.',
    ),
    clean(
      'The missing-person appeal for a 15-year-old from Tampere came up on a Minecraft server called Northern Realms; nobody in the chat had seen her. Nothing stored, Tampere police are leading the search.',
    ),
    clean(
      'Threat of a school shooting posted in a Fortnite lobby, in Dutch, naming only a school in Utrecht. Before that the lobby was talking about Kylian Mbappé skins. The Dutch team sent the screenshot, with no identifiers kept, to the Digital Expertise team at 18:30.',
    ),
  ],
  nb: [
    withIds(
      'Jente på 13 år fra Sandnes forteller at en voksen mann på Snapchat, brukernavn kjetil_fotball76, har bedt om nakenbilder og tilbudt V-bucks. Hun heter Ida Marie Solberg. Sendt til Sør-Vest politidistrikt kl. 22.10.',
      'kjetil_fotball76',
      'Ida Marie Solberg',
    ),
    withIds(
      'Gutt (15) fra Drammen blir presset for 2000 kr etter å ha sendt en video på Instagram. Utpresseren ba ham vippse til 41 27 93 58. Gutten skrev fødselsnummeret sitt, 22091157687, i chatten før vi rakk å stoppe ham.',
      '41 27 93 58',
      '22091157687',
    ),
    withIds(
      'Savnet jente, Hodan Abdi Warsame (14), skal ifølge en venninne på TikTok sove hos en 19-åring i Kirkegata 17 på Hamar. Meldt til operasjonssentralen i Innlandet kl. 00.35.',
      'Hodan Abdi Warsame',
      'Kirkegata 17',
    ),
    withIds(
      'Jente på Discord skriver at hun har tatt tabletter. Venninnen sier at hun heter Julia og går i 9C på Ris skole. Ambulanse og Oslo politidistrikt varslet straks.',
      'Julia',
      '9C på Ris skole',
    ),
    withIds(
      'Gutt på Xbox truet med å «knivstikke» en medelev i morgen. Gamertag: BlodUlven_Tromsø, e-post han oppga i chatten: blodulven krølla gmail punktum com. Troms politidistrikt overtok.',
      'BlodUlven_Tromsø',
      'blodulven krølla gmail punktum com',
    ),
    clean(
      'Gutt, 12 år, fra Tromsø ble kontaktet av en voksen på Roblox som ville møtes ved kjøpesenteret. Ingen personopplysninger lagret. Saken er overtatt av Kripos, saksnr. 24-7781.',
    ),
    clean(
      'Jente (16) i Kristiansand ble utsatt for sextortion på Snapchat, kravet var 1500 kr i gavekort. Rådet henne til ikke å betale og til å ringe Alarmtelefonen for barn og unge 116 111. Politiet Nettpatrulje avsluttet chatten kl. 21.47.',
    ),
    clean(
      'Trussel om vold mot en skole i Bodø ble postet på en Minecraft-server med 40 spillere. Ingen navn nevnt. Nordland politidistrikt varslet 19.02, patrulje sendt til skolen.',
    ),
    clean(
      'Gutt på 14 fra Alta skrev om selvskading etter mobbing i Fortnite. Vi snakket om Erling Haaland og landskampen før han gikk med på å ringe Mental Helse 116 123. Ingen opplysninger registrert.',
    ),
    clean(
      'Savnet 13-åring fra Lillestrøm: flere i Habbo-rommet hadde sett etterlysningen på nrk.no, men ingen visste hvor hun var. Ingen identifiserende opplysninger notert, Øst politidistrikt leder søket.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (13) frå Førde fortel at ein vaksen mann på Roblox, brukarnamn fjellkongen_44, har bede ho sende bilete på Snapchat. Ho heiter Sigrid Haugland. Saka er send til Vest politidistrikt kl. 20.25.',
      'fjellkongen_44',
      'Sigrid Haugland',
    ),
    withIds(
      'Ein gut på 15 år frå Voss vert pressa for 3000 kr etter ein video på Instagram. Han skreiv fødselsnummeret sitt, 27120855153, og nummeret til utpressaren, 912 45 083. Kripos har fått saka.',
      '27120855153',
      '912 45 083',
    ),
    withIds(
      'Sakna gut, Mohammed Al-Khatib (14), held seg ifølgje ein kamerat på Discord i Strandgata 41 i Ålesund hjå ein vaksen kar han møtte i Fortnite. Meldt til operasjonssentralen kl. 23.50.',
      'Mohammed Al-Khatib',
      'Strandgata 41',
    ),
    withIds(
      'Ei jente på TikTok skriv at ho ikkje vil leve lenger. Venninna seier at jenta heiter Ingrid og går i 10B på Sogndal skule; profilen er tiktok.com/@ingrid.sogn2010.',
      'Ingrid',
      '10B på Sogndal skule',
      'tiktok.com/@ingrid.sogn2010',
    ),
    withIds(
      'Ein gut på PlayStation med gamertag Hardanger_Haukur skreiv at han skal «ta» ein medelev i friminuttet i morgon. Offeret heiter Eirik Ness. E-posten til guten er hardangerhauk krølla outlook punktum no.',
      'Hardanger_Haukur',
      'Eirik Ness',
      'hardangerhauk krølla outlook punktum no',
    ),
    clean(
      'Gut på 12 år frå Stord fortel at ein vaksen på Minecraft ville møte han ved bussterminalen. Me lagra ingen personopplysningar; saka vart overteken av Kripos kl. 18.40.',
    ),
    clean(
      'Jenta (15) frå Florø vart utsett for sextortion på Snapchat og vart kravd for 1000 kr. Me rådde ho til å ikkje betale og til å ringje Alarmtelefonen 116 111. Ingen namn eller brukarnamn er noterte.',
    ),
    clean(
      'Trugsmål om vald mot ein skule i Haugesund vart lagt ut i ein Fortnite-lobby. Ingen namn var nemnde, og Sør-Vest politidistrikt tok over 21.15.',
    ),
    clean(
      'Ein gut på 14 år frå Odda skreiv om sjølvskading etter mobbing på Discord. Me prata om Martin Ødegaard og Arsenal før han gjekk med på å ringje Mental Helse 116 123.',
    ),
    clean(
      'Etterlysinga av ein sakna 13-åring frå Volda vart delt på ein Roblox-server; ingen i chatten visste kvar ho var. Ingenting lagra, Møre og Romsdal politidistrikt leiar søket.',
    ),
  ],
  nl: [
    withIds(
      'Meisje (12) uit Almere vertelt dat een volwassen man op Roblox met de naam MrSunshine_1983 haar vraagt om naar WhatsApp te gaan; zijn nummer is 06-48213975. Doorgezet naar het Team Zeden van de politie om 19:45.',
      'MrSunshine_1983',
      '06-48213975',
    ),
    withIds(
      'Jongen van 16 uit Rotterdam wordt afgeperst via Instagram na het sturen van een naaktfoto; de dader eist €250. De jongen heet Youssef El Amrani en gaf zijn BSN 238471160. Ouders ingelicht via het Nederlandse team.',
      'Youssef El Amrani',
      '238471160',
    ),
    withIds(
      'Vermist meisje, Emma Peeters (14) uit Hasselt, zou volgens een vriendin op TikTok verblijven bij een meerderjarige in de Kuringersteenweg 87, 3500 Hasselt. Doorgegeven aan de Cel Vermiste Personen van de Federale Politie om 23:20.',
      'Emma Peeters',
      'Kuringersteenweg 87, 3500 Hasselt',
    ),
    withIds(
      'Een jongen op Discord schrijft dat hij pillen heeft verzameld. Zijn vriend zegt dat hij Daan heet en in klas 3B van het Stedelijk Gymnasium Leiden zit; zijn mail is daan.v2009 apenstaartje gmail punt com.',
      'Daan',
      'klas 3B van het Stedelijk Gymnasium Leiden',
      'daan.v2009 apenstaartje gmail punt com',
    ),
    withIds(
      'Een gast met gamertag GentseKlopper_99 dreigde op Xbox om morgen een klasgenoot neer te steken. Het slachtoffer heet Mehmet Yılmaz, rijksregisternummer 10.06.14-217.32. Lokale politie Gent verwittigd.',
      'GentseKlopper_99',
      'Mehmet Yılmaz',
      '10.06.14-217.32',
    ),
    clean(
      "Meisje van 13 uit Zwolle werd op Snapchat benaderd door een volwassene die cadeaukaarten bood voor foto's. Geen persoonsgegevens genoteerd; zaak overgedragen aan de Landelijke Eenheid om 20:10.",
    ),
    clean(
      'Jongen (15) uit Antwerpen slachtoffer van sextortion via Instagram, eis van 400 euro in bitcoin. Geadviseerd niet te betalen en Child Focus te bellen op 116 000. Federal Computer Crime Unit neemt over.',
    ),
    clean(
      'Dreiging met geweld tegen een school in Eindhoven gepost in een Fortnite-lobby; geen namen genoemd. Screenshot zonder gegevens doorgestuurd naar Team Digitale Expertise om 17:55.',
    ),
    clean(
      'Meisje van 14 op Habbo schreef over zelfbeschadiging. We praatten over Memphis Depay en het EK tot ze 113 wilde bellen (0800-0113). Niets opgeslagen.',
    ),
    clean(
      'Een vermiste 15-jarige uit Brugge werd besproken op een Minecraft-server met 60 spelers; niemand wist waar ze was. Geen identificerende gegevens bewaard, de politiezone Brugge leidt de zoektocht.',
    ),
  ],
  fr: [
    withIds(
      'Fille de 13 ans de Charleroi : un adulte sur Roblox, pseudo TontonCool_72, lui demande des photos contre des Robux et veut passer sur WhatsApp au 0478 52 19 63. Transmis à la police judiciaire fédérale à 21h30.',
      'TontonCool_72',
      '0478 52 19 63',
    ),
    withIds(
      "Garçon de 16 ans de Liège victime de sextorsion sur Snapchat ; l'auteur exige 300 euros. Il s'appelle Lucas Dubois, numéro de registre national 09.08.23-348.12. Parents prévenus.",
      'Lucas Dubois',
      '09.08.23-348.12',
    ),
    withIds(
      'Disparue : Yasmina Benali, 14 ans, de Schaerbeek. Selon une amie sur TikTok, elle serait chez un majeur rue Josaphat 212, 1030 Schaerbeek. Signalé à la Cellule Personnes disparues à 00h15.',
      'Yasmina Benali',
      'rue Josaphat 212, 1030 Schaerbeek',
    ),
    withIds(
      "Une ado sur Discord dit qu'elle veut en finir ce soir. Son amie explique qu'elle s'appelle Chloé et qu'elle est en 2e secondaire à l'Athénée Royal de Namur ; son adresse mail : chloe.nmr arobase hotmail point be.",
      'Chloé',
      "en 2e secondaire à l'Athénée Royal de Namur",
      'chloe.nmr arobase hotmail point be',
    ),
    withIds(
      "Sur PlayStation, le joueur MonsLeBoss_06 menace de « planter » un camarade demain à la sortie de l'école. Sa cible est Kevin Lambert ; profil de l'auteur : instagram.com/monsleboss06.",
      'MonsLeBoss_06',
      'Kevin Lambert',
      'instagram.com/monsleboss06',
    ),
    clean(
      'Fille de 12 ans de Tournai contactée sur Fortnite par un adulte qui proposait de la rencontrer à la gare. Aucune donnée personnelle enregistrée ; dossier transmis à la zone de police à 19h20.',
    ),
    clean(
      "Garçon de 15 ans de Namur, sextorsion sur Instagram, demande de 500 euros en cartes Paysafe. Conseillé de ne pas payer et d'appeler Child Focus au 116 000. Aucun pseudo noté.",
    ),
    clean(
      'Menace de violence contre une école de Mons postée dans un salon Discord de 80 membres. Pas de nom cité ; la police locale a pris le relais à 18h05.',
    ),
    clean(
      "Ado de 14 ans sur Habbo qui parle d'automutilation. On a parlé de Romelu Lukaku et des Diables Rouges, puis il a accepté d'appeler le Centre de Prévention du Suicide au 0800 32 123. Rien n'a été conservé.",
    ),
    clean(
      'Une fille de 13 ans de Verviers portée disparue a été évoquée sur un serveur Minecraft ; personne ne savait où elle était. Aucune donnée identifiante, la police de Verviers mène les recherches.',
    ),
  ],
  de: [
    withIds(
      'Mädchen (13) aus Eupen berichtet, dass ein Erwachsener auf Roblox, Nutzername OnkelBär_1979, sie um Fotos bittet und Robux anbietet. Seine Handynummer: +32 487 21 65 90. Um 20:40 an die Föderale Gerichtspolizei weitergeleitet.',
      'OnkelBär_1979',
      '+32 487 21 65 90',
    ),
    withIds(
      'Junge (14) aus St. Vith wird auf Snapchat erpresst, der Täter verlangt 250 Euro. Er heißt Niklas Kessler, Nationalregisternummer 11.12.07-186.45. Eltern verständigt.',
      'Niklas Kessler',
      '11.12.07-186.45',
    ),
    withIds(
      'Vermisste Lea Schumacher (14) aus Kelmis soll laut einer Freundin auf TikTok bei einem Erwachsenen in der Jakobstraße 53, 52064 Aachen sein. Um 23:10 an die Vermisstenstelle gemeldet.',
      'Lea Schumacher',
      'Jakobstraße 53, 52064 Aachen',
    ),
    withIds(
      'Ein Mädchen auf Discord schreibt, dass sie sich heute Nacht etwas antun will. Ihre Freundin sagt, sie heißt Ayşe und geht in die 8b der Pater-Damian-Schule; E-Mail: ayse.eupen Klammeraffe gmx Punkt de.',
      'Ayşe',
      '8b der Pater-Damian-Schule',
      'ayse.eupen Klammeraffe gmx Punkt de',
    ),
    withIds(
      'Auf Xbox droht der Spieler Kampfkeks_Malmedy, einen Mitschüler morgen „abzustechen“. Opfer: Jonas Piront; Profil des Täters: twitch.tv/kampfkeks_malmedy.',
      'Kampfkeks_Malmedy',
      'Jonas Piront',
      'twitch.tv/kampfkeks_malmedy',
    ),
    clean(
      'Junge (12) aus Bütgenbach wurde auf Minecraft von einem Erwachsenen angeschrieben, der ein Treffen am Bahnhof vorschlug. Keine personenbezogenen Daten gespeichert; Fall um 19:30 an die Polizeizone Eifel übergeben.',
    ),
    clean(
      'Mädchen (16) aus Köln Opfer von Sextortion über Instagram, Forderung 400 Euro in Gutscheinen. Geraten, nicht zu zahlen und die Nummer gegen Kummer 116 111 anzurufen. Kein Nutzername notiert.',
    ),
    clean(
      'Gewaltandrohung gegen eine Schule in Eupen im Fortnite-Chat. Keine Namen genannt; die Polizeizone Weser-Göhl hat um 17:45 übernommen.',
    ),
    clean(
      'Jugendlicher (14) auf Twitch schreibt über Selbstverletzung. Wir haben über Thomas Müller und die EM gesprochen, danach wollte er die Telefonseelsorge unter 0800 111 0 111 anrufen. Nichts gespeichert.',
    ),
    clean(
      'Die Vermisstenmeldung eines 13-jährigen Mädchens aus Raeren wurde in einem Habbo-Raum besprochen; niemand wusste etwas. Keine identifizierenden Daten notiert, die Polizei leitet die Suche.',
    ),
  ],
  is: [
    withIds(
      'Stúlka (13) frá Akureyri segir að fullorðinn maður á Roblox, notandanafn vikingur_1980, biðji hana um myndir og bjóði Robux. Hún heitir Embla Rún Sigurðardóttir. Málið sent lögreglunni á Norðurlandi eystra kl. 21:05.',
      'vikingur_1980',
      'Embla Rún Sigurðardóttir',
    ),
    withIds(
      'Drengur (14) í Hafnarfirði er kúgaður á Snapchat, gerandinn krefst 30.000 kr. Hann gaf upp kennitöluna 170311-3450 og símanúmer gerandans 662 4817.',
      '170311-3450',
      '662 4817',
    ),
    withIds(
      'Týnd stúlka, Kristín Anna Jónsdóttir (14), á samkvæmt vinkonu á TikTok að dvelja hjá fullorðnum manni á Laugavegi 118 í Reykjavík. Tilkynnt til fjarskiptamiðstöðvar kl. 00:40.',
      'Kristín Anna Jónsdóttir',
      'Laugavegi 118',
    ),
    withIds(
      'Stúlka á Discord skrifar að hún vilji ekki lifa lengur. Vinkona hennar segir að hún heiti Agnieszka og sé í 9. bekk í Fellaskóla; netfang: aga.fell at gmail punktur com.',
      'Agnieszka',
      '9. bekk í Fellaskóla',
      'aga.fell at gmail punktur com',
    ),
    withIds(
      'Á PlayStation hótaði spilari með gamertag IsKaldur_Kopa að stinga bekkjarfélaga á morgun. Fórnarlambið heitir Guðmundur Ari Halldórsson; kennitala gerandans er 040911-2940.',
      'IsKaldur_Kopa',
      'Guðmundur Ari Halldórsson',
      '040911-2940',
    ),
    clean(
      'Drengur (12) frá Selfossi fékk skilaboð á Minecraft frá fullorðnum sem vildi hitta hann við sundlaugina. Engar persónuupplýsingar skráðar; Lögreglan á Suðurlandi tók við kl. 19:15.',
    ),
    clean(
      'Stúlka (16) í Reykjanesbæ varð fyrir kynlífskúgun á Instagram, krafan var 50.000 kr. Við ráðlögðum henni að borga ekki og hringja í Hjálparsíma Rauða krossins 1717. Ekkert notandanafn skráð.',
    ),
    clean(
      'Hótun um ofbeldi gegn skóla í Kópavogi birtist í Fortnite-spjalli. Engin nöfn nefnd; Lögreglan á höfuðborgarsvæðinu tók við kl. 18:30.',
    ),
    clean(
      'Drengur (14) á Twitch skrifaði um sjálfsskaða. Við töluðum um Hákon Arnar Haraldsson og Laufey áður en hann samþykkti að hringja í 1717. Ekkert vistað.',
    ),
    clean(
      'Leit að 13 ára stúlku frá Ísafirði var rædd á Roblox-þjóni; enginn vissi hvar hún var. Engin persónugreinanleg gögn skráð, lögreglan á Vestfjörðum stýrir leitinni.',
    ),
  ],
  fi: [
    withIds(
      '13-vuotias tyttö Oulusta kertoo, että aikuinen mies Robloxissa nimimerkillä seta_oulu77 pyytää kuvia ja lupaa Robuxeja. Miehen numero on 040 718 3926. Siirretty Oulun poliisilaitokselle klo 20.50.',
      'seta_oulu77',
      '040 718 3926',
    ),
    withIds(
      '15-vuotias poika Espoosta joutui kiristyksen kohteeksi Snapchatissa, kiristäjä vaatii 300 euroa. Pojan nimi on Eetu Korhonen ja henkilötunnus 290310A562U. Vanhemmille ilmoitettu.',
      'Eetu Korhonen',
      '290310A562U',
    ),
    withIds(
      'Kadonnut Hamdi Abdullahi Nur (14) oleskelee kaverin mukaan aikuisen luona osoitteessa Hämeenkatu 23 B 14, Tampere. Tieto tuli TikTokissa, ilmoitettu hätäkeskukseen klo 23.35.',
      'Hamdi Abdullahi Nur',
      'Hämeenkatu 23 B 14',
    ),
    withIds(
      'Tyttö kirjoittaa Discordissa, ettei halua enää elää. Kaveri kertoo, että hän on nimeltään Aino ja on 7C-luokalla Kalevan koulussa; sähköposti aino.k ät gmail piste com.',
      'Aino',
      '7C-luokalla Kalevan koulussa',
      'aino.k ät gmail piste com',
    ),
    withIds(
      'Xboxilla pelaaja tunnuksella VantaanVasara uhkasi puukottaa luokkakaveria huomenna. Uhri on Mikko Virtanen; tekijän profiili youtube.com/@vantaanvasara.',
      'VantaanVasara',
      'Mikko Virtanen',
      'youtube.com/@vantaanvasara',
    ),
    clean(
      '12-vuotias poika Kuopiosta sai Minecraftissa viestejä aikuiselta, joka halusi tavata kauppakeskuksessa. Henkilötietoja ei tallennettu; Itä-Suomen poliisilaitos otti asian klo 18.20.',
    ),
    clean(
      '16-vuotias tyttö Turusta joutui seksuaalisen kiristyksen kohteeksi Instagramissa, vaatimus 200 euroa. Neuvoimme olemaan maksamatta ja soittamaan Lasten ja nuorten puhelimeen 116 111.',
    ),
    clean(
      'Väkivallalla uhkaava viesti lahtelaista koulua vastaan Fortnite-aulassa. Nimiä ei mainittu; Hämeen poliisilaitos otti asian klo 17.40.',
    ),
    clean(
      '14-vuotias poika kirjoitti Twitchissä viiltelystä. Juttelimme Teemu Pukista ja Käärijästä, ennen kuin hän lupasi soittaa Mielen kriisipuhelimeen 09 2525 0111. Mitään ei tallennettu.',
    ),
    clean(
      'Kadonneesta 13-vuotiaasta tytöstä Rovaniemeltä puhuttiin Habbo-huoneessa; kukaan ei tiennyt, missä hän on. Tunnistetietoja ei kirjattu, Lapin poliisilaitos johtaa etsintöjä.',
    ),
  ],
  sv: [
    withIds(
      'Flicka (13) från Vasa berättar att en vuxen man på Roblox med användarnamnet farbrorVasa_81 ber om bilder och erbjuder Robux. Hans nummer är 050 392 7714. Överlämnat till Österbottens polisinrättning kl. 21.20.',
      'farbrorVasa_81',
      '050 392 7714',
    ),
    withIds(
      'Pojke (14) från Malmö utpressas på Snapchat, gärningspersonen kräver 2 000 kronor. Han heter Ali Rezaei, personnummer 20110423-5625. Ärendet skickat till svensk polis via Kripos.',
      'Ali Rezaei',
      '20110423-5625',
    ),
    withIds(
      'Försvunna Elsa Lindqvist (14) från Borgå bor enligt en kompis på TikTok hos en vuxen på Runebergsgatan 31. Anmält till nödcentralen kl. 00.20.',
      'Elsa Lindqvist',
      'Runebergsgatan 31',
    ),
    withIds(
      'En tjej på Discord skriver att hon vill dö. Hennes kompis säger att hon heter Wilma och går i 8A på Katedralskolan i Åbo; mejl: wilma.abo snabel-a hotmail punkt com.',
      'Wilma',
      '8A på Katedralskolan i Åbo',
      'wilma.abo snabel-a hotmail punkt com',
    ),
    withIds(
      'På Xbox hotade spelaren EsboKniven att knivhugga en klasskompis i morgon. Offret heter Oskar Nyberg; gärningspersonens personbeteckning är 050912A318U.',
      'EsboKniven',
      'Oskar Nyberg',
      '050912A318U',
    ),
    clean(
      'Pojke (12) från Jakobstad fick meddelanden på Minecraft från en vuxen som ville träffas vid simhallen. Inga personuppgifter sparade; Österbottens polisinrättning tog över kl. 19.05.',
    ),
    clean(
      'Flicka (16) från Uppsala utsattes för sextortion på Instagram, kravet var 1 500 kronor. Vi rådde henne att inte betala och att ringa BRIS på 116 111. Inget användarnamn noterat.',
    ),
    clean(
      'Hot om våld mot en skola i Mariehamn postades i en Fortnite-lobby. Inga namn nämndes; Ålands polismyndighet tog över kl. 18.50.',
    ),
    clean(
      'Pojke (14) på Twitch skrev om självskada. Vi pratade om Zlatan Ibrahimović och landslaget innan han gick med på att ringa Självmordslinjen på 90101. Inget sparat.',
    ),
    clean(
      'Efterlysningen av en 13-årig flicka från Karleby diskuterades i ett Habbo-rum; ingen visste var hon var. Inga identifierande uppgifter noterade, polisen i Österbotten leder sökandet.',
    ),
  ],
};
