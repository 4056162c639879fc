// Secret properties of configuration documents (PropertySpec.secret: the XMPP gateway's dialback
// passphrase) are sealed inside the stored JSON (secretBox.ts) and opened when a document is read.
// Reading keeps working without the store's key: the secret then reads as LOCKED_SECRET, and a
// document written back unchanged keeps the sealed value it had.

import type { Store } from './store.js';
import { xdsSchemas, type ConfigDocument, type XdsType } from './configSchema.js';
import { isSealed, secretBoxOf, StoreKeyError, type SecretBox } from './secretBox.js';

/** [I] What a secret setting reads as when the store's key file is missing or wrong. */
export const LOCKED_SECRET = '********';

const secretNames = new Map<string, string[]>();

/** Names of the secret settings of a document type (none for most types). */
export function secretProperties(type: string): string[] {
  let names = secretNames.get(type);
  if (!names) {
    const schema = xdsSchemas[type as XdsType];
    names = schema ? schema.properties.filter((p) => p.secret).map((p) => p.name) : [];
    secretNames.set(type, names);
  }
  return names;
}

function label(type: string, name: string): string {
  return `${type}.${name}`;
}

function settingName(name: string): string {
  return `the ${name} setting`;
}

function tryOpen(box: SecretBox, value: string, type: string, name: string): string | undefined {
  try {
    return box.open(value, label(type, name), settingName(name));
  } catch (e) {
    if (e instanceof StoreKeyError) return undefined;
    throw e;
  }
}

/** The document as read: secret properties opened, or LOCKED_SECRET when they cannot be. */
export function openDocumentSecrets<T extends ConfigDocument>(store: Store, type: string, doc: T): T {
  for (const name of secretProperties(type)) {
    const value = doc[name];
    if (!isSealed(value)) continue;
    (doc as ConfigDocument)[name] = tryOpen(secretBoxOf(store), value, type, name) ?? LOCKED_SECRET;
  }
  return doc;
}

/**
 * The document as stored: secret properties sealed. A LOCKED_SECRET that stands for a stored value
 * which cannot be opened keeps that value (a Set- of other settings must not lose the secret).
 */
export function sealDocumentSecrets(store: Store, type: string, doc: ConfigDocument, storedJson?: string): ConfigDocument {
  const names = secretProperties(type);
  if (names.length === 0) return doc;
  const stored = storedJson === undefined ? undefined : (JSON.parse(storedJson) as ConfigDocument);
  const out: ConfigDocument = { ...doc };
  for (const name of names) {
    const value = doc[name];
    if (typeof value !== 'string' || value === '') continue;
    const previous = stored?.[name];
    if (value === LOCKED_SECRET && isSealed(previous) && tryOpen(secretBoxOf(store), previous, type, name) === undefined) {
      out[name] = previous;
      continue;
    }
    out[name] = secretBoxOf(store).seal(value, label(type, name), settingName(name));
  }
  return out;
}

/**
 * A document coming from an export: plain secrets are sealed, sealed ones that open with this store's
 * key are kept, and sealed ones from another store's key are dropped (returned by name).
 */
export function resealImportedDocument(store: Store, type: string, json: string): { json: string; dropped: string[] } {
  const names = secretProperties(type);
  if (names.length === 0) return { json, dropped: [] };
  const doc = JSON.parse(json) as ConfigDocument;
  const dropped: string[] = [];
  for (const name of names) {
    const value = doc[name];
    // Without this store's key nothing tells whose key sealed a value: it is kept as it came.
    if (!isSealed(value) || !secretBoxOf(store).available) continue;
    const plain = tryOpen(secretBoxOf(store), value, type, name);
    if (plain === undefined) dropped.push(name);
    doc[name] = plain ?? null;
  }
  return { json: JSON.stringify(sealDocumentSecrets(store, type, doc)), dropped };
}
