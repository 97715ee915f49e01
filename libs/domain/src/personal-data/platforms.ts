/** Platforms and games: their names are no person's, and no user name after a platform's name either. All lower case. */
export const PLATFORMS_AND_GAMES = [
  'discord', 'roblox', 'fortnite', 'minecraft', 'twitch', 'kick', 'youtube', 'tiktok', 'snapchat', 'snap',
  'instagram', 'insta', 'facebook', 'messenger', 'whatsapp', 'telegram', 'steam', 'xbox', 'playstation', 'psn',
  'nintendo', 'switch', 'epic', 'epic games', 'hypixel', 'bedwars', 'skywars', 'skyblock', 'brookhaven',
  'adopt me', 'blox fruits', 'tower of hell', 'murder mystery', 'jailbreak', 'arsenal', 'valorant', 'league',
  'league of legends', 'counter-strike', 'cs2', 'csgo', 'gta', 'gta v', 'call of duty', 'warzone', 'apex',
  'apex legends', 'overwatch', 'rocket league', 'fifa', 'ea fc', 'ea sports fc', 'among us', 'clash royale',
  'brawl stars', 'pokémon', 'pokemon', 'pokémon go', 'zelda', 'battle royale', 'creative', 'zero build',
  'chapter', 'season', 'battle pass', 'lego', 'lego fortnite', 'rust', 'terraria', 'stumble guys', 'fall guys',
  'genshin', 'genshin impact', 'honkai', 'reddit', 'google', 'gmail', 'hotmail', 'outlook', 'chatgpt',
  // Minecraft's big public servers.
  'gommehd', 'mineplex', 'cubecraft', 'wynncraft', '2b2t', 'funcraft', 'hivemc', 'the hive', 'manacube', 'complex gaming',
];
