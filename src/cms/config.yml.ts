// /admin/config.yml — the admin's configuration as YAML, for people to read and review (the
// admin itself embeds the same object). Generated from src/schema; members build only.
import type { APIRoute } from 'astro';
import { cmsOptions, decapConfig, decapConfigYaml } from './decap-config.ts';
import { cmsRooms } from './rooms.ts';

export const GET: APIRoute = async () =>
  new Response(decapConfigYaml(decapConfig(cmsOptions(), await cmsRooms())), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
