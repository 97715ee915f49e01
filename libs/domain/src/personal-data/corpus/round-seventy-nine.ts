/**
 * Round seventy-nine: written blind, before the detector was run on it.
 * Notes that quote the chat: the officer pastes what the young person typed (slang, lower case, xD, no punctuation) and adds a remark.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SEVENTY_NINE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Roblox, Bloxburg server. Girl (11) typed: 'hiii my name is amina yusuf im in 5b at Bjølsen skole :)' - told her in the chat not to share that and to ask a parent to help with the privacy settings.",
      'amina yusuf',
      '5b at Bjølsen skole',
    ),
    withIds(
      "Discord DM, boy 13 from Drammen. He wrote: 'theres this guy who keeps messaging me his snap is big.tom_4477 and he said call me on 934 18 205 and dont tell ur parents'. Advised him to block, screenshot and tell an adult; passed to Kripos for assessment.",
      'big.tom_4477',
      '934 18 205',
    ),
    withIds(
      "Sextortion. Boy (15) on Discord: 'they say they send the pics to my mum if i dont pay 200 euro, they want me to write to paybackpete99 at gmail dot com'. We said never pay, stop all contact, keep the evidence and report it.",
      'paybackpete99 at gmail dot com',
    ),
    withIds(
      "Steam chat, Norwegian boy writing in English: 'is it bad if i gave my number 14031174199 to a guy who sells cheap skins xD'. Explained that this is his fødselsnummer and that he must tell his parents today.",
      '14031174199',
    ),
    withIds(
      "Finnish team, note in English. Girl (12) in TikTok live comments: 'u can come visit lol i live Hämeenkatu 14 B 22 tampere' and then 'my insta is instagram.com/pinja.k_2012 follow me'. Asked her to delete both comments.",
      'Hämeenkatu 14 B 22',
      'instagram.com/pinja.k_2012',
    ),
    clean(
      "Fortnite, squad chat. Boy (12): 'bro i got 14 elims and still lost to a default skin sweat xD are u real police??' Showed him the blue profile 'Politiet Nettpatrulje'. No personal data recorded.",
    ),
    clean(
      "Minecraft, Hypixel lobby. Girl asked: 'is griefing illegal in real life?? my friend said police can see everything u type :O'. Explained the difference between game rules and the law and mentioned 116 111 if something feels wrong. Nothing stored.",
    ),
    clean(
      "Twitch chat during a Kai Cenat rerun. A boy (14) wrote 'ishowspeed > kai cenat no cap' and then asked if Kripos watches streams all day lol. Talked about online hate and report buttons for about 10 minutes, 09:40-09:50.",
    ),
    clean(
      "Roblox, Adopt Me. Kid typed: 'someone said they give me 10000 robux if i click a link is it real??' Told her free robux links are scams and how to report in-game. Case 24/118734 not opened, nothing identifying written down.",
    ),
    clean(
      "Belgian team, TikTok comments (in English). Teen (13): 'have u met de bruyne?? ur the police u must know him haha'. Talked about fake accounts pretending to be Kevin De Bruyne and other players. No names or handles of the kid.",
    ),
  ],
  nb: [
    withIds(
      'Snapchat. Jente (13) skrev: «han heter Kristoffer Dahl og er 19 han sier jeg er moden for alderen min hihi». Ba henne slutte å svare og snakke med en voksen, sendt videre til Kripos.',
      'Kristoffer Dahl',
    ),
    withIds(
      'Roblox, Brookhaven. Gutt (10) skrev i chatten: «adda meg da brukernavnet mitt er xX_SindreGamer_Xx vi kan spille sammen politi :D». Sa at vi ikke adder barn og at han ikke skal gi brukernavnet til fremmede.',
      'xX_SindreGamer_Xx',
    ),
    withIds(
      'Discord. Han skrev: «bor i Tromsøgata 7B, 0565 oslo kom og arrester meg da xD». Tulleprat, men ifølge ham selv er det ekte adresse. Snakket om hva man deler offentlig.',
      'Tromsøgata 7B, 0565 oslo',
    ),
    withIds(
      'Fortnite, jente på 14 skrev etter kampen: «de i klassen mobber meg på snap kan dere ringe meg? 462 19 873 er nummeret mitt el send mail hanne.lie2011 krølla hotmail punktum com». Ga henne Kors på halsen i stedet.',
      '462 19 873',
      'hanne.lie2011 krølla hotmail punktum com',
    ),
    withIds(
      'TikTok live. Jente (12) skrev: «en fyr sa jeg får 5000 vbucks gratis hvis jeg sender personnummeret så jeg sendte 27061254485 er det farlig??». Forklarte at det er svindel og at hun må si fra hjemme.',
      '27061254485',
    ),
    clean(
      'Fortnite. Gutt skrev: «politi spiller dere fortnite?? jeg er level 212 og har 3 crowns i dag xD». Snakket om spilletid og skjermtid. Ingen personopplysninger registrert.',
    ),
    clean(
      'Minecraft, server «Nordlys SMP». Jente (11): «jeg bygde hele nidarosdomen tok 40 timer men noen griefa den :(». Forklarte hvordan man rapporterer til moderator.',
    ),
    clean(
      'TikTok. «er dere venner med ødegaard?? han er goat» og «kygo er bedre enn alan walker». Hyggelig prat om fotball og musikk i 8 minutter.',
    ),
    clean(
      'Discord. Gutt (15) skrev: «orker ikke skolen mer alt er bare dritt». Fulgte opp rolig, ga Mental Helse 116 123 og Kors på halsen 800 33 321, og 113 ved fare. Ingen navn oppgitt, ingenting lagret.',
    ),
    clean(
      "Roblox. «en bacon hair scamma meg for 500 robux i trade :'(» – «bacon» er slang for nye spillere, ikke et navn. Sa han skulle rapportere i spillet. Ingen brukernavn notert.",
    ),
  ],
  nn: [
    withIds(
      'Roblox. Jenta skreiv: «eg heiter Ingrid Solheim og går i 9A på Voss ungdomsskule kva heiter du?» Sa til henne at ho ikkje skal skrive namn og skule til framande.',
      'Ingrid Solheim',
      '9A på Voss ungdomsskule',
    ),
    withIds(
      'Fortnite. Han skreiv: «legg meg til da eg er fjordulven_03 på epic haha politi vs fjordulven 1v1». Forklarte at vi ikkje legg til born.',
      'fjordulven_03',
    ),
    withIds(
      'Snapchat. Gut (14) skreiv: «ein vaksen kar sa eg måtte sende bilete til 948 27 316 elles legg han ut alt». Sextortion, rådde han til å ikkje betale og ta skjermbilete. Sendt vidare.',
      '948 27 316',
    ),
    withIds(
      'Discord-server for Minecraft. Jenta skreiv: «nokon spurde kva fødselsnummeret mitt er eg skreiv 02091052485 trur eg?? var det dumt». Ho fekk råd om å fortelje det til mor eller far.',
      '02091052485',
    ),
    withIds(
      'Twitch-chat. Gut skreiv: «kom på besøk lol eg bur i Kaigata 12, 6900 Florø ved kiosken» og etterpå «ikkje sei det til nokon xD». Snakka om kva som er lurt å dele.',
      'Kaigata 12, 6900 Florø',
    ),
    clean(
      'Minecraft. Han skreiv: «eg har bygd ein heil by som heiter Nyheim med 300 hus og eit slott». Kjekk prat om bygging, ingen personopplysningar.',
    ),
    clean(
      'Roblox, Adopt Me. Jenta spurde: «kva tid kjem politiet hit igjen?? i morgon kl 18??» Svara at patruljen er på nett fram til fredag. Ingenting registrert.',
    ),
    clean(
      'Discord. Jenta (12) skreiv: «eg vart mobba i friminuttet i dag og ingen gjorde noko». Gav ho 116 111 og sa at ho kan snakke med helsesjukepleiaren. Ho oppgav ikkje namn.',
    ),
    clean(
      'Fortnite-lobby. «ninja er betre enn bugha 100%» / «nei du er heilt ute xD». Gutane ville vite om politiet har skins. Ikkje noko å lagre.',
    ),
    clean(
      'TikTok. Gut skreiv: «skulen min i Førde har forbode mobil i timane er det lov??» Svara om skulereglar og rettar. Ein skule i Førde, ingen person nemnd.',
    ),
  ],
  nl: [
    withIds(
      "Roblox. Jongen van 11 typte: 'die gast zei dat ik gratis robux krijg als ik mijn bsn stuur dus ik heb 248173650 gestuurd is dat erg?' Uitgelegd dat hij dit meteen aan zijn ouders moet vertellen.",
      '248173650',
    ),
    withIds(
      "Snapchat. Meisje (13): 'je kan me mailen hoor sanne.devries2010 apenstaartje gmail punt com xx'. Vriendelijk uitgelegd dat ze haar mail niet aan vreemden geeft, ook niet aan politie online.",
      'sanne.devries2010 apenstaartje gmail punt com',
    ),
    withIds(
      "Discord. Jongen (14) schreef: 'een man van 30 zei app me op 06 41829375 en niks tegen je ma zeggen'. Groomingsignaal, doorgezet naar het team in Driebergen.",
      '06 41829375',
    ),
    withIds(
      "Minecraft, Vlaamse jongen typte: 'ik ben Yassine El Amrani en ik zit in het 6de leerjaar van de Sint-Jozefschool in Lokeren lol'. Gezegd dat hij dat beter niet in een openbare chat zet.",
      'Yassine El Amrani',
      '6de leerjaar van de Sint-Jozefschool in Lokeren',
    ),
    withIds(
      "TikTok, Vlaams meisje (12): 'mijn vriendin wordt gepest door @lotte.vanbael_x die zet overal lelijke fotos van haar' en 'ze woont in de Kerkstraat 45 in Aalst'. Doorverwezen naar Awel (102).",
      '@lotte.vanbael_x',
      'Kerkstraat 45',
    ),
    clean(
      "Fortnite. 'ik had 23 kills in zero build en een victory royale broooo' - wilde weten of wij echte agenten zijn. Blauw profiel 'Politie Online Patrouille' laten zien. Geen persoonsgegevens genoteerd.",
    ),
    clean(
      "Roblox. Meisje vroeg: 'is 1000 robux voor €9,99 een scam of normaal?' Uitgelegd dat de officiële winkel oké is en sites met gratis robux niet.",
    ),
    clean(
      "Discord. 'ze pesten me elke dag in de klas en in de groepsapp :(' - verwezen naar de Kindertelefoon 0800-0432 en naar een volwassene die ze vertrouwt. Ze gaf geen naam en wij vroegen er niet om.",
    ),
    clean(
      "Minecraft. 'dylan haegens is de beste youtuber ooit' en 'nee enzo knol xD'. Jongen van 10, gesprek over hoeveel hij speelt: 'zo 3 uur per dag'. Niets opgeslagen.",
    ),
    clean(
      "Twitch (Belgisch team). 'op school in Genk hebben we vandaag les gehad over cyberpesten was saai haha' en 'kent de politie lamine yamal?'. Een school in Genk, geen persoon genoemd.",
    ),
  ],
  fr: [
    withIds(
      "Roblox. Garçon (12) a écrit : « un mec m'a demandé mon numéro de registre national pour un concours j'ai mis 11042718767 c grave ? » On lui a dit de prévenir ses parents tout de suite.",
      '11042718767',
    ),
    withIds(
      'Discord. « écris moi à lucas.dubois09 arobase hotmail point be si tu veux jouer » – il croyait parler à un joueur, pas à la police. On a expliqué le profil bleu.',
      'lucas.dubois09 arobase hotmail point be',
    ),
    withIds(
      "Snapchat. Fille (14) : « un gars de 25 ans m'a dit de l'appeler au 0478 56 21 93 et de rien dire à ma mère ». Signal de grooming, transmis à la cellule à Bruxelles.",
      '0478 56 21 93',
    ),
    withIds(
      'TikTok live. « jsuis trop ennuyé viens chez moi rue de Fer 18, 5000 Namur mdrr » – on a répondu qu’on ne partage jamais son adresse en ligne.',
      'rue de Fer 18, 5000 Namur',
    ),
    withIds(
      "Fortnite, puis chat privé. Fille (13) a tapé : « elle s'appelle Inès Benali son snap c'est ines_bnl.x elle m'insulte tout le temps ». Harcèlement entre élèves, renvoi vers le 103.",
      'Inès Benali',
      'ines_bnl.x',
    ),
    clean(
      "Fortnite. « top 1 avec 17 kills wsh c ouf » puis « la police peut ban quelqu'un ?? ». Expliqué le signalement en jeu. Aucune donnée personnelle notée.",
    ),
    clean(
      'Roblox. « combien de robux pour 5 euros ? un site dit 10000 gratuit » – arnaque classique, expliqué. Âge donné : 11 ans.',
    ),
    clean(
      "Discord. Jeune fille : « je me sens seule ces temps-ci personne me parle à l'école ». Donné le 103 (Écoute-Enfants) et le 0800 32 123. Pas de nom, rien enregistré.",
    ),
    clean(
      'Minecraft. « squeezie a fait un serveur de ouf » et « lukaku il est nul maintenant xD ». Discussion sur les youtubeurs et le foot, 15 minutes.',
    ),
    clean(
      "TikTok. « le prof de maths m'a mis 4/20 parce que j'étais sur mon gsm en classe :( » Parlé de l'usage du GSM à l'école. Une école à Charleroi, personne citée.",
    ),
  ],
  de: [
    withIds(
      'Roblox (Team Ostbelgien). Junge (12) schrieb: „meine mail ist jonas.kessler Klammeraffe gmx punkt de schick mir die gratis robux“ – er dachte, wir verschenken Robux. Erklärt, dass das Betrug ist.',
      'jonas.kessler Klammeraffe gmx punkt de',
    ),
    withIds(
      'Discord. Mädchen (14): „ein typ hat geschrieben schreib mir auf whatsapp 0176 23984415 du bist so hübsch“ – sie hat noch nicht geantwortet. Grooming-Verdacht, weitergeleitet.',
      '0176 23984415',
    ),
    withIds(
      'Fortnite-Lobby. „mein freund heißt Emre Yıldız und die anderen aus seiner klasse machen ihn voll fertig“ – Mobbing, Nummer gegen Kummer 116 111 genannt.',
      'Emre Yıldız',
    ),
    withIds(
      'TikTok. „komm doch vorbei lol Bergstraße 14, 4700 Eupen“ schrieb ein Junge im Livechat. Gebeten, den Kommentar zu löschen.',
      'Bergstraße 14, 4700 Eupen',
    ),
    withIds(
      'Xbox-Partychat, danach Nachricht: „mein gamertag ist DerKleineLeon07 addet mich polizei xD“. Erklärt, dass wir keine Kinder adden.',
      'DerKleineLeon07',
    ),
    clean(
      'Fortnite. „montanablack ist besser als papaplatte“ – „nein niemals xD“. Zwei Jungs, 13 und 14, wollten wissen, ob Polizisten auch zocken. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Minecraft. Mädchen: „an meiner schule in St. Vith hatten wir heute medienkompetenz voll langweilig“. Über Datenschutz geredet. Eine Schule in St. Vith, keine Person.',
    ),
    clean(
      'Roblox, Brookhaven. „ist brookhaven sicher?? ich bin level 67 in blox fruits“ – kurze Erklärung zu den Privatsphäre-Einstellungen.',
    ),
    clean(
      'Discord. Junge (15) schrieb: „manchmal hab ich keinen bock mehr auf alles“. Ruhig nachgefragt, Nummer gegen Kummer 116 111 und Telefonseelsorge 0800 111 0 111 genannt, bei Gefahr 112. Kein Name genannt.',
    ),
    clean(
      'Steam. „hab nen cs2 skin für 250 euro verkauft typ wollte per paypal freunde zahlen scam?“ und „bin doch kein kevin lol“. Erklärt, wie man Betrug meldet. Nichts gespeichert.',
    ),
  ],
  is: [
    withIds(
      'Roblox. Strákur (12) skrifaði: „einhver sagði að ég fengi frítt robux ef ég sendi kennitöluna svo ég sendi 1805113260 er það slæmt?“ Sagt að láta foreldra vita strax.',
      '1805113260',
    ),
    withIds(
      'Snapchat. Stelpa (14): „maður sem er 22 sagði sendu sms í 772 1945 og ekki segja mömmu“. Grunur um tælingu, sent áfram.',
      '772 1945',
    ),
    withIds(
      'Fortnite. „vinur minn Kacper Wiśniewski er alltaf lagður í einelti í bekknum“ – pólskur strákur á Íslandi. Bent á Hjálparsíma Rauða krossins 1717.',
      'Kacper Wiśniewski',
    ),
    withIds(
      'Discord. „mailið mitt er siggi.bjarki11 hjá gmail punktur com ef þið viljið spila“ – hann hélt að við værum venjulegir spilarar.',
      'siggi.bjarki11 hjá gmail punktur com',
    ),
    withIds(
      'TikTok live. Stelpa skrifaði: „ég heiti Birta Sól Kristjánsdóttir og á heima á Hringbraut 48 í Reykjavík xD“. Beðin að eyða athugasemdinni.',
      'Birta Sól Kristjánsdóttir',
      'Hringbraut 48',
    ),
    clean(
      'Fortnite. „ég náði 12 kills og vann xD“ og „er laufey ekki best?“ – spjall um tónlist og leiki. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Minecraft. „serverinn heitir Víkingaheimar og það eru 40 manns á honum“. Rætt um reglur á netinu.',
    ),
    clean(
      'Roblox. „hvað kostar 400 robux 1.290 kr?? er það scam?“ Útskýrt að opinbera búðin sé í lagi. Aldur: 10 ára.',
    ),
    clean(
      'Discord. Stelpa (13): „það eru allir vondir við mig í skólanum :(“. Bent á 1717 og 112 í neyð. Ekkert nafn gefið.',
    ),
    clean(
      'Twitch. „skólinn minn á Akureyri bannaði síma“ og „björk er skrítin en flott lol“. Skóli á Akureyri, enginn nefndur.',
    ),
  ],
  fi: [
    withIds(
      'Roblox. Tyttö (12) kirjoitti: ”joku sano et saan ilmasia robuxeja jos laitan hetun nii laitoin 250312A1748 onks se paha??” Kehotettiin kertomaan heti vanhemmille.',
      '250312A1748',
    ),
    withIds(
      'Snapchat. Tyttö (14): ”yks 25v mies sano et laita viestiä 040 718 2364 äläkä kerro äidille”. Grooming-epäily, välitetty eteenpäin.',
      '040 718 2364',
    ),
    withIds(
      'Discord. ”mun sähköposti on veeti.korhonen ät gmail piste com jos haluutte pelaa” – luuli meitä tavallisiksi pelaajiksi.',
      'veeti.korhonen ät gmail piste com',
    ),
    withIds(
      'Fortnite. ”mun kaveri on Hodan Abdi ja sitä kiusataan koko ajan koulussa ku se on somali” – rasistista kiusaamista, neuvottu Sekasin-chattiin ja puhumaan opettajalle.',
      'Hodan Abdi',
    ),
    withIds(
      'TikTok live. ”tuu käymää lol asun Isokatu 31 B 12 oulu xD” – pyydetty poistamaan kommentti heti.',
      'Isokatu 31 B 12',
    ),
    clean(
      'Fortnite. ”voitin 5 peliä putkeen” ja ”käärijä on paras ikinä” – juteltiin musiikista ja pelaamisesta. Henkilötietoja ei kirjattu.',
    ),
    clean('Minecraft. ”serveri on Kalevala SMP ja siel on 60 tyyppiä”. Keskusteltu palvelimen säännöistä.'),
    clean('Roblox. ”onks 800 robuxia 9,99 € huijaus?” – kerrottu virallisesta kaupasta. Ikä: 11.'),
    clean(
      'Discord. ”mul on tosi paha olla enkä jaksa mitään”. Juteltiin rauhallisesti, annettu Lasten ja nuorten puhelin 116 111, Sekasin-chat ja hätätilanteessa 112. Ei nimeä.',
    ),
    clean(
      'Habbo. ”onks NettiPoliisi oikee poliisi vai feikki” – näytettiin sininen profiili. Puhuttiin myös Teemu Pukista. Mitään ei tallennettu.',
    ),
  ],
  sv: [
    withIds(
      'Roblox. Pojke (12) skrev: ”nån sa jag får gratis robux om jag skickar personnummer så jag skrev 110923-4730 e de farligt?” Bad honom berätta för sina föräldrar.',
      '110923-4730',
    ),
    withIds(
      'Snapchat. Flicka (14): ”en kille på 24 sa skicka på whatsapp 050 483 1927 och säg inget till mamma”. Grooming-misstanke, vidarebefordrat.',
      '050 483 1927',
    ),
    withIds(
      'Discord. ”min mejl är ella.lindholm snabel-a hotmail punkt com om ni vill spela” – hon trodde att vi var vanliga spelare.',
      'ella.lindholm snabel-a hotmail punkt com',
    ),
    withIds(
      'Minecraft. ”jag heter Wilma Sjöberg och går i 6c på Vasa övningsskola hej hej :)” – uppmanad att inte skriva sånt i öppen chatt.',
      'Wilma Sjöberg',
      '6c på Vasa övningsskola',
    ),
    withIds(
      'Fortnite. Pojke skrev: ”en vuxen gubbe frågar hela tiden efter bilder hans discord e vargen.jstad och han vet att jag bor på Storgatan 31 i Jakobstad”. Råd: blockera, spara skärmbilder, berätta hemma.',
      'vargen.jstad',
      'Storgatan 31',
    ),
    clean(
      'Fortnite. ”jag har 41 wins denna säsong och zlatan är bättre än haaland xD”. Pratade om spel och fotboll. Inga personuppgifter antecknade.',
    ),
    clean(
      'Minecraft. ”servern heter Mumindalen och vi har byggt ett slott på 2 dagar”. Pratade om regler och moderatorer.',
    ),
    clean('Roblox. ”är 80 robux för 1 euro scam?” – förklarade den officiella butiken. Ålder: 10.'),
    clean(
      'Discord. Flicka (13): ”alla i klassen är dumma mot mig :(”. Gav Barn- och ungdomstelefonen 116 111 och 112 vid fara. Inget namn.',
    ),
    clean(
      'TikTok. ”min skola i Borgå har förbjudit mobiler på lektionerna får dom göra så??” Förklarade skolregler. En skola i Borgå, ingen person nämnd.',
    ),
  ],
};
