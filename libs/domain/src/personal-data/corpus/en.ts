import {
  norwegianNationalId,
  finnishPersonalIdentityCode,
} from '../../interactions/national-ids.test-factory';
import { clean, CorpusNote, spaced, withIds } from './corpus-note';

const fnr = norwegianNationalId('2011-05-23', 31);
const hetu = finnishPersonalIdentityCode('2010-04-02', 411);

/** English: the working language, and the debriefs' English summaries. */
export const EN: readonly CorpusNote[] = [
  withIds('The boy said his name is Oliver Hansen and that he plays Fortnite every night.', 'Oliver Hansen'),
  withIds(
    'She typed her e-mail as sophie.baker10 at gmail dot com in the public chat.',
    'sophie.baker10 at gmail dot com',
  ),
  withIds('His Snap is jayden_fn2011, he asked us to add him.', 'jayden_fn2011'),
  withIds('He gave his number as 9 1 2 3 4 5 6 7, digit by digit.', '9 1 2 3 4 5 6 7'),
  withIds(
    `Summary: a boy posted his fødselsnummer ${spaced(fnr, 2, 2, 2, 3)} in a Discord channel.`,
    spaced(fnr, 2, 2, 2, 3),
  ),
  withIds('The girl calls herself Maja on Roblox and is being pressured by an adult.', 'Maja'),
  withIds(
    'He lives at Kerkstraat 45, 3511 LX Utrecht, he wrote without being asked.',
    'Kerkstraat 45, 3511 LX Utrecht',
  ),
  withIds('She is in year 8 at Oak Park School and is bullied in a Minecraft server.', 'Oak Park School'),
  withIds('Her brother, Noah Jensen, had received the same messages.', 'Noah Jensen'),
  withIds(`A Finnish girl wrote her henkilötunnus ${hetu} to prove her age.`, hetu),
  withIds('His Discord is ShadowKid_2010 and he plays at night with strangers.', 'ShadowKid_2010'),
  withIds(
    'Her Insta is instagram.com/lily.evans.09; asked her to make it private.',
    'instagram.com/lily.evans.09',
  ),
  withIds('The boy introduced himself as Lucas Peeters and asked about joining the police.', 'Lucas Peeters'),
  withIds('Phone number shared: 06 – 123 456 78. We asked him to delete it.', '06 – 123 456 78'),
  withIds('He goes by Thomas in game; he is scared of an older player.', 'Thomas'),
  withIds(
    'Summary: a girl named Emma Lindberg shared her school, Ullern skole, and class 8B.',
    'Emma Lindberg',
    'Ullern skole',
  ),
  withIds(
    'He wrote his mail as liam.walker at hotmail dot co dot uk to get past the filter.',
    'liam.walker at hotmail dot co dot uk',
  ),

  clean('Talked with three young people (13-15) on Fortnite about bullying. Advice on blocking. 20 minutes.'),
  clean('He told us his name but we did not write it down. Referred to Childline 116 111.'),
  clean('She played as Alex in Minecraft and asked how to report a server.'),
  clean('Young people from Oslo, Tampere and Ghent dropped by the channel. No concerns.'),
  clean('Explained that Kripos, the NCCC and the local police do not investigate in the channel.'),
  clean('Lots of questions about Erling Haaland and Taylor Swift. Relaxed mood.'),
  clean('Shift from 18:00 to 21:30, 14 conversations, 3 about skin scams.'),
  clean('A boy asked whether Karl Johans gate is closed for the parade. General advice.'),
  clean('She said her school had a workshop on online safety. Positive tone.'),
  clean('He won 3-1 in Rocket League and was in a good mood.'),
  clean('His Snapchat is private, he said, only friends see his stories.'),
  clean('He paid €20 for V-Bucks and was scammed. Advised him to talk to his parents.'),
  clean('The boys talked about Herobrine, Jonesy and Peely. Good atmosphere.'),
  clean('Pointed to 112 for emergencies and to the Kindertelefoon 0800-0432.'),
  clean('He is in 8th grade and wanted to know what the police do on Discord.'),
  clean('Minecraft 1.20.4 and the new Fortnite season, Chapter 6, were the main topics.'),
  clean('Mario, Luigi and Sonic came up as favourite characters. Nothing to report.'),
];
