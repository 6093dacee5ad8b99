/**
 * The little of Azure Functions' Node programming model (v3: function.json + `run(context, req)`)
 * these functions use, so the API needs no npm dependency at run time.
 */
export interface AzureRequest {
  url: string;
  method?: string;
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  body?: unknown;
}
export interface AzureResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}
export interface AzureContext {
  res?: AzureResponse;
  log?: (...args: unknown[]) => void;
}
