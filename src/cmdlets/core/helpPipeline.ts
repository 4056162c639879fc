// Help for the object-pipeline and formatting cmdlets, in our own words. Examples run on a fresh demo store.

import { example, type HelpExample } from '../../catalog/help.js';
import type { HelpDeclaration } from '../../catalog/help.js';

/** The help this module declares, gathered by its family index. */
export const help: HelpDeclaration[] = [];

const ex = example;

help.push(['Where-Object', {
  synopsis: 'Passes on only the objects that meet a condition.',
  description:
    'Where-Object tests every object that comes down the pipeline and passes on those for which the test is true. ' +
    'Write the test as a script block, where $_ is the current object, or use the short form that names a property, ' +
    'a comparison switch and a value (Where-Object Enabled -eq $true). Naming only a property keeps objects whose property is true.',
  parameters: {
    FilterScript: 'A script block run once per object; the object passes when the block returns a true value.',
    Property: 'The property to test in the short form.',
    Value: 'The value the property is compared with in the short form.',
    InputObject: 'The objects to test, usually from the pipeline.',
    EQ: 'Keeps objects whose property equals the value (case-insensitive for text).',
    NE: 'Keeps objects whose property differs from the value.',
    Like: 'Keeps objects whose property matches a wildcard pattern.',
    Match: 'Keeps objects whose property matches a regular expression.',
    GT: 'Keeps objects whose property is greater than the value.',
    LT: 'Keeps objects whose property is less than the value.',
    Contains: 'Keeps objects whose property is a collection holding the value.',
    In: 'Keeps objects whose property is one of the given values.',
  },
  examples: [
    ex('Users of one pool', "Get-CsUser | Where-Object { $_.RegistrarPool -eq 'pool02.contoso.com' }", 'Returns the users homed on pool02.', { shows: ['Identity                : CN=Pilar Ackerman,OU=Dublin,DC=contoso,DC=com', 'RegistrarPool           : pool02.contoso.com'], after: [["@(Get-CsUser | Where-Object { $_.RegistrarPool -eq 'pool02.contoso.com' }).Count", '18']] }),
    ex('The short form', "Get-CsUser | Where-Object DisplayName -like 'Ken*'", 'Returns Ken Myer.', { shows: ['Identity                : CN=Ken Myer,OU=Redmond,DC=contoso,DC=com', 'DisplayName             : Ken Myer'], after: [["@(Get-CsUser | Where-Object DisplayName -like 'Ken*').Count", '1']] }),
  ],
  related: ['ForEach-Object', 'Select-Object', 'Sort-Object'],
  outputs: 'The input objects that passed the test.',
}]);

help.push(['ForEach-Object', {
  synopsis: 'Runs a script block for every object in the pipeline.',
  description:
    'ForEach-Object runs its -Process block once per input object with $_ set to that object, and writes what the block outputs. ' +
    '-Begin runs before the first object and -End after the last. Giving a property or method name instead of a block reads that member of each object.',
  parameters: {
    Process: 'The block run for each object.',
    Begin: 'A block run once before any input.',
    End: 'A block run once after all input.',
    MemberName: 'A property (or simple method such as ToUpper) to read from each object.',
    InputObject: 'The objects to process, usually from the pipeline.',
  },
  examples: [
    ex('Collect SIP addresses', 'Get-CsUser | ForEach-Object { $_.SipAddress }', 'Writes every enabled user\'s SIP address.', { shows: ['sip:kenmyer@contoso.com\nsip:davidl@contoso.com\nsip:jeffp@contoso.com\n'], after: [['@(Get-CsUser | ForEach-Object { $_.SipAddress }).Count', '44']] }),
    ex('Count with begin and end blocks', '1..5 | ForEach-Object -Begin { $n = 0 } -Process { $n += $_ } -End { "Total: $n" }', 'Adds the numbers and writes the total at the end.', { shows: ['Total: 15'] }),
  ],
  related: ['Where-Object'],
}]);

