# Helper functions, splatting and error handling as admins write them.
function Set-PilotPolicy {
    param([string]$Name, [bool]$Xmpp)
    $settings = @{ Identity = $Name; EnableXmppAccess = $Xmpp; EnableFederationAccess = $true }
    try {
        Set-CsExternalAccessPolicy @settings -ErrorAction Stop
    } catch {
        Write-Error "Could not update $Name : $_"
    }
}

$common = @{ ErrorAction = 'Stop'; Verbose = $true }
Get-CsExternalAccessPolicy @common | ForEach-Object { Set-PilotPolicy -Name $_.Identity -Xmpp $false }
Import-Module ActiveDirectory
$gateway = Get-CsXmppGatewayConfiguration
Set-CsXmppGatewayConfiguration -Identity Global -KeepAliveInterval 30
$report = @"
Gateway keep-alive: $($gateway.KeepAliveInterval)
Checked on: $(Get-Date -Format 'yyyy-MM-dd')
"@
Write-Output $report
