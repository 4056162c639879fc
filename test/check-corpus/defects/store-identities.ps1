# check-with: store
# Against the demo deployment: a policy granted before it exists, a partner changed that is not there.
Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName XmppUsers  # expect: IdentityNotFound 1
New-CsExternalAccessPolicy -Identity XmppUsers -EnableXmppAccess $true
Grant-CsExternalAccessPolicy -Identity sip:kenmyer@contoso.com -PolicyName XmppUsers
Set-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Required  # expect: IdentityNotFound 1
New-CsXmppAllowedPartner -Identity jabber.org
Set-CsXmppAllowedPartner -Identity jabber.org -TlsNegotiation Required
Remove-CsExternalAccessPolicy -Identity Tag:XmppUsers
Remove-CsExternalAccessPolicy -Identity Tag:XmppUsers  # expect: IdentityNotFound 1
