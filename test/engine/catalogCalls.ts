// Synthesises calls from catalog metadata: plausible typed values for each parameter, and the arguments
// that select one parameter set.

import type { CmdletMetadata, CommandArgument, ParameterMetadata } from '../../src/engine/cmdlet.js';
import { ALL_SETS, parameterType } from '../../src/engine/binder/index.js';
import { PSCredential, PSHashtable, PSObject, ScriptBlockValue, SecureString } from '../../src/engine/runtime/values.js';

const COMMON = new Set(['whatif', 'confirm']);

/** A value of the right type that an admin could plausibly pass. */
export function sampleValue(p: ParameterMetadata): unknown {
  const t = parameterType(p);
  const one = (): unknown => {
    if (p.validateSet?.length) return p.validateSet[0];
    switch (t.kind) {
      case 'string':
        return p.name.toLowerCase().includes('path') || p.name.toLowerCase().includes('file') ? 'C:\\certs\\edge.pfx' : `${p.name}Value`;
      case 'identity':
        if (t.name === 'UserIdParameter') return 'sip:kenmyer@contoso.com';
        if (t.name === 'Fqdn') return 'pool01.contoso.com';
        if (t.name === 'XdsGlobalRelativeIdentity') return 'jabber.org';
        if (t.name === 'OUIdParameter') return 'OU=Redmond,DC=contoso,DC=com';
        return 'Global';
      case 'boolean':
        return true;
      case 'switch':
        return true;
      case 'integer':
      case 'double':
        return 5;
      case 'enum':
        return t.enumValues![0];
      case 'datetime':
        return '12/31/2026 5:00 PM';
      case 'listModifier': {
        const h = new PSHashtable();
        h.set('Add', 'extra.example.org');
        return h;
      }
      case 'credential':
        return new PSCredential('contoso\\admin', new SecureString('pw'));
      case 'certificateReference':
        return new PSObject('Microsoft.Rtc.Management.Deployment.CertificateReference', { Thumbprint: 'AB12' });
      case 'hashtable':
        return new PSHashtable();
      case 'scriptblock':
        return new ScriptBlockValue({} as never, '');
      case 'guid':
        return '6a2d2b3c-1111-2222-3333-444455556666';
      case 'unlimited':
        return 10;
      case 'char':
        return ';';
      case 'secureString':
        return new SecureString('pw');
      default:
        // Product objects (a service, an AcpInfo) carry their type; anything else is a plain object.
        return new PSObject([`Microsoft.Rtc.Management.${t.name}`, 'System.Management.Automation.PSCustomObject'], { Identity: 'Global' });
    }
  };
  return t.isArray && t.kind !== 'listModifier' ? [one()] : one();
}

export function setsOf(meta: CmdletMetadata, p: ParameterMetadata): string[] {
  const sets = meta.parameterSets.filter((s) => s !== ALL_SETS);
  if (p.sets[ALL_SETS] || sets.length === 0) return sets.length ? sets : [ALL_SETS];
  return sets.filter((s) => p.sets[s]);
}

export function declared(meta: CmdletMetadata): ParameterMetadata[] {
  return meta.parameters.filter((p) => !COMMON.has(p.name.toLowerCase()));
}

export function mandatoryIn(meta: CmdletMetadata, set: string): ParameterMetadata[] {
  return declared(meta).filter((p) => setsOf(meta, p).includes(set) && (p.sets[set] ?? p.sets[ALL_SETS])?.required);
}

/** Parameters that exist only in `set`: naming one selects the set. */
export function onlyIn(meta: CmdletMetadata, set: string): ParameterMetadata[] {
  return declared(meta).filter((p) => {
    const s = setsOf(meta, p);
    return s.length === 1 && s[0] === set;
  });
}

/** `-Name value` (or just `-Name` for switches) for each parameter. */
export function namedArgs(params: ParameterMetadata[]): CommandArgument[] {
  const out: CommandArgument[] = [];
  for (const p of params) {
    out.push({ kind: 'parameter', name: p.name, hasColonValue: false, text: `-${p.name}` });
    if (!p.isSwitch) out.push({ kind: 'argument', value: sampleValue(p), text: String(sampleValue(p)) });
  }
  return out;
}

/** The parameters that make a call bind to `set`: its mandatory ones, plus one set-only parameter if needed. */
export function selectingParameters(meta: CmdletMetadata, set: string): ParameterMetadata[] {
  const chosen = [...mandatoryIn(meta, set)];
  const unique = onlyIn(meta, set).filter((p) => !chosen.includes(p));
  const hasUnique = chosen.some((p) => onlyIn(meta, set).includes(p));
  if (!hasUnique && unique.length > 0) chosen.push(unique[0]!);
  return chosen;
}