help.push(['Select-Object', {
  synopsis: 'Picks properties of objects, or picks some objects from a list.',
  description:
    'Select-Object makes new objects holding only the properties you name; a hashtable with Name and Expression adds a calculated property. ' +
    '-ExpandProperty writes the value of one property instead of an object. -First, -Last, -Skip, -Index and -Unique choose which input objects are kept.',
  parameters: {
    Property: 'Property names (wildcards allowed) or @{Name=...; Expression={...}} hashtables.',
    ExpandProperty: 'Writes the value of this property; collections are written item by item.',
    First: 'Keeps this many objects from the start.',
    Last: 'Keeps this many objects from the end.',
    Skip: 'Leaves out this many objects from the start.',
    Index: 'Keeps the objects at these zero-based positions.',
    Unique: 'Leaves out repeated objects.',
    ExcludeProperty: 'Properties to leave out.',
    InputObject: 'The objects to select from.',
  },
  examples: [
    ex('Names and pools of three users', 'Get-CsUser | Select-Object -First 3 DisplayName, RegistrarPool', 'Shows a small table.', { shows: ['DisplayName    RegistrarPool', '-----------    -------------', 'Ken Myer       pool01.contoso.com', 'David Longmuir pool01.contoso.com', 'Jeff Phillips  pool01.contoso.com\n'] }),
    ex('A calculated property', "Get-CsUser | Select-Object DisplayName, @{Name='Domain'; Expression={ $_.SipAddress.Split('@')[1] }} -First 2", 'Adds a Domain column computed from the SIP address.', { shows: ['DisplayName    Domain', '-----------    ------', 'Ken Myer       contoso.com', 'David Longmuir contoso.com\n'] }),
    ex('Just the values', 'Get-CsExternalAccessPolicy | Select-Object -ExpandProperty Identity', 'Writes the identities as plain strings.', { shows: ['Global\n'] }),
  ],
  related: ['Where-Object', 'Sort-Object', 'Format-Table'],
}]);

help.push(['Sort-Object', {
  synopsis: 'Sorts objects by property values.',
  description:
    'Sort-Object orders its input by one or more properties, script blocks or hashtables with an Expression and Ascending/Descending keys. ' +
    'Text is compared without regard to case unless -CaseSensitive is given. -Unique removes objects whose keys repeat.',
  parameters: {
    Property: 'Sort keys: property names, script blocks or hashtables.',
    Descending: 'Sorts from highest to lowest.',
    Unique: 'Keeps one object of each key.',
    CaseSensitive: 'Treats upper and lower case as different.',
    InputObject: 'The objects to sort.',
  },
  examples: [
    ex('Users by display name', 'Get-CsUser | Sort-Object DisplayName | Select-Object -First 5 DisplayName', 'Lists the first five users alphabetically.', { shows: ['DisplayName\n-----------\nAdrian Popescu\nAna Trujillo\nAoife Byrne\nChloe Martin\nCian Murphy\n'] }),
    ex('Largest first', '3, 10, 7 | Sort-Object -Descending', 'Writes 10, 7 and 3.', { shows: ['10\n7\n3\n'] }),
  ],
  related: ['Group-Object', 'Select-Object'],
}]);

help.push(['Group-Object', {
  synopsis: 'Groups objects that share a property value.',
  description:
    'Group-Object puts objects with the same value of the given properties into one group and writes one object per group with ' +
    'Count, Name and Group properties. -AsHashTable returns a hashtable of groups instead; -NoElement leaves out the members.',
  parameters: {
    Property: 'The properties (or script blocks) to group by.',
    NoElement: 'Leaves the Group property out.',
    AsHashTable: 'Returns a hashtable keyed by group name.',
    AsString: 'Uses the group names as hashtable keys.',
    CaseSensitive: 'Treats names that differ only in case as different groups.',
  },
  examples: [ex('Users per pool', 'Get-CsUser | Group-Object RegistrarPool', 'Shows how many users each pool hosts.', { shows: ['Count Name                      Group', '   26 pool01.contoso.com        {CN=Ken Myer', '   18 pool02.contoso.com        {CN=Pilar Ackerman'] })],
  related: ['Sort-Object', 'Measure-Object'],
}]);

help.push(['Measure-Object', {
  synopsis: 'Counts objects and sums, averages or finds extremes of their values.',
  description:
    'Measure-Object counts its input. With -Sum, -Average, -Maximum or -Minimum it computes those over the input or over a named property. ' +
    '-Line, -Word and -Character count text instead.',
  parameters: {
    Property: 'The numeric property to measure.',
    Sum: 'Adds the values.',
    Average: 'Averages the values.',
    Maximum: 'Finds the largest value.',
    Minimum: 'Finds the smallest value.',
    Line: 'Counts lines of text.',
    Word: 'Counts words of text.',
    Character: 'Counts characters of text.',
  },
  examples: [
    ex('How many users', 'Get-CsUser | Measure-Object', 'The Count property is the number of enabled users.', { shows: ['Count    : 44'], after: [['@(Get-CsUser).Count', '44']] }),
    ex('Sum of numbers', '1..10 | Measure-Object -Sum -Average', 'Sum is 55 and Average 5.5.', { shows: ['Count    : 10', 'Average  : 5.5', 'Sum      : 55'] }),
  ],
  related: ['Group-Object'],
}]);

