# A missing closing brace at the end must not hide the problems above it.
New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAcess $true  # expect: NamedParameterNotFound 48 ~EnableXmppAccess
Set-CsAccessEdgeConfiguration -AllowFederatedUsers true  # expect: CannotConvertArgument 52
New-CsXmppAllowedPartner jabber.org -TlsNegotiation Requried -SaslNegotiaton Required  # expect: CannotConvertArgumentNoMessage 53 ~Required; NamedParameterNotFound 62 ~SaslNegotiation
Get-CsUsr -Identity ken  # expect: CommandNotFoundException 1 ~Get-CsUser
foreach ($u in Get-CsUser) {  # expect: ParserError 28
    Grant-CsExternalAccessPolicy -Identity $u.Identity -PolicyName XmppUsers -Verbsoe  # expect: NamedParameterNotFound 78 ~Verbose
