/**
 * Round ninety-eight: written blind, before the detector was run on it.
 * The identifiers belong mostly to adults (a suspect's handle, a stepfather's name, an adult's phone, e-mail, address
 * or ID number, a parent the child wanted us to call) or to friends the child names; clean notes name adults only by role.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_NINETY_EIGHT: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Boy, 13, on Roblox said a man calling himself ShadowCoach_77 offered him 4,000 Robux for pictures and asked to move to Snapchat. The man's Snapchat is tor.b.hansen82. Forwarded to Kripos NC3.",
      'ShadowCoach_77',
      'tor.b.hansen82',
    ),
    withIds(
      'Girl (14) on Discord told us her stepfather, Roar Kvalheim, takes her phone every night and she is scared of him. She wanted us to call her mum on 917 42 386 rather than the school.',
      'Roar Kvalheim',
      '917 42 386',
    ),
    withIds(
      "A 'skin seller' on Fortnite asked the boy for gift card codes; the adult gave the e-mail vbucks.dealer.oslo@gmail.com and the Vipps number 48 26 19 03. The boy has lost 800 kroner.",
      'vbucks.dealer.oslo@gmail.com',
      '48 26 19 03',
    ),
    withIds(
      'Boy on a Minecraft server said his friends Jonas Lie Berg and Amir Haddad in 7B at Lambertseter skole get messages from the same adult account and are afraid to tell anyone.',
      'Jonas Lie Berg',
      'Amir Haddad',
      '7B at Lambertseter skole',
    ),
    withIds(
      'A 16-year-old said an adult on Steam sent her his own ID number 14037842509 to "prove" he was a real modelling agent, and invited her to Kongens gate 14 in Trondheim for a photo shoot.',
      '14037842509',
      'Kongens gate 14',
    ),
    clean(
      'Chat on Twitch with three boys about Erling Haaland and the new EA FC. One asked if police officers are allowed to play games at work. No personal data recorded.',
    ),
    clean(
      'Girl (15) said her football coach sends her messages late at night. We advised her to talk to her mother and gave her 116 111. Case 24/118733 opened to follow up through the club.',
    ),
    clean(
      'On Habbo a girl asked what to do when an adult keeps asking her age. We explained blocking and reporting; she said her teacher in Bodø had talked about it in class last week.',
    ),
    clean(
      'A 12-year-old on Xbox said his stepfather lets him play until 02:00. We talked about sleep and about what Kripos does online; he mostly watches MrBeast and listens to Kygo.',
    ),
    clean(
      'The Finnish team joined our English-language session on PlayStation at 19:30: 14 players, about 40 % under 13. Officers used the profiles Politiet_Patrulje and NC3_Kripos.',
    ),
  ],
  nb: [
    withIds(
      'Gutt (13) på Roblox fortalte at en voksen mann som kaller seg «Onkel_Bjarne1971» har bedt om bilder og lovet ham Robux. Skjermbilder tatt, saken sendt videre.',
      'Onkel_Bjarne1971',
    ),
    withIds(
      'Jente (14) på Snapchat sa at stefaren hennes, Kjetil Brådalen, slår moren. Hun ønsket at vi skulle ringe mormoren på 922 18 457.',
      'Kjetil Brådalen',
      '922 18 457',
    ),
    withIds(
      'Han som solgte «billige V-bucks» ga e-posten kontant.kevin@hotmail.no og ba om koden fra et gavekort. Gutten (12) har allerede betalt 600 kr.',
      'kontant.kevin@hotmail.no',
    ),
    withIds(
      'Jenta sa at venninnene Sara Mohammed Ali og Nora Lindqvist i 8C på Fjellhamar skole også har fått meldinger fra samme konto.',
      'Sara Mohammed Ali',
      'Nora Lindqvist',
      '8C på Fjellhamar skole',
    ),
    withIds(
      'Mannen hadde gitt gutten adressen Tordenskiolds gate 23, 3044 Drammen og sagt at han kunne komme dit etter trening. Gutten viste oss også et bilde der mannens fødselsnummer 03058461260 står.',
      'Tordenskiolds gate 23, 3044 Drammen',
      '03058461260',
    ),
    clean(
      'Prat med fire gutter på Discord om Minecraft-servere og Martin Ødegaard. De lurte på om politiet kan se alt de skriver. Ingen personopplysninger notert.',
    ),
    clean(
      'Jente (13) fortalte at treneren på håndballaget sender hjerter på Snapchat. Vi rådet henne til å snakke med moren og ga nummeret 116 111. Sak 24-093315 opprettet.',
    ),
    clean(
      'Gutt (15) på Fortnite spurte hvordan man blir politi. Vi fortalte om Politihøgskolen i Bodø og Stavern. Han spiller mest om kvelden, rundt 21:00.',
    ),
    clean(
      'På TikTok live sa en jente at en lærer på en skole i Kristiansand hadde snakket om nettovergrep. Hun hadde sett Kripos sin profil og syntes det var kult.',
    ),
    clean(
      'Gutt (11) på Xbox sa at faren jobber offshore og at han spiller alene hele helgen. Vi snakket om aldersgrenser og om 112 ved fare. Profil: Politiet_Nettpatrulje.',
    ),
  ],
  nn: [
    withIds(
      'Guten (12) fortalde at ein vaksen på Minecraft-serveren, som kallar seg «Fjellbonden_44», har bede han om å møtast i Førde. Me har teke skjermbilete av profilen.',
      'Fjellbonden_44',
    ),
    withIds(
      'Jenta (15) seier at fotballtreneren hennar, Ståle Myklebust, sender meldingar om natta og har bede ho halde det hemmeleg.',
      'Ståle Myklebust',
    ),
    withIds(
      'Ho ville at me skulle ringje mora på 474 61 902, fordi stefaren tek telefonen hennar kvar kveld. Me ringde mora same kveld.',
      '474 61 902',
    ),
    withIds(
      'Eg snakka med ein gut på Fortnite som sa at venene hans Eirik Hauge og Yusuf Abdi vert pressa av ein konto på Snapchat. Guten veit ikkje kven som står bak.',
      'Eirik Hauge',
      'Yusuf Abdi',
    ),
    withIds(
      'Mannen sende e-postadressa si som «leif.ottar krølla online punktum no» og fødselsnummeret 17088033469 for å «vise at han var ekte».',
      'leif.ottar krølla online punktum no',
      '17088033469',
    ),
    clean(
      'Jenta (13) ville berre prate om Roblox og Kygo. Ho spurde kva politiet gjer på nettet. Ingen personopplysningar lagra.',
    ),
    clean(
      'Guten fortalde at læraren hans på Voss hadde snakka om nettvett i klassen. Me gav han nummeret 116 111 og forklarte kva han kan gjere om nokon trugar han.',
    ),
    clean(
      'Tre jenter på TikTok spurde kor gamal ein må vere for å ha Snapchat. Me svarte 13 år og snakka om personvern. Ingen namn vart oppgjevne.',
    ),
    clean(
      'Ein gut (14) på Steam seier at ein vaksen spelar kjøpte skins til han. Me rådde han til å fortelje det til mor si og melde profilen. Sak 24-104877.',
    ),
    clean(
      'Kveldsøkt på Discord frå 18:00 til 22:00 med profilen Politiet_Vest. 23 samtalar, dei fleste om Fortnite og Minecraft; ingen trong oppfølging.',
    ),
  ],
  nl: [
    withIds(
      "Meisje (14) op Snapchat vertelde dat een man die zich 'DJ_Rens_Eindhoven' noemt naaktfoto's van haar vraagt en dreigt dingen te delen. Ze heeft niets gestuurd.",
      'DJ_Rens_Eindhoven',
    ),
    withIds(
      'Jongen (12) zegt dat zijn voetbaltrainer, Marco van Leeuwen, hem appt vanaf 06-38 21 47 59. Melding doorgezet naar de zedenrecherche.',
      'Marco van Leeuwen',
      '06-38 21 47 59',
    ),
    withIds(
      "Oplichter op Fortnite vroeg om een cadeaukaart en gaf zijn mail als 'gratisvbucks apenstaartje outlook punt com'. Jongen is 25 euro kwijt.",
      'gratisvbucks apenstaartje outlook punt com',
    ),
    withIds(
      'Een jongen uit Gent zei dat zijn vrienden Ilias El Amrani en Wout Peeters op Discord door een volwassene onder druk worden gezet. Hij wou dat we zijn moeder belden op 0472 35 61 08.',
      'Ilias El Amrani',
      'Wout Peeters',
      '0472 35 61 08',
    ),
    withIds(
      "De man had het meisje zijn BSN 237615484 en zijn adres Kerkstraat 18 in Zwolle gestuurd om te 'bewijzen' dat hij een echte modellenscout was.",
      '237615484',
      'Kerkstraat 18',
    ),
    clean(
      'Gesprek op Roblox met vijf kinderen over Memphis Depay en de nieuwe update. Ze vroegen of agenten ook Fortnite spelen. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Meisje (13) vertelde dat haar mentor op school een les over sexting had gegeven. We wezen haar op de Kindertelefoon, 0800-0432, en op 112 bij direct gevaar.',
    ),
    clean(
      'Jongen (15) uit Antwerpen vroeg hoe je bij de politie kan werken. We vertelden over de politieschool; hij speelt vooral Minecraft op een Belgische server.',
    ),
    clean(
      'Een meisje zei dat de vriend van haar moeder haar gsm controleert. We gaven haar het nummer van Awel, 102, en vroegen of ze met een leerkracht kan praten.',
    ),
    clean(
      'Avondsessie op Twitch van 19:00 tot 21:30 met het profiel Politie_Online_Team; 31 chats, ongeveer 60% over gamen. Zaaknummer 2024-118204 voor opvolging.',
    ),
  ],
  fr: [
    withIds(
      "Une fille de 13 ans sur TikTok dit qu'un homme, «Papy_Liège_62», lui envoie des cadeaux et veut la rencontrer à Seraing. Capture d'écran faite.",
      'Papy_Liège_62',
    ),
    withIds(
      "Garçon de 14 ans : son beau-père, Didier Lambotte, l'insulte et le frappe, selon lui. Il voulait qu'on appelle sa tante au 0485 62 19 37.",
      'Didier Lambotte',
      '0485 62 19 37',
    ),
    withIds(
      "L'arnaqueur sur Steam a donné son adresse : skins.gratuits arobase gmail point com, et a demandé des cartes Paysafe au garçon.",
      'skins.gratuits arobase gmail point com',
    ),
    withIds(
      "Une fille de Namur nous a dit que ses copines Inès Benali et Manon Delvaux, en 2e B à l'Athénée Royal de Jambes, reçoivent des messages d'un adulte sur Snapchat.",
      'Inès Benali',
      'Manon Delvaux',
      "2e B à l'Athénée Royal de Jambes",
    ),
    withIds(
      "L'homme a envoyé au garçon une photo de sa carte d'identité avec le numéro de registre national 79.06.12-237.37 et son adresse, rue Saint-Gilles 45, 4000 Liège.",
      '79.06.12-237.37',
      'rue Saint-Gilles 45, 4000 Liège',
    ),
    clean(
      'Discussion sur Fortnite avec quatre garçons à propos de Romelu Lukaku et Angèle. Ils demandaient si la police peut lire leurs messages privés. Aucune donnée personnelle notée.',
    ),
    clean(
      "Une fille de 12 ans dit que son entraîneur de natation lui écrit tard le soir. Nous lui avons conseillé d'en parler à sa mère et donné le 103, Écoute-Enfants.",
    ),
    clean(
      "Garçon de 15 ans de Namur : il veut devenir policier. On lui a parlé de l'académie de police ; il joue surtout à Minecraft sur un serveur belge.",
    ),
    clean(
      "Sur Discord, une ado a raconté qu'un prof de son école à Mons avait parlé de sextorsion. Elle trouvait notre profil Police_Belge_Online rassurant.",
    ),
    clean(
      'Session de 18h30 à 21h sur Roblox, 27 conversations, dossier 2024/0457. Rien de grave ; on a rappelé le 112 et le 101 en cas d’urgence.',
    ),
  ],
  de: [
    withIds(
      'Junge (13) auf Roblox: Ein Erwachsener mit dem Namen „Trainer_Kalle_Aachen“ bot ihm Robux für Fotos an und wollte zu Snapchat wechseln.',
      'Trainer_Kalle_Aachen',
    ),
    withIds(
      'Mädchen (15) aus Eupen sagt, der Freund ihrer Mutter, Dieter Kohnen, verfolge sie nach der Schule. Sie bat uns, ihren Vater unter 0496 27 84 15 anzurufen.',
      'Dieter Kohnen',
      '0496 27 84 15',
    ),
    withIds(
      'Der Betrüger auf Fortnite nannte seine Mail als „vbucks.shop Klammeraffe web Punkt de“ und wollte Guthabenkarten von dem Jungen.',
      'vbucks.shop Klammeraffe web Punkt de',
    ),
    withIds(
      'Ein Junge aus Sankt Vith erzählte, dass seine Freunde Lukas Theissen und Emir Yılmaz von einem Erwachsenen auf Discord erpresst werden.',
      'Lukas Theissen',
      'Emir Yılmaz',
    ),
    withIds(
      'Der Mann schickte dem Mädchen seine Adresse Hauptstraße 52, 4780 Sankt Vith und ein Foto seines Ausweises mit der Nationalregisternummer 85.09.23-158.30.',
      'Hauptstraße 52, 4780 Sankt Vith',
      '85.09.23-158.30',
    ),
    clean(
      'Chat auf Twitch mit drei Jungen über Thomas Müller und das neue Minecraft-Update. Sie wollten wissen, ob Polizisten im Dienst zocken dürfen. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Mädchen (12) erzählte, dass ihr Handballtrainer ihr nachts schreibt. Wir rieten ihr, mit ihrer Mutter zu sprechen, und nannten die Nummer gegen Kummer 116 111.',
    ),
    clean(
      'Junge (14) aus Eupen fragte, wie man Polizist wird. Er spielt vor allem EA FC und schaut MontanaBlack auf Twitch.',
    ),
    clean(
      'Auf Steam berichtete ein Junge, ein Lehrer an einer Schule in Kelmis habe über Cybermobbing gesprochen. Wir erklärten ihm die Meldefunktion.',
    ),
    clean(
      'Einsatz auf Discord von 17:00 bis 20:30 mit dem Profil Polizei_Ostbelgien; 19 Gespräche, etwa 30 % unter 13 Jahren. Aktenzeichen 2024/EUP/0331.',
    ),
  ],
  is: [
    withIds(
      'Stelpa (13) á Snapchat sagði að fullorðinn maður sem kallar sig „Sjomadur_Keflavik“ hefði beðið um myndir og boðið henni peninga.',
      'Sjomadur_Keflavik',
    ),
    withIds(
      'Strákur (14) segir að stjúpfaðir hans, Gunnar Þór Sveinsson, læsi hann úti á kvöldin. Hann vildi að við hringdum í móður hans í síma 862 4917.',
      'Gunnar Þór Sveinsson',
      '862 4917',
    ),
    withIds(
      'Svindlarinn á Roblox gaf upp netfangið robux.island@gmail.com og bað um gjafakort. Strákurinn hafði þegar sent 5.000 krónur.',
      'robux.island@gmail.com',
    ),
    withIds(
      'Stelpa í Hafnarfirði sagði að vinkonur hennar, Katla Rún Ólafsdóttir og Zuzanna Kowalska, fengju skilaboð frá sama manni á TikTok.',
      'Katla Rún Ólafsdóttir',
      'Zuzanna Kowalska',
    ),
    withIds(
      'Maðurinn sendi drengnum kennitöluna sína 120381-2539 og heimilisfangið Hringbraut 87, 101 Reykjavík til að sýna að hann væri „alvöru þjálfari“.',
      '120381-2539',
      'Hringbraut 87, 101 Reykjavík',
    ),
    clean(
      'Spjall á Fortnite við fjóra stráka um Gylfa Sigurðsson og nýju árstíð leiksins. Þeir spurðu hvort lögreglan geti lesið einkaskilaboð. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa (12) sagði að fótboltaþjálfarinn hennar sendi henni skilaboð seint á kvöldin. Við bentum henni á að tala við móður sína og á hjálparsímann 1717.',
    ),
    clean(
      'Strákur (15) á Akureyri spurði hvernig maður verður lögreglumaður. Hann spilar mest Minecraft og hlustar á Laufeyju.',
    ),
    clean(
      'Á Discord sagði stelpa að kennari í skóla í Reykjanesbæ hefði talað um myndbirtingar. Við útskýrðum hvernig á að tilkynna reikning.',
    ),
    clean(
      'Vakt á Roblox frá kl. 19:00 til 22:00 með prófílnum Logreglan_Netvakt; 22 samtöl, engin þörf á eftirfylgni. Málsnúmer 007-2024-18345.',
    ),
  ],
  fi: [
    withIds(
      'Tyttö (14) kertoi Snapchatissa, että aikuinen mies nimimerkillä ”Valokuvaaja_Timo_Tre” pyytää kuvia ja lupaa rahaa.',
      'Valokuvaaja_Timo_Tre',
    ),
    withIds(
      'Poika (13) sanoi, että isäpuoli Jari Kinnunen huutaa ja lyö häntä. Poika halusi, että soitamme hänen äidilleen numeroon 040 718 2653.',
      'Jari Kinnunen',
      '040 718 2653',
    ),
    withIds(
      'Huijari Fortnitessa antoi sähköpostinsa muodossa ”halvat.vbucks ät gmail piste com” ja pyysi lahjakorttikoodeja.',
      'halvat.vbucks ät gmail piste com',
    ),
    withIds(
      'Oululainen tyttö kertoi, että hänen kaverinsa Aino Heikkinen ja Hamdi Warsame ovat saaneet uhkaavia viestejä samalta tililtä Discordissa.',
      'Aino Heikkinen',
      'Hamdi Warsame',
    ),
    withIds(
      'Mies lähetti pojalle henkilötunnuksensa 190776-3272 ja osoitteensa Hämeenkatu 21, 33200 Tampere todistaakseen olevansa oikea valmentaja.',
      '190776-3272',
      'Hämeenkatu 21, 33200 Tampere',
    ),
    clean(
      'Juttelimme Minecraftissa neljän pojan kanssa Teemu Pukista ja uudesta päivityksestä. He kysyivät, voiko poliisi lukea yksityisviestejä. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Tyttö (12) kertoi, että salibandyvalmentaja laittaa viestejä myöhään illalla. Neuvoimme puhumaan äidin kanssa ja kerroimme Lasten ja nuorten puhelimesta 116 111.',
    ),
    clean(
      'Poika (15) Jyväskylästä kysyi, miten poliisiksi pääsee. Hän pelaa lähinnä CS2:ta ja kuuntelee Isac Elliotia.',
    ),
    clean(
      'Discordissa tyttö kertoi, että opettaja eräässä rovaniemeläisessä koulussa oli puhunut seksuaalisesta kiristyksestä. Kerroimme, miten tilistä voi tehdä ilmoituksen.',
    ),
    clean(
      'Päivystys Twitchissä klo 18–21 profiililla Poliisi_Nettipoliisi; 26 keskustelua, noin 35 % alle 13-vuotiaita. Diaarinumero 5500/2024/1187.',
    ),
  ],
  sv: [
    withIds(
      'Flicka (13) på Roblox berättade att en vuxen som kallar sig ”Farbror_Sture_Vasa” har lovat henne Robux mot bilder.',
      'Farbror_Sture_Vasa',
    ),
    withIds(
      'Pojke (14) i Jakobstad sa att hans styvpappa, Mikael Sundqvist, tar hans telefon och hotar honom. Han ville att vi ringer hans mormor på 050 362 7148.',
      'Mikael Sundqvist',
      '050 362 7148',
    ),
    withIds(
      'Bedragaren på Steam, som sa att han bor i Göteborg, skickade sitt personnummer 810227-3565 och e-posten ”gratis.skins snabel-a outlook punkt com” och bad om presentkort.',
      '810227-3565',
      'gratis.skins snabel-a outlook punkt com',
    ),
    withIds(
      'En flicka från Esbo sa att hennes kompisar Ella Lindholm och Amira Hassan har fått hotfulla meddelanden från samma konto på Snapchat.',
      'Ella Lindholm',
      'Amira Hassan',
    ),
    withIds(
      'Mannen skickade pojken sin personbeteckning 041282-6158 och adressen Handelsesplanaden 12, 65100 Vasa för att visa att han var en riktig agent.',
      '041282-6158',
      'Handelsesplanaden 12, 65100 Vasa',
    ),
    clean(
      'Chatt på Fortnite med tre pojkar om Zlatan Ibrahimović och Benjamin Ingrosso. De frågade om polisen får spela på jobbet. Inga personuppgifter antecknade.',
    ),
    clean(
      'Flicka (12) berättade att hennes fotbollstränare skickar meddelanden sent på kvällen. Vi rådde henne att prata med sin mamma och gav numret till Barnens och ungas telefon, 116 111.',
    ),
    clean(
      'Pojke (15) i Borgå frågade hur man blir polis. Han spelar mest Minecraft och tittar på PewDiePie.',
    ),
    clean(
      'På Discord sa en flicka att en lärare på en skola i Åbo hade pratat om sextortion. Vi förklarade hur man anmäler ett konto.',
    ),
    clean(
      'Pass på TikTok kl. 19–22 med profilen Polisen_Nattpatrull; 18 samtal, ingen uppföljning behövs. Diarienummer 2024/4471.',
    ),
  ],
};
