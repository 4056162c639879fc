// The emulated environment ($env:) of a session. Nothing here reads or changes the real process
// environment.

import type { SessionInfo } from '../commandMetadata.js';
import { HOME_LOCATION } from '../files/paths.js';

export const USER_NAME = 'Administrator';
export const USER_DOMAIN = 'CONTOSO';

/** $env: — case-insensitive names; COMPUTERNAME follows the session's current computer. */
export class EmulatedEnvironment {
  private readonly vars = new Map<string, { name: string; value: string }>();

  constructor(private readonly session: SessionInfo) {
    const defaults: Record<string, string> = {
      USERNAME: USER_NAME,
      USERDOMAIN: USER_DOMAIN,
      USERDNSDOMAIN: 'CONTOSO.COM',
      USERPROFILE: HOME_LOCATION,
      HOMEDRIVE: 'C:',
      HOMEPATH: '\\Users\\Administrator',
      APPDATA: `${HOME_LOCATION}\\AppData\\Roaming`,
      LOCALAPPDATA: `${HOME_LOCATION}\\AppData\\Local`,
      TEMP: `${HOME_LOCATION}\\AppData\\Local\\Temp`,
      TMP: `${HOME_LOCATION}\\AppData\\Local\\Temp`,
      SystemRoot: 'C:\\Windows',
      windir: 'C:\\Windows',
      SystemDrive: 'C:',
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      ProgramData: 'C:\\ProgramData',
      PUBLIC: 'C:\\Users\\Public',
      ComSpec: 'C:\\Windows\\system32\\cmd.exe',
      OS: 'Windows_NT',
      PROCESSOR_ARCHITECTURE: 'AMD64',
      NUMBER_OF_PROCESSORS: '4',
      PATHEXT: '.COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC;.CPL',
      Path: 'C:\\Windows\\system32;C:\\Windows;C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\;C:\\Program Files\\Common Files\\Skype for Business Server 2015\\',
      PSModulePath: `${HOME_LOCATION}\\Documents\\WindowsPowerShell\\Modules;C:\\Program Files\\WindowsPowerShell\\Modules;C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\Modules`,
    };
    for (const [k, v] of Object.entries(defaults)) this.set(k, v);
  }

  /** Short upper-case name of the current computer (FE01 for fe01.contoso.com). */
  get computerName(): string {
    const fqdn = this.session.remoteComputer ?? this.session.localComputer;
    return fqdn.split('.')[0]!.toUpperCase();
  }

  get(name: string): string | undefined {
    const key = name.toLowerCase();
    if (key === 'computername') return this.computerName;
    if (key === 'logonserver') return '\\\\DC01';
    return this.vars.get(key)?.value;
  }

  set(name: string, value: string): void {
    if (name.toLowerCase() === 'computername') return;
    this.vars.set(name.toLowerCase(), { name, value });
  }

  remove(name: string): boolean {
    return this.vars.delete(name.toLowerCase());
  }

  entries(): [string, string][] {
    const out: [string, string][] = [['COMPUTERNAME', this.computerName]];
    for (const { name, value } of this.vars.values()) out.push([name, value]);
    return out.sort((a, b) => a[0].localeCompare(b[0], 'en', { sensitivity: 'base' }));
  }
}
