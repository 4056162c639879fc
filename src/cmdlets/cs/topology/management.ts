// Topology documents (Get-/Publish-/Enable-/Test-CsTopology), Windows services of the topology's
// computers, CMS replication status, and configuration export/import.

import type { CmdletContext, ErrorSpec } from '../../../engine/cmdlet.js';
import { PSObject, TimeSpan } from '../../../engine/runtime/values.js';
import { csCmdlet } from '../../../catalog/registry.js';
import {
  getComputer,
  listComputers,
  listPools,
  listServices,
  listSipDomains,
  listSites,
  replaceSipDomains,
  resolveEdgeRoute,
  updateServiceProperties,
  updateSite,
} from '../../../store/topologyRepository.js';
import { listReplicas, markReplicated, markReplicationPending } from '../../../store/topologyRuntime.js';
import { listUsers } from '../../../store/usersRepository.js';
import { exportConfiguration, importConfiguration, validateExport, type ConfigurationExport, type DroppedSecret } from '../../../store/topologyExport.js';
import { StoreKeyError } from '../kit/storeKeyErrors.js';
import { TYPE, internalDomainObject, replicaObject, sqlInstanceObjects } from './objects.js';
import { taskOutput } from '../verification/taskOutput.js';
import { parseXml, topologyChanges, topologyToXml } from './topologyXml.js';
import { fail, recordHandler } from '../kit/commandError.js';
import { sessionComputer, storeOf, stringParam } from '../kit/commandContext.js';
import { topoErrors } from './errors.js';
import { prepareSandboxWrite, readSandboxText, writeSandboxFile } from '../kit/files.js';
import { commandRead, commandTransaction } from '../kit/commandTransaction.js';
import { PSRuntimeError } from '../../../engine/errors.js';
import { typedArrays } from '../../../engine/runtime/convert.js';
import type { Store } from '../../../store/store.js';
import { withReport } from '../kit/report.js';
import './windowsServices.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

cmdlets.push(csCmdlet('Get-CsTopology', () =>
  recordHandler((ctx) => {
    const store = storeOf(ctx);
    if (ctx.params.AsXml === true) {
      ctx.writeObject(topologyToXml(store));
      return;
    }
    ctx.writeObject(
      new PSObject([...TYPE.topology], [
        ['Sites', listSites(store).map((s) => `Site:${s.name}`)],
        ['Clusters', listPools(store).map((p) => p.fqdn)],
        ['Machines', listComputers(store).map((c) => c.fqdn)],
        ['Services', listServices(store).map((s) => s.identity)],
        ['SipDomains', listSipDomains(store).map((d) => d.name)],
        ['InternalDomains', listSipDomains(store).map(internalDomainObject)],
        ['SqlInstances', sqlInstanceObjects(store)],
      ]),
    );
  }),
));

function readTextFile(ctx: CmdletContext, psPath: string): string {
  return readSandboxText(ctx, psPath, raiseTerminating);
}

const raiseTerminating = (spec: ErrorSpec): never => fail(spec, true);

type TopologyChanges = Exclude<ReturnType<typeof topologyChanges>, string>;

/** The parsed topology document, or undefined when it is not XML (reported by publishChanges). */
function parseTopology(text: string): ReturnType<typeof parseXml> | Error {
  try {
    return parseXml(text);
  } catch (e) {
    return e as Error;
  }
}

/** What publishing the document changes in the store as it is now; a document that does not fit is refused. */
function publishChanges(store: Store, document: ReturnType<typeof parseXml> | Error): TopologyChanges {
  let changes: ReturnType<typeof topologyChanges>;
  try {
    if (document instanceof Error) throw document;
    changes = topologyChanges(store, document);
  } catch (e) {
    changes = `The topology document cannot be read: ${(e as Error).message}.`;
  }
  if (typeof changes === 'string') fail(topoErrors.invalid(changes, 'InvalidTopologyDocument'), true);
  return changes;
}

