// Help for the external-access cmdlets (registerHelp from src/catalog/help.ts), in our own words.
export {};
