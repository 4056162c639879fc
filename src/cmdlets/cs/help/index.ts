// Help text of the Skype for Business cmdlets, one module per family; each calls registerHelp().
import './external-access.js';
import './xmpp.js';
import './edge.js';
import './providers.js';
import './topology.js';
import './users.js';
import './verification.js';
import './certificates.js';
