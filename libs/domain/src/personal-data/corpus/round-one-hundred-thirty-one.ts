/**
 * Round one hundred and thirty-one: written blind, before the detector was run on it.
 * Young people talk about their online life (accounts, friends in the game, streamer idols, clans, school, home): the
 * notes with ids hold the one identifying piece among harmless details, the clean notes only the harmless details.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_THIRTY_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Chatted on Discord with a 13-year-old lad from Cork who plays Fortnite most evenings with his cousins. He gave me his gamertag, Cillian_Boyle_07, and said his best mate Oisín Murphy plays under the same clan tag. Told him not to post his tag in public servers and to keep the account private.',
      'Cillian_Boyle_07',
      'Oisín Murphy',
    ),
    clean(
      "Girl (12) on Roblox asked whether it's okay to accept friend requests from people she doesn't know from school. We went through the privacy settings and blocking, and I reminded her she can ring 116 111 any time.",
    ),
    withIds(
      'A 14-year-old in Twitch chat told me he streams Minecraft himself as frostbyte_henrik and has around 40 followers. He also let slip that he lives at Storgata 23 in Hamar and said it once on stream too. We talked about keeping where you live out of your streams.',
      'frostbyte_henrik',
      'Storgata 23',
    ),
    clean(
      'Spoke with three boys aged 15 in a Fortnite lobby who all watch Ninja and MrBeast. They play in a small clan of lads from the same town and mostly wanted to know whether police officers game too. No concerns.',
    ),
    withIds(
      "A 13-year-old girl on Snapchat said she set up her TikTok with her mum's old address, niamh.keane.home at outlook dot com, and now can't get back in. Advised her to ask a parent to help recover it and not to post the address in comments.",
      'niamh.keane.home at outlook dot com',
    ),
    clean(
      'Met a 16-year-old on Steam who plays Counter-Strike 2 with friends from his school in Dundalk. He asked about skin trading scams after losing about €40 worth of items. Explained how to spot fake trade links and how to report the account.',
    ),
    withIds(
      'Boy (12) on Roblox was being pushed by an older player to move the chat to WhatsApp and had already sent his number, 07700 914 382. Told him to block the player, tell a parent and not to answer messages from numbers he does not know.',
      '07700 914 382',
    ),
    clean(
      'Long chat on Discord with a 14-year-old who moderates a Minecraft server for about 60 players. She deals with swearing and spam and asked where the line goes for reporting threats to the police. Gave her some examples and told her she can always reach us through our Discord profile.',
    ),
    withIds(
      "A 15-year-old lad on Fortnite said he is in third year at St. Colman's College in Fermoy and that the class group chat has turned nasty towards him. Encouraged him to talk to a teacher he trusts and to screenshot the messages.",
      "St. Colman's College",
    ),
    clean(
      'Twitch chat, girl around 13, big fan of a Norwegian streamer, asked how to tell if a giveaway is real. We went through the usual signs: asking for passwords, Robux or gift cards. She said she would show her little brother too.',
    ),
  ],
  nb: [
    withIds(
      'Snakket med en gutt på 13 år på Discord som spiller Minecraft med en gjeng fra hele landet. Brukernavnet hans er kraaka_emil13, og han forteller at han og Jonas Bakken fra klassen har bygget en hel by sammen. Vi snakket om å ikke dele fullt navn i åpne kanaler.',
      'kraaka_emil13',
      'Jonas Bakken',
    ),
    clean(
      'Jente på 12 år på Roblox lurte på om hun kan lage TikTok-konto selv om hun ikke er 13 ennå. Forklarte aldersgrenser og foreldrekontroll, og tipset om Kors på halsen på 116 111 hvis hun vil snakke med noen.',
    ),
    withIds(
      'Gutt (14) på Fortnite fortalte at han nettopp har flyttet til Solbergveien 7B, 1712 Grålum, og at det var skummelt å bytte skole. Han har fått nye venner i spillet, men savner venner i klassen. Oppfordret ham til å snakke med kontaktlæreren.',
      'Solbergveien 7B',
      '1712 Grålum',
    ),
    clean(
      'Pratet med fire gutter rundt 15 år i en Fortnite-lobby. De følger Ninja og MrBeast og drømmer om å bli streamere selv. Snakket om hva det innebærer å vise ansiktet på nett, og hvor lett det er å bli gjenkjent.',
    ),
    withIds(
      'Jente på 13 år på Snapchat fortalte at en «gavekortside» ba om personnummeret hennes, og at hun hadde skrevet inn 22091151220 før hun ble usikker. Vi ba henne si det til mamma med en gang og ikke svare på flere meldinger fra siden.',
      '22091151220',
    ),
    clean(
      'Gutt på 16 år på Steam har et eget Counter-Strike-lag med kompiser fra videregående i Tromsø. Han spurte hvordan man anmelder svindel med skins. Forklarte hvordan han tar skjermbilder og melder det til oss.',
    ),
    withIds(
      'Jente (14) på TikTok hadde lagt ut nummeret sitt, 948 12 376, i en kommentar for å få flere venner på Snapchat. Hun har fått mange meldinger fra ukjente voksne. Hjalp henne med å slette kommentaren og blokkere kontoene.',
      '948 12 376',
    ),
    clean(
      'Snakket på Twitch med en gutt på 11 år som ser på Minecraft-streams hver kveld. Han spurte om politiet også gamer, og om vi har vår egen server. Rolig og hyggelig samtale, ingen bekymringer.',
    ),
    withIds(
      'Gutt på 15 år på Discord sier at han blir holdt utenfor gruppechatten til 9C på Hundvåg skole, og at det skrives stygge ting om ham der. Vi snakket om å ta skjermbilder og si fra til en voksen på skolen.',
      'Hundvåg skole',
    ),
    clean(
      'Jente på 13 år på Roblox er med i en klan med rundt tretti spillere, de fleste fra Vestlandet. Hun liker at de har strenge regler mot banning. Minnet henne på å aldri flytte praten til andre apper med folk hun ikke kjenner.',
    ),
  ],
  nn: [
    clean(
      'Prata med ein gut på 14 år på Discord som spelar Minecraft saman med klanen sin kvar kveld. Han fortalde at dei har eigne reglar mot mobbing. Me snakka om kva han kan gjere dersom nokon ber om bilete.',
    ),
    withIds(
      'Jente (13) på Roblox fortalde at brukarnamnet hennar er sunnivastjerne2011, og at ho brukar same namnet på TikTok. Ho har fått venneførespurnader frå folk ho ikkje kjenner. Rådde henne til å byte til eit namn utan årstal og gjere kontoen privat.',
      'sunnivastjerne2011',
    ),
    clean(
      'Tre gutar rundt 12 år i Fortnite spurde om politiet har våpen i spelet. Dei ser mykje på MrBeast og ville vite om giveawayane på TikTok er ekte. Forklarte at ingen ekte konkurranse ber om passord.',
    ),
    withIds(
      'Gut på 15 år på Snapchat er uroleg for venen sin, Torleiv Haugland, som har slutta å svare etter ein krangel i ein Discord-server. Me snakka om korleis han kan ta kontakt, og at han kan seie frå til ein vaksen.',
      'Torleiv Haugland',
    ),
    clean(
      'Jente på 16 år på Twitch streamar sjølv og har rundt hundre følgjarar. Ho spurde korleis ho kan unngå å vise kvar ho bur i bakgrunnen. Gav tips om å skjule vindauge og skilt, og om å ikkje nemne skulen.',
    ),
    withIds(
      'Gut (13) på Fortnite fortalde at han hadde sagt i voice-chat at han bur i Kyrkjevegen 14 på Voss, og at ein vaksen spelar no spør om dei kan møtast. Han har ikkje svart. Bad han blokkere spelaren og fortelje det til foreldra.',
      'Kyrkjevegen 14',
    ),
    clean(
      'Prata med ei jente på 11 år på Roblox som byggjer hestegardar. Ho visste ikkje at ho kunne blokkere folk. Viste henne innstillingane og minte henne på at ho kan ringje 116 111.',
    ),
    withIds(
      'Jente på 14 år på TikTok hadde lagt nummeret sitt, 412 85 903, i profilteksten for å få fleire vener. Ho fekk mange meldingar frå ukjende. Hjelpte henne med å fjerne nummeret og rapportere dei verste kontoane.',
      '412 85 903',
    ),
    clean(
      'Gut på 15 år på Steam har tapt skins for rundt 300 kroner i ein falsk byttehandel. Han skjemdest og ville ikkje fortelje det heime. Forklarte korleis han melder kontoen, og at han kan melde det til politiet.',
    ),
    withIds(
      'Gut på 14 år på Discord fortel at han går i 9B på Førde ungdomsskule, og at nokon i klassen har laga ein falsk profil av han på Snapchat. Rådde han til å ta skjermbilete og snakke med kontaktlæraren.',
      'Førde ungdomsskule',
    ),
  ],
  nl: [
    withIds(
      'Gesproken met een jongen van 13 op Discord die elke avond Fortnite speelt met zijn clan. Zijn gamertag is DutchViper_Jesse en zijn beste vriend Daan Visser zit in dezelfde clan. Uitgelegd waarom hij zijn echte naam beter niet in zijn tag kan zetten.',
      'DutchViper_Jesse',
      'Daan Visser',
    ),
    clean(
      'Meisje van 12 op Roblox vroeg of ze haar wachtwoord mag delen met haar beste vriendin. We hebben het gehad over accountbeveiliging en tweestapsverificatie. Ze gaat het samen met haar moeder instellen.',
    ),
    withIds(
      "Jongen van 14 op Minecraft vertelde dat hij in de voicechat zijn adres had gezegd, Sleepstraat 45, 9000 Gent, en dat iemand nu dreigt om 'eens langs te komen'. Hem aangeraden dit meteen aan zijn ouders te vertellen en de speler te blokkeren.",
      'Sleepstraat 45',
      '9000 Gent',
    ),
    clean(
      'Drie jongens van 15 in een Fortnite-lobby kijken allemaal naar Enzo Knol en MrBeast. Ze vroegen of agenten in hun vrije tijd ook gamen. Gezellig gesprek, geen zorgen.',
    ),
    withIds(
      "Meisje (13) op TikTok had haar nummer, 06-38 27 41 95, onder een video gezet om 'vriendjes' voor Snapchat te vinden. Ze krijgt sindsdien rare berichten. Samen de reactie verwijderd en uitgelegd hoe ze nummers kan blokkeren.",
      '06-38 27 41 95',
    ),
    clean(
      'Jongen van 16 uit Antwerpen speelt op Steam Counter-Strike met klasgenoten van zijn middelbare school. Hij vroeg hoe hij oplichting met skins kan herkennen. Tips gegeven over nepwebsites en het melden van accounts.',
    ),
    withIds(
      "Jongen van 15 op Discord vertelde dat een 'werkgever' voor een bijbaantje als moderator om zijn BSN vroeg, en hij had 315278614 al doorgestuurd. Uitgelegd dat dit oplichting is en dat hij het samen met zijn ouders moet melden.",
      '315278614',
    ),
    clean(
      'Meisje van 14 op Twitch streamt zelf Minecraft voor een handvol kijkers. Ze wilde weten hoe ze kan voorkomen dat mensen haar woonplaats achterhalen. We hebben het gehad over achtergronden, schoolkleding en tijdstippen van posten.',
    ),
    withIds(
      'Jongen van 13 op Roblox zegt dat hij in 2B zit op het Stedelijk Gymnasium Leiden en dat klasgenoten een haatpagina over hem op Instagram hebben gemaakt. Aangeraden screenshots te maken en zijn mentor in te schakelen.',
      'Stedelijk Gymnasium Leiden',
    ),
    clean(
      'Gesprek met een meisje van 11 op Roblox over haar clan van paardenliefhebbers. Ze wist niet dat ze spelers kon rapporteren. Samen de instellingen doorgelopen en de Kindertelefoon genoemd.',
    ),
  ],
  fr: [
    clean(
      "Discuté sur Discord avec un garçon de 14 ans qui joue à Minecraft avec son clan presque tous les soirs. Il regarde beaucoup Squeezie et voudrait lancer sa propre chaîne. On a parlé de ce qu'il ne faut jamais montrer en live.",
    ),
    withIds(
      "Une fille de 12 ans sur Roblox m'a dit qu'elle s'appelle Chloé et que son pseudo est licorne_chloe_2012. Je lui ai expliqué pourquoi il vaut mieux ne pas mettre son prénom et son année de naissance dans un pseudo.",
      'Chloé',
      'licorne_chloe_2012',
    ),
    clean(
      "Trois garçons d'une quinzaine d'années sur Fortnite m'ont demandé si la police a un vrai compte sur Twitch. Ils font partie d'un petit clan de joueurs de Liège. Échange sympa, aucun souci.",
    ),
    withIds(
      "Garçon de 13 ans sur Snapchat : un joueur plus âgé rencontré sur Fortnite lui a demandé son numéro et il a envoyé le 0478 52 16 93. Depuis, il reçoit des messages insistants. Conseillé de bloquer le contact et d'en parler à ses parents.",
      '0478 52 16 93',
    ),
    clean(
      "Fille de 16 ans sur Twitch qui fait des streams de dessin. Elle se demandait comment éviter qu'on devine son lycée d'après ses vêtements ou ce qu'on voit par la fenêtre. Donné quelques conseils simples de cadrage.",
    ),
    withIds(
      "Garçon de 14 ans sur Discord qui a donné son adresse, 12 rue des Tilleuls, 59000 Lille, à un « ami » du jeu pour recevoir une carte cadeau. Rien n'est arrivé mais l'ami lui demande maintenant des photos. Expliqué qu'il doit couper le contact et prévenir un adulte.",
      '12 rue des Tilleuls',
      '59000 Lille',
    ),
    clean(
      'Garçon de 11 ans sur Roblox qui avait acheté des Robux pour 20 euros avec la carte de sa mère sans demander. On a parlé des achats en ligne et de la confiance. Il va lui en parler ce soir.',
    ),
    withIds(
      "Une fille de 13 ans sur TikTok m'a écrit l'adresse de son compte, lea.dumont2011 arobase gmail point com, en demandant si c'était grave de l'avoir mise dans sa bio. Je lui ai conseillé de la retirer tout de suite.",
      'lea.dumont2011 arobase gmail point com',
    ),
    clean(
      "Discuté avec un ado de 15 ans sur Steam qui a perdu des skins dans un faux échange. Il ne savait pas qu'on pouvait porter plainte. Expliqué les démarches et l'importance des captures d'écran.",
    ),
    withIds(
      "Garçon de 15 ans sur Minecraft qui dit être en 4e B au collège Jean-Moulin de Tourcoing et que des élèves de sa classe se moquent de lui dans un groupe Snapchat. On a parlé du harcèlement et de la possibilité d'en parler au CPE.",
      'collège Jean-Moulin de Tourcoing',
    ),
  ],
  de: [
    withIds(
      'Junge, 13, auf Discord erzählt, dass er in Fortnite als Luca_Kraemer09 spielt und sein Clan nur aus Jungs aus seiner Stufe besteht. Wir haben darüber gesprochen, warum der echte Nachname im Namen keine gute Idee ist.',
      'Luca_Kraemer09',
    ),
    clean(
      'Mädchen, 12, auf Roblox fragt, ob man Freundschaftsanfragen von Fremden annehmen sollte. Wir sind die Privatsphäre-Einstellungen zusammen durchgegangen. Hinweis auf die Nummer gegen Kummer gegeben.',
    ),
    clean(
      'Drei Jungs um die 15 in einer Fortnite-Lobby, alle große Fans von MontanaBlack und Gronkh. Sie wollten wissen, ob Polizisten privat zocken. Lockeres Gespräch, keine Auffälligkeiten.',
    ),
    withIds(
      'Ein 14-jähriger Junge auf Snapchat macht sich Sorgen um einen Freund vom Minecraft-Server, der heißt Jannik Oberholzer und hat angedeutet, sich etwas anzutun. Mit ihm besprochen, wie er Hilfe holen kann; Info an die zuständige Dienststelle weitergegeben.',
      'Jannik Oberholzer',
    ),
    withIds(
      'Mädchen, 13, auf TikTok hatte ihre Handynummer 0176 48231957 in den Kommentaren gepostet, um Leute für eine Snapchat-Gruppe zu finden. Seitdem kommen Nachrichten von Erwachsenen. Kommentar gemeinsam gelöscht, Blockieren erklärt.',
      '0176 48231957',
    ),
    clean(
      'Junge, 16, auf Steam hat Skins im Wert von rund 80 Euro bei einem gefälschten Tausch verloren. Er schämt sich und hat es den Eltern noch nicht erzählt. Erklärt, wie er Anzeige erstatten kann und wie man gefälschte Trade-Links erkennt.',
    ),
    withIds(
      'Junge, 12, auf Roblox hat im Chat geschrieben, dass er in der Lindenstraße 8 in 48143 Münster wohnt, weil ein anderer Spieler ihm angeblich Robux schicken wollte. Ihm erklärt, dass man für Robux nie eine Adresse braucht, und geraten, es den Eltern zu sagen.',
      'Lindenstraße 8',
      '48143 Münster',
    ),
    clean(
      'Mädchen, 15, auf Twitch streamt selbst Minecraft und hat etwa 50 Follower. Sie fragte, wie sie verhindert, dass Zuschauer ihren Wohnort erraten. Tipps zu Hintergrund, Fenstern und Schul-Hoodie gegeben.',
    ),
    withIds(
      'Junge, 14, auf Discord berichtet, dass in der Klassengruppe der 8c am Goethe-Gymnasium Kassel ein peinliches Video von ihm herumgeht. Geraten, Screenshots zu machen und sich an die Vertrauenslehrerin zu wenden.',
      'Goethe-Gymnasium Kassel',
    ),
    clean(
      'Gespräch mit einem 11-Jährigen auf Roblox über seinen Clan, der Burgen baut. Er wusste nicht, dass man Spieler melden kann. Zusammen die Meldefunktion angeschaut.',
    ),
  ],
  is: [
    clean(
      'Spjallaði við 13 ára strák á Discord sem spilar Minecraft með liðinu sínu flest kvöld. Hann horfir mikið á MrBeast og langar að byrja að streyma sjálfur. Við ræddum hvað maður á aldrei að sýna í beinni útsendingu.',
    ),
    withIds(
      'Stelpa, 12 ára, á Roblox sagði mér að notendanafnið hennar væri hestastelpa_2012 og að hún noti það líka á TikTok. Ráðlagði henni að hafa aðganginn lokaðan og nota ekki fæðingarár í nafninu.',
      'hestastelpa_2012',
    ),
    withIds(
      'Strákur, 14 ára, á Snapchat hafði sent kennitöluna sína, 170610-3420, til manns sem lofaði honum ókeypis V-Bucks. Við báðum hann að segja foreldrum sínum strax frá og loka á manninn.',
      '170610-3420',
    ),
    clean(
      'Þrír strákar um 15 ára í Fortnite spurðu hvort lögreglan væri í alvörunni að spila. Þeir eru saman í liði með strákum úr sama bæ. Skemmtilegt spjall, engar áhyggjur.',
    ),
    withIds(
      'Stelpa, 13 ára, á TikTok hefur áhyggjur af vinkonu sinni, Söru Björk Guðmundsdóttur, sem fær ljót skilaboð frá ókunnugum á Snapchat. Við ræddum hvernig hún getur stutt vinkonu sína og hvert hægt er að leita.',
      'Söru Björk Guðmundsdóttur',
    ),
    clean(
      'Strákur, 16 ára, á Steam tapaði skins fyrir um 10.000 krónur í fölskum skiptum. Útskýrði hvernig hann getur tilkynnt aðganginn og lagt fram kæru.',
    ),
    withIds(
      'Strákur, 12 ára, á Roblox hafði gefið eldri spilara símanúmerið sitt, 862 4517, og fær núna skilaboð á hverjum degi. Ráðlagði honum að blokka númerið og tala við foreldra sína.',
      '862 4517',
    ),
    clean(
      'Stelpa, 15 ára, á Twitch streymir sjálf og er með um 40 fylgjendur. Hún spurði hvernig hún geti komið í veg fyrir að fólk átti sig á hvar hún býr. Gaf ráð um bakgrunn, glugga og skólaföt.',
    ),
    withIds(
      'Strákur, 14 ára, á Discord sagði að hann væri í 9. bekk í Hagaskóla og að bekkjarfélagar hans hefðu búið til falskan aðgang í hans nafni. Ráðlagði honum að taka skjáskot og ræða við umsjónarkennarann.',
      'Hagaskóla',
    ),
    clean(
      'Spjallaði við 11 ára stelpu á Roblox sem byggir hesthús með vinkonum sínum. Hún vissi ekki að hún gæti tilkynnt spilara. Fórum saman yfir stillingarnar og minnti hana á Hjálparsíma Rauða krossins, 1717.',
    ),
  ],
  fi: [
    withIds(
      'Juttelin Discordissa 13-vuotiaan pojan kanssa, joka pelaa Fortnitea nimellä Eetu_Salonen_FIN ja kuuluu kaveriporukan klaaniin. Puhuttiin siitä, miksi oikeaa sukunimeä ei kannata laittaa pelinimeen.',
      'Eetu_Salonen_FIN',
    ),
    clean(
      '12-vuotias tyttö Robloxissa kysyi, saako tuntemattomien kaveripyyntöjä hyväksyä. Käytiin yhdessä läpi yksityisyysasetukset ja estäminen. Muistutin, että Lasten ja nuorten puhelimeen voi soittaa numeroon 116 111.',
    ),
    withIds(
      '14-vuotias tyttö Snapchatissa kertoi antaneensa henkilötunnuksensa 050311A284M sivustolle, joka lupasi ilmaisia Robuxeja. Neuvoin kertomaan asiasta heti vanhemmille ja vaihtamaan salasanat.',
      '050311A284M',
    ),
    clean(
      'Kolme noin 15-vuotiasta poikaa Fortnite-aulassa kyseli, pelaavatko poliisit vapaa-ajallaan. He seuraavat MrBeastia ja haaveilevat omasta kanavasta. Mukava juttuhetki, ei huolia.',
    ),
    withIds(
      '13-vuotias poika Robloxissa oli antanut numeronsa 040 718 2593 vanhemmalle pelaajalle, joka nyt painostaa siirtymään WhatsAppiin. Kehotin estämään pelaajan ja kertomaan asiasta aikuiselle.',
      '040 718 2593',
    ),
    clean(
      '16-vuotias poika Steamissa menetti noin 50 euron arvosta skinejä huijausvaihdossa. Hän ei ollut kertonut asiasta kotona. Selitin, miten rikosilmoituksen voi tehdä ja miten huijauslinkit tunnistaa.',
    ),
    withIds(
      '15-vuotias poika Minecraftissa kertoi sanoneensa voice-chatissa asuvansa osoitteessa Koivukuja 4 B 12, 33100 Tampere, ja nyt joku uhkailee tulevansa käymään. Neuvoin estämään pelaajan ja ottamaan kuvakaappaukset talteen.',
      'Koivukuja 4 B 12',
      '33100 Tampere',
    ),
    clean(
      '14-vuotias tyttö Twitchissä striimaa itse piirtämistä. Hän kysyi, miten välttää paljastamasta asuinpaikkaansa taustalla näkyvien asioiden kautta. Annoin vinkkejä kuvakulmista ja ikkunoista.',
    ),
    withIds(
      '13-vuotias tyttö TikTokissa kertoi käyvänsä 7B-luokkaa Kalevan koulussa ja että luokan ryhmächatissa häntä kiusataan päivittäin. Neuvoin ottamaan kuvakaappauksia ja kertomaan asiasta luokanvalvojalle.',
      'Kalevan koulussa',
    ),
    clean(
      '11-vuotias poika Robloxissa kertoi klaanistaan, joka rakentaa linnoja. Hän ei tiennyt, että pelaajista voi tehdä ilmoituksen. Katsottiin yhdessä, miten ilmoitustoiminto toimii.',
    ),
  ],
  sv: [
    clean(
      'Pratade på Discord med en kille på 14 som spelar Minecraft med sin klan nästan varje kväll. Han kollar mycket på PewDiePie och vill börja streama själv. Vi pratade om vad man aldrig ska visa i en stream.',
    ),
    withIds(
      'Tjej, 12 år, på Roblox berättade att hennes bästa kompis heter Wilma Sandberg och att de har ett gemensamt TikTok-konto. Vi pratade om att inte skriva ut kompisars fullständiga namn i bion eller i kommentarer.',
      'Wilma Sandberg',
    ),
    withIds(
      'Tjej, 14 år, på Snapchat hade skickat sitt personnummer 110823-4624 till en sida som lovade gratis V-Bucks. Bad henne berätta det för en förälder direkt och byta lösenord på sina konton.',
      '110823-4624',
    ),
    clean(
      'Tre killar runt 15 i en Fortnite-lobby undrade om poliser verkligen spelar på fritiden. De är med i en liten klan med killar från samma ort. Trevligt samtal, inga orosmoment.',
    ),
    withIds(
      'Kille, 13 år, på Roblox hade gett sitt nummer 073-528 41 96 till en äldre spelare som nu tjatar om att de ska ses. Bad honom blockera spelaren och berätta för en vuxen hemma.',
      '073-528 41 96',
    ),
    clean(
      'Kille, 16 år, på Steam blev av med skins för runt 600 kronor i ett falskt byte. Förklarade hur man polisanmäler och hur man känner igen falska trade-länkar.',
    ),
    withIds(
      'Tjej, 15 år, på Twitch streamar som ellinorlive_sthlm och har märkt att en tittare verkar veta var hon bor. Vi gick igenom vad som syns i bakgrunden och hur hon kan banna och rapportera tittaren.',
      'ellinorlive_sthlm',
    ),
    clean(
      'Tjej, 13 år, på TikTok frågade om det är farligt att lägga ut videor i skolans träningströja. Vi pratade om vad som kan avslöja skola och bostadsort och gick igenom sekretessinställningarna.',
    ),
    withIds(
      'Kille, 14 år, på Discord berättade att han går i 8C på Vasaskolan i Gävle och att klasskompisar har gjort ett fejkkonto i hans namn. Rådde honom att ta skärmdumpar och prata med sin mentor.',
      'Vasaskolan',
    ),
    clean(
      'Pratade med en tjej på 11 år på Roblox om hennes klan som bygger hästgårdar. Hon visste inte att man kan anmäla spelare. Vi gick igenom funktionen tillsammans och jag tipsade om BRIS på 116 111.',
    ),
  ],
};
