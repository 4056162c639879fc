// The stored configuration documents (src/store/configSchema.ts) and the cmdlets' parameters (the
// catalog) describe the same settings: they must stay in step.
import { describe, expect, it } from 'vitest';
import { csMetadata } from '../../src/catalog/registry.js';
import type { ParameterMetadata } from '../../src/engine/cmdlet.js';
import { xdsSchemas, type PropertySpec } from '../../src/store/configSchema.js';

/** Parameters that name or steer the command, not a stored setting. */
const COMMAND_PARAMETERS = new Set(['Identity', 'Instance', 'Force', 'InMemory', 'WhatIf', 'Confirm', 'Tenant']);
/** Switches that set a stored setting under another name. */
const SWITCHES_FOR: Record<string, string> = { UseDnsSrvRouting: 'RoutingMethod', UseDefaultRouting: 'RoutingMethod' };
/** Stored settings no parameter sets directly, and why. */
const NOT_A_PARAMETER: Record<string, string> = {
  'PublicProvider.Name': 'taken from the identity',
  'HostingProvider.Name': 'taken from the identity',
};

function parametersOf(type: string): Map<string, ParameterMetadata> {
  const out = new Map<string, ParameterMetadata>();
  for (const verb of ['New', 'Set']) {
    try {
      for (const p of csMetadata(`${verb}-Cs${type}`).parameters) out.set(p.name, p);
    } catch {
      // The type has no cmdlet of that verb (one global instance has no New-).
    }
  }
  return out;
}

function compatible(spec: PropertySpec, p: ParameterMetadata): boolean {
  switch (spec.kind) {
    case 'bool':
      return p.type === 'Boolean';
    case 'uint':
      return ['UInt32', 'UInt64', 'Int32'].includes(p.type);
    case 'enum':
      return p.enum === spec.enumName;
    case 'list':
      return p.type === 'PSListModifier' || p.isArray;
    default:
      return p.type === 'String' || p.type === 'Fqdn';
  }
}

describe('configuration schema and catalog', () => {
  for (const [type, schema] of Object.entries(xdsSchemas)) {
    it(`${type}: every parameter is a stored setting, every setting a parameter of a matching type`, () => {
      const params = parametersOf(type);
      expect(params.size, `${type} has New-/Set- cmdlets`).toBeGreaterThan(0);
      const settings = new Set(schema.properties.map((p) => p.name));
      const strayParameters = [...params.keys()].filter((n) => !COMMAND_PARAMETERS.has(n) && !settings.has(SWITCHES_FOR[n] ?? n));
      expect(strayParameters).toEqual([]);
      const switched = new Set(Object.entries(SWITCHES_FOR).filter(([s]) => params.has(s)).map(([, setting]) => setting));
      const unset = schema.properties.map((p) => p.name).filter((n) => !params.has(n) && !switched.has(n) && !NOT_A_PARAMETER[`${type}.${n}`]);
      expect(unset).toEqual([]);
      const mismatched = schema.properties.filter((s) => params.has(s.name) && !compatible(s, params.get(s.name)!)).map((s) => `${s.name}: ${s.kind} vs ${params.get(s.name)!.type}`);
      expect(mismatched).toEqual([]);
    });
  }
});
