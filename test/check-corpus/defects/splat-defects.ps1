# Problems inside literal hashtables splatted into a command are found at their keys.
$policy = @{
    Identity = 'XmppUsers'
    EnableXmppAccess = $true
    EnableFederationAcess = $true  # expect: NamedParameterNotFound 5 ~EnableFederationAccess
}
New-CsExternalAccessPolicy @policy

$partner = @{ Identity = 'jabber.org'; TlsNegotiation = 'Requierd'; PartnerType = 'Federated' }  # expect: CannotConvertArgumentNoMessage 40 ~Required
New-CsXmppAllowedPartner @partner

# A table changed after it is written is not judged.
$later = @{ Identity = 'x.org' }
$later['Bogus'] = 1
New-CsXmppAllowedPartner @later
