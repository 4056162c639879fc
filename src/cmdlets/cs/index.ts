// Skype for Business cmdlets, one module per noun family. Each registers its cmdlets when imported.
import './external-access.js';
import './xmpp.js';
import './edge.js';
import './providers.js';
import './topology.js';
import './users.js';
import './verification.js';
import './certificates.js';
import './help/index.js';
import './completers.js';
