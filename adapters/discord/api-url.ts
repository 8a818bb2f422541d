/**
 * The REST base discord.js wants: without a trailing slash or API version, since the library
 * appends /v10 itself (https://discord.com/api/v10 would otherwise become …/v10/v10).
 */
export function restBase(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}
