/**
 * Round one hundred and nineteen: written blind, before the detector was run on it.
 * Numbers: phone numbers and valid identity numbers of six countries in the ways people type them, against clean
 * notes full of numbers that identify no one (case numbers, times, amounts, levels, game codes, help lines).
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_NINETEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Discord, boy of about 14 from Drammen. He kept pasting his mobile, +47 912 34 567, in a public server so that 'anyone can add him'; I asked him to delete it and explained why strangers should never get it.",
      '+47 912 34 567',
    ),
    clean(
      'Roblox chat with a girl (12) who had lost 2,400 Robux to a fake free-Robux site. Told her the only safe place to buy is the official store and that refunds go through Roblox support. Logged as case no. 2024-118734, no further action.',
    ),
    withIds(
      'Snapchat, girl of 15 from Cork who had been chatting with a lad she met in Fortnite. She read out the number he had given her, +46 73 812 34 56, and said he wanted pictures. Advised her to block and report him and gave her Childline, 1800 66 66 66.',
      '+46 73 812 34 56',
    ),
    clean(
      'Fortnite duo session with two boys aged 11 and 13. They showed me their creative map, code 4826-1937-5502, and bragged about reaching level 212 this season. Talked about not buying V-Bucks from resellers; the 2,800 pack is €22.99 in the official shop.',
    ),
    withIds(
      'A 13-year-old on Minecraft typed his whole fødselsnummer, 140311 51288, into the public chat because another player promised him a free VIP rank for it. Explained that nobody legit ever asks for that number and reported the other account.',
      '140311 51288',
    ),
    clean(
      "Twitch stream chat, around 20:30. A viewer who said he was 16 asked whether it's illegal to share a clip of a fight at school; we talked about it for ten minutes. Pointed him to 116 111 and told him he could call 02800 if he wanted to report it.",
    ),
    withIds(
      "On Steam, a Finnish exchange pupil (14) living in Bergen asked us to check whether 044-765 4321 was a scammer's number. It turned out to be his own, posted by someone in a trading group. Advised him to make his profile private and report the post.",
      '044-765 4321',
    ),
    clean(
      'Minecraft, public server play.hypixel.net, Bed Wars lobby. Four kids aged 10 to 12 who all live in the 9008 area of Tromsø, as they proudly told me. No concerns; we talked about passwords and turning on 2FA.',
    ),
    withIds(
      'TikTok live, girl aged 14 who moved from Iceland last year. In the comments she had written her kennitala 120510-3710 and her phone 867 4521 to take part in a giveaway. We deleted both comments together and talked about giveaways used as bait.',
      '120510-3710',
      '867 4521',
    ),
    clean(
      "UK officer: Roblox, Brookhaven, boy aged 12 who was offered 10,000 Robux for his account. Reminded him about 2-step verification and that 101 is the number for non-emergencies, 999 if he's ever in danger. Incident ref CAD 4417 of 19/06.",
    ),
  ],
  nb: [
    withIds(
      'Gutt på 13 på Discord hadde lagt ut mobilnummeret sitt, 48 21 09 73, i en åpen kanal med over 3000 medlemmer. Fikk ham til å slette meldingen og snakket om hvorfor man ikke deler nummer med folk man ikke kjenner.',
      '48 21 09 73',
    ),
    clean(
      'Snakket med tre jenter på 12, 12 og 13 år på Roblox som hadde brukt 800 kroner på Robux på én uke. Rådet dem til å snakke med foreldrene og sette en kjøpsgrense i appen. Ingen bekymring.',
    ),
    withIds(
      'Jente (14) på Snapchat fortalte at en ukjent profil hadde bedt om fødselsnummeret hennes for å «verifisere» kontoen, og hun hadde sendt 020910 587 50. Forklarte hva nummeret kan misbrukes til og at hun bør si fra til foreldrene i kveld.',
      '020910 587 50',
    ),
    clean(
      'Fortnite-kveld kl. 21.15 med en gutt på 15 som var på Champion-rank og hadde vunnet 37 kamper denne sesongen. Snakket om spilletid og søvn. Ga ham nummeret til Alarmtelefonen for barn og unge, 116 111, i tilfelle han trenger noen å snakke med.',
    ),
    withIds(
      'Gutt på 12 på Minecraft oppga nummeret +47 94 83 12 07 og ba meg ringe ham «etter skolen». Sa at politiet ikke ringer barn på den måten, og at han ikke skal gi nummeret sitt til profiler han møter i spill.',
      '+47 94 83 12 07',
    ),
    clean(
      'Twitch: en strømmer på rundt 16 år spurte om det er lov å vise bilskilt og husnummer på stream. Vi snakket om deling generelt, og jeg nevnte at tips kan gis på 02800 eller via tipsskjemaet på politiet.no. Samtale 19.40–20.05.',
    ),
    withIds(
      'Jente på 13 fra Halden har fått en «jevnaldrende» venn på TikTok fra Sverige som vil flytte praten over til WhatsApp og har sendt sitt svenske nummer, 070-123 45 67. Vi ble enige om at hun ikke svarer og viser meldingene til en voksen.',
      '070-123 45 67',
    ),
    clean(
      'Steam-gruppe for CS2, gutter mellom 14 og 16. De spilte på en åpen server, 185.107.96.12:27015, og hadde turnering med premie på 500 kroner. Minnet dem på at skin-gambling ikke er lov for mindreårige.',
    ),
    withIds(
      'Gutt (15) på Discord hadde fødselsnummeret 191109 62188 og mobilnummeret 004793847261 i profilbeskrivelsen sin, «så folk vet at jeg er ekte». Vi fjernet begge deler sammen, og han fikk råd om hva han kan vise i en profil.',
      '191109 62188',
      '004793847261',
    ),
    clean(
      'Roblox, jente født i 2012. Hun hadde fått 5 i norsk og ville vise oss spillet hun bygger, som nå er på nivå 48. Hyggelig prat; ga råd om å holde profilen privat og forklarte at 112 bare er for nødsituasjoner.',
    ),
  ],
  nn: [
    withIds(
      'Gut på 14 frå Voss skreiv telefonnummeret sitt, 41 72 58 93, i chatten på Fortnite fordi han ville ha med fleire på laget. Eg bad han fjerne det og forklarte korleis han kan leggje til vener i spelet i staden.',
      '41 72 58 93',
    ),
    clean(
      'Prata med ei jente på 11 år på Roblox som hadde spart 1 250 Robux til bursdagen sin 14. mars. Ho spurde kor gammal ein må vere for å ha TikTok, og eg svarte 13 år. Inga uro.',
    ),
    withIds(
      'Ei jente på 12 på Snapchat fortalde at ho hadde sendt fødselsnummeret sitt, 27061253500, til ein konto som lova gratis V-Bucks. Eg forklarte at dette er ei vanleg form for svindel og at ho må fortelje det til foreldra i kveld.',
      '27061253500',
    ),
    clean(
      'Minecraft-server med om lag 40 spelarar inne kl. 18.30. Gutane var 12–14 år og bygde ein kopi av Borgund stavkyrkje, som er frå kring 1200. Me snakka om kjeldekritikk og om at dei kan ringje 116 111 om noko er vanskeleg.',
    ),
    withIds(
      'Gut på 13 som nyss har flytta frå Island til Førde, spurde på Discord om det var trygt å gje kennitalaen sin, 030811-5260, til ein «admin». Eg sa nei, og han sletta meldinga der han alt hadde skrive han.',
      '030811-5260',
    ),
    clean(
      'TikTok-live med ungdomar i 15-årsalderen frå Ørsta. Dei spurde kor mykje ein politibetjent tener (om lag 540 000 kroner i året som nyutdanna) og kva karakterar ein treng. Tipsa om at saker som ikkje hastar går til 02800.',
    ),
    withIds(
      'Ei jente på 15 hadde lagt ut mobilnummeret +4797 56 43 21 i bioen på TikTok for å få fleire følgjarar på Snapchat. Me gjekk gjennom personverninnstillingane saman, og ho fjerna nummeret medan me prata.',
      '+4797 56 43 21',
    ),
    clean(
      'Steam, gut på 16 som spelar Counter-Strike 2 med Premier-rating 14 500. Han hadde vunne 3 av 5 kampar i kveld og var nøgd. Eg spurde om skinhandel, og han sa han aldri hadde brukt meir enn 200 kroner.',
    ),
    withIds(
      'Gut (12) på Roblox fortalde at han hadde gjeve nummeret sitt, 913 45 678, til ein som sa han òg var 12 år, men som no masar om bilete. Me avtalte at han blokkerer kontoen og viser meldingane til mor si.',
      '913 45 678',
    ),
    clean(
      'Twitch-chat kl. 22.10 med ein gut på 14 som var sur etter å ha tapt 0–3 i ein finale. Prata om å ta pausar og om søvn; han skulle leggje seg før 23. Ikkje noko å følgje opp.',
    ),
  ],
  nl: [
    withIds(
      'Jongen van 13 uit Zwolle zette zijn nummer, 06-12345678, in een openbare Discord-server om een Minecraft-clan op te zetten. Samen het bericht verwijderd en uitgelegd waarom je dat beter via de server zelf regelt.',
      '06-12345678',
    ),
    clean(
      'Roblox, meisje van 12 had voor ongeveer € 50 aan Robux (4.500 stuks) gekocht met de creditcard van haar moeder. Geadviseerd om het samen met haar ouders bij Roblox-support te melden. Geen strafbaar feit, mutatie BVH 2024-0871134.',
    ),
    withIds(
      "Vlaamse jongen (13) op Fortnite gaf zijn gsm-nummer 0476 12 34 56 en zijn rijksregisternummer 11.03.22-123.80 aan iemand die 'gratis V-Bucks' beloofde. Uitgelegd hoe identiteitsfraude werkt en hem naar Child Focus (116 000) verwezen.",
      '0476 12 34 56',
      '11.03.22-123.80',
    ),
    clean(
      'Gesprek op TikTok met vijf meiden tussen 13 en 15 jaar. Ze vroegen wat je moet doen bij sextortion; ik gaf 0900-8844 voor de politie, 0800-0432 van de Kindertelefoon en natuurlijk 112 als het spoed is.',
    ),
    withIds(
      "Meisje van 15 op Snapchat had haar BSN 236457019 gedeeld met een 'uitzendbureau' dat haar een bijbaantje beloofde. Samen de chat opgeslagen en geadviseerd aangifte te doen; haar ouders worden vandaag gebeld.",
      '236457019',
    ),
    clean(
      'Minecraft-server mc.hypixel.net, rond 19:45. Twee jongens van 11 en 12 uit de buurt van 3511 in Utrecht speelden SkyWars en stonden op level 87. Gepraat over wachtwoorden en tweestapsverificatie.',
    ),
    withIds(
      'Jongen (14) op Steam, woont in Antwerpen maar heeft een Nederlands nummer: +31 6 2345 6789. Hij had het in zijn profiel gezet om skins te ruilen; advies gegeven het weg te halen en alleen via Steam zelf te handelen.',
      '+31 6 2345 6789',
    ),
    clean(
      'Via Twitch gesproken met een jongen van zestien uit Gent die 2.340 punten haalde in een Valorant-toernooi. Hij vroeg of hij een scheldende tegenstander mocht melden; uitgelegd dat dat via het platform kan en dat 101 voor dringende politiehulp is. Ook Awel (102) meegegeven.',
    ),
    withIds(
      "Meisje van 13 op Roblox vertelde dat een 'vriendin' uit het spel haar nummer 06 – 48 27 91 03 en haar BSN 1738.29.466 al had gekregen voor een winactie. Uitgelegd dat niemand je BSN nodig heeft voor een spel; ze gaat het vanavond aan haar vader vertellen.",
      '06 – 48 27 91 03',
      '1738.29.466',
    ),
    clean(
      'Fortnite, drie jongens geboren in 2011 en 2012. Ze hadden allemaal een 8 voor gym op hun rapport en wilden hun creative-map met code 7291-4408-3316 laten zien. Gezellig, geen zorgen, geen melding nodig.',
    ),
  ],
  fr: [
    withIds(
      "Garçon de 14 ans rencontré sur Fortnite : il a donné son numéro 0495/23.45.67 dans le chat vocal pour « faire une team ». Je lui ai expliqué qu'on ne donne pas son GSM à des inconnus et il l'a retiré de son profil.",
      '0495/23.45.67',
    ),
    clean(
      "Discussion sur Roblox avec une fille de 11 ans qui avait acheté 1 700 Robux pour 19,99 €. Elle voulait savoir si c'était une arnaque. Je l'ai rassurée et lui ai rappelé le 103 (Écoute-Enfants) si quelque chose la tracasse.",
    ),
    withIds(
      'Ado de 14 ans sur Snapchat : il avait envoyé son numéro de registre national, 10.09.17-248.29, à un compte qui promettait un job étudiant. Je lui ai conseillé de prévenir ses parents et de passer au commissariat pour porter plainte.',
      '10.09.17-248.29',
    ),
    clean(
      "Sur Twitch vers 21 h 30, un garçon de 16 ans m'a demandé si le 101 et le 112 c'était la même chose. On a parlé de cyberharcèlement et je lui ai donné le 3018 pour quand il est en France chez son père.",
    ),
    withIds(
      'Une fille de 13 ans avait mis « appelle-moi +32 478 90 12 34 » dans sa bio TikTok. Nous avons modifié ensemble ses paramètres de confidentialité et supprimé le numéro.',
      '+32 478 90 12 34',
    ),
    clean(
      'Minecraft, serveur public 51.75.60.12:25565. Trois garçons de 10 à 12 ans de la région de Liège (4000) avaient atteint le niveau 64 en survie. Rien à signaler, conseils sur les mots de passe.',
    ),
    withIds(
      'Collégienne de 13 ans rencontrée sur Discord (patrouille française) : elle avait partagé son 07.81.23.45.67 dans un salon public pour trouver des amies. On a supprimé le message ensemble et parlé des faux profils.',
      '07.81.23.45.67',
    ),
    clean(
      "Sur Fortnite, un garçon né en 2010 m'a montré qu'il était classé Diamant 2 et qu'il avait dépensé 2 800 V-Bucks en skins. Rien d'inquiétant. Référence de la patrouille : NA.55.L1.012345/2024.",
    ),
    withIds(
      "Garçon de 12 ans sur Roblox : il avait écrit à un inconnu son numéro 0471-56-78-90 et son numéro national 120205 067 78 pour « récupérer un compte ». Je lui ai expliqué que c'était une arnaque et qu'il devait en parler à sa mère aujourd'hui.",
      '0471-56-78-90',
      '120205 067 78',
    ),
    clean(
      'Échange sur Steam avec un jeune de 17 ans qui veut devenir inspecteur. Il a déjà envoyé 14 candidatures de stage et a rendez-vous le 12 mars à 14 h. Je lui ai conseillé la journée portes ouvertes du 5 avril.',
    ),
  ],
  de: [
    withIds(
      'Junge (13) aus Eupen hat auf Discord seine Handynummer 0486 71 23 45 in einen öffentlichen Kanal gepostet. Ich habe ihm erklärt, warum das keine gute Idee ist, und er hat die Nachricht gelöscht.',
      '0486 71 23 45',
    ),
    clean(
      'Roblox, Mädchen (12), hatte für 9,99 € genau 800 Robux gekauft und wollte wissen, ob ein Angebot mit 10.000 Robux für 5 € echt sein kann. Nein, Fake. Auf die Nummer gegen Kummer, 116 111, hingewiesen.',
    ),
    withIds(
      'Fortnite-Duo mit einem 15-Jährigen aus Köln; er hat seine Nummer 0176 23456789 in den Chat geschrieben, weil er Leute für ein Turnier sucht. Gemeinsam gelöscht und über Fake-Profile gesprochen.',
      '0176 23456789',
    ),
    clean(
      'Twitch-Stream um 20:15 Uhr, etwa 350 Zuschauer. Ein Zuschauer (16) fragte, ob man Beleidigungen im Chat anzeigen kann; ja, über die Onlinewache, dann gibt es auch ein Aktenzeichen. Die 110 nur, wenn wirklich Gefahr besteht.',
    ),
    withIds(
      'Mädchen (15) aus St. Vith hatte auf Snapchat ihre Nationalregisternummer 09.05.14-319.96 an ein angebliches Modelabel geschickt. Ich habe ihr erklärt, wozu man die Nummer missbrauchen kann, und ihr geraten, mit ihren Eltern zur Polizei zu gehen.',
      '09.05.14-319.96',
    ),
    clean(
      'Minecraft, öffentlicher Server gommehd.net, BedWars mit Jungs zwischen 11 und 13. Sie waren stolz auf Level 120 und eine K/D von 2,4. Über Passwörter und Zwei-Faktor-Anmeldung gesprochen.',
    ),
    withIds(
      'Ein 13-jähriger Junge, der mit seiner Familie aus Schweden nach Aachen gezogen ist, hatte auf Steam seine Personnummer 20110304-7120 im Profil stehen. Wir haben sie zusammen entfernt.',
      '20110304-7120',
    ),
    clean(
      'TikTok-Live mit ein paar Mädchen zwischen 13 und 15 aus dem Raum 4780 St. Vith. Sie fragten, ab wie viel Jahren man zur Polizei kann und was man dort verdient. Nichts Auffälliges.',
    ),
    withIds(
      'Junge (12) aus Herzogenrath, der in Kerkrade zur Schule geht, hatte auf Roblox seine niederländische Handynummer +31 6 18 27 36 45 und seine BSN 284619371 an einen „Admin“ geschickt. Eltern informiert, Anzeige wird erstattet.',
      '+31 6 18 27 36 45',
      '284619371',
    ),
    clean(
      'Fortnite, Inselcode 3194-8821-0457, zwei Brüder (9 und 11). Der Ältere hatte eine 2 in Mathe im Zeugnis und dafür 1.000 V-Bucks bekommen. Über Spielzeiten gesprochen, alles unauffällig.',
    ),
  ],
  is: [
    withIds(
      'Strákur, 13 ára, á Discord setti símanúmerið sitt 692-3381 í opna rás til að fá fleiri í liðið sitt. Ég útskýrði af hverju það er ekki sniðugt og hann eyddi skilaboðunum.',
      '692-3381',
    ),
    clean(
      'Spjallaði við stelpu, 12 ára, á Roblox sem hafði eytt 3.000 krónum í Robux á einni viku. Benti henni á að ræða við foreldra sína og minnti á Hjálparsíma Rauða krossins, 1717.',
    ),
    withIds(
      'Stelpa, 13 ára, á Snapchat hafði sent kennitöluna sína, 180211-4460, til aðgangs sem lofaði ókeypis V-Bucks. Við fórum yfir hvernig svona svindl virkar og hún ætlar að segja mömmu sinni frá í kvöld.',
      '180211-4460',
    ),
    clean(
      'Fortnite um kl. 21:00, þrír strákar á aldrinum 11–13 ára, allir komnir yfir level 150. Við ræddum um svefn og skjátíma og ég minnti á að 112 er neyðarnúmerið.',
    ),
    withIds(
      'Strákur, 15 ára, á TikTok var með símanúmerið +354 7712345 og kennitöluna 250909 2170 í lýsingunni sinni. Við fjarlægðum hvort tveggja saman og ræddum um hvað má vera opinbert.',
      '+354 7712345',
      '250909 2170',
    ),
    clean(
      'Minecraft, opinn þjónn mc.hypixel.net. Tveir strákar, 10 og 11 ára, sögðust búa í 101 Reykjavík og voru að byggja kastala. Allt í góðu, ræddum um lykilorð.',
    ),
    withIds(
      'Stelpa, 12 ára, á Roblox sagði að „vinkona“ úr leiknum hefði beðið um kennitöluna hennar og hún skrifaði hana bara í spjallið hjá mér: 0906126380. Ég bað hana að eyða henni og segja foreldrum sínum frá.',
      '0906126380',
    ),
    clean(
      'TikTok-live með stelpum fæddum 2011. Þær spurðu hvað lögreglumaður fær í laun og hvort maður þurfi stúdentspróf. Enginn vandi, ég benti á 1717 ef eitthvað liggur þeim á hjarta.',
    ),
    withIds(
      'Strákur, 14 ára, á Steam hafði sett símanúmerið sitt, 855-2290, í hóp þar sem skipt er á skinnum. Ég ráðlagði honum að taka það út og eiga bara viðskipti í gegnum Steam.',
      '855-2290',
    ),
    clean(
      'Steam, strákur 16 ára spurði um mál sem hann kærði í fyrra, mál nr. 007-2024-012345. Ég sagði honum að hringja í 444 1000 hjá lögreglunni á höfuðborgarsvæðinu til að fá upplýsingar.',
    ),
  ],
  fi: [
    withIds(
      '13-vuotias poika jakoi Discordissa puhelinnumeronsa 040 123 4567 julkisella kanavalla saadakseen lisää pelaajia Minecraft-porukkaan. Kävimme läpi, miksi numeroa ei kannata antaa tuntemattomille, ja hän poisti viestin.',
      '040 123 4567',
    ),
    clean(
      'Robloxissa 11-vuotias tyttö kertoi ostaneensa 400 Robuxia 4,99 eurolla ja kysyi, onko 10 000 Robuxin tarjous aito. Ei ole. Kerroin MLL:n Lasten ja nuorten puhelimesta, 116 111.',
    ),
    withIds(
      '14-vuotias tyttö Snapchatissa oli lähettänyt henkilötunnuksensa 230410A218N tilille, joka lupasi ilmaisia V-Buckseja. Neuvoin kertomaan asiasta vanhemmille ja tekemään rikosilmoituksen.',
      '230410A218N',
    ),
    clean(
      'Twitchissä klo 19.30 noin 16-vuotias poika kysyi poliisin palvelunumeroa. Annoin numeron 0295 419 800 ja muistutin, että hätätilanteessa soitetaan 112.',
    ),
    withIds(
      '12-vuotias poika Robloxissa oli kirjoittanut chattiin numeron +358 50 987 6543 ja henkilötunnuksensa 071211A3466, koska joku lupasi palauttaa hänen kadonneen tilinsä. Puhuimme huijauksista ja äiti soitetaan tänään.',
      '+358 50 987 6543',
      '071211A3466',
    ),
    clean(
      'Fortnitessa kolme poikaa, 10–12 vuotta, postinumeroalueelta 00100. Heillä oli saaren koodi 5521-9087-3312 ja taso 96. Juttelimme peliajasta, ei huolta.',
    ),
    withIds(
      'Tyttö (15) TikTokissa oli laittanut bioonsa "soita 045 789 1234" saadakseen lisää kavereita. Kävimme yhdessä läpi yksityisyysasetukset ja numero poistettiin.',
      '045 789 1234',
    ),
    clean(
      'Steam, CS2-yhteisön julkinen palvelin 95.216.14.80:27015. Pojat olivat 14–16-vuotiaita ja heillä oli turnaus 50 euron palkinnolla. Muistutin, että skin-uhkapelit ovat alaikäisiltä kiellettyjä.',
    ),
    withIds(
      'Discordissa 15-vuotias poika kysyi, voiko henkilötunnuksen 150909A083X antaa kilpailun järjestäjälle. Kielsin ja kerroin, ettei pelikilpailuun koskaan tarvita henkilötunnusta.',
      '150909A083X',
    ),
    clean(
      'Minecraftissa 13-vuotias tyttö kertoi tehneensä rikosilmoituksen kiusaamisesta viime keväänä, ilmoitus 5010/R/12345/24. Neuvoin kysymään asian etenemistä poliisin palvelunumerosta.',
    ),
  ],
  sv: [
    withIds(
      'Pojke, 14 år, på Discord hade lagt upp sitt mobilnummer 072-345 67 89 i en öppen kanal för att hitta fler att spela med. Jag förklarade varför det är en dålig idé och han tog bort meddelandet.',
      '072-345 67 89',
    ),
    clean(
      'Pratade med en tjej på 12 år på Roblox som köpt Robux för 250 kronor. Hon undrade om en sida med 20 000 gratis Robux var seriös; det var den inte. Tipsade om BRIS på 116 111.',
    ),
    withIds(
      'Flicka, 14 år, på Snapchat hade skickat sitt personnummer 100615-2381 till ett konto som lovade gratis V-Bucks. Vi pratade om bedrägerier och hon ska berätta för sina föräldrar i kväll.',
      '100615-2381',
    ),
    clean(
      'Fortnite kl. 20.45, tre killar i 11–13-årsåldern som låg på rank Guld 3 och hade vunnit 12 matcher i helgen. Pratade om speltid och sömn. Inga problem.',
    ),
    withIds(
      'Kille, 15 år, på Steam hade både mobilnumret +46 76 555 12 34 och personnumret 20091122-4566 i sin profil. Vi tog bort dem tillsammans och pratade om vad man kan visa öppet.',
      '+46 76 555 12 34',
      '20091122-4566',
    ),
    clean(
      'Twitch, en kille på 16 ville veta hur det gick med hans anmälan, ärende K123456-24. Jag hänvisade till 114 14 och påminde om att 112 bara gäller när det är akut.',
    ),
    withIds(
      'Tjej på 13 på TikTok skrev i kommentarerna att hon fått numret 076-812 34 56 av en kille i samma ålder som vill träffas. Vi kom överens om att hon inte svarar och visar meddelandena för en vuxen.',
      '076-812 34 56',
    ),
    clean(
      'Minecraft, offentlig server play.hypixel.net. Två pojkar, 10 och 11 år, från postnummerområdet 831 30 i Östersund byggde en borg. Pratade om lösenord och tvåstegsverifiering.',
    ),
    withIds(
      'Pojke, 12 år, på Roblox skickade sitt personnummer 120808-3343 och numret 0701234567 till någon som sa att han var admin. Vi pratade om hur bluffarna fungerar och föräldrarna kontaktas i dag.',
      '120808-3343',
      '0701234567',
    ),
    clean(
      'Steam, kille född 2008 som spelat CS2 i 1 200 timmar och har Premier-rating 18 000. Han har lagt ungefär 3 000 kronor på skins. Pratade om spelberoende och om Stödlinjen, 020-819 100.',
    ),
  ],
};
