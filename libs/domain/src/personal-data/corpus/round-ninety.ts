/**
 * Round ninety: written blind, before the detector was run on it.
 * An ordinary evening of the week: Finnish, Icelandic and Swedish-speaking teams with their Norwegian hosts, English
 * summaries, and the Belgian and Dutch teams; every note a different conversation, identifiers as people write them.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_NINETY: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Summary, Finnish team: a 13-year-old girl on Roblox said an adult player called xX_DarkWolf77_Xx asked her to move to Snapchat and send photos. His Snapchat is wolfie.k2009 according to her. Passed to the Finnish desk.',
      'xX_DarkWolf77_Xx',
      'wolfie.k2009',
    ),
    withIds(
      'Boy (14) from Drammen on Discord is being bullied in a class server; the one behind it is a classmate, Jonas Berntsen in 8B at Fjell skole. Advised him to save screenshots and talk to his contact teacher.',
      'Jonas Berntsen',
      '8B at Fjell skole',
    ),
    withIds(
      "Icelandic team: girl asked whether police can delete a video of her that is going round on TikTok. She gave her mum's mobile, +354 691 4427, and asked us to call her instead.",
      '+354 691 4427',
    ),
    withIds(
      'Boy on Steam lost his account to a fake skin-trading site. He typed his recovery mail as kevin dot haugland at gmail dot com before we could stop him. Told him to change passwords and turn on Steam Guard.',
      'kevin dot haugland at gmail dot com',
    ),
    withIds(
      'Sextortion, Dutch team: boy (15) says the blackmailer knows he lives at Kastanjelaan 14 in Zwolle and threatens to send the pictures to his parents. Team told him not to pay and to call 112 if he feels unsafe.',
      'Kastanjelaan 14',
    ),
    clean(
      'Evening summary from the Finnish team: 23 conversations on Fortnite and Discord, mostly kids asking whether police really play games. No personal data recorded.',
    ),
    clean(
      'Kripos officer chatted with three boys in Minecraft about griefing on a server called CraftNord. Explained how to report to the server admins and to Mojang.',
    ),
    clean(
      'Girl (12) asked in a TikTok live whether it is illegal to post a photo of someone without asking. Explained the rules and gave her 116 111.',
    ),
    clean(
      'The Swedish-speaking team from Vaasa talked with viewers on Twitch during a Counter-Strike stream about free-skin scams. Two of them had been tricked before; advised using only the official Steam market.',
    ),
    clean(
      'Boy in Reykjavík asked whether Erling Haaland plays Fortnite and whether the officer was a real police officer. Showed him the verified profile of Politiet Nettpatrulje; chat ended at 21:40.',
    ),
  ],
  nb: [
    withIds(
      'Jente (14) på Snapchat forteller at en voksen mann hun ikke kjenner har sendt henne penger på Vipps og vil at hun skal ringe ham på 918 44 217. Hun er redd for å si det til moren.',
      '918 44 217',
    ),
    withIds(
      'Gutt på Discord skrev fødselsnummeret sitt i chatten for å «bevise» at han er gammel nok: 14030952333. Ba ham slette meldingen og forklarte hvorfor.',
      '14030952333',
    ),
    withIds(
      'Gutt (13) fra Lillestrøm sier at Mohamed Yusuf Abdi i 7C på Kjeller skole blir mobbet i klassechatten. Han vil ikke at vi skal si hvem som tipset.',
      'Mohamed Yusuf Abdi',
      '7C på Kjeller skole',
    ),
    withIds(
      'Jente på Roblox ville ha hjelp med kontoen og skrev e-posten sin som ida.solberg09 krølla hotmail punktum no. Henviste til Roblox support.',
      'ida.solberg09 krølla hotmail punktum no',
    ),
    withIds(
      'Gutt (15) fra Bergen sier at en han har spilt med på Xbox vil komme på besøk og allerede vet at han bor i Fjellveien 23B. Snakket om å si ifra hjemme, og saken er meldt videre.',
      'Fjellveien 23B',
    ),
    clean(
      'Snakket med fire gutter på Fortnite om hvordan man anmelder trusler. De lurte på om politiet kan lese det de skriver. Ingen personopplysninger notert.',
    ),
    clean(
      'Jente (16) fra Tromsø lurte på hvordan det er å jobbe i politiet og hvilke karakterer man trenger. Anbefalte sidene til Politihøgskolen.',
    ),
    clean(
      'Gutt på Discord fortalte at en venn skader seg selv. Ga ham nummeret til Kors på halsen, 800 33 321, og sa at han alltid kan ringe 116 111.',
    ),
    clean(
      'Twitch-chat under en Fortnite-turnering; mange spurte om Martin Ødegaard spiller FIFA. Svarte på spørsmål i 35 minutter.',
    ),
    clean(
      'Sak 24-118733 oppdatert: jenta har blokkert kontoen og snakket med helsesykepleier på skolen. Ingen nye opplysninger.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (13) på TikTok fortalde at ein vaksen mann som heiter Arvid Teigland skriv til henne på Instagram. Ho har ikkje møtt han, men han spør kvar ho bur.',
      'Arvid Teigland',
    ),
    withIds(
      'Guten skreiv fødselsnummeret til veslesyster si i chatten fordi han trudde vi trong det: 270811 48746. Eg bad han slette det med ein gong.',
      '270811 48746',
    ),
    withIds(
      'Prata med ein gut frå Voss på Minecraft. Han seier at brukaren Fjordkongen_07 har truga med å leggje ut bilete av han. Tipsa om å ta skjermbilete.',
      'Fjordkongen_07',
    ),
    withIds(
      'Jenta fortel at venninna hennar, ho heiter Synnøve, har sendt bilete til ein ho ikkje kjenner på Snapchat. Ho er redd og veit ikkje kva ho skal gjere.',
      'Synnøve',
    ),
    withIds(
      'Gut (14) på PlayStation sa at ein eldre spelar har fått adressa hans, Storgata 41, 6900 Florø, og sendt ein pakke dit. Meldt vidare til Vest politidistrikt.',
      'Storgata 41, 6900 Florø',
    ),
    clean(
      'Prata med tre jenter på Roblox om korleis ein blokkerer folk. Dei spurde om politiet har hund. Ingen personopplysningar er skrivne ned.',
    ),
    clean(
      'Gut frå Førde lurte på om det er lov å kjøpe V-bucks av andre. Forklarte at det ofte er svindel og at han bør snakke med foreldra.',
    ),
    clean(
      'Ei jente fortalde at ho har det tungt og ikkje søv. Gav henne nummeret til Mental Helse, 116 123, og 113 om det hastar. Ho logga av kl. 22.15.',
    ),
    clean(
      'Samtale på Discord-serveren «Nordic Gamers» om Kygo og Aurora; ingen spørsmål til politiet. 12 brukarar var inne.',
    ),
    clean(
      'Gut (15) frå ein skule i Sogndal spurde kva politiet gjer med tips. Forklarte at tips via politiet.no kan vere anonyme.',
    ),
  ],
  nl: [
    withIds(
      'Meisje (15) op Discord stuurde haar BSN 234518716 omdat iemand beloofde dat ze er gratis Nitro mee kreeg. Uitgelegd dat dit oplichting is en dat ze dat nummer nooit deelt.',
      '234518716',
    ),
    withIds(
      'Jongen uit Rotterdam-Zuid: Fortnite-account gehackt, hij gaf zijn mail op als daan.devries2010 apenstaartje outlook punt com. Doorverwezen naar Epic Games support.',
      'daan.devries2010 apenstaartje outlook punt com',
    ),
    withIds(
      "Meisje (14) uit Utrecht zegt dat Yasmina El Amrani uit haar klas naaktfoto's van haar doorstuurt in een Snapchatgroep. Besproken in het team; melding gedaan bij de wijkagent.",
      'Yasmina El Amrani',
    ),
    withIds(
      'Jongen in Gent vertelt dat een man hem op Roblox 50 euro bood en zijn gsm-nummer gaf: 0478 52 19 36. Gezegd dat hij niet moet reageren en het aan zijn ouders moet vertellen.',
      '0478 52 19 36',
    ),
    withIds(
      'Sextortion: jongen (16) uit Almere wordt afgeperst door het account instagram.com/lisa_x_vibes_ dat 200 euro wil. Geadviseerd niet te betalen en aangifte te doen via 0900-8844.',
      'instagram.com/lisa_x_vibes_',
    ),
    clean(
      'Gesprek met een groep in Minecraft over de nieuwe update; ze wilden weten of agenten ook op Hypixel spelen. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Meisje (13) uit Antwerpen vroeg wat ze moet doen als iemand haar bedreigt op TikTok. Verwezen naar Awel op 102 en naar de politie via 101.',
    ),
    clean(
      'Jongen vertelde over pesten in zijn klas, zonder namen te noemen. Hem gewezen op de Kindertelefoon, 0800-0432.',
    ),
    clean(
      'Chat op Twitch tijdens een stream van Gamemeneer; de kijkers vroegen of wij Memphis Depay kennen. Ongeveer 40 vragen beantwoord in een uur.',
    ),
    clean(
      'Meisje uit Eindhoven wilde weten of ze met 12 jaar al TikTok mag gebruiken. Uitgelegd dat de minimumleeftijd 13 is en dat haar ouders kunnen meekijken.',
    ),
  ],
  fr: [
    withIds(
      'Une fille de 13 ans sur Roblox a écrit son numéro de registre national 10.04.12-183.15 pour prouver son âge à un « recruteur ». On lui a demandé de supprimer le message.',
      '10.04.12-183.15',
    ),
    withIds(
      "Garçon de Charleroi, compte Fortnite piraté ; il a donné son adresse mail : theo.lambert arobase skynet point be. Renvoyé vers le support d'Epic.",
      'theo.lambert arobase skynet point be',
    ),
    withIds(
      'Jeune fille (15) de Schaerbeek : un homme qui se présente comme Karim Benali, 24 ans, lui demande des photos sur Snapchat. Conseillé de bloquer et de prévenir ses parents ; dossier transmis.',
      'Karim Benali',
    ),
    withIds(
      "Garçon de 14 ans à Liège : un joueur de Minecraft lui a dit qu'il connaît son adresse, rue Saint-Gilles 87, et qu'il va passer. Il a peur ; la zone de police a été contactée.",
      'rue Saint-Gilles 87',
    ),
    withIds(
      "Harcèlement sur TikTok : le compte @lea.nmr_off publie des montages de sa copine Manon, élève en 3e B à l'Athénée royal de Namur. La jeune qui nous écrit ne veut pas donner son nom.",
      '@lea.nmr_off',
      'Manon',
      "3e B à l'Athénée royal de Namur",
    ),
    clean(
      'Discussion avec quatre garçons sur Fortnite à propos des arnaques aux V-bucks. Ils voulaient savoir si la police a le droit de jouer pendant le service. Aucune donnée personnelle notée.',
    ),
    clean(
      "Une fille de Mons demande quoi faire si un adulte lui envoie des messages bizarres. On lui a donné le 103 (Écoute-Enfants) et rappelé le 112 en cas d'urgence.",
    ),
    clean(
      "Sur Twitch, les spectateurs d'un stream de Squeezie nous ont posé des questions sur le métier de policier pendant 25 minutes. Ambiance sympa.",
    ),
    clean(
      'Garçon de 16 ans à Bruxelles qui parle de Romelu Lukaku et de FC 25, puis demande comment signaler un compte sur Discord. Procédure expliquée.',
    ),
    clean(
      'Suivi du dossier BR.12.L3.045678/24 : la jeune a parlé au centre PMS de son école et se sent mieux.',
    ),
  ],
  de: [
    withIds(
      'Junge (13) aus Eupen hat seine E-Mail im Chat gepostet: jonas.kessler Klammeraffe gmx punkt de. Wir haben ihm erklärt, warum man das nicht öffentlich teilt.',
      'jonas.kessler Klammeraffe gmx punkt de',
    ),
    withIds(
      'Mädchen aus St. Vith schrieb ihre Nationalregisternummer 09092724601 in den Discord-Kanal, weil ein Fremder angeblich ein Gewinnspiel macht. Nachricht wurde gelöscht.',
      '09092724601',
    ),
    withIds(
      'Schüler (15) aus Köln erzählt, dass Emre Yılmaz aus der 9a der Gesamtschule Holweide ihn in einer WhatsApp-Gruppe bedroht. Eltern sollen informiert werden.',
      'Emre Yılmaz',
      '9a der Gesamtschule Holweide',
    ),
    withIds(
      'Ein Mann hat einem Mädchen (12) auf Roblox seine Handynummer gegeben: 0176 48 29 315. Sie soll ihm per WhatsApp schreiben. Fall an die Kollegen weitergegeben.',
      '0176 48 29 315',
    ),
    withIds(
      'Junge (14) sagt, ein Spieler auf Xbox habe seine Adresse herausgefunden: Hauptstraße 12, 4700 Eupen. Er soll 100 Euro in Steam-Guthaben zahlen.',
      'Hauptstraße 12, 4700 Eupen',
    ),
    clean(
      'Gespräch mit einer Gruppe auf Minecraft über Cybermobbing; die Nummer gegen Kummer 116 111 kannten sie noch nicht. Keine personenbezogenen Daten aufgeschrieben.',
    ),
    clean(
      'Mädchen (14) aus Kelmis fragte, ob die Polizei Instagram-Konten sperren kann. Erklärt, dass das über die Meldefunktion läuft.',
    ),
    clean(
      'Im Twitch-Chat von MontanaBlack fragten viele, ob wir echte Polizisten sind. Etwa 60 Nachrichten in 30 Minuten beantwortet.',
    ),
    clean(
      'Junge erzählt, dass er sich wegen Schulstress ritzt. Wir haben ihn ermutigt, mit jemandem zu reden, und ihm die 0800 111 0 111 der Telefonseelsorge gegeben.',
    ),
    clean(
      'Aktenzeichen 2024-ST-0815: Das Mädchen hat die Chats gesichert und mit ihrer Klassenlehrerin gesprochen. Keine weiteren Schritte.',
    ),
  ],
  is: [
    withIds(
      'Stelpa (15) á Discord sendi kennitöluna sína, 170309-3240, því einhver sagðist ætla að gefa henni Nitro. Við sögðum henni að eyða skilaboðunum.',
      '170309-3240',
    ),
    withIds(
      'Strákur úr Breiðholti segir að Jón Ingi Guðmundsson, fullorðinn maður, hafi boðið honum pening fyrir myndir á Snapchat. Málinu vísað áfram.',
      'Jón Ingi Guðmundsson',
    ),
    withIds(
      'Stelpa á TikTok gaf okkur símanúmerið hjá vinkonu sinni, 862 3419, og bað okkur að hringja því hún þorir það ekki sjálf. Við útskýrðum að hún getur hringt í 112.',
      '862 3419',
    ),
    withIds(
      'Strákur (14) á Fortnite hefur misst aðganginn; netfangið hans er gunnar.thor2010 hjá gmail punktur com. Bentum honum á hjálpina hjá Epic.',
      'gunnar.thor2010 hjá gmail punktur com',
    ),
    withIds(
      'Strákur á Roblox sagði að notandinn IceViking_99 viti að hann búi á Hringbraut 56 og hafi hótað að koma. Lögreglan á höfuðborgarsvæðinu fékk málið.',
      'IceViking_99',
      'Hringbraut 56',
    ),
    clean(
      'Spjölluðum við fimm stráka á Fortnite um svindl með V-bucks. Þeir spurðu hvort lögreglan spili í vinnunni. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa (13) frá Akureyri spurði hvað hún eigi að gera ef einhver sendir henni ljótar myndir. Bentum á 1717, hjálparsíma Rauða krossins.',
    ),
    clean(
      'Spjall í Minecraft um Laufey og Hatara; engar spurningar til lögreglunnar. Um 15 notendur voru á þjóninum.',
    ),
    clean(
      'Strákur úr skóla á Selfossi spurði hvernig maður verður lögreglumaður. Sögðum honum frá náminu við Háskólann á Akureyri.',
    ),
    clean('Mál 007-2024-18342: stelpan hefur lokað á aðganginn og talað við námsráðgjafa. Ekkert frekar.'),
  ],
  fi: [
    withIds(
      'Tyttö (14) lähetti Discordissa henkilötunnuksensa 120410A374L, koska joku lupasi hänelle ilmaisia Robuxeja. Neuvoimme poistamaan viestin heti.',
      '120410A374L',
    ),
    withIds(
      'Poika Tampereelta kertoi, että hänen Fortnite-tilinsä on kaapattu; sähköposti on eetu.makinen ät gmail piste com. Ohjasimme Epicin tukeen.',
      'eetu.makinen ät gmail piste com',
    ),
    withIds(
      'Tyttö (13) Itä-Helsingistä kertoo, että aikuinen mies Snapchatissa tietää hänen osoitteensa Kontulankaari 7 B 14 ja lähetti siitä kuvan. Asia välitettiin eteenpäin.',
      'Kontulankaari 7 B 14',
    ),
    withIds(
      'Poika Oulusta kertoi, että käyttäjä Susi_Kallio88 pyysi häntä soittamaan numeroon 040 738 2916 ja lupasi skinejä. Kehotimme estämään käyttäjän.',
      'Susi_Kallio88',
      '040 738 2916',
    ),
    withIds(
      'Kiusaamista WhatsApp-ryhmässä: poika kertoi, että Aleksi Nieminen Kalevan koulun 8C-luokalta julkaisee hänestä kuvia. Kehotimme kertomaan opettajalle.',
      'Aleksi Nieminen',
      'Kalevan koulun 8C-luokalta',
    ),
    clean(
      'Juttelimme neljän pojan kanssa Fortnitessa huijauksista ja tilien suojaamisesta. He kysyivät, pelaako poliisi työajalla. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Tyttö (15) Jyväskylästä kysyi, mitä tehdä, jos joku kiristää kuvilla. Annoimme Lasten ja nuorten puhelimen numeron 116 111 ja muistutimme hätänumerosta 112.',
    ),
    clean(
      'Twitch-chatissa kysyttiin, tunteeko poliisi Teemu Pukin tai Käärijän. Vastasimme noin 30 kysymykseen puolessa tunnissa.',
    ),
    clean(
      'Poika kertoi, että kaveri puhuu itsensä satuttamisesta. Kerroimme Sekasin-chatista ja että hädässä voi aina soittaa 112.',
    ),
    clean('Tehtävä 2024/4431-12: tyttö on estänyt tilin ja puhunut koulukuraattorin kanssa. Ei jatkotoimia.'),
  ],
  sv: [
    withIds(
      'Flicka (13) på Discord skrev sitt personnummer 100523-4826 eftersom en främling lovat henne ett presentkort. Vi bad henne radera meddelandet direkt.',
      '100523-4826',
    ),
    withIds(
      'Pojke från Jakobstad skickade sin personbeteckning 250809A6285 i chatten på Roblox. Vi förklarade varför den inte ska delas.',
      '250809A6285',
    ),
    withIds(
      'Pojke (14) i Esbo har fått sitt Steam-konto kapat; mejlen är oliver.lindqvist snabel-a gmail punkt com. Hänvisade till Steam Support.',
      'oliver.lindqvist snabel-a gmail punkt com',
    ),
    withIds(
      'Flicka i Vasa berättar att Rojin Ahmadi i 8A på Vasa övningsskola blir hånad i en TikTok-grupp. Själv vill hon vara anonym.',
      'Rojin Ahmadi',
      '8A på Vasa övningsskola',
    ),
    withIds(
      'Pojke (15) från Borgå säger att en vuxen man med profilen tiktok.com/@mikke_borga vet att han bor på Runebergsgatan 9 och vill träffas. Ärendet vidarebefordrat.',
      'tiktok.com/@mikke_borga',
      'Runebergsgatan 9',
    ),
    clean(
      'Pratade med tre pojkar på Minecraft om griefing och hur man anmäler till serveradmins. Inga personuppgifter antecknade.',
    ),
    clean(
      'Flicka (14) från Åbo frågade vad hon ska göra om någon hotar att sprida bilder. Gav numret till Barnens och ungas telefon, 116 111, och påminde om 112.',
    ),
    clean(
      'I Twitch-chatten frågade många om vi lyssnar på Isac Elliot och spelar Counter-Strike 2. Ungefär 50 meddelanden på 40 minuter.',
    ),
    clean(
      'Pojke berättade att han mår dåligt och inte sover. Tipsade om Krisjouren för unga och sade att han kan ringa 112 om det är akut.',
    ),
    clean(
      'Kvällens pass 18–22 på Discord: 31 samtal, ungefär 40 % handlade om bedrägerier med skins. Ingen behövde vidare hjälp.',
    ),
  ],
};
