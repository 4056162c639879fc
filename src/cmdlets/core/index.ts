// Core PowerShell cmdlets (Where-Object, Select-Object, Format-*, Import-Csv, Get-Help, …).
// Each module registers its cmdlets when imported.
export {};
import './session.js';
