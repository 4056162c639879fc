// Secrets at rest. Private keys and other secrets (the XMPP dialback passphrase) are kept in the store
// sealed with AES-256-GCM under a key held outside the database: a key file beside the store
// (`<store>.key`, 32 random bytes, mode 0600) — [I] the way Windows keeps machine keys apart from
// the data they protect. A `:memory:` store uses a key held in memory only.
//
// A sealed value is text: SEALED_PREFIX + base64(iv | tag | ciphertext), so it fits the existing TEXT
// columns and JSON documents. Values without the prefix are plain ones written before sealing existed;
// they read as they are (and openStore seals them, see secretReseal.ts).
//
// The meta row KEY_CHECK_META holds a sealed known text: it says "this store's secrets are sealed"
// and tells a wrong key file from the right one. Without it the store has never had a key, and one is
// created (or an existing key file beside it adopted).

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Store } from './store.js';

/** [I] Marks a sealed value; the digit is the format version. */
export const SEALED_PREFIX = 'csbox1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_CHECK_META = 'secret_key_check';
const KEY_CHECK_TEXT = 'csshell store key';
/** [I] Owner-only files: the key file, the store and its WAL/shared-memory files. */
export const PRIVATE_FILE_MODE = 0o600;

export type KeyProblem = 'missing' | 'wrong' | 'unreadable';

/** A secret is needed but the store's key is not available. The message says which file and why. */
export class StoreKeyError extends Error {
  constructor(
    readonly problem: KeyProblem,
    readonly keyPath: string,
    readonly what: string,
  ) {
    super(`Cannot use ${what}: ${keyProblemText(problem, keyPath)}. Put the store's own key file back beside it.`);
  }

  /** Why the key is not available, without the advice (for diagnoses that add their own). */
  get reason(): string {
    return keyProblemText(this.problem, this.keyPath);
  }
}

function keyProblemText(problem: KeyProblem, keyPath: string): string {
  if (problem === 'missing') return `the key file "${keyPath}" that protects this store's secrets is missing`;
  if (problem === 'wrong') return `the key file "${keyPath}" does not belong to this store`;
  return `the key file "${keyPath}" cannot be read or created`;
}

export function keyPathFor(storePath: string): string {
  return `${storePath}.key`;
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

/** Seals and opens the secrets of one store. `label` names where a value lives (authenticated, not secret). */
export class SecretBox {
  constructor(
    private readonly key: Buffer | undefined,
    readonly keyPath: string,
    readonly problem?: KeyProblem,
    /** True when this open gave the store its key (a new store, or one written before sealing existed). */
    readonly firstKeyed = false,
  ) {}

  get available(): boolean {
    return this.key !== undefined;
  }

  seal(plain: string, label: string, what: string): string {
    const key = this.requireKey(what);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(label, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  /** The plain text of a stored value; a value stored before sealing is returned as it is. */
  open(stored: string, label: string, what: string): string {
    if (!isSealed(stored)) return stored;
    const key = this.requireKey(what);
    const plain = tryOpen(key, stored, label);
    if (plain === undefined) throw new StoreKeyError('wrong', this.keyPath, what);
    return plain;
  }

  private requireKey(what: string): Buffer {
    if (!this.key) throw new StoreKeyError(this.problem ?? 'missing', this.keyPath, what);
    return this.key;
  }
}

function tryOpen(key: Buffer, stored: string, label: string): string | undefined {
  const data = Buffer.from(stored.slice(SEALED_PREFIX.length), 'base64');
  if (data.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(label, 'utf8'));
    decipher.setAuthTag(data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

const boxes = new WeakMap<Store, SecretBox>();

/** The box of a store, loading (or, for a store that never had one, creating) its key on first use. */
export function secretBoxOf(store: Store): SecretBox {
  let box = boxes.get(store);
  if (!box) boxes.set(store, (box = loadBox(store)));
  return box;
}

function loadBox(store: Store): SecretBox {
  const keyPath = keyPathFor(store.path);
  const check = store.getMeta(KEY_CHECK_META);
  const key: KeyFile = store.path === ':memory:' ? { ok: true, key: randomBytes(KEY_BYTES) } : readKeyFile(keyPath, check === undefined);
  if (!key.ok) return new SecretBox(undefined, keyPath, key.problem);
  if (check !== undefined && tryOpen(key.key, check, KEY_CHECK_META) !== KEY_CHECK_TEXT) return new SecretBox(undefined, keyPath, 'wrong');
  const box = new SecretBox(key.key, keyPath, undefined, check === undefined);
  if (check === undefined) store.setMeta(KEY_CHECK_META, box.seal(KEY_CHECK_TEXT, KEY_CHECK_META, 'the store key'));
  return box;
}

type KeyFile = { ok: true; key: Buffer } | { ok: false; problem: KeyProblem };

/** Reads the key file; when `mayCreate` (the store has no sealed secrets yet) a missing one is created. */
function readKeyFile(keyPath: string, mayCreate: boolean): KeyFile {
  try {
    if (!existsSync(keyPath)) {
      if (!mayCreate) return { ok: false, problem: 'missing' };
      const key = randomBytes(KEY_BYTES);
      writeFileSync(keyPath, key, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
      return { ok: true, key };
    }
    const key = readFileSync(keyPath);
    if (key.length !== KEY_BYTES) return { ok: false, problem: 'wrong' };
    chmodSync(keyPath, PRIVATE_FILE_MODE);
    return { ok: true, key };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}

/** Keeps the store's files (database, WAL, shared memory) readable by their owner only. */
export function restrictStoreFiles(storePath: string): void {
  if (storePath === ':memory:') return;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      if (existsSync(storePath + suffix)) chmodSync(storePath + suffix, PRIVATE_FILE_MODE);
    } catch {
      // A file we cannot chmod (another owner) is left as it is; the store still works.
    }
  }
}
