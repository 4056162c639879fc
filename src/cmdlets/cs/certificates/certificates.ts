// The certificate cmdlets. They act on the certificate store of the session's computer (DOMAIN §3.1a:
// the local computer, or the Enter-PSSession target), or on the Central Management Store with
// `-Identity Global`. Handlers live in the other files of this folder.

import { registerCsCmdlet } from '../../../catalog/registry.js';
import { getCertificate, removeCertificate, setCertificate, testCertificateConfiguration } from './assign.js';
import { importCertificate } from './import.js';
import { requestCertificate } from './request.js';
import { withReport } from '../kit/report.js';

registerCsCmdlet('Request-CsCertificate', () => withReport(requestCertificate()));
registerCsCmdlet('Import-CsCertificate', () => withReport(importCertificate()));
registerCsCmdlet('Get-CsCertificate', () => withReport(getCertificate()));
registerCsCmdlet('Set-CsCertificate', () => withReport(setCertificate()));
registerCsCmdlet('Remove-CsCertificate', () => withReport(removeCertificate()));
registerCsCmdlet('Test-CsCertificateConfiguration', () => withReport(testCertificateConfiguration()));
