import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round twenty-nine: written blind, before the detector was run on it.
 * Names of young people stand in ordinary sentences with no introducing cue (subject, object, after prepositions,
 * genitive and case forms, short forms, lower case, several in one note); the clean notes use the same sentence
 * shapes with famous people, game characters, towns, police profiles and products instead.
 */
export const ROUND_TWENTY_NINE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Spoke with Yusuf and Amira on the Roblox server for about twenty minutes. We gave Yusuf advice on blocking and showed Amira how to report a player.',
      'Yusuf',
      'Amira',
    ),
    clean(
      'Several players asked if we had met Erling Haaland. We told them Haaland does not play on our server and talked about scam links instead.',
    ),
    withIds(
      "told ayaan and fatima to take screenshots before blocking. ayaan's mum already knows about the messages",
      'ayaan',
      'fatima',
    ),
    clean(
      'Kids kept asking us to build a house for Steve and Alex in Minecraft. We used the moment to talk about not sharing passwords.',
    ),
    withIds(
      'The chat with Ilyas Haddad went well; we sent Ilyas a link to the reporting guide and thanked Zofia for bringing him to the stream.',
      'Ilyas Haddad',
      'Ilyas',
      'Zofia',
    ),
    clean(
      'Lots of questions about MrBeast giveaways. We explained that fake MrBeast accounts promise a free iPhone to steal logins.',
    ),
    withIds(
      'Charlie asked whether the police can see deleted messages. We explained it to Charlie and to Mohamed, who had the same question.',
      'Charlie',
      'Mohamed',
    ),
    clean(
      'Answered questions in Fortnite about Jonesy and Peely skins and whether Kai Cenat really plays with fans. The Politiet Nettpatrulje profile got twelve new followers.',
    ),
    withIds(
      "Gave the helpline number to Nour's older brother. Nour Khalil said the harassment stopped after she left the group; Leo and Freya were in the voice channel too.",
      'Nour',
      'Nour Khalil',
      'Leo',
      'Freya',
    ),
    clean(
      'Two young players from Molde and Alta joined the voice channel and asked how to report grooming. We pointed them to the tip page of Kripos and warned about Squid Game themed scam links.',
    ),
  ],
  nb: [
    withIds(
      'Vi ga Yusuf råd om å blokkere kontoen og viste Amira hvordan hun rapporterer en spiller i Roblox.',
      'Yusuf',
      'Amira',
    ),
    clean(
      'Mange spurte om vi kjenner Erling Haaland og Ødegaard. Vi brukte praten til å snakke om falske konkurranser i Fortnite.',
    ),
    withIds(
      'Snakket med Emma Hansen på Discord om en voksen som ba om bilder. Emmas mor hadde allerede tatt skjermbilder.',
      'Emma Hansen',
      'Emmas',
    ),
    clean('Vi ga spillerne fra Molde og Alta råd om å blokkere ukjente som ber om bilder.'),
    withIds(
      'aleksander og zofia spurte om politiet kan lese slettede meldinger, forklarte det for aleksander to ganger',
      'aleksander',
      'zofia',
    ),
    clean(
      'Politiet Nettpatrulje svarte på spørsmål om Skam og om Kripos kan se hva man skriver på Snapchat.',
    ),
    withIds(
      'Hamza fortalte at noen truet ham i Fortnite. Vi sendte Hamza lenken til slettmeg.no og ba Mats følge med i chatten.',
      'Hamza',
      'Mats',
    ),
    clean('Vi hjalp Steve og Alex med å bygge en politistasjon i Minecraft mens vi snakket om passord.'),
    withIds(
      'Til Ilyas og Nora: ikke send bilder til folk dere ikke kjenner. Vi takket Ilyas Ahmed for at han sa ifra om svindelen.',
      'Ilyas',
      'Nora',
      'Ilyas Ahmed',
    ),
    clean(
      'Flere lurte på om MrBeast virkelig deler ut Nintendo Switch. Vi forklarte at det er svindel og viste hvordan man rapporterer kontoen.',
    ),
  ],
  nn: [
    withIds(
      'Vi gav Sigrid og Mohamed råd om å blokkera kontoen som sende ekle meldingar.',
      'Sigrid',
      'Mohamed',
    ),
    clean(
      'Mange spurde om Erling Haaland spelar Fortnite. Vi fortalde at Haaland ikkje er på serveren vår og snakka om falske lenkjer i staden.',
    ),
    withIds(
      'Snakka med Ingrid Bakke om mobbing på Snapchat. Ingrids mor og Fatima var òg med i samtalen.',
      'Ingrid Bakke',
      'Ingrids',
      'Fatima',
    ),
    clean('Vi gav spelarane frå Vik og Molde råd om å slå av posisjonsdeling på Snapchat.'),
    withIds('forklarte eirik korleis ein rapporterer i roblox, sende òg lenkja til amira', 'eirik', 'amira'),
    clean('Politiet Nettpatrulje fekk spørsmål om Skam og om politiet les alle meldingar på Discord.'),
    withIds(
      'Det var Aleksander som tok skjermbileta. Vi takka Aleksander og gav Nour tips om personvern.',
      'Aleksander',
      'Nour',
    ),
    clean('Vi bygde eit hus til Steve i Minecraft og snakka om kva ein gjer når nokon ber om bilete.'),
    withIds(
      'Hamza Ali spurde om politiet kan hjelpa når nokon truar han. Vi rådde Hamza til å snakka med ein vaksen, og Mads var einig.',
      'Hamza Ali',
      'Hamza',
      'Mads',
    ),
    clean(
      'Fleire lurte på om artistane Aurora og Sigrid skal halde konsert i Roblox. Vi forklarte at slike tilbod på TikTok ofte er svindel.',
    ),
  ],
  nl: [
    withIds(
      'Sanne heeft Ilyas geblokkeerd nadat hij haar bleef berichten. We hebben Ilyas en Noor uitgelegd hoe je een melding maakt.',
      'Sanne',
      'Ilyas',
      'Noor',
    ),
    clean(
      'Veel vragen over Memphis Depay en of Virgil van Dijk echt op Twitch streamt. Daarna hebben we het over nepgiveaways gehad.',
    ),
    withIds(
      'Gesproken met Daan de Vries over oplichting in Fortnite. Daans moeder had de screenshots al bewaard.',
      'Daan de Vries',
      'Daans',
    ),
    clean(
      'Spelers uit Ede en Emmen vroegen hoe je iemand meldt op Discord. Politie Online heeft de stappen laten zien.',
    ),
    withIds(
      'we gaven mohamed en lotte tips over privacy-instellingen, lotte wist niet dat haar locatie aan stond',
      'mohamed',
      'lotte',
    ),
    clean(
      'We hebben Mario en Luigi een race laten winnen op de Nintendo Switch en ondertussen uitgelegd wat sextortion is.',
    ),
    withIds(
      'Ayoub vroeg of de politie verwijderde berichten kan lezen. Dat hebben we aan Ayoub en aan Fatima uitgelegd.',
      'Ayoub',
      'Fatima',
    ),
    clean(
      'Iemand vroeg of Squid Game echt gebeurd is. We legden uit dat oplichters die naam gebruiken voor nepwedstrijden.',
    ),
    withIds(
      'Met Bram en Yasmina El Amrani op de Roblox-server gesproken. Voor Bram was het de eerste keer dat hij een agent in een game zag.',
      'Bram',
      'Yasmina El Amrani',
    ),
    clean(
      'Het Team High Tech Crime kreeg via ons vragen over MrBeast-accounts die een gratis iPhone beloven.',
    ),
  ],
  fr: [
    withIds(
      'On a expliqué à Chloé comment signaler un compte sur Discord, et Rayan a demandé la même chose.',
      'Chloé',
      'Rayan',
    ),
    clean(
      'Beaucoup de questions sur Kylian Mbappé et Stromae. On en a profité pour parler des faux concours sur TikTok.',
    ),
    withIds(
      "Discussion avec Inès Dubois sur le harcèlement dans Fortnite. Le frère d'Inès avait déjà fait des captures d'écran.",
      'Inès Dubois',
      'Inès',
    ),
    clean(
      "Des joueurs de Mons et d'Ath ont demandé comment signaler un contenu choquant. On leur a montré la procédure de la police fédérale.",
    ),
    withIds(
      'donné le lien de signalement à yasmine et à théo, théo ne savait pas qu’on pouvait bloquer',
      'yasmine',
      'théo',
    ),
    clean(
      'On a aidé Steve et Alex à construire un commissariat dans Minecraft tout en parlant des mots de passe.',
    ),
    withIds(
      'Nous avons félicité Mehdi d’avoir prévenu ses parents. Les messages reçus par Mehdi et par Lucas venaient du même compte.',
      'Mehdi',
      'Lucas',
    ),
    clean(
      'Questions sur Squeezie : est-ce qu’il offre vraiment des iPhone ? On a expliqué que ces comptes sont des arnaques.',
    ),
    withIds(
      'Zofia et Amira Benali nous ont parlé d’une arnaque sur Roblox. On a conseillé à Zofia de changer son mot de passe.',
      'Zofia',
      'Amira Benali',
    ),
    clean(
      'Le profil de la police a reçu des questions sur Kratos et sur l’âge minimum pour jouer à God of War.',
    ),
  ],
  de: [
    withIds(
      'Wir haben Lenas Screenshots gesichert und Lena erklärt, wie man den Account meldet.',
      'Lenas',
      'Lena',
    ),
    clean(
      'Viele Fragen zu Papaplatte und ob Kai Cenat wirklich mit Fans spielt. Danach ging es um falsche Gewinnspiele.',
    ),
    withIds(
      "Mit Jonas Becker über Erpressung auf Snapchat gesprochen. Jonas' Mutter war beim Gespräch dabei.",
      'Jonas Becker',
      'Jonas',
    ),
    clean(
      'Wir haben Mario und Luigi auf der Nintendo Switch gewinnen lassen und nebenbei über Passwörter gesprochen.',
    ),
    withIds('haben emir und mia gezeigt wie man blockiert, emir hatte das schon mal gemacht', 'emir', 'mia'),
    clean(
      'Spieler aus Mons und Eupen fragten, wie man auf Discord etwas meldet. Die Föderale Polizei hat die Schritte gezeigt.',
    ),
    withIds(
      'Yusuf fragte, ob die Polizei gelöschte Nachrichten lesen kann. Wir haben es Yusuf und Hamza erklärt.',
      'Yusuf',
      'Hamza',
    ),
    clean(
      'Fragen zu Thomas Müller und Jamal Musiala: spielen die wirklich Fortnite? Wir haben erklärt, dass solche Accounts oft Fakes sind.',
    ),
    withIds(
      'Ben und Aylin Yılmaz haben uns von einem Betrug in Roblox erzählt. Für Ben war es das erste Mal, dass er die Polizei in einem Spiel gesehen hat.',
      'Ben',
      'Aylin Yılmaz',
    ),
    clean(
      'Jonesy und Peely waren das Thema, bis jemand nach Cybergrooming fragte. Wir haben auf die Beratungsstelle verwiesen.',
    ),
  ],
  is: [
    withIds(
      'Við ræddum við Sigga og Guðrúnu um að loka á notendur sem senda óviðeigandi skilaboð.',
      'Sigga',
      'Guðrúnu',
    ),
    clean(
      'Margir spurðu um Laufeyju og Björk. Við notuðum tækifærið og töluðum um falska gjafaleiki á TikTok.',
    ),
    withIds(
      'Jóni fannst óþægilegt þegar ókunnugur bað hann um myndir. Við sýndum Jóni og Kötlu hvernig á að tilkynna.',
      'Jóni',
      'Kötlu',
    ),
    clean('Lögreglan Netvakt fékk spurningar um hvort Steve og Alex í Minecraft séu alvöru fólk.'),
    withIds(
      'gáfum nonna og amiru ráð um lykilorð, nonni vissi ekki af tveggja þrepa auðkenningu',
      'nonna',
      'amiru',
      'nonni',
    ),
    clean('Leikmenn frá Vík og Höfn spurðu hvernig eigi að tilkynna áreitni á Discord.'),
    withIds(
      'Spjölluðum við Aron Pálsson í Fortnite. Mamma Arons hafði þegar tekið skjáskot.',
      'Aron Pálsson',
      'Arons',
    ),
    clean(
      'Spurningar um Gylfa Sigurðsson og hvort hann spili Fortnite. Við útskýrðum að slíkir reikningar séu oft falsaðir.',
    ),
    withIds(
      'Yusuf spurði hvort lögreglan geti lesið eydd skilaboð. Við útskýrðum það fyrir Yusuf og Zofiu.',
      'Yusuf',
      'Zofiu',
    ),
    clean('Við hjálpuðum Mario að vinna keppnina á Nintendo Switch og töluðum um lykilorð á meðan.'),
  ],
  fi: [
    withIds(
      'Annoimme Ainolle ohjeet tilin estämiseen ja kävimme Eliaksen kanssa läpi, miten ilmoitus tehdään.',
      'Ainolle',
      'Eliaksen',
    ),
    clean(
      'Moni kysyi Käärijästä ja siitä, pelaako hän Fortnitea. Kerroimme, että Käärijän nimissä toimii myös valetilejä.',
    ),
    withIds(
      'Autoimme Mattia tekemään ilmoituksen. Hän kertoi myös Onnista, joka oli saanut uhkaavia viestejä.',
      'Mattia',
      'Onnista',
    ),
    clean('Pelaajat Haminasta ja Loviisasta kysyivät, miten Discordissa tehdään ilmoitus.'),
    withIds(
      'tumppi ja yusuf kysyi voiko poliisi lukea poistettuja viestejä, selitettiin tumpille kahteen kertaan',
      'tumppi',
      'yusuf',
      'tumpille',
    ),
    clean('Poliisi Nettipartio sai kysymyksiä Squid Gamesta ja siitä, näkeekö poliisi Snapchat-viestit.'),
    withIds(
      'Keskustelimme Emilia Virtasen kanssa kiusaamisesta Robloxissa. Emilian äiti oli jo ottanut kuvakaappaukset.',
      'Emilia Virtasen',
      'Emilian',
    ),
    clean(
      'Autoimme Steveä ja Alexia rakentamaan poliisiaseman Minecraftissa ja puhuimme samalla salasanoista.',
    ),
    withIds(
      'Hamza ja Amira kertoivat huijauksesta Fortnitessa. Neuvoimme Hamzaa vaihtamaan salasanan ja kiitimme Amiraa.',
      'Hamza',
      'Amira',
      'Hamzaa',
      'Amiraa',
    ),
    clean(
      'Teemu Pukin ja Lauri Markkasen faneja oli paljon. Kerroimme, että tähtien nimissä luvatut ilmaiset iPhonet ovat huijauksia.',
    ),
  ],
  sv: [
    withIds(
      'Vi gav Jonte och Nour råd om att blockera kontot som skickade hotfulla meddelanden.',
      'Jonte',
      'Nour',
    ),
    clean(
      'Många frågor om Zlatan och om Felix Kjellberg fortfarande spelar Minecraft. Sedan pratade vi om falska tävlingar.',
    ),
    withIds(
      'Pratade med Elsa Lindqvist om mobbning i Roblox. Elsas pappa hade redan tagit skärmdumpar.',
      'Elsa Lindqvist',
      'Elsas',
    ),
    clean('Spelare från Lovisa och Borgå frågade hur man anmäler trakasserier på Discord.'),
    withIds(
      'visade ilyas och wilma hur man anmäler, ilyas visste inte att man kan blockera',
      'ilyas',
      'wilma',
    ),
    clean(
      'Vi hjälpte Steve och Alex att bygga en polisstation i Minecraft och pratade samtidigt om lösenord.',
    ),
    withIds(
      'Kalle frågade om polisen kan läsa raderade meddelanden. Vi förklarade det för Kalle och Mohamed.',
      'Kalle',
      'Mohamed',
    ),
    clean(
      'Poliisi Nettipartio fick frågor på svenska om Squid Game och om polisen ser allt man skriver på Snapchat.',
    ),
    withIds(
      'Fatima och Oskar berättade om ett bedrägeri i Fortnite. Vi tackade Fatima för att hon sa till en vuxen.',
      'Fatima',
      'Oskar',
    ),
    clean(
      'Frågor om MrBeast och om han verkligen delar ut Nintendo Switch. Vi förklarade att sådana konton ofta är bedrägerier.',
    ),
  ],
};