cmdlets.push(csCmdlet('Publish-CsTopology', () =>
  withReport(
    recordHandler(async (ctx) => {
      if (ctx.parameterSetName === 'Finalize') {
        ctx.writeVerbose('Nothing to finalize: no pending topology changes.');
        return;
      }
      const text = ctx.parameterSetName === 'Document' ? String(ctx.params.Document ?? '') : readTextFile(ctx, stringParam(ctx, 'FileName') ?? '');
      const document = parseTopology(text);
      publishChanges(storeOf(ctx), document);
      if (!(await ctx.shouldProcess('Topology', 'Publish-CsTopology'))) return;
      const backup = stringParam(ctx, 'BackupFileName');
      const backupPath = backup ? prepareSandboxWrite(ctx, backup, raiseTerminating) : undefined;
      commandTransaction(ctx, (store, files) => {
        // The backup holds the topology this publication replaces, read under the same write lock.
        if (backupPath) files.place(backupPath, backup!, topologyToXml(store), raiseTerminating);
        const changes = publishChanges(store, document);
        replaceSipDomains(store, changes.sipDomains);
        for (const s of changes.sites) updateSite(store, s.name, s.patch);
        for (const s of changes.services) updateServiceProperties(store, s.identity, s.properties, s.registrar);
        markReplicationPending(store);
      });
      ctx.writeVerbose('The topology was published. Run Enable-CsTopology, then let replication reach every server.');
    }),
  ),
));

cmdlets.push(csCmdlet('Enable-CsTopology', () =>
  withReport(
    recordHandler(async (ctx) => {
      const store = storeOf(ctx);
      if (!(await ctx.shouldProcess('Topology', 'Enable-CsTopology'))) return;
      commandTransaction(ctx, (s) => s.setMeta('topologyEnabled', new Date().toISOString()));
      ctx.writeVerbose(`Enabled the topology: ${listSites(store).length} site(s), ${listPools(store).length} pool(s), ${listComputers(store).length} computer(s).`);
    }),
  ),
));

/** Consistency problems of the topology, most important first. */
function topologyProblems(ctx: CmdletContext): { error: string; diagnosis: string }[] {
  const store = storeOf(ctx);
  const problems: { error: string; diagnosis: string }[] = [];
  for (const s of listSites(store)) {
    for (const [name, route] of [['FederationRoute', s.federationRoute], ['XmppFederationRoute', s.xmppFederationRoute]] as const) {
      if (route && !resolveEdgeRoute(store, route)) {
        problems.push({ error: `Site ${s.name}: ${name} ${route} does not name an Edge service.`, diagnosis: `Run Set-CsSite -Identity ${s.name} -${name} EdgeServer:<edge pool fqdn>.` });
      }
    }
  }
  for (const p of listPools(store)) {
    if (!listComputers(store, { pool: p.fqdn }).length) problems.push({ error: `Pool ${p.fqdn} has no computers.`, diagnosis: 'Add a computer to the pool in Topology Builder and publish the topology.' });
  }
  const registrars = new Set(listServices(store, { role: 'Registrar' }).map((s) => s.pool.toLowerCase()));
  const orphan = listUsers(store, { enabled: true }).find((u) => u.registrarPool && !registrars.has(u.registrarPool.toLowerCase()));
  if (orphan) problems.push({ error: `User ${orphan.sipAddress} is homed on ${orphan.registrarPool}, which is not a Registrar pool.`, diagnosis: 'Move the user to an existing pool with Move-CsUser.' });
  return problems;
}

cmdlets.push(csCmdlet('Test-CsTopology', () =>
  withReport(
    recordHandler((ctx) => {
      const store = storeOf(ctx);
      const service = stringParam(ctx, 'Service');
      const local = sessionComputer(ctx);
      let target = getComputer(store, local)?.pool ?? local;
      const problems = topologyProblems(ctx);
      if (service) {
        const svc = listServices(store).find((s) => s.identity.toLowerCase() === service.replace(/^service:/i, '').toLowerCase());
        if (!svc) problems.unshift({ error: `Service ${service} was not found in the topology.`, diagnosis: 'Check the identity with Get-CsService.' });
        else target = svc.pool;
      }
      const first = problems[0];
      ctx.writeObject(first ? taskOutput(target, 'Failure', new TimeSpan(0), first.error, first.diagnosis) : taskOutput(target, 'Success', TimeSpan.fromMilliseconds(412.5), null, null));
    }),
  ),
));

// ---------------------------------------------------------------------------------------------
// Replication

