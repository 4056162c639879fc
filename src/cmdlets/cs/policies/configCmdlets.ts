// The Get-/New-/Set-/Remove- behaviour every XDS configuration type shares: identity parsing and
// display, -Filter, -Instance, -InMemory, -WhatIf/-Confirm, one store transaction per object, and the
// errors of DOMAIN.md §5.4. A family module describes its type as an XdsKind and adds its own rules.
// Each write re-reads and re-checks its record inside its transaction (kit/commandTransaction.ts): the
// prompt is answered on a preview, the change is made on what is stored.

import type { CmdletContext, CmdletDefinition, CmdletImplementation } from '../../../engine/cmdlet.js';
import { PSArrayList, PSObject } from '../../../engine/runtime/values.js';
import {
  deleteDocument,
  findDocument,
  findSiteName,
  insertDocument,
  listDocuments,
  updateDocument,
  type StoredDocument,
} from '../../../store/configRepository.js';
import { defaultDocument } from '../../../store/configDefaults.js';
import type { ConfigDocument, DocumentScope, XdsTypeSchema } from '../../../store/configSchema.js';
import type { Store } from '../../../store/store.js';
import { csCmdlet } from '../../../catalog/registry.js';
import { globalResetWarning, xdsErrors } from './configErrors.js';
import { fail, reportingErrors } from '../kit/commandError.js';
import { isBound, param, storeOf } from '../kit/commandContext.js';
import { parseIdentity, wildcardMatcher, xdsIdentityText, type ParsedIdentity } from './identity.js';
import { applyListModifier, documentEnumProperties, documentValue, readListModifier } from './values.js';
import type { EnumPropertyDeclaration } from '../../../engine/runtime/enumProperties.js';
import { commandTransaction } from '../kit/commandTransaction.js';
import { warnOnce } from '../kit/contextOverride.js';

export interface XdsKind {
  schema: XdsTypeSchema;
  /** PowerShell type names of output objects, most derived first. */
  typeNames: string[];
  /** Noun of the family's cmdlets, e.g. `CsExternalAccessPolicy` (for messages naming Set-…). */
  noun: string;
  /** Output object for a document; default: every property in document order. */
  toObject?(doc: ConfigDocument): PSObject;
  /** Fills properties derived from the identity on a new document (Domain, Name). */
  initNew?(doc: ConfigDocument, identity: ParsedIdentity): void;
  /** Parameters that look like properties but need the kind's own handling (applied in applyExtra). */
  customParameters?: string[];
  /** Applies parameters that are not plain properties (e.g. routing switches). */
  applyExtra?(ctx: CmdletContext, doc: ConfigDocument, previous: ConfigDocument | undefined): void;
  /** Rules checked before a write: call the kit's `fail` to refuse, or write warnings. */
  beforeWrite?(ctx: CmdletContext, store: Store, doc: ConfigDocument, previous: ConfigDocument | undefined): void;
  /** Asked before deleting a non-global document; false skips the removal (e.g. a declined prompt). */
  beforeRemove?(ctx: CmdletContext, store: Store, existing: StoredDocument): Promise<boolean>;
}

/**
 * List settings (AdditionalDomains) are editable collections in the product: scripts call .Add/.Remove on
 * them and hand the object back with -Instance. [I] typed as a generic list of strings (Add returns nothing).
 */
export const XDS_LIST_TYPE = 'System.Collections.Generic.List[string]';

export function objectOf(kind: XdsKind, doc: ConfigDocument): PSObject {
  if (kind.toObject) return kind.toObject(doc);
  const entries = Object.entries(doc).map(([k, v]) => [k, Array.isArray(v) ? new PSArrayList([...v], XDS_LIST_TYPE) : v] as [string, unknown]);
  return new PSObject(kind.typeNames, entries);
}

function typeName(kind: XdsKind): string {
  return kind.schema.type;
}

function find(store: Store, kind: XdsKind, id: ParsedIdentity): StoredDocument | undefined {
  return id.scope === 'invalid' ? undefined : findDocument(store, kind.schema.type, id.display);
}

/** Applies the bound parameters that name document properties. */
function applyParameters(kind: XdsKind, ctx: CmdletContext, doc: ConfigDocument): void {
  for (const spec of kind.schema.properties) {
    if (kind.customParameters?.includes(spec.name) || !isBound(ctx, spec.name)) continue;
    const value = param(ctx, spec.name);
    doc[spec.name] = spec.kind === 'list' ? applyListModifier((doc[spec.name] as string[]) ?? [], readListModifier(value)) : documentValue(spec, value);
  }
}

// ---------------------------------------------------------------------------------------------
// Get-

