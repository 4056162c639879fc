// The key, request, lab-CA and PFX code of src/pki, loaded on first use. It pulls in node-forge
// (about 600 KB of code), which every run would otherwise compile at start-up although only the
// certificate commands that make keys or read certificate files ever need it.

import type * as Keys from '../../../pki/keys.js';
import type * as Csr from '../../../pki/csr.js';
import type * as LabCa from '../../../pki/labCa.js';
import type * as Containers from '../../../pki/containers.js';

export type CertificateCrypto = typeof Keys & typeof Csr & typeof LabCa & typeof Containers;

let loaded: Promise<CertificateCrypto> | undefined;

export function loadCertificateCrypto(): Promise<CertificateCrypto> {
  loaded ??= Promise.all([
    import('../../../pki/keys.js'),
    import('../../../pki/csr.js'),
    import('../../../pki/labCa.js'),
    import('../../../pki/containers.js'),
  ]).then(([keys, csr, labCa, containers]) => ({ ...keys, ...csr, ...labCa, ...containers }));
  return loaded;
}
