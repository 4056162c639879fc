// Importing this module registers every cmdlet with src/catalog/registry.ts.
import './core/index.js';
import './cs/index.js';
