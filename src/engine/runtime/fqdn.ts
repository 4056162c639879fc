// What the product's Fqdn type (Microsoft.Rtc.Management.Deployment.Core.Fqdn) accepts, and what any
// identity value must not contain. The binder converts Fqdn parameters with these rules; the
// configuration cmdlets apply them to FQDN settings and to identities that are domain names.

/**
 * [I] The rules, from DNS host names (RFC 1123) as Exchange-style Fqdn parameters apply them: dot-separated
 * labels of 1–63 letters, digits and hyphens that neither begin nor end with a hyphen, 255 characters at
 * most. A single label (a NetBIOS-style name) is accepted, as the type itself does not require a dot; one
 * trailing dot (an absolute name) is accepted and kept as written. Underscores, spaces and wildcards are not.
 */
const MAX_FQDN = 255;
const MAX_LABEL = 63;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** Why `text` is not a valid FQDN, or undefined when it is one. */
export function fqdnProblem(text: string): string | undefined {
  if (text.length === 0) return 'The FQDN is empty.';
  const name = text.endsWith('.') ? text.slice(0, -1) : text;
  if (name.length > MAX_FQDN) return `The FQDN is longer than ${MAX_FQDN} characters.`;
  const labels = name.split('.');
  for (const label of labels) {
    if (label.length === 0) return 'The FQDN has an empty label (two dots in a row, or a dot at the start).';
    if (label.length > MAX_LABEL) return `A label of the FQDN is longer than ${MAX_LABEL} characters.`;
    if (!LABEL.test(label)) return 'A label of the FQDN contains a character other than a letter, a digit or a hyphen, or begins or ends with a hyphen.';
  }
  return undefined;
}

/** The inner message of a refused FQDN (inside `Cannot convert value "…" … Error: "…"`). [I] wording */
export function fqdnErrorMessage(text: string): string {
  return `The value is not a valid fully qualified domain name (FQDN). ${fqdnProblem(text) ?? ''}`.trimEnd();
}

/**
 * [I] Identity values (XdsIdentity, XdsGlobalRelativeIdentity, user ids, Fqdn) never contain control
 * characters: a newline or tab pasted into a name would make an object nobody can address again.
 * Line and paragraph separators count as control characters here too.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** Why `text` cannot be an identity, or undefined when it can (empty names are the cmdlets' to judge). */
export function identityProblem(text: string): string | undefined {
  if (hasControlCharacter(text)) return 'The identity contains a control character (such as a newline or a tab).';
  return undefined;
}
