// Every page of the panel by path.

import { OBJECT_TABS } from './objectKinds.js';
import { HOME_ROUTES } from './pages/home.js';
import { objectTabRoutes } from './pages/objectTab.js';
import { TOPOLOGY_ROUTES } from './pages/topology.js';
import { USER_ROUTES } from './pages/users.js';
import { XMPP_CHECK_ROUTES } from './pages/xmppCheck.js';
import type { Route } from './routing.js';

export const PANEL_ROUTES: Record<string, Route> = Object.assign(
  {},
  HOME_ROUTES,
  USER_ROUTES,
  TOPOLOGY_ROUTES,
  XMPP_CHECK_ROUTES,
  { '/federation': { get: () => ({ redirect: '/federation/policies' }) } },
  ...OBJECT_TABS.map(objectTabRoutes),
);
