/**
 * Round eighty-two: written blind, before the detector was run on it.
 * People named in passing, with no cue word (friends, siblings, coaches, neighbours, adults), inflected and in any case;
 * clean notes name only famous people, colleagues by role, pets and words that happen to be first names.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_EIGHTY_TWO: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Chatted on Discord with a girl (14) who says Mariam Yusuf keeps sharing her pictures in a group chat. She wants it to stop but is scared Halima will find out and tell everyone at home.',
      'Mariam Yusuf',
      'Halima',
    ),
    withIds(
      'Boy (12) on Roblox: a grown man playing as xXDarkWolf_77Xx offered him Robux for photos, and jonas got the same offer last week. Advised him to block, tell a parent, gave 116 111.',
      'xXDarkWolf_77Xx',
      'jonas',
    ),
    withIds(
      'Fortnite squad of three lads from Bergen, one said Eirik and Sindre Haugland have been threatening a younger boy at the skate park for weeks. They asked whether police can do anything; explained how to report.',
      'Eirik',
      'Sindre Haugland',
    ),
    withIds(
      'Girl on Snapchat asked if it is illegal that Tomasz reads all her messages, Agnieszka Nowak apparently says it is normal. She typed 47 81 25 63 so we could call back, which we declined.',
      'Tomasz',
      'Agnieszka Nowak',
      '47 81 25 63',
    ),
    withIds(
      'Twitch chat: 15-year-old asked about sextortion after someone demanded 2000 kr from Oskar; the scammer wrote from lucas.berg2009@gmail.com. Referred him to the Kripos tip form.',
      'Oskar',
      'lucas.berg2009@gmail.com',
    ),
    clean(
      'Long chat on Minecraft about whether Erling Haaland or Kylian Mbappé would win a sprint; the boy (13) then asked how one becomes a police officer. No personal data recorded.',
    ),
    clean(
      'Girl (15) on TikTok worried about a friend who posts sad videos, gave no names. Gave her 116 111 and info on the school health service; she said she would talk to her teacher on Monday.',
    ),
    clean(
      'Steam group "Nordic Raiders" asked if our colleague from the Dutch team really plays CS2. Talked about skin-trading scams for about 20 minutes, 6 players online, sunny mood all round.',
    ),
    clean(
      'A boy said his dog Hope chewed through his headset, then asked whether MrBeast giveaways are real. Explained common giveaway scams. Case 24-1187 not related.',
    ),
    clean(
      'Roblox Harry Potter roleplay: the kids asked whether Hermione or Ron would make the better police officer. Talked about blocking strangers and 112 for emergencies. Nothing stored.',
    ),
  ],
  nb: [
    withIds(
      'Jente (14) på Snapchat sa at Sofie og Ingrid Bakken har laget en hatside om henne, og at læreren ikke gjør noe. Rådet henne til å ta skjermbilder og snakke med helsesykepleier.',
      'Sofie',
      'Ingrid Bakken',
    ),
    withIds(
      'gutt 13 på fortnite, en voksen som kaller seg Kjetil_F har bedt ham sende bilder på snap og ringt fra 912 44 870. ahmed vet om det men har ikke sagt noe.',
      'Kjetil_F',
      '912 44 870',
      'ahmed',
    ),
    withIds(
      'Discord: gutten sa at han og Mohamed Abdi ble kastet ut av serveren etter at Thea fra 9B rapporterte dem, og at Thea sin far jobber i politiet i Drammen.',
      'Mohamed Abdi',
      'Thea',
    ),
    withIds(
      'Hun skrev fødselsnummeret 14080951257 fordi hun trodde vi trengte det for å anmelde, og sa at Marius på 19 presser henne til å sende bilder. Forklarte at vi ikke lagrer slikt.',
      '14080951257',
      'Marius',
    ),
    withIds(
      'Minecraft-server, to jenter fra Tromsø. Den ene fortalte at Geir Olsen i Storgata 41 inviterer unger inn for å spille PlayStation. Gitt videre til patruljeleder.',
      'Geir Olsen',
      'Storgata 41',
    ),
    clean(
      'Prat med fire gutter på Fortnite om Haaland og Ødegaard, og om hvorfor politiet er på nett. Ingen personopplysninger notert.',
    ),
    clean(
      'Jente (16) spurte om hun kan ringe 116 111 anonymt. Bekreftet det, og at Kors på halsen også har chat. Hun skal snakke med helsesykepleier på en skole i Bodø etter ferien i juni.',
    ),
    clean(
      'Roblox: ungene spurte om politihunden vår heter Storm, og om sola i bakgrunnen var ekte. Snakket om svindel med gratis Robux i ca. 25 minutter.',
    ),
    clean(
      'Twitch: seerne ville vite om Alan Walker og Karpe har besøkt Kripos. Svarte at vi ikke kommenterer slikt, og pratet om Discord-innstillinger for 13-åringer.',
    ),
    clean(
      'Snapchat: gutt (12) lurte på om det er lov å kalle noen stygg i en gruppechat. Forklarte mobbing og at han kan få hjelp på 116 111. Saksnr. 24-3317 gjelder ikke denne samtalen.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (13) på TikTok fortalde at Ingvild og Maren Lie har delt eit bilete av henne utan lov. Ho har ikkje sagt det til nokon heime enno.',
      'Ingvild',
      'Maren Lie',
    ),
    withIds(
      'Guten (14) på Minecraft sa at Arne Vik frå fotballaget skriv til han kvar kveld på Snap som arnev_82 og spør kva han har på seg. Vi rådde han til å fortelje det til mora.',
      'Arne Vik',
      'arnev_82',
    ),
    withIds(
      'Discord: to gutar frå Førde, den eine meinte at Sivert og Leon Haugen sel vape på skulen. Eg forklarte kvar dei kan tipse, og at dei ikkje treng seie kven dei er.',
      'Sivert',
      'Leon Haugen',
    ),
    withIds(
      'Ho skreiv e-posten sin, kari.nes krølla gmail punktum com, sjølv om eg sa ho ikkje skulle. Ho er redd for at Jonas skal leggje ut bileta.',
      'kari.nes krølla gmail punktum com',
      'Jonas',
    ),
    withIds(
      'fortnite: guten sa at ein vaksen, Bashir, ba han sende V-bucks-kodar til 478 63 215 og lova han skins. yasin har gjort det same.',
      'Bashir',
      '478 63 215',
      'yasin',
    ),
    clean(
      'Prata med tre jenter på Habbo om kva politiet gjer på nett. Dei likar Sigrid og Astrid S, og ville vite om vi høyrer på musikk på jobb. Ingen personopplysningar lagra.',
    ),
    clean(
      'Gut (15) spurde om det er ulovleg å dele memes av Jonas Gahr Støre. Eg forklarte ytringsfridom, og at det ikkje er det same som mobbing.',
    ),
    clean(
      'Roblox: ein gjeng ungar frå ein skule på Voss sa det var sol og fint der i dag, og spurde korleis ein blokkerer folk. Snakka i om lag 20 minutt.',
    ),
    clean(
      'Jenta sa at ho har det tungt og ikkje søv. Eg gav ho 116 111 og Mental Helse 116 123, og ho sa ho skulle ringje i kveld. Ingen namn nemnde.',
    ),
    clean(
      'Twitch-straum med 40 sjåarar: dei spurde om Kripos har sett Minecraft-filmen og om Steve hadde vore ein god politimann. Sak 24/5521 er ikkje relevant.',
    ),
  ],
  nl: [
    withIds(
      'Meisje (14) op Snapchat zegt dat Sanne en Lotte de Vries haar buitensluiten en nepaccounts over haar maken. De mentor weet van niets.',
      'Sanne',
      'Lotte de Vries',
    ),
    withIds(
      'Jongen op Roblox: een man die zich ome_kees noemt beloofde hem Robux als hij naar de Kerkstraat 12 in Zwolle kwam. Daan heeft ook zulke berichten gekregen.',
      'ome_kees',
      'Kerkstraat 12',
      'Daan',
    ),
    withIds(
      'Op Discord zei hij dat Yusuf Öztürk en Emre hem elke dag uitschelden op de speelplaats in Gent; hij gaf ook zijn rijksregisternummer 10032218792 omdat hij dacht dat dat moest.',
      'Yusuf Öztürk',
      'Emre',
      '10032218792',
    ),
    withIds(
      'Fortnite: ze typte haar BSN 274391089 toen ze vroeg of ze aangifte kon doen tegen Kevin, een twintiger die haar afperst. Uitgelegd dat wij dat nooit vragen.',
      '274391089',
      'Kevin',
    ),
    withIds(
      'Meisje (15) op TikTok: thuis willen Fatima en Mohammed Amrani dat ze stopt met school. Ze schreef dat we haar kunnen mailen op yasmina apenstaartje hotmail punt com, niet bewaard.',
      'Fatima',
      'Mohammed Amrani',
      'yasmina apenstaartje hotmail punt com',
    ),
    clean(
      'Gesprek op Minecraft met vier jongens over Memphis Depay en Virgil van Dijk. Ze vroegen of de politie ook FIFA speelt. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Meisje (13) vroeg of ze anoniem de Kindertelefoon kan bellen op 0800-0432. Ja, en chatten kan ook. Ze noemde geen namen.',
    ),
    clean(
      'Op Fortnite vroegen ze of Lukaku of De Bruyne beter is; daarna uitleg over phishing met gratis V-bucks. 12 spelers, 35 minuten.',
    ),
    clean(
      'Jongen op Twitch vertelde dat zijn hond Bella zijn controller heeft gesloopt en vroeg of Enzo Knol echt bij de politie op bezoek is geweest.',
    ),
    clean(
      'Het Nederlandse en het Belgische team speelden samen met jongeren op Habbo; de collega van de wijkagent legde uit wanneer je 112 belt. Zaaknummer 2024-PL1200-33 niet gekoppeld.',
    ),
  ],
  fr: [
    withIds(
      "Sur Snapchat, une fille de 14 ans dit que Manon et Chloé Dubois l'insultent tous les soirs et ont créé un faux compte à son nom. Elle n'ose pas en parler à l'école, à Namur.",
      'Manon',
      'Chloé Dubois',
    ),
    withIds(
      'Garçon (12) sur Roblox : un adulte qui joue sous papy_gaming_59 lui offre des Robux contre des photos, et Nassim a reçu le même message.',
      'papy_gaming_59',
      'Nassim',
    ),
    withIds(
      "Fortnite : il a donné son numéro 0478 52 19 63 et parlé d'Inès sans qu'on demande rien ; il dit que Karim Benali, 22 ans, lui fait transporter des colis.",
      '0478 52 19 63',
      'Inès',
      'Karim Benali',
    ),
    withIds(
      "Sur Discord elle a écrit rue des Alliés 27 à Charleroi et dit que Patrick la suit quand elle rentre du collège. Conseillé d'en parler à sa mère et au 103.",
      'rue des Alliés 27',
      'Patrick',
    ),
    withIds(
      'TikTok : il nous a écrit son mail, lucas.p arobase skynet point be, et raconte que Mehdi et Aya ont déjà payé 50 euros au même maître-chanteur.',
      'lucas.p arobase skynet point be',
      'Mehdi',
      'Aya',
    ),
    clean(
      'Discussion sur Fortnite avec des jeunes de Liège sur Romelu Lukaku et Jérémy Doku. Ils demandaient si la police joue à FIFA. Aucune donnée personnelle enregistrée.',
    ),
    clean(
      "Fille (15) sur TikTok : elle voulait savoir si elle peut appeler le 103 sans donner son nom. Oui. Elle parlera à l'infirmière d'une école de Mons.",
    ),
    clean(
      "Roblox : les enfants demandaient si notre chien policier s'appelle Rose. Non, et on a parlé d'arnaques aux Robux gratuits pendant 20 minutes.",
    ),
    clean(
      "Twitch : les spectateurs ont parlé d'Angèle et de Stromae, puis de la sextorsion. On a rappelé le 112 et Child Focus au 116 000.",
    ),
    clean(
      "Minecraft, serveur « BelgaCraft », 8 joueurs : questions sur le métier d'inspecteur et sur Mario et Luigi comme policiers. Dossier 24/0877 sans lien.",
    ),
  ],
  de: [
    withIds(
      'Mädchen (14) auf Snapchat erzählt, dass Lena und Marie Schröder Nacktbilder von ihr herumschicken; die Klassenlehrerin in Eupen weiß nichts davon.',
      'Lena',
      'Marie Schröder',
    ),
    withIds(
      'Junge (13) bei Fortnite: ein Erwachsener, Dieter, schreibt ihm auf Discord als dieter.k_1971 und will sich treffen. Leon hat auch solche Nachrichten bekommen.',
      'Dieter',
      'dieter.k_1971',
      'Leon',
    ),
    withIds(
      'Auf Roblox hat sie Hauptstraße 58 in St. Vith geschrieben und gesagt, dass Kevin Lentz aus der Nachbarschaft ihr Geld für Bilder anbietet.',
      'Hauptstraße 58',
      'Kevin Lentz',
    ),
    withIds(
      'er schrieb seine mail tim.weber Klammeraffe gmx Punkt de in den chat und erzählte, dass Ayşe und Murat Yılmaz ihn in der Pause erpressen.',
      'tim.weber Klammeraffe gmx Punkt de',
      'Ayşe',
      'Murat Yılmaz',
    ),
    withIds(
      'Twitch-Chat: Jugendlicher (16) sagt, dass Uwe vom Verein ihm um 23 Uhr Videos schickt und Jannik das auch kennt. Gab ungefragt 0151 2384 7719 an.',
      'Uwe',
      'Jannik',
      '0151 2384 7719',
    ),
    clean(
      'Gespräch bei Minecraft über Thomas Müller und Jamal Musiala, dann Fragen, ob die Polizei auch zockt. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Mädchen (15) fragte, ob sie die Nummer gegen Kummer 116 111 anonym anrufen kann. Ja. Sie will mit der Schulsozialarbeiterin einer Schule in Aachen reden.',
    ),
    clean(
      'Roblox: Kinder fragten, ob unser Diensthund Storm heißt. Wir sprachen 25 Minuten über Betrug mit Gratis-Robux.',
    ),
    clean(
      'Twitch: Zuschauer wollten wissen, ob MontanaBlack oder Papaplatte schon mal Ärger mit der Polizei hatten. Wir haben auf das Thema Sextortion umgelenkt.',
    ),
    clean(
      'Fortnite-Runde mit der Kollegin aus dem belgischen Team, 4 Jungs aus Eupen, Frage nach dem Notruf 112. Vorgang 24-0915 nicht betroffen.',
    ),
  ],
  is: [
    withIds(
      'Stelpa (13) á Snapchat sagði að Guðrún og Sigrún Jónsdóttir hefðu búið til falskan aðgang um hana. Hún hefur ekki sagt neinum heima frá.',
      'Guðrún',
      'Sigrún Jónsdóttir',
    ),
    withIds(
      'Strákur á Fortnite sagði að fullorðinn maður, Gunnar, hefði boðið honum V-bucks fyrir myndir og líka skrifað Aroni í bekknum hans.',
      'Gunnar',
      'Aroni',
    ),
    withIds(
      'Á Discord gaf hún upp kennitöluna 210410-3410 og sagði að Einar Þórsson sendi henni skilaboð á nóttunni eftir æfingar.',
      '210410-3410',
      'Einar Þórsson',
    ),
    withIds(
      'Roblox: strákurinn sagðist búa á Laugavegi 112 og að Kristjáni og Birni væri strítt á hverjum degi í frímínútum.',
      'Laugavegi 112',
      'Kristjáni',
      'Birni',
    ),
    withIds(
      'TikTok: hún sagðist hafa sent myndir til Jóns Magnússonar sem er 25 ára, og Anna skrifaði netfangið anna.sig att gmail punktur com í spjallið.',
      'Jóns Magnússonar',
      'Anna',
      'anna.sig att gmail punktur com',
    ),
    clean(
      'Spjall á Minecraft við fjóra stráka um Messi og Ronaldo, og um Björk og Laufey. Þeir spurðu hvort lögreglan spili tölvuleiki. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa (15) spurði hvort hún gæti hringt í 1717 án þess að segja til nafns. Já. Hún ætlar að tala við skólahjúkrunarfræðing í skóla á Akureyri.',
    ),
    clean(
      'Roblox: krakkarnir spurðu hvort lögregluhundurinn héti Storm. Við töluðum um svindl með ókeypis Robux í 20 mínútur.',
    ),
    clean(
      'Twitch: áhorfendur vildu vita hvort Kripos hefði séð Minecraft-myndina. Rætt um neyðarnúmerið 112 og um það hvernig á að tilkynna áreitni.',
    ),
    clean(
      'Fortnite: sjö spilarar frá Reykjavík og Selfossi, talað um einelti á netinu og hvernig á að blokka. Mál 007-2024-1122 tengist ekki.',
    ),
  ],
  fi: [
    withIds(
      'Tyttö (14) Snapchatissa kertoi, että Emma ja Aino Virtanen ovat tehneet hänestä valetilin. Hän ei ole kertonut asiasta kenellekään koulussa Tampereella.',
      'Emma',
      'Aino Virtanen',
    ),
    withIds(
      'Poika (12) Robloxissa: aikuinen mies nimimerkillä seta_jari71 lupaa Robuxeja kuvista, ja Eetulle on tullut samanlaisia viestejä.',
      'seta_jari71',
      'Eetulle',
    ),
    withIds(
      'Discordissa hän kirjoitti henkilötunnuksensa 170410A2638, koska luuli sen olevan pakollista, ja kertoi Mikko Laineen painostavan häntä lähettämään kuvia.',
      '170410A2638',
      'Mikko Laineen',
    ),
    withIds(
      'fortnite: poika kertoi että Abdirahman ja Hamza Ali kiusaavat häntä joka päivä ja Hamzan isoveli uhkaili häntä Hervannassa.',
      'Abdirahman',
      'Hamza Ali',
      'Hamzan',
    ),
    withIds(
      'TikTok: tyttö kirjoitti sähköpostinsa, sanni.k ät gmail piste com, ja sanoi, että Jussin kanssa sattunut juttu on levinnyt Liisalle ja koko ryhmälle.',
      'sanni.k ät gmail piste com',
      'Jussin',
      'Liisalle',
    ),
    clean(
      'Minecraftissa juttelimme neljän pojan kanssa Teemu Pukista ja Sami Hyypiästä. Onni suosi meitä, kun voitimme rakennuskisan. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Tyttö (15) kysyi, voiko numeroon 116 111 soittaa nimettömänä. Kyllä voi. Hän aikoo jutella kuraattorin kanssa eräässä oululaisessa koulussa.',
    ),
    clean(
      'Robloxissa lapset kysyivät, onko poliisikoiran nimi Toivo. On, ja toivo on, että he muistavat estää tuntemattomat pelaajat.',
    ),
    clean(
      'Twitch: katsojat kysyivät, onko Kripos nähnyt Käärijän keikan ja pelaako poliisi CS2:ta. Puhuimme seksuaalisesta kiristyksestä 30 minuuttia.',
    ),
    clean(
      'Fortnite: 6 pelaajaa Lahdesta ja Porista, puhetta kiusaamisesta ja hätänumerosta 112. Asianumero 5500/R/1234/24 ei liity tähän.',
    ),
  ],
  sv: [
    withIds(
      'Flicka (14) på Snapchat sa att Ella och Wilma Lindqvist skickar runt bilder på henne och att det har pågått sedan i våras.',
      'Ella',
      'Wilma Lindqvist',
    ),
    withIds(
      'Pojke (13) på Roblox: en vuxen som kallar sig farbror_bosse skriver till honom varje kväll, och Elias har också fått meddelanden. Rådde honom att blockera.',
      'farbror_bosse',
      'Elias',
    ),
    withIds(
      'På Discord skrev hon sitt personnummer 100615-2787 och sa att Johan Nyström, 23, vill träffa henne i Uppsala på lördag.',
      '100615-2787',
      'Johan Nyström',
    ),
    withIds(
      'Fortnite: han gav sitt nummer 070-482 19 56 och berättade att Ali och Zainab Hassan hotar honom i korridoren varje rast.',
      '070-482 19 56',
      'Ali',
      'Zainab Hassan',
    ),
    withIds(
      'TikTok: hon skrev mejlen linnea.s snabel-a hotmail punkt com och sa att Oskar Mäkelä från Borgå och Anton ber om nakenbilder.',
      'linnea.s snabel-a hotmail punkt com',
      'Oskar Mäkelä',
      'Anton',
    ),
    clean(
      'Pratade på Minecraft med fyra killar om Zlatan och Alexander Isak, och om polisen spelar FIFA. Inga personuppgifter antecknade.',
    ),
    clean(
      'Flicka (15) frågade om hon kan ringa BRIS på 116 111 anonymt. Ja. Hon ska prata med kuratorn på en skola i Helsingfors.',
    ),
    clean(
      'Roblox: barnen undrade om polishunden heter Bella. Vi pratade om bedrägerier med gratis Robux i 20 minuter.',
    ),
    clean(
      'Twitch: tittarna frågade om Kripos lyssnar på Zara Larsson och om Mr Bean kunde bli polis. Vi pratade om sextortion.',
    ),
    clean(
      'Fortnite: 5 spelare från Åbo och Jakobstad, snack om mobbning och nödnumret 112. Ärende 2024-118 berörs inte.',
    ),
  ],
};
