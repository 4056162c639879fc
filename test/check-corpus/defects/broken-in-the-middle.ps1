# An unclosed hashtable in the middle swallows the rest of the file for the parser:
# checking resumes at the next statement that starts a line.
$partner = @{
    Identity = 'gmail.com'
    TlsNegotiation = 'Required'

New-CsXmppAllowedPartner -Identity talk.google.com  # expect: ParserError 26
$x = (Get-CsUser).Count +  # expect: ParserError 26
Set-CsXmppAllowedPartner -Identity gmail.com -SaslNegotiation Sometimes  # expect: CannotConvertArgumentNoMessage 63
if ($x -gt 1 {  # expect: ParserError 14
    Remove-CsXmppAllowedPartner gmail.com -Force
}
New-CsXmppAllowedPartner -Identity talk.google.com -PartnerTpye Federated  # expect: NamedParameterNotFound 52 ~PartnerType
Get-CsExternalAccessPolicy -Identiti Global  # expect: NamedParameterNotFound 28 ~Identity
