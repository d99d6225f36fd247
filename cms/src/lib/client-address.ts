import { isIP } from 'node:net';
import type { Context } from 'koa';

/**
 * The address of the client a request is for. `X-Forwarded-For` is believed only from a trusted proxy (anyone else
 * could write any address there): walking it from the right, the first hop that is not a trusted proxy is the client.
 */
export function clientAddress(ctx: Context, trustedProxies: ReadonlySet<string>): string {
  const peer = ctx.req.socket.remoteAddress ?? 'unknown';
  if (!trustedProxies.has(peer)) return peer;
  const forwarded = ctx.get('X-Forwarded-For');
  if (!forwarded) return peer;
  const hops = forwarded.split(',').map((hop) => hop.trim());
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index];
    if (isIP(hop) === 0) return peer;
    if (!trustedProxies.has(hop)) return hop;
  }
  return peer;
}
