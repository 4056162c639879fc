// Help for the providers cmdlets (registerHelp from src/catalog/help.ts), in our own words.
export {};
