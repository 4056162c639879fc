// Help for the output, data and file cmdlets, in our own words. Examples run in a scratch folder.

import { example, type HelpExample } from '../../catalog/help.js';
import type { HelpDeclaration } from '../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const ex = example;

function simple(name: string, synopsis: string, description: string, parameters: Record<string, string>, examples: HelpExample[], related?: string[]): void {
  help.push([name, { synopsis, description, parameters, examples, related }]);
}

simple('Out-Default', 'Sends output to the default formatter and the console.', 'The shell adds Out-Default to the end of every command line; calling it yourself does the same thing.', { InputObject: 'The objects to show.' }, [
  ex('Show a policy', 'Get-CsExternalAccessPolicy -Identity Global | Out-Default', 'Same as running the Get command alone.', { shows: ['Identity                          : Global', 'EnableOutsideAccess               : False'] }),
]);
simple('Out-Host', 'Writes formatted output straight to the console.', 'Out-Host formats its input and shows it at once, even inside a script whose output is being captured.', { InputObject: 'The objects to show.', Paging: 'Accepted; output is not paged.' }, [
  ex('Show while assigning', '$p = Get-CsExternalAccessPolicy; $p | Out-Host', 'Shows the policies that were stored in $p.', { shows: ['Identity                          : Global'], after: [['$p.Identity', 'Global']] }),
]);
simple('Out-Null', 'Discards its input.', 'Use Out-Null to hide output you do not need, such as the object a New- cmdlet returns.', { InputObject: 'The objects to discard.' }, [
  ex('Hide a result', "New-Item -ItemType Directory -Path scratch -Force | Out-Null", 'Creates the folder without printing it.', { silent: true, after: [['Test-Path scratch -PathType Container', 'True']] }),
]);
simple('Out-String', 'Turns objects into the text the console would show.', 'Out-String formats its input as the console would and returns one string, or one string per line with -Stream.', {
  InputObject: 'The objects to format.',
  Stream: 'Writes each line as its own string.',
  Width: 'The line width to format for.',
}, [ex('Text of a policy', '$text = Get-CsExternalAccessPolicy -Identity Global | Out-String; $text.Length -gt 0', 'Keeps the formatted text in a variable.', { shows: ['True'], after: [["$text -match 'EnableXmppAccess\\s+: False'", 'True']] })]);
simple('Out-File', 'Writes formatted output to a file.', 'Out-File formats its input as the console would and writes it to a file in the working folder. Windows PowerShell writes UTF-16 (Unicode) unless -Encoding says otherwise.', {
  FilePath: 'The file to write.',
  Append: 'Adds to the end of the file.',
  Encoding: 'Unicode, UTF8, ASCII, Default and the other .NET encodings.',
  Width: 'The line width to format for.',
  NoClobber: 'Does not overwrite an existing file.',
}, [ex('Save the partner list', 'Get-CsXmppAllowedPartner | Out-File -FilePath partners.txt', 'Writes the (possibly empty) list to partners.txt.', { silent: true, after: [['Test-Path partners.txt', 'True']] })]);

