// Skype for Business cmdlets, one module per noun family. Each registers its cmdlets when imported.
import './policies/external-access.js';
import './xmpp/xmpp.js';
import './edge/edge.js';
import './edge/providers.js';
import './topology/topology.js';
import './users/users.js';
import './verification/verification.js';
import './certificates/certificates.js';
import './help/index.js';
import './completers.js';
