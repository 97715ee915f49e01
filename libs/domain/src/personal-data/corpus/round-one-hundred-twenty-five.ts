/**
 * Round one hundred and twenty-five: written blind, before the detector was run on it.
 * People in the young person's life named in passing (friends, siblings, cousins, step-parents, coaches, teachers,
 * adult contacts), by first name or full name, in any position; clean notes tell the same stories with roles instead.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWENTY_FIVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Talked with a 12-year-old boy on Roblox who plays every evening with his cousin Oisín Byrne. He admitted they share one account, so we went through why a password is not something you lend out, not even to family.',
      'Oisín Byrne',
    ),
    clean(
      'A girl (14) on TikTok told me her stepdad reads her messages and she finds it unfair. We talked about trust, and I suggested she raise it with him calmly, or with the school counsellor if it gets worse.',
    ),
    withIds(
      'Met a 13-year-old on Discord whose football coach, Mr Declan Walsh, has started messaging the team privately on Snapchat. I told her that is worth mentioning to her mum and gave her the Childline number 0800 1111.',
      'Declan Walsh',
    ),
    clean(
      'Fortnite chat with two brothers, 11 and 15, mostly about the new season and whether Peely is overpowered. The older one looks out for the younger one in voice chat, which was good to hear.',
    ),
    withIds(
      "lad of 15 on Twitch, watches streams with his mate aiden most nights, says aiden's older brother sells V-Bucks codes. Advised him not to pay anyone outside the shop and to block if pressured.",
      'aiden',
    ),
    clean(
      'Girl, 10, on Minecraft with her best friend from school, building a horse stable. Her grandmother plays with them at weekends. Nothing worrying; we talked about keeping the server whitelist to people they know in real life.',
    ),
    withIds(
      'A 14-year-old from Leeds said an adult called Priya Chauhan keeps offering her free skins on Steam in exchange for photos. I explained this is grooming, helped her take screenshots and block, and told her to tell her dad tonight.',
      'Priya Chauhan',
    ),
    clean(
      'Spoke on Discord with a 16-year-old who is nervous about his exams in June. He mostly plays Valorant with classmates to unwind. Reminded him that 116 123 is there if he ever needs to talk to someone at night.',
    ),
    withIds(
      'Snapchat: boy aged 13, lives with his mum and her partner (Tomasz) and says things are tense at home. We talked about who he can turn to; he named his aunt Fatima Ali and his teacher, Gráinne Keane.',
      'Tomasz',
      'Fatima Ali',
      'Gráinne Keane',
    ),
    clean(
      'TikTok live with a group of girls around 12 doing dance trends to Sabrina Carpenter songs. One asked if it is safe to show their school jumper on camera; we agreed it is better not to.',
    ),
  ],
  nb: [
    withIds(
      'Snakket med en gutt på 12 år på Fortnite. Han spiller mest med storebroren Mohammed og fetteren Isak Haugen, og de har vært uvenner etter at en konto ble stengt. Ga råd om å ikke dele innlogging.',
      'Mohammed',
      'Isak Haugen',
    ),
    clean(
      'Jente (14) på Snapchat fortalte at stefaren hennes er streng med skjermtid. Vi snakket om at det er vanlig med regler hjemme, og at hun kan foreslå en avtale hun selv synes er rettferdig.',
    ),
    withIds(
      'Prat på Discord med ei jente på 15 som har fått meldinger fra en voksen mann som utgir seg for å være treneren hennes. Den ekte treneren, Kristian Solberg, vet ingenting om det. Rådet henne til å vise meldingene til mamma og blokkere kontoen.',
      'Kristian Solberg',
    ),
    clean(
      'Gutt på 11 på Minecraft bygde en kopi av Ullevaal stadion sammen med klassekameratene. Han lurte på hva politiet gjør på Minecraft, og vi snakket om å si fra hvis noen er slemme i chatten.',
    ),
    withIds(
      'roblox, jente 10 år, spiller med bestevenninna emma og lillesøsteren. noen hadde bedt emma om bilder. sa at de skal si fra til en voksen og at de kan ringe 116 111.',
      'emma',
    ),
    clean(
      'Samtale på TikTok med en 16-åring som er lei seg etter et brudd. Hun hører mye på Taylor Swift og ville bare prate litt. Minnet henne på at helsesykepleieren og Kors på halsen er der hvis hun trenger noen.',
    ),
    withIds(
      'Gutt på 13 på Steam sa at læreren hans, Ingrid Nilsen, hadde sett ham spille i skoletimen. Han var mest opptatt av å ikke få anmerkning. Vi snakket om å holde gamingen utenfor skoletiden.',
      'Ingrid Nilsen',
    ),
    clean(
      'Twitch-chat med to søsken på 12 og 14 som ser på Fortnite-strømmer. Moren deres hadde lært dem å ikke trykke på lenker fra fremmede, og det var tydelig at de hadde fått det med seg.',
    ),
    withIds(
      'En 14 år gammel jente på Snapchat nevnte at hun ofte er hos pappas samboer Amina Hussain etter skolen. Hun har fått en venneforespørsel fra en som påstår å være Aminas sønn. Vi avtalte at hun sjekker med Amina før hun godtar.',
      'Amina Hussain',
      'Amina',
    ),
    clean(
      'Gutt på 15 på Discord ville vite om det er ulovlig å selge Robux. Vi snakket om svindel og om å sjekke med foreldrene før han handler noe på nett. Han har en hund som heter Pluto, og viste den fram på kamera.',
    ),
  ],
  nn: [
    withIds(
      'Prata med ein gut på 13 på Fortnite. Han spelar mest med bestekameraten Sander Myklebust, og dei har fått spørsmål frå ein ukjend vaksen om å byta skins. Eg rådde dei til å blokkera og seia frå heime.',
      'Sander Myklebust',
    ),
    clean(
      'Jente (12) på Roblox fortalde at stemora hennar hjelper henne med å setja opp foreldrekontroll. Vi snakka om kvifor det er lurt å ha privat profil, og ho synest det var greitt.',
    ),
    withIds(
      'Discord, jente på 15: ho fortalde at kusina hennar, Ragnhild Aasen, har fått truslar frå ein gut på ein server. Eg bad henne få kusina til å ta skjermbilete og melda frå til politiet.',
      'Ragnhild Aasen',
    ),
    clean(
      'Gut på 14 på Twitch ser mykje på Minecraft-strøymarar. Han og to klassekameratar planlegg eigen kanal. Vi gjekk gjennom kva ein ikkje bør visa på strøym, som skulen, adressa og når ein er heime åleine.',
    ),
    withIds(
      'Snapchat med ein 16 år gammal gut frå Sogn. Han nemnde at fotballtreneren Eirik og tante Zahra skal køyra han til cup i helga. Elles prata vi om rus på fest og kva han kan gjera om vener drikk for mykje.',
      'Eirik',
      'Zahra',
    ),
    clean(
      'Jente på 11 på Minecraft hadde bygd eit hus til katten sin, Mons, i spelet. Ho likte å snakka med politiet og spurde om vi har hundar. Ingen bekymringar.',
    ),
    withIds(
      'Gut på 12 på Roblox sa at storesøstera Mariam og venen hennar Jonas Rønning har lært han å spara Robux. Han har òg fått tilbod om gratis Robux frå ein framand. Forklarte at slike tilbod nesten alltid er svindel.',
      'Mariam',
      'Jonas Rønning',
    ),
    clean(
      'TikTok, to venninner på 14 som laga dansevideoar til songar av Sigrid. Dei lurte på kor mange følgjarar som er «for mange». Vi snakka om å ha privat konto og berre godta folk dei kjenner.',
    ),
    withIds(
      'Prat på Steam med ein gut på 15 som bur annakvar veke hjå mor si og stefaren Henrik Vik. Han vil gjerne ha meir speletid, men innrømte at han søv lite. Vi snakka om døgnrytme og om å finna ein avtale saman med dei vaksne.',
      'Henrik Vik',
    ),
    clean(
      'Ein gut på 13 på Discord spurde om han kan melda frå om nettmobbing anonymt. Eg forklarte korleis, og tipsa om at kontaktlæraren og helsesjukepleiaren på skulen òg kan hjelpa.',
    ),
  ],
  nl: [
    withIds(
      "Gesproken met een jongen van 12 op Roblox. Hij speelt elke middag met zijn neef Ayoub El Amrani, en die had zijn wachtwoord doorgegeven aan een 'vriend' uit de chat. Uitgelegd hoe je een account terugkrijgt en waarom je dat nooit deelt.",
      'Ayoub El Amrani',
    ),
    clean(
      "Meisje van 14 op TikTok vertelde dat haar stiefvader 's avonds haar telefoon inneemt. Ze vond dat oneerlijk; we hebben het gehad over afspraken maken en wat ze kan doen als ze zich niet gehoord voelt.",
    ),
    withIds(
      'Discord, meisje van 15 uit Gent. Haar voetbaltrainer Jens Peeters stuurt de ploeg berichtjes via Snapchat, soms laat op de avond. Gezegd dat ze dat met haar ouders mag bespreken en dat ze altijd bij de politie terechtkan.',
      'Jens Peeters',
    ),
    clean(
      'Twee broers van 10 en 13 op Minecraft, samen bezig met een kopie van de Efteling. Hun oma keek mee. Leuk gesprek, vooral over hoe je met pesters in de chat omgaat.',
    ),
    withIds(
      'fortnite, jongen 13, speelt met zijn beste vriend sem en diens zus noor. noor krijgt rare berichten van een volwassene. geadviseerd screenshots te maken, te blokkeren en het bij een ouder te melden.',
      'sem',
      'noor',
    ),
    clean(
      'Jongen van 16 op Twitch vroeg of het strafbaar is om een account van iemand anders over te nemen. Uitgelegd dat dat computervredebreuk is. Hij kijkt vooral naar streams van Kalvijn en speelt FC 25.',
    ),
    withIds(
      'Gesprek op Snapchat met een meisje van 13 dat het weekend bij haar vader en zijn vriendin Yasmina doorbrengt. Ze kan goed met Yasmina praten, maar op school wordt ze gepest door Lotte Janssens uit haar klas. Tips gegeven en gewezen op Awel.',
      'Yasmina',
      'Lotte Janssens',
    ),
    clean(
      'Meisje van 11 op Roblox had een virtuele hond die Bobby heet en wilde die aan de politie laten zien. Daarna gepraat over niet ingaan op aanbiedingen van gratis Robux. Ze wist al dat ze de Kindertelefoon kan bellen.',
    ),
    withIds(
      'Jongen van 15 op Steam vertelde dat zijn mentor, meneer Bram de Wit, hem aanraadt minder te gamen voor de toetsweek. Hij was het daar eigenlijk mee eens. Samen een schema bedacht met vaste speeltijden.',
      'Bram de Wit',
    ),
    clean(
      'TikTok-live met een groepje meiden van 14 die dansjes deden op muziek van Froukje. Een van hen vroeg of het erg is dat de naam van haar school op haar trui staat; afgesproken dat ze dat liever vermijdt.',
    ),
  ],
  fr: [
    withIds(
      "Échange sur Fortnite avec un garçon de 12 ans qui joue tous les soirs avec son cousin Rayan Benali. Un inconnu leur a proposé des V-Bucks contre leurs identifiants ; je leur ai expliqué l'arnaque et conseillé d'activer la double authentification.",
      'Rayan Benali',
    ),
    clean(
      "Une fille de 14 ans sur TikTok m'a confié que son beau-père surveille ses messages. Nous avons parlé de confiance et de la façon d'en discuter calmement ; je lui ai rappelé le 3020 en cas de harcèlement.",
    ),
    withIds(
      "Discord, fille de 15 ans (Liège) : son entraîneur de basket, Julien Lambert, lui envoie des messages privés tard le soir. Je lui ai conseillé d'en parler à sa mère et de ne pas répondre en attendant.",
      'Julien Lambert',
    ),
    clean(
      "Deux frères de 10 et 13 ans sur Minecraft construisaient une réplique de l'Atomium. Leur grand-mère regardait par-dessus leur épaule. Discussion sympathique sur le respect dans le chat.",
    ),
    withIds(
      "roblox, garçon 11 ans, joue avec sa sœur inès et son copain adam. quelqu'un a demandé une photo à inès. conseillé de bloquer, de faire une capture et d'en parler à un adulte.",
      'inès',
      'adam',
    ),
    clean(
      "Garçon de 16 ans sur Twitch qui regarde surtout Squeezie et Gotaga. Il voulait savoir si c'est illégal de revendre un compte. On a parlé des arnaques et des règles des plateformes.",
    ),
    withIds(
      "Sur Snapchat, une ado de 13 ans m'a dit qu'elle passe ses mercredis chez la compagne de son père, Aïcha, et qu'elle s'entend bien avec elle. Par contre, un certain Kevin Dubois de sa classe se moque d'elle en ligne. Conseils donnés et numéro 103 (Écoute-Enfants) rappelé.",
      'Aïcha',
      'Kevin Dubois',
    ),
    clean(
      "Fille de 11 ans sur Roblox, intarissable sur son chat Caramel. On a parlé des Robux gratuits qui n'existent pas et du fait de ne jamais donner son mot de passe.",
    ),
    withIds(
      "Sur Minecraft, un garçon de 14 ans arrivé d'Ukraine l'an dernier m'a dit que son seul copain ici s'appelle Maksym et que sa prof de français, Mme Claire Moreau, l'aide beaucoup. On a parlé des clubs de sport du quartier pour se faire des amis.",
      'Maksym',
      'Claire Moreau',
    ),
    clean(
      "Live TikTok avec un groupe de filles de 14 ans qui dansaient sur des sons d'Aya Nakamura. L'une demandait si c'est grave de montrer le logo de son collège ; on a convenu qu'il valait mieux l'éviter.",
    ),
  ],
  de: [
    withIds(
      'Gespräch auf Fortnite mit einem 12-Jährigen, der jeden Abend mit seinem Cousin Emre Yılmaz zockt. Ein Unbekannter hat beiden V-Bucks gegen ihre Zugangsdaten angeboten. Betrugsmasche erklärt und Zwei-Faktor-Authentifizierung empfohlen.',
      'Emre Yılmaz',
    ),
    clean(
      'Ein Mädchen (14) auf TikTok erzählte, dass ihr Stiefvater abends ihr Handy einsammelt. Wir haben über Regeln in der Familie gesprochen und darüber, wie sie einen Kompromiss vorschlagen kann. Nummer gegen Kummer (116 111) genannt.',
    ),
    withIds(
      'Discord, Mädchen, 15, aus Köln: Ihr Handballtrainer Marco Schneider schreibt ihr privat auf Snapchat, auch spät abends. Geraten, das ihren Eltern zu zeigen und vorerst nicht zu antworten.',
      'Marco Schneider',
    ),
    clean(
      'Zwei Jungs, 13, wollten auf Discord wissen, ob Lootboxen in FC 25 Glücksspiel sind. Ihr großer Bruder gibt dafür angeblich sein ganzes Taschengeld aus. Wir haben über Ausgabenlimits und das Gespräch mit den Eltern geredet.',
    ),
    withIds(
      'roblox, junge 11, spielt mit seiner schwester elif und seinem kumpel jonas. ein fremder hat elif nach fotos gefragt. geraten: screenshot, blockieren, eltern informieren.',
      'elif',
      'jonas',
    ),
    clean(
      'Junge, 16, auf Twitch, schaut vor allem MontanaBlack und Papaplatte. Er wollte wissen, ob man Accounts verkaufen darf. Wir haben über Betrug und die Nutzungsbedingungen gesprochen.',
    ),
    withIds(
      'Ein 14-Jähriger auf Minecraft erzählte, dass er vor einem Jahr aus Syrien gekommen ist und sein einziger Freund hier Mustafa heißt. Mit seiner Deutschlehrerin, Frau Sabine Krüger, übt er jeden Tag. Wir haben über Sportvereine gesprochen, wo er Anschluss finden kann.',
      'Mustafa',
      'Sabine Krüger',
    ),
    clean(
      'Mädchen, 11, auf Roblox erzählte begeistert von ihrem Hamster Krümel. Danach ging es um Gratis-Robux, die es nicht gibt, und warum man sein Passwort nie weitergibt.',
    ),
    withIds(
      'Junge, 15, auf Steam will sich am Samstag mit einem Online-Freund treffen, der sich „Kevin“ nennt und angeblich 16 ist. Seine Mutter und ihr Freund Dariusz wissen nichts davon. Geraten: vorher mit der Mutter reden und nur an einem öffentlichen Ort mit einem Erwachsenen dabei.',
      'Kevin',
      'Dariusz',
    ),
    clean(
      'TikTok-Live mit ein paar 14-jährigen Mädchen, die zu Songs von Nina Chuba tanzten. Eine fragte, ob es schlimm ist, wenn man das Schullogo auf dem Pulli sieht; wir haben uns darauf geeinigt, das lieber zu vermeiden.',
    ),
  ],
  is: [
    withIds(
      'Spjallaði við 12 ára strák á Roblox sem spilar á hverju kvöldi með frænda sínum, Kacper Nowak. Ókunnugur maður bauð þeim ókeypis Robux í skiptum fyrir lykilorðin. Útskýrði svikin og hvatti þá til að segja foreldrum frá.',
      'Kacper Nowak',
    ),
    clean(
      'Stelpa, 14 ára, á TikTok var leið yfir því að stjúpmamma hennar bannar síma eftir klukkan tíu. Við ræddum um svefn og hvernig hún getur samið um reglurnar. Benti á Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds(
      'Á Discord: 15 ára stelpa úr Hafnarfirði segir að handboltaþjálfarinn hennar, Gunnar Stefánsson, sendi henni einkaskilaboð seint á kvöldin. Ráðlagði henni að sýna mömmu sinni skilaboðin og svara ekki í bili.',
      'Gunnar Stefánsson',
    ),
    clean(
      'Tveir bræður, 10 og 13 ára, voru að byggja Hallgrímskirkju í Minecraft og vildu vita hvort lögreglan spili líka. Amma þeirra sat hjá þeim. Skemmtilegt spjall um kurteisi í spjallinu.',
    ),
    withIds(
      'fortnite, strákur 13 ára, spilar með vinkonu sinni emblu og bróður hennar. einhver fullorðinn bað emblu um myndir. ráðlagði skjáskot, blokka og láta fullorðinn vita.',
      'emblu',
    ),
    clean(
      'Strákur, 16 ára, á Twitch spurði hvort það sé ólöglegt að selja Steam-aðgang. Hann horfir mest á Kai Cenat og spilar CS2 með bekkjarfélögum. Ræddum um svindl og notendaskilmála.',
    ),
    withIds(
      'Á Snapchat sagði 13 ára stelpa að hún væri hjá kærustu pabba síns, Zofiu, á miðvikudögum og að þeim kæmi vel saman. Í skólanum er hins vegar Sunna Sigurðardóttir úr bekknum hennar að gera grín að henni á netinu. Gaf ráð og benti á 1717.',
      'Zofiu',
      'Sunna Sigurðardóttir',
    ),
    clean(
      'Stelpa, 11 ára, á Roblox sagði mér stolt frá hundinum sínum, Kol. Síðan töluðum við um að ókeypis Robux séu alltaf svindl og að maður gefi aldrei upp lykilorðið sitt.',
    ),
    withIds(
      'Strákur, 15 ára, á Steam sagði að Aron og Viktor Guðmundsson, bestu vinir hans, hefðu hætt að tala við hann eftir rifrildi í leik. Við ræddum hvernig hann gæti leyst málið og að tala við umsjónarkennarann ef það versnar.',
      'Aron',
      'Viktor Guðmundsson',
    ),
    clean(
      'TikTok-live með nokkrum 14 ára stelpum sem dönsuðu við lög eftir Laufey. Ein spurði hvort það væri í lagi að merki skólans sæist á peysunni; við vorum sammála um að best væri að sleppa því.',
    ),
  ],
  fi: [
    withIds(
      'Juttelin Fortnitessa 12-vuotiaan pojan kanssa, joka pelaa iltaisin serkkunsa Eetu Virtasen kanssa. Tuntematon aikuinen oli tarjonnut heille V-Buckseja tunnuksia vastaan. Kerroin, että kyse on huijauksesta, ja neuvoin ottamaan kaksivaiheisen tunnistautumisen käyttöön.',
      'Eetu Virtasen',
    ),
    clean(
      '14-vuotias tyttö kertoi TikTokissa, että isäpuoli ottaa hänen puhelimensa yöksi pois. Puhuimme kotisäännöistä ja siitä, miten asiasta voi neuvotella rauhallisesti. Kerroin myös Sekasin-chatista ja Lasten ja nuorten puhelimesta 116 111.',
    ),
    withIds(
      'Discordissa 15-vuotias tyttö Tampereelta kertoi, että hänen koripallovalmentajansa Janne Korhonen lähettelee hänelle yksityisviestejä myöhään illalla. Neuvoin näyttämään viestit äidille ja jättämään vastaamatta siihen asti.',
      'Janne Korhonen',
    ),
    clean(
      'Kaksi veljestä, 10 ja 13, rakensi Minecraftissa Helsingin tuomiokirkkoa, ja heidän mummonsa katseli vieressä. Mukava keskustelu siitä, miten chatissa kannattaa toimia, jos joku kiroilee.',
    ),
    withIds(
      'roblox, poika 11v, pelaa siskonsa aadan ja kaverinsa hamzan kanssa. joku aikuinen pyysi aadalta kuvia. neuvottu: kuvakaappaus, esto ja kerro aikuiselle.',
      'aadan',
      'hamzan',
      'aadalta',
    ),
    clean(
      '16-vuotias poika Twitchissä katsoo lähinnä Ninjan striimejä ja pelaa CS2:ta luokkakavereiden kanssa. Hän kysyi, onko pelitilin myyminen laitonta. Puhuimme huijauksista ja palvelun käyttöehdoista.',
    ),
    withIds(
      'Snapchatissa 13-vuotias tyttö kertoi olevansa keskiviikkoisin isänsä tyttöystävän Darian luona ja tulevansa hyvin toimeen hänen kanssaan. Koulussa luokkakaveri Venla Mäkinen kuitenkin pilkkaa häntä netissä. Annoin vinkkejä ja kerroin, että kiusaamisesta voi kertoa myös koulukuraattorille.',
      'Darian',
      'Venla Mäkinen',
    ),
    clean(
      '11-vuotias tyttö kertoi Robloxissa innoissaan uudesta kissanpennustaan Mirristä. Sen jälkeen juteltiin siitä, että ilmaiset Robuxit ovat aina huijausta eikä salasanaa kerrota kenellekään.',
    ),
    withIds(
      'Steamissa 15-vuotias poika kertoi, että Abdirahman Ali ja Onni, hänen parhaat kaverinsa, lakkasivat puhumasta hänelle riidan jälkeen. Mietimme yhdessä, miten asian voisi sopia, ja että luokanvalvojalle voi puhua, jos tilanne pahenee.',
      'Abdirahman Ali',
      'Onni',
    ),
    clean(
      'Muutama 14-vuotias tyttö tanssi TikTok-livessä Käärijän kappaleiden tahtiin. Yksi kysyi, haittaako, jos koulun logo näkyy hupparissa; sovimme, että sitä kannattaa mieluummin välttää.',
    ),
  ],
  sv: [
    withIds(
      'Pratade med en kille på 12 på Roblox som spelar varje kväll med sin kusin Amir Hassan. En okänd vuxen hade erbjudit dem gratis Robux mot inloggningsuppgifter. Förklarade bluffen och bad dem berätta för sina föräldrar.',
      'Amir Hassan',
    ),
    clean(
      'Tjej, 14, på TikTok berättade att hennes styvmamma tar telefonen på kvällarna. Vi pratade om sömn och om hur hon kan föreslå en kompromiss. Tipsade om BRIS, 116 111.',
    ),
    withIds(
      'Discord: en 15-årig tjej från Göteborg säger att hennes innebandytränare, Patrik Lindberg, skriver privat till henne sent på kvällarna. Rådde henne att visa meddelandena för mamma och inte svara tills vidare.',
      'Patrik Lindberg',
    ),
    clean(
      'Två bröder, 10 och 13, byggde Turning Torso i Minecraft och ville veta om polisen också spelar. Deras mormor satt bredvid. Trevligt samtal om hur man gör när någon svär i chatten.',
    ),
    withIds(
      'fortnite, kille 13, spelar med kompisen leyla och hennes bror. leyla har gett sitt nummer 073-412 58 09 till en vuxen som nu tjatar om bilder. rådde till skärmdump, blockering och att prata med en vuxen.',
      'leyla',
      '073-412 58 09',
    ),
    clean(
      'Kille, 16, på Twitch kollar mest på Ninja och spelar CS2 med klasskompisar. Han undrade om det är olagligt att sälja ett Steam-konto. Vi pratade om bedrägerier och användarvillkor.',
    ),
    withIds(
      'På Snapchat berättade en 13-åring att hon är hos pappas sambo Nour på onsdagar och att de kommer bra överens. I skolan hånar dock Ebba Karlsson i hennes klass henne på nätet. Gav råd och påminde om BRIS.',
      'Nour',
      'Ebba Karlsson',
    ),
    clean(
      'Tjej, 11, på Roblox berättade glatt om sin nya kanin Morris. Sedan pratade vi om att gratis Robux alltid är bluff och att man aldrig lämnar ut sitt lösenord.',
    ),
    withIds(
      'Kille, 15, på Steam berättade att Liam och Oscar Eriksson, hans bästa kompisar, har slutat prata med honom efter ett bråk i spelet. Vi funderade på hur han kan reda ut det, och att han kan prata med mentorn om det blir värre.',
      'Liam',
      'Oscar Eriksson',
    ),
    clean(
      'TikTok-live med några 14-åriga tjejer som dansade till låtar av Zara Larsson. En frågade om det gör något att skolans logga syns på tröjan; vi kom överens om att det är bättre att undvika det.',
    ),
  ],
};
