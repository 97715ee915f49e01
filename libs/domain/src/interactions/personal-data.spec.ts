import {
  DEFAULT_PERSONAL_DATA_COUNTRIES,
  findPersonalData,
  maskIdentifier,
  PersonalDataFinding,
  PersonalDataOptions,
} from './personal-data';
import {
  belgianNationalNumber,
  dutchBsn,
  finnishPersonalIdentityCode,
  icelandicKennitala,
  norwegianNationalId,
  swedishPersonalNumber,
} from './national-ids.test-factory';
import { PersonalDataKind } from './vocabulary';

/** What the operator would see: each finding's kind and the text it covers. */
const found = (text: string, options?: PersonalDataOptions) =>
  findPersonalData(text, options).map((f) => [f.kind, text.slice(f.start, f.end)]);

/** A note with exactly one finding, of `kind`, covering exactly `identifier`. */
function expectOnly(text: string, kind: PersonalDataKind, identifier: string, options?: PersonalDataOptions) {
  const findings = findPersonalData(text, options);
  expect(findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([[kind, identifier]]);
  expect(findings[0].start).toBe(text.indexOf(identifier));
  expect(findings[0].end).toBe(text.indexOf(identifier) + identifier.length);
  return findings[0];
}

describe('findPersonalData', () => {
  describe('EMAIL', () => {
    it.each([
      ['en', 'He asked us to write to ola.nordmann99@gmail.com instead.', 'ola.nordmann99@gmail.com'],
      ['nb', 'Jenta ga oss e-posten sin: kari_2011@hotmail.no.', 'kari_2011@hotmail.no'],
      ['fr', 'Il a envoyé son adresse, lucas.dupont@skynet.be, dans le chat.', 'lucas.dupont@skynet.be'],
      ['is', 'Hann sendi netfangið jon.jonsson@simnet.is í spjallinu.', 'jon.jonsson@simnet.is'],
      ['de', 'Die E-Mail-Adresse lautet ömer.yıldız@gmx.de laut Chat.', 'ömer.yıldız@gmx.de'],
    ])('finds a plain address (%s)', (_lng, text, address) => {
      expectOnly(text, 'EMAIL', address);
    });

    it.each([
      ['en', 'Contact: ola (at) gmail (dot) com', 'ola (at) gmail (dot) com'],
      ['nb', 'Skrev adressen som ola[at]domene.no for å lure filteret.', 'ola[at]domene.no'],
      ['nl', 'Mail naar jan.jansen(at)hotmail(punt)nl zei hij.', 'jan.jansen(at)hotmail(punt)nl'],
      ['fi', 'Osoite oli matti [at] gmail [piste] com.', 'matti [at] gmail [piste] com'],
      ['sv', 'Adressen var kalle{at}telia.se enligt honom.', 'kalle{at}telia.se'],
    ])('finds an obfuscated address (%s)', (_lng, text, address) => {
      expectOnly(text, 'EMAIL', address);
    });
  });

  describe('PHONE', () => {
    it.each([
      ['nb mobile', 'Hun la ut nummeret 412 34 567 i kanalen.', '412 34 567'],
      ['nb mobile, unbroken', 'Ring meg på 91234567 sa han.', '91234567'],
      ['nn landline', 'Han oppgav telefonnummeret 22 33 44 55 til oss.', '22 33 44 55'],
      ['+47', 'Nummeret hans er +47 412 34 567.', '+47 412 34 567'],
      ['0047', 'Han skreiv 0047 41234567 i chatten.', '0047 41234567'],
      ['be mobile (fr)', 'Il a donné son numéro 0470 12 34 56 à un inconnu.', '0470 12 34 56'],
      ['be mobile with slash (nl)', 'Hij gaf zijn gsm-nummer 0470/12.34.56 door.', '0470/12.34.56'],
      [
        'spaced slashes and dashes, (0)',
        'Er tippte „+49 (0) 151 / 2384 – 6617“ und dazu',
        '+49 (0) 151 / 2384 – 6617',
      ],
      ['00354 with dashes', 'Hann skrifaði „hringdu í 00354 – 661 – 2093“ og', '00354 – 661 – 2093'],
      [
        '+358 (0)40 with slashes',
        '"Soita +358 (0)40 / 518 / 2276", kirjoitti poika',
        '+358 (0)40 / 518 / 2276',
      ],
      ['be landline (de)', 'Die Festnetznummer 02 123 45 67 stand im Profil.', '02 123 45 67'],
      ['+32 (0)', 'Er schrieb +32 (0)470 12 34 56 in den Chat.', '+32 (0)470 12 34 56'],
      ['nl mobile with dash', 'Ze stuurde haar nummer 06-12345678 in een privébericht.', '06-12345678'],
      ['nl mobile grouped', 'Bel me op 06 1234 5678 zei de jongen.', '06 1234 5678'],
      ['nl landline', 'Het vaste nummer 010-1234567 werd genoemd.', '010-1234567'],
      ['+31', 'Nummer: +31 6 12345678', '+31 6 12345678'],
      ['is grouped', 'Hann gaf upp símanúmerið 690 1234 í spjallinu.', '690 1234'],
      ['is unbroken', 'Númerið er 6901234, sagði hún.', '6901234'],
      ['+354', 'Símanúmer +354 690 1234.', '+354 690 1234'],
      ['fi mobile', 'Nuori antoi numeronsa 040 123 4567 chatissa.', '040 123 4567'],
      ['fi mobile with dash', 'Puhelinnumero 050-1234567 näkyi profiilissa.', '050-1234567'],
      ['fi landline', 'Kotinumero oli 09 1234 567.', '09 1234 567'],
      ['+358', 'Soita numeroon +358 40 123 4567.', '+358 40 123 4567'],
      ['German mobile, any week', 'Er gab seine Nummer 0151/23456789 im Chat.', '0151/23456789'],
      ['German mobile in blocks', 'Ruf 0176 1234 5678 an, schrieb sie.', '0176 1234 5678'],
      ['British mobile, any week', 'He typed 07911 123 456 in the chat.', '07911 123 456'],
    ])('finds %s', (_format, text, number) => {
      expectOnly(text, 'PHONE', number);
    });

    it('finds Swedish numbers when Sweden is among the countries, as it is by default', () => {
      expect(DEFAULT_PERSONAL_DATA_COUNTRIES).toContain('SE');
      expectOnly('Hon skrev sitt nummer 070-123 45 67 i chatten.', 'PHONE', '070-123 45 67');
      expectOnly('Numret 08-123 456 78 stod i profilen.', 'PHONE', '08-123 456 78');
      // A Stockholm number fits none of the other countries' formats: a week without Sweden does not look for it.
      expect(
        found('Numret 08-123 456 78 stod i profilen.', { countries: ['NO', 'BE', 'NL', 'IS', 'FI'] }),
      ).toEqual([]);
    });

    it('looks only for the formats of the countries asked for', () => {
      expect(found('Ring 412 34 567', { countries: ['BE'] })).toEqual([]);
      expect(found('Ring 412 34 567', { countries: ['no'] })).toEqual([['PHONE', '412 34 567']]);
      // International numbers are numbers whichever countries take part.
      expect(found('Ring +47 412 34 567', { countries: [] })).toEqual([['PHONE', '+47 412 34 567']]);
    });

    it('separates an age from the number written next to it', () => {
      expect(found('Gutt 15 41234567 ba om hjelp')).toEqual([['PHONE', '41234567']]);
    });
  });

  describe('HANDLE', () => {
    it.each([
      ['nn', 'Ho skreiv at vi kunne følgje @kari_nordmann på Instagram.', '@kari_nordmann'],
      ['en', 'Reported by @shadow.fox in the public chat', '@shadow.fox'],
      ['fi', 'Nuori kertoi TikTok-tilinsä: @pelaaja_2010.', '@pelaaja_2010'],
    ])('finds an @handle (%s)', (_lng, text, handle) => {
      expectOnly(text, 'HANDLE', handle);
    });

    it('does not take an e-mail address, a time, a short word or a group mention for a handle', () => {
      expect(found('Vi møtes @ 10:00 i kanalen.')).toEqual([]);
      expect(found('Meeting @10:00 tomorrow')).toEqual([]);
      expect(found('Hi @jo')).toEqual([]);
      expect(found('He pinged @everyone and @here')).toEqual([]);
      expect(found('Mail: kari@skole.no')).toEqual([['EMAIL', 'kari@skole.no']]);
    });
  });

  describe('GAMER_TAG', () => {
    it.each([
      ['Discord legacy tag', 'Han la meg til som Mørkeulv#1234 på Discord.', 'Mørkeulv#1234'],
      ['Battle.net tag', 'His BattleTag is ShadowFox#12345.', 'ShadowFox#12345'],
      ['Riot ID', 'Speelt League als Faker#EUW1 zei hij.', 'Faker#EUW1'],
      ['Riot ID without digits', 'Il joue sous Lucas#EUW le soir.', 'Lucas#EUW'],
    ])('finds a %s', (_format, text, tag) => {
      expectOnly(text, 'GAMER_TAG', tag);
    });

    it.each([
      ['en', 'Xbox gamertag: DarkLord99, plays most evenings.', 'DarkLord99'],
      ['en', 'username: shadowfox', 'shadowfox'],
      ['en', 'Her in-game name ShadowFox_77 came up twice.', 'ShadowFox_77'],
      ['en', 'His username is DarkLord99 on PSN.', 'DarkLord99'],
      ['en', 'nick: Shadow. Later left.', 'Shadow'],
      ['en', 'IGN: xXSlayerXx', 'xXSlayerXx'],
      ['nb', 'Brukernavn: mørkeulv, 14 år.', 'mørkeulv'],
      ['nb', 'Brukernavnet hans er Ulv_07 på Roblox.', 'Ulv_07'],
      ['nn', 'Brukarnamnet hennar er «Snøkrystall» i spelet.', 'Snøkrystall'],
      ['nl', 'Gebruikersnaam: jantje2010 (Fortnite).', 'jantje2010'],
      ['fr', 'Son pseudo : LeLoup, rencontré sur Fortnite.', 'LeLoup'],
      ['fr', "Nom d'utilisateur: lucas_be", 'lucas_be'],
      ['de', 'Benutzername: schattenwolf', 'schattenwolf'],
      ['de', 'Der Nutzername lautet „Wolf 12“ laut Chat.', 'Wolf 12'],
      ['is', 'Notandanafn: Bjossi, spilar Minecraft.', 'Bjossi'],
      ['is', 'Notandanafnið hans er Bjossi_10.', 'Bjossi_10'],
      ['fi', 'Käyttäjätunnus: Pelaaja99', 'Pelaaja99'],
      ['fi', 'Nimimerkki on "Kettu 2011" Robloxissa.', 'Kettu 2011'],
      ['sv', 'Användarnamn: kalle_anka', 'kalle_anka'],
      ['sv', 'Användarnamnet är Kalle2010 på Discord.', 'Kalle2010'],
    ])('finds the name after a label (%s)', (_lng, text, name) => {
      expectOnly(text, 'GAMER_TAG', name);
    });

    it('does not take an ordinary word after a label without a colon for a name', () => {
      expect(found('The username is unknown to us.')).toEqual([]);
      expect(found('Brukernavnet er ikke kjent.')).toEqual([]);
      expect(found('Le pseudo est inconnu.')).toEqual([]);
      expect(found('Nickname unbekannt.')).toEqual([]);
    });

    it('finds a user name after a platform name only when it looks like one', () => {
      expect(found('Snap: kari2011, Insta: @kari_n')).toEqual([
        ['GAMER_TAG', 'kari2011'],
        ['GAMER_TAG', '@kari_n'],
      ]);
      expectOnly('PSN: Ulv_07.', 'GAMER_TAG', 'Ulv_07');
      expect(found('Discord: rolig kveld i kanalen. Roblox: mange unge.')).toEqual([]);
    });

    it('does not take "unknown" after a label for a name', () => {
      expect(found('Brukernavn: ukjent. Gebruikersnaam: onbekend. Käyttäjätunnus: tuntematon.')).toEqual([]);
    });

    it('does not take a hashtag or an issue number for a tag', () => {
      expect(found('Kampanjen #nettvett gikk bra, se også issue#123.')).toEqual([]);
    });
  });

  describe('what a note writes beside a contact and is none', () => {
    it('leaves a web site after a preposition, labels that say there is none, ages and session codes alone', () => {
      expect(found('Svindel kan meldast på politiet.no; platform help is at support.discord.com.')).toEqual(
        [],
      );
      expect(
        found('Navn: ikke oppgitt | Nom: non communiqué | Namn: ej uppgivet | Name: nicht angegeben'),
      ).toEqual([]);
      expect(
        found('Snap – T13, 7. lk; Snapchat – J15 – Klasse 4; økt NO-11 på Minecraft; BE-DG-8 auf Minecraft'),
      ).toEqual([]);
      expect(
        found('Kampen endte 3 – 2 og vi spilte fra 20.00 – 22.00, 14 / 15 år; TikTok Live at 21:00.'),
      ).toEqual([]);
    });
    it('leaves a label that says where the name is kept, and a police case number, alone', () => {
      expect(
        found(
          'Mistenktes brukernavn er registrert i eget skjema. The gamertag is recorded in the case system.',
        ),
      ).toEqual([]);
      expect(found('Vísað til Barnaverndar, málsnr. 007-2025-41233.')).toEqual([]);
      expect(found('Fjölskyldan geymir skjáskot. Málsnúmer lögreglu 007-2024-118739')).toEqual([]);
      expect(found('eine Schlägerei nach der Schule am Freitag.')).toEqual([]);
    });
    it('finds what someone calls themselves when it is written like a user name', () => {
      expectOnly('Der Junge nennt sich xXSchattenwolfXx und erzählte.', 'GAMER_TAG', 'xXSchattenwolfXx');
      expectOnly('brukeren kalte seg ellaxbella2011 og sa', 'GAMER_TAG', 'ellaxbella2011');
      expectOnly('a boy of 13 told us he plays as xXShadowFoxXx and that', 'GAMER_TAG', 'xXShadowFoxXx');
    });
    it('leaves a service’s own number, countries, languages and German articles alone', () => {
      expect(found('melding gedaan bij Fraudehelpdesk 088 786 73 72, 15/04')).toEqual([]);
      expect(found('en France, l’article 227-22-1; we need a moderator who speaks German.')).toEqual([]);
      expect(found('Die Polizeizonen Weser-Göhl und Eifel haben sieben Sitzungen bestritten.')).toEqual([]);
      expect(
        found('Jente (12) på TikTok sier at far er full. Skjámyndir vistaðar, mál 007-2024-1183 stofnað.'),
      ).toEqual([]);
    });
    it('finds a user name in one’s own introduction, and a nickname others call one by', () => {
      expectOnly("«jsp frère ajoute-moi sur Roblox, c'est BilalDu4000»", 'GAMER_TAG', 'BilalDu4000');
      expectOnly('„Alle nennen mich Krümel, digga"', 'PERSON_NAME', 'Krümel');
      expect(found("c'est Fortnite, c'est MrBeast, im fine, ich bin 14")).toEqual([]);
    });
    it('still finds an address said with a preposition and a mail host', () => {
      expect(found('kari at gmail.com')).toEqual([['EMAIL', 'kari at gmail.com']]);
    });
  });

  describe('identifiers typed to slip past a filter', () => {
    it.each([
      [
        'full-width digits',
        'Han sende fødselsnummeret: １１０６１２ ８２３９６. Vi bad',
        'NATIONAL_ID',
        '１１０６１２ ８２３９６',
      ],
      ['pictures between digits', 'Han skrev nummeret: 47🔥11🔥28🔥39. Vi sa', 'PHONE', '47🔥11🔥28🔥39'],
      ['keycap digits', 'Stelpa sendi símanúmerið: 6️⃣9️⃣1️⃣-2️⃣4️⃣8️⃣3️⃣. Útskýrði', 'PHONE', '6️⃣9️⃣1️⃣-2️⃣4️⃣8️⃣3️⃣'],
      ['l and O for 1 and 0', 'Han skreiv mobilnummeret: 4l5 O7 2l9 (l for 1).', 'PHONE', '4l5 O7 2l9'],
      [
        'a bracketed group',
        'typte zijn BSN met haakjes: 273 (849) 153. Moderator',
        'NATIONAL_ID',
        '273 (849) 153',
      ],
      [
        'a link with [.]',
        'skrev som snapchat[.]com/add/mathias_h2011 — det var',
        'PROFILE_LINK',
        'snapchat[.]com/add/mathias_h2011',
      ],
      [
        'a name spelled with dots',
        'buchstabierte: L.e.n.a S.c.h.m.i.t.z, damit',
        'PERSON_NAME',
        'L.e.n.a S.c.h.m.i.t.z',
      ],
    ])('finds %s, pointing at what was typed', (_what, text, kind, identifier) => {
      expectOnly(text, kind as PersonalDataKind, identifier);
    });
    it('reads letters typed for digits in addresses and cued user ids too', () => {
      expectOnly(
        'skrifaði heimilisfangið sem Hraunbæ 1O2, 11O Reykjavík. Sagði',
        'STREET_ADDRESS',
        'Hraunbæ 1O2, 11O Reykjavík',
      );
      expectOnly(
        'gav sitt användar-ID med bokstäver: 3849l2O576l9384O27. Förklarade',
        'USER_ID',
        '3849l2O576l9384O27',
      );
    });
    it('leaves numbers with letters for zeros that are no contact alone', () => {
      expect(
        found('Kinder fragten nach „1O.OOO gratis Robux“ – ein Skin kostet 4OO Robux, etwa ４,９９ €.'),
      ).toEqual([]);
    });
  });

  describe('USER_ID', () => {
    it('finds a user id or friend code after the words that say it is one, also grouped in thousands', () => {
      expectOnly('Il a ajouté que son id Roblox est le 3 906 154 882.', 'USER_ID', '3 906 154 882');
      expectOnly('Er tippte seine Roblox-Nutzer-ID 2 650 194 837.', 'USER_ID', '2 650 194 837');
      expectOnly('Han delte Steam-vennekoden sin, 839 204 117.', 'USER_ID', '839 204 117');
      expectOnly('from the other one, Roblox user id 4829163750.', 'USER_ID', '4829163750');
    });
    it('finds a UUID, a user id several words after its cue, and an id number after a comma', () => {
      expectOnly(
        'sendi okkur Minecraft-UUID þess sem hótaði: 3f9a2c7e-1b4d-4e8a-9c2f-6d1e0b7a5c43. 20:14',
        'USER_ID',
        '3f9a2c7e-1b4d-4e8a-9c2f-6d1e0b7a5c43',
      );
      expectOnly(
        'spelarens Roblox-ID, eftersom han också finns där: 3318470261. 20:14',
        'USER_ID',
        '3318470261',
      );
      expect(
        found('a younger viewer typed his NHS number, 612 039 4788, because').map(([kind]) => kind),
      ).toEqual(['NATIONAL_ID']);
      expectOnly('en spiller med gamertaggen Frostbit 2K10 fortalte at', 'GAMER_TAG', 'Frostbit 2K10');
    });
    it('finds a user id after a definite or an Icelandic word for it, and a handle of a name, an initial and a year', () => {
      expectOnly('Han sende òg Roblox-ID-en sin, 3819204756, så vi kunne', 'USER_ID', '3819204756');
      expectOnly('og notandanúmerið 1562093847 til að', 'USER_ID', '1562093847');
      expectOnly('she pasted his name there: "jonas.k.2004"', 'HANDLE', 'jonas.k.2004');
    });
    it('leaves services’ own numbers alone and still finds mobiles that begin alike', () => {
      expect(found('Card Stop anrufen (078 170 170); Centre de Prévention du Suicide, 0800 32 123.')).toEqual(
        [],
      );
      expectOnly('mobil 070-123 45 67', 'PHONE', '070-123 45 67');
    });
    it('leaves advice after a platform and a count after a colon alone', () => {
      expect(
        found('hva man gjør når en fremmed legger deg til på Snapchat: blokker, ikke legg til tilbake'),
      ).toEqual([]);
      expect(found('19:15 vocal Discord : 17 enfants, 10–13 ans')).toEqual([]);
    });
    it('leaves place ids, prices and versions alone', () => {
      expect(
        findPersonalData('Roblox place id 920587237 was the obby; version 1.20.4; 1 000 000 Robux.'),
      ).toEqual([]);
    });
  });

  describe('DISCORD_ID', () => {
    it('finds a 17–20 digit snowflake, also as a mention', () => {
      expectOnly('Discord-ID 123456789012345678 ble oppgitt.', 'DISCORD_ID', '123456789012345678');
      expectOnly('Il a mentionné <@81234567890123456> dans le salon.', 'DISCORD_ID', '81234567890123456');
    });

    it('does not take a shorter or longer run of digits for one', () => {
      expect(found('Saksnummer 1234567890123456 (16 sifre)')).toEqual([]);
      expect(found('Tall: 123456789012345678901')).toEqual([]);
    });
  });

  it('finds identity numbers written with an en dash', () => {
    expect(found('Nationalregisternummer 12.08.14–267.38 im Chat')).toEqual([
      ['NATIONAL_ID', '12.08.14–267.38'],
    ]);
  });

  it('takes no case number, invite of the police, star channel or game version on a server for an identifier', () => {
    expect(found('Málið er skráð undir málsnúmeri 007-2026-41233, sak 24-123456, ticket 48213.')).toEqual([]);
    expect(
      found(
        'we shared discord.gg/politipatrulje and twitch.tv/ninja; they played 1.20.4 på play.hypixel.net',
      ),
    ).toEqual([]);
    expect(found('his invite discord.gg/abc123 and his channel twitch.tv/shadowfox')).toEqual([
      ['PROFILE_LINK', 'discord.gg/abc123'],
      ['PROFILE_LINK', 'twitch.tv/shadowfox'],
    ]);
  });

  describe('PROFILE_LINK', () => {
    it.each([
      'https://discord.gg/abc123',
      'discord.com/users/123456789012345678',
      'https://www.twitch.tv/shadowfox',
      'youtube.com/@kari.lager.video',
      'https://www.youtube.com/channel/UC1234567890abcdef',
      'https://www.tiktok.com/@pelaaja_2010',
      'instagram.com/kari_nordmann',
      'https://m.facebook.com/ola.nordmann',
      'https://www.facebook.com/profile.php?id=100012345678901',
      'snapchat.com/add/kari2011',
      'https://steamcommunity.com/id/shadowfox',
      'https://steamcommunity.com/profiles/76561198000000000',
      'https://www.roblox.com/users/123456789/profile',
      'x.com/shadowfox',
      'https://twitter.com/shadowfox',
      'https://www.reddit.com/u/shadowfox',
      'reddit.com/user/shadow-fox',
      'https://namemc.com/profile/Notch.1',
    ])('finds %s', (link) => {
      expectOnly(`Lenke i chatten: ${link}. Fulgt opp.`, 'PROFILE_LINK', link);
    });

    it('does not flag help services, news sites or a platform home page', () => {
      expect(
        found(
          'Vi viste til https://www.kors-gen.no, https://www.113.nl, https://www.mll.fi/nuoret, ' +
            'https://www.redbarnet.dk og https://www.nrk.no/nyheter/spill-1.2345 – og til discord.com og https://www.roblox.com/.',
        ),
      ).toEqual([]);
    });

    it('reports a profile link once, not also as a handle or a Discord id', () => {
      expect(
        found('See https://www.tiktok.com/@pelaaja_2010 and discord.com/users/123456789012345678'),
      ).toEqual([
        ['PROFILE_LINK', 'https://www.tiktok.com/@pelaaja_2010'],
        ['PROFILE_LINK', 'discord.com/users/123456789012345678'],
      ]);
    });
  });

  describe('IP_ADDRESS', () => {
    it.each([
      ['IPv4', 'IP-adressen 192.168.10.25 dukket opp i loggen.', '192.168.10.25'],
      ['IPv4 at the end of a sentence', 'Het IP-adres was 84.212.3.1.', '84.212.3.1'],
      [
        'full IPv6',
        'Adresse IPv6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 relevée.',
        '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
      ],
      ['compressed IPv6', 'IP-osoite 2001:db8:85a3::8a2e:370:7334 näkyi.', '2001:db8:85a3::8a2e:370:7334'],
    ])('finds %s', (_form, text, ip) => {
      expectOnly(text, 'IP_ADDRESS', ip);
    });

    it('does not take versions, dates, times or out-of-range octets for an address', () => {
      expect(found('Appen er i versjon 1.2.3, oppdatert 20.11.2025 kl. 10:30:15.')).toEqual([]);
      expect(found('Version 10.2.3.4 of the launcher')).toEqual([]);
      expect(found('Nummer 256.1.1.1 en 1.2.3.4.5')).toEqual([]);
      expect(found('MAC 00:1a:2b:3c:4d:5e, tid 10:30:45, ::1')).toEqual([]);
    });
  });

  describe('NATIONAL_ID', () => {
    const no = norwegianNationalId('2010-06-15');
    const be = belgianNationalNumber('2011-04-02', 154);
    const nl = dutchBsn(23456789);
    const is = icelandicKennitala('2010-08-14');
    const fi = finnishPersonalIdentityCode('2011-03-05', 247);
    const se = swedishPersonalNumber('2009-11-20');

    it.each([
      ['NO', `Gutten oppga fødselsnummeret ${no} i chatten.`, no],
      [
        'NO',
        `Fnr. ${no.slice(0, 6)} ${no.slice(6)} ble skrevet i chatten.`,
        `${no.slice(0, 6)} ${no.slice(6)}`,
      ],
      [
        'NO',
        `D-nummer ${norwegianNationalId('2009-09-01', 0, { dNumber: true })}.`,
        norwegianNationalId('2009-09-01', 0, { dNumber: true }),
      ],
      ['BE', `Hij gaf zijn rijksregisternummer ${be} door.`, be],
      ['BE', `Numéro de registre national : ${be.replace(/\D/g, '')}.`, be.replace(/\D/g, '')],
      ['NL', `Ze noemde haar BSN ${nl} in de chat.`, nl],
      ['IS', `Hann gaf upp kennitöluna ${is} í spjallinu.`, is],
      ['FI', `Nuori kirjoitti henkilötunnuksensa ${fi} chattiin.`, fi],
    ] as const)('finds a valid %s number', (country, text, id) => {
      const finding = expectOnly(text, 'NATIONAL_ID', id);
      expect(finding).toMatchObject({ kind: 'NATIONAL_ID', country });
    });

    it('finds a Swedish personnummer only when Sweden is among the countries', () => {
      const text = `Hon skrev sitt personnummer ${se} i chatten.`;
      expect(findPersonalData(text, { countries: ['FI', 'SE'] })).toMatchObject([
        { kind: 'NATIONAL_ID', country: 'SE' },
      ]);
      expect(found(text, { countries: ['FI'] })).toEqual([]);
    });

    it('does not flag numbers whose check digits fail', () => {
      const wrong = (id: string) => id.slice(0, -1) + String((Number(id.at(-1)) + 1) % 10);
      expect(found(`Saksnummer ${wrong(no)}`)).toEqual([]);
      expect(found(`Dossier ${wrong(be)}`)).toEqual([]);
      expect(found(`Kenmerk ${wrong(nl)}`)).toEqual([]);
    });

    it('reads a letter O typed among the digits of a phone number as a zero, not in years and times', () => {
      expect(found('ring O4O 123 4567 sa han')).toEqual([['PHONE', 'O4O 123 4567']]);
      expect(found('het was 2O24 en 1O:3O, score 1O-2')).toEqual([]);
    });

    it('reports an identity number once, not also as a phone number', () => {
      expect(findPersonalData(`BSN: ${nl}`).map((f) => f.kind)).toEqual(['NATIONAL_ID']);
    });
  });

  describe('what is not personal data', () => {
    it.each([
      ['times', 'Økta startet 10:30 og sluttet 18.45, pause kl. 14.00. Session de 14h30. Aloitus klo 9.15.'],
      ['dates', 'Møte 20.11.2025, rapport 2025-11-20, neste 20/11 og 20. november. Fundur 21.11.2025.'],
      ['date and time together', 'Logged 02.11.2025 10.00, then 20.00-22.00 and 2024-2025 season.'],
      ['durations', 'Samtalen varte 45 min, totalt 1,5 t. Gesprek van 30 minuten. Keskustelu kesti 20 min.'],
      [
        'counts',
        'Vi snakket med 3 unge. We spraken drie jongeren en 12 kinderen. Puhuimme 2 nuorta kanssa. Við ræddum við 4 ungmenni.',
      ],
      ['age bands', 'Alder 13–15, 16-17 år, under 13. Âge : 13-15 ans. Ikä 16–17 vuotta.'],
      ['years', 'Patruljene har gått siden 2018, og i 2025 kom Island med.'],
      ['version numbers', 'Minecraft 1.20.4, Fortnite v29.10, Discord 0.0.312.'],
      ['prices', 'Skinet kostet 50 kr, kontoen €20, og han tapte 1 500 kr. Hij betaalde 4500000 ISK.'],
      ['session names', 'Discord · Kripos, Roblox · Politiet (økt 3), Fortnite · Poliisi.'],
      ['percentages', 'Andelen var 45 % og 12,5%.'],
      [
        'help lines',
        'Vi viste til 116 111, 116 123, 113, 112 og Kors på halsen 800 33 321. Hringdu í 1717. MIELI 09 2525 0111.',
      ],
      [
        'help lines (nl, fr, de)',
        'Bel 113 of 0800-0113. Appelez le 103 ou le 116 000. Die Nummer gegen Kummer 116 111.',
      ],
      ['police numbers', 'Politiet 02800, Polisen 114 14, Politie 0900-8844.'],
      ['scores and ranks', 'Han endte på rang 3 med 1200 poeng, level 45, 4 kills.'],
    ])('finds nothing in %s', (_what, text) => {
      expect(found(text)).toEqual([]);
    });

    it('finds nothing in an ordinary note in each working language', () => {
      const notes = [
        'Samtale med to gutter (13–15) om mobbing i spillet. Ga råd om blokkering og rapportering. Varte 20 min.',
        'Ho tok kontakt sjølv og spurde om politiet kan sjå meldingane hennar. Forklarte korleis vi jobbar.',
        'Jongen (16-17) vroeg hoe hij oplichting kan melden. Verwezen naar 0800-0113 niet nodig, wel naar de website.',
        'Le jeune a parlé de harcèlement sur Fortnite pendant 15 min, conseils donnés sur le blocage.',
        'Der Jugendliche fragte um 18.30 Uhr nach Betrug mit Skins; wir haben ihn auf die Meldefunktion hingewiesen.',
        'Ungmennið spurði um öryggi á netinu klukkan 14.00 og fékk ráð um lykilorð.',
        'Nuori (13–15) kysyi poliisin työstä klo 16.45. Keskustelu kesti 10 min, ilmapiiri myönteinen.',
        'Den unga frågade om bedrägerier i spelet och fick råd. Samtalet tog 25 min.',
        'Small talk about the new season with 5 players, positive tone, then advice on reporting.',
      ];
      expect(notes.flatMap((note) => found(note))).toEqual([]);
    });
  });

  describe('excerpts', () => {
    it('keeps only the first and last character of what was found', () => {
      const text = 'E-post kari_2011@hotmail.no, mobil 412 34 567, @kari_nordmann';
      const findings = findPersonalData(text);
      expect(findings.map((f) => f.excerpt)).toEqual([
        'k******************o',
        '4********7',
        '@************n',
      ]);
      for (const finding of findings) {
        const original = text.slice(finding.start, finding.end);
        expect(finding.excerpt).toHaveLength(original.length);
        expect(finding.excerpt).not.toContain(original.slice(1, -1));
      }
    });

    it('masks very short values completely', () => {
      expect(maskIdentifier('ab')).toBe('**');
      expect(maskIdentifier('abc')).toBe('a*c');
      expect(maskIdentifier('😀abc😀')).toBe('😀***😀');
    });
  });

  describe('offsets and overlaps', () => {
    it('counts offsets in UTF-16 code units, as String.prototype.slice does', () => {
      const text = '🎮🎮 Spillet: Kari#1234 😀 kari@skole.no';
      expect(findPersonalData(text)).toEqual<PersonalDataFinding[]>([
        { kind: 'GAMER_TAG', start: 14, end: 23, excerpt: 'K*******4' },
        { kind: 'EMAIL', start: 27, end: 40, excerpt: 'k***********o' },
      ]);
    });

    it('reports each identifier once, the most specific kind winning', () => {
      expect(found('username: kari@skole.no')).toEqual([['EMAIL', 'kari@skole.no']]);
      expect(found('gamertag: @kari_2011')).toEqual([['GAMER_TAG', '@kari_2011']]);
      expect(found('IP 22.33.44.55')).toEqual([['IP_ADDRESS', '22.33.44.55']]);
    });

    it('returns findings in the order they appear', () => {
      const text = '@kari_nordmann skrev 412 34 567 og kari@skole.no';
      expect(findPersonalData(text).map((f) => f.kind)).toEqual(['HANDLE', 'PHONE', 'EMAIL']);
    });
  });

  describe('long and hostile input', () => {
    // Each of these would take minutes with a backtracking-prone pattern; finishing at all is the assertion.
    it.each([
      ['letters before an @', 'a'.repeat(4000) + '@'],
      ['digits', '1'.repeat(4000)],
      ['digits and spaces', '1 '.repeat(2000)],
      ['digit pairs', '22 '.repeat(1333)],
      ['dotted digits', '1.'.repeat(2000)],
      ['colons', 'a:'.repeat(2000)],
      ['dotted labels', 'a.'.repeat(2000) + '/x'],
      ['hashes', 'ab#'.repeat(1333)],
      ['at signs', '@a'.repeat(2000)],
      ['label words', 'username '.repeat(444)],
      ['obfuscation', 'a (at) b (dot) '.repeat(266)],
    ])('returns for 4,000 characters of %s', (_what, text) => {
      expect(Array.isArray(findPersonalData(text))).toBe(true);
    });

    it('checks a realistic 4,000-character note and finds what is in it', () => {
      const filler = 'Samtale med ungdom om spill og nettvett, 20 min, kl. 14.00, 3 unge (13–15). ';
      const note = (filler.repeat(60) + 'Mobil 412 34 567.').slice(-4000);
      expect(note).toHaveLength(4000);
      expect(found(note)).toEqual([['PHONE', '412 34 567']]);
    });
  });
});
