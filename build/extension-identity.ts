import { createHash } from 'node:crypto';

/**
 * The public half (base64 DER SubjectPublicKeyInfo) of the RSA key that pins the extension's ID in the
 * Chromium builds (manifest `key`): the unpacked build, its zip and the self-hosted CRX all get the ID
 * `extensionIdOf(extensionPublicKey)`, which docs/enterprise-deployment.md names. The private half signs the self-hosted CRX; it is never in this repository (see
 * docs/enterprise-deployment.md, 「自建更新服务器」). The stores sign their own packages.
 */
export const extensionPublicKey =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAifZeS4M58ZOs9ilSbWO+6s5I7HoRnQVQleHNTaL+YLNhZ1EPmR7ImgRT9BQLKGLme9dxA3awELyjrnWphHf4xcGhilGLrkGtJcEbep4BkDEJIXp30Q7Dqt7QxpKdv6RliwwAVf/lu0LNFrQgHChoZIqvFktizweOutYZgsHUaropo+Cu+f91LhZdlVVth9inNGUjwFX8vNcnPJgoEa+DfGJasiVi+OS1PGlEUlJ6VMlXv1C8EBwvXHPN1uydLBmYQ5rhjgdNKEkiL25BztujQvQ2hdR0LxmCnTKzjpxUFUSp4K3ilm3ZCxXCbr9p1eAz61eCAVgr0tZJ460zoSzkHwIDAQAB';

/** Chromium's ID for an extension key: the first 128 bits of the key's SHA-256, hex digits written as the letters a–p. */
export function extensionIdOf(publicKeyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
