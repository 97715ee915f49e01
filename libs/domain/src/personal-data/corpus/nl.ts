import { belgianNationalNumber, dutchBsn } from '../../interactions/national-ids.test-factory';
import { clean, CorpusNote, withIds } from './corpus-note';

const bsn = dutchBsn(31415926);
const rrn = belgianNationalNumber('2011-06-18', 87);

/** Dutch, from the Netherlands and Flanders. */
export const NL: readonly CorpusNote[] = [
  withIds(
    'Ze heet Sanne de Vries en woont op de Kerkstraat 12, 3511 LX Utrecht.',
    'Sanne de Vries',
    'Kerkstraat 12, 3511 LX Utrecht',
  ),
  withIds('Jongen (13-15) gaf zijn nummer: 06 – 123 456 78. Gevraagd het te verwijderen.', '06 – 123 456 78'),
  withIds(
    'Het meisje mailde vanaf lotte.jansen11 apenstaartje hotmail punt com.',
    'lotte.jansen11 apenstaartje hotmail punt com',
  ),
  withIds('Hij zit in groep 8 van De Regenboog en wordt gepest in Roblox.', 'groep 8 van De Regenboog'),
  withIds('Zijn Snap is daan_gamer2010, hij wilde dat wij hem toevoegden.', 'daan_gamer2010'),
  withIds('Ze is te vinden op Insta als fleur.bakker.09, zei ze zelf.', 'fleur.bakker.09'),
  withIds(
    `Het BSN ${bsn.slice(0, 4)} ${bsn.slice(4, 6)} ${bsn.slice(6)} werd door een andere speler gedeeld.`,
    `${bsn.slice(0, 4)} ${bsn.slice(4, 6)} ${bsn.slice(6)}`,
  ),
  withIds('De jongen noemde zichzelf Bram Visser en vroeg naar een baan bij de politie.', 'Bram Visser'),
  withIds(
    'Hij woont in de Molenstraat 45 in Gent, vertelde hij zonder dat we erom vroegen.',
    'Molenstraat 45',
  ),
  withIds('Gsm-nummer 04 70 12 34 56 stond in zijn bericht aan ons.', '04 70 12 34 56'),
  withIds(`Rijksregisternummer ${rrn} werd in het kanaal gepost.`, rrn),
  withIds(
    'Ze zit in het tweede middelbaar op het Sint-Jozefcollege en heet Noor.',
    'Noor',
    'Sint-Jozefcollege',
  ),
  withIds(
    'Haar TikTok is tiktok.com/@emma.pieters; ze krijgt daar haatberichten.',
    'tiktok.com/@emma.pieters',
  ),
  withIds('Zijn moeder, Inge Vermeulen, was ook in de chat aanwezig.', 'Inge Vermeulen'),
  withIds('Discord: JesseXx_07, speelt elke avond Fortnite met onbekende volwassenen.', 'JesseXx_07'),
  withIds('Het meisje heet Lieke en vertelde dat een volwassen man haar foto’s vroeg.', 'Lieke'),
  withIds('Hij gaf zijn adres door: Dorpsweg 8, 7431 AB Diepenveen.', 'Dorpsweg 8, 7431 AB Diepenveen'),

  clean(
    'Gesprek met drie jongens (13-15) in Fortnite over pesten. Uitgelegd hoe je iemand blokkeert. 20 minuten.',
  ),
  clean('Hij zei zijn naam, maar die hebben we niet genoteerd. Verwezen naar De Kindertelefoon 0800-0432.'),
  clean('Meisje speelde als Alex in Minecraft en vroeg hoe je een server meldt. Positieve toon.'),
  clean('Jongeren uit Utrecht en Rotterdam kwamen langs in het kanaal. Geen zorgen.'),
  clean('Uitgelegd dat de Politie en de digitale wijkagent niet rechercheren in het kanaal.'),
  clean('Veel vragen over Max Verstappen en Virgil van Dijk. Luchtig gesprek.'),
  clean('Sessie van 18.00 tot 21.30 uur, 14 gesprekken, 2 over oplichting met skins.'),
  clean('De jongen vroeg of de Kerkstraat in Utrecht afgesloten is. Verwezen naar de gemeente.'),
  clean('Ze zei dat haar school een gastles over online veiligheid krijgt. Vond ze leuk.'),
  clean('Hij verloor met 2-5 in Rocket League en was boos. Gesproken over sportiviteit.'),
  clean('Haar Snapchat staat op privé, zei ze, alleen vrienden zien haar verhalen.'),
  clean('Hij betaalde € 20 voor V-Bucks en werd opgelicht. Advies: praat met je ouders.'),
  clean('Veel gepraat over Herobrine, Steve en Peely. Goede sfeer.'),
  clean('Verwezen naar 113 Zelfmoordpreventie (0800-0113) en naar 112 bij direct gevaar.'),
  clean('Ze zit in groep 7 en vroeg wat de politie op Discord doet. Algemene uitleg.'),
  clean('Meldknop.nl en Helpwanted.nl genoemd als hulp bij sextortion. Duur 15 min.'),
  clean('Speler vroeg om versie 1.20.4 van de mod; uitgelegd dat wij daar niet over gaan.'),
];
