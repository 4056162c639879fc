# Lists XMPP partners whose negotiation settings are weaker than the company standard,
# and tightens them when -Fix is given.
param([switch]$Fix)

$weak = Get-CsXmppAllowedPartner | Where-Object { $_.TlsNegotiation -ne 'Required' -or $_.SaslNegotiation -ne 'Required' }
foreach ($p in $weak) {
    Write-Warning ("{0}: TLS {1}, SASL {2}" -f $p.Identity, $p.TlsNegotiation, $p.SaslNegotiation)
    if ($Fix) {
        Set-CsXmppAllowedPartner -Identity $p.Identity -TlsNegotiation Required -SaslNegotiation Required
    }
}
"{0} partner(s) below the standard" -f @($weak).Count
