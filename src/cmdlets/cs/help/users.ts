// Help for the users cmdlets (registerHelp from src/catalog/help.ts), in our own words.
export {};
