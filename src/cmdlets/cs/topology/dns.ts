// The simulated external DNS zone of the SIP domains, seen and edited with the Windows DNS cmdlets
// admins use for the records XMPP and SIP federation need (DOMAIN.md §4.3): Resolve-DnsName,
// Get-/Add-/Remove-DnsServerResourceRecord. [I] The zones are exactly the SIP domains of the deployment.

import type { CmdletContext, CmdletMetadata, ErrorSpec, ParameterMetadata } from '../../../engine/cmdlet.js';
import { PSObject } from '../../../engine/runtime/values.js';
import { parameter } from '../../../engine/parameterMetadata.js';
import { cmdletDefinition } from '../../../catalog/registry.js';
import { addDnsRecord, listDnsRecords, removeDnsRecord } from '../../../store/dnsRepository.js';
import { getSipDomain } from '../../../store/topologyRepository.js';
import type { DnsRecord } from '../../../store/topologyTypes.js';
import { fail, recordHandler } from '../kit/commandError.js';
import { storeOf, stringParam } from '../kit/commandContext.js';
import { commandTransaction } from '../kit/commandTransaction.js';
import type { Store } from '../../../store/store.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

/** [I] TTL shown for every record of the simulated zone. */
const TTL_SECONDS = 3600;
const DNS_CLIENT = 'DnsClient';
const DNS_SERVER = 'DnsServer';

interface ParamSpec {
  type?: string;
  sets?: string[];
  mandatory?: boolean;
  position?: number;
  validateSet?: string[];
  aliases?: string[];
}

function param(name: string, spec: ParamSpec, allSets: string[]): ParameterMetadata {
  return parameter({
    name,
    type: spec.type ?? 'String',
    aliases: spec.aliases,
    inSets: spec.sets ?? allSets,
    required: !!spec.mandatory,
    position: spec.position ?? null,
    validateSet: spec.validateSet,
  });
}

function metadata(name: string, module: string, sets: string[], params: [string, ParamSpec][], shouldProcess = false): CmdletMetadata {
  const [verb, noun] = name.split('-') as [string, string];
  return {
    name,
    verb,
    noun,
    defaultParameterSet: sets[0] ?? null,
    parameterSets: sets,
    supportsShouldProcess: shouldProcess,
    parameters: params.map(([n, s]) => param(n, s, sets)),
    outputType: null,
    module,
    className: module === DNS_CLIENT ? `Microsoft.DnsClient.Commands.${verb}${noun}` : `${verb}-${noun}`,
  };
}

const RECORD_TYPES = ['A', 'AAAA', 'A_AAAA', 'CNAME', 'MX', 'NS', 'PTR', 'SOA', 'SRV', 'TXT', 'ALL'];

// ---------------------------------------------------------------------------------------------
// Resolve-DnsName


function clientRecord(r: DnsRecord): PSObject {
  if (r.type === 'SRV') {
    return new PSObject(['Microsoft.DnsClient.Commands.DnsRecord_SRV'], [
      ['Name', r.name], ['Type', 'SRV'], ['TTL', TTL_SECONDS], ['Section', 'Answer'],
      ['NameTarget', r.target], ['Priority', r.priority ?? 0], ['Weight', r.weight ?? 0], ['Port', r.port ?? 0],
    ]);
  }
  return new PSObject([`Microsoft.DnsClient.Commands.DnsRecord_${r.type}`], [['Name', r.name], ['Type', r.type], ['TTL', TTL_SECONDS], ['Section', 'Answer'], ['IPAddress', r.target]]);
}

/** [V shape] The resolver's "no such name" error. */
function nameError(name: string): ErrorSpec {
  return {
    message: `${name} : DNS name does not exist`,
    category: 'ResourceUnavailable',
    errorId: 'DNS_ERROR_RCODE_NAME_ERROR',
    exceptionType: 'System.ComponentModel.Win32Exception',
    targetObject: name,
  };
}