simple('Write-Host', 'Writes text straight to the console.', 'Write-Host shows its arguments, separated by spaces, in optional colours. The text does not enter the pipeline.', {
  Object: 'What to show.',
  ForegroundColor: 'Text colour.',
  BackgroundColor: 'Background colour.',
  NoNewline: 'Does not end the line.',
  Separator: 'Put between the objects instead of a space.',
}, [ex('A coloured status line', "Write-Host 'XMPP federation is enabled' -ForegroundColor Green", 'Shows the line in green.', { shows: ['XMPP federation is enabled'] })]);
simple('Write-Output', 'Sends objects down the pipeline.', 'Write-Output writes its arguments to the output stream, one by one; -NoEnumerate keeps a collection together.', {
  InputObject: 'The objects to write.',
  NoEnumerate: 'Writes a collection as one object.',
}, [ex('Write two strings', "Write-Output 'pool01.contoso.com', 'pool02.contoso.com'", 'Writes both names.', { shows: ['pool01.contoso.com\npool02.contoso.com\n'] })]);
simple('Write-Warning', 'Writes a warning message.', 'The message appears after "WARNING: " and obeys -WarningAction and $WarningPreference.', { Message: 'The text of the warning.' }, [
  ex('Warn about a setting', "Write-Warning 'Federation is disabled on the Edge.'", 'Shows a yellow warning.', { shows: ['WARNING: Federation is disabled on the Edge.'] }),
]);
simple('Write-Verbose', 'Writes a verbose message.', 'Verbose messages appear after "VERBOSE: " only with -Verbose or when $VerbosePreference is Continue.', { Message: 'The text.' }, [
  ex('Explain a step', "Write-Verbose 'Reading partners' -Verbose", 'Shows the message because -Verbose was given.', { shows: ['VERBOSE: Reading partners'] }),
]);
simple('Write-Debug', 'Writes a debug message.', 'Debug messages appear after "DEBUG: " only with -Debug or when $DebugPreference allows it. -Debug sets the preference to Inquire: in the interactive shell each message then asks whether to continue (Halt Command stops the script).', { Message: 'The text.' }, [
  ex('A debug note', "Write-Debug 'checking pool'", 'Shows nothing with the default preference.', { silent: true }),
]);
simple('Write-Information', 'Writes to the information stream.', 'Information messages are shown when $InformationPreference or -InformationAction is Continue.', { MessageData: 'The message.', Tags: 'Labels for the message.' }, [
  ex('A note shown on request', "Write-Information 'done' -InformationAction Continue", 'Shows done.', { shows: ['done'] }),
]);
simple('Write-Error', 'Writes a non-terminating error.', 'Write-Error adds an error record to $Error and shows it; the script goes on unless -ErrorAction Stop applies.', {
  Message: 'The error message.',
  Category: 'The error category, such as InvalidArgument or ObjectNotFound.',
  ErrorId: 'A short identifier for the error.',
  TargetObject: 'The object the error is about.',
}, [ex('Report a missing partner', "Write-Error 'Partner gmail.com is missing' -Category ObjectNotFound -ErrorAction SilentlyContinue", 'Records the error without showing it.', { silent: true, after: [['$Error[0].CategoryInfo.Category', 'ObjectNotFound'], ['$Error[0].Exception.Message', 'Partner gmail.com is missing']] })]);
simple('Write-Progress', 'Shows a progress bar.', 'Write-Progress updates a progress display for a long task; -Completed removes it.', {
  Activity: 'What is being done.',
  Status: 'The current state.',
  PercentComplete: 'How far along the task is, 0 to 100.',
  Completed: 'Ends the progress display.',
}, [ex('Progress through users', "Get-CsUser | Select-Object -First 3 | ForEach-Object { Write-Progress -Activity 'Checking users' -Status $_.DisplayName }", 'Shows the user being checked.', { silent: true, progress: ['Checking users: Ken Myer', 'Checking users: David Longmuir', 'Checking users: Jeff Phillips'] })]);

