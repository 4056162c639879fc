// For every Skype cmdlet that changes something: a call that works on the demo deployment (the base
// the bad-input matrix varies one parameter of), what to create first, and how to read the result back.

/** Parameter name → PowerShell expression; `SWITCH` gives the switch without a value, `:x` gives `-Name:x`. */
export type Args = Record<string, string>;

export const SWITCH = 'SWITCH';

export interface MatrixBase {
  cmdlet: string;
  /** Run once on the cmdlet's fresh store, before any case. */
  setup?: string;
  /** The base call's arguments (a working call), before one parameter is replaced by the bad value. */
  args: Args;
  /** Command that reads back the changed object; gets the final arguments (the bad value is `$v`). */
  readBack?: (args: Args) => string;
  /** Property of the read-back object that shows a parameter, when it is not named like it. */
  property?: Record<string, string>;
  /** Parameters not varied (a value would do slow or outside work, e.g. generate a key). */
  skip?: string[];
  /** The base call itself fails on the demo deployment (no file, no certificate): only refusals are judged. */
  failsAlone?: boolean;
}

/** The identity to read back by: -Domain is a String parameter, so its value reads back as its string form. */
const identityOf = (fallback: string) => (a: Args) => a.Identity ?? (a.Domain ? `([string]${a.Domain})` : fallback);
const getBy = (noun: string, fallback: string) => (a: Args) => `Get-${noun} -Identity ${identityOf(fallback)(a)}`;

/** New-/Set-/Remove- (and Enable-/Disable-) of a named configuration object. */
function namedObject(noun: string, identity: string, newArgs: Args, extra: { enable?: boolean; set?: boolean } = {}): MatrixBase[] {
  const create = `New-${noun} -Identity ${identity} ${Object.entries(newArgs).map(([k, v]) => `-${k} ${v}`).join(' ')} | Out-Null`;
  const bases: MatrixBase[] = [
    { cmdlet: `New-${noun}`, args: { Identity: identity, ...newArgs }, readBack: getBy(noun, identity) },
    { cmdlet: `Remove-${noun}`, setup: create, args: { Identity: identity } },
  ];
  if (extra.set !== false) bases.push({ cmdlet: `Set-${noun}`, setup: create, args: { Identity: identity }, readBack: getBy(noun, identity) });
  if (extra.enable) {
    bases.push({ cmdlet: `Enable-${noun}`, setup: create.replace('-Enabled $true', '-Enabled $false'), args: { Identity: identity }, readBack: getBy(noun, identity) });
    bases.push({ cmdlet: `Disable-${noun}`, setup: create, args: { Identity: identity }, readBack: getBy(noun, identity) });
  }
  return bases;
}