cmdlets.push(cmdletDefinition(
  metadata('Resolve-DnsName', DNS_CLIENT, ['__AllParameterSets'], [
    ['Name', { mandatory: true, position: 0 }],
    ['Type', { position: 1, validateSet: RECORD_TYPES }],
    ['Server', {}],
    ['DnsOnly', { type: 'SwitchParameter' }],
  ]),
  () =>
    recordHandler((ctx) => {
      const name = (stringParam(ctx, 'Name') ?? '').replace(/\.$/, '');
      const type = (stringParam(ctx, 'Type') ?? 'A_AAAA').toUpperCase();
      const all = listDnsRecords(storeOf(ctx), { name });
      const wanted = all.filter((r) => type === 'ALL' || r.type === type || (type === 'A_AAAA' && (r.type === 'A' || r.type === 'AAAA')));
      if (!all.length) fail(nameError(name));
      for (const r of wanted) ctx.writeObject(clientRecord(r));
    }),
));

// ---------------------------------------------------------------------------------------------
// Get-/Add-/Remove-DnsServerResourceRecord

const SERVER_TYPE = 'Microsoft.Management.Infrastructure.CimInstance#root/Microsoft/Windows/DNS/DnsServerResourceRecord';

const TYPE_NUMBERS: Record<string, number> = { A: 1, NS: 2, CNAME: 5, SOA: 6, MX: 15, TXT: 16, AAAA: 28, SRV: 33 };

function relativeName(fqdn: string, zone: string): string {
  if (fqdn.toLowerCase() === zone.toLowerCase()) return '@';
  return fqdn.slice(0, fqdn.length - zone.length - 1);
}

function absoluteName(name: string, zone: string): string {
  const n = name.replace(/\.$/, '');
  if (n === '@' || n === '' || n.toLowerCase() === zone.toLowerCase()) return zone;
  return n.toLowerCase().endsWith(`.${zone.toLowerCase()}`) ? n : `${n}.${zone}`;
}

function serverRecord(r: DnsRecord, zone: string): PSObject {
  const data = r.type === 'SRV' ? `[${r.priority ?? 0}][${r.weight ?? 0}][${r.port ?? 0}][${r.target}.]` : r.target;
  return new PSObject([SERVER_TYPE], [
    ['HostName', relativeName(r.name, zone)], ['RecordType', r.type], ['Type', TYPE_NUMBERS[r.type] ?? 0],
    ['Timestamp', null], ['TimeToLive', '01:00:00'], ['RecordData', data],
  ]);
}

/** The zone: one of the deployment's SIP domains. [I] wording of the error. */
function zoneOf(ctx: CmdletContext): string {
  const zone = (stringParam(ctx, 'ZoneName') ?? '').replace(/\.$/, '');
  const d = getSipDomain(storeOf(ctx), zone);
  if (!d) {
    fail({
      message: `Failed to get the zone information for ${zone} on server ${ctx.engine.session.localComputer}.`,
      category: 'ObjectNotFound',
      errorId: 'WIN32 9601',
      exceptionType: 'Microsoft.Management.Infrastructure.CimException',
      targetObject: zone,
    });
  }
  return d.name;
}

function recordsInZone(ctx: CmdletContext, zone: string): DnsRecord[] {
  const suffix = `.${zone.toLowerCase()}`;
  return listDnsRecords(storeOf(ctx)).filter((r) => r.name.toLowerCase() === zone.toLowerCase() || r.name.toLowerCase().endsWith(suffix));
}

cmdlets.push(cmdletDefinition(
  metadata('Get-DnsServerResourceRecord', DNS_SERVER, ['__AllParameterSets'], [
    ['ZoneName', { mandatory: true, position: 0 }],
    ['Name', { position: 1 }],
    ['RRType', { validateSet: RECORD_TYPES.filter((t) => t !== 'ALL' && t !== 'A_AAAA') }],
    ['ComputerName', {}],
  ]),
  () =>
    recordHandler((ctx) => {
      const zone = zoneOf(ctx);
      const name = stringParam(ctx, 'Name');
      const type = stringParam(ctx, 'RRType')?.toUpperCase();
      const records = recordsInZone(ctx, zone).filter((r) => (!name || r.name.toLowerCase() === absoluteName(name, zone).toLowerCase()) && (!type || r.type === type));
      if (name && !records.length) fail({ ...nameError(absoluteName(name, zone)), message: `Failed to get ${name} record in ${zone} zone on ${ctx.engine.session.localComputer} server.`, errorId: 'WIN32 9714' });
      for (const r of records) ctx.writeObject(serverRecord(r, zone));
    }),
));

