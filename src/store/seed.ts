// Seeds a new store with the demo deployment (fixtures/topologies/contoso.json) and the
// fresh-deployment configuration defaults (global policies and settings).

import type { Store } from './store.js';
import { seedDefaultConfiguration } from './configDefaults.js';
import { seedDemoTopology } from './topologySeed.js';

export function seedStore(store: Store): void {
  seedDemoTopology(store);
  seedDefaultConfiguration(store);
}
