// Topology: the deployment as a picture (svg/topologyPicture.tsx) and the status of its pools,
// computers and services (Windows services running or stopped, from the store).

import { listComputers, listPools, listServices, listSites, type PoolRecord } from '../../../store/topologyRepository.js';
import { listWindowsServices } from '../../../store/topologyRuntime.js';
import { PRODUCT_VERSIONS } from '../../../store/topologyTypes.js';
import { ListHead } from '../components.js';
import { page, type PanelContext, type Route } from '../routing.js';
import { TopologyPicture, readTopologyPicture } from '../svg/topologyPicture.js';
import { Layout } from './layout.js';

function ComputerRows(props: { ctx: PanelContext; pool: PoolRecord }) {
  return (
    <>
      {listComputers(props.ctx.store, { pool: props.pool.fqdn }).map((c) => {
        const services = listWindowsServices(props.ctx.store, c.fqdn);
        const stopped = services.filter((w) => w.status !== 'Running');
        return (
          <tr key={c.fqdn}>
            <td>{props.pool.fqdn}</td>
            <td>{props.pool.site}</td>
            <td>{props.pool.kind}</td>
            <td>{PRODUCT_VERSIONS[props.pool.productVersion]?.display ?? props.pool.productVersion}</td>
            <td>{c.fqdn}</td>
            <td>{c.ipAddress ?? ''}</td>
            <td>
              {services.length === 0 ? 'No services' : stopped.length === 0 ? `Running (${services.length} services)` : `Stopped: ${stopped.map((w) => w.name).join(', ')}`}
            </td>
          </tr>
        );
      })}
    </>
  );
}

function topology(ctx: PanelContext) {
  const pools = listPools(ctx.store);
  return page(
    <Layout title="Topology" area="Topology" csrf={ctx.csrf} commands={ctx.shell.paneLines}>
      <div className="toolbar">
        <a className="button" href="/topology">
          Refresh
        </a>
      </div>
      <TopologyPicture picture={readTopologyPicture(ctx.store)} />
      <h2 style={{ fontSize: 15, fontWeight: 400 }}>Status</h2>
      <table className="list">
        <ListHead labels={['Pool', 'Site', 'Kind', 'Version', 'Computer', 'IP address', 'Services']} />
        <tbody>
          {pools.map((p) => (
            <ComputerRows key={p.fqdn} ctx={ctx} pool={p} />
          ))}
        </tbody>
      </table>
      <h2 style={{ fontSize: 15, fontWeight: 400 }}>Services</h2>
      <table className="list">
        <ListHead labels={['Service', 'Site', 'Next hop']} />
        <tbody>
          {listServices(ctx.store).map((s) => (
            <tr key={s.identity}>
              <td>{s.identity}</td>
              <td>Site:{s.site}</td>
              <td>{s.registrar ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Sites: {listSites(ctx.store).map((s) => s.name).join(', ')}</p>
    </Layout>,
  );
}

export const TOPOLOGY_ROUTES: Record<string, Route> = { '/topology': { get: topology } };
