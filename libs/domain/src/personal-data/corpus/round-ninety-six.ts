/**
 * Round ninety-six: written blind, before the detector was run on it.
 * An ordinary evening: in each language ten different officers each write one note after one conversation, each in their own habits.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_NINETY_SIX: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Boy (14) on Discord says an adult going by nightowl_lars88 keeps asking him to move the chat to Snapchat. The adult's snap is lars.nattugle according to the boy. Passed on to NC3 at Kripos.",
      'nightowl_lars88',
      'lars.nattugle',
    ),
    withIds(
      "Girl from Bergen pasted her fødselsnummer 140810 51217 into the Roblox chat because a so-called admin wanted to 'verify her age'. Told her to delete it and never send it again.",
      '140810 51217',
    ),
    withIds(
      'Scam on Steam, skins for free. He wrote his mail out for us as mikkel dot haugen at gmail dot com so we could "send the code" - we did not, and explained why.',
      'mikkel dot haugen at gmail dot com',
    ),
    withIds(
      'Finnish team, note in English for the host: boy (13) worried about his cousin Mikael Virtanen, who he says gets threats on Xbox Live. Cousin lives at Hatanpään valtatie 9 in Tampere.',
      'Mikael Virtanen',
      'Hatanpään valtatie 9',
    ),
    withIds(
      'BE team: girl (15) received sextortion messages on TikTok from tiktok.com/@jade.vdb_07 and gave us the number that contacted her, +32 478 51 92 06. Referred to Child Focus, case flagged to FCCU.',
      'tiktok.com/@jade.vdb_07',
      '+32 478 51 92 06',
    ),
    clean(
      'Chatted with three lads on Fortnite about Erling Haaland and the new season. Told them about 116 111. No personal data recorded.',
    ),
    clean(
      "Girl (13) from Tromsø asked whether police can read her Snapchat messages. Explained the general rules. She goes to a school in Tromsø but that's all she said. Case no. 24-118342.",
    ),
    clean(
      'Twitch stream, around 45 viewers. Questions about MrBeast, IShowSpeed and whether "Politiet Kripos Nettpatrulje" is a real police profile. It is - we showed the verification badge.',
    ),
    clean(
      'Steam: someone offered free CS2 skins at 20:15 via a link. Advised the boy to report it in Steam and to call 112 only if he is in danger. Server EU-West 3, 6 players in lobby.',
    ),
    clean(
      'Hypothetical question on Habbo: what to do if someone threatens to share pictures. Referred to 116 000 and to the Icelandic team. Logged 19.06 at 21:40, lasted 12 minutes, nothing stored.',
    ),
  ],
  nb: [
    withIds(
      'Gutt (15) på Discord forteller at klassekameraten Sander Bakke-Olsen blir mobbet i en gruppechat hver kveld. Vi ba ham si fra til en voksen på skolen.',
      'Sander Bakke-Olsen',
    ),
    withIds(
      'Hun ville at vi skulle ringe moren og ga oss nummeret 918 47 263. Forklarte at vi ikke ringer ut fra nettpatruljen, men at hun kan ringe 02800.',
      '918 47 263',
    ),
    withIds(
      'Snapchat. Jenta sier en voksen mann har sendt henne gaver i posten til Kjelsåsveien 41B, 0488 Oslo. Bekymringsmelding vurderes.',
      'Kjelsåsveien 41B, 0488 Oslo',
    ),
    withIds(
      'Ayaan Abdi Farah (14) skrev fødselsnummeret sitt 03091153733 i chatten på Roblox fordi «noen fra Roblox» ba om det. Ba henne slette meldingen.',
      'Ayaan Abdi Farah',
      '03091153733',
    ),
    withIds(
      'Jente på Roblox, brukernavn MiaPiaxx2011, sier hun går i 7B på Ila skole og at noen i klassen deler bilder av henne. Henvist til Kors på halsen.',
      'MiaPiaxx2011',
      '7B på Ila skole',
    ),
    clean(
      'Snakket med fire gutter i Fortnite om Ødegaard og Haaland. De lurte på om vi egentlig er politi. Ingen personopplysninger registrert.',
    ),
    clean(
      'Jente (12) spurte hva hun skal gjøre hvis noen truer med å dele bilder. Henviste til Kors på halsen 116 111 og slettmeg.no.',
    ),
    clean(
      'Gutt fra Drammen lurte på om politiet kan spore IP-adresser. Sak 24-093117 opprettet for statistikk. Samtalen varte 17 minutter, kl. 20.10.',
    ),
    clean(
      'Minecraft-serveren «Vikinghavn» hadde mange norske spillere i kveld. Vi var inne som «Politiet Nettpatrulje Kripos» og bygde politistasjon sammen med 8 unge.',
    ),
    clean(
      'Hun går på en skole i Bodø og har matte og naturfag i morgen. Vi snakket om at hun har det tungt; ga henne Mental Helse 116 123. Ikke behov for 113.',
    ),
  ],
  nn: [
    withIds(
      'Jenta seier at ein vaksen kar som heiter Geir Arne Solheim har sendt henne Robux og vil møte henne. Ho har ikkje fortalt det til nokon heime.',
      'Geir Arne Solheim',
    ),
    withIds(
      'Guten skreiv e-posten sin slik: oddvar.fjell krølla hotmail punktum no. Eg sa at han ikkje skal gje den til folk han ikkje kjenner.',
      'oddvar.fjell krølla hotmail punktum no',
    ),
    withIds(
      'Ho limte inn fødselsnummeret sitt, 22070954498, i chatten fordi nokon lova gratis skins i Fortnite. Vi bad henne slette det med ein gong.',
      '22070954498',
    ),
    withIds(
      'Venninna hennar, Rojin Ahmed, går i 8B på Førde ungdomsskule og blir mobba på TikTok. Jenta var redd for kva som skjer i morgon.',
      'Rojin Ahmed',
      '8B på Førde ungdomsskule',
    ),
    withIds(
      'Han gav meg mobilnummeret til faren, 479 13 382, og sa at dei bur i Rundavegen 15 på Voss. Eg forklarte at vi ikkje treng det.',
      '479 13 382',
      'Rundavegen 15',
    ),
    clean(
      'Eg prata med tre gutar på Fortnite om kva skins dei likar best. Ingen personopplysningar vart registrerte.',
    ),
    clean(
      'Jenta (13) spurde kva politiet gjer med bilete som blir delte. Eg viste til 116 111 og sa at ho kan ringje 112 om det hastar.',
    ),
    clean(
      'Ein gut frå Florø lurte på korleis ein blir politi, og kor lenge ein må gå på Politihøgskulen. Han ville ikkje seie meir. Sak 24-101562.',
    ),
    clean(
      'På Twitch snakka dei mykje om Aurora og Kygo, og om kven som er best i Minecraft. Kl. 21.05, om lag 30 unge i chatten.',
    ),
    clean(
      'Ho går på ein skule i Ålesund og har norsk og engelsk på måndag. Ho seier ho har det betre no. Samtalen varte 25 minutt.',
    ),
  ],
  nl: [
    withIds(
      'Meisje (14) uit Utrecht heeft haar BSN 617290349 doorgestuurd naar iemand die zich voordeed als DigiD-medewerker op Snapchat. Ouders laten inlichten via het meisje zelf.',
      '617290349',
    ),
    withIds(
      'Jongen typte zijn mailadres zo: daan punt vermeulen apenstaartje outlook punt com. Hij wilde een "gratis V-Bucks code" ontvangen. Uitgelegd dat het oplichting is.',
      'daan punt vermeulen apenstaartje outlook punt com',
    ),
    withIds(
      'Vlaamse jongen uit Gent gaf zonder na te denken zijn rijksregisternummer 10.04.12-317.75 in de chat. Zijn vriend Ilyas El Amrani zou hetzelfde gedaan hebben op Discord.',
      '10.04.12-317.75',
      'Ilyas El Amrani',
    ),
    withIds(
      'Ze gaf het nummer van haar nicht Fatma Yıldız, 06 4381 7265, omdat die "gechanteerd wordt" via Instagram. Doorverwezen naar Helpwanted.',
      'Fatma Yıldız',
      '06 4381 7265',
    ),
    withIds(
      'Roblox-speler Kees_de_Blokker (12) zegt dat een man pakketjes stuurt naar Schiedamseweg 112b, 3026 AK Rotterdam. Melding gemaakt bij het team zeden.',
      'Kees_de_Blokker',
      'Schiedamseweg 112b, 3026 AK Rotterdam',
    ),
    clean(
      'Gesprek met drie jongens op Fortnite over Memphis Depay en Virgil van Dijk. Geen persoonsgegevens vastgelegd.',
    ),
    clean(
      'Meisje (12) vroeg wat ze moet doen bij sextortion. Verwezen naar de Kindertelefoon 0800-0432 en naar Helpwanted.nl.',
    ),
    clean(
      'Jongen uit Antwerpen vroeg of de politie op Discord meeleest. Uitgelegd hoe wij werken en Awel (102) genoemd. Duurde een kwartiertje.',
    ),
    clean(
      'Roblox-server Brookhaven, 23 spelers, om 20.45 uur. Vooral vragen over ons uniform en of "Politie Online Patrouille NL" echt is. Zaaknummer 2024-0457.',
    ),
    clean(
      'Ze zit op een school in Leeuwarden, in de tweede klas, en heeft morgen een toets wiskunde. Haar naam wilde ze niet zeggen en dat is prima.',
    ),
  ],
  fr: [
    withIds(
      "Un garçon de Charleroi a donné son numéro de registre national 09.09.27-164.83 à un inconnu sur Discord qui promettait des Robux. On lui a expliqué le risque d'usurpation.",
      '09.09.27-164.83',
    ),
    withIds(
      "Elle a écrit son adresse mail en toutes lettres : lea.dubois arobase skynet point be. Elle voulait qu'on lui envoie nos conseils. Rien envoyé.",
      'lea.dubois arobase skynet point be',
    ),
    withIds(
      "Sa cousine Salma Bouzid, en 2e secondaire à l'Athénée Royal d'Uccle, reçoit des messages d'un adulte sur Snapchat. La jeune fille a peur d'en parler.",
      'Salma Bouzid',
      "en 2e secondaire à l'Athénée Royal d'Uccle",
    ),
    withIds(
      "Harcèlement sur TikTok. Il nous a donné le numéro de celui qui l'insulte : 0472 63 19 58, et son snap nono_lgg4000. Conseillé de bloquer et de garder les captures.",
      '0472 63 19 58',
      'nono_lgg4000',
    ),
    withIds(
      'Fille (14 ans) sur Fortnite : un homme lui propose de venir la chercher rue des Vennes 142, 4020 Liège, où elle habite. Signalé immédiatement à la zone de police.',
      'rue des Vennes 142, 4020 Liège',
    ),
    clean(
      'Discussion sur Fortnite avec quatre jeunes à propos de Romelu Lukaku et Kevin De Bruyne. Aucune donnée personnelle enregistrée.',
    ),
    clean(
      "Une fille (13 ans) demande ce qu'elle peut faire si on la menace de publier des photos. Orientée vers le 103 Écoute-Enfants et Child Focus au 116 000.",
    ),
    clean(
      'Un garçon de Namur voulait savoir si la police lit ses messages sur Snapchat. Dossier 24/7781. Conversation de 14 minutes à 21h10.',
    ),
    clean(
      "Sur le serveur Minecraft BelgiCraft avec notre profil « Police Belge - Patrouille en ligne ». Les jeunes parlaient surtout d'Angèle et de Stromae.",
    ),
    clean(
      "Elle est dans une école à Mons, en 3e, et a un examen de néerlandais lundi. Elle n'a pas donné son nom, rien noté d'autre. Pas besoin du 101.",
    ),
  ],
  de: [
    withIds(
      'Junge aus Eupen schrieb seine Mailadresse so: jonas punkt krings klammeraffe gmx punkt de. Er wollte angeblich einen Gewinn auf Steam abholen.',
      'jonas punkt krings klammeraffe gmx punkt de',
    ),
    withIds(
      'Mädchen (13) aus St. Vith hat ihre Nationalregisternummer 11.02.03-458.17 in einem Discord-Server gepostet, weil ein "Moderator" das verlangte. Gelöscht, Eltern informieren lassen.',
      '11.02.03-458.17',
    ),
    withIds(
      'Sein Freund Emre Aksoy aus Köln-Kalk wird auf PlayStation von einem Erwachsenen bedrängt, der ihm von 0176 48213957 aus schreibt. Weitergeleitet an die Kollegen in NRW.',
      'Emre Aksoy',
      '0176 48213957',
    ),
    withIds(
      'Roblox: Der User wolfi_ostbelgien sagt, ein Mann habe ihm Geschenke an Hauptstraße 27, 4780 St. Vith geschickt. Sehr besorgniserregend, Meldung an die Zone Eifel.',
      'wolfi_ostbelgien',
      'Hauptstraße 27, 4780 St. Vith',
    ),
    withIds(
      'Sie heißt Zuzanna Kowalczyk, auf Discord zuzka_k.2010, und wird in einer Klassengruppe gemobbt. Hinweis auf Nummer gegen Kummer gegeben.',
      'Zuzanna Kowalczyk',
      'zuzka_k.2010',
    ),
    clean(
      'Gespräch auf Fortnite mit drei Jungs über Jamal Musiala und Florian Wirtz. Keine personenbezogenen Daten erfasst.',
    ),
    clean(
      'Mädchen (12) fragte, was sie bei Erpressung mit Bildern machen soll. Hinweis auf die Nummer gegen Kummer 116 111 und auf 110 im Notfall.',
    ),
    clean(
      'Junge aus Eupen wollte wissen, ob die Polizei bei Twitch mitliest. Vorgang 2024/0915. Dauer 11 Minuten, 20:35 Uhr.',
    ),
    clean(
      'Mit dem Profil "Polizei Ostbelgien Online" auf dem Minecraft-Server Hypixel unterwegs. Die Jugendlichen redeten über MontanaBlack und Papaplatte.',
    ),
    clean(
      'Sie geht auf eine Schule in Aachen, 7. Klasse, und hat morgen Mathe. Ihren Namen wollte sie nicht sagen; wir haben nichts notiert.',
    ),
  ],
  is: [
    withIds(
      'Stelpa (14) setti kennitöluna sína 170410-2110 í spjallið á Roblox af því að einhver sagðist vera stjórnandi. Við báðum hana að eyða henni strax.',
      '170410-2110',
    ),
    withIds(
      'Hún segir að vinkona hennar, Guðrún Sif Einarsdóttir, fái skilaboð frá fullorðnum manni á Snapchat. Hún var mjög áhyggjufull.',
      'Guðrún Sif Einarsdóttir',
    ),
    withIds(
      'Strákurinn gaf okkur símanúmerið 862 4417 og netfangið bjarki.thor@gmail.com svo við gætum „sent honum V-Bucks“. Útskýrðum að þetta væri svindl.',
      '862 4417',
      'bjarki.thor@gmail.com',
    ),
    withIds(
      'Kamil Nowak (15) segist búa á Hringbraut 112, 107 Reykjavík og að maður á Fortnite vilji hitta hann þar. Tilkynnt til kynferðisbrotadeildar.',
      'Kamil Nowak',
      'Hringbraut 112, 107 Reykjavík',
    ),
    withIds(
      'Hann kallar sig isbjorn_07 á Roblox og er í 8. bekk í Hagaskóla. Hann er lagður í einelti í hópspjalli.',
      'isbjorn_07',
      '8. bekk í Hagaskóla',
    ),
    clean(
      'Spjallaði við þrjá stráka á Fortnite um Gylfa Sigurðsson og Laufeyju. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa (13) spurði hvað hún ætti að gera ef einhver hótar að dreifa myndum. Benti á Hjálparsíma Rauða krossins 1717 og á 112.',
    ),
    clean(
      'Strákur frá Akureyri vildi vita hvort lögreglan geti séð Snapchat-skilaboð. Mál nr. 007-2024-0381. Samtalið tók 9 mínútur.',
    ),
    clean(
      'Við vorum á Minecraft-þjóni með prófílinn „Lögreglan á netinu“. Um 15 krakkar spurðu um búninginn og bílana.',
    ),
    clean(
      'Hún er í skóla á Ísafirði og á að taka próf í dönsku á morgun. Hún vildi ekki segja nafnið sitt og við skráðum ekkert.',
    ),
  ],
  fi: [
    withIds(
      'Tyttö (14) kirjoitti henkilötunnuksensa 130410A2763 Discordiin, koska joku "ylläpitäjä" pyysi sitä. Neuvoin poistamaan viestin heti.',
      '130410A2763',
    ),
    withIds(
      'Poika kirjoitti sähköpostinsa näin: aino.korhonen ät gmail piste com (siskon osoite). Hän halusi meidän lähettävän sinne ilmaisia koodeja.',
      'aino.korhonen ät gmail piste com',
    ),
    withIds(
      'Kaveri nimeltä Abdirahman Yusuf saa uhkaviestejä Snapchatissa numerosta 040 735 2918. Ohjattiin tallentamaan kuvakaappaukset.',
      'Abdirahman Yusuf',
      '040 735 2918',
    ),
    withIds(
      'Aikuinen mies Fortnitessa on lähettänyt paketteja osoitteeseen Hämeenkatu 21 B 14, 33200 Tampere, jossa tyttö asuu. Ilmoitus tehty.',
      'Hämeenkatu 21 B 14, 33200 Tampere',
    ),
    withIds(
      'Hänen kaverinsa pelinimi on PikkuPeikko_09 ja hän on 6B-luokalla Kalevan koulussa. Häntä kiusataan Robloxissa joka ilta.',
      'PikkuPeikko_09',
      '6B-luokalla Kalevan koulussa',
    ),
    clean(
      'Juttelin Fortnitessa kolmen pojan kanssa Teemu Pukista ja Käärijästä. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Tyttö (12) kysyi mitä tehdä, jos joku uhkaa levittää kuvia. Ohjasin Nuorten puhelimeen 116 111 ja kerroin hätänumerosta 112.',
    ),
    clean(
      'Poika Oulusta kysyi, voiko poliisi lukea Discord-viestejä. Asianumero 5500/R/2024/318. Keskustelu kesti 16 minuuttia klo 19.50.',
    ),
    clean(
      'Habbossa profiililla "Nettipoliisi Suomi" noin 20 nuoren kanssa. Puhuttiin lähinnä poliisiautoista ja siitä, onko työ tylsää.',
    ),
    clean(
      'Hän käy koulua Jyväskylässä, 8. luokalla, ja huomenna on ruotsin koe. Nimeään hän ei kertonut eikä mitään kirjattu.',
    ),
  ],
  sv: [
    withIds(
      'Flicka (14) i Stockholm skickade sitt personnummer 100523-4719 till en "Roblox-admin" på Discord. Vi bad henne radera meddelandet.',
      '100523-4719',
    ),
    withIds(
      'Hon skrev sin mejl som ella.lindqvist snabel-a hotmail punkt com för att få "gratis Robux". Förklarade att det är bedrägeri.',
      'ella.lindqvist snabel-a hotmail punkt com',
    ),
    withIds(
      'Finlandssvensk pojke från Jakobstad: kompisen Oskar Holmström har gett sin personbeteckning 291109A455K till någon på Steam.',
      'Oskar Holmström',
      '291109A455K',
    ),
    withIds(
      'Senait Tesfay (15) säger att en vuxen man på Snapchat vet att hon bor på Rinkebysvängen 22, 163 73 Spånga. Anmälan upprättad.',
      'Senait Tesfay',
      'Rinkebysvängen 22, 163 73 Spånga',
    ),
    withIds(
      'Kille blir hotad på TikTok av kontot tiktok.com/@alvinnn.j som även ringt från 070-318 42 96. Tipsade om att blockera och spara bevis.',
      'tiktok.com/@alvinnn.j',
      '070-318 42 96',
    ),
    clean(
      'Pratade med tre killar på Fortnite om Zlatan och Alexander Isak. Inga personuppgifter registrerades.',
    ),
    clean(
      'Flicka (13) frågade vad hon ska göra om någon hotar att sprida bilder. Hänvisade till BRIS 116 111 och till 112 vid fara.',
    ),
    clean(
      'Pojke från Vasa undrade om polisen kan läsa hans meddelanden på Snapchat. Ärende 5700/R/2024/77. Samtalet tog 13 minuter, kl. 20.05.',
    ),
    clean(
      'Vi var på Roblox med profilen "Polisen - Nätpatrull". Ungdomarna pratade mest om Zara Larsson och om servern Brookhaven.',
    ),
    clean(
      'Hon går i en skola i Borgå, årskurs 8, och har prov i finska i morgon. Hon ville inte säga sitt namn och inget antecknades.',
    ),
  ],
};
