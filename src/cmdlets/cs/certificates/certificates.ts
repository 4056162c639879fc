// The certificate cmdlets. They act on the certificate store of the session's computer (DOMAIN §3.1a:
// the local computer, or the Enter-PSSession target), or on the Central Management Store with
// `-Identity Global`. Handlers live in the other files of this folder.

import { csCmdlet } from '../../../catalog/registry.js';
import { getCertificate, removeCertificate, setCertificate, testCertificateConfiguration } from './assign.js';
import { importCertificate } from './import.js';
import { requestCertificate } from './request.js';
import { withReport } from '../kit/report.js';
import type { CmdletDefinition } from '../../../engine/cmdlet.js';

/** The cmdlets this module declares, gathered by its family index. */
export const cmdlets: CmdletDefinition[] = [];

cmdlets.push(csCmdlet('Request-CsCertificate', () => withReport(requestCertificate())));
cmdlets.push(csCmdlet('Import-CsCertificate', () => withReport(importCertificate())));
cmdlets.push(csCmdlet('Get-CsCertificate', () => withReport(getCertificate())));
cmdlets.push(csCmdlet('Set-CsCertificate', () => withReport(setCertificate())));
cmdlets.push(csCmdlet('Remove-CsCertificate', () => withReport(removeCertificate())));
cmdlets.push(csCmdlet('Test-CsCertificateConfiguration', () => withReport(testCertificateConfiguration())));
