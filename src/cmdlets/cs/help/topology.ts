// Help for the topology cmdlets (registerHelp from src/catalog/help.ts), in our own words.
export {};
