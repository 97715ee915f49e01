/** Mantine palette colours that stay readable as a light block background in both colour schemes. */
const PALETTE = [
  'indigo',
  'teal',
  'orange',
  'red',
  'grape',
  'cyan',
  'lime',
  'pink',
  'yellow',
  'blue',
  'violet',
  'green',
];

/** The reference platforms keep colours people learn during the week; added ones get a stable one by code. */
const KNOWN: Record<string, string> = {
  DISCORD: 'indigo',
  MINECRAFT: 'green',
  FORTNITE: 'violet',
  ROBLOX: 'red',
  TWITCH: 'grape',
  // The other built-in platforms, each apart from the five above (a hash put Steam next to Discord's indigo).
  STEAM: 'cyan',
  TIKTOK: 'pink',
  INSTAGRAM: 'orange',
  FACEBOOK: 'blue',
  SNAPCHAT: 'yellow',
};

export function platformColor(code: string): string {
  const known = KNOWN[code];
  if (known) return known;
  let hash = 0;
  for (const char of code) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}
