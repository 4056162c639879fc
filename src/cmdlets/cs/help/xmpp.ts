// Help for the xmpp cmdlets (registerHelp from src/catalog/help.ts), in our own words.
export {};