export const MATRIX_BASES: MatrixBase[] = [
  { cmdlet: 'New-CsExternalAccessPolicy', args: { Identity: "'tag:MatrixPolicy'" }, readBack: getBy('CsExternalAccessPolicy', "'tag:MatrixPolicy'") },
  { cmdlet: 'Set-CsExternalAccessPolicy', args: { Identity: "'Global'" }, readBack: getBy('CsExternalAccessPolicy', "'Global'") },
  { cmdlet: 'Remove-CsExternalAccessPolicy', setup: 'New-CsExternalAccessPolicy -Identity tag:Gone | Out-Null', args: { Identity: "'tag:Gone'" } },
  {
    cmdlet: 'Grant-CsExternalAccessPolicy',
    setup: 'New-CsExternalAccessPolicy -Identity tag:XmppUsers | Out-Null',
    args: { Identity: "'sip:kenmyer@contoso.com'", PolicyName: "'XmppUsers'" },
    readBack: (a) => `Get-CsUser -Identity ${a.Identity}`,
    property: { PolicyName: 'ExternalAccessPolicy' },
  },
  { cmdlet: 'Set-CsAccessEdgeConfiguration', args: {}, readBack: () => 'Get-CsAccessEdgeConfiguration' },
  ...namedObject('CsAllowedDomain', "'fabrikam.com'", {}),
  ...namedObject('CsBlockedDomain', "'tailspintoys.com'", {}),
  ...namedObject('CsPublicProvider', "'Fabrikam IM'", { ProxyFqdn: "'sip.fabrikam.com'", Enabled: '$true' }, { enable: true }),
  ...namedObject('CsHostingProvider', "'Litware'", { ProxyFqdn: "'sip.litware.com'", Enabled: '$true' }, { enable: true }),
  ...namedObject('CsXmppAllowedPartner', "'jabber.org'", {}),
  { cmdlet: 'Set-CsXmppGatewayConfiguration', args: {}, readBack: () => 'Get-CsXmppGatewayConfiguration' },
  { cmdlet: 'Set-CsSite', args: { Identity: "'Redmond'" }, readBack: (a) => `Get-CsSite -Identity ${a.Identity ?? "'Redmond'"}` },
  { cmdlet: 'Set-CsEdgeServer', args: { Identity: "'EdgeServer:edge01.contoso.com'" }, readBack: (a) => `Get-CsService -Identity ${a.Identity ?? "'EdgeServer:edge01.contoso.com'"}` },
  { cmdlet: 'New-CsSipDomain', args: { Identity: "'fabrikam.com'" }, readBack: getBy('CsSipDomain', "'fabrikam.com'") },
  { cmdlet: 'Set-CsSipDomain', setup: 'New-CsSipDomain -Identity fabrikam.com | Out-Null', args: { Identity: "'fabrikam.com'" }, readBack: getBy('CsSipDomain', "'fabrikam.com'") },
  { cmdlet: 'Remove-CsSipDomain', setup: 'New-CsSipDomain -Identity fabrikam.com | Out-Null', args: { Identity: "'fabrikam.com'", Force: SWITCH } },
  { cmdlet: 'Start-CsWindowsService', args: { Name: "'RTCSRV'" } },
  { cmdlet: 'Stop-CsWindowsService', args: { Name: "'RTCSRV'" } },
  { cmdlet: 'Invoke-CsManagementStoreReplication', args: {} },
  { cmdlet: 'Enable-CsTopology', args: {} },
  {
    cmdlet: 'Enable-CsUser',
    args: { Identity: "'Nora Lindgren'", RegistrarPool: "'pool01.contoso.com'", SipAddressType: "'SamAccountName'", SipDomain: "'contoso.com'" },
    readBack: (a) => `Get-CsUser -Identity ${a.Identity ?? "'Nora Lindgren'"}`,
  },
  { cmdlet: 'Disable-CsUser', args: { Identity: "'Ken Myer'" } },
  { cmdlet: 'Set-CsUser', args: { Identity: "'Ken Myer'" }, readBack: (a) => `Get-CsUser -Identity ${a.Identity ?? "'Ken Myer'"}` },
  { cmdlet: 'Move-CsUser', args: { Identity: "'Ken Myer'", Target: "'pool02.contoso.com'", Force: SWITCH, Confirm: ':$false' }, readBack: (a) => `Get-CsUser -Identity ${a.Identity ?? "'Ken Myer'"}`, property: { Target: 'RegistrarPool' } },
  // Certificates and files: the demo deployment has none, so these calls fail even with good values.
  { cmdlet: 'Request-CsCertificate', args: { New: SWITCH, Type: "'Default'", WhatIf: SWITCH }, skip: ['WhatIf', 'Confirm'] },
  { cmdlet: 'Import-CsCertificate', args: { Path: "'missing.pfx'" }, failsAlone: true },
  { cmdlet: 'Set-CsCertificate', args: { Thumbprint: "'0123456789ABCDEF0123456789ABCDEF01234567'", Type: "'Default'" }, failsAlone: true },
  { cmdlet: 'Remove-CsCertificate', args: { Type: "'Default'", Force: SWITCH }, failsAlone: true },
  { cmdlet: 'Publish-CsTopology', args: { FileName: "'missing.xml'" }, failsAlone: true },
  { cmdlet: 'Import-CsConfiguration', args: { FileName: "'missing.zip'" }, failsAlone: true },
];