cmdlets.push(csCmdlet('Get-CsManagementStoreReplicationStatus', () =>
  recordHandler((ctx) => {
    const store = storeOf(ctx);
    const replicas = listReplicas(store);
    if (ctx.params.CentralManagementStoreStatus === true) {
      const cms = listServices(store, { role: 'CentralManagement' })[0];
      const master = cms ? listComputers(store, { pool: cms.pool })[0]?.fqdn ?? cms.pool : null;
      ctx.writeObject(
        new PSObject(['Microsoft.Rtc.Management.Xds.CentralManagementStoreStatusResult'], [
          ['ActiveMasterFqdn', master],
          ['ActiveFileTransferAgents', master ? [master] : []],
          ['ActiveReplicas', replicas.map((r) => r.fqdn)],
          ['DeletedReplicas', []],
          ['ProposedMasterFqdn', null],
          ['ProposedFileTransferAgents', []],
        ]),
      );
      return;
    }
    const fqdn = stringParam(ctx, 'ReplicaFqdn');
    const selected = fqdn === undefined ? replicas : replicas.filter((r) => r.fqdn.toLowerCase() === fqdn.toLowerCase());
    if (fqdn !== undefined && !selected.length) fail(topoErrors.notFound('Replica', fqdn));
    for (const r of selected) ctx.writeObject(replicaObject(store, r));
  }),
));

cmdlets.push(csCmdlet('Invoke-CsManagementStoreReplication', () =>
  recordHandler((ctx) => {
    const store = storeOf(ctx);
    const fqdn = stringParam(ctx, 'ReplicaFqdn');
    if (fqdn !== undefined && !listReplicas(store).some((r) => r.fqdn.toLowerCase() === fqdn.toLowerCase())) fail(topoErrors.notFound('Replica', fqdn));
    const n = commandTransaction(ctx, (s) => markReplicated(s, fqdn));
    ctx.writeVerbose(`Replication was triggered for ${n} replica(s).`);
  }),
));

// ---------------------------------------------------------------------------------------------
// Export-/Import-CsConfiguration

cmdlets.push(csCmdlet('Export-CsConfiguration', () =>
  recordHandler((ctx) => {
    // One read transaction: the export is a consistent state even while another process writes.
    const data = JSON.stringify(commandRead(ctx, exportConfiguration), null, 2);
    if (ctx.params.AsBytes === true) {
      // One Byte[] object, as the real cmdlet writes it: $backup = Export-CsConfiguration -AsBytes holds a Byte[].
      const bytes = [...Buffer.from(data, 'utf8')];
      typedArrays.set(bytes, 'System.Byte[]');
      ctx.writeObject(bytes, false);
      return;
    }
    writeSandboxFile(ctx, stringParam(ctx, 'FileName') ?? '', data, raiseTerminating);
  }),
));

function importBytes(value: unknown): string {
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  if (Array.isArray(value)) return Buffer.from(value.map((b) => Number(b) & 0xff)).toString('utf8');
  return String(value ?? '');
}

cmdlets.push(csCmdlet('Import-CsConfiguration', () =>
  recordHandler((ctx) => {
    const text = ctx.parameterSetName === 'ByteInput' ? importBytes(ctx.params.ByteInput) : readTextFile(ctx, stringParam(ctx, 'FileName') ?? '');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const problem = validateExport(data);
    if (problem) fail(topoErrors.invalid(problem, 'InvalidConfigurationFile'), true);
    let dropped: DroppedSecret[] = [];
    try {
      dropped = commandTransaction(ctx, (s) => importConfiguration(s, data as ConfigurationExport));
    } catch (e) {
      if (e instanceof PSRuntimeError || e instanceof StoreKeyError) throw e;
      // The store's own complaint (a constraint it enforces) means nothing to the admin; the transaction rolled back.
      fail(topoErrors.invalid('The configuration export could not be imported because its entries conflict. Nothing was changed.', 'InvalidConfigurationFile'), true);
    }
    for (const d of dropped) {
      ctx.writeWarning(`The ${d.property} setting of ${d.type} "${d.identity}" was protected by the key of the store it was exported from and was not imported. Set it again with Set-Cs${d.type}.`);
    }
    if (ctx.params.LocalStore === true) ctx.writeVerbose('The configuration was imported into the local store of this computer.');
  }),
));
