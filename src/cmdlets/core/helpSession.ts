// Help for the session, variable, module and discovery cmdlets, in our own words.

import { example, type HelpExample } from '../../catalog/help.js';
import type { HelpDeclaration } from '../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const ex = example;

function simple(name: string, synopsis: string, description: string, parameters: Record<string, string>, examples: HelpExample[], related?: string[]): void {
  help.push([name, { synopsis, description, parameters, examples, related }]);
}

const scope = 'Global, Script or Local (the default).';

simple('Get-Variable', 'Lists variables and their values.', 'Without a name it lists every variable in scope. Names may contain wildcards; -ValueOnly writes just the values.', {
  Name: 'Variable names, without the $.',
  ValueOnly: 'Writes only the values.',
  Exclude: 'Names to leave out.',
  Scope: scope,
}, [ex('Preference variables', 'Get-Variable *Preference', 'Shows the preference settings of the session.', { shows: ['Name                           Value', 'ConfirmPreference              High', 'ErrorActionPreference          Continue', 'WarningPreference              Continue'] })], ['Set-Variable']);
simple('Set-Variable', 'Sets the value of a variable, creating it when needed.', 'The same as assigning with =, with extra control over the scope.', { Name: 'The variable name, without the $.', Value: 'The new value.', Scope: scope, PassThru: 'Writes the variable.' }, [
  ex('Remember a pool', "Set-Variable -Name pool -Value 'pool01.contoso.com'; $pool", 'Writes pool01.contoso.com.', { shows: ['pool01.contoso.com\n'] }),
]);
simple('New-Variable', 'Creates a variable.', 'Fails when a variable of that name already exists, unless -Force is given.', { Name: 'The name.', Value: 'The initial value.', Force: 'Replaces an existing variable.', Scope: scope }, [
  ex('A counter', 'New-Variable -Name attempts -Value 0 -Force; $attempts', 'Writes 0.', { shows: ['0\n'] }),
]);
simple('Remove-Variable', 'Deletes a variable.', 'The variable no longer exists afterwards; reading it gives $null.', { Name: 'The names (wildcards allowed).', Scope: scope }, [
  ex('Forget a value', "$temp = 1; Remove-Variable temp", 'Deletes $temp.', { silent: true, after: [['Test-Path variable:temp', 'False']] }),
]);
simple('Clear-Variable', 'Sets a variable to $null.', 'The variable stays but holds nothing.', { Name: 'The names.', Scope: scope }, [ex('Empty a variable', '$list = 1,2; Clear-Variable list', '$list is now $null.', { silent: true, after: [['$null -eq $list', 'True'], ['Test-Path variable:list', 'True']] })]);