export function xdsGet(kind: XdsKind): () => CmdletImplementation {
  return () => ({
    process: (ctx) =>
      reportingErrors(ctx, () => {
        const store = storeOf(ctx);
        if (isBound(ctx, 'Identity') && param(ctx, 'Identity') != null) {
          const text = xdsIdentityText(param(ctx, 'Identity'));
          const found = find(store, kind, parseIdentity(text, kind.schema.scopeModel));
          if (!found) fail(xdsErrors.notFound(typeName(kind), text));
          writeDocument(ctx, kind, found.doc);
          return;
        }
        let docs = listDocuments(store, kind.schema.type);
        const filter = param(ctx, 'Filter');
        if (isBound(ctx, 'Filter') && filter != null) {
          const matches = wildcardMatcher(String(filter));
          docs = docs.filter((d) => matches(d.doc.Identity));
        }
        for (const d of docs) writeDocument(ctx, kind, d.doc);
      }),
  });
}

/** Writes a document; its secret settings become secrets the session keeps out of transcripts. */
function writeDocument(ctx: CmdletContext, kind: XdsKind, doc: ConfigDocument): void {
  for (const spec of kind.schema.properties) {
    const value = doc[spec.name];
    if (spec.secret && typeof value === 'string') ctx.engine.secrets?.note(value);
  }
  ctx.writeObject(objectOf(kind, doc));
}

// ---------------------------------------------------------------------------------------------
// New-

/** Checks a new object's identity and returns it in display form (site names as the topology spells them). */
function newIdentity(kind: XdsKind, store: Store, text: string): ParsedIdentity {
  const id = parseIdentity(text, kind.schema.scopeModel);
  const type = typeName(kind);
  if (id.scope === 'global') fail(xdsErrors.globalCannotBeCreated(type, `Set-${kind.noun}`));
  if (id.scope === 'site') {
    const site = findSiteName(store, id.name);
    if (!site) fail(xdsErrors.siteNotFound(id.name));
    return { scope: 'site', name: site, display: `Site:${site}` };
  }
  if (id.scope === 'invalid' || id.scope === 'service') {
    const allowed = kind.schema.scopeModel === 'policy' ? 'Use Global, site:<site name> or tag:<policy name>.' : 'Give a name.';
    fail(xdsErrors.invalidScope(type, text, allowed));
  }
  return id;
}

/** A new document from the bound parameters, checked against the store as it is now. */
function planNew(kind: XdsKind, ctx: CmdletContext, store: Store, text: string): { id: ParsedIdentity; doc: ConfigDocument } {
  const id = newIdentity(kind, store, text);
  if (find(store, kind, id)) fail(xdsErrors.alreadyExists(typeName(kind), id.display));
  const doc = defaultDocument(kind.schema.type, id.display);
  kind.initNew?.(doc, id);
  applyParameters(kind, ctx, doc);
  kind.applyExtra?.(ctx, doc, undefined);
  kind.beforeWrite?.(ctx, store, doc, undefined);
  return { id, doc };
}

export function xdsNew(kind: XdsKind): () => CmdletImplementation {
  return () => ({
    process: (ctx) =>
      reportingErrors(ctx, async () => {
        const text = xdsIdentityText(isBound(ctx, 'Domain') ? param(ctx, 'Domain') : param(ctx, 'Identity'));
        const checks = warnOnce(ctx);
        const preview = planNew(kind, checks, storeOf(ctx), text);
        if (!(await ctx.shouldProcess(preview.id.display))) return;
        if (param(ctx, 'InMemory')) {
          ctx.writeObject(objectOf(kind, preview.doc));
          return;
        }
        // Checked again under the write lock: another process may have created it since (exactly one wins).
        const created = commandTransaction(ctx, (store) => {
          const { id, doc } = planNew(kind, checks, store, text);
          insertDocument(store, kind.schema.type, id.scope as DocumentScope, doc);
          return doc;
        });
        ctx.writeObject(objectOf(kind, created));
      }),
  });
}

// ---------------------------------------------------------------------------------------------
// Set- (and Enable-/Disable-, which are Set- of one property)

interface SetTarget {
  id: ParsedIdentity;
  previous: StoredDocument | undefined;
  doc: ConfigDocument;
}

/** Type names every object carries: they say nothing about which kind of setting an object is. */
const GENERIC_TYPE_NAMES = new Set(['system.object', 'system.management.automation.pscustomobject']);

/** True when the object is one of this kind's objects (or a deserialized copy of one), not just any object. */
function isInstanceOf(kind: XdsKind, instance: PSObject): boolean {
  const own = kind.typeNames.filter((t) => !GENERIC_TYPE_NAMES.has(t.toLowerCase()));
  return instance.typeNames.some((n) => own.some((t) => n === t || n === `Deserialized.${t}`));
}

/** The document -Instance describes: its properties over the stored (or default) values. */
function instanceTarget(kind: XdsKind, store: Store, instance: unknown): SetTarget {
  if (!(instance instanceof PSObject) || !isInstanceOf(kind, instance)) {
    const got = instance instanceof PSObject ? instance.typeName : typeof instance;
    fail(xdsErrors.wrongInstanceType(typeName(kind), got));
  }
  const text = xdsIdentityText(instance.get('Identity'));
  let id = parseIdentity(text, kind.schema.scopeModel);
  const previous = find(store, kind, id);
  if (!previous) id = newIdentity(kind, store, text);
  const doc: ConfigDocument = previous ? { ...previous.doc } : defaultDocument(kind.schema.type, id.display);
  if (!previous) kind.initNew?.(doc, id);
  for (const spec of kind.schema.properties) {
    if (instance.has(spec.name)) doc[spec.name] = documentValue(spec, instance.get(spec.name));
  }
  doc.Identity = previous?.doc.Identity ?? id.display;
  return { id, previous, doc };
}

