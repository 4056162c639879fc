# Keeps the federation allow list in line with the partner list kept by the legal team.
$partners = 'fabrikam.com', 'litwareinc.com'
foreach ($domain in $partners) {
    if (-not (Get-CsAllowedDomain -Identity $domain -ErrorAction SilentlyContinue)) {
        New-CsAllowedDomain -Identity $domain -Comment 'Approved by legal'
    }
}
New-CsBlockedDomain -Identity 'spam.example' -Comment "Blocked after the phishing wave"
Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -UseDnsSrvRouting -EnablePartnerDiscovery $false
Get-CsAllowedDomain | Sort-Object Identity | Select-Object Identity, Comment