simple('Import-Csv', 'Reads a CSV file into objects.', 'Each line after the header becomes an object whose properties are named by the header. The values are strings.', {
  Path: 'The CSV file.',
  Delimiter: 'The separator, a comma unless given.',
  Header: 'Column names to use when the file has no header line.',
  Encoding: 'The file encoding.',
}, [ex('Read partners from a file', "'Domain','gmail.com' | Set-Content partners.csv; Import-Csv partners.csv", 'Writes a tiny CSV file and reads it back.', { shows: ['Domain\n------\ngmail.com\n'] })], ['Export-Csv', 'ConvertFrom-Csv']);
simple('Export-Csv', 'Writes objects to a CSV file.', 'Export-Csv writes a header from the first object\'s properties and one quoted line per object. Windows PowerShell 5.1 first writes a #TYPE line unless -NoTypeInformation is given.', {
  Path: 'The CSV file.',
  NoTypeInformation: 'Leaves out the #TYPE line.',
  Append: 'Adds lines to an existing file.',
  Delimiter: 'The separator.',
  Encoding: 'The file encoding (ASCII by default).',
}, [ex('Export users', 'Get-CsUser | Select-Object DisplayName, SipAddress | Export-Csv users.csv -NoTypeInformation', 'Writes users.csv with two columns.', { silent: true, after: [['Get-Content users.csv -TotalCount 2', '"DisplayName","SipAddress"\n"Ken Myer","sip:kenmyer@contoso.com"']] })], ['Import-Csv']);
simple('ConvertTo-Csv', 'Turns objects into CSV lines.', 'Like Export-Csv, but the lines are written to the pipeline instead of a file.', { InputObject: 'The objects.', NoTypeInformation: 'Leaves out the #TYPE line.', Delimiter: 'The separator.' }, [
  ex('CSV text of a policy', 'Get-CsExternalAccessPolicy -Identity Global | ConvertTo-Csv -NoTypeInformation', 'Writes a header line and a value line.', { shows: ['"Identity","Description","EnableFederationAccess","EnableXmppAccess","EnablePublicCloudAccess","EnablePublicCloudAudioVideoAccess","EnableOutsideAccess"\n"Global","","False","False","False","False","False"\n'] }),
]);
simple('ConvertFrom-Csv', 'Turns CSV lines into objects.', 'Like Import-Csv, but the text comes from the pipeline.', { InputObject: 'The CSV lines.', Delimiter: 'The separator.', Header: 'Column names.' }, [
  ex('Parse inline CSV', "'Domain,Type', 'jabber.org,Federated' | ConvertFrom-Csv", 'Makes one object with Domain and Type.', { shows: ['Domain     Type\n------     ----\njabber.org Federated\n'] }),
]);
simple('ConvertTo-Json', 'Turns objects into JSON text.', 'Objects become JSON objects, collections arrays. Nesting deeper than -Depth (2 by default) is written as text. -Compress leaves out the spacing.', {
  InputObject: 'The objects.',
  Depth: 'How many levels to expand.',
  Compress: 'Writes everything on one line.',
}, [ex('A policy as JSON', 'Get-CsExternalAccessPolicy -Identity Global | ConvertTo-Json', 'Writes the settings as a JSON object.', { shows: ['{\n    "Identity":  "Global",\n', '    "EnableXmppAccess":  false,\n', '}'] })]);
simple('ConvertFrom-Json', 'Turns JSON text into objects.', 'JSON objects become custom objects and arrays become arrays.', { InputObject: 'The JSON text.' }, [
  ex('Read a setting', "('{\"Domain\":\"jabber.org\",\"Tls\":\"Required\"}' | ConvertFrom-Json).Domain", 'Writes jabber.org.', { shows: ['jabber.org\n'] }),
]);

simple('ConvertFrom-StringData', 'Turns name=value lines into a hashtable.', 'Each line holding name=value becomes one entry; lines starting with # and blank lines are skipped. Backslash escapes in the values are read (\\n is a new line, \\\\ a backslash); a name given twice or a line without = stops the command.', { StringData: 'The text to read, often a here-string.' }, [
  ex('Read settings', "(ConvertFrom-StringData \"Pool=pool01.contoso.com`nSite=Redmond\").Site", 'Writes Redmond.', { shows: ['Redmond\n'] }),
]);

