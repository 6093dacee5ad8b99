// /admin/config.yml — the admin's configuration as YAML, for people to read and review (the
// admin itself embeds the same object). Generated from src/schema; members build only.
import type { APIRoute } from 'astro';
import { decapConfig, decapConfigYaml } from './decap-config.ts';

export const GET: APIRoute = () =>
  new Response(decapConfigYaml(decapConfig()), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
