// Skype for Business cmdlets, one module per noun family, and their help (help/*.ts), as the modules
// declare them. Importing a module changes no table: the session reads these lists.
import type { CmdletDefinition } from '../../engine/cmdlet.js';
import type { HelpDeclaration } from '../../catalog/help.js';
import type { EnumPropertyDeclaration } from '../../engine/runtime/enumProperties.js';
import * as policiesExternalAccess from './policies/external-access.js';
import * as xmpp from './xmpp/xmpp.js';
import * as edge from './edge/edge.js';
import * as edgeProviders from './edge/providers.js';
import * as topology from './topology/topology.js';
import * as topologyDns from './topology/dns.js';
import * as topologyManagement from './topology/management.js';
import * as topologySipDomains from './topology/sipDomains.js';
import * as topologyWindowsServices from './topology/windowsServices.js';
import * as users from './users/users.js';
import * as usersGrants from './users/grants.js';
import * as usersChanges from './users/changes.js';
import * as usersObjects from './users/objects.js';
import * as verification from './verification/verification.js';
import * as certificates from './certificates/certificates.js';
import * as externalAccessHelp from './help/external-access.js';
import * as xmppHelp from './help/xmpp.js';
import * as edgeHelp from './help/edge.js';
import * as providersHelp from './help/providers.js';
import * as topologyHelp from './help/topology.js';
import * as dnsHelp from './help/dns.js';
import * as usersHelp from './help/users.js';
import * as verificationHelp from './help/verification.js';
import * as certificatesHelp from './help/certificates.js';
export { csCompleters } from './completers.js';

/** Every Skype for Business cmdlet this shell implements. */
export const csCmdlets: readonly CmdletDefinition[] = Object.freeze([
  ...policiesExternalAccess.cmdlets,
  ...xmpp.cmdlets,
  ...edge.cmdlets,
  ...edgeProviders.cmdlets,
  ...topology.cmdlets,
  ...topologyDns.cmdlets,
  ...topologyManagement.cmdlets,
  ...topologySipDomains.cmdlets,
  ...topologyWindowsServices.cmdlets,
  ...users.cmdlets,
  ...usersGrants.cmdlets,
  ...usersChanges.cmdlets,
  ...verification.cmdlets,
  ...certificates.cmdlets,
]);

/** The enum-typed properties of the Skype for Business objects. */
export const csEnumProperties: readonly EnumPropertyDeclaration[] = Object.freeze([
  ...policiesExternalAccess.enumProperties,
  ...xmpp.enumProperties,
  ...edge.enumProperties,
  ...edgeProviders.enumProperties,
  ...usersObjects.enumProperties,
]);

/** The help text of the Skype for Business cmdlets. */
export const csHelp: readonly HelpDeclaration[] = Object.freeze([
  ...externalAccessHelp.help,
  ...xmppHelp.help,
  ...edgeHelp.help,
  ...providersHelp.help,
  ...topologyHelp.help,
  ...dnsHelp.help,
  ...usersHelp.help,
  ...verificationHelp.help,
  ...certificatesHelp.help,
]);