simple('Get-Content', 'Reads the lines of a file.', 'Get-Content writes each line of a file as a string; -Raw writes the whole file as one string. Files are read from the working folder.', {
  Path: 'The file.',
  TotalCount: 'Reads only this many lines from the start.',
  Tail: 'Reads only this many lines from the end.',
  Raw: 'Returns the file as one string.',
  Encoding: 'The file encoding.',
}, [ex('Read a file', "Set-Content notes.txt 'line one','line two'; Get-Content notes.txt -TotalCount 1", 'Writes line one.', { shows: ['line one\n'], after: [['@(Get-Content notes.txt).Count', '2']] })], ['Set-Content', 'Add-Content']);
simple('Set-Content', 'Writes text to a file, replacing what was there.', 'Each value becomes one line of the file.', { Path: 'The file.', Value: 'The lines to write.', Encoding: 'The file encoding.', NoNewline: 'Writes the values without line breaks.' }, [
  ex('Write a list of domains', "Set-Content domains.txt 'gmail.com','jabber.org'", 'Creates domains.txt with two lines.', { silent: true, after: [['Get-Content domains.txt', 'gmail.com\njabber.org']] }),
]);
simple('Clear-Content', 'Empties a file and keeps it.', 'The file stays in place with no content; a missing file is an error.', { Path: 'The file.' }, [
  ex('Start a new log', "Set-Content enable-users.log 'previous run'; Clear-Content enable-users.log", 'Leaves enable-users.log empty.', { silent: true, after: [['$null -eq (Get-Content enable-users.log)', 'True'], ['Test-Path enable-users.log', 'True']] }),
]);
simple('Add-Content', 'Appends text to a file.', 'Each value becomes one line at the end of the file; the file is created when missing.', { Path: 'The file.', Value: 'The lines to add.' }, [
  ex('Log a line', "Add-Content log.txt 'checked partners'", 'Adds one line to log.txt.', { given: "Set-Content log.txt 'started'", silent: true, after: [['Get-Content log.txt', 'started\nchecked partners']] }),
]);
simple('Test-Path', 'Tells whether a path exists.', 'Returns True when the file or folder exists; -PathType Leaf or Container also checks which kind it is.', { Path: 'The path.', PathType: 'Any, Leaf (file) or Container (folder).' }, [
  ex('Check for a certificate file', 'Test-Path C:\\certs\\edge.pfx', 'False on a fresh working folder.', { shows: ['False\n'] }),
]);
simple('New-Item', 'Creates a file or folder.', 'New-Item creates a file (with optional -Value text) or, with -ItemType Directory, a folder in the working folder.', {
  Path: 'Where to create it.',
  Name: 'The name, when -Path is the parent folder.',
  ItemType: 'File or Directory.',
  Value: 'The text of a new file.',
  Force: 'Overwrites a file, or returns an existing folder.',
}, [ex('A folder for certificates', 'New-Item -ItemType Directory -Path certs -Force', 'Creates certs and shows it.', { shows: ['    Directory: C:\\Users\\Administrator', 'Mode                LastWriteTime         Length Name', 'd-----', 'certs'], after: [['Test-Path certs -PathType Container', 'True']] })]);
simple('Remove-Item', 'Deletes files and folders.', 'Folders with content need -Recurse.', { Path: 'What to delete (wildcards allowed).', Recurse: 'Deletes folders with their content.', Force: 'Also deletes hidden or read-only items.' }, [
  ex('Delete a scratch file', "Set-Content scratch.txt 'x'; Remove-Item scratch.txt", 'Creates and removes scratch.txt.', { silent: true, after: [['Test-Path scratch.txt', 'False']] }),
]);
simple('Get-ChildItem', 'Lists the files and folders in a folder.', 'Without a path it lists the current folder: folders first, then files, with mode, time, length and name.', {
  Path: 'The folder (or file pattern) to list.',
  Filter: 'A wildcard for the names.',
  Recurse: 'Also lists subfolders.',
  File: 'Lists only files.',
  Directory: 'Lists only folders.',
  Name: 'Writes only the names.',
}, [ex('List CSV files', 'Get-ChildItem -Filter *.csv', 'Shows the CSV files of the working folder.', { given: "Set-Content users.csv 'DisplayName'", shows: ['    Directory: C:\\Users\\Administrator', 'Mode                LastWriteTime         Length Name', 'users.csv'], after: [['@(Get-ChildItem -Filter *.csv).Count', '1']] })]);
simple('Get-Location', 'Shows the current folder.', 'The shell starts in C:\\Users\\Administrator, which is the working folder.', {}, [ex('Where am I', 'Get-Location', 'Shows the path.', { shows: ['Path\n----\nC:\\Users\\Administrator\n'] })]);
simple('Push-Location', 'Saves the current folder, then changes to another.', 'Pop-Location returns to the saved folder.', { Path: 'The folder to go to.', PassThru: 'Writes the new location.' }, [
  ex('Work in a subfolder and come back', "New-Item -ItemType Directory reports -Force | Out-Null; Push-Location reports; Get-Location; Pop-Location", 'Shows the reports folder, then returns.', { shows: ['Path\n----\nC:\\Users\\Administrator\\reports\n'], after: [['(Get-Location).Path', 'C:\\Users\\Administrator']] }),
]);
simple('Pop-Location', 'Returns to the folder saved by Push-Location.', 'With nothing saved it leaves the location unchanged.', { PassThru: 'Writes the new location.' }, [
  ex('Return after Push-Location', 'Push-Location C:\\Users\\Administrator; Pop-Location', 'Back where the script started.', { given: 'New-Item -ItemType Directory reports -Force | Out-Null; Set-Location reports', silent: true, after: [['(Get-Location).Path', 'C:\\Users\\Administrator\\reports']] }),
]);
simple('Set-Location', 'Changes the current folder.', 'The location always stays inside the working folder.', { Path: 'The folder to go to.', PassThru: 'Writes the new location.' }, [
  ex('Go to a folder and back', 'New-Item -ItemType Directory certs -Force | Out-Null; Set-Location certs; Set-Location ..', 'Enters certs and returns.', { silent: true, after: [['(Get-Location).Path', 'C:\\Users\\Administrator'], ['Test-Path certs', 'True']] }),
]);
simple('Join-Path', 'Joins a parent path and a child path.', 'Puts exactly one backslash between the two parts.', { Path: 'The parent.', ChildPath: 'The child.' }, [
  ex('Build a file path', 'Join-Path C:\\certs edge.pfx', 'Writes C:\\certs\\edge.pfx.', { shows: ['C:\\certs\\edge.pfx\n'] }),
]);
simple('Split-Path', 'Returns part of a path.', 'By default the parent folder; -Leaf gives the last part, -Qualifier the drive.', { Path: 'The path.', Leaf: 'Returns the last element.', Parent: 'Returns the parent (the default).', Qualifier: 'Returns the drive.' }, [
  ex('File name of a path', 'Split-Path C:\\certs\\edge.pfx -Leaf', 'Writes edge.pfx.', { shows: ['edge.pfx\n'] }),
]);
simple('Resolve-Path', 'Shows the full path of an existing item.', 'Relative paths are resolved against the current folder.', { Path: 'The path.', Relative: 'Writes the path relative to the current folder.' }, [
  ex('Full path of the current folder', 'Resolve-Path .', 'Shows C:\\Users\\Administrator.', { shows: ['Path\n----\nC:\\Users\\Administrator\n'] }),
]);
simple('Tee-Object', 'Saves pipeline objects and passes them on.', 'Tee-Object writes its input to a file or a variable and also down the pipeline.', { FilePath: 'The file to write.', Variable: 'The variable to fill.' }, [
  ex('Keep a copy in a variable', 'Get-CsExternalAccessPolicy | Tee-Object -Variable policies | Measure-Object', 'Counts the policies and keeps them in $policies.', { shows: ['Count    : 1'], after: [['$policies.Identity', 'Global']] }),
]);
simple('Select-String', 'Finds text that matches a pattern.', 'Select-String searches strings or file lines with a regular expression (or plain text with -SimpleMatch) and writes a match object per hit.', {
  Pattern: 'The regular expression.',
  Path: 'Files to search.',
  InputObject: 'Text to search.',
  SimpleMatch: 'Treats the pattern as plain text.',
  CaseSensitive: 'Matches case exactly.',
  NotMatch: 'Returns the lines that do not match.',
  Quiet: 'Writes only True or False.',
}, [ex('Find a domain', "'gmail.com', 'jabber.org' | Select-String 'jabber'", 'Writes jabber.org.', { shows: ['jabber.org'], after: [["@('gmail.com', 'jabber.org' | Select-String 'jabber').Count", '1']] })]);
simple('Get-Item', 'Gets a file or folder object.', 'Returns the item at the path (wildcards allowed) with its name, length and times.', { Path: 'The path.' }, [
  ex('The working folder itself', 'Get-Item .', 'Shows the folder.', { shows: ['    Directory: C:\\Users\n', 'Mode                LastWriteTime         Length Name', 'Administrator\n'], after: [['(Get-Item .).FullName', 'C:\\Users\\Administrator']] }),
]);
simple('Copy-Item', 'Copies files and folders.', 'Copies into -Destination (a folder, or a new name). Folders need -Recurse for their content; existing files need -Force.', {
  Path: 'What to copy (wildcards allowed).',
  Destination: 'Where to copy to.',
  Recurse: 'Copies folder content.',
  Force: 'Overwrites existing files.',
  PassThru: 'Writes the copies.',
}, [ex('Back up a CSV file', "Set-Content users.csv 'x'; Copy-Item users.csv users-backup.csv", 'Creates users-backup.csv.', { silent: true, after: [['Get-Content users-backup.csv', 'x'], ['Test-Path users.csv', 'True']] })]);
simple('Move-Item', 'Moves files and folders.', 'Moves into -Destination, a folder or a new path.', { Path: 'What to move.', Destination: 'Where to move it.', Force: 'Replaces an existing file.' }, [
  ex('File a report away', "New-Item -ItemType Directory archive -Force | Out-Null; Set-Content report.txt 'x'; Move-Item report.txt archive", 'Moves report.txt into archive.', { silent: true, after: [['Test-Path archive\\report.txt', 'True'], ['Test-Path report.txt', 'False']] }),
]);
simple('Rename-Item', 'Renames a file or folder.', 'Gives the item a new name in the same folder.', { Path: 'The item.', NewName: 'The new name.' }, [
  ex('Rename a file', "Set-Content old.txt 'x'; Rename-Item old.txt new.txt", 'old.txt is now new.txt.', { silent: true, after: [['Get-Content new.txt', 'x'], ['Test-Path old.txt', 'False']] }),
]);
simple('mkdir', 'Creates a folder.', 'mkdir creates the folder and any missing parent folders; it is New-Item -ItemType Directory.', { Path: 'The folder to create.', Force: 'Returns an existing folder instead of failing.' }, [
  ex('A folder for certificates', 'mkdir C:\\certs\\edge -Force', 'Creates certs and certs\\edge.', { shows: ['    Directory: C:\\certs', 'd-----', 'edge'], after: [['Test-Path C:\\certs\\edge -PathType Container', 'True']] }),
]);
simple('more', 'Shows its input, or the text of files, one screen after another.', 'Objects piped to more are shown as the console would show them; with file names it shows their text. This shell has no pager, so everything is shown at once.', { paths: 'Files whose text to show.', InputObject: 'The objects to show.' }, [
  ex('Read a long list', 'Get-CsUser | more', 'Shows every enabled user.', { shows: ['Identity                : CN=Ken Myer,OU=Redmond,DC=contoso,DC=com', 'DisplayName             : Ken Myer', 'Identity                : CN=Pilar Ackerman,OU=Dublin,DC=contoso,DC=com'] }),
]);
simple('ConvertTo-Html', 'Turns objects into an HTML table or list.', 'Writes one line of HTML per output string: a whole page, or with -Fragment only the table, ready for Out-File or a mail body.', {
  Property: 'The properties to show (wildcards and calculated properties allowed).',
  As: 'Table (one row per object) or List (one table per object).',
  Fragment: 'Writes only the table.',
  Title: 'The page title.',
  PreContent: 'HTML before the table.',
  PostContent: 'HTML after the table.',
}, [ex('A pool report page', "Get-CsPool | Select-Object Identity, Site | ConvertTo-Html -Title 'Pools' | Out-File pools.html", 'Writes pools.html.', { silent: true, after: [["(Get-Content pools.html -Raw) -match '<title>Pools</title>'", 'True'], ["(Get-Content pools.html -Raw) -match '<td>pool02.contoso.com</td><td>Site:Dublin</td>'", 'True']] })]);
simple('Export-Clixml', 'Saves objects to an XML file.', 'Writes the objects in PowerShell\'s CLIXML form (UTF-16), including their property values to -Depth levels (2 by default). Secure strings are stored encrypted. Use it to keep a backup of settings before a change.', {
  Path: 'The XML file.',
  InputObject: 'The objects to save.',
  Depth: 'How many levels of nested objects to keep.',
}, [ex('Back up the access policies', 'Get-CsExternalAccessPolicy | Export-Clixml eap-backup.xml', 'Writes eap-backup.xml.', { silent: true, after: [['(Import-Clixml eap-backup.xml).Identity', 'Global']] })], ['Import-Clixml']);
simple('Import-Clixml', 'Reads objects saved with Export-Clixml.', 'The objects come back with their properties and Deserialized. type names; credentials come back as credentials.', { Path: 'The XML file.' }, [
  ex('Read a backup', 'Get-CsExternalAccessPolicy | Export-Clixml eap.xml; (Import-Clixml eap.xml).Identity', 'Writes Global.', { shows: ['Global\n'] }),
]);
simple('Out-GridView', 'Shows objects in a grid window; here, in the console as Out-Default would.', 'The shell has no graphical desktop, so Out-GridView warns and shows its input in the console the way Out-Default would. -PassThru also passes the objects on.', {
  InputObject: 'The objects to show.',
  Title: 'The window title (not shown).',
  PassThru: 'Also writes the objects to the pipeline.',
}, [ex('Browse the users', 'Get-CsUser | Select-Object DisplayName, SipAddress | Out-GridView', 'Shows the users as a table after a warning.', { shows: ['WARNING: Out-GridView needs a graphical desktop', 'DisplayName      SipAddress', 'Ken Myer         sip:kenmyer@contoso.com'] })]);