cmdlets.push(cmdletDefinition(
  metadata(
    'Add-DnsServerResourceRecord',
    DNS_SERVER,
    ['Srv', 'A'],
    [
      ['ZoneName', { mandatory: true }],
      ['Name', { mandatory: true }],
      ['Srv', { type: 'SwitchParameter', sets: ['Srv'], mandatory: true }],
      ['DomainName', { sets: ['Srv'], mandatory: true }],
      ['Port', { type: 'UInt16', sets: ['Srv'], mandatory: true }],
      ['Priority', { type: 'UInt16', sets: ['Srv'], mandatory: true }],
      ['Weight', { type: 'UInt16', sets: ['Srv'], mandatory: true }],
      ['A', { type: 'SwitchParameter', sets: ['A'], mandatory: true }],
      ['IPv4Address', { sets: ['A'], mandatory: true }],
      ['ComputerName', {}],
      ['PassThru', { type: 'SwitchParameter' }],
    ],
    true,
  ),
  () =>
    recordHandler(async (ctx) => {
      const zone = zoneOf(ctx);
      const name = absoluteName(stringParam(ctx, 'Name') ?? '', zone);
      const srv = ctx.parameterSetName === 'Srv';
      const target = srv ? (stringParam(ctx, 'DomainName') ?? '').replace(/\.$/, '') : stringParam(ctx, 'IPv4Address') ?? '';
      if (!srv && !/^(\d{1,3})(\.\d{1,3}){3}$/.test(target)) {
        fail({ message: `Cannot process argument: "${target}" is not an IPv4 address.`, category: 'InvalidArgument', errorId: 'InvalidIPv4Address', targetObject: target });
      }
      const record = { name, type: srv ? 'SRV' : 'A', target, port: srv ? Number(ctx.params.Port) : null, priority: srv ? Number(ctx.params.Priority) : null, weight: srv ? Number(ctx.params.Weight) : null };
      const refuseDuplicate = (store: Store) => {
        if (listDnsRecords(store, { name, type: record.type }).some((r) => r.target.toLowerCase() === target.toLowerCase())) {
          fail({ message: `Failed to create resource record ${relativeName(name, zone)} in ${zone} zone on ${ctx.engine.session.localComputer} server.`, category: 'ResourceExists', errorId: 'WIN32 9711', targetObject: name });
        }
      };
      refuseDuplicate(storeOf(ctx));
      if (!(await ctx.shouldProcess(`${relativeName(name, zone)} ${record.type} ${target}`))) return;
      commandTransaction(ctx, (store) => {
        refuseDuplicate(store);
        addDnsRecord(store, record);
      });
      if (ctx.params.PassThru === true) ctx.writeObject(serverRecord({ ...record }, zone));
    }),
));

cmdlets.push(cmdletDefinition(
  metadata(
    'Remove-DnsServerResourceRecord',
    DNS_SERVER,
    ['__AllParameterSets'],
    [
      ['ZoneName', { mandatory: true, position: 0 }],
      ['Name', { mandatory: true }],
      ['RRType', { mandatory: true, validateSet: ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'PTR', 'SRV', 'TXT'] }],
      ['RecordData', {}],
      ['ComputerName', {}],
      ['Force', { type: 'SwitchParameter' }],
    ],
    true,
  ),
  () =>
    recordHandler(async (ctx) => {
      const zone = zoneOf(ctx);
      const name = absoluteName(stringParam(ctx, 'Name') ?? '', zone);
      const type = (stringParam(ctx, 'RRType') ?? '').toUpperCase();
      const data = stringParam(ctx, 'RecordData')?.replace(/\.$/, '');
      const existing = (store: Store) => {
        const found = listDnsRecords(store, { name, type }).filter((r) => !data || r.target.toLowerCase() === data.toLowerCase());
        if (!found.length) fail({ message: `Failed to get ${relativeName(name, zone)} record in ${zone} zone on ${ctx.engine.session.localComputer} server.`, category: 'ObjectNotFound', errorId: 'WIN32 9714', targetObject: name });
        return found;
      };
      existing(storeOf(ctx));
      if (!(await ctx.shouldProcess(`${relativeName(name, zone)} ${type}`))) return;
      commandTransaction(ctx, (store) => {
        for (const r of existing(store)) removeDnsRecord(store, r.name, r.type, r.target);
      });
    }),
));
