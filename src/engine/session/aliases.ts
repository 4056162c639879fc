// The built-in aliases of Windows PowerShell 5.1 that map to cmdlets csshell provides.

export const BUILTIN_ALIASES: Record<string, string> = {
  '?': 'Where-Object',
  where: 'Where-Object',
  '%': 'ForEach-Object',
  foreach: 'ForEach-Object',
  select: 'Select-Object',
  sort: 'Sort-Object',
  group: 'Group-Object',
  measure: 'Measure-Object',
  tee: 'Tee-Object',
  ft: 'Format-Table',
  fl: 'Format-List',
  fw: 'Format-Wide',
  gm: 'Get-Member',
  echo: 'Write-Output',
  write: 'Write-Output',
  cls: 'Clear-Host',
  clear: 'Clear-Host',
  gc: 'Get-Content',
  cat: 'Get-Content',
  type: 'Get-Content',
  sc: 'Set-Content',
  ac: 'Add-Content',
  ls: 'Get-ChildItem',
  dir: 'Get-ChildItem',
  gci: 'Get-ChildItem',
  cd: 'Set-Location',
  chdir: 'Set-Location',
  sl: 'Set-Location',
  pwd: 'Get-Location',
  gl: 'Get-Location',
  gv: 'Get-Variable',
  sv: 'Set-Variable',
  set: 'Set-Variable',
  rv: 'Remove-Variable',
  ipcsv: 'Import-Csv',
  epcsv: 'Export-Csv',
  h: 'Get-History',
  history: 'Get-History',
  ghy: 'Get-History',
  r: 'Invoke-History',
  sleep: 'Start-Sleep',
  gcm: 'Get-Command',
  help: 'Get-Help',
  man: 'Get-Help',
  gal: 'Get-Alias',
  oh: 'Out-Host',
  ogv: 'Out-GridView',
  gi: 'Get-Item',
  ni: 'New-Item',
  ri: 'Remove-Item',
  rm: 'Remove-Item',
  del: 'Remove-Item',
  copy: 'Copy-Item',
  cp: 'Copy-Item',
  move: 'Move-Item',
  mv: 'Move-Item',
  md: 'mkdir',
  gps: 'Get-Process',
  ps: 'Get-Process',
  gsv: 'Get-Service',
  tnc: 'Test-NetConnection',
  sasv: 'Start-Service',
  spsv: 'Stop-Service',
  ihy: 'Invoke-History',
  saps: 'Start-Process',
  start: 'Start-Process',
  gdr: 'Get-PSDrive',
  gmo: 'Get-Module',
  ipmo: 'Import-Module',
  rmo: 'Remove-Module',
  nsn: 'New-PSSession',
  gsn: 'Get-PSSession',
  rsn: 'Remove-PSSession',
  ipsn: 'Import-PSSession',
  etsn: 'Enter-PSSession',
  exsn: 'Exit-PSSession',
  compare: 'Compare-Object',
  diff: 'Compare-Object',
  sls: 'Select-String',
  clv: 'Clear-Variable',
  nv: 'New-Variable',
  icm: 'Invoke-Command',
  iex: 'Invoke-Expression',
  rvpa: 'Resolve-Path',
  cvpa: 'Convert-Path',
  ise: 'powershell_ise.exe',
};

/** User aliases (Set-Alias / New-Alias) layered over the built-in table, case-insensitively. */
export class AliasTable {
  private readonly user = new Map<string, { name: string; definition: string; description?: string }>();

  resolve(name: string): string | undefined {
    const lower = name.toLowerCase();
    return this.user.get(lower)?.definition ?? BUILTIN_ALIASES[lower];
  }

  set(name: string, definition: string, description?: string): void {
    this.user.set(name.toLowerCase(), { name, definition, description });
  }

  /** A user alias (Set-Alias / New-Alias), as opposed to a built-in one. */
  userAlias(name: string): { name: string; definition: string; description?: string } | undefined {
    return this.user.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.resolve(name) !== undefined;
  }

  remove(name: string): boolean {
    return this.user.delete(name.toLowerCase());
  }

  all(): { name: string; definition: string }[] {
    const out = new Map<string, { name: string; definition: string }>();
    for (const [k, v] of Object.entries(BUILTIN_ALIASES)) out.set(k, { name: k, definition: v });
    for (const [k, v] of this.user) out.set(k, v);
    return [...out.values()];
  }
}
