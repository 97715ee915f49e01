/**
 * Round one hundred and sixteen: written blind, before the detector was run on it.
 * One evening of the action week hosted by Kripos, noted by an officer new to the platform: each conversation of the
 * session on Discord, Roblox, Fortnite, Minecraft or Twitch as its own entry.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_SIXTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'First conversation of the evening on Discord, Kripos action week: a 13-year-old girl from Galway said a boy who calls himself Jamie keeps asking her for photos. Told her to block him, keep the messages and tell a parent tonight.',
      'Jamie',
    ),
    clean(
      'Roblox, a 12-year-old from Cork wanted to know whether police officers really play games on duty. Still finding my way around the chat myself, so we had a laugh, and I reminded him that Childline is on 1800 66 66 66 any time.',
    ),
    withIds(
      "Fortnite lobby, a 14-year-old lad said his mate Liam O'Connor lost his whole account after logging in on a free V-Bucks site. Explained phishing and how to get an account back through Epic support.",
      "Liam O'Connor",
    ),
    clean(
      'Twitch chat under a Sidemen stream: a girl of 15 from Leeds asked what actually happens after you report someone to the police. Walked her through it and confirmed that her report is already logged as case 24/118734.',
    ),
    clean(
      'Back on Discord, a 16-year-old asked if it is illegal to buy cheap Robux codes from strangers. Told him most of those offers are scams and that he should never pay with gift cards.',
    ),
    withIds(
      'Minecraft server, boy aged 12: after an argument someone posted his home address, 14 Elm Grove, Swindon SN1 5AB, in the server chat. Got the moderators to remove it and advised him to tell his parents this evening.',
      '14 Elm Grove',
      'Swindon SN1 5AB',
    ),
    withIds(
      "A 13-year-old on Roblox had given her number, 07700 900 431, to a 'friend' from an obby who now texts her every night. Advised her to block the number, screenshot the texts and show them to her mum.",
      '07700 900 431',
    ),
    clean(
      'Fortnite again, two brothers from Dublin aged 10 and 12 asked if the police have their own skin. Sadly not, but we talked about never sharing passwords, not even with a best friend.',
    ),
    withIds(
      "Twitch whisper from a 14-year-old who typed his e-mail as sean.byrne2010 at hotmail dot com so I could 'send him tips'. Told him the police never ask for that in a chat and that he shouldn't post it anywhere.",
      'sean.byrne2010 at hotmail dot com',
    ),
    clean(
      'Last chat of the session, on Minecraft: a quiet 11-year-old being called names on a survival server. Talked about muting and reporting, and told him he can ring 116 111 or talk to a teacher he trusts.',
    ),
  ],
  nb: [
    withIds(
      'Første samtale på Discord i aksjonsuka til Kripos: ei jente på 13 fra Drammen fortalte at en gutt som heter Sander har bedt henne om bilder flere ganger. Ba henne blokkere ham, ta skjermbilder og si fra til mamma eller pappa.',
      'Sander',
    ),
    clean(
      'Fortnite-lobby med tre gutter på 14 fra Bergen som lurte på om politiet kan lese alt de skriver i chatten. Jeg er ny her og måtte selv lete etter knappene, men forklarte hvordan det fungerer og nevnte 116 111 og 02800.',
    ),
    withIds(
      'Gutt på 12 på Roblox spurte om kontoen hans var trygg etter at han hadde lagt ut Roblox-navnet mathias_ninja2011 på TikTok. Rådet ham til å bytte passord og slå på totrinnsbekreftelse.',
      'mathias_ninja2011',
    ),
    clean(
      'Minecraft, gutt på 11 fra Tromsø som nesten hadde kjøpt «gratis Minecoins» via en lenke fra en fremmed. Snakket om svindel og om at man aldri skal oppgi BankID eller passord til noen.',
    ),
    withIds(
      'Jente på 13 på Discord skrev fødselsnummeret sitt, 140311 51288, fordi hun trodde politiet trengte det for å ta imot en anmeldelse. Forklarte at vi aldri ber om det i en chat, og at hun kan komme innom politistasjonen sammen med en voksen.',
      '140311 51288',
    ),
    clean(
      'Twitch, under en stream med Fortnite-turnering: en gutt på 15 fra Hamar spurte hvor mye man tjener i politiet og om man må ha gode karakterer. Fortalte om Politihøgskolen og at snittet ikke er alt.',
    ),
    withIds(
      'Gutt på 14 på Fortnite fortalte at Emil Haugland i 9B på Lambertseter skole blir hengt ut i en Discord-gruppe. Tok det på alvor, ba ham si fra til kontaktlæreren og viste ham hvor man kan tipse politiet.',
      'Emil Haugland',
      '9B på Lambertseter skole',
    ),
    clean(
      'Roblox, to jenter på 10 og 12 fra Stavanger lurte på om det var ekte politi bak profilen. Viste til nettpatruljens side på politiet.no og snakket litt om hvem man kan stole på på nett.',
    ),
    withIds(
      'Jente på 15 på Twitch hadde gitt nummeret sitt, 948 31 206, til en «modellagent» som sa han jobbet for en kjent streamer. Rådet henne til å blokkere nummeret og ikke svare, og ba henne snakke med foreldrene sine i kveld.',
      '948 31 206',
    ),
    clean(
      'Siste samtale i økta, på Minecraft: en gutt på 13 fra Bodø ble kalt stygge ting av andre på serveren. Snakket om mobbing, om hvordan man muter og rapporterer, og om at han alltid kan ringe 116 111.',
    ),
  ],
  nn: [
    clean(
      'Første økta mi på Discord i aksjonsveka til Kripos, og eg brukte litt tid på å finne rett kanal. Ein gut på 13 frå Voss lurte på om politiet kan sjå private meldingar; forklarte at vi ikkje gjer det utan vidare.',
    ),
    withIds(
      'Jente på 14 frå Florø skreiv e-postadressa si som ingrid.vik2010 krøllalfa gmail punktum com i Roblox-chatten. Sa at ho ikkje skal dele adressa med framande, heller ikkje med politiet, og at ho bør byte passord.',
      'ingrid.vik2010 krøllalfa gmail punktum com',
    ),
    clean(
      'Fortnite, to gutar på 12 frå Ålesund spurde om det er lov å selje kontoar for V-Bucks. Forklarte at det bryt vilkåra og at mange blir lurte, og tipsa om å snakke med ein vaksen før dei handlar noko på nett.',
    ),
    withIds(
      'Gut på 13 på Minecraft fortalde at ein eldre spelar hadde fått tak i adressa hans, Storgata 14, 6800 Førde, og sagt at han skulle kome innom. Tok det på alvor, fekk kontakt med foreldra hans og sende saka vidare til patruljen.',
      'Storgata 14',
      '6800 Førde',
    ),
    withIds(
      'Jente på 14 på Twitch sende meg fødselsnummeret sitt, 27091051295, fordi ho trudde det trongst for å melde ein svindel. Sa at vi aldri spør etter det i chat, og at ho kan melde saka på politistasjonen saman med ein vaksen.',
      '27091051295',
    ),
    clean(
      'Roblox, jente på 11 frå Sogndal ville vite kva ho skal gjere når nokon er slem i ein Bloxburg-server. Snakka om å blokkere og rapportere, og om Alarmtelefonen for barn og unge på 116 111.',
    ),
    withIds(
      'Gut på 14 på Discord fortalde at ein som heiter Oskar og seier han er 16, har bede venninna hans om nakenbilete. Bad han ta skjermbilete, ikkje sende noko og seie frå til ein vaksen han stolar på.',
      'Oskar',
    ),
    clean(
      'Twitch-chat under ein Minecraft-stream: ein gut på 16 frå Bergen spurde korleis ein blir politi og om ein må vere sterk. Fortalde om opptaket til Politihøgskolen og at det finst fleire vegar inn.',
    ),
    withIds(
      'Fortnite, gut på 13 frå Stord sa at Twitch-brukaren fjordkongen99 lovar gratis skins mot passordet til kontoen. Forklarte at det er svindel, bad han byte passord og rapportere brukaren.',
      'fjordkongen99',
    ),
    clean(
      'Siste samtalen i kveld, Minecraft: tre jenter på 12 frå Leikanger ville berre seie hei og spørje om politiet har sin eigen server. Det har vi ikkje, men vi prata litt om kven ein kan stole på på nett.',
    ),
  ],
  nl: [
    withIds(
      "Eerste gesprek van de avond op Discord, tijdens de actieweek van Kripos: een meisje van 13 uit Zwolle vertelde dat Daan Jansen uit 2B van het Carolus Clusius College foto's van haar doorstuurt. Geadviseerd screenshots te maken en het met haar mentor te bespreken.",
      'Daan Jansen',
      '2B van het Carolus Clusius College',
    ),
    clean(
      'Roblox, jongen van 11 uit Utrecht vroeg of de politie echt meekijkt in zijn spellen. Uitgelegd dat we alleen in gesprek gaan als iemand dat wil, en dat hij bij problemen gratis de Kindertelefoon kan bellen.',
    ),
    withIds(
      'Jongen van 14 op Fortnite stuurde zijn BSN, 234567806, omdat iemand in de lobby zei dat je daarmee gratis V-Bucks kreeg. Uitgelegd dat het oplichting is en dat hij dat nummer nooit online moet delen.',
      '234567806',
    ),
    clean(
      'Twitch-chat tijdens een stream van Gamemeneer: meisje van 15 uit Gent vroeg wat er gebeurt als je een klacht indient. Uitgelegd hoe dat werkt en bevestigd dat haar melding geregistreerd staat onder PV-nummer GE.55.L1.012345/2024.',
    ),
    clean(
      'Discord, jongen van 13 uit Hasselt wilde weten of het strafbaar is om een gehackt Fortnite-account te kopen. Gezegd dat dat heling kan zijn en dat hij vooral zijn eigen wachtwoord goed moet beveiligen.',
    ),
    withIds(
      'Meisje van 12 op Minecraft had haar nummer 06 41 82 73 95 gegeven aan iemand die zei dat hij ook 12 was. Hij stuurt haar nu elke avond berichten; geadviseerd het nummer te blokkeren en het aan haar ouders te laten zien.',
      '06 41 82 73 95',
    ),
    withIds(
      'Vlaamse jongen van 13 op Roblox typte zijn rijksregisternummer 11.07.08-163.03 in de chat omdat een "admin" erom vroeg. Uitgelegd dat geen enkele admin of agent dat ooit vraagt en aangeraden het met zijn ouders te bespreken.',
      '11.07.08-163.03',
    ),
    clean(
      'Fortnite, drie vrienden van 14 uit Tilburg vroegen of agenten ook gamen in hun vrije tijd. Ik ben zelf nog nieuw op het platform, dus dat werd een leuk gesprek over eerlijk spelen en niet schelden in de chat.',
    ),
    withIds(
      'Meisje van 14 op Discord vertelde dat een jongen die Thijs heet haar adres kent: Kerkstraat 27, 9300 Aalst. Samen besproken wat ze kan doen en aangeraden het vanavond nog aan haar moeder te vertellen.',
      'Thijs',
      'Kerkstraat 27',
      '9300 Aalst',
    ),
    clean(
      'Laatste gesprek van de sessie, op Minecraft: een jongen van 12 uit Leuven werd uitgescholden op een server. Gepraat over blokkeren en melden, en over Awel, waar hij gratis kan bellen op 102.',
    ),
  ],
  fr: [
    withIds(
      "Premier échange de la soirée sur Discord, pendant la semaine d'action organisée par Kripos : une fille de 13 ans de Namur explique qu'un garçon qui s'appelle Enzo lui demande des photos. Conseillé de le bloquer, de garder les messages et d'en parler à ses parents.",
      'Enzo',
    ),
    clean(
      'Roblox, un garçon de 11 ans de Lyon voulait savoir si les policiers jouent vraiment pendant leur service. Je découvre encore la plateforme, donc on en a ri, et je lui ai rappelé le 3018 en cas de harcèlement.',
    ),
    withIds(
      "Sur Fortnite, un ado de 14 ans m'a donné son numéro, 07 62 48 19 53, pour que je « l'aide à récupérer son compte ». Expliqué que la police ne demande jamais ça en jeu et conseillé de passer par le support d'Epic.",
      '07 62 48 19 53',
    ),
    clean(
      'Chat Twitch pendant un live de Squeezie : une fille de 15 ans de Liège demandait ce qui se passe après une plainte. Expliqué les étapes et confirmé que son signalement est enregistré sous le numéro de PV LI.43.L7.004512/2024.',
    ),
    withIds(
      "Garçon de 12 ans sur Minecraft qui a recopié son numéro de sécurité sociale, 1 12 06 69 123 045 68, pour « gagner un grade VIP » sur un serveur. Expliqué l'arnaque et conseillé d'en parler tout de suite à ses parents.",
      '1 12 06 69 123 045 68',
    ),
    clean(
      "Discord, un garçon de 16 ans de Charleroi demande s'il risque quelque chose en achetant des Robux pas chers à un inconnu. Répondu que ce sont presque toujours des arnaques et qu'il ne faut jamais payer avec des cartes cadeaux.",
    ),
    withIds(
      "Fille de 14 ans sur Roblox : elle dit que Léa Dubois, en 4e B au collège Jean-Moulin de Tourcoing, se fait insulter tous les soirs par un groupe. Orientée vers le 3018 et conseillé d'en parler à la CPE.",
      'Léa Dubois',
      '4e B au collège Jean-Moulin',
    ),
    withIds(
      "Sur Fortnite, un garçon de 12 ans m'a dit que son compte Roblox, Kylian_du93, a été volé par quelqu'un qui le revend maintenant. Aidé à préparer une demande de récupération et conseillé la double authentification.",
      'Kylian_du93',
    ),
    clean(
      'Minecraft, deux frères de Bruxelles de 10 et 12 ans voulaient savoir si la police a son propre serveur. Pas encore, mais on a parlé des mots de passe et du fait de ne jamais les prêter, même à un copain.',
    ),
    clean(
      "Dernière conversation de la session, sur Twitch : une ado de 13 ans de Mons harcelée en message privé après un live. Parlé du blocage, du signalement et du 103, Écoute-Enfants, qu'elle peut appeler gratuitement.",
    ),
  ],
  de: [
    withIds(
      'Erster Kontakt des Abends auf Discord, im Rahmen der Aktionswoche von Kripos: Ein Mädchen (13) aus Bremen erzählte, dass ein Junge, der angeblich Jonas heißt, sie ständig nach Fotos fragt. Geraten, ihn zu blockieren, Screenshots zu machen und es den Eltern zu sagen.',
      'Jonas',
    ),
    clean(
      'Roblox, Junge (11) aus Leipzig wollte wissen, ob Polizisten im Dienst wirklich zocken dürfen. Ich bin selbst noch neu auf der Plattform, wir haben gelacht, und ich habe ihm die Nummer gegen Kummer, 116 111, genannt.',
    ),
    withIds(
      'Auf Fortnite erzählte ein 14-Jähriger, dass sein Kumpel Leon Becker seinen Account verloren hat, nachdem er sich auf einer Seite mit Gratis-V-Bucks eingeloggt hatte. Phishing erklärt und gezeigt, wie man den Account über den Epic-Support zurückholt.',
      'Leon Becker',
    ),
    clean(
      'Twitch-Chat bei einem Stream von MontanaBlack: Mädchen (15) aus Dortmund fragte, was nach einer Anzeige passiert. Ablauf erklärt und bestätigt, dass ihre Anzeige unter dem Aktenzeichen 412 Js 1873/24 läuft.',
    ),
    withIds(
      'Junge (12) auf Minecraft: Nach einem Streit hat jemand seine Adresse, Lindenstraße 8, 50674 Köln, in den Server-Chat gepostet. Die Moderatoren gebeten, das zu löschen, und ihm geraten, heute Abend mit seinen Eltern zu sprechen.',
      'Lindenstraße 8',
      '50674 Köln',
    ),
    clean(
      'Wieder Discord, ein 16-Jähriger aus Kassel fragte, ob es strafbar ist, billige Robux-Codes von Fremden zu kaufen. Gesagt, dass das fast immer Betrug ist und man nie mit Gutscheinkarten bezahlen sollte.',
    ),
    withIds(
      'Mädchen (13) auf Roblox hat ihre Handynummer 0157 3841 2296 einem „Freund“ aus einem Obby gegeben, der ihr jetzt jede Nacht schreibt. Geraten, die Nummer zu blockieren, die Nachrichten zu sichern und sie ihrer Mutter zu zeigen.',
      '0157 3841 2296',
    ),
    withIds(
      'Junge (14) auf Twitch schrieb, dass ein Mädchen namens Mia aus der 7c der Gesamtschule Holweide in einer WhatsApp-Gruppe fertiggemacht wird. Ernst genommen, ihm geraten, es der Klassenlehrerin zu sagen, und die Onlinewache erklärt.',
      'Mia',
      '7c der Gesamtschule Holweide',
    ),
    clean(
      'Fortnite, zwei Brüder aus Hamburg, 10 und 12 Jahre alt, fragten, ob die Polizei einen eigenen Skin hat. Leider nicht, aber wir haben darüber gesprochen, Passwörter nie weiterzugeben, auch nicht an den besten Freund.',
    ),
    clean(
      'Letztes Gespräch der Session, Minecraft: Ein stiller 11-Jähriger aus Nürnberg wird auf einem Survival-Server beleidigt. Über Stummschalten und Melden gesprochen und ihm gesagt, dass er bei JUUUPORT auch online Hilfe bekommt.',
    ),
  ],
  is: [
    withIds(
      'Fyrsta samtal kvöldsins á Discord í aðgerðavikunni sem Kripos stendur fyrir: 13 ára stelpa úr Kópavogi sagði að strákur sem heitir Aron væri sífellt að biðja hana um myndir. Ráðlagði henni að loka á hann, vista skilaboðin og segja foreldrum sínum frá.',
      'Aron',
    ),
    clean(
      'Roblox, 11 ára strákur frá Akureyri vildi vita hvort lögreglan spili í alvörunni leiki í vinnunni. Ég er sjálf ný á þessum vettvangi svo við hlógum að því, og ég minnti hann á Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds(
      '14 ára strákur á Fortnite sendi mér kennitöluna sína, 050610-2330, af því að einhver í lobbýinu sagðist geta gefið honum ókeypis V-Bucks. Útskýrði að þetta væri svindl og að hann ætti aldrei að gefa kennitöluna upp á netinu.',
      '050610-2330',
    ),
    clean(
      'Twitch-spjall á meðan streymi stóð yfir: 15 ára stelpa úr Hafnarfirði spurði hvað gerist eftir að maður kærir. Útskýrði ferlið og staðfesti að málið hennar er skráð undir málsnúmerinu 007-2024-018734.',
    ),
    withIds(
      '12 ára strákur á Minecraft sagði að einhver hefði sett heimilisfangið hans, Hringbraut 42, 101 Reykjavík, í spjallið á servernum eftir rifrildi. Bað stjórnendur að eyða því og ráðlagði honum að tala við foreldra sína í kvöld.',
      'Hringbraut 42',
      '101 Reykjavík',
    ),
    clean(
      'Aftur á Discord, 16 ára strákur frá Selfossi spurði hvort það væri ólöglegt að kaupa ódýra Robux-kóða af ókunnugum. Sagði honum að þetta væru nær alltaf svik og að hann ætti aldrei að borga með gjafakortum.',
    ),
    withIds(
      '13 ára stelpa á Roblox hafði gefið „vini“ úr obby-leik símanúmerið sitt, 866 2391, og nú sendir hann henni skilaboð á hverju kvöldi. Ráðlagði henni að loka á númerið, taka skjáskot og sýna mömmu sinni.',
      '866 2391',
    ),
    withIds(
      'Stelpa á Twitch, 14 ára, sagði að Sunna Guðmundsdóttir í 8. bekk í Hagaskóla væri lögð í einelti í Snapchat-hópi. Tók þetta alvarlega, hvatti hana til að láta umsjónarkennarann vita og benti henni á 112.is.',
      'Sunna Guðmundsdóttir',
      '8. bekk í Hagaskóla',
    ),
    clean(
      'Fortnite, 15 ára strákur frá Reykjanesbæ spurði hvort það mætti selja aðganga fyrir V-Bucks. Útskýrði að það bryti gegn skilmálunum og að margir væru sviknir í slíkum viðskiptum.',
    ),
    clean(
      'Síðasta samtal lotunnar, á Minecraft: þrjár 12 ára stelpur frá Ísafirði vildu bara heilsa og spyrja hvort lögreglan ætti sinn eigin server. Svo er ekki, en við spjölluðum um hverjum megi treysta á netinu.',
    ),
  ],
  fi: [
    clean(
      'Illan ensimmäinen keskustelu Discordissa Kriposin vetämällä teemaviikolla: 13-vuotias tyttö Lahdesta kysyi, näkeekö poliisi hänen yksityisviestinsä. Kerroin, ettei näe, ja kävimme läpi, miten ikävistä viesteistä ilmoitetaan.',
    ),
    clean(
      'Roblox, 11-vuotias poika Oulusta kysyi, pelaavatko poliisit oikeasti työajalla. Olen itsekin vielä uusi alustalla, joten naurettiin asialle, ja muistutin häntä MLL:n Lasten ja nuorten puhelimesta 116 111.',
    ),
    withIds(
      '13-vuotias poika Fortnitessa lähetti minulle henkilötunnuksensa 120811A274V, koska joku aulassa lupasi sillä ilmaisia V-Buckseja. Kerroin, että kyse on huijauksesta, eikä tunnusta saa koskaan jakaa netissä.',
      '120811A274V',
    ),
    clean(
      'Twitch-chatti striimin aikana: 15-vuotias tyttö Jyväskylästä kysyi, mitä rikosilmoituksen jälkeen tapahtuu. Kävin prosessin läpi ja vahvistin, että hänen ilmoituksensa on kirjattu numerolla 5500/R/12345/24.',
    ),
    withIds(
      '12-vuotias poika Minecraftissa kertoi, että riidan jälkeen joku oli laittanut serverin chattiin hänen osoitteensa, Hämeenkatu 15 B 8, 33100 Tampere. Pyysin moderaattoreita poistamaan viestin ja kehotin häntä kertomaan asiasta vanhemmilleen tänä iltana.',
      'Hämeenkatu 15 B 8',
      '33100 Tampere',
    ),
    clean(
      'Taas Discordissa, 16-vuotias poika Kuopiosta kysyi, onko halpojen Robux-koodien ostaminen tuntemattomilta laitonta. Sanoin, että ne ovat lähes aina huijauksia eikä koskaan kannata maksaa lahjakorteilla.',
    ),
    withIds(
      '13-vuotias tyttö Robloxissa oli antanut puhelinnumeronsa 040 718 2934 ”kaverille”, joka nyt viestittelee hänelle joka ilta. Neuvoin estämään numeron, tallentamaan viestit ja näyttämään ne äidilleen.',
      '040 718 2934',
    ),
    withIds(
      'Twitchissä 14-vuotias tyttö kertoi, että Aino Virtanen Kalevan koulun 8C-luokalta joutuu kiusatuksi Snapchat-ryhmässä. Otin asian vakavasti, kehotin kertomaan luokanvalvojalle ja kerroin Sekasin-chatista.',
      'Aino Virtanen',
      'Kalevan koulun 8C-luokalta',
    ),
    withIds(
      'Fortnitessa 15-vuotias poika kirjoitti sähköpostiosoitteensa muodossa veeti.laine2010 ät gmail piste com, jotta voisin ”lähettää vinkkejä”. Kerroin, ettei poliisi koskaan pyydä sellaista chatissa eikä osoitetta kannata jakaa julkisesti.',
      'veeti.laine2010 ät gmail piste com',
    ),
    clean(
      'Session viimeinen keskustelu, Minecraft: hiljainen 11-vuotias poika Porista, jota haukutaan survival-serverillä. Puhuttiin mykistämisestä ja ilmoittamisesta, ja kerroin, että aikuisen kanssa kannattaa jutella heti.',
    ),
  ],
  sv: [
    withIds(
      'Kvällens första samtal på Discord under Kripos aktionsvecka: en tjej på 13 från Västerås berättade att en kille som heter Noah ber henne om bilder hela tiden. Rådde henne att blockera honom, spara meddelandena och berätta för en förälder.',
      'Noah',
    ),
    clean(
      'Roblox, en kille på 11 från Umeå undrade om poliser verkligen spelar på jobbet. Jag är själv ny på plattformen så vi skrattade åt det, och jag tipsade om Bris på 116 111.',
    ),
    withIds(
      'En tjej på 12 på Fortnite skickade sitt personnummer, 120419-3849, eftersom någon i lobbyn lovade gratis V-Bucks. Förklarade att det är bedrägeri och att hon aldrig ska dela numret på nätet.',
      '120419-3849',
    ),
    clean(
      'Twitch-chatten under en stream med Jocke & Jonna: tjej på 15 från Örebro frågade vad som händer efter en polisanmälan. Gick igenom det och bekräftade att hennes anmälan är registrerad med diarienummer 5000-K123456-24.',
    ),
    withIds(
      'Kille på 12 på Minecraft berättade att någon efter ett bråk lagt ut hans adress, Storgatan 21, 632 20 Eskilstuna, i serverns chatt. Bad moderatorerna ta bort den och rådde honom att prata med sina föräldrar i kväll.',
      'Storgatan 21',
      '632 20 Eskilstuna',
    ),
    clean(
      'Tillbaka på Discord, kille på 16 från Luleå frågade om det är olagligt att köpa billiga Robux-koder av främlingar. Sa att det nästan alltid är bedrägerier och att man aldrig ska betala med presentkort.',
    ),
    withIds(
      'Tjej på 13 på Roblox hade gett sitt nummer, 073-612 48 95, till en ”kompis” från ett obby som nu sms:ar henne varje kväll. Rådde henne att blockera numret, spara meddelandena och visa dem för sin mamma.',
      '073-612 48 95',
    ),
    clean(
      'Fortnite, två bröder från Malmö på 10 och 12 undrade om polisen har ett eget skin. Tyvärr inte, men vi pratade om att aldrig dela lösenord, inte ens med bästa kompisen.',
    ),
    withIds(
      'Kille på 14 på Twitch berättade att Elias Lindqvist i 7B på Vasaskolan blir uthängd i en Snapchatgrupp. Tog det på allvar, bad honom säga till mentorn och berättade om Friends.',
      'Elias Lindqvist',
      '7B på Vasaskolan',
    ),
    clean(
      'Sista samtalet för kvällen, Minecraft: en tyst kille på 11 från Gävle som blir kallad saker på en survivalserver. Pratade om att muta och rapportera, och att han kan ringa 114 14 om han vill prata med polisen.',
    ),
  ],
};
