// OpenSSL as the independent peer for certificate tests (tests may spawn host programs; the
// emulator itself never does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function openssl(args: string[], cwd: string): string {
  return execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(prefix = 'csshell-pki-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Makes a self-signed certificate with key (PEM files `<name>.crt`, `<name>.key`) and returns the DER. */
export function selfSigned(dir: string, name: string, subject: string, sans: string[], opts: { days?: number } = {}): Buffer {
  const san = sans.map((s) => `DNS:${s}`).join(',');
  const args = ['req', '-x509', '-newkey', 'rsa:1024', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.crt`, '-subj', subject, '-sha256'];
  if (san) args.push('-addext', `subjectAltName=${san}`);
  args.push('-days', String(opts.days ?? 30));
  openssl(args, dir);
  openssl(['x509', '-in', `${name}.crt`, '-outform', 'DER', '-out', `${name}.der`], dir);
  return readFileSync(join(dir, `${name}.der`));
}

/** `openssl x509 -fingerprint -sha1` without colons. */
export function sha1Fingerprint(dir: string, certFile: string): string {
  const out = openssl(['x509', '-in', certFile, '-noout', '-fingerprint', '-sha1'], dir);
  return out.trim().split('=')[1]!.replace(/:/g, '');
}