function identityTarget(kind: XdsKind, ctx: CmdletContext, store: Store): SetTarget {
  const given = isBound(ctx, 'Identity') && param(ctx, 'Identity') != null;
  // Set- without -Identity works on the global instance [D].
  const text = given ? xdsIdentityText(param(ctx, 'Identity')) : 'Global';
  const id = parseIdentity(text, kind.schema.scopeModel);
  const previous = find(store, kind, id);
  if (!previous) fail(xdsErrors.notFound(typeName(kind), text));
  return { id, previous, doc: structuredClone(previous.doc) };
}

/**
 * The changed document: the stored record (or -Instance over it) with this command's change applied
 * (bound properties, list modifiers @{Add/Remove/Replace}, the kind's extras), after the kind's rules.
 */
function planSet(kind: XdsKind, ctx: CmdletContext, store: Store, change: XdsChange | undefined): SetTarget {
  const instance = param(ctx, 'Instance');
  const target = isBound(ctx, 'Instance') && instance != null ? instanceTarget(kind, store, instance) : identityTarget(kind, ctx, store);
  applyParameters(kind, ctx, target.doc);
  kind.applyExtra?.(ctx, target.doc, target.previous?.doc);
  change?.(target.doc, target.previous?.doc);
  kind.beforeWrite?.(ctx, store, target.doc, target.previous?.doc);
  return target;
}

/** A change of its own a Set- variant makes (Enable-/Disable- of a provider), on the fresh record. */
export type XdsChange = (doc: ConfigDocument, previous: ConfigDocument | undefined) => void;

export function xdsSet(kind: XdsKind, change?: XdsChange): () => CmdletImplementation {
  return () => ({
    process: (ctx) =>
      reportingErrors(ctx, async () => {
        // -WhatIf/-Confirm decide on a preview; the change is then made again on the record as stored
        // when the write lock is held, so a concurrent writer's change is kept, not overwritten.
        const checks = warnOnce(ctx);
        const preview = planSet(kind, checks, storeOf(ctx), change);
        if (!(await ctx.shouldProcess(preview.doc.Identity))) return;
        commandTransaction(ctx, (store) => {
          const target = planSet(kind, checks, store, change);
          if (target.previous) updateDocument(store, kind.schema.type, target.doc);
          else insertDocument(store, kind.schema.type, target.id.scope as DocumentScope, target.doc);
        });
      }),
  });
}

// ---------------------------------------------------------------------------------------------
// Remove-

export function xdsRemove(kind: XdsKind): () => CmdletImplementation {
  return () => ({
    process: (ctx) =>
      reportingErrors(ctx, async () => {
        const store = storeOf(ctx);
        const text = xdsIdentityText(param(ctx, 'Identity'));
        const existing = find(store, kind, parseIdentity(text, kind.schema.scopeModel));
        if (!existing) fail(xdsErrors.notFound(typeName(kind), text));
        if (!(await ctx.shouldProcess(existing.doc.Identity))) return;
        const identity = existing.doc.Identity;
        if (existing.scope === 'global') {
          // The global instance cannot go away: it is reset to its defaults [V prefix of the warning].
          commandTransaction(ctx, (s) => updateDocument(s, kind.schema.type, defaultDocument(kind.schema.type, identity)));
          ctx.writeWarning(globalResetWarning(typeName(kind)));
          return;
        }
        if (kind.beforeRemove && !(await kind.beforeRemove(ctx, store, existing))) return;
        commandTransaction(ctx, (s) => {
          // Another process may have removed it since the preview.
          if (!deleteDocument(s, kind.schema.type, identity)) fail(xdsErrors.notFound(typeName(kind), text));
        });
      }),
  });
}

/**
 * A configuration type's cmdlets under its noun: Get- and Set-, plus New- and Remove- for a
 * collection (a type with one global instance has neither).
 */
export function configCmdlets(kind: XdsKind, shape: 'collection' | 'global instance'): CmdletDefinition[] {
  const collection = shape === 'collection';
  return [
    csCmdlet(`Get-${kind.noun}`, xdsGet(kind)),
    ...(collection ? [csCmdlet(`New-${kind.noun}`, xdsNew(kind))] : []),
    csCmdlet(`Set-${kind.noun}`, xdsSet(kind)),
    ...(collection ? [csCmdlet(`Remove-${kind.noun}`, xdsRemove(kind))] : []),
  ];
}

/** The enum properties of these kinds' output objects, as their family declares them (ConvertTo-Json writes the numbers). */
export function xdsEnumProperties(...kinds: XdsKind[]): EnumPropertyDeclaration[] {
  return kinds.flatMap((kind) => documentEnumProperties(kind.typeNames, kind.schema));
}
