// Core PowerShell cmdlets (Where-Object, Select-Object, Format-*, Import-Csv, Get-Help, …).
// Each module registers its cmdlets when imported.
import './format.js';
import './out.js';
import './where.js';
import './select.js';
import './measure.js';
import './member.js';
import './write.js';
import './session.js';
import './csv.js';
import './json.js';
import './files.js';
import './childItems.js';
import './pathCmdlets.js';
import './variables.js';
import './dates.js';
import './hostCmdlets.js';
import './objects.js';
import './modules.js';
import './commands.js';
import './help.js';
import './misc.js';
import './helpPipeline.js';
import './helpOutput.js';
import './helpSession.js';
import './itemCmdlets.js';
import './addMember.js';
import './random.js';
import './html.js';
import './clixml.js';
import './invokeExpression.js';
import './testNetConnection.js';
import './services.js';
import './pfxCertificates.js';
import './helpAdminTools.js';
// Get-History lives with the shell's session history; outside the shell its list is empty.
import '../../host/repl/historyCmdlet.js';
