// Fresh-deployment configuration: global ExternalAccessPolicy, XmppGatewayConfiguration,
// AccessEdgeConfiguration with their default values (DOMAIN.md §2).
import type { Store } from './store.js';

export function seedDefaultConfiguration(_store: Store): void {
  // filled in by the configuration work
}
