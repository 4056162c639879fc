// Fresh-deployment configuration: global ExternalAccessPolicy, XmppGatewayConfiguration,
// AccessEdgeConfiguration with their default values (DOMAIN.md §2).
import type { Store } from './store.js';
import { xdsSchemas, type ConfigDocument, type XdsType } from './configSchema.js';
import { insertDocument } from './configRepository.js';

/** A new object of `type` with every property at its default, in display order. */
export function defaultDocument(type: XdsType, identity: string): ConfigDocument {
  const doc: ConfigDocument = { Identity: identity };
  for (const p of xdsSchemas[type].properties) {
    doc[p.name] = Array.isArray(p.default) ? [...(p.default as unknown[])] : p.default;
  }
  return doc;
}

/** The global documents every deployment has; Remove- on them resets to these values. */
export const GLOBAL_DEFAULT_TYPES: XdsType[] = ['ExternalAccessPolicy', 'XmppGatewayConfiguration', 'AccessEdgeConfiguration'];

export function seedDefaultConfiguration(store: Store): void {
  store.transaction(() => {
    for (const type of GLOBAL_DEFAULT_TYPES) {
      insertDocument(store, type, 'global', defaultDocument(type, 'Global'));
    }
  });
}
