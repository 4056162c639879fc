<#
  Rolls out XMPP federation to the sales pilot: a per-user policy, the jabber.org partner,
  federation on the Access Edge, and the certificate of the XMPP gateway.
#>
param(
    [string]$Department = 'Sales',
    [string]$Thumbprint
)

$existing = Get-CsExternalAccessPolicy -Identity 'Tag:XmppUsers' -ErrorAction SilentlyContinue
if ($null -eq $existing) {
    New-CsExternalAccessPolicy -Identity XmppUsers -EnableFederationAccess $true -EnableXmppAccess $true -Description 'XMPP pilot'
}

Get-CsUser -Filter { Department -eq $Department } | Grant-CsExternalAccessPolicy -PolicyName XmppUsers

$partner = @{
    Identity        = 'jabber.org'
    TlsNegotiation  = 'Required'
    SaslNegotiation = 'Required'
    PartnerType     = 'Federated'
}
New-CsXmppAllowedPartner @partner

Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true
if ($Thumbprint) {
    Set-CsCertificate -Type AccessEdgeExternal, XmppServer -Thumbprint $Thumbprint
}
Get-CsXmppAllowedPartner | Format-Table Identity, TlsNegotiation, SaslNegotiation -AutoSize