simple('Get-Date', 'Returns the current date and time, or another date.', 'Get-Date returns a DateTime. -Format uses .NET format strings (yyyy-MM-dd), -UFormat Unix-style ones (%Y%m%d).', {
  Date: 'The date to use instead of now.',
  Format: 'A .NET format string; the result is text.',
  UFormat: 'A Unix-style format string; the result is text.',
  Year: 'Replaces the year.',
  Month: 'Replaces the month.',
  Day: 'Replaces the day.',
}, [
  ex('A time stamp for a file name', "Get-Date -Format 'yyyyMMdd-HHmm'", 'Writes something like 20261126-1305.', { after: [['$out = Get-Date -Format "yyyyMMdd-HHmm"; $out -match "^\\d{8}-\\d{4}$"', 'True']] }),
  ex('Days until a certificate expires', "((Get-Date -Date '2027-01-01') - (Get-Date -Date '2026-12-01')).Days", 'Writes 31.', { shows: ['31\n'] }),
]);
simple('New-TimeSpan', 'Creates a time interval.', 'Give days, hours, minutes and seconds, or a start and an end date.', {
  Start: 'The start date (now when omitted).',
  End: 'The end date (now when omitted).',
  Days: 'Days.',
  Hours: 'Hours.',
  Minutes: 'Minutes.',
  Seconds: 'Seconds.',
}, [ex('Ninety minutes', 'New-TimeSpan -Hours 1 -Minutes 30', 'Shows the interval as a list.', { shows: ['Days              : 0', 'Hours             : 1', 'Minutes           : 30', 'TotalMinutes      : 90'] })]);
simple('Clear-Host', 'Clears the console.', 'The alias cls does the same.', {}, [ex('Start with a clean screen', 'Clear-Host', 'Clears the console.', { shows: ['\u001b[clear]'] })]);
simple('Start-Sleep', 'Waits for a while.', 'In the interactive shell the wait is real (Ctrl+C stops it); batch runs record the wait but do not hold up the script.', {
  Seconds: 'How many seconds to wait.',
  Milliseconds: 'How many milliseconds to wait.',
}, [ex('Wait for replication', 'Start-Sleep -Seconds 5', 'Pauses before the next command.', { silent: true })]);
simple('Get-Culture', 'Gets the culture of this shell.', 'The shell runs in en-US: the culture name, its display name and the date patterns it formats with.', {}, [
  ex('Short date pattern', '(Get-Culture).DateTimeFormat.ShortDatePattern', 'Writes M/d/yyyy.', { shows: ['M/d/yyyy\n'] }),
]);
simple('Get-Host', 'Gets the host of this shell.', 'Returns the object $Host holds: name, version and the console UI settings.', {}, [
  ex('Host version', '(Get-Host).Version', 'Shows the version of the host.', { shows: ['Major  Minor  Build  Revision\n-----  -----  -----  --------\n5      1      17763  316\n'] }),
]);
simple('Read-Host', 'Reads a line typed at the console.', 'Shows the prompt followed by a colon and returns what is typed; -AsSecureString hides the input and returns a SecureString. Batch runs cannot answer prompts.', {
  Prompt: 'The text shown before the input.',
  AsSecureString: 'Hides the typed text and returns a SecureString.',
}, [ex('Ask for a domain', "$domain = Read-Host 'Partner domain'", 'Stores the typed domain in $domain.', { silent: true, after: [['$domain', 'jabber.org']] })]);
simple('Start-Transcript', 'Records the session to a text file.', 'Everything the console shows from now on is also written to the file (under Documents unless -Path is given). Typed passwords are never recorded.', {
  Path: 'The transcript file.',
  Append: 'Adds to an existing file.',
  NoClobber: 'Does not overwrite an existing file.',
  OutputDirectory: 'The folder for an automatically named file.',
}, [ex('Record a change', 'Start-Transcript -Path C:\\logs\\xmpp.txt; Get-CsXmppGatewayConfiguration; Stop-Transcript', 'Writes the gateway settings to the console and to the log.', { shows: ['Transcript started, output file is C:\\logs\\xmpp.txt', 'Identity                      : Global', 'Transcript stopped, output file is C:\\logs\\xmpp.txt'], after: [["(Get-Content C:\\logs\\xmpp.txt -Raw) -match 'KeepAliveInterval\\s+: 300'", 'True']] })], ['Stop-Transcript']);
simple('Stop-Transcript', 'Stops recording the session.', 'Ends the transcript started with Start-Transcript and shows the file name.', {}, [
  ex('Start and stop', 'Start-Transcript -Path t.txt | Out-Null; Stop-Transcript', 'Shows the transcript file name.', { shows: ['Transcript stopped, output file is C:\\Users\\Administrator\\t.txt\n'], after: [['Test-Path t.txt', 'True']] }),
]);

