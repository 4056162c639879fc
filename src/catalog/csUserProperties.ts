// The properties Get-CsUser prints for a Skype for Business user, in its order (DOMAIN.md §2.8): the user
// cmdlets build their objects in this order and the default view (src/format/views/csUsers.ts) lists them.
// The further ADUser properties show only when asked (Format-List *, Select-Object *).

/** Per-user policy properties shown on a user, in display order (ExternalAccessPolicy has its own column). */
export const USER_POLICY_PROPERTIES = [
  'VoicePolicy',
  'ConferencingPolicy',
  'PresencePolicy',
  'DialPlan',
  'LocationPolicy',
  'ClientPolicy',
  'ClientVersionPolicy',
  'ArchivingPolicy',
] as const;

export const PRINTED_USER_PROPERTIES = [
  'Identity',
  ...USER_POLICY_PROPERTIES,
  'ExchangeArchivingPolicy',
  'PinPolicy',
  'ExternalAccessPolicy',
  'MobilityPolicy',
  'PersistentChatPolicy',
  'UserServicesPolicy',
  'HostedVoiceMail',
  'HostedVoicemailPolicy',
  'HostingProvider',
  'RegistrarPool',
  'Enabled',
  'SipAddress',
  'LineURI',
  'EnterpriseVoiceEnabled',
  'ExUmEnabled',
  'HomeServer',
  'DisplayName',
  'SamAccountName',
] as const;

export type PrintedUserProperty = (typeof PRINTED_USER_PROPERTIES)[number];
