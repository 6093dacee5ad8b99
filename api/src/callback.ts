/** `/api/callback`: GitHub returns here; the token goes to the admin window by postMessage. */
import { authCallback, requestOrigin, settingsFrom } from '../../src/lib/members/decap-oauth.ts';
import type { AzureContext, AzureRequest } from './azure.ts';

export const run = async (context: AzureContext, req: AzureRequest): Promise<void> => {
  context.res = await authCallback({
    settings: settingsFrom(process.env),
    origin: requestOrigin(req.url, req.headers),
    query: new URLSearchParams(Object.entries(req.query).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]]))),
    cookieHeader: req.headers['cookie'],
    fetch,
  });
};
