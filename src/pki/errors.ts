// Failures of the certificate layer. Each carries a short code so the cmdlets can pick the
// PowerShell error id and category without parsing message text.

export type PkiErrorCode =
  | 'BadPassword'
  | 'CorruptFile'
  | 'NoCertificate'
  | 'NoPrivateKey'
  | 'KeyMismatch'
  | 'UnsupportedAlgorithm'
  | 'InvalidRequest';

export class PkiError extends Error {
  constructor(
    readonly code: PkiErrorCode,
    message: string,
  ) {
    super(message);
  }
}