simple('New-Object', 'Creates an object of a .NET type.', 'Supported types include PSObject/PSCustomObject (with -Property), System.Collections.ArrayList, System.Collections.Generic.List[T], Hashtable, DateTime, TimeSpan and PSCredential.', {
  TypeName: 'The type to create.',
  ArgumentList: 'Arguments for the constructor.',
  Property: 'A hashtable of properties to add.',
}, [
  ex('A custom object', "New-Object PSObject -Property @{Domain='jabber.org'; Tls='Required'}", 'Creates an object with two properties.', { shows: ['Domain     Tls\n------     ---\njabber.org Required\n'] }),
  ex('A credential', "New-Object System.Management.Automation.PSCredential('contoso\\admin', (ConvertTo-SecureString 'Pa55w.rd' -AsPlainText -Force))", 'Creates a credential without prompting.', { shows: ['UserName      Password\n--------      --------\ncontoso\\admin System.Security.SecureString\n'] }),
]);
simple('Get-Credential', 'Asks for a user name and password.', 'Returns a PSCredential. The password is kept as a SecureString and never shown. Batch runs cannot answer the prompt; build the credential with New-Object there.', {
  Credential: 'A user name to fill in, or a credential to return as it is.',
  UserName: 'The user name to fill in.',
  Message: 'The text of the prompt.',
}, [ex('Ask for an admin', "$cred = Get-Credential -UserName 'contoso\\admin'", 'Prompts for the password of contoso\\admin.', { silent: true, after: [['$cred.UserName', 'contoso\\admin'], ['$cred.Password.GetType().FullName', 'System.Security.SecureString']] })]);
simple('ConvertTo-SecureString', 'Makes a SecureString.', 'With -AsPlainText -Force it wraps plain text; without, it reads the encrypted text made by ConvertFrom-SecureString. The secret is never printed.', {
  String: 'The text to convert.',
  AsPlainText: 'The input is plain text.',
  Force: 'Confirms that plain text is intended.',
}, [ex('A password for a PFX import', "$pw = ConvertTo-SecureString 'Pa55w.rd' -AsPlainText -Force", 'Stores the password as a SecureString.', { silent: true, after: [['$pw.GetType().FullName', 'System.Security.SecureString'], ['$pw.Length', '8']] })]);
simple('ConvertFrom-SecureString', 'Turns a SecureString into encrypted text.', 'The text can be stored and turned back with ConvertTo-SecureString.', { SecureString: 'The secure string.' }, [
  ex('Store a password', "ConvertTo-SecureString 'Pa55w.rd' -AsPlainText -Force | ConvertFrom-SecureString | Set-Content pw.txt", 'Writes the encrypted form to pw.txt.', { silent: true, after: [["(Get-Content pw.txt) -match '^[0-9a-f]+$'", 'True'], ['(Get-Content pw.txt | ConvertTo-SecureString).Length', '8']] }),
]);

simple('Import-Module', 'Loads a module into the session.', 'The shell knows SkypeForBusiness (loaded at start), Lync, ActiveDirectory and the PowerShell modules. Other names fail as they would on a server without them.', {
  Name: 'The module name or the path of its manifest.',
  PassThru: 'Writes the module.',
  Force: 'Reloads the module.',
}, [ex('Load the Lync module', 'Import-Module Lync', 'Makes the Lync cmdlets available (they are the same cmdlets).', { silent: true, after: [['(Get-Module Lync).Name', 'Lync']] })], ['Get-Module']);
simple('Get-Module', 'Lists loaded modules.', 'With -ListAvailable it lists every module the server has.', { Name: 'Module names (wildcards allowed).', ListAvailable: 'Lists the installed modules.' }, [
  ex('Is the module loaded', 'Get-Module SkypeForBusiness', 'Shows the module and its commands.', { shows: ['ModuleType Version    Name                                ExportedCommands', 'Manifest   7.0.0.0    SkypeForBusiness                    {Disable-CsHostingProvider'] }),
]);
simple('Remove-Module', 'Unloads a module.', 'The module no longer appears in Get-Module.', { Name: 'The module names.' }, [ex('Unload Lync', 'Import-Module Lync; Remove-Module Lync', 'Loads and unloads the module.', { silent: true, after: [['@(Get-Module Lync).Count', '0']] })]);
simple('New-PSSession', 'Opens a remote session.', 'Scripts often start by connecting to https://<pool>/OcsPowershell; here the session is accepted and the cmdlets act on the emulated deployment.', {
  ConnectionUri: 'The remote endpoint, such as https://pool01.contoso.com/OcsPowershell.',
  ComputerName: 'The computer to connect to.',
  Credential: 'The account to connect as.',
  Authentication: 'The authentication mechanism.',
}, [ex('Connect to the pool', '$s = New-PSSession -ConnectionUri https://pool01.contoso.com/OcsPowershell', 'Returns an opened session.', { silent: true, after: [['$s.State', 'Opened'], ['$s.ComputerName', 'pool01.contoso.com']] })], ['Import-PSSession', 'Remove-PSSession']);
simple('New-PSSessionOption', 'Creates options for a remote session.', 'Pass the result to New-PSSession -SessionOption; -SkipCACheck, -SkipCNCheck and -SkipRevocationCheck are the usual choices for a pool with an internal certificate.', {
  SkipCACheck: 'Does not check that the server certificate comes from a trusted authority.',
  SkipCNCheck: 'Does not check that the certificate name matches the server name.',
  SkipRevocationCheck: 'Does not check the certificate revocation status.',
  OperationTimeout: 'Milliseconds an operation may take.',
}, [ex('Options for a lab pool', '$so = New-PSSessionOption -SkipCACheck -SkipCNCheck -SkipRevocationCheck; New-PSSession -ConnectionUri https://pool01.contoso.com/OcsPowershell -SessionOption $so', 'Opens a session with the relaxed certificate checks.', { shows: [' Id Name            ComputerName    ComputerType    State         ConfigurationName       Availability', '  1 Session1        pool01.conto... RemoteMachine   Opened        Microsoft.PowerShell       Available'] })], ['New-PSSession']);
simple('Import-PSSession', 'Imports the commands of a remote session.', 'Returns the temporary module holding the imported cmdlets.', { Session: 'The session.', AllowClobber: 'Replaces local commands of the same name.' }, [
  ex('Import the Skype cmdlets', '$s = New-PSSession -ConnectionUri https://pool01.contoso.com/OcsPowershell; Import-PSSession $s -AllowClobber', 'Shows the imported module.', { shows: ['ModuleType Version    Name                                ExportedCommands', 'Script     1.0        tmp_', '{Disable-CsHostingProvider'] }),
]);
simple('Remove-PSSession', 'Closes remote sessions.', 'Closes the given sessions, or those piped in.', { Session: 'The sessions.', Id: 'Session ids.', Name: 'Session names.' }, [
  ex('Close all sessions', 'New-PSSession -ComputerName pool01.contoso.com | Out-Null; Get-PSSession | Remove-PSSession', 'Leaves no open sessions.', { silent: true, after: [['@(Get-PSSession).Count', '0']] }),
]);
simple('Get-PSSession', 'Lists the remote sessions of this shell.', 'Shows id, name, computer and state.', { Id: 'Session ids.', Name: 'Session names.', ComputerName: 'Computer names.' }, [
  ex('Open sessions', 'Get-PSSession', 'Shows nothing until a session is opened.', { silent: true }),
]);
simple('Invoke-Command', 'Runs a script block.', 'The block runs in this session, also when -ComputerName or -Session names a server of the emulated deployment.', {
  ScriptBlock: 'The commands to run.',
  ArgumentList: 'Values for $args or the block\'s param().',
  ComputerName: 'Accepted; the block runs locally.',
  Session: 'Accepted; the block runs locally.',
}, [ex('Run a block with an argument', 'Invoke-Command -ScriptBlock { param($d) "Partner: $d" } -ArgumentList jabber.org', 'Writes Partner: jabber.org.', { shows: ['Partner: jabber.org\n'] })]);

