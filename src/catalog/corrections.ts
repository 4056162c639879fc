// Corrections applied to the catalog as extracted from the reference pages, where the extraction
// and the product disagree. Each entry says why; [I] marks our own decisions.

import type { CmdletMetadata, ParameterMetadata } from '../engine/commandMetadata.js';

/** Default parameter sets the pages do not name. [I] the set a bare call uses in the product. */
const defaultSets: Record<string, string> = {
  'Start-CsWindowsService': 'Name', // a bare call starts every service of the computer
  'Stop-CsWindowsService': 'Name',
  'Test-CsXmppIM': 'ServerPlatform', // ClientPlatform needs -UserCredential
  'Export-CsConfiguration': 'FileName',
  'Import-CsConfiguration': 'FileName',
};

/**
 * Parameters the extraction marks mandatory that the product does not require. New-CsHostingProvider
 * has a second syntax without EnabledSharedAddressSpace/HostsOCSUsers (both then False), which the
 * reference's own first example uses.
 */
const notMandatory: Record<string, string[]> = {
  'New-CsHostingProvider': ['EnabledSharedAddressSpace', 'HostsOCSUsers'],
};

const onPremises = /Lync Server|Skype for Business Server/;

/**
 * Enumerator names the extraction missed: Test-CsXmppIM's own parameter description lists OAuth and
 * OAuthInteractive among the authentication mechanisms (DOMAIN.md §4.6).
 */
const enumAdditions: Record<string, string[]> = {
  AuthenticationMechanism: ['OAuth', 'OAuthInteractive'],
};

export function correctEnums(catalogEnums: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(catalogEnums)) {
    const extra = (enumAdditions[name] ?? []).filter((v) => !values.includes(v));
    out[name] = [...values, ...extra];
  }
  return out;
}

/**
 * [I] An XDS Set- cmdlet takes its settings in the Instance set too (`Get-X | Set-X -Setting v` binds
 * -Instance from the pipeline), as every other Set-Cs… page documents; some pages list only -Instance there.
 */
function instanceTakesSettings(p: ParameterMetadata, m: CmdletMetadata): ParameterMetadata {
  const inIdentity = p.sets.Identity;
  if (m.verb !== 'Set' || !m.parameterSets.includes('Instance') || !inIdentity || p.name === 'Identity' || p.sets.Instance) return p;
  return { ...p, sets: { ...p.sets, Instance: { required: false, position: null } } };
}

/** Applies the corrections; Online-only parameters (-Tenant, -ApplicableTo, …) are dropped on-premises. */
export function correctMetadata(m: CmdletMetadata): CmdletMetadata {
  const optional = new Set((notMandatory[m.name] ?? []).map((n) => n.toLowerCase()));
  const parameters = m.parameters
    .filter((p) => !p.applicable || p.applicable.some((a) => onPremises.test(a)))
    .map((p) => instanceTakesSettings(p, m))
    .map((p) => {
      if (!optional.has(p.name.toLowerCase())) return p;
      const sets = Object.fromEntries(Object.entries(p.sets).map(([k, v]) => [k, { ...v, required: false }]));
      return { ...p, sets };
    });
  return { ...m, parameters, defaultParameterSet: m.defaultParameterSet ?? defaultSets[m.name] ?? null };
}
