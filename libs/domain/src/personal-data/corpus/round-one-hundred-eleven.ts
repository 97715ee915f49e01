/**
 * Round one hundred and eleven: written blind, before the detector was run on it.
 * Online identities and numbers: handles, tags, profile links, e-mails in words, phones and identity numbers as typed,
 * against clean notes on the same platforms with public servers, famous streamers, police profiles, codes and prices.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_ELEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Chatted with a 14-year-old boy on Discord in a big public Minecraft server. He'd posted his tag shadowfox_2010 in the general channel, so we talked about keeping it for friends he knows.",
      'shadowfox_2010',
    ),
    clean(
      'Two girls, 12 and 13, asked on a TikTok live whether the police really play Fortnite. We explained what Politiet_Patrulje does and reminded them that 116 111 is open if anything online feels wrong.',
    ),
    withIds(
      'A 15-year-old on Roblox said a stranger kept messaging his account xX_BlockBuilder_Xx offering 10,000 Robux for his password. Advised him to block, report and change the password; he will tell his mum as well.',
      'xX_BlockBuilder_Xx',
    ),
    clean(
      'Talked with a few teenagers in Twitch chat during a Minecraft speedrun by a well-known streamer. They asked about error code 0x803F8001 and whether keys for €4.99 on grey-market sites are legal; we explained the risks.',
    ),
    withIds(
      'Girl (13) on Snapchat said a friend posted her number +44 7723 418 905 in a group chat and now strangers text her. We went through how to report the post and block unknown numbers.',
      '+44 7723 418 905',
    ),
    clean(
      'Steam group chat with lads around 16 about account trading. Explained the usual scam patterns; nobody gave any personal details. Case number 24/118733 logged for the phishing link they reported.',
    ),
    withIds(
      "A 14-year-old boy wrote his email out as liam.doherty09 at outlook dot ie so the filter wouldn't catch it, and wanted to swap Fortnite skins. Told him never to share it with people he doesn't know.",
      'liam.doherty09 at outlook dot ie',
    ),
    clean(
      'Answered questions on Instagram from a 15-year-old about whether MrBeast giveaways are real. Gave tips on spotting fake accounts and pointed to KriposNettpatrulje as the real police profile.',
    ),
    withIds(
      'On TikTok a 16-year-old asked us to look at his profile tiktok.com/@jamie_rocks_07 because someone had copied his videos. Explained how to report impersonation to the platform.',
      'tiktok.com/@jamie_rocks_07',
    ),
    clean(
      "Minecraft server with a 13-year-old who was upset after losing 800 V-Bucks on a bet in Fortnite. Talked about gambling-like mechanics; he said he's fine and plays about two hours a day.",
    ),
  ],
  nb: [
    clean(
      'Snakket med tre gutter på 12–13 år på Discord-serveren «Fortnite Norge». De lurte på om det er lov å selge kontoer, og vi forklarte at det bryter vilkårene og ofte ender med svindel.',
    ),
    withIds(
      'Jente på 14 fortalte på Snapchat at en ukjent hadde lagt til brukernavnet hennes, lilje.bloms, og sendt ubehagelige meldinger. Vi viste henne hvordan hun blokkerer og rapporterer, og at hun kan ringe 116 111.',
      'lilje.bloms',
    ),
    withIds(
      'En gutt på 13 skrev fødselsnummeret sitt 140311 512 88 i chatten på Roblox fordi noen lovet gratis Robux. Vi ba ham aldri dele det og snakke med foreldrene om det som skjedde.',
      '140311 512 88',
    ),
    clean(
      'Spilte Minecraft med en gjeng på 11–12 år. De spurte om Politiet_Patrulje er en ekte politikonto, og vi forklarte hvordan de kjenner igjen falske profiler.',
    ),
    withIds(
      'Gutt (13) på Fortnite la ut gamertagen sin «NordlysNinja_77» og Discord-taggen nordlys#4821 i lobbyen. Vi snakket om at slike opplysninger bør holdes for venner han kjenner.',
      'NordlysNinja_77',
      'nordlys#4821',
    ),
    clean(
      'Twitch-chat under en strøm fra en kjent norsk YouTuber. Flere unge spurte om feilkode 4004 i appen; vi svarte ikke på det tekniske, men minnet om at politiet aldri ber om passord.',
    ),
    withIds(
      'Jente på 15 skrev at hun selger klær via TikTok og ba kjøpere sende melding til +47 412 38 906. Vi rådet henne til å la en voksen stå for salget og ikke legge ut sitt eget nummer.',
      '+47 412 38 906',
    ),
    clean(
      'Saksnummer 24-183944 ble opprettet etter at en 14-åring meldte fra om en lenke som lovet 5000 Robux. Han hadde ikke klikket, og vi roste ham for at han sa fra.',
    ),
    withIds(
      'En 16-åring ba oss sjekke Instagram-profilen instagram.com/emil.skate.bergen fordi noen hadde laget en kopi med bildene hans. Vi forklarte hvordan man melder en falsk profil.',
      'instagram.com/emil.skate.bergen',
    ),
    clean(
      'Prat på Steam med to gutter på 15 om juksprogrammer i Counter-Strike 2, versjon 1.39. De skjønte at de kan miste kontoen, og vi tipset om Slettmeg.no og Kors på halsen.',
    ),
  ],
  nn: [
    withIds(
      'Snakka med ein gut på 14 år på Discord. Han hadde skrive e-posten sin som sindre.haugland(at)gmail[dot]com i ein open kanal, og vi forklarte kvifor det ikkje er lurt.',
      'sindre.haugland(at)gmail[dot]com',
    ),
    clean(
      'Ei jente på 12 lurte på om det kostar pengar å spela Roblox. Vi snakka om at 400 Robux kostar om lag 50 kroner, og at ho bør spørja foreldra før ho kjøper noko.',
    ),
    withIds(
      'Gut (12) på Snapchat sende oss fødselsnummeret sitt, 220612-53444, for å «prova» alderen sin. Vi sletta meldinga og forklarte at slikt aldri skal sendast til nokon på nett.',
      '220612-53444',
    ),
    clean(
      'Var innom ein Minecraft-server for ungdom på Vestlandet. Ungdommane på 13–14 år spurde kva KriposNettpatrulje gjer, og vi fortalde om tipsmottaket og at dei kan ringja 116 111.',
    ),
    withIds(
      'Ei jente på 13 med brukarnamnet @fjordprinsessa_13 på TikTok fortalde at ein vaksen hadde bede om bilete. Vi oppretta sak og hjelpte ho med å blokkera og melda kontoen.',
      '@fjordprinsessa_13',
    ),
    clean(
      'Prata med fire gutar i Fortnite-lobbyen om kjøp av V-Bucks. Dei hadde sett ein video frå ein kjend streamar som lova gratis skins, og vi forklarte at det var svindel.',
    ),
    withIds(
      'Gut på 16 skreiv mobilnummeret sitt, 934 12 780, i Twitch-chatten for å finna folk å spela med. Vi bad han sletta det og heller bruka vennelista i spelet.',
      '934 12 780',
    ),
    clean(
      'Ein 14-åring spurde på Steam om feilkoden E84 betyr at kontoen er hacka. Vi sa at det er ein teknisk feil, men tipsa om tofaktorinnlogging likevel.',
    ),
    withIds(
      'Ei jente på 15 la ut Roblox-namnet sitt, HardangerHanna2009, og bad om venneførespurnader. Vi snakka om kven som kan sjå profilen, og korleis ho kan avgrensa chatten.',
      'HardangerHanna2009',
    ),
    clean(
      'Kveldsrunde på Discord-serveren «Norsk Gaming» klokka 20.30. Ingen saker, men to ungdomar på 15 spurde korleis dei melder ein falsk politiprofil, og vi viste til Politiet_Patrulje som vår eigen konto.',
    ),
  ],
  nl: [
    clean(
      'Op Discord met een groep jongens van 13 gepraat in een grote Nederlandse Minecraft-server. Ze vroegen of de politie echt meespeelt; we legden uit wat we doen en noemden De Kindertelefoon (0800-0432).',
    ),
    withIds(
      'Meisje van 14 vertelde op Snapchat dat haar gebruikersnaam sanne_skates2010 rondgaat in een groepsapp van onbekenden. We hebben uitgelegd hoe ze haar account op privé zet en misbruik meldt.',
      'sanne_skates2010',
    ),
    withIds(
      "Een jongen van 15 typte in de Roblox-chat zijn BSN 273 648 159 omdat iemand 'gratis Robux' beloofde. We hebben gezegd dat nooit te delen en het thuis met zijn ouders te bespreken.",
      '273 648 159',
    ),
    clean(
      'Twitch-stream van een bekende Vlaamse streamer bekeken met jongeren van 12 tot 14. Ze vroegen naar foutcode 2000 en of 1.700 Robux voor €19,99 een goede deal is; we gaven tips tegen oplichting.',
    ),
    withIds(
      "Vlaamse jongen (13) gaf zijn gsm-nummer 0478 21 93 64 door aan een 'vriend' op Fortnite die hij nooit gezien heeft. We legden uit waarom dat riskant is en hoe hij het nummer kan blokkeren.",
      '0478 21 93 64',
    ),
    clean(
      'Zaaknummer 2024-118402 aangemaakt na een melding over een phishinglink op Steam. De jongen van 16 had niets ingevuld en was blij dat hij het gemeld had.',
    ),
    withIds(
      'Meisje van 15 zette haar e-mail als lotte.jansen2009 apenstaartje hotmail punt nl in haar TikTok-bio. We raadden haar aan die weg te halen en een apart adres voor games te gebruiken.',
      'lotte.jansen2009 apenstaartje hotmail punt nl',
    ),
    clean(
      'In de Fortnite-lobby met vier jongens van 14 gesproken over update 29.10 en oplichters die accounts opkopen. Niemand had iets gedeeld; we gaven tips over tweestapsverificatie.',
    ),
    withIds(
      'Jongen (16) vroeg ons zijn Twitch-kanaal twitch.tv/daan_plays_nl te volgen en deelde ook zijn Instagram @daanvdberg_. We legden uit waarom hij die twee beter niet openbaar aan elkaar koppelt.',
      'twitch.tv/daan_plays_nl',
      '@daanvdberg_',
    ),
    clean(
      'Minecraft-server met kinderen van 11 en 12 om 16.00 uur. Ze vonden het spannend dat de politie meespeelde en vroegen hoe oud je moet zijn voor Discord (13 jaar).',
    ),
  ],
  fr: [
    withIds(
      'Discuté sur Discord avec un garçon de 14 ans qui avait mis son pseudo Roblox, NinjaLiege_2010, dans le salon public. On lui a conseillé de le garder pour ses amis proches.',
      'NinjaLiege_2010',
    ),
    clean(
      'Sur un grand serveur Discord Minecraft, trois ados de 13 ans nous ont demandé si la police joue vraiment. On a expliqué notre rôle et rappelé le 3018 pour le cyberharcèlement.',
    ),
    withIds(
      "Un garçon de 14 ans a écrit son numéro de registre national 10.06.23-147.26 dans un formulaire trouvé sur TikTok pour gagner des skins. On lui a expliqué l'arnaque et conseillé d'en parler à ses parents.",
      '10.06.23-147.26',
    ),
    clean(
      "Live Twitch d'un streamer français connu : plusieurs jeunes demandaient si le code d'erreur 0x0000DEAD voulait dire qu'ils étaient bannis. On a répondu que non et mis en garde contre les faux sites de V-Bucks.",
    ),
    withIds(
      "Garçon de 13 ans sur Fortnite qui a donné son 06 12 47 83 90 à un joueur inconnu pour « jouer ensemble ». On l'a aidé à bloquer le contact et à signaler le compte.",
      '06 12 47 83 90',
    ),
    clean(
      "Numéro de dossier 2024/0457 ouvert après un signalement sur Steam. Le jeune de 16 ans n'avait donné aucune information ; on l'a félicité d'avoir réagi vite.",
    ),
    withIds(
      'Une ado de 14 ans a mis son adresse mail en toutes lettres dans sa bio Instagram : chloe.martin11 arobase gmail point com. On lui a conseillé de la retirer et de se méfier des messages privés.',
      'chloe.martin11 arobase gmail point com',
    ),
    clean(
      'Partie de Minecraft avec des enfants de 11-12 ans vers 17 h. Ils voulaient savoir combien coûtent 800 Robux (environ 10 €) et on a parlé du contrôle parental.',
    ),
    withIds(
      'Une fille de 13 ans nous a envoyé sur Snapchat son numéro de sécu 2 11 05 69 123 045 51 pour prouver son âge. On a supprimé le message et expliqué que ce numéro ne se partage jamais.',
      '2 11 05 69 123 045 51',
    ),
    clean(
      "Sur TikTok, des jeunes de 14 ans commentaient une vidéo de Squeezie sur les arnaques aux cartes cadeaux. On a rappelé de ne jamais payer avec des cartes Steam de 50 € et cité l'association e-Enfance.",
    ),
  ],
  de: [
    clean(
      'Auf einem großen deutschen Minecraft-Discord mit Jungs zwischen 12 und 14 gesprochen. Sie wollten wissen, ob die Polizei wirklich mitspielt; wir haben die Nummer gegen Kummer 116 111 genannt.',
    ),
    withIds(
      'Ein 14-Jähriger hat im Fortnite-Chat seine Handynummer 0176 / 2345 8190 gepostet, um Mitspieler zu finden. Wir haben ihm erklärt, warum das keine gute Idee ist, und beim Löschen geholfen.',
      '0176 / 2345 8190',
    ),
    clean(
      'Twitch-Stream von Gronkh: Im Chat fragten mehrere Jugendliche nach Fehlercode CE-34878-0 und ob 2.800 V-Bucks für 22,99 € ein gutes Angebot sind. Wir haben vor Fake-Gewinnspielen gewarnt.',
    ),
    withIds(
      'Mädchen (13) auf Roblox mit dem Namen EmmaEinhorn_2011 erzählte, dass ein Fremder ihr Robux gegen Fotos angeboten hat. Wir haben einen Vorgang angelegt und ihr gezeigt, wie man den Chat einschränkt.',
      'EmmaEinhorn_2011',
    ),
    clean(
      'Vorgangsnummer 2024-0318-4471 angelegt nach einem Hinweis auf einen Phishing-Link bei Steam. Der 16-Jährige hatte nichts eingegeben und wurde für die Meldung gelobt.',
    ),
    withIds(
      'Ein 15-Jähriger hat seine Mail als jonas.weber2009 at web punkt de in die TikTok-Bio geschrieben, damit Fans ihn erreichen. Wir haben ihm geraten, eine eigene Adresse nur dafür zu nutzen und die Bio zu ändern.',
      'jonas.weber2009 at web punkt de',
    ),
    clean(
      'Minecraft-Runde mit Kindern um die 11 Jahre gegen 15:30 Uhr. Sie fragten, ab welchem Alter man TikTok nutzen darf (13), und wir sprachen über Bildschirmzeit.',
    ),
    withIds(
      'Auf Snapchat schrieb ein 14-Jähriger, dass er unter snapchat.com/add/leon_bvb09 leicht zu finden sei und jede Anfrage annehme. Wir haben über Freundschaftsanfragen von Fremden gesprochen.',
      'snapchat.com/add/leon_bvb09',
    ),
    clean(
      'Im Discord-Voicechat fragten Jugendliche, ob das Profil Politiet_Patrulje aus Norwegen echt sei. Wir haben bestätigt, dass die Polizei in mehreren Ländern auf Gaming-Plattformen unterwegs ist.',
    ),
    withIds(
      'Eine 15-Jährige gab im Steam-Chat ihren Discord-Namen mia.kaetzchen und ihre Handynummer +49 152 0387 6614 an einen angeblichen Modelscout weiter. Wir haben den Fall aufgenommen und ihr geraten, den Kontakt zu blockieren.',
      'mia.kaetzchen',
      '+49 152 0387 6614',
    ),
  ],
  is: [
    withIds(
      'Spjallaði við 14 ára strák á Discord sem hafði sett notendanafnið sitt, eldfjall_2010, í opna rás. Við ræddum um að deila því bara með vinum sem hann þekkir.',
      'eldfjall_2010',
    ),
    withIds(
      '13 ára stelpa sagði frá því á Snapchat að hún hefði gefið upp kennitöluna sína 030511-2470 í leik sem lofaði ókeypis Robux. Við útskýrðum svindlið og ráðlögðum henni að ræða við foreldra sína.',
      '030511-2470',
    ),
    clean(
      'Kíktum á Minecraft-þjón með krökkum á aldrinum 11–12 ára um kl. 17. Þau spurðu hvort lögreglan spilaði í alvöru og við bentum á Hjálparsímann 1717.',
    ),
    clean(
      'Í Twitch-spjalli hjá þekktum íslenskum streymara spurðu nokkrir unglingar um villukóða 503 og hvort 1.000 V-Bucks á 1.490 krónur væri gott verð. Við vöruðum við fölskum gjafaleikjum.',
    ),
    withIds(
      '15 ára strákur skrifaði símanúmerið sitt +354 866-4127 í Fortnite-spjallið til að finna liðsfélaga. Við hjálpuðum honum að eyða því og útskýrðum hættuna.',
      '+354 866-4127',
    ),
    clean(
      'Stofnað var mál nr. 007-2024-18344 eftir ábendingu um svikahlekk á Steam. Strákurinn, 16 ára, hafði ekki slegið neitt inn og við hrósuðum honum fyrir að láta vita.',
    ),
    withIds(
      '14 ára stelpa var með netfangið sitt skrifað sem sigga.lilja09 at gmail punktur com í TikTok-lýsingunni. Við ráðlögðum henni að fjarlægja það og nota sérstakt netfang fyrir leiki.',
      'sigga.lilja09 at gmail punktur com',
    ),
    clean(
      'Ræddum við hóp 13 ára krakka í Roblox um hvað 800 Robux kosta og hvernig foreldrar geta sett upp foreldraeftirlit. Enginn hafði deilt neinu persónulegu.',
    ),
    withIds(
      '16 ára strákur bað okkur að kíkja á rásina sína twitch.tv/vikingur_live_is og sagði að einhver hefði stolið myndböndunum hans. Við sýndum honum hvernig hægt er að tilkynna það.',
      'twitch.tv/vikingur_live_is',
    ),
    clean(
      'Á Discord-þjóninum „Íslenskir spilarar“ spurðu unglingar hvort norska lögreglan ætti prófílinn KriposNettpatrulje. Við staðfestum það og sögðum frá okkar eigin starfi.',
    ),
  ],
  fi: [
    clean(
      'Juttelin Discordissa 13-vuotiaiden poikien kanssa isolla Minecraft-palvelimella. He kysyivät, pelaako poliisi oikeasti, ja kerroin Poliisi_Nettipoliisi-profiilista sekä Lasten ja nuorten puhelimesta 116 111.',
    ),
    withIds(
      '14-vuotias tyttö kertoi Snapchatissa, että hänen käyttäjänimensä revontuli.neiti on levinnyt tuntemattomien ryhmächattiin. Neuvoin, miten tilin saa yksityiseksi ja miten häirinnästä ilmoitetaan.',
      'revontuli.neiti',
    ),
    withIds(
      '13-vuotias tyttö kirjoitti Roblox-chattiin henkilötunnuksensa 210411A432J, koska joku lupasi ilmaisia Robuxeja. Kielsin jakamasta tunnusta kenellekään ja kehotin kertomaan asiasta vanhemmille.',
      '210411A432J',
    ),
    clean(
      'Tunnetun suomalaisen striimaajan Twitch-chatissa nuoret kysyivät virhekoodista 0x87e00017 ja siitä, onko 1 000 V-Bucksia 8,99 eurolla hyvä hinta. Varoitin huijausarvonnoista.',
    ),
    withIds(
      '16-vuotias poika laittoi Fortnitessa puhelinnumeronsa +358 40 718 2396 yleiseen chattiin löytääkseen pelikavereita. Kävimme läpi, miksi numeroa ei kannata jakaa tuntemattomille.',
      '+358 40 718 2396',
    ),
    clean(
      'Steamin kalastelulinkistä kirjattiin rikosilmoitus 5500/R/18342/24. 16-vuotias ei ollut syöttänyt mitään, ja kiitin häntä ilmoittamisesta.',
    ),
    withIds(
      '14-vuotias tyttö oli kirjoittanut TikTok-bioonsa sähköpostiosoitteensa muodossa aino.virtanen10 at gmail piste com. Neuvoin poistamaan sen ja käyttämään peleissä erillistä osoitetta.',
      'aino.virtanen10 at gmail piste com',
    ),
    clean(
      'Minecraft-kierros 11–12-vuotiaiden kanssa klo 18.15. Lapset halusivat tietää, paljonko 800 Robuxia maksaa, ja puhuimme vanhempien valvontatyökaluista.',
    ),
    withIds(
      '15-vuotias poika pyysi katsomaan YouTube-kanavaansa youtube.com/@LaurinPelit, koska joku oli kopioinut hänen videonsa. Neuvoin, miten tekijänoikeusilmoitus tehdään.',
      'youtube.com/@LaurinPelit',
    ),
    clean(
      'Kaksi 15-vuotiasta kysyi Steamissä, voiko huijausohjelmista saada porttikiellon CS2:ssa. Kerroin, että tili voi mennä pysyvästi, eikä kumpikaan ollut jakanut omia tietojaan.',
    ),
  ],
  sv: [
    withIds(
      'Pratade med en 14-årig kille på Discord som hade skrivit sin tagg vargen_sthlm#0912 i en öppen kanal. Vi förklarade varför han borde hålla den för vänner han känner.',
      'vargen_sthlm#0912',
    ),
    clean(
      'På en stor svensk Minecraft-server på Discord undrade några 12-åringar om polisen verkligen spelar. Vi berättade om vårt arbete och tipsade om BRIS på 116 111.',
    ),
    withIds(
      'En tjej på 12 skrev sitt personnummer 120817-3466 i en Roblox-tävling som lovade gratis Robux. Vi förklarade bluffen och bad henne prata med sina föräldrar.',
      '120817-3466',
    ),
    clean(
      'I Twitch-chatten hos en känd svensk streamer frågade flera unga om felkod 0x80070005 och om 1 000 V-Bucks för 99 kr är ett bra pris. Vi varnade för falska utlottningar.',
    ),
    withIds(
      'Kille (15) la ut sitt mobilnummer 070-412 88 35 i Fortnite-lobbyn för att hitta lagkamrater. Vi hjälpte honom att ta bort det och pratade om riskerna.',
      '070-412 88 35',
    ),
    clean(
      'Ärendenummer 5000-K123456-24 upprättat efter en anmälan om en nätfiskelänk på Steam. Pojken, 16 år, hade inte skrivit in något och fick beröm för att han hörde av sig.',
    ),
    withIds(
      'En 14-årig tjej hade skrivit sin mejl som elsa.lindqvist10 snabel-a hotmail punkt se i sin Instagram-bio. Vi rådde henne att ta bort den och använda en separat adress för spel.',
      'elsa.lindqvist10 snabel-a hotmail punkt se',
    ),
    withIds(
      '16-årig kille bad oss kolla hans TikTok @hampus.fiskar_ eftersom någon gjort en fejkprofil med hans bilder. Vi visade hur man anmäler en falsk profil.',
      '@hampus.fiskar_',
    ),
    clean(
      'Minecraft med barn i 11-årsåldern vid halv fem. De ville veta hur mycket 800 Robux kostar och vi pratade om föräldrakontroll.',
    ),
    clean(
      'Några 13-åringar på TikTok frågade om Politiet_Patrulje och KriposNettpatrulje är riktiga polisprofiler. Vi bekräftade att norska polisen finns där och att vi själva också patrullerar.',
    ),
  ],
};
