/**
 * Round thirty-three: written blind, before the detector was run on it.
 * Everyday life as young people tell it, thick with capitalised words that name no private person (shops, brands,
 * apps, series, characters, pets, clubs, holidays, towns that are also first names, police profiles); the withIds
 * notes hide one real identifier of a young person in that same texture.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_THIRTY_THREE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    clean(
      'Discord chat with three lads arguing whether Shrek or Sonic would win a fight. They asked if police officers get Netflix at work and if Kripos has a Minecraft account. Talked about not sharing passwords, even with best mates. Left the server on Friday around 20:00.',
    ),
    clean(
      'Roblox, Adopt Me server. A girl said her dog Bella had puppies and she named them Elsa, Anna and Olaf after Frozen. Asked whether Politiet Nettpatrulje is a real police account. We showed how to check the profile and how to report fake ones.',
    ),
    clean(
      'Fortnite lobby the week before Halloween. The kids compared skins bought with Apple gift cards from Rema 1000 and Kiwi. One was worried because a stranger offered free V-Bucks for his Spotify login. Advised never to trade logins and showed the in-game report button.',
    ),
    clean(
      'Twitch stream about Stranger Things and Wednesday. Viewers asked if Hermione or Harry is the better wizard and whether Ron is underrated. Ajax and Rosenborg fans started a friendly row in chat. Explained that we are visible in uniform and never read private messages.',
    ),
    clean(
      'Minecraft server run by a group of boys from Molde. They had built Karl Johan, the palace and a Joker shop on the corner. Said they want to go to Roskilde with their older brothers next summer. Talked about online "friends" who ask for photos. Logged off Wednesday 21:30.',
    ),
    withIds(
      'Snapchat after school. She said everybody at the Lidl saw the video and that Yasmin had posted it first in the Stranger Things group, then deleted it. Advised her to save screenshots and tell a teacher. She seemed calmer after.',
      'Yasmin',
    ),
    withIds(
      'TikTok live about Squid Game challenges. A boy who goes by darkmario_07 said an older user dared him to do the glass bridge on camera. Gave him the report link. He then went off to watch Peppa with his little sister.',
      'darkmario_07',
    ),
    withIds(
      'Discord DM from a boy (13) who posted his number, +47 948 12 376, asking us to text him because his mum takes his Samsung away on Sundays. Told him not to post numbers in public channels and had the message removed.',
      '+47 948 12 376',
    ),
    withIds(
      'Roblox, Brookhaven. He wrote that he lives at Storgata 23, above the Joker in Lillehammer, and is home alone until his parents finish at Rema 1000. Explained why an address should never go on a server. Mods deleted it.',
      'Storgata 23',
    ),
    withIds(
      'Fortnite squad chat. A girl typed her e-mail as "lina dot berg at hotmail dot com" so a "Nike rep" could send her free trainers. Explained that this is a scam and that Nike never gives shoes away in Fortnite lobbies.',
      'lina dot berg at hotmail dot com',
    ),
  ],
  nb: [
    clean(
      'Snakket med fire gutter på Discord om Rosenborg mot Molde i helga. De lurte på om politiet får gratis Vipps og om vi har sett Skam. Forklarte hva Politiet Nettpatrulje gjør, og at de kan si fra anonymt.',
    ),
    clean(
      'Roblox, Brookhaven. Ei jente fortalte at katten Luna forsvant før jul, men ble funnet bak Rema 1000. Vi snakket om å ikke legge ut bilder av huset sitt. Hyggelig prat, logget av kl. 20 på fredag.',
    ),
    clean(
      'Fortnite-lobby. Gjengen skulle kjøpe V-Bucks med gavekort fra Kiwi og Joker. En hadde fått tilbud om gratis skins mot Snapchat-passordet sitt. Rådet dem til aldri å gi fra seg innlogging og å vise meldingen til en voksen.',
    ),
    clean(
      'TikTok-live om Wednesday og Stranger Things. Mange spurte om vi hadde sett siste sesong, og om Kripos leser private meldinger. Forklarte at vi bare er synlige i uniform og ikke leser DM-er. God stemning, masse hjerter.',
    ),
    clean(
      'Minecraft-server fra Lillehammer. De hadde bygd Karl Johan, Slottet og en Kiwi i blokker. Noen på serveren hadde bedt om bilder, så vi ga tips om blokkering og om å si fra til en voksen på skolen. Neste gang vil de vise oss Hamar.',
    ),
    withIds(
      'Snapchat: jenta sa at Ingrid Solbakken hadde lagt ut et bilde av henne fra Halloween-festen uten lov, med Barbie-filter. Rådet henne til å rapportere bildet og snakke med kontaktlæreren.',
      'Ingrid Solbakken',
    ),
    withIds(
      'Discord: gutten heter Amir, er tolv og spiller Mario Kart med broren. Han var redd for en voksen som tilbød Nike-sko mot bilder. Vi tok skjermbilde, meldte kontoen og ga ham nummeret til Alarmtelefonen.',
      'Amir',
    ),
    withIds(
      'Roblox: brukeren kalte seg ellaxbella2011 og sa at hun hadde fått Robux av en fremmed etter at han så henne på Spotify. Forklarte hvorfor det er et faresignal og ba henne si fra til mamma.',
      'ellaxbella2011',
    ),
    withIds(
      'TikTok: en gutt skrev fødselsnummeret sitt, 140310 52050, i kommentarfeltet for å «vinne» en Samsung-telefon. Fikk slettet kommentaren og snakket om svindel.',
      '140310 52050',
    ),
    withIds(
      'Fortnite: hun går i 9B på Tiller ungdomsskole og sa at halve klassen deler Spotify- og Netflix-kontoer med folk de bare kjenner fra nett. Snakket om passord og tofaktor.',
      '9B på Tiller ungdomsskole',
    ),
  ],
  nn: [
    clean(
      'Prata med tre jenter på Roblox om Frozen. Dei hadde laga eit slott til Elsa og Anna, og Olaf var vaktmeister. Dei spurde om Politiet Nettpatrulje har hund. Forklarte korleis dei kan melde frå om nokon er ekle.',
    ),
    clean(
      'Discord-samtale med gutar frå Vik i Sogn. Dei snakka om Molde mot Brann og om kven som er best i FIFA. Ingen uro, men vi minte dei på å ikkje dele bilete frå garderoben.',
    ),
    clean(
      'Minecraft: ein gjeng hadde bygd Bryggen og ein Rema 1000 ved sida av. Dei spurde om politiet spelar Zelda på fritida, og om Link eller Zelda er helten. Kort prat om kva dei skal gjere om framande ber om bilete.',
    ),
    clean(
      'TikTok-live ein laurdag. Ungdomane ville vite om vi har sett Skam og kva vi synest om Squid Game. Vi snakka om aldersgrenser og kvifor dei ikkje bør sende Vipps til folk dei ikkje kjenner.',
    ),
    clean(
      'Fortnite: hunden Tassen hadde ete kontrollaren til ein av gutane. Praten gjekk over til nettvener og kva som er greitt å dele. Dei var nøgde med at politiet er på plattforma. Logga av før jul.',
    ),
    withIds(
      'Snapchat: ho fortalde at Sigrid hadde fått meldingar frå ein vaksen mann som lova Adidas-sko og Disney+-kode. Vi bad henne ta skjermbilete og snakke med helsesjukepleiaren.',
      'Sigrid',
    ),
    withIds(
      'Discord: guten skreiv at han bur i Kyrkjevegen 12 på Voss og at ingen er heime etter skulen. Vi forklarte kvifor adressa ikkje skal ut på serveren, og sletta meldinga.',
      'Kyrkjevegen 12',
    ),
    withIds(
      'Roblox: brukaren kallar seg vossagut_2010 og hadde fått tilbod om gratis Robux mot passordet. Gav råd om tofaktor og om å seie frå til ein vaksen. Han ville heller snakke om Sonic.',
      'vossagut_2010',
    ),
    withIds(
      'TikTok: ei jente la ut nummeret sitt, 924 18 653, og bad folk sende melding for å bli med i ei Stranger Things-gruppe. Vi tok kontakt og fekk henne til å fjerne det.',
      '924 18 653',
    ),
    withIds(
      'Minecraft: ho skreiv e-postadressa si som «maren punkt hauge krøllalfa hotmail punkt com» for å få ein gratis Disney+-kode frå ein ukjend. Forklarte at det er svindel.',
      'maren punkt hauge krøllalfa hotmail punkt com',
    ),
  ],
  nl: [
    clean(
      'Gesprek op Discord met jongens uit Emmen over Ajax tegen Feyenoord. Ze vroegen of Politie Online ook FIFA speelt. Uitgelegd hoe je iemand blokkeert en meldt. Gezellig, geen zorgen.',
    ),
    clean(
      'Roblox: meisje vertelde dat haar hond Bella met Sinterklaas een zak pepernoten van de Albert Heijn had opgegeten. Daarna over Tikkie-verzoeken van onbekenden gepraat: nooit betalen aan mensen die je niet kent.',
    ),
    clean(
      'Fortnite-lobby, woensdagavond. Kinderen wilden V-Bucks kopen met een kaart van de Jumbo. Eén had een bericht gekregen: gratis skins als je je wachtwoord stuurt. Uitgelegd dat dat oplichting is.',
    ),
    clean(
      "TikTok-live over Wednesday en Harry Potter. Ze vroegen of wij in het team van Hermione of Ron zouden zitten. Daarna serieuzer: wat te doen als iemand om naaktfoto's vraagt. Verwezen naar Helpwanted.",
    ),
    clean(
      'Minecraft-server: ze hadden de Coolsingel nagebouwd met een Hema op de hoek. Een jongen uit Ede vroeg of de politie echt op Roblox zit. Uitgelegd wat we doen tijdens de actieweek.',
    ),
    withIds(
      'Snapchat: ze zei dat Noor de Vries een filmpje van haar uit de kleedkamer had doorgestuurd in de Squid Game-groep. Geadviseerd om het te melden en met haar mentor te praten.',
      'Noor de Vries',
    ),
    withIds(
      "Discord: jongen noemt zich MoKhalid_NL en zit in groep 8. Een volwassene bood hem Nike-schoenen aan voor foto's. Screenshot gemaakt en account gemeld.",
      'MoKhalid_NL',
    ),
    withIds(
      'TikTok: meisje plaatste haar BSN, 236458711, omdat een "winactie" van Zalando daarom vroeg. Uitgelegd dat dit fraude is en de reactie laten verwijderen.',
      '236458711',
    ),
    withIds(
      "Roblox: hij schreef dat hij op Kerkstraat 41 in Ede woont en 's middags alleen thuis is tot zijn moeder klaar is bij de Jumbo. Gezegd dat hij zijn adres nooit moet delen.",
      'Kerkstraat 41',
    ),
    withIds(
      'Fortnite: een meisje vertelde dat Daan al weken wordt gepest in de klassenapp sinds een foto bij de Hema. Uitgelegd hoe ze dat bij school kan melden.',
      'Daan',
    ),
  ],
  fr: [
    clean(
      "Discussion sur Discord avec des garçons de Mons à propos du match Standard contre Club Brugge. Ils demandaient si la police joue à FIFA. On a expliqué comment bloquer et signaler quelqu'un.",
    ),
    clean(
      "Roblox : une fille raconte que son chat Mimi a fait tomber le sapin à Noël. Ensuite on a parlé des demandes d'argent par Payconiq venant d'inconnus : ne jamais payer quelqu'un qu'on ne connaît pas.",
    ),
    clean(
      "Fortnite, mercredi soir. Les enfants voulaient acheter des V-Bucks avec une carte du Delhaize. L'un d'eux avait reçu « skins gratuits contre ton mot de passe ». On a expliqué l'arnaque.",
    ),
    clean(
      'Live TikTok sur Squid Game et Mercredi. Ils voulaient savoir si Police en ligne lit les messages privés. Non : on est visibles en uniforme et on parle ouvertement. Beaucoup de questions sur Hermione et Harry.',
    ),
    clean(
      'Minecraft : ils avaient reconstruit la Grand-Place avec un Colruyt à côté. Un garçon de Namur a demandé si Mario et Luigi pouvaient être arrêtés pour excès de vitesse. Bonne ambiance, on se revoit samedi.',
    ),
    withIds(
      "Snapchat : elle dit qu'Inès Benali a partagé une photo d'elle prise au Pukkelpop sans son accord. Conseillé de signaler la photo et d'en parler à un éducateur.",
      'Inès Benali',
    ),
    withIds(
      "Discord : le garçon s'appelle Lucas, il est en 6e primaire et un adulte lui a promis des Adidas contre des photos. Captures d'écran faites, signalement envoyé.",
      'Lucas',
    ),
    withIds(
      "TikTok : une fille a posté son numéro de registre national, 11.05.22-123.94, pour un « concours » Samsung. On l'a fait supprimer et on a parlé des arnaques.",
      '11.05.22-123.94',
    ),
    withIds(
      "Roblox : il a écrit son numéro, 0478 12 34 56, en demandant qu'on l'appelle parce que sa mère confisque sa Nintendo le dimanche. Expliqué pourquoi on ne met pas son numéro dans le chat.",
      '0478 12 34 56',
    ),
    withIds(
      "Fortnite : elle est en 2e B à l'Athénée royal de Mons et dit que toute la classe partage le même compte Netflix avec des inconnus. On a parlé des mots de passe.",
      "2e B à l'Athénée royal de Mons",
    ),
  ],
  de: [
    clean(
      'Gespräch auf Discord mit Jungs aus Eupen über Standard Lüttich gegen Club Brügge. Sie fragten, ob die Polizei auch Mario Kart spielt. Erklärt, wie man blockiert und meldet.',
    ),
    clean(
      'Roblox: Ein Mädchen erzählte, dass ihr Hund Bello an Halloween die ganze Schokolade vom Aldi gefressen hat. Danach über Geldanfragen von Fremden gesprochen.',
    ),
    clean(
      'Fortnite, Mittwochabend. Die Kinder wollten V-Bucks mit einer Karte von Lidl kaufen. Einer bekam die Nachricht: gratis Skins gegen Passwort. Betrug erklärt.',
    ),
    clean(
      'TikTok-Live über Stranger Things und Harry Potter. Sie wollten wissen, ob Hermine klüger ist als Harry und ob die Polizei private Nachrichten liest. Nein, wir sind offen in Uniform unterwegs.',
    ),
    clean(
      'Minecraft: Sie haben den Kölner Dom und einen Delhaize nachgebaut. Ein Junge aus Sankt Vith fragte, ob Sonic einen Führerschein braucht. Lustig, keine Probleme, bis Samstag.',
    ),
    withIds(
      'Snapchat: Sie sagt, dass Leonie Schmitz ein Foto von ihr aus der Umkleide weitergeschickt hat. Empfohlen: melden und mit der Vertrauenslehrerin sprechen.',
      'Leonie Schmitz',
    ),
    withIds(
      'Discord: Der Junge nennt sich xXSchattenwolfXx und erzählte, dass ihm ein Erwachsener Nike-Schuhe für Fotos angeboten hat. Screenshots gemacht, gemeldet.',
      'xXSchattenwolfXx',
    ),
    withIds(
      'TikTok: Ein Mädchen schrieb ihre Mail als „mia punkt krings at gmx punkt de“ in die Kommentare, um bei einem Zalando-Gewinnspiel mitzumachen. Kommentar entfernen lassen.',
      'mia punkt krings at gmx punkt de',
    ),
    withIds(
      'Roblox: Er schrieb, er wohne in der Hauptstraße 17 in Eupen und sei nachmittags allein zu Hause. Erklärt, warum man seine Adresse nie teilt.',
      'Hauptstraße 17',
    ),
    withIds(
      'Fortnite: Sie erzählte, dass Emre seit Wochen im Klassenchat gemobbt wird, seit dem Foto vom Karneval. Erklärt, wie sie das in der Schule melden kann.',
      'Emre',
    ),
  ],
  is: [
    clean(
      'Spjall á Discord við stráka frá Akureyri um leik KR og Vals. Þeir spurðu hvort Lögreglan Netvakt spili FIFA. Útskýrðum hvernig á að loka á og tilkynna fólk.',
    ),
    clean(
      'Roblox: stelpa sagði að hundurinn hennar, Bella, hefði stolið pylsu í Bónus fyrir jólin. Svo töluðum við um beiðnir um peninga frá ókunnugum.',
    ),
    clean(
      'Fortnite, miðvikudagskvöld. Krakkarnir ætluðu að kaupa V-Bucks með gjafakorti úr Krónunni. Einn fékk skilaboð: ókeypis skins fyrir lykilorð. Útskýrðum svindlið.',
    ),
    clean(
      'TikTok-beint um Stranger Things og Harry Potter. Þau vildu vita hvort Hermione væri klárari en Harry og hvort lögreglan lesi einkaskilaboð. Nei, við erum sýnileg í búningi.',
    ),
    clean(
      'Minecraft: þau höfðu byggt Hallgrímskirkju og Bónus-búð við hliðina. Strákur frá Vík spurði hvort við færum á Þjóðhátíð. Góð stemning.',
    ),
    withIds(
      'Snapchat: hún segir að Guðrún Ósk Magnúsdóttir hafi sent mynd af henni úr búningsklefanum áfram. Ráðlögðum að tilkynna og tala við umsjónarkennarann.',
      'Guðrún Ósk Magnúsdóttir',
    ),
    withIds(
      'Discord: strákurinn heitir Aron og sagði að fullorðinn maður hefði boðið honum Nike-skó fyrir myndir. Tókum skjáskot og tilkynntum.',
      'Aron',
    ),
    withIds(
      'TikTok: stelpa setti kennitöluna sína, 090711-3180, í athugasemd til að vinna Samsung-síma. Fengum hana til að eyða henni.',
      '090711-3180',
    ),
    withIds(
      'Roblox: hann skrifaði símanúmerið sitt, 867 4512, og bað okkur að hringja. Útskýrðum af hverju maður deilir ekki númerinu sínu.',
      '867 4512',
    ),
    withIds(
      'Fortnite: hún er í 8. B í Hagaskóla og sagði að bekkurinn deili Spotify-aðgangi með fólki sem þau þekkja bara af netinu.',
      '8. B í Hagaskóla',
    ),
  ],
  fi: [
    clean(
      'Discord-keskustelu haminalaisten poikien kanssa HJK:n ja KuPSin pelistä. He kysyivät, pelaako Poliisi Nettipartio FIFAa. Kerrottiin, miten estetään ja ilmoitetaan.',
    ),
    clean(
      'Roblox: tyttö kertoi, että koira Bella oli syönyt juhannuksena makkarat Prisman pussista. Sitten puhuttiin MobilePay-pyynnöistä tuntemattomilta.',
    ),
    clean(
      'Fortnite, keskiviikkoiltana. Lapset halusivat ostaa V-Buckseja K-Marketin lahjakortilla. Yksi oli saanut viestin: ilmaisia skinejä salasanaa vastaan. Selitettiin huijaus.',
    ),
    clean(
      'TikTok-live Stranger Thingsistä ja Harry Potterista. Kysyttiin, onko Hermione fiksumpi kuin Harry ja lukeeko poliisi yksityisviestejä. Ei lue, olemme näkyvästi univormussa.',
    ),
    clean(
      'Minecraft: he olivat rakentaneet Tuomiokirkon ja sen viereen Alkon. Loviisalainen poika kysyi, tarvitseeko Sonic ajokortin. Hyvä meininki.',
    ),
    withIds(
      'Snapchat: hän kertoo, että Aino Virtanen jakoi hänestä kuvan pukuhuoneesta. Neuvottiin ilmoittamaan ja puhumaan kuraattorille.',
      'Aino Virtanen',
    ),
    withIds(
      'Discord: poika käyttää nimeä Mursu_Gamer2011 ja kertoi, että aikuinen tarjosi hänelle Adidaksen kenkiä kuvia vastaan.',
      'Mursu_Gamer2011',
    ),
    withIds(
      'TikTok: tyttö kirjoitti henkilötunnuksensa 230410A846X kommenttiin voittaakseen Samsungin puhelimen. Saatiin poistettua.',
      '230410A846X',
    ),
    withIds(
      'Roblox: hän kirjoitti osoitteensa, Koulukatu 8 B 12, Hamina, ja sanoi olevansa iltapäivät yksin kotona.',
      'Koulukatu 8 B 12',
    ),
    withIds(
      'Fortnite: hän kertoi, että Abdirahman on ollut kiusattuna luokan WhatsAppissa jo viikkoja. Kerrottiin, miten asiasta voi ilmoittaa koululle.',
      'Abdirahman',
    ),
  ],
  sv: [
    clean(
      'Discord-samtal med killar från Lovisa om HJK mot Djurgården. De frågade om Poliisi Nettipartio spelar FIFA. Förklarade hur man blockerar och anmäler.',
    ),
    clean(
      'Roblox: en tjej berättade att hennes hund Bella åt upp alla köttbullar från ICA på midsommar. Sedan pratade vi om Swish-förfrågningar från okända.',
    ),
    clean(
      'Fortnite, onsdagskväll. Barnen ville köpa V-Bucks med presentkort från Lidl. En hade fått ett meddelande: gratis skins mot lösenord. Förklarade bedrägeriet.',
    ),
    clean(
      'TikTok-live om Wednesday och Harry Potter. De ville veta om Hermione är smartare än Harry och om polisen läser privata meddelanden. Nej, vi syns i uniform.',
    ),
    clean(
      'Minecraft: de hade byggt Domkyrkan i Åbo och en K-Market bredvid. En pojke från Vasa frågade om Mario och Luigi behöver körkort. Bra stämning.',
    ),
    withIds(
      'Snapchat: hon säger att Wilma Lindqvist skickat vidare en bild från omklädningsrummet. Rådde henne att anmäla och prata med kuratorn.',
      'Wilma Lindqvist',
    ),
    withIds(
      'Discord: pojken heter Elias och berättade att en vuxen erbjöd Nike-skor mot bilder. Vi tog skärmdumpar och anmälde kontot.',
      'Elias',
    ),
    withIds(
      'TikTok: en tjej skrev sitt personnummer, 100615-3843, i en kommentar för att vinna en Samsung. Vi fick henne att ta bort det.',
      '100615-3843',
    ),
    withIds(
      'Roblox: han skrev sitt nummer, 040 718 2395, och bad oss ringa eftersom mamma tar hans Samsung på söndagar.',
      '040 718 2395',
    ),
    withIds(
      'Fortnite: hon går i 8B på Vasaskolan och sa att hela klassen delar ett Spotify-konto med folk de bara känner från nätet.',
      '8B på Vasaskolan',
    ),
  ],
};
