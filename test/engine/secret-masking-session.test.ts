// Error records, error views and parse errors mask the lines they echo as their own session judges
// them (its cmdlets, aliases and functions): what another session in the process was started with
// changes nothing, and where no session is at hand the Skype for Business catalog judges alone.
import { describe, expect, it } from 'vitest';
import { CmdletIndex } from '../../src/catalog/registry.js';
import { HelpTable } from '../../src/catalog/help.js';
import { ArgumentCompleterTable } from '../../src/engine/completion/argumentCompleters.js';
import { EnumPropertyTable } from '../../src/engine/runtime/enumProperties.js';
import { createSessionState } from '../../src/engine/session/sessionState.js';
import { parse } from '../../src/lang/parser.js';
import { maskedSourceLine, redactSecrets } from '../../src/engine/secrets/redact.js';
import { newEngine } from '../helpers/run.js';

const SECRET = 'Sekrit-Masked-77';

/** A session started with no built-in cmdlets at all (as a test harness or an embedding might). */
function startBareSession(): void {
  createSessionState({ builtins: { cmdlets: new CmdletIndex([]), help: new HelpTable([]), completers: new ArgumentCompleterTable(), enumProperties: new EnumPropertyTable() } });
}

describe("masking by the session's own commands", () => {
  it("a session started with other built-ins does not change how this session's $Error records mask their line", async () => {
    const { engine, store } = newEngine();
    startBareSession();
    const out = await engine.invoke(`ConvertTo-SecureString '${SECRET}' -AsPlainText -Force -Nope\n$Error[0].InvocationInfo.Line\n$Error[0].InvocationInfo.PositionMessage`);
    expect(out.join('\n')).not.toContain(SECRET);
    expect(out[0]).toBe("ConvertTo-SecureString '********' -AsPlainText -Force -Nope");
    store.close();
  });

  it("a session's own function with a secret parameter masks the error view's line", async () => {
    const { engine, host, store } = newEngine();
    await engine.execute(`function Set-Box { param([string]$Label, [securestring]$Key) throw 'box refused' }`);
    const out = await engine.invoke(`try { Set-Box x '${SECRET}' } catch { $_.InvocationInfo.Line }`);
    expect(out).toEqual(["try { Set-Box x '********' } catch { $_.InvocationInfo.Line }"]);
    expect(host.errors).not.toContain(SECRET);
    store.close();
  });

  it('without a session, a line is judged by the Skype for Business catalog alone', () => {
    startBareSession();
    expect(redactSecrets(`Import-CsCertificate -Path C:\\a.pfx -Password '${SECRET}'`)).toBe("Import-CsCertificate -Path C:\\a.pfx -Password '********'");
    const source = parse(`Set-CsXmppGatewayConfiguration -DialbackPassphrase '${SECRET}'`).ast.extent.source;
    expect(maskedSourceLine(source, 1).text).toBe("Set-CsXmppGatewayConfiguration -DialbackPassphrase '********'");
  });
});