help.push(['Compare-Object', {
  synopsis: 'Shows the differences between two sets of objects.',
  description:
    'Compare-Object reports the objects found only in the reference set (<=) or only in the difference set (=>). -IncludeEqual also lists the shared ones (==).',
  parameters: {
    ReferenceObject: 'The first set.',
    DifferenceObject: 'The second set.',
    Property: 'Compare these properties instead of the whole objects.',
    IncludeEqual: 'Also lists objects found in both sets.',
    ExcludeDifferent: 'Lists only objects found in both sets.',
    PassThru: 'Writes the objects themselves instead of result objects.',
  },
  examples: [ex('Two domain lists', "Compare-Object -ReferenceObject 'gmail.com','jabber.org' -DifferenceObject 'jabber.org','xmpp.net'", 'gmail.com is only in the first list and xmpp.net only in the second.', { shows: ['InputObject SideIndicator', 'xmpp.net    =>', 'gmail.com   <='] })],
}]);

help.push(['Get-Member', {
  synopsis: 'Lists the properties and methods of objects.',
  description:
    'Get-Member shows the type name of each kind of object it receives and a table of its members: name, member type and definition. ' +
    'Use it to find out which properties a Cs object has before filtering or selecting.',
  parameters: {
    InputObject: 'The object to inspect.',
    Name: 'Only members whose names match these patterns.',
    MemberType: 'Only members of these kinds, such as Property, NoteProperty or Method.',
  },
  examples: [ex('Properties of a policy', 'Get-CsExternalAccessPolicy -Identity Global | Get-Member -MemberType Property', 'Lists the policy settings with their types.', { shows: ['   TypeName: Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy', 'Name                              MemberType Definition', 'EnableFederationAccess            Property   System.Boolean EnableFederationAccess {get;set;}'] })],
  related: ['Select-Object', 'Format-List'],
}]);

help.push(['Format-List', {
  synopsis: 'Shows each object as a list of property names and values.',
  description:
    'Format-List writes one "Name : Value" line per property, an object at a time. Without -Property it shows the properties of the ' +
    'type\'s list view, or all of them. Wildcards and calculated properties are accepted. Put it at the end of a pipeline.',
  parameters: {
    Property: 'The properties to show; * shows all of them.',
    GroupBy: 'Accepted for compatibility.',
    InputObject: 'The objects to show.',
  },
  examples: [
    ex('Every setting of the Edge', 'Get-CsAccessEdgeConfiguration | Format-List *', 'Shows all properties.', { shows: ['Identity                               : Global', 'AllowFederatedUsers                    : False', 'RoutingMethod                          : UseDnsSrvRouting'] }),
    ex('Only the Allow settings', 'Get-CsAccessEdgeConfiguration | Format-List Identity, Allow*', 'Shows Identity and the properties starting with Allow.', { shows: ['Identity            : Global\nAllowAnonymousUsers : False\nAllowFederatedUsers : False\nAllowOutsideUsers   : True\n'] }),
  ],
  related: ['Format-Table', 'Format-Wide'],
}]);

help.push(['Format-Table', {
  synopsis: 'Shows objects as a table, one row per object.',
  description:
    'Format-Table writes a header, an underline and one row per object. The columns come from -Property, from the type\'s table view, or from the ' +
    'first object\'s properties. Columns are fitted to the console width; values that do not fit end in "...", unless -Wrap is given.',
  parameters: {
    Property: 'The columns: property names, wildcards or @{Label=...; Expression={...}; Width=...; Alignment=...} hashtables.',
    AutoSize: 'Sizes the columns to their content.',
    Wrap: 'Continues long values on the next lines instead of cutting them.',
    HideTableHeaders: 'Leaves out the header and underline.',
    InputObject: 'The objects to show.',
  },
  examples: [
    ex('Users at a glance', 'Get-CsUser | Select-Object -First 5 | Format-Table DisplayName, SipAddress, RegistrarPool -AutoSize', 'A compact table of five users.', { shows: ['DisplayName    SipAddress              RegistrarPool', 'Ken Myer       sip:kenmyer@contoso.com pool01.contoso.com', 'Marcus Webb    sip:marcusw@contoso.com pool01.contoso.com\n'] }),
    ex('A calculated column', "Get-CsUser | Select-Object -First 3 | Format-Table @{Label='User'; Expression={$_.DisplayName}; Width=20}, Enabled", 'Names the first column User and fixes its width.', { shows: ['User                 Enabled', '----                 -------', 'Ken Myer             True'] }),
  ],
  related: ['Format-List', 'Format-Wide'],
}]);

help.push(['Format-Wide', {
  synopsis: 'Shows one value per object, several objects per line.',
  description: 'Format-Wide writes a single property of each object in columns across the screen: two unless -Column says otherwise, or as many as fit with -AutoSize.',
  parameters: {
    Property: 'The property to show.',
    Column: 'The number of columns.',
    AutoSize: 'Fits as many columns as the longest value allows.',
  },
  examples: [ex('User names in three columns', 'Get-CsUser | Format-Wide DisplayName -Column 3', 'Lists the display names across the screen.', { shows: ['Ken Myer                               David Longmuir                         Jeff Phillips'] })],
  related: ['Format-Table'],
}]);
