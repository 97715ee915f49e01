/**
 * Round one hundred and eighteen: written blind, before the detector was run on it.
 * People named in passing: friends, siblings, parents, teachers, neighbours and adults named mid-story, in the cases
 * of each language; the clean notes tell the same stories by role and name only famous people, characters and pets.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_EIGHTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Chatted with a 13-year-old on Roblox who said his mate Callum Byrne had been asking for his Robux in exchange for a rare pet that never turned up. Explained that trades outside the game are a common scam and told him to tell his mum about it.',
      'Callum Byrne',
    ),
    clean(
      'Girl (14) on TikTok asked whether it was okay that her older sister posts videos of her without asking. We talked about consent and how to report a video; she said she would raise it with her dad first. Big Taylor Swift fan, wanted to know if we had tickets.',
    ),
    withIds(
      'Talked to a boy of 15 on Discord about a server where an adult calling himself coach Darren kept offering free skins. His older brother, Ryan Kavanagh, had already blocked the man. Advised them to screenshot the messages and report the account to Discord.',
      'Darren',
      'Ryan Kavanagh',
    ),
    clean(
      'Fortnite duo, two brothers aged 11 and 13. The younger one was upset that his big brother gets more screen time. Kept it light, talked about Peely and the new season, and suggested they agree on rules together with their parents.',
    ),
    withIds(
      "12-year-old girl on Minecraft told me her neighbour's son, jake o'connor, keeps griefing her builds and calling her names in chat. We went through how to kick and ban players on her own server, and she will tell her teacher Ms Walsh on Monday.",
      "jake o'connor",
      'Ms Walsh',
    ),
    clean(
      'Spoke with a 16-year-old on Twitch who moderates for a streamer he likes. He has been getting abusive DMs from viewers. Talked about blocking, not taking it personally and letting the streamer know; his form tutor had given him similar advice.',
    ),
    withIds(
      'Snapchat conversation with a girl (13). A boy from her class, Liam, had shared a screenshot of her story in a group chat, and her best friend Aoife Brennan stood up for her. We talked about who can see her stories and how to report the screenshot.',
      'Liam',
      'Aoife Brennan',
    ),
    clean(
      'Boy (10) on Roblox asked if the police can arrest someone for stealing his pet in Adopt Me. Explained the difference between a game rule and a crime and told him to ask mum or dad to help him report it. He has a real dog called Biscuit and was very proud of him.',
    ),
    withIds(
      "Talked with a 14-year-old girl on Steam who met a man named Gary Holt through a trading group; Gary had asked for her number so he could send her a gift card. She hadn't replied. Praised her and explained why adults should not ask children for that.",
      'Gary Holt',
    ),
    clean(
      'Quick chat on Discord with three friends aged 15 in a study server. They asked what we do on the platform and whether we read their messages. Explained we only see what people share with us, and pointed them to Childline and 116 123 if anything worries them.',
    ),
  ],
  nb: [
    clean(
      'Jente (14) på TikTok lurte på om storesøsteren kan legge ut bilder av henne uten å spørre. Vi snakket om samtykke og hvordan man melder et innlegg. Hun er stor fan av Sigrid og ville vite om vi hadde vært på konserten.',
    ),
    withIds(
      'Snakket med en gutt på 13 år på Roblox. Han fortalte at kompisen Sondre Lie hadde fått ham til å gi fra seg passordet, og at kontoen nå var tømt. Vi gikk gjennom hvordan man bytter passord og slår på totrinnsbekreftelse, og han skulle si fra til mamma.',
      'Sondre Lie',
    ),
    withIds(
      'Gutt på 15 på Discord forteller at en voksen mann som kaller seg Tommy har sendt ham penger på Vipps for å få bilder. Storebroren hans, Martin Aas, var med i samtalen og hadde tatt skjermbilder. Ba dem kontakte politiet på 02800 og ikke svare mannen mer.',
      'Tommy',
      'Martin Aas',
    ),
    clean(
      'Praten med to søsken på 11 og 12 år i Minecraft handlet mest om hvem som får bestemme på serveren. Lillebroren følte seg utestengt. Foreslo at de lager regler sammen med pappa, og at de tar en pause når det blir krangel.',
    ),
    withIds(
      'Snapchat-samtale med ei jente på 14. Hun var lei seg fordi Ingrid Bakkens kjæreste hadde delt en video av henne i en gruppechat på skolen. Vi snakket om deling av bilder uten samtykke, og hun vil ta det opp med kontaktlæreren, Hege Dahl, i morgen.',
      'Ingrid Bakkens',
      'Hege Dahl',
    ),
    clean(
      'Gutt (16) på Twitch ville vite hvordan man blir politi. Vi snakket om Politihøgskolen og om fotball; han holder med Manchester City og elsker Erling Haaland. Hyggelig prat, ingen bekymringer.',
    ),
    withIds(
      'Fortnite-økt med en gutt på 12. Han spiller mest med fetteren sin, Aksel, og med treneren på fotballaget, som heter Geir Nilsen og har lagt ham til som venn. Vi snakket om hvilke voksne det er greit å spille med, og at han alltid kan si fra hjemme.',
      'Aksel',
      'Geir Nilsen',
    ),
    clean(
      'Jente på 13 på Roblox fortalte at en i klassen hadde laget en falsk profil av henne. Hun hadde allerede sagt det til læreren. Viste henne hvordan man rapporterer en profil for etterligning, og minnet om Kors på halsen på 116 111.',
    ),
    withIds(
      'Gutt på 14 på Steam hadde solgt skins til en fyr han bare kjente som emil_h og ble lurt for 800 kroner. Naboen kari johansen har hjulpet ham med å skrive ned hva som skjedde. Forklarte at han kan anmelde det på nett sammen med en forelder.',
      'emil_h',
      'kari johansen',
    ),
    clean(
      'Samtale med tre venninner på 15 på Discord om stress før tentamen. Vi snakket om søvn, skjermtid og om å ta en prat med helsesykepleieren. Katten deres, Pusur, dukket stadig opp foran kameraet.',
    ),
  ],
  nn: [
    withIds(
      'Prata med ein gut på 12 år på Minecraft. Han fortalde at bestevenen hans, Håkon Strand, hadde fått meldingar frå ein vaksen som ville møtast. Me snakka om kvifor det er lurt å seie frå til ein vaksen ein stolar på, og han skulle fortelje det til mora hans.',
      'Håkon Strand',
    ),
    clean(
      'Jente (13) på TikTok var uroleg fordi storebroren spelar heile natta. Me snakka om korleis ho kan ta det opp med foreldra, og om kva ho sjølv kan gjere. Ho likar Astrid S og ville vite om me høyrer på musikk på jobb.',
    ),
    clean(
      'Gut på 14 på Discord fortalde at ein vaksen i ein spelserver hadde spurt kvar han bur. Han hadde ikkje svart. Rosa han for det og viste korleis han blokkerer og melder brukaren. Mora hans visste om det.',
    ),
    withIds(
      'Snapchat-prat med ei jente på 15. Kjærasten hennar, Eirik Haugland, har byrja å krevje passordet hennar og blir sur når ho ikkje svarar med ein gong. Me snakka om kontroll i forhold, og om at ho kan ringje 116 111 eller snakke med helsesjukepleiaren.',
      'Eirik Haugland',
    ),
    withIds(
      'Fortnite med to brør på 10 og 13. Den yngste sa at han får spele lenger hjå tante Solveig enn heime, og at onkel Knut Rønning kjøper V-Bucks til dei. Me snakka om kjøp i spel og om å spørje foreldra først.',
      'Solveig',
      'Knut Rønning',
    ),
    clean(
      'Roblox-samtale med ein gut på 11 som var lei seg fordi ein klassekamerat hadde teke 400 Robux frå han. Forklarte skilnaden på juks i spel og lovbrot, og at læraren kan hjelpe med å løyse det på skulen.',
    ),
    withIds(
      'Jente på 14 på Twitch fortalde om ein streamar ho følgjer som har byrja å sende henne private meldingar. Venninna hennar, ida mjelde, har hatt same opplevinga. Me bad henne ta skjermbilete og melde kontoen, og sa at ho ikkje treng å svare.',
      'ida mjelde',
    ),
    clean(
      'Praten på Minecraft med ein gut på 12 handla mest om hunden hans, Tassen, og om kva politihundar gjer. Han vil bli hundeførar. Fortalde litt om opplæringa og minte han på å ikkje dele kvar han bur i chatten.',
    ),
    withIds(
      'Gut på 16 på Steam hadde fått tilbod om jobb som moderator av ein mann som kalla seg Rune Fjeld, mot at han sende bilete av passet sitt. Syster hans, Marte, hadde åtvara han. Me forklarte at dette liknar svindel og at han bør melde det.',
      'Rune Fjeld',
      'Marte',
    ),
    clean(
      'Discord-prat med ein gjeng på 15 frå same klasse om mobbing i ein gruppechat. Dei ville vite kva dei kan gjere når nokon blir halden utanfor. Me snakka om å seie frå til kontaktlæraren og om å støtte den som blir ramma.',
    ),
  ],
  nl: [
    withIds(
      'Gesprek op Roblox met een jongen van 12. Zijn vriend Daan Visser had hem overgehaald om zijn wachtwoord te delen voor gratis Robux, en nu is zijn account leeg. Samen het wachtwoord gewijzigd en tweestapsverificatie aangezet; hij gaat het aan zijn moeder vertellen.',
      'Daan Visser',
    ),
    withIds(
      "Jongen van 15 op Discord vertelt dat een man die zich Kevin noemt hem geld aanbiedt voor foto's. Zijn broer, Thijs Bakker, zat erbij en had screenshots gemaakt. Uitgelegd hoe ze aangifte kunnen doen en dat ze niet meer moeten reageren.",
      'Kevin',
      'Thijs Bakker',
    ),
    clean(
      'Meisje (14) op TikTok vroeg of haar oudere zus zomaar filmpjes van haar mag posten. We hadden het over toestemming en hoe je een video meldt. Ze is groot fan van Snelle en wilde weten of agenten ook naar concerten gaan.',
    ),
    clean(
      'Fortnite met twee broertjes van 10 en 12. De jongste vond het oneerlijk dat zijn grote broer langer mag gamen. We hebben het over afspraken met papa en mama gehad, en natuurlijk over Peely.',
    ),
    withIds(
      'Vlaams meisje van 13 op Snapchat: het lief van haar vriendin, Jens Peeters, heeft een foto van haar doorgestuurd in de klasgroep. Ze wil het morgen aan juf Sarah melden. Uitgelegd dat de foto verwijderd kan worden en dat ze ook bij Child Focus terechtkan (116 000).',
      'Jens Peeters',
      'Sarah',
    ),
    clean(
      'Jongen van 16 op Twitch wilde weten hoe je bij de politie komt. Gepraat over de Politieacademie en over voetbal; hij is fan van Virgil van Dijk. Leuk gesprek, geen zorgen.',
    ),
    withIds(
      'Minecraft-gesprek met een jongen van 11 uit Gent. Hij speelt vaak met zijn neef Arthur en met de buurman, meneer Luc Janssens, die een eigen server heeft. We hebben het gehad over welke volwassenen je online kunt vertrouwen en dat hij thuis altijd mag vertellen wat er gebeurt.',
      'Arthur',
      'Luc Janssens',
    ),
    clean(
      'Meisje van 13 op Roblox vertelde dat iemand uit haar klas een nepaccount op haar naam had gemaakt. Ze had het al aan haar mentor verteld. Uitgelegd hoe je een account meldt voor imitatie en gewezen op de Kindertelefoon, 0800-0432.',
    ),
    withIds(
      'Jongen van 14 op Steam is opgelicht bij een ruil met iemand uit de handelsgroep van zijn oom, ruud de graaf. Zijn zus Femke had hem nog gewaarschuwd. We hebben uitgelegd hoe hij online aangifte kan doen.',
      'ruud de graaf',
      'Femke',
    ),
    clean(
      'Discord-gesprek met drie vriendinnen van 15 over stress voor de toetsweek. Gepraat over slaap, schermtijd en over de vertrouwenspersoon op school. Hun kat Minoes liep steeds door beeld.',
    ),
  ],
  fr: [
    clean(
      "Une fille de 14 ans sur TikTok se demandait si sa grande sœur avait le droit de publier des vidéos d'elle sans lui demander. On a parlé du consentement et du signalement. Elle adore Angèle et voulait savoir si les policiers vont aussi aux concerts.",
    ),
    withIds(
      "Échange sur Roblox avec un garçon de 12 ans. Son copain Lucas Martin lui a demandé son mot de passe « pour l'aider à monter de niveau » et le compte a été vidé. On a changé le mot de passe ensemble et activé la double authentification ; il va en parler à sa mère.",
      'Lucas Martin',
    ),
    withIds(
      "Garçon de 15 ans sur Discord : un homme qui se fait appeler Steve lui propose de l'argent contre des photos. Son grand frère, Nathan Dubois, était là et avait fait des captures d'écran. On leur a expliqué comment porter plainte et qu'il ne faut plus répondre.",
      'Steve',
      'Nathan Dubois',
    ),
    clean(
      'Partie de Fortnite avec deux frères de 10 et 12 ans. Le plus jeune trouvait injuste que son grand frère joue plus longtemps. On a parlé de règles à fixer avec papa et maman, et un peu de Peely.',
    ),
    withIds(
      "Jeune Belge de 13 ans sur Snapchat : le copain de son amie, Théo Lambert, a partagé une photo d'elle dans le groupe de la classe. Elle veut en parler demain à Mme Dupont, sa titulaire. On lui a dit qu'elle peut aussi contacter Child Focus au 116 000.",
      'Théo Lambert',
      'Mme Dupont',
    ),
    clean(
      "Garçon de 16 ans sur Twitch qui veut devenir policier. On a parlé de la formation et de foot ; il est fan de Kylian Mbappé. Bonne discussion, rien d'inquiétant.",
    ),
    withIds(
      "Sur Minecraft, un garçon de 11 ans joue souvent avec son cousin Hugo et avec le voisin, un adulte qui s'appelle Patrick Moreau et qui héberge un serveur. On a parlé des adultes à qui on peut faire confiance en ligne et du fait qu'il peut toujours en parler à la maison.",
      'Hugo',
      'Patrick Moreau',
    ),
    clean(
      "Fille de 13 ans sur Roblox : quelqu'un de sa classe a créé un faux compte à son nom. Elle l'avait déjà dit à son professeur principal. On lui a montré comment signaler l'usurpation et rappelé le 3018 pour le harcèlement en ligne.",
    ),
    withIds(
      "Garçon de 14 ans arnaqué sur Steam lors d'un échange de skins. C'est chez sa tante, chloé garnier, qu'il a compris que l'objet était faux ; sa sœur Manon l'aide à porter plainte en ligne. On a expliqué comment échanger de façon plus sûre.",
      'chloé garnier',
      'Manon',
    ),
    clean(
      "Discussion sur Discord avec trois copines de 15 ans stressées par le brevet. On a parlé du sommeil, des écrans et de l'infirmière scolaire. Leur chat, Caramel, passait sans arrêt devant la caméra.",
    ),
  ],
  de: [
    withIds(
      'Gespräch auf Roblox mit einem 12-Jährigen. Sein Kumpel Leon Schmidt hat ihm das Passwort abgeschwatzt, angeblich für Gratis-Robux, jetzt ist der Account leer. Wir haben zusammen das Passwort geändert und die Zwei-Faktor-Anmeldung aktiviert; er erzählt es heute seiner Mutter.',
      'Leon Schmidt',
    ),
    clean(
      'Mädchen, 14, auf TikTok wollte wissen, ob ihre ältere Schwester einfach Videos von ihr posten darf. Wir haben über Einwilligung und das Melden von Videos gesprochen. Sie ist ein großer Fan von Mark Forster.',
    ),
    clean(
      'Fortnite-Runde mit zwei Brüdern, 10 und 12. Der Jüngere findet es unfair, dass der Große länger zocken darf. Wir haben über Absprachen mit Mama und Papa geredet und ein bisschen über Peely.',
    ),
    withIds(
      'Junge, 15, auf Discord: Ein Mann, der sich Andi nennt, bietet ihm Geld für Fotos an. Mit seinem Bruder Jonas Becker, der dabei war, haben wir besprochen, wie man Screenshots sichert und Anzeige erstattet. Nicht mehr antworten.',
      'Andi',
      'Jonas Becker',
    ),
    withIds(
      'Mädchen, 13, auf Snapchat erzählt, dass der Freund ihrer Freundin, Tim Wagner, ein Foto von ihr in die Klassengruppe geschickt hat. Sie will es morgen Frau Hoffmann, ihrer Klassenlehrerin, sagen. Hinweis auf die Nummer gegen Kummer, 116 111.',
      'Tim Wagner',
      'Frau Hoffmann',
    ),
    clean(
      'Junge, 16, auf Twitch möchte zur Polizei. Wir haben über die Ausbildung und über Fußball gesprochen; er ist Fan von Jamal Musiala. Nettes Gespräch, keine Auffälligkeiten.',
    ),
    withIds(
      'Auf Minecraft spielt ein 11-Jähriger oft mit seinem Cousin Paul und mit dem Nachbarn, Herrn Klaus Richter, der einen eigenen Server betreibt. Wir haben darüber gesprochen, welchen Erwachsenen man online vertrauen kann und dass er zu Hause immer alles erzählen darf.',
      'Paul',
      'Klaus Richter',
    ),
    clean(
      'Mädchen, 13, auf Roblox: Jemand aus ihrer Klasse hat einen Fake-Account mit ihrem Namen erstellt. Die Klassenlehrerin weiß schon Bescheid. Wir haben gezeigt, wie man so einen Account meldet.',
    ),
    withIds(
      'Junge, 14, beim Skin-Tausch auf Steam betrogen. Bei seiner Tante, lena krüger, hat er gemerkt, dass das Item gefälscht war; seine Schwester Mia hilft ihm jetzt bei der Online-Anzeige. Wir haben sichere Tauschwege erklärt.',
      'lena krüger',
      'Mia',
    ),
    clean(
      'Discord-Gespräch mit drei Freundinnen, 15, die wegen der Klassenarbeiten gestresst sind. Es ging um Schlaf, Bildschirmzeit und die Schulsozialarbeiterin. Ihr Kater Garfield lief ständig durchs Bild.',
    ),
  ],
  is: [
    withIds(
      'Spjallaði við 12 ára strák á Roblox. Hann sagði að vinur hans, Aron Einarsson, hefði fengið lykilorðið hans og nú væri allt horfið af aðganginum. Við breyttum lykilorðinu saman og hann ætlar að segja mömmu sinni frá.',
      'Aron Einarsson',
    ),
    clean(
      'Stelpa, 14 ára, á TikTok spurði hvort eldri systir hennar mætti birta myndbönd af henni án leyfis. Við ræddum um samþykki og hvernig maður tilkynnir myndband. Hún er mikill aðdáandi Laufeyjar og vildi vita hvort lögreglan hlusti á tónlist í vinnunni.',
    ),
    withIds(
      'Strákur, 15 ára, segir á Discord að fullorðinn maður sem kallar sig Stebba bjóði honum pening fyrir myndir. Hann hafði sýnt Gunnari Þórssyni, stóra bróður sínum, skilaboðin. Við útskýrðum hvernig á að taka skjáskot og tilkynna málið og að hann eigi ekki að svara manninum lengur.',
      'Stebba',
      'Gunnari Þórssyni',
    ),
    clean(
      'Fortnite með tveimur bræðrum, 10 og 12 ára. Sá yngri var ósáttur við að stóri bróðir fengi að spila lengur. Við ræddum um að setja reglur í samráði við mömmu og pabba.',
    ),
    clean(
      'Strákur, 16 ára, á Twitch vill verða lögreglumaður. Við töluðum um námið og fótbolta; hann heldur með Liverpool og dýrkar Mohamed Salah. Gott spjall, ekkert áhyggjuefni.',
    ),
    withIds(
      'Stelpa, 13 ára, á Snapchat: kærasti vinkonu hennar deildi mynd af henni í bekkjarhópnum. Hún ætlar að tala við umsjónarkennarann sinn, Kristínu Jónsdóttur, á morgun og hefur þegar sagt Hildi frá. Bentum henni á 1717 og að hægt sé að láta fjarlægja myndina.',
      'Kristínu Jónsdóttur',
      'Hildi',
    ),
    withIds(
      'Á Minecraft spilar 11 ára strákur oft með frænda sínum, Degi, og með nágrannanum Sigurði Pálssyni sem rekur eigin netþjón. Við ræddum um hvaða fullorðnum maður getur treyst á netinu og að hann megi alltaf segja frá heima.',
      'Degi',
      'Sigurði Pálssyni',
    ),
    clean(
      'Stelpa, 13 ára, á Roblox sagði að einhver í bekknum hefði búið til falskan aðgang í hennar nafni. Kennarinn veit af því. Við sýndum henni hvernig hún tilkynnir aðganginn.',
    ),
    withIds(
      'Strákur, 14 ára, var svikinn í skiptum á skinnum á Steam. Hann fattaði að hluturinn var falsaður þegar hann var hjá ömmu sinni, sigrúnu ólafsdóttur, og systir hans Birna hjálpar honum að kæra. Við útskýrðum öruggari leiðir til að skipta.',
      'sigrúnu ólafsdóttur',
      'Birna',
    ),
    clean(
      'Spjall á Discord við þrjár vinkonur, 15 ára, sem eru stressaðar fyrir prófin. Við ræddum um svefn, skjátíma og að tala við námsráðgjafann. Kötturinn þeirra, Brandur, labbaði stöðugt fyrir myndavélina.',
    ),
  ],
  fi: [
    withIds(
      'Juttelin Robloxissa 12-vuotiaan pojan kanssa. Hänen kaverinsa Eetu Korhonen oli kalastellut häneltä salasanan lupaamalla ilmaisia Robuxeja, ja nyt tili on tyhjä. Vaihdoimme salasanan yhdessä ja otimme kaksivaiheisen tunnistautumisen käyttöön; poika kertoo asiasta myös äidilleen.',
      'Eetu Korhonen',
    ),
    clean(
      '14-vuotias tyttö kysyi TikTokissa, saako isosisko julkaista hänestä videoita kysymättä lupaa. Puhuimme suostumuksesta ja siitä, miten videosta tehdään ilmoitus. Hän on Käärijän suuri fani ja halusi tietää, kuunteleeko poliisi musiikkia töissä.',
    ),
    withIds(
      '15-vuotias poika kertoi Discordissa, että aikuinen mies, joka kutsuu itseään Jaskaksi, tarjoaa hänelle rahaa kuvista. Kävimme pojan ja hänen isoveljensä Joonas Mäkisen kanssa läpi, miten kuvakaappaukset tallennetaan ja rikosilmoitus tehdään. Miehelle ei pidä enää vastata.',
      'Jaskaksi',
      'Joonas Mäkisen',
    ),
    clean(
      'Pelasin Fortnitea kahden veljeksen kanssa, jotka ovat 10- ja 12-vuotiaita. Nuorempi piti epäreiluna, että isoveli saa pelata pidempään. Juttelimme siitä, että peliajoista voi sopia yhdessä äidin ja isän kanssa.',
    ),
    withIds(
      '13-vuotias tyttö kertoi Snapchatissa, että kaverin poikaystävä oli jakanut hänestä kuvan luokan ryhmächattiin. Hän aikoo kertoa asiasta huomenna luokanvalvojalleen Riikka Lehtiselle, ja Sannille hän on jo kertonut. Muistutimme Sekasin-chatista ja siitä, että kuvan saa poistettua.',
      'Riikka Lehtiselle',
      'Sannille',
    ),
    clean(
      '16-vuotias poika Twitchissä haluaa poliisiksi. Puhuimme koulutuksesta ja jääkiekosta; hän fanittaa Mikael Granlundia. Mukava keskustelu, ei huolenaiheita.',
    ),
    clean(
      '13-vuotias tyttö kertoi Robloxissa, että joku hänen luokaltaan on tehnyt valetilin hänen nimellään. Opettaja tietää jo asiasta. Näytimme, miten tilistä tehdään ilmoitus.',
    ),
    withIds(
      'Minecraftissa 11-vuotias poika pelaa usein serkkunsa Ollin ja naapurissa asuvan Pekka Virtasen kanssa; naapurilla on oma palvelin. Puhuimme siitä, keihin aikuisiin netissä voi luottaa, ja että kotona saa aina kertoa kaikesta.',
      'Ollin',
      'Pekka Virtasen',
    ),
    withIds(
      '14-vuotiasta poikaa huijattiin Steamissa skinivaihdossa. Hän huomasi väärennöksen ollessaan mummonsa Helvi Salosen luona, ja sisko aino laine auttaa häntä tekemään rikosilmoituksen netissä. Kerroimme turvallisemmista tavoista vaihtaa.',
      'Helvi Salosen',
      'aino laine',
    ),
    clean(
      'Juttelin Discordissa kolmen 15-vuotiaan ystävyksen kanssa, joita kokeet stressaavat. Puhuimme unesta, ruutuajasta ja siitä, että koulukuraattorille voi mennä juttelemaan. Heidän kissansa Mirri käveli koko ajan kameran edestä.',
    ),
  ],
  sv: [
    withIds(
      'Pratade med en kille på 12 på Roblox. Hans kompis Oscar Lindberg hade lurat till sig lösenordet med löfte om gratis Robux, och nu är kontot tömt. Vi bytte lösenord tillsammans och slog på tvåstegsverifiering; han ska berätta för sin mamma.',
      'Oscar Lindberg',
    ),
    clean(
      'Tjej, 14, på TikTok undrade om storasyster får lägga ut filmer på henne utan att fråga. Vi pratade om samtycke och hur man anmäler ett klipp. Hon älskar Zara Larsson och ville veta om poliser lyssnar på musik på jobbet.',
    ),
    withIds(
      'Kille, 15, på Discord berättar att en vuxen man som kallar sig Micke erbjuder pengar för bilder och vill att han ringer på 073-512 48 90. Tillsammans med storebror Viktor Holm gick vi igenom hur man sparar skärmdumpar och gör en polisanmälan. Inte svara mer.',
      'Micke',
      '073-512 48 90',
      'Viktor Holm',
    ),
    clean(
      'Fortnite med två bröder, 10 och 12. Den yngre tyckte att det var orättvist att storebror får spela längre. Vi pratade om att göra upp regler tillsammans med mamma och pappa.',
    ),
    withIds(
      'Tjej, 13, på Snapchat: hennes väninnas pojkvän har delat en bild på henne i klassens gruppchatt. Hon ska prata med mentorn, Anna Sjöberg, i morgon och har redan berättat för Elsa. Vi tipsade om BRIS och om att bilden kan tas bort.',
      'Anna Sjöberg',
      'Elsa',
    ),
    clean(
      'Kille, 16, på Twitch vill bli polis. Vi pratade om utbildningen och om fotboll; han är ett stort fan av Zlatan Ibrahimović. Trevligt samtal, inga orosmoment.',
    ),
    clean(
      'Tjej, 13, på Roblox berättar att någon i klassen har gjort ett fejkkonto i hennes namn. Läraren vet redan om det. Vi visade hur man anmäler kontot.',
    ),
    withIds(
      'På Minecraft spelar en elvaåring ofta med sin kusin Alve och med grannen, en vuxen man som heter Lars Engström och har en egen server. Vi pratade om vilka vuxna man kan lita på på nätet och att han alltid får berätta hemma.',
      'Alve',
      'Lars Engström',
    ),
    withIds(
      'Kille, 14, blev lurad vid ett skinbyte på Steam. Han upptäckte hemma hos sin moster karin nyström att föremålet var falskt, och hans syster Wilma hjälper honom med anmälan på nätet. Vi förklarade säkrare sätt att byta.',
      'karin nyström',
      'Wilma',
    ),
    clean(
      'Discordsamtal med tre kompisar, 15, som är stressade inför de nationella proven. Vi pratade om sömn, skärmtid och om att prata med skolkuratorn. Deras katt Sixten gick hela tiden framför kameran.',
    ),
  ],
};
