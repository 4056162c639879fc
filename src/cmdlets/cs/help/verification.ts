// Help for the verification cmdlets (registerHelp from src/catalog/help.ts), in our own words.
export {};
