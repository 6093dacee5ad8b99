/** `/api/auth`: Decap's GitHub sign-in starts here (see src/lib/members/decap-oauth.ts). */
import { authStart, requestOrigin, settingsFrom } from '../../src/lib/members/decap-oauth.ts';
import type { AzureContext, AzureRequest } from './azure.ts';

export const run = async (context: AzureContext, req: AzureRequest): Promise<void> => {
  context.res = authStart({ settings: settingsFrom(process.env), origin: requestOrigin(req.url, req.headers) });
};
