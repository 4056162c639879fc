// Help for the edge cmdlets (registerHelp from src/catalog/help.ts), in our own words.
export {};
