// Help for the certificates cmdlets (registerHelp from src/catalog/help.ts), in our own words.
export {};
