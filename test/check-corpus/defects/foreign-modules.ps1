# Commands of Windows modules csshell does not emulate are warnings, misspelt cmdlets are errors.
Import-Module ActiveDirectory
$users = Get-ADUser -Filter { Department -eq 'Sales' }  # expect: CommandNotEmulated 10
$users | ForEach-Object { Enable-CsUser -Identity $_.UserPrincipalName -RegistrarPool pool01.contoso.com -SipAddressType EmailAddress }
Get-Mailbox -Identity ken | Set-CASMailbox -OWAEnabled $true  # expect: CommandNotEmulated 1; CommandNotEmulated 29
Add-DnsServerResourceRecordA -ZoneName contoso.com -Name sip -IPv4Address 10.0.0.5  # expect: CommandNotEmulated 1
Grant-CsExternalAcessPolicy -Identity ken -PolicyName XmppUsers  # expect: CommandNotFoundException 1 ~Grant-CsExternalAccessPolicy
Get-CsXmppAllowedPartnr  # expect: CommandNotFoundException 1 ~Get-CsXmppAllowedPartner