simple('Get-Command', 'Lists the commands of the shell.', 'Find cmdlets by name (with wildcards), verb, noun or module. -Syntax shows the parameter sets.', {
  Name: 'Command names (wildcards allowed).',
  Verb: 'Only commands with this verb.',
  Noun: 'Only commands with this noun.',
  Module: 'Only commands of this module.',
  CommandType: 'Cmdlet, Function or Alias.',
  Syntax: 'Writes the syntax instead of the command.',
}, [
  ex('All XMPP cmdlets', 'Get-Command *Xmpp*', 'Lists the XMPP federation cmdlets.', { shows: ['CommandType     Name                                               Version    Source', 'Cmdlet          Get-CsXmppAllowedPartner                           7.0.0.0    SkypeForBusiness', 'Cmdlet          Test-CsXmppIM                                      7.0.0.0    SkypeForBusiness'] }),
  ex('Syntax of a cmdlet', 'Get-Command New-CsXmppAllowedPartner -Syntax', 'Shows both parameter sets.', { shows: ['New-CsXmppAllowedPartner [-Identity] <XdsGlobalRelativeIdentity> [-AdditionalDomains <PSListModifier>]', 'New-CsXmppAllowedPartner -Domain <String> [-AdditionalDomains <PSListModifier>]'] }),
], ['Get-Help', 'Get-Alias']);
simple('Get-Alias', 'Lists command aliases.', 'Shows each alias with the command it stands for.', { Name: 'Alias names (wildcards allowed).', Definition: 'Only aliases for these commands.' }, [
  ex('What does ft mean', 'Get-Alias ft', 'Shows ft -> Format-Table.', { shows: ['Alias           ft -> Format-Table                                 3.1.0.0    Microsoft.PowerShell.Utility'] }),
]);
simple('Get-Help', 'Shows help about commands.', 'Shows the synopsis, syntax (generated from the parameter data) and description of a command; -Examples, -Detailed, -Full and -Parameter show more. <command> -? is the same as Get-Help <command>.', {
  Name: 'The command (or a wildcard pattern).',
  Examples: 'Shows the examples.',
  Detailed: 'Adds parameter descriptions and examples.',
  Full: 'Shows everything, including parameter attributes.',
  Parameter: 'Shows only this parameter.',
}, [
  ex('Help for a cmdlet', 'Get-Help New-CsXmppAllowedPartner', 'Shows the synopsis, syntax and description.', { shows: ['NAME\n    New-CsXmppAllowedPartner\n', 'SYNOPSIS\n    Adds an XMPP network to the list of allowed partners.', 'SYNTAX\n    New-CsXmppAllowedPartner [-Identity] <XdsGlobalRelativeIdentity>', 'DESCRIPTION'] }),
  ex('One parameter', 'Get-Help New-CsXmppAllowedPartner -Parameter TlsNegotiation', 'Describes -TlsNegotiation.', { shows: ['    -TlsNegotiation <TlsNegotiation>', '        Required?                    false', '        Default value                Required'] }),
], ['Get-Command']);
simple('Add-Member', 'Adds properties or methods to an object.', 'Add-Member extends a custom or Skype for Business object with a NoteProperty (a value), an AliasProperty (another name for a property) or a ScriptMethod (a script block run as a method). -TypeName gives the object an extra type name; -PassThru writes the object.', {
  InputObject: 'The object to extend.',
  MemberType: 'NoteProperty, AliasProperty or ScriptMethod.',
  Name: 'The member name.',
  Value: 'The value, the aliased property name, or the script block.',
  NotePropertyName: 'The name of a note property.',
  NotePropertyValue: 'The value of that note property.',
  NotePropertyMembers: 'A hashtable of note properties to add.',
  Force: 'Replaces a member of the same name.',
  PassThru: 'Writes the extended object.',
}, [
  ex('Add a column to a report', "$p = Get-CsExternalAccessPolicy -Identity Global; $p | Add-Member -NotePropertyName Checked -NotePropertyValue (Get-Date) -PassThru | Select-Object Identity, Checked", 'Adds a Checked property and shows it.', { shows: ['Identity Checked\n-------- -------\nGlobal   '], after: [['$p.Checked.GetType().FullName', 'System.DateTime']] }),
]);
simple('Get-Random', 'Returns a random number or picks random items.', 'Without input it returns a whole number from -Minimum (0) up to, but not including, -Maximum. With input it picks -Count items at random. -SetSeed repeats a sequence.', {
  Minimum: 'The smallest possible number.',
  Maximum: 'The number the result stays below.',
  InputObject: 'Items to pick from.',
  Count: 'How many items to pick.',
  SetSeed: 'Makes the result repeatable.',
}, [ex('Pick two users', 'Get-CsUser | Get-Random -Count 2 | Select-Object DisplayName', 'Shows two users chosen at random.', { shows: ['DisplayName\n-----------\n'], after: [['@(Get-CsUser | Get-Random -Count 2).Count', '2']] })]);
simple('Get-Unique', 'Drops items that repeat the one before them.', 'Works on sorted input: each item is compared with the previous one (strings case-sensitively), so sort first. -AsString compares the items as text; -OnType keeps one item of each type in a row.', {
  InputObject: 'The items, usually from the pipeline.',
  AsString: 'Compares the items as strings.',
  OnType: 'Compares the types of the items.',
}, [ex('List each pool once', 'Get-CsUser | ForEach-Object { $_.RegistrarPool } | Sort-Object | Get-Unique', 'Shows every registrar pool that has users, once.', { shows: ['pool01.contoso.com\npool02.contoso.com\n'] })]);
simple('Measure-Command', 'Times how long a script block takes.', 'Runs the block (its output is discarded) and returns the elapsed time as a TimeSpan.', { Expression: 'The script block to time.' }, [
  ex('Time a query', 'Measure-Command { Get-CsUser }', 'Shows how long reading the users took.', { shows: ['Days              : 0', 'Ticks             : ', 'TotalMilliseconds : '] }),
]);
simple('Set-StrictMode', 'Accepts a strict-mode setting for the session.', 'Scripts often begin with Set-StrictMode -Version Latest. This shell accepts and remembers the setting but does not apply the extra checks strict mode makes.', {
  Version: 'The strict-mode version (1.0, 2.0, 3.0 or Latest).',
  Off: 'Turns strict mode off.',
}, [ex('The usual first line of a script', 'Set-StrictMode -Version Latest', 'Accepted without output.', { silent: true })]);
